"""A console export over the last seven days: its requests and token counts are the week's (a count no call could hold
is a period's total, even beside the requests), and its cached input tokens save their count × (input − read) over
that week."""

from __future__ import annotations

from bot import router
from bot.parse import parse

EXPORT = ("Console export (last 7 days)\nrequests: 140,000\ninput tokens: 350M\noutput tokens: 70M\n"
          "cached input tokens: 210M\nrates: in $2, cached $0.20, out $8 per M\nwhat did caching save this week?")


def test_the_exports_counts_are_the_weeks() -> None:
    fields = parse(EXPORT).fields
    day = [fields.calls_per_day, fields.input_tokens_per_day, fields.output_tokens_per_day,
           fields.cached_tokens_per_day]
    assert all(value is not None for value in day)
    assert [round(value) for value in day if value is not None] == [20_000, 50_000_000, 10_000_000, 30_000_000]
    assert fields.input_tokens_per_call is None


def test_the_cached_tokens_saving_over_the_week() -> None:
    text = router.answer(EXPORT, rate_cards={}).text
    # 30M a day × ($2 − $0.20)/1M = $54 a day; × 7 = $378
    assert "*$54.00 a day*" in text
    assert "over the week the counts cover, $54.00 × 7 days = *$378.00*" in text
