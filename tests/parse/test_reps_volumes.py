"""Volumes, terms and shares as reps describe them: per-head volumes with "each" first, output said to be
negligible, a price set against a cached price, a contract term's total, "half price" and "enough to cover the
peak", an input-only per-token rate beside a fee, and writes counted "of which" among the calls."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


def _fields(text: str) -> dict[str, object]:
    return {k: v for k, v in parse(text).fields.model_dump().items() if v not in (None, [])}


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("around 1,200 field reps, each making 15 calls a day; 2k in / 300 out at $1/$4", 18_000),
        ("300 support agents, each doing roughly 40 requests per day, 1k in / 200 out, $2/$8", 12_000),
        ("2k seats, every one of them sending 25 queries a day, 800 in / 100 out at $1/$3", 50_000),
    ],
)
def test_a_volume_per_head_with_each_first_is_multiplied(text: str, calls: int) -> None:
    assert _fields(text)["calls_per_day"] == calls


def test_heads_without_each_are_not_multiplied() -> None:
    fields = _fields("5,000 users; the service takes 20 calls a day in total, 1k in / 200 out at $1/$4")
    assert fields["calls_per_day"] == 20


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("3M tokens an hour, input only, at $0.40/MTok. monthly?", ["$876.00"]),
        ("10M tokens/day, output negligible, $0.15 per MTok - per day?", ["$1.50"]),
        # embeddings: an input rate and a fee, no output to price; the crossover is all input
        ("embedding API: $0.0002 per call, or $0.05 per MTok input (no output tokens). chunks ~1,000 tokens. "
         "cheaper? crossover?", ["$0.00005", "4,000"]),
    ],
)
def test_no_output_prices_only_the_input(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("2k tokens @ $3 vs $0.30 cached, 20k calls/d, all hits. saving per hit and per day?", ["$0.0054", "$108.00"]),
        # writes counted among the calls
        ("net/day: 10k prefix, in $3, read $0.30, write $3.75; 2,000 calls/day of which 200 are writes",
         ["$48.60", "$1.50", "$47.10"]),
    ],
)
def test_caching_prices_and_writes_as_reps_say_them(text: str, figures: list[str]) -> None:
    assert router.answer(text, rate_cards={}).intent == "caching"
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("quote on a 24-month contract: 100M input + 20M output a month at $2/$8. monthly and for the term?",
         ["$360.00", "× 24 = *$8,640.00*"]),
        ("2-year term, 1B in / 200M out per month at $1/$4. total?", ["$1,800.00", "× 24 = *$43,200.00*"]),
    ],
)
def test_a_contract_term_gives_its_total(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_month_said_in_passing_is_not_a_term() -> None:
    assert "-month term" not in router.answer("100M input + 20M output a month at $2/$8, 12 months of history",
                                              rate_cards={}).text


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("half price for PTUs, peak-to-average 2.5: they'd buy enough to cover the peak - util?", "discount",
         Decimal("0.5")),
        ("provisioned at half the on-demand price, 70% utilisation", "discount", Decimal("0.5")),
        ("peak-to-average 2.5, 40% off, and they want to provision enough capacity to handle the peak", "traits",
         ["size_for_peak"]),
    ],
)
def test_half_price_and_covering_the_peak(text: str, field: str, value: object) -> None:
    got = _fields(text)[field]
    assert got == value if not isinstance(value, list) else set(value) <= set(got)  # type: ignore[arg-type]


def test_half_of_something_else_stays() -> None:
    assert "discount" not in _fields("half the traffic is at night, 30% utilisation, peak-to-average 3")


def test_a_share_of_the_calls_that_hit_is_a_hit_rate() -> None:
    assert _fields("3k prefix, $3 in, $0.30 read, about half the requests hit the cache, 5k calls a day")[
        "hit_ratio"] == Decimal("0.5")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("requests are ~6k tokens, of which 5k is the shared preamble. input $3/MTok, cache read $0.30. effective "
         "cost per call when it hits, and what % off input?", ["$0.0045", "$0.018", "75%"]),
        ("prompt is 10k total, 8k of it a static system prompt; $1 in, $0.10 cached. net input cost per call?",
         ["(10,000 − 8,000) × $1.00/1M + 8,000 × $0.10/1M = $0.002 + $0.0008 = *$0.0028*"]),
    ],
)
def test_a_call_that_hits_is_priced_from_the_prompt_and_its_prefix(text: str, figures: list[str]) -> None:
    f = parse(text).fields
    assert f.prefix_tokens is not None and f.input_tokens_per_call is not None
    assert_figures(text, figures)


def test_a_prefix_longer_than_the_prompt_is_not_priced_as_a_hit() -> None:
    assert "Input cost of a call that hits" not in router.answer(
        "prompt is 2k total, 4k of it a fixed prefix; $1 in, $0.10 cached. effective cost per call?",
        rate_cards={}).text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("they spend $12,000 a month on input tokens; 60% of their input tokens are a repeated system prompt prefix. "
         "cache reads at 10% of input, all hits. saving and new input bill?", ["$6,480.00", "$5,520.00"]),
        ("input token bill is $4k a month, 50% of the prompt tokens are the same preamble prefix, reads at 0.1x "
         "input, 80% hits. what's left of the input bill?", ["$1,440.00", "$2,560.00"]),
    ],
)
def test_an_input_bill_with_a_repeated_prefix_cached(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_share_of_input_tokens_is_not_a_cache_price() -> None:
    f = parse("70% of input tokens are the same repeated prefix; cache reads at 10% of input").fields
    assert (f.prefix_share, f.cache_read_share) == (Decimal("0.7"), Decimal("0.1"))


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the hits and the writes are both counted: 5,000 hits × $0.027, 10 writes × $0.0075
        ("roughly 10 cache writes a day, and on top of those 5,000 calls a day hit the cache. 10k prefix, $3 in, "
         "$0.30 read, $3.75 write. net per day?", ["5,000 hits × $0.027 ($135.00)", "10 writes × $0.0075 ($0.075)",
                                                     "$134.93 a day"]),
    ],
)
def test_calls_said_to_hit_are_the_hits_with_writes_on_top(text: str, figures: list[str]) -> None:
    assert parse(text).fields.calls_per_day == 5010
    assert_figures(text, figures)


def test_calls_without_hit_wording_include_the_writes() -> None:
    f = parse("10 cache writes a day out of 5,000 calls a day; 10k prefix, $3 in, $0.30 read, $3.75 write").fields
    assert f.calls_per_day == 5000


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # $9,000 × 80% × (1 − 10%) = $6,480.00 a month; × 24 h ÷ 730 h = $213.04 a day
        ("They spend $9k a month on input tokens and roughly 80% of those input tokens are a repeated prefix. If all "
         "of it hits cache at 10% of the input rate, what's the monthly saving, and per day?",
         ["$6,480.00", "$2,520.00", "$213.04"]),
        # × 8,760 h ÷ 730 h = $77,760.00 a year
        ("input spend is $9,000/mo; 80% of these input tokens are a shared prefix, reads bill at 10% of input, all "
         "hits. saving a day and a year?", ["$6,480.00", "$213.04", "$77,760.00"]),
    ],
)
def test_an_input_bill_saving_over_the_other_periods_asked(text: str, figures: list[str]) -> None:
    reply = reply_text(text)
    for figure in figures:
        assert figure in reply, (figure, reply)
    # worked out from the spend and the shares: no prefix size or call volume is asked for
    assert "tell me" not in reply, reply


def test_an_input_bill_saving_is_not_restated_over_periods_not_asked() -> None:
    # near miss: only the month asked, so no day figure
    reply = reply_text("they spend $9,000 a month on input, 80% of those input tokens are a repeated prefix, reads at "
                       "10% of input. monthly saving?")
    assert "$6,480.00" in reply and "saved a day" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        'From the customer: "our system prompt is like 2.5k tokens and we hit the API maybe 100k times a day." Input '
        "$0.25/M, cached read $0.025/M. Gross daily saving if everything hits?",
        "2.5k prefix; the model gets called about 100k times daily. $0.25/M in, $0.025/M cached, all hits. saving a "
        "day?",
        "they call it 100,000 times per day with a 2,500-token system prompt, input $0.25/M, cache reads $0.025/M. "
        "daily saving if every call hits?",
    ],
)
def test_calls_counted_as_times_a_day(text: str) -> None:
    # 2,500 × ($0.25 − $0.025)/1M = $0.0005625 a hit × 100,000 = $56.25 a day
    assert parse(text).fields.calls_per_day == Decimal(100000)
    reply = reply_text(text)
    assert "$0.0005625" in reply and "$56.25 a day" in reply, reply


def test_a_cache_refreshed_so_many_times_a_day_is_no_call_volume() -> None:
    # near miss: "refreshed 3 times a day" counts writes, not calls
    fields = parse("2.5k prefix, 100k calls a day, the cache is refreshed 3 times a day. $0.25/M in, $0.025/M "
                   "cached. daily saving?").fields
    assert (fields.calls_per_day, fields.writes_per_day) == (Decimal(100000), Decimal(3))


@pytest.mark.parametrize(
    "text",
    [
        "steady 1,000 tok/s of input 24/7, ~75% of it is cacheable prefix. $3/M in, reads 10%. input spend now vs "
        "saving per month?",
        "they push 86.4M input tokens a day and 75% of that is a repeated prefix; $3/M input, cache reads at 10% of "
        "input. monthly input spend and what caching saves?",
    ],
)
def test_an_input_volume_with_a_prefix_share_gives_the_spend_and_the_saving(text: str) -> None:
    # 86,400,000 tokens a day × $3/1M = $259.20 × 730 h ÷ 24 h = $7,884.00 a month; × 75% × (1 − 10%) = $5,321.70 saved
    assert parse(text).fields.prefix_share == Decimal("0.75")
    reply = reply_text(text)
    for figure in ("$7,884.00", "$5,321.70"):
        assert figure in reply, (figure, reply)


def test_a_share_of_it_that_is_no_prefix_is_no_prefix_share() -> None:
    # near miss: a share "of it" that names no prefix
    assert parse("1,000 tok/s of traffic, 80% of it is input, $3/$15. monthly?").fields.prefix_share is None
