"""Blind batch 20's classes, in wordings written for these tests (not the batch's): a figure off a per-token or per-call
cost ("35% off their per-call spend"), a high volume said as if it were a utilization level, how steadily traffic comes
said as if it were caching's call volume, and a quotation the author says right after is wording they chose. Each claim
form sits beside the hard negatives that share its words."""

from __future__ import annotations

import pytest

import glossary

UNIT_COSTS_CUT = [
    # a figure off (or lower) on what a token or a call costs the buyer is a savings figure, heading or not
    ("*Reserved capacity for Initech:*\n- up to 45% off their per-call spend\n- a 6-month term",
     ["unconditional-savings"]),
    ("Dedicated deployment = roughly a third off the per-token costs for Globex.", ["unconditional-savings"]),
    ("PTUs: 40% smaller per-token bill", ["unconditional-savings"]),
    # quiet: the guide's condition, or a figure that is not a cut in what the buyer pays
    ("At 75% sustained utilization, PTUs take 30% off their per-token spend.", []),
    ("Batch is 50% off the per-token price for overnight jobs.", []),
    ("Per-token costs doubled after the agent launch.", []),
]

VOLUME_IS_NOT_UTILIZATION = [
    # "high volume" or "big traffic" is how much is sent, not how busy the capacity is kept: still the bare claim
    ("Reserved throughput is cheaper with high volume, no question.", ["provisioned-is-cheaper"]),
    ("ptus come out cheaper when their traffic is high", ["provisioned-is-cheaper"]),
    # quiet: a utilization level, or volume that stays steady (sustained)
    ("PTUs are cheaper at high utilization, so check their dashboards first.", []),
    ("Provisioned throughput is cheaper at sustained volume above 65% of capacity.", []),
    ("PTUs are cheaper when their load stays high around the clock.", []),
]

STEADY_TRAFFIC_IS_NOT_CALL_VOLUME = [
    # how evenly the calls come is not the guide's qualifier (prefix length and call volume)
    ("Prompt caching saves them money provided usage stays consistent across the week.", ["caching-saves-money"]),
    ("Caching will cut their bill as long as requests keep coming in evenly.", ["caching-saves-money"]),
    # quiet: a condition on the call volume or the prefix
    ("Caching saves them money as long as their call volume stays above 5k a day.", []),
    ("Caching saves money when traffic reuses the same 8k system prompt.", []),
]

WORDING_THE_AUTHOR_CHOSE = [
    # a quotation the author says right after is their own wording is their prose
    ('Slide 4 header reads "Committed use for Q3" — I worded it like that on purpose.', ["committed-use"]),
    ('Line 2 of the SOW: "AI usage fees billed monthly" — we phrased it that way deliberately.', ["ai-usage-fees"]),
    ('Renewal summary says "token costs up 12%", that\'s my wording, happy to change it.', ["token-costs"]),
    # quiet: someone else chose the wording, or the author is changing it
    ('Their PO says "AI usage fees" — procurement wrote it that way, not us.', []),
    ('The deck said "committed use"; I\'m changing it to provisioned throughput.', []),
]


@pytest.mark.parametrize(
    ("text", "rules"),
    UNIT_COSTS_CUT + VOLUME_IS_NOT_UTILIZATION + STEADY_TRAFFIC_IS_NOT_CALL_VOLUME + WORDING_THE_AUTHOR_CHOSE,
)
def test_batch_20_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
