import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from openlint.catalog import load_entry, Catalog
from openlint.errors import CatalogError
ok = True
files = sys.argv[1:] or sorted(str(p) for p in Path(str(Path(__file__).resolve().parents[1] / "rules/licenses")).glob("*.toml"))
for f in files:
    try:
        load_entry(Path(f))
    except CatalogError as e:
        ok = False; print("ERROR", e)
try:
    c = Catalog.from_directory(Path(str(Path(__file__).resolve().parents[1] / "rules/licenses"))); print(len(c), "entries load")
except CatalogError as e:
    print("CATALOG ERROR (may be a reference to an entry another helper is still writing):", e)
print("OK" if ok else "FAILED")
