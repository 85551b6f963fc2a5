"""A rule's ``fine_before`` patterns end in ``$``: they are searched only from where a match can start, the last few
dozen of the 200 characters before a claim, and find what a search of all of them finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import glossary
from glossary.matcher import _ends_with
from glossary.prefilter import tail_width


@pytest.mark.parametrize(
    ("regex", "width"),
    [
        ("\\bab ?$", 3),
        ("x$|yy\\Z", 2),
        ("(?:ab|c)$", 2),
        ("(?<=caching )per $", 4),  # a look-behind reads before the match: not part of its width
        ("x$|y", None),  # one alternative may end anywhere
        ("a+$", None),  # no bound
        ("a$(?!b)", None),
    ],
)
def test_the_width_of_a_pattern_anchored_at_the_end(regex: str, width: int | None) -> None:
    assert tail_width(regex) == width


def test_a_word_boundary_and_a_look_behind_still_read_the_characters_before() -> None:
    assert not _ends_with(re.compile("\\bper $"), tail_width("\\bper $"), "super ")
    assert _ends_with(re.compile("\\bper $"), tail_width("\\bper $"), "su per ")
    assert _ends_with(re.compile("(?<=input )per $"), 4, "the input per ")
    assert _ends_with(re.compile("per $"), 4, "the per \n")  # "$" also before a final line break


_BEFORE = [(compiled.rule.id, compiled.sources[3]) for compiled in glossary.rule_set().compiled
           if compiled.sources[3] is not None]
_GLUE = st.sampled_from([" ", " ", "", "'s ", ", ", "\n", "-", " the ", " our "])


def _words(regex: str) -> list[str]:
    return sorted({word for word in re.findall(r"[A-Za-z0-9%$'.-]+", regex.replace("\\b", " ")) if len(word) > 1})


@pytest.mark.parametrize(("rule", "regex"), _BEFORE, ids=[rule for rule, _ in _BEFORE])
@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_a_search_from_the_tail_finds_what_a_search_of_the_whole_text_finds(rule: str, regex: str,
                                                                           data: st.DataObject) -> None:
    words = _words(regex) or ["x"]
    pieces = data.draw(st.lists(st.tuples(st.sampled_from(words), _GLUE), min_size=1, max_size=30))
    text = "".join(word + glue for word, glue in pieces)[-200:]
    pattern = re.compile(regex, re.IGNORECASE)
    assert _ends_with(pattern, tail_width(regex), text) is (pattern.search(text) is not None), (rule, text)
