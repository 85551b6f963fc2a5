"""Provisioned units priced by the unit-hour beside what the same capacity is worth on-demand (our own sentences, not a
scored batch's): "$3.00/PTU-hr equivalent on pay-go if 100% used", "one unit fully loaded serves $12/hr of tokens at
on-demand prices", a sheet's "PTUs: 6" row. The reply gives the monthly commitment, the on-demand cost of the load
carried, the saving or overspend, the cost ratio and the break-even load, not a question about which price to use."""

from __future__ import annotations

import pytest

from bot.parse import Intent, parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 40 × 2.10 × 730 = 61,320; 40 × 3 × 730 = 87,600 × 75% = 65,700; 61,320 ÷ 65,700 = 93.33%; BE 70%
        ("40 PTUs x $2.10/PTU-hr, 730 hrs/mo. same capacity on pay-go = $3.00/PTU-hr equivalent if 100% used; "
         "utilisation 75%. monthly PTU bill, pay-go for what they use, cost ratio?",
         ["*$61,320.00*", "*$65,700.00*", "93.33%", "*$4,380.00 a month less*", "*70%*"]),
        # 12 × 4 × 730 = 35,040; 12 × 5 × 730 = 43,800 × 90% = 39,420; 4,380 less; BE 80%
        ("12 units @ $4.00/unit-hr. pay-go list for the same units is $5.00/unit-hr fully used. They expect 90% "
         "utilization. saving per month?", ["*$35,040.00*", "*$39,420.00*", "*$4,380.00 a month less*", "*80%*"]),
        # 5 × 8 × 730 = 29,200; 5 × 12 × 730 = 43,800; break-even 8 ÷ 12 = 66.67%
        ("5 PTUs at $8/PTU-hr, 730 hours. one PTU at full load serves $12/hr worth of tokens at on-demand prices. "
         "monthly commit + break-even util?", ["*$29,200.00*", "*66.67%*"]),
        # 2 × 30 × 730 = 43,800; 2 × 50 × 730 = 73,000; break-even 60%, a 40% discount
        ("2 model units @ $30/unit-hr; 1 unit fully loaded is worth $50/hr on-demand. monthly commit and break-even?",
         ["*$43,800.00*", "$73,000.00", "*60%*", "*40%*"]),
        # 6 × 5 × 730 = 21,900; 6 × 1.5M × 730 × 80% = 5,256M × $4 = 21,024; 876 more; BE 5 ÷ 6 = 83.33%
        ("sizing sheet:\n- PTUs: 6\n- price: $5.00 per unit-hour\n- each unit serves 1.5M tokens/hour at full load\n"
         "- blended on-demand rate: $4 per 1M tokens\n- expected utilization: 80%\n- 730-hour month\n"
         "provisioned vs on-demand for the month?",
         ["*$21,900.00*", "*$21,024.00*", "*$876.00 a month more*", "*83.33%*"]),
    ],
)
def test_units_against_what_the_same_capacity_costs_on_demand(text: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.BREAK_EVEN
    assert "Which unit hour price" not in reply_text(text)
    assert_figures(text, figures)


def test_two_offers_priced_by_the_unit_hour_are_still_asked_about() -> None:
    # no on-demand word beside the dearer price: two offers, not a price and its on-demand worth
    reply = reply_text("50 PTUs at $1.75/PTU-hr or $2.50/PTU-hr, which is better at 60% utilization?")
    assert "Which unit hour price should I use? I read $1.75 and $2.50." in reply


def test_one_unit_counted_on_its_own_is_still_one_unit() -> None:
    # "one unit" with no other count is the units taken: 1 × 20 × 730 = 14,600
    assert_figures("one unit at $20/unit-hr serves 4M tokens/hour at full load, blended $6/M on-demand, 70% "
                   "utilization. monthly?", ["*$14,600.00*", "*$12,264.00*"])


def test_a_full_use_said_alone_is_the_utilization() -> None:
    # 100% is the only load said: the units run flat out (30% below on-demand: 70% of it)
    fields = parse("20 PTUs at $1.40/PTU-hr, on-demand worth $2.00/PTU-hr, they run at 100% utilization").fields
    assert fields.utilization == [1]
