"""Caching asks that set their own terms (our own sentences, not a scored batch's): writes left out ("ignore writes":
every call hits), the prompt counted then its repeated part after a colon ("6,000 input tokens: 5,000 are the shared
system prompt"), the net per a number of calls ("per 1,000 calls at a 90% hit rate") or hits ("per 1,000 cache
hits"), two providers' read discounts compared ("one discounts cached input by 90%, the other by 75%"), the whole
prompt cached ("all of it a cached prefix") and the share of the whole daily bill caching removes. Near-misses keep
their meaning."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 10,000 × ($2 − $0.20)/1M = $0.018 a hit × 2,000 = $36.00 a day; × 30 = $1,080.00
        ("10k-token policy preamble on every request, 2k requests a day, $2/M input, cached $0.20/M. ignore writes. "
         "monthly savings (30 day mo)?", ["*$36.00 a day*", "*$1,080.00*"]),
        # 8,000 × $2.70/1M = $0.0216 × 500 = $10.80 a day
        ("8k prefix, 500 calls a day, $3 in, $0.30 cached, leave out cache writes, daily saving?", ["*$10.80 a day*"]),
        # 6,000 × $0.90/1M = $0.0054 × 4,000 = $21.60 a day
        ("6k prefix; 4,000 calls/day; input $1/M; reads $0.10/M; don't count writes", ["*$21.60 a day*"]),
    ],
)
def test_writes_left_out_means_every_call_hits(text: str, figures: list[str]) -> None:
    assert_figures(text, [*figures, "every call hits, as asked"])


def test_writes_left_out_at_a_stated_hit_rate_keep_that_rate() -> None:
    # 400 hits × $0.0216 = $8.64; the 100 writes counted at $0
    text = "8k prefix, 500 calls a day, $3 in, $0.30 cached, 80% hit rate, ignore write costs"
    assert_figures(text, ["400 hits", "*$8.64 a day*"])
    assert "every call hits, as asked" not in reply_text(text)


def test_writes_not_left_out_keep_the_arrival_model() -> None:
    reply = reply_text("8k prefix, 500 calls a day, $3 in, $0.30 cached. daily saving?")
    assert "every call hits, as asked" not in reply and "Poisson" in reply


@pytest.mark.parametrize(
    ("text", "prefix", "prompt"),
    [
        ("Every request carries 6,000 input tokens: 5,000 are the shared system prompt, 1,000 change. $2/M in, "
         "$0.20/M cached", Decimal(5000), Decimal(6000)),
        ("12k tokens per call; 9k are static, 3k vary. $3 in, $0.30 cached", Decimal(9000), Decimal(12000)),
        ("prompts of 4k tokens — 3k is the preamble. $3 in, $0.30 cached", Decimal(3000), Decimal(4000)),
    ],
)
def test_the_repeated_part_said_after_the_prompt(text: str, prefix: Decimal, prompt: Decimal) -> None:
    f = parse(text).fields
    assert (f.prefix_tokens, f.input_tokens_per_call) == (prefix, prompt)


def test_the_repeated_part_gives_the_cut_per_call() -> None:
    # before 6,000 × $2/1M = $0.012; after 1,000 × $2/1M + 5,000 × $0.20/1M = $0.003: a 75% cut
    assert_figures("Every request carries 6,000 input tokens: 5,000 are the shared system prompt, 1,000 change. "
                   "$2/M in, $0.20/M cached. assume every call hits. % cut in input cost per call?",
                   ["$0.012", "*$0.003*", "*75%*"])


def test_cached_hits_after_a_prompt_are_not_its_prefix() -> None:
    assert parse("prompts are 6,000 tokens, 5,000 are cached hits a day").fields.prefix_tokens != Decimal(5000)


@pytest.mark.parametrize(
    ("text", "net"),
    [
        # 900 × $0.0036 = $3.24 − 100 × $0.001 = $0.10 -> $3.14
        ("per 1,000 calls with a 2k cached prefix at a 90% hit rate, net saving? $2 input, $0.20 read, $2.50 write",
         "*$3.14* net"),
        # 9,600 × $0.0045 = $43.20 − 400 × $0.00125 = $0.50 -> $42.70
        ("for every 10k requests, 5k-token prefix, 96% hits, $1/M in, $0.10 cached, $1.25 write: net?", "*$42.70* net"),
        # 800 × $0.0081 = $6.48 − 200 × $0.00225 = $0.45 -> $6.03
        ("what does caching net each thousand calls? 3k prefix, 80% hit rate, $3 in / $0.30 read / $3.75 write",
         "*$6.03* net"),
    ],
)
def test_the_net_per_a_number_of_calls(text: str, net: str) -> None:
    assert_figures(text, [net])
    assert "the call volume" not in reply_text(text)


@pytest.mark.parametrize(
    ("text", "saved"),
    [
        # 1,000 × 4,000 × ($2 − $0.20)/1M = 1,000 × $0.0072
        ("what does caching save per 1,000 cache hits? 4k prefix, $2/M input, $0.20/M cached", "*$7.20* of input cost"),
        # 10,000 × 1,500 × ($3 − $0.30)/1M = 10,000 × $0.00405
        ("1.5k-token prefix at $3 in and $0.30 reads: the saving for every 10k hits?", "*$40.50* of input cost"),
    ],
)
def test_the_saving_per_a_number_of_hits(text: str, saved: str) -> None:
    assert_figures(text, [saved])
    assert "write" not in reply_text(text)


def test_a_daily_volume_beside_calls_per_unit_is_still_the_day() -> None:
    text = "per 1,000 calls? 2k prefix, 90% hit rate, $2 input, $0.20 read, $2.50 write, 10k calls a day"
    assert parse(text).fields.calls_per_day == Decimal(10000)
    assert "*$31.40 a day*" in reply_text(text)  # 9,000 × $0.0036 = $32.40 − 1,000 × $0.001 = $1.00


@pytest.mark.parametrize(
    ("text", "reads", "figures"),
    [
        # 5,000 × $1.80/1M = $0.009 × 10,000 = $90.00; 5,000 × $1.50/1M = $0.0075 × 10,000 = $75.00
        ("one provider discounts cached input by 90%, the other by 75%. 5k prefix, $2/M input, 10k calls a day. "
         "daily read saving for each?", [Decimal("0.2"), Decimal("0.5")], ["*$90.00 a day*", "*$75.00 a day*"]),
        # 2,000 × $2.70/1M = $0.0054 × 5,000 = $27.00; 2,000 × $1.50/1M = $0.003 × 5,000 = $15.00
        ("provider A cached reads $0.30/M, provider B cached reads $1.50/M, $3/M input, 2k prefix, 5k calls a day: "
         "saving for each?", [Decimal("0.3"), Decimal("1.5")], ["*$27.00 a day*", "*$15.00 a day*"]),
        # 1,000 × $2/1M = $0.002 × 2,000 = $4.00; 1,000 × $3.60/1M = $0.0036 × 2,000 = $7.20
        ("vendor X discounts cache reads by 50% and the other vendor by 90%; $4/M input, 1k prefix, 2k calls/day, "
         "compare the daily saving", [Decimal(2), Decimal("0.4")], ["*$4.00 a day*", "*$7.20 a day*"]),
    ],
)
def test_read_prices_compared(text: str, reads: list[Decimal], figures: list[str]) -> None:
    assert parse(text).fields.compare_read_rates == reads
    assert_figures(text, ["Each cache-read price on the same", *figures])


def test_two_read_prices_offered_as_a_choice_are_not_compared() -> None:
    f = parse("4k prefix, $2.50/M input, cached reads $0.25/M or $1.25/M? 20k calls a day").fields
    assert f.compare_read_rates == []


@pytest.mark.parametrize(
    "text",
    [
        "2k-token prompt, all of it a cached prefix, $2/M input, $0.20 read, every call a hit, 500 output tokens at "
        "$8/M, 5k calls/day: what share of the total daily bill does caching cut?",
        "2k-token prompt, the whole of it is the shared preamble; $2/M input, $0.20 read; each request a cache hit; "
        "500 output tokens at $8/M; 5k calls/day; how much of the whole daily bill does caching knock off?",
    ],
)
def test_the_share_of_the_whole_daily_bill(text: str) -> None:
    # per call uncached: 2,000 × $2/1M + 500 × $8/1M = $0.004 + $0.004 = $0.008 × 5,000 = $40.00 a day;
    # saving 2,000 × $1.80/1M = $0.0036 × 5,000 = $18.00: $22.00 with caching, 45% off
    f = parse(text).fields
    assert (f.prefix_tokens, f.input_tokens_per_call, f.hit_ratio) == (Decimal(2000), Decimal(2000), Decimal(1))
    assert_figures(text, ["*$40.00* uncached", "*$22.00*", "$18.00 (*45%*)"])


def test_all_of_a_prompt_that_is_not_the_prefix() -> None:
    f = parse("4k-token prompt, all of it user text, $2 input, $0.20 cached, 1k calls a day").fields
    assert f.prefix_share is None
