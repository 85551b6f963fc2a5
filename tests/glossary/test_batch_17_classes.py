"""Blind batch 17's classes, in wordings written for these tests (not the batch's): a block quote posted for review
before it goes to the buyer, a slide headline the author proposes, GCP's term used for every cloud's offer, and the
guide's qualifier given as the answer to a reported question. Each claim form sits beside the hard negatives that
share its words."""

from __future__ import annotations

import pytest

import glossary

POSTED_FOR_REVIEW = [
    # the author's own draft, posted for a check before it is sent: the quote is what will reach the buyer
    ("Posting for review before it goes to Marisol:\n> Reserved capacity will save you 40% over the term.",
     ["unconditional-savings"]),
    ("Pasting for a quick sanity check:\n> Our AI usage fees are billed monthly.\n\nok?", ["ai-usage-fees"]),
    ("Reply to Tomas, goes to him at 4pm:\n> Token costs will track your ticket volume.", ["token-costs"]),
    ("Goes to Priya tomorrow, thoughts?\n> Caching will save your team a ton of money.", ["caching-saves-money"]),
    # quiet: someone else's words posted, or a reply to the author's
    ("Posting the customer's email for review:\n> Reserved capacity will save you 40% over the term.", []),
    ("Pasting their procurement reply for a sanity check:\n> Our AI usage fees are billed monthly.", []),
    ("Legal's comments on my draft, before it goes to Marisol:\n> Token costs will track your ticket volume.", []),
]

PROPOSED_HEADLINES = [
    # a label of the author's own material, with the author proposing it, before the quotation
    ('Deck title I\'m suggesting for Brightline: "Caching saves money on every call". Thoughts?',
     ["caching-saves-money"]),
    ('Headline we\'re going with for the Q3 pitch: "Reserved capacity: save 35% from month one"',
     ["unconditional-savings"]),
    # quiet: someone else's headline, or the author proposing the guide's wording
    ('Their headline for the webinar: "Caching saves money on every call". Cringe.', []),
    ('Headline I\'m suggesting for Brightline: "Inference pricing, explained". Thoughts?', []),
]

TERM_FOR_EVERY_CLOUD = [
    # GCP's term used for every provider's offer: the author's own framing
    ("How I pitch it: committed use on Bedrock, committed use on Vertex, same deal.", ["committed-use"]),
    ("Committed use works the same on Azure and on GCP, so lead with it.", ["committed-use"]),
    # quiet: the term explained as GCP's, mapped to ours
    ("Committed use is GCP's name; on Bedrock and Azure it's provisioned throughput.", []),
]

QUALIFIER_AS_THE_ANSWER = [
    # a reported question about the hit rate answered with the guide's qualifier a little later
    ("Lena asked in the deal room what cache hit rate the SLA should state. Told her: it depends on provider "
     "infrastructure and prompt structure.", []),
    # flagged: answered with a figure
    ("Lena asked in the deal room what cache hit rate the SLA should state. Told her 90%.", ["cache-hit-rate"]),
    ("The cache hit rate will be 95%. Their old vendor's docs say it varies.", ["cache-hit-rate"]),
]


@pytest.mark.parametrize(
    ("text", "rules"), POSTED_FOR_REVIEW + PROPOSED_HEADLINES + TERM_FOR_EVERY_CLOUD + QUALIFIER_AS_THE_ANSWER
)
def test_batch_17_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
