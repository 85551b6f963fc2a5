"""Blind batch 19's classes, in wordings written for these tests (not the batch's): an amount of money said informally
("a fair bit of money"), a short heading on its own line under a line that ends with a colon, "don't worry about" the
phrase (which denies nothing), GCP's commitment said to be on machines, and GCP's own version named as what it sells.
Each claim form sits beside the hard negatives that share its words."""

from __future__ import annotations

import pytest

import glossary

INFORMAL_AMOUNTS = [
    ("Context caching should save them quite a bit of money on the agent loop.", ["caching-saves-money"]),
    ("Honestly PTUs will save them a decent chunk of cash this year.", ["provisioned-is-cheaper"]),
    ("Turning on caching saves a fair bit of money, lead with it.", ["caching-saves-money"]),
    # quiet: the guide's qualifier, or not money
    ("Caching saves a fair bit of money when the same 6k prefix repeats on every call.", []),
    ("Caching saves quite a bit of time on the first token.", []),
]

HEADING_UNDER_A_LINE = [
    # the heading is its own line even when the line above ends with a colon and runs on into it
    ("Prep for the Lumen call:\n_Context caching:_\n- cuts their bill in half", ["caching-saves-money"]),
    ("Agenda for Thursday's QBR with the whole buying committee:\nReserved capacity:\n• cheaper than on-demand",
     ["provisioned-is-cheaper"]),
    # quiet: the item carries the guide's condition, or the heading names nothing the item claims
    ("Prep for the Lumen call:\n_Reserved capacity:_\n- cheaper at 80% sustained utilization", []),
    ("Prep for the Lumen call:\n_Next steps:_\n- cuts the meeting count in half", []),
]

DONT_WORRY_ABOUT = [
    # "don't worry about" the phrase takes it as given, it does not deny it
    ("Don't worry about the cache hit rate, it'll sit around 90% once warm.", ["cache-hit-rate"]),
    ("don't stress over token costs, the pilot budget covers it", ["token-costs"]),
    # quiet: a denial, or the guide's qualifier
    ("Don't promise a cache hit rate in the SLA.", []),
    ("Don't worry about the cache hit rate: it depends on provider infrastructure and prompt structure.", []),
]

GCP_COMMITMENTS = [
    # GCP's committed use on machines, or its own version named as what it sells: left alone
    ("Their committed use discounts were on the Compute Engine VMs, signed last spring.", []),
    ("Google markets its equivalent as committed use on Vertex; in our SOW it's provisioned throughput.", []),
    ("GCP calls their version committed use, same idea as PTUs.", []),
    # flagged: used as the name of a deal on inference
    ("Their committed use discounts are on the Gemini endpoints now.", ["committed-use"]),
    ("Google sells its analogue cheaply, so pitch committed use on Vertex.", ["committed-use"]),
]


@pytest.mark.parametrize(
    ("text", "rules"), INFORMAL_AMOUNTS + HEADING_UNDER_A_LINE + DONT_WORRY_ABOUT + GCP_COMMITMENTS
)
def test_batch_19_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
