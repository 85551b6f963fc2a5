"""A cache hit rate the author states or promises and then asks to have confirmed ("the cache hit rate we get will be
90%, right?") is the author's own claim, and stays flagged; only a question asking what hit rate someone measures
("what cache hit rate are they seeing in staging?") is quiet. Our own wordings, beside the near misses."""

from __future__ import annotations

import pytest

import glossary

PROMISED_THEN_ASKED = [
    "The cache hit rate we get on this will be 90%, right?",
    "the cache hit rate they see will stay above 85% - ok to put in the SOW?",
    "Told Okafor the cache hit rate you get is always 95%, fair?",
    "cache hit rate they'll see is 90+, yeah?",
    "the cache hit rate we observe should be 80%?",
]

MEASURED_ASKED = [
    "what cache hit rate are they seeing in staging?",
    "what cache hit rate does Brightline get on the intake bot?",
    "which cache hit rate did their pilot show last week?",
]


@pytest.mark.parametrize("text", PROMISED_THEN_ASKED)
def test_a_hit_rate_promised_then_asked_about_is_flagged(text: str) -> None:
    assert "cache-hit-rate" in {flag.rule for flag in glossary.lint(text)}


@pytest.mark.parametrize("text", MEASURED_ASKED)
def test_a_question_about_a_measured_hit_rate_stays_quiet(text: str) -> None:
    assert "cache-hit-rate" not in {flag.rule for flag in glossary.lint(text)}
