"""The terms a model card states in its own words besides its licence tag (openlint.sources.card_terms): the
gated-access prompt a downloader accepts and the body's licence section. Terms there that restrict use where the
tag's licence does not are checked with the tag's licence and reported (OL416). Red-team classes (in-sample):
card-gated-prompt-noncommercial-terms, card-tag-apache-prose-weights-nc. Every positive fails on e902d6e (the
card's own words were not read)."""

from __future__ import annotations

from pathlib import Path

from openlint.checking.checker import load_project, run_check
from openlint.sources.card import read_card
from openlint.sources.card_terms import card_terms_text
from openlint.sources.models import model_license

GATED = """---
license: apache-2.0
pipeline_tag: text-generation
extra_gated_prompt: >-
  By requesting access you accept the Kestrel terms: the weights may only be
  used for non-commercial purposes.
extra_gated_fields:
  Organisation: text
  I will not use the weights commercially: checkbox
---
# Kestrel 3B

Kestrel is a small model.
"""

SECTION = """---
license: apache-2.0
---
# Kestrel 3B

## Licensing

The training code is Apache-2.0. The checkpoints are provided for research purposes only.

```
# License (a comment in a code block, not a heading)
```

### Citation

Cite us.

## Evaluation

Non-commercial benchmarks were used.
"""


def _card(tmp_path: Path, text: str) -> Path:
    model = tmp_path / "p" / "models" / "m"
    model.mkdir(parents=True)
    (model / "README.md").write_text(text, encoding="utf-8")
    return model / "README.md"


def _project(tmp_path: Path, card: str, use: str = "commercial = true", license: str = "") -> Path:
    _card(tmp_path, card)
    project = tmp_path / "p"
    declared = f'license = "{license}"\n' if license else ""
    (project / "openlint.toml").write_text(
        f'[use]\n{use}\n\n[[models]]\nid = "acme/m"\npath = "models/m"\n{declared}', encoding="utf-8"
    )
    return project


def test_the_gate_and_its_checkbox_labels_are_kept_on_their_own_lines(tmp_path: Path) -> None:
    card = read_card(_card(tmp_path, GATED))
    assert card is not None
    text = card_terms_text(card)
    assert text is not None
    lines = text.split("\n")
    assert [n for n, line in enumerate(lines, 1) if line.strip()] == [
        4,
        5,
        6,
        8,
        9,
    ]  # line 7, "extra_gated_fields:", has no value
    assert lines[3].strip() == ">-"  # the key's name blanked, its value kept
    assert lines[7].strip() == "Organisation"  # a field's label, not its input type
    assert lines[8].strip() == "I will not use the weights commercially"
    assert "Kestrel is a small model" not in text and "license: apache-2.0" not in text


