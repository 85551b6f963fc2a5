"""The verdict asked in reps' short words ("what wins?", "what should we position?", "where should the proposal
lead?", "rec?", "why not direct?" from a buyer with stated needs, "what do I tell them" about a volume nobody can
forecast) is the choice across the structures, with the figures of the deal worked out under it; and a size said to
stay "very consistent" bounds the prompts."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import Intent, parse
from bot.parse.traits import workload


@pytest.mark.parametrize(
    ("text", "recommended"),
    [
        ("invoice coding: 8,000 invoices a day, steady for a year, each ~2,500 tokens in (pretty consistent) and 80 "
         "out. vendor fee $0.004 per invoice; per-token $2/M in, $8/M out. what wins?", "Per-call"),
        ("onboarding copilot, pilot with a few teams, maybe 300 calls a day, could take off or fizzle, no one knows. "
         "per-call offer $0.02, per token $3/M in, $15/M out, 1k in 300 out. rec?", "Per-token"),
        ("steady ticket triage, 30k tickets/day, fixed template ~1,200 tokens, 60 out. $0.002 a ticket flat or "
         "$1/M in $4/M out. what should we position?", "Per-call"),
        ("fintech on Azure with data residency in the EU mandated, 20% EA, azure lists 30% over direct. their "
         "architect asks 'why not the direct API?'. what do we say", "Hyperscaler tier"),
        ("support bot, 25k-token policy preamble on every call, 4k calls per business day, steady. $2/M input, "
         "$0.20/M cache read, $2.50/M write. where should the proposal lead?", "Prompt caching"),
    ],
)
def test_the_choice_across_structures(text: str, recommended: str) -> None:
    assert parse(text).intent is Intent.SCENARIO
    reply = router.answer(text, rate_cards={})
    assert f"*{recommended}: recommended" in reply.text or f"*{recommended} tier: recommended" in reply.text, \
        reply.text[:900]


def test_why_we_pay_more_is_the_markup() -> None:
    # "why are we paying more?" asks what the markup buys; "why not direct?" asks which channel
    text = "federal agency asks why they pay more on Azure: list 25% over direct, no EA. what do I tell them?"
    assert parse(text).intent is Intent.MARKUP


def test_a_figure_asked_still_gets_the_figure() -> None:
    # "what do I tell them" after a figure asked is about that figure, even for a volume nobody can forecast
    text = ("pilot, could grow or die, 500 calls a day, 1k in 200 out at $3/$15. vendor offers $0.01 a call. how much "
            "does per-call cost them a month? what do I tell them")
    assert parse(text).intent is Intent.PER_CALL


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        ("every transcript ~4,000 tokens in (very consistent), 20k a day", "bounded"),
        ("prompt length is pretty consistent, about 900 tokens", "bounded"),
        ("traffic is very consistent, 20k calls a day", None),
    ],
)
def test_a_consistent_size_bounds_the_prompts(text: str, sizes: str | None) -> None:
    ask = parse(text)
    assert workload(ask.fields, ask.text).prompt_sizes == sizes
