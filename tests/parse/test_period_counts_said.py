"""A quote shows the calls and tokens of each period it prices, and a period's length said the way the engine counts
it ("(730 hrs)", "(365)", "8,760 hours") confirms that period instead of being listed as unused (our own sentences,
not a scored batch's)."""

from __future__ import annotations

import pytest

from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2,000 × 24 = 48,000 a day; × 730 ÷ 24 = 1,460,000 calls; × 1,500 = 2,190,000,000 in; × 300 = 438,000,000 out
        ("2,000 requests an hour around the clock, 1.5k in / 300 out, $1/$5 - monthly?",
         ["1,460,000 calls", "2,190,000,000 input + 438,000,000 output tokens"]),
        # 12,000 × 365 = 4,380,000 calls; × 800 = 3,504,000,000 in; × 200 = 876,000,000 out
        ("12,000 calls/day, every day of the year, 800 in / 200 out at $0.50/$1.50, annual figure?",
         ["4,380,000 calls", "3,504,000,000 input + 876,000,000 output tokens"]),
        # 40 × 86,400 = 3,456,000 a day; × 730 ÷ 24 = 105,120,000 calls
        ("40 requests/second 24/7, 300 in / 50 out, $0.20/$0.80 - what's a month (730 hours)?", ["105,120,000 calls"]),
        # 20,000 × 7 = 140,000 calls a week
        ("20k calls a day, 1k in / 100 out, $2/$8, weekly cost?", ["140,000 calls"]),
        # tokens stated a day, no calls: 30M × 730 ÷ 24 = 912,500,000 input, 6M → 182,500,000 output a month
        ("30M input and 6M output tokens a day at $1/$3, monthly?", ["912,500,000 input + 182,500,000 output tokens"]),
    ],
)
def test_each_priced_period_shows_its_calls_and_tokens(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        "9k calls/day every day of the year (365), 2k in / 300 out, $0.30/$1.20. yearly?",
        "150 requests/min, 24/7, 1k in + 200 out, $2.50/$10. monthly total please (730 hrs).",
        "6k calls a day, 500 in / 100 out at $1/$4; what's the year at 8,760 hours?",
        "25k calls a day, 700 in 150 out, $0.40/$1.60 - weekly (168h)?",
    ],
)
def test_the_engines_period_length_said_is_not_unused(text: str) -> None:
    reply = reply_text(text)
    assert "Not used" not in reply, reply
    assert " holds " in reply  # the period asked is priced with its volume


def test_another_month_length_is_said_to_be_unused() -> None:
    # the engine's month is 730 hours: a 720-hour month is not silently taken as the same thing
    reply = reply_text("3k calls/day 500 in 100 out $1/$2, monthly (720 hrs)?")
    assert "Not used" in reply and "720 hrs" in reply
