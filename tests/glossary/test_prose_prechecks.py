"""Normalising searches a text for code, quotes, links and emoji only when it holds a character every such match needs
(most messages hold none): these tests check, on made-up texts dense in markup, that a text the test passes over holds
no match, so skipping the search never changes what is read as the author's prose. The patterns normalising searches
with are written with the character a match starts with first, so that the engine skips ahead to it: they find exactly
what the same patterns written with their look-behind first find."""

from __future__ import annotations

import random
import re

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
        if not (quotable or prose._NOT_PROSE_NEED.search(text)):
            assert prose._NOT_PROSE.search(text) is None, text
        if ":" not in text and text.isascii():
            assert prose._EMOJI.search(text) is None, text



_HANDLED = prose._HANDLED
_EMOJI_CHARS = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF"
# the same patterns with the look-behind first, as they were first written
LOOK_BEHIND_FIRST = {
    "_SPECIAL": re.compile(rf"(?! (?=[^{_HANDLED}]))[{_HANDLED}]|(?<=[{_HANDLED}]) (?=[^{_HANDLED}])"),
    # a run of marks read from its first mark only (a search that starts inside a run finds the next end)
    "_SENTENCE_END": re.compile(r"(?<![.!?])(?<!\.[A-Za-z])[.!?]+(?=[\s\"')\]]|$)|\n"),
    "_QUOTED": re.compile(
        r'"[^"]{1,500}"|“[^”]{1,500}”|‘[^‘’]{0,500}?’(?![A-Za-z])|«[^»]{1,500}»'
        r"|(?<![\w'])'(?=\S)(?:[^'\n]|'(?=[A-Za-z])){1,300}?(?<=\S)'(?![A-Za-z])"
    ),
    "_EMOJI": re.compile(
        rf"(?<![\w:]):[a-z0-9_+'-]{{1,60}}:(?::skin-tone-\d:)?(?![\w:])|[{_EMOJI_CHARS}][{_EMOJI_CHARS}\uFE0F\u200d]*"
    ),
}


@pytest.mark.parametrize("name", sorted(LOOK_BEHIND_FIRST))
@pytest.mark.parametrize("seed", [4, 5])
def test_a_pattern_written_mark_first_finds_what_it_found_before(name: str, seed: int) -> None:
    pattern, before = getattr(prose, name), LOOK_BEHIND_FIRST[name]
    for text in made_up(seed):
        text = text.replace("a", "A.a ", 1).replace("b", "\u2010 \t", 1)
        for start in range(0, len(text) + 1, 4):
            found, expected = pattern.search(text, start), before.search(text, start)
            assert (found and found.span()) == (expected and expected.span()), (text, start)
