"""Caching asks in more of the words reps use (our own sentences, not a scored batch's): writes given as a count or as
a share of the calls, calls at random said as "one every N minutes", cache prices written bare with their labels
after them, a spreadsheet row of `key: value` pairs, "assume they all hit", and the whole per-call bill with a hit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "writes", "calls"),
    [
        ("6k prefix, $2 in / $0.20 read / $2.50 write. the cache is rewritten about 150 times a day out of 25k "
         "requests. net?", Decimal(150), Decimal(25000)),
        ("prompt prefix 3,000 tokens at $1/M input, $0.10/M cached; gets refreshed ~40 times a day out of 9,000 "
         "calls", Decimal(40), Decimal(9000)),
    ],
)
def test_writes_said_as_times_a_day_out_of_the_calls(text: str, writes: Decimal, calls: Decimal) -> None:
    fields = parse(text).fields
    assert (fields.writes_per_day, fields.calls_per_day) == (writes, calls)


@pytest.mark.parametrize(
    ("text", "hit_ratio"),
    [
        ("4k preamble, 6k calls a day, $3 in / $0.30 read / $3.75 write, a cache write roughly every 25 calls",
         Decimal("0.96")),
        ("2k prefix at $1 in, $0.10 read, $1.25 write; 10k requests/day and one cache write per 50 requests",
         Decimal("0.98")),
        ("bursty, so a write on about 1 in 5 calls; 3k prefix, 2k calls/day, $3 in / $0.30 read / $3.75 write",
         Decimal("0.8")),
        # the share of calls that WRITE: not a hit rate of 10%
        ("8k prefix, 5k calls/day, $3 in / $0.30 read / $3.75 write, expect a cache write on 10% of calls",
         Decimal("0.9")),
        ("5k prefix, 12k calls a day, $2 in / $0.20 read / $2.50 write; 30% of requests end up as cache writes",
         Decimal("0.7")),
    ],
)
def test_writes_said_as_a_share_of_the_calls_leave_the_rest_as_hits(text: str, hit_ratio: Decimal) -> None:
    assert parse(text).fields.hit_ratio == hit_ratio


def test_a_write_share_is_worked_out_as_writes_and_hits() -> None:
    # 4,000 calls, a write every 25: 160 writes, 3,840 hits; 5,000 × $2.70/1M = $0.0135 a hit, $0.00375 a write;
    # net = 3,840 × $0.0135 − 160 × $0.00375 = $51.84 − $0.60 = $51.24 a day
    assert_figures("5k token prefix, 4k calls a day, $3 in / $0.30 read / $3.75 write, a cache write about every "
                   "25 calls. daily net?", ["$0.0135", "$51.24"])


@pytest.mark.parametrize(
    ("text", "calls", "hours"),
    [
        ("requests land randomly, roughly one every 3 minutes over a 10-hour day; 4k prefix, $3 in, $0.30 read, "
         "$3.75 write, 5 min ttl", Decimal(200), Decimal(10)),
        ("arrivals are random, about 1 every 4 minutes across an 8-hour window. 2k prefix at $1 in / $0.10 read / "
         "$1.25 write", Decimal(120), Decimal(8)),
    ],
)
def test_one_call_every_few_minutes_over_the_active_hours(text: str, calls: Decimal, hours: Decimal) -> None:
    fields = parse(text).fields
    assert (fields.calls_per_day, fields.active_hours) == (calls, hours)


def test_random_calls_said_as_one_every_few_minutes_give_the_poisson_writes() -> None:
    # 200 calls over 600 minutes, TTL 5: λ·TTL = 200 × 5 ÷ 600 = 1.6667; e^-1.6667 = 0.1889; writes 37.78
    assert_figures("requests land randomly, roughly one every 3 minutes over a 10-hour day; 4k prefix, $3 in, "
                   "$0.30 read, $3.75 write, 5 min ttl. writes and net a day?", ["1.6667", "37.78"])


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("2,000 token prompt, 900 calls a day on haiku (1 in / 0.10 read / 1.25 write)",
         (Decimal(1), Decimal("0.1"), Decimal("1.25"))),
        ("4k prefix at opus rates (15 in, 18.75 write, 1.50 read), 700 calls a day",
         (Decimal(15), Decimal("1.5"), Decimal("18.75"))),
    ],
)
def test_bare_cache_prices_with_their_labels_after_them(text: str, rates: tuple[Decimal, ...]) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.cache_read_rate, fields.cache_write_rate) == rates
    assert fields.input_tokens_per_call not in (1, 15)  # "1 in" is the input price here, not one input token


@pytest.mark.parametrize(
    "text",
    [
        "4k prefix, 700 calls a day, 5 read / 2 in",  # a read dearer than input is not a price list
        "600 in / 150 out per call, 2k calls a day, caching the 400-token system prompt",  # token counts
    ],
)
def test_labelled_numbers_that_are_not_a_cache_price_list_stay_unread_as_prices(text: str) -> None:
    fields = parse(text).fields
    assert fields.cache_read_rate is None and fields.cache_write_rate is None


@pytest.mark.parametrize(
    ("text", "prefix", "calls", "hit_ratio"),
    [
        ("from their sheet: prefix_tokens: 3,000 | calls/day: 8,000 | hit rate: 85% | input $1/M | cached $0.10/M",
         Decimal(3000), Decimal(8000), Decimal("0.85")),
        ("system prompt tokens = 2,500; requests per hour: 600; input $3/M, cache read $0.30/M, hit rate 95%",
         Decimal(2500), Decimal(14400), Decimal("0.95")),
        ("prefix: 2,000-token header, calls/day: 6,000, hit rate: 80%, input $1/M, cached $0.10/M",
         Decimal(2000), Decimal(6000), Decimal("0.8")),
    ],
)
def test_a_spreadsheet_row_of_keys_and_values(text: str, prefix: Decimal, calls: Decimal, hit_ratio: Decimal) -> None:
    fields = parse(text).fields
    assert (fields.prefix_tokens, fields.calls_per_day, fields.hit_ratio) == (prefix, calls, hit_ratio)


def test_a_spreadsheet_row_is_worked_out_per_day_and_month() -> None:
    # 8,000 × 85% = 6,800 hits × 3,000 × $0.90/1M ($0.0027) = $18.36 a day; × 730/24 = $558.45 a month
    assert_figures("from their sheet: prefix_tokens: 3,000 | calls/day: 8,000 | hit rate: 85% | input $1/M | "
                   "cached $0.10/M. openai automatic caching. daily and monthly saving?", ["$18.36", "$558.45"])


@pytest.mark.parametrize(
    "text",
    [
        "2k prefix, 300 calls an hour, $2 in, $1 cached, openai. assume they all hit. saving a month?",
        "3k prefix, 5k calls a day, $1 in / $0.10 read; the calls all hit the cache",
    ],
)
def test_they_all_hit_is_a_full_hit_rate(text: str) -> None:
    assert parse(text).fields.hit_ratio == 1


def test_a_month_of_calls_is_shown_with_the_month() -> None:
    # 300 an hour round the clock = 7,200 a day; × 730 ÷ 24 = 219,000 calls a month; 2,000 × $1/1M = $0.002 a hit
    reply = reply_text("2k prefix, 300 calls an hour round the clock, $2 in, $1 cached, openai. assume they all "
                       "hit. saving a month?")
    assert "219,000 calls" in reply and "$438.00" in reply


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # uncached 5,000 × $2/1M + 400 × $8/1M = $0.01 + $0.0032 = $0.0132; cached 4,000 × $0.20/1M + 1,000 × $2/1M
        # + $0.0032 = $0.0008 + $0.002 + $0.0032 = $0.006; knocks off $0.0072
        ("how much of the whole bill per call does caching save? each call is 4,000 cached prefix + 1,000 new "
         "input + 400 output at $2 in / $8 out / $0.20 cache read, 3k calls a day",
         ["$0.0132", "$0.006", "$0.0072"]),
    ],
)
def test_the_whole_per_call_bill_with_a_hit(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "writes"),
    [
        ("10k prefix, 2k calls a day, $3 in / $0.30 read / $3.75 write; assume one write per hour", Decimal(24)),
        ("6k prefix, 900 calls/day over a 9-hour day, $1 in, $0.10 read, $1.25 write, a cache write every 30 minutes",
         Decimal(18)),
    ],
)
def test_one_write_per_interval_is_a_rewrite_schedule(text: str, writes: Decimal) -> None:
    assert parse(text).fields.writes_per_day == writes


@pytest.mark.parametrize(
    ("text", "hit_ratio"),
    [
        ("*Prefix:* 5,000 tokens\n*Calls:* 4k/day\n*Hit rate:* about 2 in 3 calls\n*Rates:* $3 in / $0.30 read",
         Decimal(2) / 3),
        ("hit ratio roughly nine out of ten; 2k prefix, 1k calls a day at $1 in / $0.10 read", Decimal("0.9")),
    ],
)
def test_a_hit_rate_said_as_so_many_calls_in_so_many(text: str, hit_ratio: Decimal) -> None:
    got = parse(text).fields.hit_ratio
    assert got is not None and round(got, 4) == round(hit_ratio, 4)


def test_the_hits_over_a_period_asked_for_are_shown() -> None:
    # 900k calls a quarter at 60% hits: 540,000 hits × 3,000 × $1.50/1M ($0.0045) = $2,430 a quarter
    reply = reply_text("openai, gpt-4o: 3,000-token preamble, $2/M input, $0.50/M cached, about 900k calls a quarter "
                       "and a 60% hit rate. saving per quarter?")
    assert "540,000 hits" in reply and "$2,430.00" in reply
