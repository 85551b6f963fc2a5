"""Batch 87's prose classes, in sentences of our own: a job that runs some hours "a night" spends its load over those
hours alone; a spike said of "it" ("close spikes it to 3x that") is the peak-to-average ratio; calls "they forecast
for the year" are the year's calls."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import assert_figures


def test_a_nightly_job_runs_its_load_over_its_hours_alone() -> None:
    for hours in ("runs 4 hours a night", "runs 4 hrs nightly"):
        text = (f"the reindex job {hours}, steady at 100k input and 10k output tokens per minute, $1/$4 per M. "
                "what does one night cost, and a 30-day month?")
        assert parse(text).fields.active_hours == 4, hours
        # 100k × 240 min × $1/1M = $24.00; 10k × 240 × $4/1M = $9.60; × 30 nights
        assert_figures(text, ["$24.00", "$9.60", "$33.60", "$1,008.00"])


def test_a_spike_said_of_it_is_the_peak_to_average_ratio() -> None:
    for spike in ("quarter-end spikes it to 3x that", "launches push it up to 3x that",
                  "it surges to 3x that on Mondays"):
        text = (f"the search api averages 500k tokens a minute; {spike}. sized for peak with 25% off on-demand, what "
                "utilization and how does the cost compare?")
        assert parse(text).fields.peak_to_average == 3, spike
        assert_figures(text, ["33.33%", "2.25"])  # 1 ÷ 3; (1 − 25%) ÷ ⅓


def test_calls_forecast_for_a_period_are_that_periods_calls() -> None:
    for said, period in (("the ~1.2M calls they forecast for the year", "year"),
                         ("the 90k requests we expect over the quarter", "quarter")):
        text = f"each call is 2,000 in and 500 out at $2/$8 per M. what's one call, and {said}?"
        fields = parse(text).fields
        assert fields.calls_per_day is not None and fields.volume_period == period, said
    assert_figures("each call is 2,000 in and 500 out at $2/$8 per M. what's one call, and the ~1.2M calls they "
                   "forecast for the year?", ["$0.008", "$9,600.00"])


def test_a_quarter_called_some_weeks_after_a_few_words() -> None:
    text = ("they run 20M input and 4M output tokens a week at $2/$8 per M. what does a quarter come to, call it 13 "
            "weeks?")
    assert_figures(text, ["$936.00"])  # (20 × $2 + 4 × $8) × 13


def test_the_other_sides_rate_said_bare_after_one_sides_rate() -> None:
    for rates in ("in is 50 cents per million, out is 2.00", "input $0.50/M, output 2.00", "in $0.50 per m out 2.00"):
        text = f"1,000 in 200 out per call, 10k calls a day. {rates}. daily?"
        fields = parse(text).fields
        assert fields.input_rate == Decimal("0.5") and fields.output_rate == 2, rates
        assert_figures(text, ["$5.00", "$4.00", "$9.00"])


def test_a_point_decimal_elsewhere_makes_three_decimals_a_price() -> None:
    text = ("1M calls/mo, 80% hit rate, 2k prefix. rates 1.50 in, 15c cached read, 1.875 cache write (all per M). "
            "net monthly?")
    fields = parse(text).fields
    assert (fields.input_rate, fields.cache_read_rate, fields.cache_write_rate) == (
        Decimal("1.5"), Decimal("0.15"), Decimal("1.875"))
    assert fields.input_tokens_per_call is None  # "1.50 in" is the input price, never 1.5 input tokens
    # 800,000 hits × 2,000 × $1.35/1M = $2,160; 200,000 writes × 2,000 × $0.375/1M = $150
    assert_figures(text, ["$2,010.00"])


def test_a_thousands_dot_beside_no_point_decimal_is_still_asked() -> None:
    ask = parse("we did 1.500 runs yesterday. cost?")
    assert any("1.500" in a.question for a in ask.ambiguities)
