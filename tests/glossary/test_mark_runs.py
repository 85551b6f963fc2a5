"""A run of full stops, exclamation or question marks ends one sentence where it is followed by a space or the end,
and reading it costs its length: a message padded with thousands of marks cannot stall the coach."""

from __future__ import annotations

import pytest

import glossary
from glossary.prose import _SENTENCE_END
from tests.glossary.test_batch_6_7_classes import _lint_seconds


def test_a_run_of_marks_is_one_sentence_end_and_a_run_before_a_letter_is_none() -> None:
    text = "Done!!! Next one. e.g. this... and that?! ok....then"
    assert [m.group(0) for m in _SENTENCE_END.finditer(text)] == ["!!!", ".", "...", "?!"]


def test_a_claim_after_a_long_run_of_marks_is_still_coached() -> None:
    flags = glossary.lint("." * 5000 + " honestly provisioned is cheaper for them")
    assert [f.rule for f in flags] == ["provisioned-is-cheaper"]


@pytest.mark.parametrize("mark", [".", "!", "?", "?!"])
def test_marks_followed_by_a_letter_cost_their_length(mark: str) -> None:
    glossary.lint("provisioend")  # the spelling dictionary loads on the first near miss: not charged below
    once = _lint_seconds("provisioned is cheaper" + mark * (10_000 // len(mark)) + "x")
    twice = _lint_seconds("provisioned is cheaper" + mark * (20_000 // len(mark)) + "x")
    assert twice < 3 * once + 0.05  # twice the marks, about twice the time (it was four times: quadratic)
