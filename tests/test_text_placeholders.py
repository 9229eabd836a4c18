"""An angle-bracketed placeholder the text asks to fill in ("<MODELNAME> is licensed under ...",
"Copyright <YEAR> <COPYRIGHT HOLDER>") is part of a required notice, not an HTML tag: the view keeps it
(text/view.py), so the notice is read with it. Real tags, bare or with attributes, are still blanked."""

from __future__ import annotations

import pytest

from openlint.text.read import read_text
from openlint.text.view import mask_markup

HEAD = "Acme Model License\n\n"


@pytest.mark.parametrize(
    ("clause", "notice"),
    [
        (
            "You must provide the following attribution notice: <MODELNAME> is licensed under the Acme Model "
            "License, Copyright Acme Labs. All Rights Reserved.",
            "<MODELNAME> is licensed under the Acme Model License, Copyright Acme Labs. All Rights Reserved",
        ),
        (
            'You must include the following notice: "<MODEL NAME> is licensed under the Acme Model License, '
            'Copyright <YEAR> <COPYRIGHT HOLDER>."',
            "<MODEL NAME> is licensed under the Acme Model License, Copyright <YEAR> <COPYRIGHT HOLDER>",
        ),
        (
            "You must retain the following copyright notice in all copies: Copyright <YEAR> Acme Labs.",
            "Copyright <YEAR> Acme Labs",
        ),
    ],
)
def test_a_notice_with_a_placeholder_is_read_with_it(clause: str, notice: str) -> None:
    """Before: each placeholder was blanked as a tag, and the notice text read without it or not at all."""
    texts = [ob.text for ob in read_text(HEAD + "1. " + clause + "\n", "LICENSE").obligations if ob.text]
    assert texts == [notice]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("<MODELNAME> is", "<MODELNAME> is"),
        ("Copyright <YEAR> <COPYRIGHT HOLDER>", "Copyright <YEAR> <COPYRIGHT HOLDER>"),
        ("<Title of Work>", "<Title of Work>"),  # names an element, but is no tag: words, no attribute
        ("<bold>", "<bold>"),  # no element
        ("<b>bold</b> x", "   bold     x"),
        ("<BR>", "    "),
        ("<br />", "      "),
        ('<p class="x">', "             "),
        ("<div align=center>", "                  "),
        ('<img src=x alt="a b">', "                     "),
        ("<https://example.com>", "<https://example.com>"),
    ],
)
def test_real_tags_are_blanked_and_placeholders_kept(text: str, masked: str) -> None:
    assert mask_markup(text) == masked
