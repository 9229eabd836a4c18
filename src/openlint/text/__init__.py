"""Reading raw license texts: identify known licenses and extract obligations from wording."""
