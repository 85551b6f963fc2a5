"""Cache writes said as a count or a share of a stated call volume are the writes priced, never replaced by the
arrival model's guess; hits counted among the calls leave the rest as writes; one period said after (or heading) a
list of hit and write counts is every count's period; the period or span of months asked is answered whatever period
the volume was said in; inputs that cannot all be placed are said (our own sentences, not a scored batch's).

Worked figures: 9,000-token prefix, $3 input, $0.30 read, $3.75 write per 1M: a hit saves 9,000 × $2.70/1M = $0.0243,
a write adds 9,000 × $0.75/1M = $0.00675. 4,500 calls a day of which 90 write: 4,410 × $0.0243 = $107.16 (107.163),
90 × $0.00675 = $0.6075, net $106.56 a day (106.5555).
6,000-token prefix at the same rates: a hit saves $0.0162, a write adds $0.0045. 18,000 hits and 40 writes a day:
$291.60 − $0.18 = $291.42. 2,400 hits and 16 writes an hour: 57,600 hits ($933.12) and 384 writes ($1.728) a day,
net $931.39.
"""

from __future__ import annotations

import pytest

from bot import router

_NINE_K = "9k-token prefix, input $3/M, cache read $0.30/M, cache write $3.75/M."
_SIX_K = "6k prefix, $3 in, $0.30 read, $3.75 write (per M)."


def _reply(text: str) -> str:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "caching", reply.text
    return reply.text


@pytest.mark.parametrize(
    "text",
    [
        f"{_NINE_K} Of those 4,500 calls a day, roughly 90 will be cache writes. Net per day?",
        f"{_NINE_K} Around 90 of the 4,500 daily calls will write the cache. Daily net?",
        f"{_NINE_K} 4,500 calls a day, about 90 of them miss the cache. daily net?",
        f"{_NINE_K} we'll see 4,500 calls/day; 90 of those write the cache. what's the net?",
        f"{_NINE_K} 4,500 calls a day. Expect ~90 cache writes. daily net?",
        # a share of the calls
        f"{_NINE_K} 4,500 calls a day, about 2% of them cache writes. Net per day?",
        f"{_NINE_K} 2% of the 4,500 calls a day will be cache writes. daily net?",
        f"{_NINE_K} of the 4,500 daily requests roughly 2% will be cache writes. daily net?",
        f"{_NINE_K} 187.5 calls an hour, of which about 2% will be cache writes. net per day?",
        # the hits counted among the calls: the rest write
        f"{_NINE_K} 4,500 calls a day and 4,410 of them hit the cache. daily net?",
        f"{_NINE_K} They make 4,500 calls a day; of those 4,500, about 4,410 will be hits. daily net?",
        f"{_NINE_K} 4.5k requests a day, 4,410 of which are cache hits. daily net?",
        f"{_NINE_K} 4,500 calls a day, 4,410 cache hits a day. daily net?",
        f"{_NINE_K} 4,500 calls a day, of which about 4,410 will be cache hits. daily net?",
        # the sentence that counts the writes or hits among the calls opens the message, the prices after it
        f"Of those 4,500 calls a day, roughly 90 will be cache writes. {_NINE_K} Net per day?",
        f"of which 90 writes, out of 4,500 calls a day. {_NINE_K} daily net?",
        f"of the 4,500 daily calls about 2% will be cache writes. {_NINE_K} daily net?",
        f"of those 4,500 calls a day, 4,410 will be cache hits. {_NINE_K} daily net?",
    ],
)
def test_writes_said_among_the_calls_are_the_writes_priced(text: str) -> None:
    reply = _reply(text)
    for figure in ("4,410 hits", "$107.16", "90 writes", "$0.6075", "$106.56 a day"):
        assert figure in reply, (figure, reply)
    assert "e^(−λ·TTL)" not in reply, reply  # never the arrival model's guess


