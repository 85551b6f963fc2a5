"""Quote volumes as reps state them: the calls of one task priced per task as well as per month, a month counted as
30 calendar days when the ask says so, the peak hour's tokens held for the whole month as a worst case, "bil" for a
billion, and an input/output mix said "80/20 in vs out"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(("text", "figures"), [
    # per call 4,000 x $1/M = $0.004 + 600 x $4/M = $0.0024 -> $0.0064; x 8 calls = $0.0512 (input $0.032, output
    # $0.0192); 8 x 5,000 = 40,000 calls a month x $0.0064 = $256.00
    ("Research agent makes 8 LLM calls per run, each ~4k in / 600 out, $1 in / $4 out. 5,000 runs a month: cost per "
     "run and per month?", ["$0.0512", "$0.032", "$0.0192", "$256.00"]),
    # per call 1,000 x $2/M = $0.002 + 200 x $10/M = $0.002 -> $0.004; x 6 = $0.024; 6 x 1,500 x 30.4167 days
    ("Each support ticket takes 6 model calls of 1k in / 200 out at $2/$10. They close 1,500 tickets a day. Per "
     "ticket and monthly?", ["$0.024"]),
])
def test_calls_per_unit_of_work_are_priced_per_unit(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_the_unit_is_named_once_and_its_calls_kept() -> None:
    fields = parse("Agent: 8 LLM calls per run, each ~4k in / 600 out, $1/$4, 5,000 runs a month").fields
    assert (fields.calls_per_unit, fields.unit_noun) == (Decimal(8), "run")


def test_a_fee_per_unit_of_work_is_not_priced_per_unit_again() -> None:
    # "$0.05 per task" is the fee for the task itself: its calls' tokens are the task's, not a second per-task line
    fields = parse("Vendor charges $0.05 per task; each task is ~6 LLM calls of 4k in / 500 out on $3/$15. "
                   "Per-call or per-token?").fields
    assert fields.calls_per_unit is None


@pytest.mark.parametrize(("text", "figures"), [
    # $5 in + $6 out a day = $11; x 30 = $330 (input $150, output $180)
    ("Finance wants calendar months, so use 30 days rather than the 730-hour month: 5M in and 1.5M out a day at "
     "$1/$4.", ["$330.00", "$150.00", "$180.00"]),
    ("Assume 31-day months this time. 5M input and 1.5M output daily, $1 / $4 per M.", ["$341.00"]),
])
def test_a_month_of_calendar_days_said_in_words_is_priced(text: str, figures: list[str]) -> None:
    assert parse(text).fields.days_per_month in (Decimal(30), Decimal(31))
    assert_figures(text, figures)


def test_a_month_of_days_said_as_hours_is_still_read_as_billed_hours() -> None:
    fields = parse("3 PTUs at $2/hr over a 30-day month (720 hours), 40% off. Break-even?").fields
    assert fields.hours_per_month == Decimal(720)


@pytest.mark.parametrize("text", [
    "During their busiest hour they send 2M input tokens and 300k output. Worst case, if every hour were like that, "
    "what's the monthly bill at $1 / $5?",
    "In the peak hour it's 2M in and 300k out. Price it as if that ran round the clock all month at $1/$5.",
])
def test_the_peak_hour_held_all_month_is_priced_every_hour(text: str) -> None:
    # hour: 2M x $1 = $2 + 300k x $5 = $1.50 -> $3.50; x 730 = $2,555 (input $1,460, output $1,095)
    assert_figures(text, ["$2,555.00", "$1,460.00", "$1,095.00"])


def test_a_peak_hour_without_the_whole_month_is_not_taken_as_every_hour() -> None:
    fields = parse("At their peak hour they push 2M input tokens and 300k output. Rates $1/$5. Cost per call?").fields
    assert fields.input_tokens_per_day is None


@pytest.mark.parametrize(("text", "total"), [
    ("roughly 2 bil tokens a month, 75/25 in vs out, on $1 in / $3 out. Monthly bill?", "2000000000"),
    ("about 0.5 bln tokens a month at a 60/40 input vs output split, $2/$6. monthly?", "500000000"),
])
def test_bil_is_a_billion_and_a_mix_said_with_vs_splits_the_total(text: str, total: str) -> None:
    fields = parse(text).fields
    assert fields.tokens_per_day is not None and fields.input_share is not None
    assert "not used" not in reply_text(text).lower()


def test_the_split_total_is_priced() -> None:
    # 2B x 75% = 1.5B x $1 = $1,500; 500M x $3 = $1,500; $3,000 a month
    assert_figures("roughly 2 bil tokens a month, 75/25 in vs out, on $1 in / $3 out. Monthly bill?",
                   ["$1,500.00", "$3,000.00"])
