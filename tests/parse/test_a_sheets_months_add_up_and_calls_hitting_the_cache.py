"""A sheet with a row per month of one workload (Apr, May, Jun) is that quarter's traffic, its columns added up (twelve
rows, the year's), never three separate deals each asked for a period; calls "hitting the cache" are cache hits."""

from __future__ import annotations

from bot import router
from bot.parse.tables import item_rows


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


QUARTER = ("Q2 recap, a row per month:\nmonth | cache_hits\nApr | 20k\nMay | 25k\nJun | 35k\n"
           "prefix 6,000 tokens, input $4/M, cached read $0.40/M, write $5/M; 900 writes over the quarter. "
           "saving per hit and net for the quarter?")


def test_a_quarters_months_are_one_workload_added_up() -> None:
    assert item_rows(QUARTER) is None
    text = reply(QUARTER)
    assert "*$0.0216*" in text  # 6,000 × ($4 − $0.40) / 1M
    # 80,000 hits × $0.0216 = $1,728; 900 writes × 6,000 × ($5 − $4) / 1M = $5.40
    assert "hits save $1,728.00 − writes cost $5.40 = *$1,722.60* net" in text
    assert "a day, an hour or a month" not in text


def test_twelve_months_of_spend_are_the_years() -> None:
    months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    rows = "\n".join(f"{m} | $10,000" for m in months)
    text = reply(f"month | direct_spend\n{rows}\nBedrock lists 20% over direct, EA 10%. yearly on Bedrock?")
    assert "$129,600.00" in text  # 120,000 × 1.2 × 0.9


def test_months_that_are_not_a_quarter_or_a_year_stay_rows() -> None:
    assert item_rows("month | calls\nJan | 20k\nFeb | 25k\n1,000 in / 200 out at $3/$15. cost each month?") is not None


def test_calls_hitting_the_cache_are_hits() -> None:
    text = reply("80,000 calls hitting the cache over the quarter, 6,000-token prefix, input $4/M, cached read "
                 "$0.40/M, write $5/M, 900 writes over the quarter. net saving for the quarter?")
    assert "*$1,722.60* net" in text


def test_months_apart_are_no_quarter() -> None:
    text = "month | calls\nJan | 20k\nApr | 25k\nJul | 35k\n1,000 in / 200 out at $3/$15. cost?"
    assert item_rows(text) is not None
