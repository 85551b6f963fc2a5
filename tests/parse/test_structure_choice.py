"""A question that asks which structure to choose is a scenario question, whatever figures of one structure come
with it; a question that asks which option costs less stays that structure's comparison."""

from __future__ import annotations

import pytest

from bot.parse import Intent, parse


@pytest.mark.parametrize(
    "text",
    [
        # the figures of one structure, then a choice of structure
        "chatbot with an 8k system prompt identical on each request, 30k requests/day, $3 in, cached $0.30. "
        "which structure should we lead with?",
        "ticket classifier, exactly 200k tickets a month, 700 in / 50 out, vendor per-call $0.001 vs $1/$4 per "
        "token. recommend?",
        "receipt OCR at a fixed 1M receipts a month, per-call $0.002 vs per-token $0.50/$2 at 1,500 in / 100 out. "
        "pick one",
        "fixed 300k forms a month, per-call 0.2c vs per-token $1/$3, 1k in 100 out. which + the monthly bill each",
        # a choice asked in other words
        "batch translation job running at a constant rate around the clock, peak-to-average 1.1. what would you "
        "move them to?",
        "seed-stage startup, usage swings wildly week to week. what would you put them on?",
        "FAQ bot sends the same 5,000-token help centre dump with every chat, 20k chats a day. where's the money?",
        # a yes/no on capacity for a described workload
        "sustained high vol prod, PAR 1.3, 35% off. provision?",
        "steady production traffic, 10B tokens a month, PTUs at 25% off on the table. go?",
        "three-week POC, maybe 2M in 500k out total at $3/$15. do they need provisioned?",
        # the choice named as an option, a pricing model or the play
        "load is steady around the clock, peak-to-average 1.2, 35% off provisioned. which option?",
        "which pricing model suits a research team trying models ad hoc?",
        "public-sector buyer on azure, needs data residency, 15% EA. what's the play?",
    ],
)
def test_a_choice_of_structure_is_a_scenario(text: str) -> None:
    assert parse(text).intent is Intent.SCENARIO


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # which option costs less: the comparison of that structure
        ("vendor wants $0.004 per call, calls are 1.2k in / 300 out at $1/$4. which is cheaper?", Intent.PER_CALL),
        ("per call $0.002 vs per token $0.40/$1.60, 3k in 200 out. which wins and where's the crossover?",
         Intent.PER_CALL),
        ("6k prefix, $3 in / $0.30 read / $3.75 write, 10k calls a day, 90% hits. net per day?", Intent.CACHING),
        ("PTUs at 30% off and we'd run them at 80% utilization. worth it?", Intent.BREAK_EVEN),
    ],
)
def test_which_costs_less_stays_the_comparison(text: str, intent: Intent) -> None:
    assert parse(text).intent is intent


@pytest.mark.parametrize(
    ("text", "fee"),
    [
        # a fee per business item, whatever the item is called
        ("the insurer's partner charges $0.012 a claim; claims run 6k in / 800 out at $0.50/$2 per M", "0.012"),
        ("agent platform bills $0.04 per agent step, steps average 5k in / 500 out, $3/$15", "0.04"),
        ("vision endpoint is $0.002/img vs $0.25/$1.25 per M, ~1,200 in 80 out per image", "0.002"),
        ("per-call fee in the vendor's proposal is $0.015. calls are 3k in / 400 out at $2/$8", "0.015"),
    ],
)
def test_a_fee_per_item_is_the_per_call_comparison(text: str, fee: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.PER_CALL
    assert str(ask.fields.per_call_fee) == fee


def test_a_fee_beside_the_per_token_price_of_the_same_call_is_compared_whatever_the_cost_words() -> None:
    text = ("reseller quotes $0.02 a report. direct would cost $1/M in and $4/M out, reports average 8k in / 1k out. "
            "can you sanity-check the cost per report and how big a report would need to be before theirs wins?")
    assert parse(text).intent is Intent.PER_CALL


@pytest.mark.parametrize(
    ("text", "calls_per_day"),
    [
        ("KYC vendor: 4,000 checks a day, one call each, 2k in / 100 out at $3/$15. daily bill?", 4000),
        ("agent does 90k steps/day across all tenants, 3k in / 200 out per step at $1/$4. cost per day?", 90000),
        ("they process 12k claims a day, 5k in / 500 out each at $0.50/$2. what's the monthly spend?", 12000),
    ],
)
def test_items_counted_per_period_are_calls(text: str, calls_per_day: int) -> None:
    assert parse(text).fields.calls_per_day == calls_per_day


@pytest.mark.parametrize(
    "text",
    ["a fifth on top at list, and 10% off via their EA - net?", "vertex runs 12% on top of list; EA takes 5% off"],
)
def test_a_share_on_top_of_list_is_a_markup(text: str) -> None:
    assert parse(text).intent is Intent.MARKUP
