"""Caching with calls arriving at random and a TTL that a hit refreshes (our own sentences, not a scored batch's):
writes are calls × e^(−λ·TTL), at least one a day, shown with the numbers so a calculator reproduces them, and a
cache whose writes cost more than its hits save is said to lose money, with the figures."""

from __future__ import annotations

import pytest

from bot import router
from bot.format import sig_for
from tests.support.arithmetic import checks
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # λ·TTL = 60 × 5 ÷ 600 = 0.5; writes = 60 × 0.6065 = 36.39; hits 23.61;
        # net = 23.61 × $0.0135 − 36.39 × $0.00375 = $0.3187 − $0.1365 = $0.1822 a day.
        ("requests land randomly, ~6 per hour through a 10 hour day; 5k prefix, $3/M in, $0.30 cached, $3.75 write, "
         "5 min ttl that resets on each hit. net a day?", ["36.39", "60 × 0.6065", "$0.1822"]),
        # λ·TTL = 240 × 5 ÷ 480 = 2.5; writes = 240 × 0.08208 = 19.70; net = 220.3 × $0.009 − 19.70 × $0.0025.
        ("Poisson traffic of 30 calls/hr over 8 business hours, 3,000 token prefix, input $3.50 per MTok, "
         "cache reads $0.50, writes $4.375, TTL 5 minutes refreshed on every hit — is it worth it?",
         ["19.7", "240 × 0.08208"]),
        # λ·TTL = 12 × 60 ÷ 720 = 1; 12 × 0.3679 = 4.41 writes a day.
        ("a request every hour on average, random, over 12 hours; 1h TTL refreshed on hit; 50k-token doc at "
         "$3 in, $0.30 read, $6 write", ["12 × 0.3679", "4.41"]),
    ],
)
def test_random_arrivals_write_calls_times_e_to_the_minus_lambda_ttl(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_busy_random_traffic_writes_once_a_day_at_least() -> None:
    reply = reply_text("about 500 calls a minute at random around the clock, 6k prefix, $3 in, $0.30 read, "
                       "$3.75 write, 5 min TTL")
    assert "under one" in reply and "*1 write a day* at least" in reply
    assert "719,999 hits" in reply


@pytest.mark.parametrize(
    "text",
    [
        "calls arrive at random, about 2 an hour over 9 hours; 30k prefix, $3 in, $0.30 read, $3.75 write, 5 min TTL",
        "only a handful of requests - maybe a request every half hour, random, 24/7. 12k token prompt, "
        "$5 in / $0.50 hit / $6.25 write, ttl 5m. switch caching on?",
    ],
)
def test_a_cache_that_loses_money_says_so_with_the_figures(text: str) -> None:
    reply = reply_text(text)
    assert "*Caching loses money here:*" in reply
    loss = reply.split("Caching loses money here:*")[1].splitlines()[0]
    assert "the writes cost $" in loss and "the hits save" in loss and "a 730-hour month" in loss
    assert "-$" not in loss  # a loss said in words, with the amounts as positive figures


@pytest.mark.parametrize(
    "text",
    [
        "requests land randomly, ~6 per hour through a 10 hour day; 5k prefix, $3/M in, $0.30 cached, $3.75 write",
        "calls arrive at random, about 2 an hour over 9 hours; 30k prefix, $3 in, $0.30 read, $3.75 write, 5 min TTL",
        "about 500 calls a minute at random around the clock, 6k prefix, $3 in, $0.30 read, $3.75 write, 5 min TTL",
        "40,000 calls a day at random, 8k prefix, $3 in / $0.30 read / $3.75 write, 5-minute TTL",
    ],
)
def test_the_writes_line_multiplies_out(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    wrong = [f"{c.expression} = {c.shown}" for c in checks(reply.text) if not c.ok]
    assert not wrong, "\n".join(wrong)


def test_a_factor_gets_the_figures_its_product_needs() -> None:
    assert sig_for("0.36787944", 96) == "0.3679"  # 96 × 0.3679 = 35.32, as 96 × e^−1 = 35.3164
    assert sig_for("0.36787944", 10_000) == "0.367879"  # 0.3679 would give 3,679.00, not 3,678.79


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("600 calls a day between 9am and 5pm, 5 min ttl, 4k prefix, $3 in / $0.30 read", "8"),
        ("traffic runs 7:30am-7:30pm only; 2k calls a day, 4k prefix, $3 in / $0.30 read", "12"),
        ("night batch from 10pm to 6am, 5k calls a day at random, 4k prefix, $3 in / $0.30 read", "8"),
        ("busy 9-5pm (8 hours), 2,400 calls, 6k prefix, $3 in / $0.30 read, 5-minute TTL", "8"),
        ("requests land randomly, ~6 per hour through a 10 hour day; 5k prefix, $3/M in, $0.30 cached", "10"),
    ],
)
def test_the_hours_a_day_traffic_runs_from_clock_times(text: str, hours: str) -> None:
    from decimal import Decimal

    from bot.parse import parse

    assert parse(text).fields.active_hours == Decimal(hours)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # λ·TTL = 60 × 5 ÷ 600 = 0.5; 60 × 0.6065 = 36.39 writes
        ("random traffic, about 6 calls an hour across a 10-hour day, 5 min ttl refreshed on hits: cache writes per "
         "day?", ["60 × 0.6065", "*36.39*"]),
        # λ·TTL = 480 × 60 ÷ 1,440 = 20: under one write, so the cold start's one
        ("with a 1-hour TTL and 20 calls an hour at random all day, how many writes would the cache do daily?",
         ["*1 write a day* at least"]),
    ],
)
def test_writes_without_prices_or_a_prefix(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
