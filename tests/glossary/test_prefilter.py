"""The screen in front of a rule's patterns only saves time: a message lints the same with it as without it."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import glossary
from glossary import Linter
from glossary.prefilter import Screen, prepare, requirement
from glossary.rules import _alternation
from tests.conftest import REPO

CORPUS_DIR = REPO / "tests" / "data" / "fieldlang"


def _linters() -> tuple[Linter, Linter]:
    """The bundled rules, screened from the first search and never."""
    screened, plain = Linter(glossary.rule_set()), Linter(glossary.rule_set())
    screened.screen_after, plain.screen_after = 0, 10**9
    return screened, plain


SCREENED, PLAIN = _linters()


def _labelled() -> list[str]:
    texts = []
    for path in sorted(CORPUS_DIR.glob("*.yaml")):
        entries: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts += [entry["text"] for entry in entries]
    for rule in glossary.rules():
        texts += [*rule.examples.flag, *rule.examples.quiet]
    return texts


def _found(linter: Linter, text: str) -> list[tuple[str, int, int]]:
    return [(flag.rule, flag.start, flag.end) for flag in linter.lint(text)]


def test_every_labelled_message_and_rule_example_lints_the_same_screened_or_not() -> None:
    texts = _labelled()
    assert len(texts) > 1000
    differ = [text for text in texts if _found(SCREENED, text) != _found(PLAIN, text)]
    assert differ == []


# words the rules' patterns are made of, and what stands between them in a rep's message
_WORDS = ["PTUs", "provisioned", "throughput", "is", "are", "cheaper", "save", "saves", "savings", "cut", "costs",
          "their", "bill", "by", "a", "third", "half", "30%", "40-50%", "$20k", "a month", "on-demand", "caching",
          "cache", "hit", "rate", "token", "tokens", "input", "output", "AI", "usage", "fees", "API", "pricing",
          "Azure", "paying", "extra", "for", "committed", "use", "per", "request", "not", "always", "if", "above",
          "65%", "utilization", "they", "asked", "whether", "yes", "2x", "½", "—", "é", "ſ"]
_GLUE = st.sampled_from([" ", " ", " ", "-", ", ", ". ", "? ", "\n", "\n\n- ", ": ", " ~", "~ ", "*", "'"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), _GLUE), min_size=1, max_size=25))
def test_made_up_messages_lint_the_same_screened_or_not(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + glue for word, glue in pieces)
    assert _found(SCREENED, text) == _found(PLAIN, text)


_PATTERN_LISTS = [
    ["abc", "ab", "b\\w+"],
    ["\\bcat", "a(?:t|b)c", "c+a"],
    ["(?:x|y)z?", "zz", "[0-9]+x"],
    ["\\bsavings? (?:of|near) \\d+%", "\\d+% (?:off|less)", "\\bsave"],
]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_PATTERN_LISTS),
       st.text(alphabet="abcxyz 0123456789%-ofnearlessvingSAVE", max_size=40),
       st.integers(0, 10), st.integers(0, 10))
def test_the_screen_finds_what_the_alternation_finds(patterns: list[str], text: str, lead: int, tail: int) -> None:
    start, end = min(lead, len(text)), max(min(lead, len(text)), len(text) - tail)
    prepared = prepare(text)  # the whole text: the screen reads the sentence's part of it
    assert prepared is not None
    whole = re.compile(_alternation(tuple(patterns)) or "", re.IGNORECASE)
    found = Screen(patterns).finditer(text, start, end, prepared)
    assert found is not None
    assert [m.span() for m in found] == [m.span() for m in whole.finditer(text, start, end)]


@pytest.mark.parametrize(
    ("regex", "clauses"),
    [
        # the longest strings known first; a figure needs a digit
        ("\\bsavings (?:of|around) \\d+%", [{"savings around ", "savings of "}, {"%"}, set("0123456789")]),
        ("(?:cut|slash)(?:es)? costs", [{"cut costs", "cutes costs", "slash costs", "slashes costs"}]),
        ("token[ \\-]costs?", [{"token cost"}]),  # a hyphen is read as a space; "costs" holds "cost"
        ("(?-i:PTs?) is", [{"pt is", "pts is"}]),  # read in lower case, whatever the pattern's own case
        ("a(?=bc)d", [{"ad"}]),  # what a look-ahead needs is not in the match
        ("[½⅓]|half", [{"half", "½", "⅓"}]),
        ("\\w+ \\w+", [{" "}]),
        ("(a)\\1", [{"a"}]),
    ],
)
def test_what_a_pattern_needs_is_read_from_its_parse(regex: str, clauses: list[set[str]]) -> None:
    assert [set(clause) for clause in requirement(regex)] == clauses


@pytest.mark.parametrize("regex", [".*", "(?:abc)?", "[^x]y?", "x|.", "\u212a"])
def test_a_pattern_that_needs_nothing_known_has_no_clause(regex: str) -> None:
    assert requirement(regex) == ()  # the Kelvin sign matches "k" ignoring case: nothing known either


def test_text_with_a_letter_outside_ascii_is_searched_in_full() -> None:
    assert prepare("PTUs are cheaper — ½ the price") == "ptus are cheaper — ½ the price"
    assert prepare("Token-costs") == "token costs"
    assert prepare("café costs") is None
    assert prepare("ſavings") is None  # "ſ" matches "s" ignoring case, but is not lower-cased to it
    assert re.search("savings", "ſavings", re.IGNORECASE)


def test_a_pattern_that_matches_empty_text_leaves_the_search_to_the_alternation() -> None:
    assert Screen(["x*", "ab"]).finditer("zzab", 0, 4, "zzab") is None
