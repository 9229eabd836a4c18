"""The licence a model card states: `license` (a tag or a list of tags), and for `other` (any case)
the `license_name` slug and `license_link` the Hub asks for."""

from __future__ import annotations

from dataclasses import dataclass

from openlint.sources.card import CardMeta

UNSPECIFIED = frozenset({"other", "unknown"})


@dataclass(frozen=True)
class StatedLicense:
    query: str | None  # what to resolve: the tag(s), or the licence name for `other`
    tag: str | None = None  # the `license` value as stated (a list joined with AND)
    name: str | None = None  # license_name
    link: str | None = None  # license_link
    problem: str | None = None  # why the card does not name its terms
    line: int | None = None  # where `license:` is stated in the card

    @property
    def unspecified(self) -> bool:
        """The tag is `other` (or `unknown`): the terms are elsewhere (a name, a link, a text)."""
        return self.tag is not None and self.tag.lower() in UNSPECIFIED


def stated_license(meta: CardMeta) -> StatedLicense:
    tags = meta.strings("license")
    line = meta.line_of("license")
    name = meta.get("license_name")
    link = meta.get("license_link")
    name = name if isinstance(name, str) else None
    link = link if isinstance(link, str) else None
    if not tags:
        refused = next((p for p in meta.problems if p.startswith("front matter:")), None)
        problem = "the model card has no 'license' field"
        if refused is not None:  # not "no field": the metadata could not be read at all
            problem = f"the model card's {refused.replace('front matter:', 'front matter could not be read:')}"
        return StatedLicense(None, None, name, link, problem, line)
    tag = " AND ".join(tags)
    if tag.lower() == "other":
        if name:
            return StatedLicense(name, tag, name, link, None, line)
        detail = f" (license_link: {link})" if link else ""
        return StatedLicense(tag, tag, name, link, f"license: other without license_name{detail}", line)
    return StatedLicense(tag, tag, name, link, None, line)
