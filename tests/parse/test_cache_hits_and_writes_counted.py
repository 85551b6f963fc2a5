"""Cache hits and writes given as counts (our own sentences, not a scored batch's): the hits are hits, not calls; the
calls are the hits plus the writes; a period said before the counts ("per day we see ...") is theirs; writes said as
so many "of those" calls leave the rest as hits; a sheet's hits and writes columns read the same way.

Worked figures: 8,000-token prefix, $2 input, $0.20 read, $2.50 write per 1M: a hit saves 8,000 × $1.80/1M = $0.0144,
a write adds 8,000 × $0.50/1M = $0.004. 5,000 hits and 30 writes a day: $72.00 − $0.12 = $71.88 a day; a 730-hour
month is × 730 ÷ 24 ($2,186.35), a quarter three of them ($6,559.05), a year 365 days ($26,236.20).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse

_RATES = "8k prefix, $2 in / $0.20 read / $2.50 write (per M)."


@pytest.mark.parametrize(
    "text",
    [
        f"{_RATES} 5,000 cache hits a day and 30 cache writes a day. net per day?",
        f"{_RATES} 5k hits/day, 30 writes/day - net saving?",
        f"{_RATES} Per day we expect 5,000 cache hits and around 30 cache writes. What's the net?",
        f"{_RATES} each day it's ~5k hits and ~30 writes. still worth it?",
        f"{_RATES} They make 5,030 calls a day; of those 5,030, roughly 30 will be cache writes and the rest hits. "
        "daily net?",
        "prefix_tokens,input_per_m,cache_read_per_m,cache_write_per_m,hits_per_day,writes_per_day\n"
        "8000,2.00,0.20,2.50,5000,30\nnet caching saving per day?",
    ],
)
def test_hits_and_writes_counted_are_hits_and_writes(text: str) -> None:
    fields = parse(text).fields
    assert (fields.calls_per_day, fields.writes_per_day) == (Decimal(5030), Decimal(30)), fields
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "caching", reply.text
    for figure in ("5,000 hits", "$72.00", "$0.12", "$71.88"):
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    ("asked", "figure"),
    [("this quarter", "$6,559.05"), ("net per day and per year", "$26,236.20"), ("monthly", "$2,186.35")],
)
def test_hits_and_writes_counted_over_a_longer_period(asked: str, figure: str) -> None:
    reply = router.answer(f"{_RATES} 5,000 hits/day and 30 writes/day. savings {asked}?", rate_cards={})
    assert "$71.88" in reply.text and figure in reply.text, reply.text


def test_more_writes_than_hits_still_nets_what_it_nets() -> None:
    # 20,000-token prefix, $3 in / $0.30 read / $3.75 write: a hit saves $0.054, a write adds $0.015;
    # 100 hits ($5.40) and 300 writes ($4.50) a day net $0.90
    text = ("20k-token prefix. input $3, cache write $3.75, cache read $0.30 per M. "
            "per day it's ~100 hits and ~300 writes")
    reply = router.answer(text, rate_cards={})
    for figure in ("$5.40", "$4.50", "$0.90 a day"):
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    ("text", "calls", "writes"),
    [
        # calls with writes: the writes are among the calls (the rest hit)
        (f"{_RATES} 5,000 calls a day and 30 writes a day. net?", Decimal(5000), Decimal(30)),
        # hits alone: every call counted is a hit; the writes are the engine's to work out
        (f"{_RATES} 5,000 cache hits a day. daily saving?", Decimal(5000), None),
        # writes as so many of the calls, said the usual way round
        (f"{_RATES} 5,000 calls a day, about 30 of those end up being writes", Decimal(5000), Decimal(30)),
    ],
)
def test_calls_with_writes_are_left_as_they_were(text: str, calls: Decimal, writes: Decimal | None) -> None:
    fields = parse(text).fields
    assert (fields.calls_per_day, fields.writes_per_day) == (calls, writes), fields


def test_a_period_before_a_question_is_not_the_counts_period() -> None:
    # the period asked about is not given to a count in the next sentence
    text = f"{_RATES} what's the saving per day? we see 5,000 cache hits"
    assert parse(text).fields.calls_per_day is None


def test_a_structure_question_shows_the_caching_month_beside_the_day() -> None:
    # 4,000 × ($2 − $0.20)/1M = $0.0072 a hit; × 20,000 = $144.00 a day; × 730 ÷ 24 = $4,380.00 a month
    reply = router.answer("support bot, 4k-token policy doc prefix, 20k calls/day, $2/M in, $0.20 cached, spiky load. "
                          "which structure, and savings per day and month?", rate_cards={})
    assert reply.intent == "scenario", reply.text
    assert "$144.00 a day" in reply.text and "$4,380.00 a 730-hour month" in reply.text, reply.text


_EXPLICIT = ("Gemini explicit cache of a 100k-token manual: input $1.25/M, cached read $0.3125/M, storage $4.50 per 1M "
             "tokens per hour, 1 hour TTL, re-created every hour across an 8-hour workday; the first call each hour "
             "creates it and creation is billed at the standard input rate. {volume}. net per day?")


@pytest.mark.parametrize(
    ("volume", "net"),
    [
        # hits counted: 400 × 100,000 × $0.9375/1M = $37.50 − storage 0.1M × $4.50 × 8 h ($3.60) = $33.90
        ("400 cache hits a day", "$33.90"),
        # calls counted: 8 of the 400 create the cache, 392 hit: $36.75 − $3.60 = $33.15
        ("400 calls a day", "$33.15"),
    ],
)
def test_hits_counted_on_a_cache_a_call_creates_are_all_hits(volume: str, net: str) -> None:
    reply = router.answer(_EXPLICIT.format(volume=volume), rate_cards={})
    assert f"{net} a day" in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        f"{_RATES} traffic is ~500 hits and 3 writes per hour, ten hours a day. daily net?",
        f"{_RATES} 500 hits an hour and 3 writes an hour over a 10-hour day. net per day?",
        f"{_RATES} 500 hits/hr, 3 writes/hr, 10 hours a day. net a day?",
        f"{_RATES} roughly 500 hits an hour over an eight-to-six, and maybe 30 writes across the whole day. "
        "what's that worth per day?",
        f"{_RATES} 625 hits an hour over a nine-to-five (8 hrs), 30 writes over the whole day. daily net?",
        f"{_RATES} 500 hits an hour, ten hours a day, and 30 writes a day. net per day?",
    ],
)
def test_hourly_counts_run_over_the_active_hours(text: str) -> None:
    # 5,000 hits and 30 writes a day, however the hours are said: writes counted by the hour run only over the active
    # hours (3 × 10), writes counted over the day stay the day's
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "caching", reply.text
    for figure in ("5,000 hits", "30 writes", "$72.00", "$0.12", "$71.88 a day"):
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    "text",
    [
        f"{_RATES} 500 hits and 3 writes per hour, 24/7. daily net?",
        f"{_RATES} 500 hits an hour and 3 writes an hour round the clock. net per day?",
    ],
)
def test_hourly_counts_round_the_clock_run_all_day(text: str) -> None:
    # near miss: no active hours said, so the hour's counts run 24 hours: 12,000 × $0.0144 − 72 × $0.004 = $172.51
    reply = router.answer(text, rate_cards={})
    for figure in ("12,000 hits", "72 writes", "$172.51 a day"):
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    ("asked", "figure"),
    [
        ("net per working week (5 days)?", "$359.40"),
        ("what's the net per working week?", "$359.40"),
        ("net per business week of 4 days?", "$287.52"),
        # near miss: a plain week is seven days
        ("net per week?", "$503.16"),
    ],
)
def test_hits_and_writes_counted_over_a_working_week(asked: str, figure: str) -> None:
    reply = router.answer(f"{_RATES} 5,000 hits and 30 writes a day. {asked}", rate_cards={})
    assert "$71.88" in reply.text and figure in reply.text, reply.text


def test_a_working_day_idiom_is_not_a_mix() -> None:
    # near miss: "3-to-1" beside input and output is a token mix, not a working day
    fields = parse("3-to-1 input to output, 4k tokens a call, $3/$15, 10k calls a day. monthly?").fields
    assert fields.active_hours is None, fields
