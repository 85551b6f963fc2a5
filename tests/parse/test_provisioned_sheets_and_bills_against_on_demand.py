"""Provisioned capacity pasted from a deal or sizing sheet, a CSV row, a capacity stated at full load beside a forecast,
or a past month's bill against the tokens it served (our own sentences, not a scored batch's). The reply sets the
commitment against the on-demand cost of the same tokens: both figures and the saving or overspend, the break-even load
where the capacity's full-use worth is known."""

from __future__ import annotations

import pytest

from bot.parse import Intent, parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 20 × 3 × 730 = 43,800; 60,000 × 90% = 54,000; 10,200 less; break-even 43,800 ÷ 60,000 = 73%
        ("from the pricing sheet:\n| item | value |\n|---|---|\n| PTUs | 20 |\n| $/PTU-hr | $3.00 |\n| hrs/mo | 730 |\n"
         "| on-demand equiv. at 100% util | $60,000/mo |\n| expected avg util | 90% |\nmonthly both ways?",
         ["*$43,800.00*", "*$54,000.00*", "*$10,200.00 a month less*", "*73%*"]),
        # 3 × 8 × 730 = 17,520; 2,000M × $3 + 400M × $15 = 12,000; 5,520 more
        ("| field | value |\n|---|---|\n| units | 3 |\n| price per unit-hour | $8.00 |\n| hours / month | 730 |\n"
         "| input tokens served / month | 2B |\n| output tokens served / month | 400M |\n"
         "| on-demand rates | $3 / 1M in, $15 / 1M out |\nprovisioned vs on-demand per month?",
         ["*$17,520.00*", "*$12,000.00*", "*$5,520.00 a month more*"]),
        # a day: 2 × 20 × 24 = 960; 100M × $2.50 + 20M × $10 = 450; 510 more
        ("units,unit_hour_rate,hours_per_day,input_tokens_per_day,output_tokens_per_day,od_input_per_m,od_output_per_m,"
         "project\n2,20.00,24,100000000,20000000,2.50,10.00,PRJ-17\ncheaper per day than on-demand?",
         ["*$960.00*", "*$450.00*", "*$510.00 a day more*"]),
        # 3 × 20 × 730 = 43,800; 900M × $50 = 45,000; 1,200 less; full use 1,000M × $50 = 50,000: break-even 87.6%
        ("3 PTUs x $20/PTU-hr, 730 hrs/month. Flat out those units serve 1,000M tokens a month; blended on-demand rate "
         "$50/MTok. They forecast 900M tokens/month. Worth it?",
         ["*$43,800.00*", "*$45,000.00*", "*$1,200.00 a month less*", "*87.6%*"]),
        # 5,000M × $5 = 25,000 against 30,000 paid: 5,000 more
        ("Review of this month's provisioned invoice: paid $30,000 for the reservation; it served 5B tokens; blended "
         "on-demand rate for the same model: $5/M. what would on-demand have cost?",
         ["*$25,000.00*", "*$5,000.00 a month more*"]),
    ],
)
def test_the_commitment_against_the_same_tokens_on_demand(text: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.BREAK_EVEN
    assert_figures(text, figures)


def test_a_payment_with_no_period_is_not_taken_for_a_month() -> None:
    # no month labels the figures: the amount is not read as a monthly commitment
    reply = reply_text("we paid $21,900 for the provisioned commitment; it served 2.4B tokens; blended $7.50/M")
    assert "$18,000.00" not in reply


def test_a_usage_table_of_several_rows_still_adds_up_its_tokens() -> None:
    # several rows: the totals, not each row's other figures
    fields = parse("| team | input tokens/month | output tokens/month |\n|---|---|---|\n| search | 40M | 8M |\n"
                   "| support | 60M | 12M |\nquote at $3/$15").fields
    assert fields.input_tokens_per_day is not None
    assert fields.input_tokens_per_day * 365 / 12 == pytest.approx(100_000_000)


def test_units_asked_about_are_not_a_sheet_row() -> None:
    # "how many units" with no count is no sheet row: the units stay to be asked about
    assert parse("price is $6 per unit-hour, 730 hours, how many units do I need?").fields.units is None
