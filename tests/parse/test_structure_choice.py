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
