"""An exact figure after the approximate one ("a bit over a third off, 35% exactly"), on-demand for the same tokens
that "runs 60k a month", each side's label before its price ("direct: in $2.50 / out $10.00 per MTok"), and a peak
smoothed to a second ratio ("smooth it down to 1.25:1"). Our own sentences."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_the_exact_figure_after_an_approximate_one() -> None:
    fields = parse("they're offering roughly a quarter off, 27% exactly vs on-demand. break-even?").fields
    assert fields.discount == Decimal("0.27")


def test_on_demand_that_runs_an_amount_a_month() -> None:
    fields = parse("5 units at $10 per unit hour all month and on demand for the same tokens runs 40k a month. "
                   "saving?").fields
    assert fields.on_demand_spend == Decimal(40000)
    assert parse("on-demand volume comes to 500M a month, 3 units at $4.80/hr").fields.on_demand_spend is None


def test_side_labels_before_each_price_on_keyed_lines() -> None:
    text = "direct: in $1.00 / out $4.00 per MTok\nbedrock: in $1.25 / out $5.00 per MTok\nEA: 10% off\nmarkup?"
    reply = reply_text(text)
    assert "25%" in reply and "12.5%" in reply  # 1.25 × 0.9 − 1


def test_a_peak_smoothed_to_a_second_ratio() -> None:
    text = "sized for peak at 3:1 peak to average, 40% off. what if they smooth it down to 1.5:1 with a queue?"
    fields = parse(text).fields
    assert fields.peak_to_average == Decimal(3)
    assert "0.9×" in reply_text(text)  # (1 − 40%) × 1.5
