"""Traffic that runs only some days of the week: the week, month, quarter and year figures all run those days (a
month, quarter or year is its every-day figure × days ÷ 7), and the reply says which figures assume every day."""

from __future__ import annotations

from decimal import Decimal

from pricing.caching import CachingRequest, analyse_caching
from pricing.caching_figures import caching_over
from pricing.periods import daily_over_period
from pricing.rates import Rates
from tests.support.replies import assert_figures, reply_text


def test_a_working_week_scales_the_month_beside_the_week() -> None:
    # net $157 a day (9,000 × $0.018 − 1,000 × $0.005); week 5 × $157 = $785; month $157 × 730 ÷ 24 × 5 ÷ 7 = $3,411.01
    text = ("4k-token system prompt, $5/M input, hits at $0.50/M, 10k calls a day, 90% hit rate, runs 5 days a week. "
            "weekly and monthly net saving?")
    assert_figures(text, ["*$785.00* net", "Per 730-hour month at 5 days a week", "*$3,411.01* net"])
    assert "*$4,775.42* net" not in reply_text(text)  # the seven-day month is never given as the per-period figure
    assert "assume traffic every day of the week" in reply_text(text)


def test_weekday_traffic_scales_the_quarter_and_year() -> None:
    # net $241.20 a day; quarter $241.20 × 2,190 ÷ 24 × 5 ÷ 7 = $15,721.07; year $241.20 × 365 × 5 ÷ 7 = $62,884.29;
    # every call hitting: $324 × 365 × 5 ÷ 7 = $84,471.43 a year
    assert_figures("6k prefix, $3/M input, cached reads $0.30/M, 20k calls a day on weekdays only, 80% hits. yearly "
                   "and quarterly saving if every call hits, and net?",
                   ["*$15,721.07* net", "*$62,884.29* net", "*$84,471.43 a year*"])


def test_every_period_is_the_every_day_figure_times_days_over_seven() -> None:
    rates = Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal("0.5"), cache_write=Decimal("6.25"),
                  source="test")
    result = analyse_caching(CachingRequest(rates=rates, prefix_tokens=4000, calls_per_day=Decimal(10_000),
                                            hit_ratio=Decimal("0.9")))
    for period in ("month", "quarter", "year"):
        every_day = caching_over(result, period)
        four_days = caching_over(result, period, Decimal(4))
        assert four_days.net == every_day.net * 4 / 7
        assert four_days.calls == every_day.calls * 4 / 7
        assert four_days.days == Decimal(4)
        assert daily_over_period(Decimal(100), period, days_a_week=Decimal(4)).total == (
            daily_over_period(Decimal(100), period).total * 4 / 7)
    assert caching_over(result, "week", Decimal(4)).net == result.net_saving_per_day * 4
    assert caching_over(result, "month", Decimal(7)).days is None


def test_a_quotes_year_runs_the_days_a_week_said() -> None:
    # $140 a day (40M × $2/1M + 6M × $10/1M at a stated rate); 365 × 4 ÷ 7 = 209 days: $29,260.00 a year
    text = ("40M input and 6M output tokens a day at $2/M in and $10/M out, four days a week. annual cost and "
            "quarterly?")
    assert_figures(text, ["Per year of 209 days the traffic runs (4 days a week)", "*$29,260.00*",
                          "three 730-hour months, traffic every day of the week"])
    assert "*$51,100.00*" not in reply_text(text)  # 365 × $140: a year of every day
