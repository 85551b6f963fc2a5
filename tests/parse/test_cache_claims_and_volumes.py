"""Caching asks in the words reps use (our own sentences): a claimed saving per hit and per day checked yes or no
first, and a call volume whose period is said around it ("$120/day at 8k calls", "spread evenly over 24h")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse


def _reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("a 5k prefix at $3/M, reads $0.30: it's worth $108/day at 8k calls", Decimal(8000)),
        ("3k cached prompt, $2/M in, $0.20/M reads, we'd save about $30 a day for 6,000 requests", Decimal(6000)),
    ],
)
def test_calls_after_a_figure_take_its_period(text: str, calls: Decimal) -> None:
    ask = parse(text)
    assert ask.fields.calls_per_day == calls and not ask.ambiguities


@pytest.mark.parametrize(
    ("text", "calls", "hours"),
    [
        ("1,200 calls spread evenly over 24h, 4k prefix, $3 in / $0.30 read / $3.75 write", Decimal(1200), 24),
        ("600 requests arriving at random through the 10 hours, 4k prefix, $3/$0.30", Decimal(600), 10),
    ],
)
def test_calls_spread_over_the_hours_are_a_days_calls(text: str, calls: Decimal, hours: int) -> None:
    fields = parse(text).fields
    assert (fields.calls_per_day, fields.active_hours) == (calls, Decimal(hours))


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # 6,000 × ($3 − $0.30)/1M = $0.0162; × 20,000 = $324.00
        ("so a 6k system prompt at $3/M with reads at $0.30 saves $0.0162 per hit and $324/day at 20k calls, right?",
         "*Yes:* a hit saves 6,000 × ($3.00/1M − $0.30/1M) = $0.0162; with all 20,000 calls a day hitting, $0.0162 × "
         "20,000 = $324.00 a day (worked below)."),
        # 8,000 × ($2.50 − $0.25)/1M = $0.018, not $0.02; × 5,000 = $90.00, not $100
        ("quick check: 8k prefix, $2.50/M input, cached $0.25/M - that saves $0.02 a hit and $100/day at 5k calls?",
         "*No:* a hit saves 8,000 × ($2.50/1M − $0.25/1M) = $0.018, not $0.02; with all 5,000 calls a day hitting, "
         "$0.018 × 5,000 = $90.00 a day, not $100.00 (worked below)."),
        # 2,000 × ($2 − $0.20)/1M = $0.0036, not $0.005 (no volume: the per-hit check alone)
        ("2k prefix, $2/M input, cached $0.20/M: that saves $0.005 a hit, correct?",
         "*No:* a hit saves 2,000 × ($2.00/1M − $0.20/1M) = $0.0036, not $0.005 (worked below)."),
    ],
)
def test_a_claimed_cache_saving_is_answered_yes_or_no_first(text: str, first: str) -> None:
    assert _reply(text).splitlines()[1] == first


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("2k system prompt, $3 input, forty-cent reads, 10k calls a day", "cache_read_rate", Decimal("0.4")),
        ("a twelve-cent fee per document against $1/$4 per M, 900 in / 50 out", "per_call_fee", Decimal("0.12")),
        ("3k prefix, $3 in / $0.30 cached, about 73k customer enquiries a month", "calls_per_day", Decimal(2400)),
    ],
)
def test_prices_in_hyphened_cents_and_enquiries_as_calls(text: str, field: str, value: Decimal) -> None:
    assert getattr(parse(text).fields, field) == value


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # 2,000 × ($3 − $0.30)/1M = $0.0054 a hit; 2,000 × $0.75/1M = $0.0015 a write; 20k calls
        # at 97%: 19,400 × 0.0054 − 600 × 0.0015 = $103.86 a day;
        # at 90%: 18,000 × 0.0054 − 2,000 × 0.0015 = $94.20 a day
        ("vendor promises 97% cache hits but I'd model 90%. 2k prefix, $3 in / $0.30 read / $3.75 write, 20k calls a "
         "day. net at 97% vs 90%?",
         "• At 90% hits: writes = 20,000 × (1 − 90%) = 2,000; 18,000 hits × $0.0054 − 2,000 writes × $0.0015 = "
         "*$94.20 a day*; × 730 h ÷ 24 h = *$2,865.25* a month, $293.83 a month less than at 97%."),
        # 5k calls at 80%: 4,000 × $0.0054 − 1,000 × $0.0015 = $20.10; at 92%: 4,600 × 0.0054 − 400 × 0.0015 = $24.24
        ("2k prefix, $3 in / $0.30 read / $3.75 write, 5k calls/day at 80% hits. and if the hit rate climbs to 92%?",
         "• At 92% hits: writes = 5,000 × (1 − 92%) = 400; 4,600 hits × $0.0054 − 400 writes × $0.0015 = *$24.24 a "
         "day*; × 730 h ÷ 24 h = *$737.30* a month, $125.93 a month more than at 80%."),
    ],
)
def test_two_hit_rates_are_each_worked_out(text: str, line: str) -> None:
    ask = parse(text)
    assert len(ask.fields.compare_hit_ratios) == 2 and not ask.ambiguities
    assert line in _reply(text)


def test_the_calls_a_day_that_pay_for_a_kept_cache() -> None:
    # 100k × $4.50/1M = $0.45 an hour, × 24 = $10.80 a day; a hit saves 100k × ($1.25 − $0.125)/1M = $0.1125;
    # $10.80 ÷ $0.1125 = 96 calls a day
    reply = _reply("gemini context cache of 100k tokens kept all day (24h), storage $4.50 per MTok per hour, input "
                   "$1.25/M, cached $0.125/M: how many calls a day pay for the storage?")
    assert "$10.80 ÷ $0.1125 = *96 calls a day*" in reply
