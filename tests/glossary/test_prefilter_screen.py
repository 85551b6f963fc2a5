"""What the screen in front of a rule's patterns leaves out: exactly the patterns whose needed words a sentence lacks,
so it saves the search and never changes what is found."""

from __future__ import annotations

import re

import pytest

from glossary.prefilter import Screen, prepare
from glossary.rules import _alternation


@pytest.mark.parametrize(
    ("patterns", "text", "possible"),
    [
        # strings that share a start and then part ("ab", "abc", "b"): each is found on its own
        (["abc", "ab", "b\\w+"], "xx bx", [2]),
        (["abc", "ab", "b\\w+"], "xx abx", [1, 2]),  # "ab" alone, where "abc" does not follow
        (["abc", "ab", "b\\w+"], "xx abc", [0, 1, 2]),
        (["abc", "ab", "b\\w+"], "xx ac", []),
        (["\\bsave", "\\bsavings? (?:of|near) \\d+%", "cheaper than"], "it's cheaper than on-demand", [2]),
        (["\\bsave", "\\bsavings? (?:of|near) \\d+%", "cheaper than"], "savings near 30%", [1]),
        (["\\bsave", "\\bsavings? (?:of|near) \\d+%", "cheaper than"], "save on savings near thirty", [0]),
        (["\\bsave", "\\bsavings? (?:of|near) \\d+%", "cheaper than"], "nothing here", []),
    ],
)
def test_the_screen_leaves_out_exactly_the_patterns_whose_words_the_sentence_lacks(
        patterns: list[str], text: str, possible: list[int]) -> None:
    prepared = prepare(text)
    assert prepared is not None
    screen = Screen(patterns)
    assert screen.possible(prepared) == possible
    whole = re.compile(_alternation(tuple(patterns)) or "", re.IGNORECASE)
    found = screen.finditer(text, 0, len(text), prepared)
    assert found is not None
    assert [m.span() for m in found] == [m.span() for m in whole.finditer(text)]
