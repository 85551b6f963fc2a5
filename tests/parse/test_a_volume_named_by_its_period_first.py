"""A volume of calls named by its period first ("weekly volume on their OCR flow is ~90,000 calls", "daily traffic is
about 40k requests") is counted over that period, so the two offers are priced over it."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_weekly_volume_on_a_flow_is_that_weeks_calls() -> None:
    text = reply("Weekly volume on their intake flow is ~50,000 calls. Option A is a flat $0.01 per call. Option B is "
                 "per-token at $1 in / $5 out per million, and their average call is 5,000 input + 400 output tokens. "
                 "Which comes out cheaper for a week?")
    # per token a call: 5,000 × $1/1M + 400 × $5/1M = $0.007; a week: $350 against $500 for the fee
    assert "Per week (50,000 calls)" in text
    assert "*$150.00*" in text
    assert "calls a day, an hour or a month" not in text


def test_daily_traffic_in_requests() -> None:
    text = reply("daily traffic is about 40k requests, each 1,000 in and 250 out, at $2/M in and $8/M out. daily cost?")
    # a request: $0.002 + $0.002 = $0.004; 40,000 a day: $160
    assert "*$160.00*" in text
