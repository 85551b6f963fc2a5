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


def test_the_screen_reads_its_patterns_with_the_flags_they_are_searched_with() -> None:
    # in verbose mode the spaces and the comment are not part of the pattern: "savemoney" is what it needs
    verbose = ["save money  # the claim", "cheaper"]
    screen = Screen(verbose, re.IGNORECASE | re.VERBOSE)
    assert screen.possible("they savemoney") == [0]
    found = screen.finditer("They SaveMoney", 0, 14, "they savemoney")
    assert found is not None and [m.group() for m in found] == ["SaveMoney"]
    assert Screen(["save money"]).possible("they savemoney") == []


@pytest.mark.parametrize(
    ("patterns", "text", "start", "end"),
    [
        # a later pattern that matches earlier in the sentence is found first, as the alternation finds it
        (["cheaper than", "\\bsave"], "Save more: it's cheaper than on-demand, and you save.", 0, 53),
        # what the sentence holds, the pattern only matches after the sentence's end: nothing is found
        (["\\bsave \\d+%"], "Save money, 30% off. We save 40% more.", 0, 20),
        (["\\bsave \\d+%"], "Save money, 30% off. We save 40% more.", 21, 38),
        # a pattern overtaken by another's match is searched again from there, and only inside the sentence
        (["\\bsave \\w+", "\\bsave"], "Save it. Save more.", 0, 8),
        (["\\bsave \\w+", "\\bsave"], "Save it. Save more.", 0, 19),
    ],
)
def test_the_screen_finds_the_alternations_matches_in_order_and_inside_the_sentence(
        patterns: list[str], text: str, start: int, end: int) -> None:
    prepared = prepare(text)  # the whole text: the screen reads the sentence's part of it
    assert prepared is not None
    whole = re.compile(_alternation(tuple(patterns)) or "", re.IGNORECASE)
    found = Screen(patterns).finditer(text, start, end, prepared)
    assert found is not None
    assert [m.span() for m in found] == [m.span() for m in whole.finditer(text, start, end)]


def test_patterns_that_need_nothing_known_are_always_searched() -> None:
    screen = Screen(["\\w+", "x|."])
    assert screen.needs == (0, 0)
    assert screen.possible("anything at all") == [0, 1]
    assert screen.possible("") == [0, 1]


@pytest.mark.parametrize(
    ("regex", "clauses"),
    [
        ("v[1-3]", [{"v1", "v2", "v3"}]),  # a short range: each of its characters
        ("[x-z]?ai", [{"ai"}]),
        ("tier [a-z]", [{"tier "}]),  # a range past twelve characters needs nothing itself
        ("[a-l]!", [{f"{c}!" for c in "abcdefghijkl"}]),  # twelve characters: still read
        ("[a-fg-l]!", [{f"{c}!" for c in "abcdefghijkl"}]),  # twelve in two ranges
        ("[a-m]!", [{"!"}]),  # thirteen: the class needs nothing
        ("[a-gh-m]!", [{"!"}]),
    ],
)
def test_a_character_range_is_read_as_its_characters_when_there_are_few(regex: str, clauses: list[set[str]]) -> None:
    from glossary.prefilter import requirement

    assert [set(clause) for clause in requirement(regex)] == clauses


def test_a_run_of_known_pieces_is_joined_up_to_sixty_four_strings_and_split_past_that() -> None:
    from glossary.prefilter import requirement

    # eight letters then eight digits: 64 two-character strings, one clause
    assert [len(clause) for clause in requirement("[a-h][1-8]")] == [64]
    # eight then nine: 72 would be too many, so each piece is a clause of its own, the fewer strings first
    assert [sorted(clause) for clause in requirement("[a-h][1-9]")] == [list("abcdefgh"), list("123456789")]
    # the longer strings first: they rule out more
    assert [sorted(clause) for clause in requirement("[a-h][1-9]z")] == [[f"{d}z" for d in "123456789"],
                                                                      list("abcdefgh")]


@pytest.mark.parametrize(
    ("regex", "clauses"),
    [
        ("(?>cheap)er", [{"cheaper"}]),  # an atomic group is read as the group it is
        ("(?>save|cut)s", [{"saves", "cuts"}]),
        ("(?:save)++ money", [{" money"}, {"save"}]),  # a possessive repeat like a greedy one
        ("(?:save)+? money", [{" money"}, {"save"}]),  # and a lazy one
    ],
)
def test_atomic_groups_and_possessive_repeats_are_read_like_the_plain_ones(regex: str,
                                                                          clauses: list[set[str]]) -> None:
    from glossary.prefilter import requirement

    assert [set(clause) for clause in requirement(regex)] == clauses


def test_alternatives_are_read_exactly_up_to_sixty_four_strings_and_as_one_clause_otherwise() -> None:
    from glossary.prefilter import requirement

    letters_digits = {f"{a}{d}" for a in "abcdefgh" for d in "1234"} | {f"{d}{a}" for a in "abcdefgh" for d in "1234"}
    # 64 strings in all: known exactly, so they join the "z" after them
    assert [set(clause) for clause in requirement("(?:[a-h][1-4]|[1-4][a-h])z")] == [{f"{s}z" for s in letters_digits}]
    # 65: one of them is in the match, and so is the "z", apart
    assert [set(clause) for clause in requirement("(?:[a-h][1-4]|[1-4][a-h]|zz)z")] == [letters_digits | {"zz"}, {"z"}]
    # an alternative not known exactly gives what it needs; one known exactly, its strings
    assert [set(clause) for clause in requirement("(?:save\\w*|cut) money")] == [{" money"}, {"cut", "save"}]
    assert [set(clause) for clause in requirement("(?:save\\w*|cut\\w*) money")] == [{" money"}, {"cut", "save"}]
    assert [set(clause) for clause in requirement("(?:save\\w*|\\w+) money")] == [{" money"}]  # one needs nothing
    # of what an alternative needs, the most telling: "% save" rather than a digit
    assert [set(clause) for clause in requirement("(?:\\d+% save|cut) money")] == [{" money"}, {"% save", "cut"}]


@pytest.mark.parametrize(
    ("regex", "clauses", "matched"),
    [
        ("x(?:ab)*y", [{"x"}, {"y"}], "xababy"),  # any number, none included: the repeat needs nothing
        ("x(?:ab){1}y", [{"xaby"}], "xaby"),  # exactly once: the same as the group
        ("x(?:ab){2}y", [{"ab"}, {"x"}, {"y"}], "xababy"),  # twice: "ab" is in the match, "xaby" is not
        ("x(?:ab){1,3}y", [{"ab"}, {"x"}, {"y"}], "xababy"),
    ],
)
def test_a_repeat_is_known_exactly_only_when_it_is_once_or_optional(regex: str, clauses: list[set[str]],
                                                                    matched: str) -> None:
    from glossary.prefilter import requirement

    assert [set(clause) for clause in requirement(regex)] == clauses
    assert re.fullmatch(regex, matched)
    assert Screen([regex]).possible(matched) == [0]  # never left out where it matches
