"""Caching with calls at a steady interval against a TTL a hit refreshes (our own sentences, not a scored batch's):
a gap longer than the TTL means every call writes; a gap within it means one write a day, the first call, with the
interval's calls counted over the active hours said. The reply says which and why."""

from __future__ import annotations

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # gap 4 min < 5-min TTL: 1 write, 149 hits over 10 h (600 ÷ 4 = 150 calls);
        # saving/hit = 6,000 × $2.70/1M = $0.0162; premium = 6,000 × $0.75/1M = $0.0045;
        # net = 149 × 0.0162 − 0.0045 = 2.4138 − 0.0045 = $2.41
        ("the reporting service polls the model every 4 minutes, 10 hours a day. 6k-token prefix, $3/M in, "
         "$0.30/M cached, $3.75/M write, 5 minute TTL reset on each hit. net per day?", ["$0.0162", "149", "$2.41"]),
        # gap 1 min: 24 h → 1,440 calls, 1 write, 1,439 hits; saving/hit = 2,000 × $4.50/1M = $0.009;
        # net = 1,439 × 0.009 − 2,000 × 1.25/1M = 12.951 − 0.0025 = $12.95
        ("heartbeat check fires exactly every 1 minute around the clock; 2,000 token system prompt; "
         "$5 input, $0.50 read, $6.25 write per M; 5-min TTL refreshed on hit", ["1,439", "$12.95"]),
        # gap 15 min > 5-min TTL: every call writes, 96 a day; premium = 8,000 × $0.75/1M = $0.006; 96 × 0.006 = $0.576
        ("our sync job only runs every 15 minutes, 24/7, 8,000 token prefix, $3/M input, $0.30/M cache read, "
         "$3.75/M cache write, TTL 5 min. does caching help?", ["96 writes", "$0.576"]),
        # gap 3 min over 6 h: 120 calls said, 1 write, 119 hits; 119 × (5,000 × $2.70/1M = $0.0135) − $0.00375 = $1.60
        ("an agent hits the model evenly every 3 minutes for 6 hours a day (120 calls), prefix 5,000 tokens, "
         "$3 in, $0.30 read, $3.75 write, ttl 5 minutes refreshed on every hit", ["119", "$1.60"]),
    ],
)
def test_steady_calls_write_by_the_gap_against_the_ttl(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_the_reply_says_why_the_writes_are_what_they_are() -> None:
    within = reply_text("a call every 2 minutes like clockwork, 8 hours a day, 4k prefix, $3 in, $0.30 read, "
                        "$3.75 write, 5 min TTL refreshed on hit")
    assert "within the 5-minute TTL" in within and "only the first call of the day writes" in within
    assert "hits = 240 − 1 = 239" in within
    beyond = reply_text("the cron job fires every 30 minutes round the clock, 4k prefix, $3 in, $0.30 read, "
                        "$3.75 write, 5 min TTL")
    assert "longer than the 5-minute TTL, so every call writes" in beyond and "*48 writes*" in beyond


def test_a_loss_over_a_month_of_days_is_said_as_what_caching_costs() -> None:
    # 144 writes × (6,000 × $0.75/1M = $0.0045) = $0.648 a day; × 30 = $19.44 more than no caching
    reply = reply_text("the batch job runs every 10 minutes 24/7, 6,000-token prefix, 5 min TTL, $3/M input, "
                       "$0.30/M read, $3.75/M write. what does caching do to a 30-day month?")
    assert "costs $19.44 more over those 30 days" in reply


@pytest.mark.parametrize(
    "text",
    [
        # random arrivals: the Poisson model still applies, whatever the average gap
        "calls arrive at random, on average every 2 minutes, 8 hours a day; 4k prefix, $3 in, $0.30 read, "
        "$3.75 write, 5 min TTL",
        # a hit rate said wins over the interval
        "a call every 2 minutes, 8 hours a day, 70% hit rate, 4k prefix, $3 in, $0.30 read, $3.75 write, 5 min TTL",
        # writes said win over the interval
        "a call every 2 minutes around the clock, 3 writes a day, 4k prefix, $3 in, $0.30 read, $3.75 write, 5 min TTL",
    ],
)
def test_near_misses_keep_their_reading(text: str) -> None:
    ask = parse(text)
    assert ask.fields.call_every_minutes is None
    assert "at a steady pace" not in reply_text(text)


def test_a_steady_interval_outside_caching_is_still_a_volume() -> None:
    ask = parse("a call every 2 minutes around the clock, 1,000 in / 200 out at $3/$15 per M. daily cost?")
    assert ask.intent.value == "quote" and ask.fields.calls_per_day == 720


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # who calls, then a verb of calling: gap 6 min > 5-min TTL over 10 h = 100 calls, all writes;
        # premium 3,000 × $0.75/1M = $0.00225 × 100 = $0.225 lost a day
        ("our poller pings the api every 6 minutes, 10 hrs a day, 5 min ttl refreshed on hit, 3k prefix, $3 in "
         "$0.30 read $3.75 write. net a day?", ["100 writes", "-$0.225"]),
        # "-ing" form: gap 3 min within the TTL round the clock, 480 calls, 1 write, 479 hits
        ("the kiosk app is querying the model every 3 min around the clock; 2k prefix, $3 in / $0.30 cached / $3.75 "
         "write, 5-min TTL", ["1 write", "479"]),
        # "twice a day, 8 hours apart": 2 calls, 480-minute gap, both write; premium 20,000 × $0.75/1M = $0.015 × 2
        ("the ETL task runs twice a day, 8 hours apart; 5-min TTL, 20k prefix, $3 in, $0.30 read, $3.75 write. "
         "worth caching?", ["2 writes", "-$0.03"]),
        # a count said beside the interval wins over the 24 hours the interval alone would fill: 20 calls, all write;
        # premium 5,000 × $0.75/1M = $0.00375 × 20 = $0.075
        ("the export job that fires every 30 minutes, 20 runs a day, 5-min TTL, 5k prefix, $3 in, $0.30 read, "
         "$3.75 write", ["20 writes", "-$0.075"]),
    ],
)
def test_the_interval_is_read_whoever_makes_the_calls(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "hit_rate"),
    [
        # gap 8 > 5: every call writes, hit rate 0%
        ("what does TTL mean? if the TTL is 5 minutes and the customer's job calls once every 8 minutes, what hit "
         "rate will they see?", "0%"),
        # gap 2 ≤ 5 round the clock: 720 calls, 1 write, 719 hits = 99.86%
        ("explain TTL. with a 5 minute TTL and the app calling exactly every 2 minutes around the clock, what's the "
         "hit rate", "99.86%"),
    ],
)
def test_a_hit_rate_from_the_interval_needs_no_prices(text: str, hit_rate: str) -> None:
    reply = reply_text(text)
    assert "TTL (cache lifetime)" in reply and f"a hit rate of *{hit_rate}*" in reply


@pytest.mark.parametrize(
    "text",
    [
        # the cache's own lifetime said with "every": no call interval
        "10k calls a day, the cache entry refreshes every 5 minutes, 3k prefix, $3 in, $0.30 read, $3.75 write",
        "the ttl resets every 5 minutes; 10k calls a day, 3k prefix, $3 in, $0.30 read, $3.75 write",
    ],
)
def test_a_lifetime_said_with_every_is_not_a_call_interval(text: str) -> None:
    assert parse(text).fields.call_every_minutes is None
