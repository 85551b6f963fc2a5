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


# A heading supplies the subject to the items directly under it only: the same agenda, heading and item repeated
# (a recap of several calls) is one flag per block, each spanning its own heading and item, and a later heading's
# items are not read under an earlier one
REPEATED_BLOCK = "Notes ahead of the renewal call with Contoso:\n*Prompt caching:*\n• trims their monthly bill a lot\n"


@pytest.mark.parametrize("blocks", [2, 5, 40])
def test_a_heading_reaches_only_the_items_directly_under_it(blocks: int) -> None:
    flags = glossary.lint(REPEATED_BLOCK * blocks)
    assert [flag.rule for flag in flags] == ["caching-saves-money"] * blocks
    assert {flag.matched for flag in flags} == {"Prompt caching:*\n• trims their monthly bill"}


def test_an_item_under_a_later_heading_is_not_read_under_the_earlier_one() -> None:
    text = (
        "Reserved throughput:\n- easy for finance to budget\n"
        "Open items from legal, finance and the buyer's team:\n- cheaper than the current contract\n"
    )
    assert glossary.lint(text) == []
