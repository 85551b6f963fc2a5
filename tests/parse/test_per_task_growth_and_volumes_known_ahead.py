"""Per-call and scenario asks in more of reps' words (our own sentences): a unit of work larger than planned by a share
("what if tasks run 50% bigger?", "jobs come in 30% larger") is the growth the per-call comparison re-runs, not a
percentage to ask about; a volume known ahead ("known months in advance from the shipping calendar") is a steady one,
and fixed-format records are bounded prompts, so a fixed cost per transaction points to per-call."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from bot.parse.traits import workload
from pricing.scenario import map_scenario
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "growth", "figures"),
    [
        # 6,000 × $3/1M + 1,000 × $15/1M = $0.033; × 1.3 = $0.0429 (7,800 in / 1,300 out)
        ("vendor charges 4c a job; each job is ~6k in / 1k out at $3/$15. what if jobs come in 30% larger?",
         Decimal("1.3"), ["*$0.033*", "$0.0429", "7,800 in / 1,300 out"]),
        # 2,000 × $2/1M + 300 × $8/1M = $0.0064; × 1.25 = $0.008
        ("flat $0.01 per request, 2k in / 300 out at $2/$8 - and with 25% bigger requests than we planned?",
         Decimal("1.25"), ["*$0.0064*", "$0.008"]),
        # 10,000 × $1/1M + 2,000 × $4/1M = $0.018; × 1.4 = $0.0252
        ("Partner bills three cents per ticket. Tickets are about 10k input and 2k output tokens at $1/$4 per million. "
         "Is that fair, and what if tickets end up 40% longer than expected?",
         Decimal("1.4"), ["*$0.018*", "$0.0252"]),
    ],
)
def test_a_share_larger_than_planned_is_the_growth_priced(text: str, growth: Decimal, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.fields.growth == growth
    assert not [a for a in ask.ambiguities if a.field == "percent"]
    assert_figures(text, figures)


def test_a_share_said_of_the_volume_is_not_a_call_size() -> None:
    fields = parse("flat 2c per task, 3k in / 500 out at $3/$15, 10k tasks a day; volume grows 50% next year").fields
    assert fields.growth != Decimal("1.5")


@pytest.mark.parametrize(
    "text",
    [
        "Shipping client: every parcel label triggers exactly one address-check call; the label data is fixed-format, "
        "about 250 tokens. Volume is known weeks in advance from their dispatch calendar. Finance wants a cost per "
        "parcel. Which structure?",
        "Bank statement lines are checked one call per line, fixed-length records of ~400 tokens; counts are set "
        "months ahead by the billing cycle and finance budgets per transaction. Structure?",
    ],
)
def test_a_fixed_run_known_ahead_recommends_per_call(text: str) -> None:
    ask = parse(text)
    advice = map_scenario(workload(ask.fields, ask.text))
    assert advice.per_call.verdict == "recommended"
    assert "Per-call: recommended" in router.answer(text, rate_cards={}).text


def test_a_prompt_known_in_advance_is_not_a_steady_volume() -> None:
    ask = parse("the system prompt is known in advance; traffic is spiky. structure?")
    assert "steady" not in ask.fields.traits


def test_a_call_that_makes_one_model_call_is_not_an_item() -> None:
    ask = parse("the platform bills per run; each run makes one model call of ~2k in / 400 out at $3/$15, 50k runs a "
                "month. fee not given yet. which way should they go?")
    assert "transactional" not in ask.fields.traits
