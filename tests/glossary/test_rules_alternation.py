"""A list of patterns searched as one regex: split only at its top-level ``|``, and matching what the list matches.

Neighbours whose every alternative starts at a word boundary share one ``\\b``; a ``|`` inside brackets, inside a
character class or escaped is no place to split, and a regex whose brackets do not balance is left whole.
"""

from __future__ import annotations

import re

import pytest

from glossary.rules import _alternation, _top_level_alternatives


@pytest.mark.parametrize(
    ("regex", "alternatives"),
    [
        ("\\bcache", ["\\bcache"]),
        ("\\bcache|\\bptu", ["\\bcache", "\\bptu"]),
        ("|\\bptu|", ["", "\\bptu", ""]),
        ("\\b(?:cache|ptu)s?|\\btokens", ["\\b(?:cache|ptu)s?", "\\btokens"]),
        ("\\b((a|b)|c)|\\bd", ["\\b((a|b)|c)", "\\bd"]),
        ("\\bcache[|/]ptu|\\bx", ["\\bcache[|/]ptu", "\\bx"]),
        ("\\bcache\\|ptu|\\bx", ["\\bcache\\|ptu", "\\bx"]),
        ("\\bcache\\\\|\\bx", ["\\bcache\\\\", "\\bx"]),
        ("\\b[]|]x|\\by", ["\\b[]|]x", "\\by"]),
        ("\\b[^]|]x|\\by", ["\\b[^]|]x", "\\by"]),
        ("\\b[a\\]|]x|\\by", ["\\b[a\\]|]x", "\\by"]),
        ("\\b[(]x|\\by", ["\\b[(]x", "\\by"]),
        ("\\b[)]x|\\by", ["\\b[)]x", "\\by"]),
        ("\\b\\(x|\\by", ["\\b\\(x", "\\by"]),
        ("\\b[a]|(b)|c", ["\\b[a]", "(b)", "c"]),
    ],
)
def test_a_regex_is_split_at_its_top_level_bars_only(regex: str, alternatives: list[str]) -> None:
    assert _top_level_alternatives(regex) == alternatives


@pytest.mark.parametrize("regex", ["\\b(cache|ptu", "\\bcache)|(ptu", "\\bcache)", "\\b[cache|ptu", "\\bcache\\",
                                   "\\b((a)|b"])
def test_a_regex_whose_brackets_do_not_balance_is_left_whole(regex: str) -> None:
    assert _top_level_alternatives(regex) is None


REGEX_LISTS = [
    ["\\bcache hits?", "\\bptus?|\\btokens"],
    ["\\b(?:cache|ptu)s", "\\btoken[|]s", "draft"],
    ["\\bcache\\|ptu", "\\bx|y", "\\bptu"],
    ["\\b[]|]tokens", "\\b[^]|]ptu", "\\bcache"],
    ["(?:cache|\\bptu)", "\\bdraft|x", "\\bcache\\\\|\\bptu"],
    ["\\bptu", "\\b\\(ptu|\\bcache\\)", "\\btokens"],
]
TEXTS = ["cache hits and ptus", "xptu token|s cache|ptu", "a]tokens |ptu ]ptu bptu", "(ptu cache) xcache",
         "ptus|ptu draft ycache y", "cache\\ptu xptu cache\\|ptu"]


@pytest.mark.parametrize("regexes", REGEX_LISTS)
def test_one_regex_for_a_list_matches_what_the_list_matches(regexes: list[str]) -> None:
    one = re.compile(_alternation(tuple(regexes)) or "")
    each = re.compile("|".join(f"(?:{regex})" for regex in regexes))
    for text in TEXTS:
        assert [m.span() for m in one.finditer(text)] == [m.span() for m in each.finditer(text)], (regexes, text)


def test_no_regex_for_an_empty_list() -> None:
    assert _alternation(()) is None


def test_neighbours_starting_at_a_word_boundary_share_one() -> None:
    assert _alternation(("\\bcache", "\\bptu|\\btokens", "draft", "\\bx")) == (
        "\\b(?:(?:cache)|(?:ptu|tokens))|(?:draft)|\\b(?:(?:x))")
    assert _alternation(("\\bcache|ptu", "\\b(x")) == "(?:\\bcache|ptu)|(?:\\b(x)"
