"""A count of calls said over one period named in words ("in one day", "over a single month", "for one day: 10,000
calls") is that period's volume, not a count whose period is asked for; a count over several days is still asked
about."""

import pytest

from bot.router import answer

CACHE = "2,000-token prefix, $3/M input, $0.30/M read, 90% hits. net saving?"
# 10,000 calls a day: 9,000 hits × 2,000 × $2.70/1M = $48.60; 1,000 writes × 2,000 × ($3.75 − $3)/1M = $1.50
NET_A_DAY = "$47.10 a day"


@pytest.mark.parametrize("volume", [
    "10,000 calls in one day",
    "10,000 requests over a single day",
    "in our logs for one day: 10,000 calls",
    "over a typical day, they made 10,000 calls",
    "for 1 day - 10,000 requests",
    "10.000 calls in one day",
])
def test_calls_over_one_day_said_in_words_are_a_days_volume(volume: str) -> None:
    reply = answer(f"{volume}, {CACHE}")
    assert reply.intent == "caching"
    assert NET_A_DAY in reply.text, reply.text
    assert "Is that 10,000 calls a day" not in reply.text


def test_a_month_named_first_is_the_counts_period() -> None:
    # 300,000 × (1,000 × $3 + 200 × $15)/1M = $1,800.00 a month
    reply = answer("in a typical month they made 300k requests, 1,000 in / 200 out at $3/M in and $15/M out. "
                   "monthly bill?")
    assert reply.intent == "quote"
    assert "$1,800.00" in reply.text


@pytest.mark.parametrize("volume", ["10,000 calls in 2 days", "10,000 calls in three days"])
def test_calls_over_several_days_are_not_read_as_a_days(volume: str) -> None:
    reply = answer(f"{volume}, {CACHE}")
    assert NET_A_DAY not in reply.text


@pytest.mark.parametrize(("ask", "net"), [
    # 9,980 hits × 2,500 × $0.90/1M = $22.455; 20 writes × 2,500 × $0.25/1M = $0.0125; net $22.4425
    ("in the logs for one day: 10,000 calls, 20 were cache writes, 9,980 cache hits. prefix 2,500 tokens, input "
     "$1/M, read $0.10/M, write $1.25/M. net saving that day?", "$22.44 a day"),
    # 7,950 × 2,000 × $1.80/1M = $28.62; 50 × 2,000 × $0.50/1M = $0.05; net $28.57
    ("over one day 8,000 calls, 7,950 cache hits, 50 were writes. prefix 2k tokens, $2/M input, $0.20/M cached, "
     "$2.50/M write. net?", "$28.57 a day"),
])
def test_writes_counted_with_a_verb_are_the_days_writes(ask: str, net: str) -> None:
    reply = answer(ask)
    assert net in reply.text, reply.text
    assert "Not used in these figures" not in reply.text
