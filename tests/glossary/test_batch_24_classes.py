"""Blind batch 24's classes, in wordings written for these tests (not the batch's): a savings figure off the run rate,
wording the author proposes for their own section, heading or title in quotation marks, a condition that is not the
guide's (a hit rate staying high, with the prefix named only after a dash; a utilization figure under 65% said as a
concession; prompt structure named as the basis of a promised hit rate), cached prefixes equated with money saved, and
a draft sent unless someone objects. Each class sits beside near misses that share its words."""

from __future__ import annotations

import pytest

import glossary

RUN_RATE = [
    ("Upside for Halvorsen:\n- plan on 30-40% off the run rate", ["unconditional-savings"]),
    ("They'll see a third off their run rate once the PTUs are live.", ["unconditional-savings"]),
    ("we're looking at 25% off the monthly run-rate", ["unconditional-savings"]),
    # quiet: the guide's condition, or a discount already given
    ("At 80% sustained utilization they'll see 30-50% off the run rate.", []),
    ("Their EA gives them 10% off the run rate already.", []),
]

PROPOSED_WORDING = [
    ('I\'d have clause 7 read "Committed Use Term: twelve months"', ["committed-use"]),
    ('we\'ll make the pricing header say "Token Costs by Region"', ["token-costs"]),
    ('The section 3 heading should be "Token Costs at a Glance"', ["token-costs"]),
    ('Slide 4 title needs to be "Committed Use, Explained"', ["committed-use"]),
    # quiet: someone else's proposal, or wording that follows the guide
    ('Their CFO says the title should be "Token Costs at a Glance"', []),
    ('Legal wants clause 7 to read "Committed Use Term: twelve months"', []),
    ('Slide 4 title should be "Provisioned Throughput, Explained"', []),
]

WRONG_CONDITIONS = [
    ("Tamsin: prompt caching will save them real money as long as the hit rate holds up — 6k preamble, identical "
     "each call.", ["caching-saves-money"]),
    ("Even at 45% utilization, reserved capacity will save them 30-50%.", ["unconditional-savings"]),
    ("even at their current 50% util PTUs cut the bill by 40%", ["unconditional-savings"]),
    ("Given their prompt structure, the cache hit rate will sit above 85% all year.", ["cache-hit-rate"]),
    # quiet: the guide's own condition
    ("Caching saves them money when the same 6k preamble repeats on every call.", []),
    ("Even at 80% sustained utilization, reserved capacity will save them 30-50%.", []),
    ("The cache hit rate depends on provider infrastructure and prompt structure.", []),
]

CACHED_EQUALS_SAVED = [
    ("cached system prompts = $$$ saved", ["caching-saves-money"]),
    ("Cached tokens = big savings for the agent loop", ["caching-saves-money"]),
    ("cached prefix -> money saved", ["caching-saves-money"]),
    # quiet: a rate stated, not a saving promised
    ("Cached tokens are billed at a tenth of the input rate.", []),
]

SENT_UNLESS_STOPPED = [
    ("sending this unless anyone objects:\n> PTUs are cheaper for your traffic.", ["provisioned-is-cheaper"]),
    ("Shipping it to Brightline unless someone shouts:\n> Caching saves you money.", ["caching-saves-money"]),
    ("posting this as is unless there are comments:\n\n> The cache hit rate will be 90%.", ["cache-hit-rate"]),
    # quiet: someone else sending it
    ("they're sending this unless we object:\n> PTUs are cheaper for your traffic.", []),
]


@pytest.mark.parametrize(
    ("text", "rules"),
    RUN_RATE + PROPOSED_WORDING + WRONG_CONDITIONS + CACHED_EQUALS_SAVED + SENT_UNLESS_STOPPED,
)
def test_batch_24_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
