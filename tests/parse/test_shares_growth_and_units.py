"""Quote and per-call asks whose figures were missing (our own sentences, not a scored batch's): each side's share
of the cost ("what share of the bill is input?"), calls growing to a multiple of the plan ("3x planned"), the calls
a unit of work makes ("each session makes 8 model calls", "each job is ~5 LLM calls") and people counted by their
job ("200 engineers, each ~30 requests a working day")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 20M × $2/1M = $40 in, 5M × $8/1M = $40 out: half each
        ("what share of the bill is input? 20M input at $2/M, 5M output at $8/M", ["*50%*"]),
        # 1,000 × $1/1M = $0.001 in; 1,500 × $5/1M = $0.0075 out: output 88.24%
        ("$1 in / $5 out, calls are 1k in and 1.5k out - output's about 90% of the cost, right?", ["88.24%"]),
    ],
)
def test_each_sides_share_of_the_cost(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_calls_running_a_multiple_of_the_plan() -> None:
    # planned 1,000 × $2/1M + 250 × $8/1M = $0.004; at 4x: $0.016 against the $0.01 fee
    text = "fee is $0.01 a call; planned calls 1k in / 250 out at $2/$8. what if real calls run 4x planned?"
    assert parse(text).fields.growth == Decimal(4)
    assert_figures(text, ["$0.016"])


def test_runs_times_the_calls_each_run_makes() -> None:
    # 2,000 sessions × 8 calls = 16,000 calls a month; 16,000 × (2,000 × $1/1M + 300 × $5/1M = $0.0035) = $56.00
    text = "each session makes 8 model calls of about 2k input and 300 output tokens. 2,000 sessions a month, $1/$5"
    assert_figures(text, ["$56.00"])


def test_a_fee_per_unit_of_work_against_its_calls_tokens() -> None:
    # a job = 5 calls × (1,000 in, 100 out) = 5,000 in / 500 out: 5,000 × $2/1M + 500 × $8/1M = $0.014 vs $0.02
    text = "vendor wants $0.02 per job. each job is ~5 LLM calls of 1k in / 100 out on $2/$8. cheaper to pay tokens?"
    ask = parse(text)
    assert ask.intent is Intent.PER_CALL and not ask.ambiguities
    assert_figures(text, ["$0.014"])


def test_people_counted_by_their_job() -> None:
    # 200 × 30 = 6,000 requests a working day
    f = parse("200 engineers, each runs ~30 requests a working day, 21 working days a month, 1k in / 200 out, "
              "$1/$5").fields
    assert f.calls_per_day == Decimal(6000)
