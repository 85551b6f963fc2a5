"""Batch 87's prose classes, in sentences of our own: a job that runs some hours "a night" spends its load over those
hours alone; a spike said of "it" ("close spikes it to 3x that") is the peak-to-average ratio; calls "they forecast
for the year" are the year's calls."""

from __future__ import annotations

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
