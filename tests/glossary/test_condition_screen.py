"""The screen in front of a rule's condition (``fine_when``) and denials (``denied``): one pass over the sentence for
the strings each alternative of the pattern needs. It only saves searches: it never says "cannot match" where the
pattern matches, and a linter that uses it flags exactly what one that searches every time flags, with the real rules
and with both rule sets the benchmark grows twenty times."""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import glossary
from bench.bench_lint import build_corpus, scaled_rules
from glossary import Linter
from glossary.prefilter import Condition, prepare, reach_before
from glossary.rules import RuleSet
from tests.glossary.test_prefilter import _found, _labelled


def _screens(regex: str, text: str, start: int = 0, end: int | None = None) -> bool:
    return Condition(regex).may_match(prepare(text), start, len(text) if end is None else end)


@pytest.mark.parametrize(
    ("regex", "text", "may"),
    [
        # each alternative needs all of its own strings: "depends on" alone is not "break even"
        ("\\bdepends on (?:prefix|volume)|break ?even", "it depends on the weather", False),
        ("\\bdepends on (?:prefix|volume)|break ?even", "it depends on prefix length", True),
        ("\\bdepends on (?:prefix|volume)|break ?even", "the breakeven is at 60%", True),
        # the alternatives of a group after a word boundary are alternatives too
        ("\\b(?:above \\d+% util|when sustained)", "sustained load, above 70% of peak", False),
        ("\\b(?:above \\d+% util|when sustained)", "above 70% utilization", True),
        # what a look-ahead needs counts
        ("cheaper(?= above \\d)", "cheaper above all", False),
        ("cheaper(?= above \\d)", "cheaper above 65%", True),
        # read as the pattern is searched: case and hyphens
        ("\\bsustained utilization", "At SUSTAINED-utilization", True),
    ],
)
def test_the_condition_screen_reads_each_alternative_of_the_pattern(regex: str, text: str, may: bool) -> None:
    assert _screens(regex, text) is may
    if not may:
        assert re.search(regex, text, re.IGNORECASE) is None


def test_what_a_look_behind_needs_may_stand_before_the_searched_span() -> None:
    regex = "(?<=caching: )\\S+ saves"
    assert reach_before(regex) == len("caching: ")
    text = "Caching: it saves money"
    start = len("Caching: ")
    assert re.compile(regex, re.IGNORECASE).search(text, start) is not None
    assert _screens(regex, text, start)  # "caching: " is before the sentence, where the look-behind reads it
    assert not _screens(regex, "Caching it saves money", 8)


@pytest.mark.parametrize("regex", ["\\bsaves?|\\w+", "(?:x|.) ", ".*"])
def test_an_alternative_that_needs_nothing_known_means_the_pattern_is_always_searched(regex: str) -> None:
    assert Condition(regex).needs == ()
    assert _screens(regex, "nothing at all here")


def test_text_the_screens_cannot_read_is_always_searched() -> None:
    condition = Condition("\\bbreak even")
    assert prepare("ſ break") is None
    assert condition.may_match(None, 0, 7)


def test_look_behinds_inside_look_behinds_reach_further_back() -> None:
    assert reach_before("(?<=ab(?<=xyab))c") == 6
    assert reach_before("(?<!abc)d|(?<=e)f") == 3
    assert reach_before("plain") == 0


def _rule_lists() -> list[tuple[str, str]]:
    """(rule id and list, regex) of every rule's condition and denials."""
    found = []
    for compiled in glossary.rule_set().compiled:
        for index, name in ((1, "fine_when"), (6, "denied")):
            source = compiled.sources[index]
            if source is not None:
                found.append((f"{compiled.rule.id}.{name}", source))
    return found


_LISTS = _rule_lists()
# what stands between the words of a sentence, and before it
_GLUE = st.sampled_from([" ", " ", " ", "-", ", ", ". ", ": ", "\n", "% ", " 65% ", " 80 ", "'s ", "?", " — "])
_LEAD = st.sampled_from(["", "Caching: ", "Cache: ", "PTUs: ", "x. ", "depends on ", "above "])


_condition = functools.cache(Condition)


@functools.cache
def _words(regex: str) -> list[str]:
    """The pattern's own words (runs of letters, digits and the marks it uses) and the strings its screen looks for."""
    condition = _condition(regex)
    strings = sorted({text.strip() for clause in condition.clauses for text in clause if text.strip()})
    words = sorted({word for word in re.findall(r"[A-Za-z0-9%$'.]+", regex.replace("\\b", " ")) if len(word) > 1})
    return strings + words or ["x"]


@pytest.mark.parametrize(("name", "regex"), _LISTS, ids=[name for name, _ in _LISTS])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_conditions_screen_never_skips_a_sentence_its_pattern_matches(name: str, regex: str,
                                                                         data: st.DataObject) -> None:
    words = _words(regex)
    pieces = data.draw(st.lists(st.tuples(st.sampled_from(words), _GLUE), min_size=1, max_size=12))
    lead = data.draw(_LEAD)
    text = lead + "".join(word + glue for word, glue in pieces)
    for start in (0, len(lead)):
        found = re.compile(regex, re.IGNORECASE).search(text, start)
        if found is not None:
            assert _condition(regex).may_match(prepare(text), start, len(text)), (name, text, found)


def _spans_same(rule_set: RuleSet, texts: list[str]) -> list[str]:
    screened, plain = Linter(rule_set), Linter(rule_set)
    screened.screen_after, plain.screen_after = 0, 10**9
    return [text for text in texts if _found(screened, text) != _found(plain, text)]


@pytest.mark.slow
def test_the_benchmarks_rule_sets_grown_twenty_times_lint_the_same_screened_or_not(tmp_path: Path) -> None:
    corpus = build_corpus(500)
    texts = _labelled() + corpus
    for from_corpus in (True, False):
        rule_set = scaled_rules(corpus, 20, tmp_path, from_corpus=from_corpus)
        assert len(rule_set.rules) == 20 * len(glossary.rules())
        assert _spans_same(rule_set, texts) == []


def test_the_benchmarks_messages_lint_the_same_screened_or_not() -> None:
    assert _spans_same(glossary.rule_set(), build_corpus(1500)) == []


@pytest.mark.parametrize(
    "text",
    ["provisioned is cheaper above 65% utilization", "it depends on prefix length and call volume", "", "x",
     "break-even at 60%; savings of 30-50% if sustained", "a third off the bill, half the cost, 2x cheaper"],
)
def test_without_pyahocorasick_the_strings_are_found_all_the_same(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from glossary.prefilter import Strings

    bits = {"cheaper": 1, "cheap": 2, "% util": 4, "depends on": 8, "break even": 16, "a third": 32, "half": 64,
            "e": 128, "ea": 256}
    prepared = prepare(text)
    assert prepared is not None
    one_pass = Strings(bits)
    monkeypatch.setitem(sys.modules, "ahocorasick", None)  # an install without it: the import fails
    fallback = Strings(bits)
    assert fallback.held(prepared) == one_pass.held(prepared)
    # the whole text by default, from its first character ("a third off ...": "a third" at 0)
    assert one_pass.held(prepared) == sum(value for key, value in bits.items() if key in prepared)
    assert fallback.held(prepared, 3, len(prepared) - 2) == one_pass.held(prepared, 3, len(prepared) - 2)
    window = prepared[3 : max(3, len(prepared) - 2)]
    assert one_pass.held(prepared, 3, len(prepared) - 2) == sum(value for key, value in bits.items() if key in window)
