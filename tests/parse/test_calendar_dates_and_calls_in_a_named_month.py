"""A calendar date in a message ("week of 3 Mar", "March 3rd, 2026", "2026-03-03") dates the figures; it is never
listed as a figure the reply did not use. A count of calls after a month's name ("in March we did 600k calls") is
that month's calls."""

from __future__ import annotations

import pytest

from bot import router


@pytest.mark.parametrize("dated", ["week of 3 Mar", "on March 3rd, 2026", "dated 2026-03-03", "as of 3/3/2026",
                                   "since the 3rd of May", "for Sept 12"])
def test_a_date_beside_a_quote_is_not_a_figure_left_unused(dated: str) -> None:
    reply = router.answer(f"{dated}: 20k calls a day, 1,000 tokens in and 200 out at $3/$15 per 1M. monthly cost?",
                          rate_cards={}).text
    assert "$3,650.00" in reply  # 20,000 × (1,000 × $3 + 200 × $15) / 1M = $120 a day × 730 h / 24 h
    assert "Not used" not in reply


@pytest.mark.parametrize("said", ["in March we did 600k calls", "in mar 600k calls", "during Mar: ~600k requests"])
def test_calls_after_a_months_name_are_that_months(said: str) -> None:
    reply = router.answer(f"{said}, 1,000 tokens in and 200 out at $3/$15 per 1M. what did that cost?",
                          rate_cards={}).text
    assert "$3,600.00" in reply  # 600,000 × $0.006
    assert "a day, an hour or a month" not in reply


def test_calls_a_day_after_a_months_name_stay_a_days() -> None:
    reply = router.answer("in march we did 20k calls a day, 1,000 in and 200 out at $3/$15 per 1M; monthly?",
                          rate_cards={}).text
    assert "$3,650.00" in reply and "$3,600.00" not in reply


def test_calls_with_no_period_are_asked_about_once() -> None:
    reply = router.answer("600k calls, 1,000 tokens in and 200 out at $3/$15 per 1M. what did that cost?",
                          rate_cards={}).text
    assert "a day, an hour or a month" in reply and "If that is one call" not in reply