@pytest.mark.parametrize(
    "text",
    [
        f"{_SIX_K} 18k cache hits and 40 cache writes a day. net?",
        f"{_SIX_K} 40 writes and 18k hits daily. net?",
        f"{_SIX_K} ~18,000 hits, ~40 writes, per day. net daily?",
        f"{_SIX_K} per day: 18,000 cache hits and 40 cache writes. net?",
        f"{_SIX_K} daily: 18k cache hits + 40 cache writes. net?",
        f"{_SIX_K}\n- per day: 18,000 cache hits and 40 cache writes\n- review in 6 weeks\nnet saving per day?",
    ],
)
def test_a_period_after_or_heading_the_counts_is_every_counts_period(text: str) -> None:
    reply = _reply(text)
    for figure in ("18,000 hits", "$291.60", "40 writes", "$0.18", "$291.42 a day"):
        assert figure in reply, (figure, reply)


@pytest.mark.parametrize(
    "text",
    [
        f"{_SIX_K} 16 cache writes and 2,400 cache hits per hour. net per day?",
        f"{_SIX_K} 2,400 cache hits and 16 cache writes an hour. daily net?",
        f"{_SIX_K} each hour, ~2,400 hits and 16 writes. net per day?",
        f"{_SIX_K} Expect 2,400 hits an hour and 16 writes. net per day?",
        f"{_SIX_K} per hour: 2,400 hits, 16 writes. net per day?",
        f"{_SIX_K} 2,416 calls an hour, 16 of them cache writes. net per day?",
        f"{_SIX_K} 2,416 calls an hour; of those, 2,400 are cache hits. net per day?",
    ],
)
def test_hourly_hits_and_writes_both_count(text: str) -> None:
    reply = _reply(text)
    for figure in ("57,600 hits", "$933.12", "384 writes", "$931.39 a day"):
        assert figure in reply, (figure, reply)


def test_millions_of_hits_are_a_count_not_a_lifetime() -> None:
    # 1,200 × $0.075/1M = $0.00009 a hit, × 2.2M = $198.00; 40,000 writes × 1,200 × $0.0375/1M = $1.80
    reply = _reply(
        "daily: 2.2M cache hits + 40k cache writes. pfx 1.2k tok. in $0.15, read $0.075, write $0.1875 /MTok. net?"
    )
    assert "$196.20 a day" in reply and "5-minute TTL" in reply, reply


# --- near misses: what must not change ---------------------------------------------------------------------------


def test_a_hit_rate_is_still_a_hit_rate() -> None:
    reply = _reply(f"{_NINE_K} 4,500 calls a day, 98% hits. daily net?")
    assert "4,410 hits" in reply and "$106.56 a day" in reply, reply


def test_a_miss_share_is_still_the_complement() -> None:
    reply = _reply(f"{_NINE_K} 4,500 calls a day, 2% miss. daily net?")
    assert "90 writes" in reply and "$106.56 a day" in reply, reply


def test_calls_alone_still_use_the_arrival_model() -> None:
    reply = _reply(f"{_NINE_K} 4,500 calls a day. daily net?")
    assert "e^(−λ·TTL)" in reply and "$109.32 a day" in reply, reply


def test_a_write_price_said_as_a_share_is_no_write_count() -> None:
    reply = _reply("9k prefix, $3 in, $0.30 read, writes cost 25% more than input. 4,500 calls a day. daily net?")
    assert "e^(−λ·TTL)" in reply and "$109.32 a day" in reply, reply


def test_hits_and_writes_that_do_not_add_up_to_the_calls_are_asked_about() -> None:
    reply = _reply(
        "30k-token prefix, 5,000 calls a day, 4,900 cache hits and 200 cache writes a day. "
        "Input $5/M, cache read $0.50/M, cache write $6.25/M. daily net?"
    )
    assert "5,000 and 4,900" in reply and "Net:" not in reply, reply


