"""Normalising searches a text for code, quotes, links, quoted speech and emoji only when it holds a character every
such match needs (most messages hold none): these tests check, on made-up texts dense in markup, that a text the
test passes over holds no match, so skipping the search never changes what is read as the author's prose."""

from __future__ import annotations

import random

import pytest

from glossary import prose

ALPHABET = [
    "a", "b", " ", "\n", "`", "```", "~", "<", ">", "&gt;", "|", "#", "http", "://", "mailto:", "@U1", '"', "'", "“",
    "”", "‘", "’", "«", "»", ":", "tada", "_", "+", "-", "🎉", "💰", "é", "1", ".",
]


def made_up(seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 30))) for _ in range(3000)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_text_passed_over_holds_no_markup_quote_or_emoji(seed: int) -> None:
    for text in made_up(seed):
        quotable = ">" in text or "&gt;" in text
        if not (quotable or prose._has_any(text, prose._NOT_PROSE_NEEDS)):
            assert prose._NOT_PROSE.search(text) is None, text
        if not prose._has_any(text, prose._QUOTE_MARKS):
            assert prose._QUOTED.search(text) is None, text
        if ":" not in text and text.isascii():
            assert prose._EMOJI.search(text) is None, text

