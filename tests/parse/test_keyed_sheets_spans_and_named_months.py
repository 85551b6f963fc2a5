"""Pasted sheets the first round of blind asks in Round 40 read wrong, in our own layouts: a token key naming who
serves the tokens before its period; a console's "hours: 730 (one month)"; an invoice "last (30-day) month"; a month
named with its days; a CSV whose cells are parted by a comma and a space, its figures grouped by commas, under a
heading naming the span its total covers."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text

_SHEET = ("capacity sheet:\nunits: 2\nprice per unit-hour: $10\nhours: 730 (one month)\n{key}: 100M input, 20M output\n"
          "on-demand rates: $2/MTok in, $10/MTok out\ndoes the reservation pay for a month?")


def test_a_token_key_naming_who_serves_them_keeps_its_period() -> None:
    # 100M × $2 + 20M × $10 = $400 a day; × 730 ÷ 24 = $12,166.67 a month, against 2 × $10 × 730 = $14,600
    reply = reply_text(_SHEET.format(key="tokens the two units will handle per day"))
    assert "$12,166.67 a month" in reply
    assert "$14,600.00" in reply


def test_hours_keyed_with_an_aside_are_no_heading_over_the_counts() -> None:
    # the counts keep no period from "hours: 730 (one month)": never 730 hours' worth of them
    ask = parse(_SHEET.format(key="tokens they push"))
    assert ask.fields.volume_period != "hour"


def test_an_invoice_for_last_month_with_its_length_in_brackets() -> None:
    ask = parse("Reservation (console)\n  Units: 3\n  Price per unit-hour: $5\n  Billing period: 30-day month\n\n"
                "Their on-demand invoice for the same traffic last (30-day) month: $12k. saving?")
    assert (ask.fields.on_demand_spend, ask.fields.spend_period) == (Decimal(12_000), "month")


def test_a_month_named_with_its_days() -> None:
    for said in ("forecast for April (30 days)", "forecast, February, 28 days"):
        ask = parse(f"{said}: 10M input tokens a day at $1/M, 2M output at $4/M. cost for the month?")
        assert ask.fields.days_per_month == Decimal(30 if "April" in said else 28), said
    # "may" the verb, with days after it, names no month
    ask = parse("10M input tokens a day at $1/M, 2M output at $4/M. We may, 30 days from now, renew. monthly cost?")
    assert ask.fields.days_per_month is None


def test_a_csv_parted_by_comma_and_space_with_grouped_figures() -> None:
    reply = reply_text("usage export (last 7 days):\ndate, input_tokens, output_tokens\ntotal, 70,000,000, 7,000,000\n"
                       "at $1/M input and $5/M output, what did the week cost?")
    # 70M ÷ 7 = 10M input a day × $1 = $10; 1M output a day × $5 = $5: $15 a day, $105 a week
    assert "$15.00" in reply
    assert "$105.00" in reply


def test_a_two_column_sheet_parted_by_tabs() -> None:
    ask = parse("deal summary, tab-separated:\nworkload\tinvoice extraction, production\ntraffic\tflat 24/7, ~80% of "
                "committed capacity on the pilot reservation\noffer\t35% off on-demand for a 12-mo commitment\n"
                "which pricing structure fits?")
    assert (ask.fields.discount, ask.fields.utilization) == (Decimal("0.35"), [Decimal("0.8")])
    # capacity bought for a pilot is no early stage
    assert "early_stage" not in ask.fields.traits


def test_cents_on_the_dollar_are_the_price_against_on_demand() -> None:
    for said in ("65 cents on the dollar", "sixty-five cents on the dollar"):
        assert parse(f"the reserved price is {said} vs on-demand. break-even?").fields.discount == Decimal("0.35")


def test_a_load_averaged_and_at_its_maximum() -> None:
    ask = parse("avg 30,000 tokens per minute, max 60,000. 40% off, sized for the max. utilization?")
    assert ask.fields.peak_to_average == Decimal(2)
    ask = parse("gateway metrics:\nmetric          avg       max\nrequests_per_sec  12        30\n\nsized for the max "
                "at 40% off, what utilization?")
    assert ask.fields.peak_to_average == Decimal("2.5")


def test_a_column_named_as_the_unit_hours_cost_prices_the_units() -> None:
    # "ptu_hour_cost" names the price of a unit-hour without a "$/" in it (read again once the name shadowing it was
    # given its own)
    ask = parse("deployment,units,ptu_hour_cost,hours\nprod,4,2.75,730\nmonthly bill?")
    assert (ask.fields.units, ask.fields.unit_hour_price) == (Decimal(4), Decimal("2.75"))
