"""Sheets and quote asks: a column or key of money over a period with no dollar sign ("direct_monthly | 12000"), a
count of units of work with each one's calls said after it ("30k chats a week, each fires 4 model calls"), and a
count with no period whose period closes the message ("..., 0.20/0.80 weekly"). Our own sentences, not a batch's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize("head", ["direct_monthly", "direct_spend_per_month", "monthly_direct_spend"])
def test_a_money_column_with_a_period_is_a_spend(head: str) -> None:
    # (1 + 25%) x (1 - 10%) - 1 = 12.5%; $8,000 x 1.125 = $9,000.00 a month
    text = f"provider,{head},list_markup,ea_discount\nbedrock,8000,25%,10%\nmonthly through bedrock?"
    fields = parse(text).fields
    assert (fields.direct_spend, fields.spend_period) == (Decimal(8000), "month")
    assert_figures(text, ["12.5%", "$9,000.00"])


def test_a_money_key_with_a_period_in_a_sheet_is_a_spend() -> None:
    text = ("| field | value |\n|---|---|\n| direct weekly | 2500 |\n| azure list markup | 20% |\n"
            "| EA discount | 0% |\n\nweekly on azure?")
    fields = parse(text).fields
    assert (fields.direct_spend, fields.spend_period) == (Decimal(2500), "week")


def test_a_count_column_with_a_period_is_not_money() -> None:
    fields = parse("deployment,calls_per_month,tokens_per_call\nbot,90000,1200\ncost at $2/M?").fields
    assert fields.direct_spend is None


@pytest.mark.parametrize("each", ["each fires 4 model calls", "each one makes 4 calls",
                                  "and each triggers 4 LLM calls"])
def test_units_of_work_with_each_ones_calls_said_after(each: str) -> None:
    # 30,000 x 4 = 120,000 calls a week; x (1,000 x $1/1M + 200 x $5/1M = $0.002) = $240.00 a week
    text = f"30,000 chats a week, {each}. 1,000 in / 200 out per call at $1/$5 per 1M. weekly cost?"
    reply = reply_text(text)
    assert "120,000 calls" in reply and "$240.00" in reply, reply


def test_a_count_of_calls_is_not_multiplied_by_each_clause_about_tokens() -> None:
    fields = parse("30,000 calls a week, each is 1,000 in / 200 out at $1/$5 per 1M. weekly cost?").fields
    assert fields.calls_per_day is not None and abs(fields.calls_per_day * 7 - 30000) < 1
    assert fields.calls_per_unit is None


@pytest.mark.parametrize(("closing", "days"), [("weekly", 7), ("monthly", Decimal(730) / 24), ("daily", 1)])
def test_a_period_closing_the_message_is_the_counts(closing: str, days: Decimal) -> None:
    fields = parse(f"500k calls, 1.5k in / 300 out, gpt-4o-mini 0.15/0.60 {closing}").fields
    assert fields.calls_per_day is not None
    assert abs(fields.calls_per_day * days - 500_000) < 1


@pytest.mark.parametrize("closing", ["per day?", "monthly?", "what's the monthly cost?"])
def test_a_period_asked_about_is_not_the_counts(closing: str) -> None:
    ask = parse(f"500k calls, 1.5k in / 300 out at $1/$4 per 1M, {closing}")
    assert ask.fields.calls_per_day is None
    assert any(a.field == "calls_per_day" for a in ask.ambiguities)


@pytest.mark.parametrize(("peak", "average"), [("peak tokens/min", "average tokens/min"),
                                               ("peak requests per second", "avg requests per second"),
                                               ("peak rps", "mean rps")])
def test_peak_and_average_loads_in_a_sheet_give_the_ratio(peak: str, average: str) -> None:
    # 900 / 300 = 3; sized for peak: utilization 1/3, cost vs on-demand (1 - 40%) x 3 = 1.8x (180%)
    text = (f"| metric | value |\n|---|---|\n| {peak} | 900 |\n| {average} | 300 |\n| PT discount | 40% |\n\n"
            "sized for peak, worth it?")
    fields = parse(text).fields
    assert fields.peak_to_average == Decimal(3)
    assert_figures(text, ["180%"])


def test_a_peak_key_without_a_rate_unit_is_left_as_it_was() -> None:
    fields = parse("| metric | value |\n|---|---|\n| peak month | 3 |\n| PT discount | 40% |\n\nbreak-even?").fields
    assert fields.peak_to_average is None
