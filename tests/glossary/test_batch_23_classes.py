"""Blind batch 23's classes, in wordings written for these tests (not the batch's): a savings figure off one person's
bill ("his monthly spend"), a block quote that opens with its own line introducing it as the author's draft, and a
question asking what hit rate someone measures. Each class sits beside the near misses that share its words: a figure
already given, a quote someone else introduces, a hit rate assumed or promised. (The author's own question repeating a
claim stays flagged whatever follows it, "?? thought it was tokens" included: tests/data/fieldlang/README.md.)"""

from __future__ import annotations

import pytest

import glossary

A_PERSONS_BILL = [
    ("Told Imre that reserved capacity would take 40% off his monthly spend.", ["unconditional-savings"]),
    ("PTUs will cut her inference bill by a third, easy.", ["unconditional-savings"]),
    ("moving to provisioned throughput lowers his bill, no question", ["provisioned-is-cheaper"]),
    # quiet: a discount already given, or a condition
    ("Her EA already takes 12% off her monthly spend.", []),
    ("At 80% sustained utilization, PTUs take 30-50% off his monthly spend.", []),
]

DRAFTS_INTRODUCED_INSIDE_THE_QUOTE = [
    ("> my draft for the Okafor renewal:\n> Reserved capacity will save you 30-50% over the term.\n\nok?",
     ["unconditional-savings"]),
    ("> Draft reply to Brightline, sending at 4:\n> PTUs are cheaper for a load this flat.",
     ["provisioned-is-cheaper"]),
    # quiet: a quote someone else introduces, or the draft carries the condition
    ("> Summary from their CFO:\n> PTUs are cheaper for a load this flat.\n\nwill reply with the break-even", []),
    ("> my draft for the Okafor renewal:\n> At sustained utilization above 65%, reserved capacity will save you "
     "30-50% versus on-demand.", []),
]

MEASURED_HIT_RATE_QUESTIONS = [
    ("what cache hit rate is Duna getting in the pilot? need it for the sizing", []),
    ("What's the cache hit rate they're seeing on the support bot?", []),
    ("which cache hit rate did the load test show?", []),
    # flagged: a hit rate assumed, promised or stated
    ("what cache hit rate should we write into the SOW?", ["cache-hit-rate"]),
    ("what cache hit rate did we assume for Duna?", ["cache-hit-rate"]),
    ("The cache hit rate they're seeing is 93%, so plan on that.", ["cache-hit-rate"]),
]

# the author's own question repeating a claim is flagged, whatever the author adds after it (README.md)
QUESTIONS_STAY_FLAGGED = [
    ("wait, the OCR endpoint bills per request?? I thought it was per page", ["charges-per-request"]),
    ("is reserved capacity actually cheaper for a spiky bot like theirs?", ["provisioned-is-cheaper"]),
]


@pytest.mark.parametrize(
    ("text", "rules"),
    A_PERSONS_BILL
    + DRAFTS_INTRODUCED_INSIDE_THE_QUOTE
    + MEASURED_HIT_RATE_QUESTIONS
    + QUESTIONS_STAY_FLAGGED,
)
def test_batch_23_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