def test_a_licence_section_runs_to_the_next_heading_of_its_level(tmp_path: Path) -> None:
    card = read_card(_card(tmp_path, SECTION))
    assert card is not None
    text = card_terms_text(card)
    assert text is not None
    kept = [n for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    # lines 8-16: the section's paragraph, the code block (its "# License" is no heading) and the sub-section
    assert kept == [8, 10, 11, 12, 14, 16]
    assert "Non-commercial benchmarks" not in text  # the next "##" section is not the licence's


def test_a_sentence_on_the_models_origin_is_the_lineages_not_the_cards(tmp_path: Path) -> None:
    card = read_card(
        _card(
            tmp_path,
            "---\nlicense: mit\n---\n# D\n\n## License\n\nThe weights are MIT licensed. D is derived from Base-70B and "
            "is originally licensed under the CC BY-NC 4.0 license.\n",
        )
    )
    assert card is not None
    text = card_terms_text(card)
    assert text is not None
    assert "The weights are MIT licensed." in text and "derived" not in text and "CC BY-NC" not in text


def test_a_card_with_neither_states_nothing(tmp_path: Path) -> None:
    card = read_card(_card(tmp_path, "---\nlicense: apache-2.0\n---\n# m\n\n## Usage\n\nRun it.\n"))
    assert card is not None and card_terms_text(card) is None


def test_a_gated_prompt_withholding_commerce_is_checked_with_the_tag_and_reported(tmp_path: Path) -> None:
    project = _project(tmp_path, GATED)
    config = load_project(project, environ={})
    found = model_license(config, 0, config.settings.models[0])
    assert found.query is not None and found.query.startswith("(apache-2.0) AND (LicenseRef-text-")
    assert found.text_license is not None and found.text_license.id.endswith(found.query[-10:-1])
    assert {(ob.kind, ob.source.start_line) for ob in found.text_license.obligations} >= {("non_commercial", 5)}
    (why,) = found.contradictions
    assert "license tag says apache-2.0" in why and "gated-access prompt" in why and "non commercial" in why
    report = run_check(config, use_baseline=False, relative_to=project)
    errors = sorted((f.rule, f.location.line if f.location else None) for f in report.findings if f.severity == "error")
    assert errors == [("OL104", 2), ("OL416", 2)]


def test_a_licence_section_limiting_to_research_is_checked_with_the_tag(tmp_path: Path) -> None:
    project = _project(tmp_path, SECTION, use="production = true")
    config = load_project(project, environ={})
    found = model_license(config, 0, config.settings.models[0])
    assert found.text_license is not None
    assert [(ob.kind, ob.source.start_line) for ob in found.text_license.obligations] == [("research_only", 8)]
    (why,) = found.contradictions
    assert "licence section" in why and "research only" in why


def test_the_cards_terms_bind_whatever_the_config_declares(tmp_path: Path) -> None:
    project = _project(tmp_path, GATED, license="Apache-2.0")
    config = load_project(project, environ={})
    found = model_license(config, 0, config.settings.models[0])
    assert found.query is not None and found.query.startswith("(Apache-2.0) AND (")
    assert len(found.contradictions) == 1 and "gated-access prompt" in found.contradictions[0]


def test_terms_the_tag_already_has_are_no_contradiction(tmp_path: Path) -> None:
    card = GATED.replace("license: apache-2.0", "license: cc-by-nc-4.0")
    config = load_project(_project(tmp_path, card), environ={})
    found = model_license(config, 0, config.settings.models[0])
    assert (found.query, found.contradictions, found.text_license) == ("cc-by-nc-4.0", (), None)


def test_a_gate_asking_only_for_contact_details_adds_nothing(tmp_path: Path) -> None:
    card = (
        "---\nlicense: apache-2.0\nextra_gated_prompt: Please share your contact details to access this model.\n"
        "extra_gated_fields:\n  Name: text\n  Company: text\n---\n# m\n\n## License\n\nApache 2.0; commercial use is "
        "permitted.\n"
    )
    config = load_project(_project(tmp_path, card), environ={})
    found = model_license(config, 0, config.settings.models[0])
    assert (found.query, found.contradictions, found.text_license) == ("apache-2.0", (), None)


def _double_quoted(text: str) -> str:
    """`text` as the Hub writes a long gated prompt: a YAML double-quoted scalar, escaped line breaks, folded."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    chunks = [escaped[i : i + 70] for i in range(0, len(escaped), 70)]
    return '"' + "\\\n  \\ ".join(chunks) + '"'


def test_a_llama_card_whose_gate_quotes_the_llama_licence_is_not_contradicted(tmp_path: Path, corpus: Path) -> None:
    licence = (corpus / "licenses" / "ai" / "llama3.1-community.txt").read_text(encoding="utf-8")
    card = f"---\nlicense: llama3.1\nextra_gated_prompt: {_double_quoted(licence)}\n---\n# Llama\n"
    config = load_project(_project(tmp_path, card), environ={})
    found = model_license(config, 0, config.settings.models[0])
    assert (found.query, found.contradictions) == ("llama3.1", ())
    read = read_card(tmp_path / "p" / "models" / "m" / "README.md")
    assert read is not None
    text = card_terms_text(read)
    assert text is not None and "\\n" not in text and "Llama Materials" in text  # the escapes read as spaces


FIELDS = """---
license: apache-2.0
---
# m

## Model details

- **Developed by:** Acme
- **License:** [CC BY-NC 4.0](https://creativecommons.org/licenses/by-nc/4.0/)
- **Licence**: see the LICENSE file

```yaml
license: cc-by-nc-sa-4.0
```
"""


def test_a_labelled_licence_field_of_the_body_is_read_as_its_value(tmp_path: Path) -> None:
    from openlint.sources.card_terms import card_licence_fields

    card = read_card(_card(tmp_path, FIELDS))
    assert card is not None
    # the link read as its text; a value in a code block is no field; one that names no licence is kept, unresolved
    assert card_licence_fields(card) == [("CC BY-NC 4.0", 9), ("see the LICENSE file", 10)]


def test_a_licence_field_naming_a_non_commercial_licence_contradicts_an_apache_tag(tmp_path: Path) -> None:
    project = _project(tmp_path, FIELDS)
    config = load_project(project, environ={})
    found = model_license(config, 0, config.settings.models[0])
    assert found.query == "(apache-2.0) AND (CC BY-NC 4.0)"
    (why,) = found.contradictions
    assert "License field at line 9" in why and "non commercial" in why
    report = run_check(config, use_baseline=False, relative_to=project)
    assert sorted(f.rule for f in report.findings if f.severity == "error") == ["OL104", "OL416"]


def test_a_licence_field_restating_the_tag_adds_nothing(tmp_path: Path) -> None:
    card = FIELDS.replace("[CC BY-NC 4.0](https://creativecommons.org/licenses/by-nc/4.0/)", "Apache 2.0")
    config = load_project(_project(tmp_path, card), environ={})
    found = model_license(config, 0, config.settings.models[0])
    assert (found.query, found.contradictions) == ("apache-2.0", ())


def test_words_that_name_no_restriction_are_not_read() -> None:
    from openlint.sources.card_terms import might_restrict

    assert not might_restrict("Please share your contact information to access this model.")
    assert not might_restrict("You need to agree to Google's usage license. Requests are processed immediately.")
    assert not might_restrict("This model is released under the Apache 2.0 license.")
    assert might_restrict("The weights are released under CC BY-NC 4.0.")
    assert might_restrict("I agree to use this model for research only")


def test_a_long_gate_quoting_another_agreement_is_still_read(tmp_path: Path) -> None:
    # longer than a quoted licence may be and not naming the tag's licence: read (models.QUOTED_LICENCE_CHARS)
    clauses = " ".join(f"{n}. The Licensee keeps records of its use of the Model for audit." for n in range(1, 120))
    prompt = f"KESTREL MODEL AGREEMENT. {clauses} 120. The Model may not be used for commercial purposes."
    card = f'---\nlicense: apache-2.0\nextra_gated_prompt: "{prompt}"\n---\n# m\n'
    config = load_project(_project(tmp_path, card), environ={})
    found = model_license(config, 0, config.settings.models[0])
    assert len(prompt) > 6_000 and len(found.contradictions) == 1 and "non commercial" in found.contradictions[0]