def test_calls_hits_and_writes_that_add_up_are_used() -> None:
    reply = _reply(
        "30k-token prefix, 5,000 calls/day: about 4,900 cache hits and 100 cache writes a day. "
        "Input $5/M, cache read $0.50/M, cache write $6.25/M. daily net?"
    )
    # 4,900 × 30,000 × $4.50/1M = $661.50; 100 × 30,000 × $1.25/1M = $3.75
    assert "$657.75 a day" in reply, reply


def test_a_minute_lifetime_before_cache_is_still_a_ttl() -> None:
    reply = _reply(f"{_NINE_K} 60m cache, 4,500 calls a day, 98% hits. daily net?")
    assert "60-minute TTL" in reply, reply


# --- the period asked for, whatever period the volume was said in ----------------------------------------------------
# 4,000-token prefix, $5 input, $0.50 cached, every call a hit: $0.018 a hit; 10,000 calls a day is $180.00 a day,
# $5,475.00 a 730-hour month, $16,425.00 a quarter, $65,700.00 a year.
_ALL_HITS = "4k prefix, $5 in, $0.50 cached,"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (f"{_ALL_HITS} 10k calls a day, all hits. saving p.a.?", "Per year (3,650,000 calls)"),
        (f"{_ALL_HITS} 10k calls a day, all hits. saving per mth?", "Per 730-hour month (304,167 calls)"),
        (f"{_ALL_HITS} 10k calls a day, all hits. how much do they save in Q3?", "Per quarter (912,500 calls)"),
        (f"{_ALL_HITS} 3.65M calls a year, all hits. what's the daily saving?", "$180.00 a day"),
        (f"{_ALL_HITS} 70k calls a week, all hits. saving over the year?", "$65,700.00"),
        (f"{_ALL_HITS} 10k calls a day, all hits. what do they save over 6 months?",
         "$5,475.00 a month × 6 = *$32,850.00*"),
        (f"{_ALL_HITS} 10k calls a day, all hits. net over the 3-year term?",
         "$5,475.00 a month × 36 = *$197,100.00*"),
        (f"{_ALL_HITS} 420 calls an hour, all hits. how much across the next 12 months?", "× 12 = *$66,225.60*"),
    ],
)
def test_the_period_asked_is_answered(text: str, figure: str) -> None:
    reply = router.answer(text, rate_cards={}).text
    assert figure in reply, (figure, reply)
    assert "Not used" not in reply, reply


def test_a_month_said_in_passing_is_no_term() -> None:
    reply = router.answer(f"{_ALL_HITS} 10k calls a day, all hits, flat over 6 months of history. daily saving?",
                          rate_cards={}).text
    assert "Over 6 months" not in reply and "$180.00 a day" in reply, reply


# --- inputs that cannot all be placed are said, never silently replaced --------------------------------------------


def test_a_hit_rate_that_disagrees_with_the_writes_said_is_named_as_not_used() -> None:
    reply = _reply(f"{_NINE_K} 4,500 calls a day, 95% hits, 90 cache writes a day. daily net?")
    assert "$106.56 a day" in reply, reply
    assert "95% hit rate given is not used" in reply and "225 writes a day" in reply, reply


def test_a_hit_rate_that_agrees_with_the_writes_said_is_not_flagged() -> None:
    reply = _reply(f"{_NINE_K} 4,500 calls a day, 98% hits, 90 cache writes a day. daily net?")
    assert "$106.56 a day" in reply and "not used" not in reply, reply


def test_two_write_counts_are_asked_about_with_no_guessed_net() -> None:
    reply = _reply(f"{_NINE_K} 4,500 calls a day, 90 cache writes a day and 120 cache writes a day at peak. net?")
    assert "90 and 120" in reply, reply
    assert "Net:" not in reply and "e^(−λ·TTL)" not in reply, reply
    assert "$0.0243" in reply, reply  # the per-hit figures need no write count
