"""Whose words a reported belief is: someone else's belief the author rejects right after stays quiet (one reported
alone is the author's claim), but a capitalised word opening a sentence is
someone only as the one who thinks or believes; a document or figure of the author's side that "says" a claim is the
author's claim ("Analysis says provisioned is cheaper" was quiet when every capitalised word counted as a person)."""

from __future__ import annotations

import pytest

import glossary

CASES = [
    # the author's side's documents and figures, saying the claim: flagged
    ("Analysis says provisioned is cheaper for Halden.", ["provisioned-is-cheaper"]),
    ("Forecast says this will save you 30-50% next year.", ["unconditional-savings"]),
    ("Spreadsheet says caching saves money here.", ["caching-saves-money"]),
    ("Calc says PTUs are cheaper at their volume.", ["provisioned-is-cheaper"]),
    # someone else's belief the author rejects right after: quiet
    ("Marisol believes PTUs are cheaper whatever the load, I'll walk her through it.", []),
    # ... but a belief reported alone is left as the author's claim (the labelling principles; blind batch 31)
    ("Halden's CTO thinks reserved capacity is cheaper, full stop.", ["provisioned-is-cheaper"]),
    ("heads up, and Tomas reckons caching saves money regardless of prompt size", ["caching-saves-money"]),
    ("the buyer says PTUs are cheaper, which isn't true at 30% util", []),
]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_whose_words_a_reported_belief_is(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
