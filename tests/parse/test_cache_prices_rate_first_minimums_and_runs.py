"""Caching asks as reps write them (our own sentences, not a scored batch's): cache prices written rate first ("$0.40
per million on cache reads", "reads still $0.25", "no write surcharge"), a provider's minimum cacheable prefix said
beside the prefix, a unit of work whose first call writes and whose other calls hit, and a write share said beside the
hit rate."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures, reply_text

# --- cache prices written rate first ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read", "write"),
    [
        ("5,000-token system prompt, input costs $4 per million, $0.40 per million on cache reads and $5 per million "
         "on cache writes. 8,000 calls a day", Decimal("0.4"), Decimal(5)),
        ("6k prefix at $2 per million, $0.20 per million for cached reads, $2.50 per million for cache writes, 1k "
         "calls a day", Decimal("0.2"), Decimal("2.5")),
        ("Base input is $2.50/M; cache writes cost $3.125/M and reads still $0.25. Prefix 10k tokens, 4,000 calls per "
         "day", Decimal("0.25"), Decimal("3.125")),
        ("long TTL: a write costs 2x the input price, so $8.00 per million vs $4.00 input, reads remain $0.40. 6k "
         "prefix, 2,000 calls/day", Decimal("0.4"), Decimal(8)),
        ("4k prefix, $3 per million input; cache reads come in at $0.30 and writes at $3.75. 10k calls a day",
         Decimal("0.3"), Decimal("3.75")),
    ],
)
def test_cache_prices_after_their_rate_are_read(text: str, read: Decimal, write: Decimal) -> None:
    fields = parse(text).fields
    assert (fields.cache_read_rate, fields.cache_write_rate, fields.output_rate) == (read, write, None)


def test_rate_first_cache_prices_answered() -> None:
    # hit saves 5,000 x ($4 - $0.40)/1M = $0.018; 6,800 hits = $122.40; 1,200 writes x 5,000 x $1/1M = $6.00
    assert_figures("Caching check: 5,000-token system prompt, input costs $4 per million, $0.40 per million on cache "
                   "reads and $5 per million on cache writes. 8,000 calls a day, 85% hits. Net per day?",
                   ["$0.018", "$122.40", "$6.00", "$116.40"])


def test_an_output_rate_after_the_input_rate_stays_the_output_rate() -> None:
    fields = parse("$3 per million in, $15 per million out, cache reads $0.30/M, 4k prefix, 1k calls a day").fields
    assert (fields.input_rate, fields.output_rate, fields.cache_read_rate) == (Decimal(3), Decimal(15), Decimal("0.3"))


@pytest.mark.parametrize(
    "said",
    ["no write surcharge", "no premium on cache writes", "cache writes carry no premium", "no cache-write premium",
     "writes cost nothing extra", "cache writes at no premium", "the cache write price equals the input price"],
)
def test_no_write_premium_is_a_write_at_the_input_rate(said: str) -> None:
    fields = parse(f"automatic caching: input $1.50/M, cached tokens $0.375/M, {said}. 5k prefix, 30k calls a day, "
                   "75% hits. net per day?").fields
    assert fields.cache_write_rate == Decimal("1.5")


def test_no_write_premium_answered_without_an_assumed_write_price() -> None:
    # 22,500 hits x 5,000 x ($1.50 - $0.375)/1M ($0.005625) = $126.56; writes cost nothing over the input rate
    text = ("automatic caching: input $1.50/M, cached tokens $0.375/M, no write surcharge. 5k prefix, 30k calls a day, "
            "75% hits. net per day?")
    reply = reply_text(text)
    assert "$126.56 a day" in reply and "assumed 1.25×" not in reply


def test_a_write_premium_said_is_not_a_write_at_the_input_rate() -> None:
    fields = parse("input $2/M, reads $0.20/M, cache writes carry a 25% premium, 4k prefix, 1k calls a day").fields
    assert fields.cache_write_rate == Decimal("2.5")


# --- a provider's minimum cacheable prefix ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "prefix", "minimum"),
    [
        ("Our system prompt is 1,800 tokens and the provider's minimum cacheable prefix is 1,024 tokens, so we "
         "qualify, right? Input $3/M, cached $0.30/M, 10k calls a day, 80% hits.", Decimal(1800), Decimal(1024)),
        ("prefix of 4k tokens (min cacheable is 2,048), $1/M input, $0.10/M cache reads, 6,000 calls a day",
         Decimal(4000), Decimal(2048)),
        ("the shared prefix runs 900 tokens; minimum cacheable length on this model is 1,024 tokens. input $2/M, "
         "cache reads $0.50/M, 50,000 calls a day", Decimal(900), Decimal(1024)),
        ("a 1,024-token cache minimum and our prefix is 3k tokens; $2/M input, $0.50/M cached, 1.2M calls a month",
         Decimal(3000), Decimal(1024)),
        ("prefix is 3,000 tokens; it needs at least 1,024 tokens to be cached; input $3/M, cached $0.30/M, 10k calls "
         "a day", Decimal(3000), Decimal(1024)),
        ("prefix is 3,000 tokens; caching only kicks in at 2,048 tokens; input $3/M, cached $0.30/M, 10k calls a day",
         Decimal(3000), Decimal(2048)),
        ("prefix is 800 tokens, the cache threshold is 1,024 tokens; input $3/M, cached $0.30/M, 10k calls a day",
         Decimal(800), Decimal(1024)),
    ],
)
def test_a_stated_minimum_is_not_a_second_prefix(text: str, prefix: Decimal, minimum: Decimal) -> None:
    ask = parse(text)
    assert (ask.fields.prefix_tokens, ask.fields.min_prefix_tokens) == (prefix, minimum)
    assert not ask.ambiguities


def test_a_prefix_over_the_stated_minimum_is_priced_and_said_to_qualify() -> None:
    # 8,000 hits x 1,800 x $2.70/1M ($0.00486) = $38.88
    reply = reply_text("Our system prompt is 1,800 tokens and the provider's minimum cacheable prefix is 1,024 tokens, "
                       "so we qualify, right? Input $3/M, cached $0.30/M, 10k calls a day, 80% hits. Daily saving?")
    assert "at or above the minimum cacheable prefix of 1,024 tokens" in reply and "$38.88" in reply


def test_a_prefix_under_the_stated_minimum_is_said_plainly() -> None:
    reply = reply_text("The shared prefix runs 900 tokens; minimum cacheable length on this model is 1,024 tokens. "
                       "Input $2/M, cache reads $0.50/M, 50,000 calls a day. Is caching worth it?")
    assert "below the minimum cacheable prefix of 1,024 tokens" in reply
    assert "Saving per cache hit" not in reply and "tell me" not in reply


def test_two_prefixes_are_still_asked_about() -> None:
    ask = parse("our prefix is 1,800 tokens, the new prefix is 2,400 tokens, $3/M input, $0.30/M cached, 10k calls "
                "a day")
    assert ask.fields.prefix_tokens is None and ask.fields.min_prefix_tokens is None
    assert any(a.field == "prefix_tokens" for a in ask.ambiguities)


def test_a_volume_caching_starts_from_is_no_minimum() -> None:
    ask = parse("prefix 4k, caching starts from 10k calls a day, $3/M in, $0.30/M cached, 20k calls a day")
    assert ask.fields.min_prefix_tokens is None


def test_a_five_minute_cache_is_no_minimum() -> None:
    fields = parse("the 5-min cache at 1.25x input, 4k prefix, $3/M in, $0.30/M cached, 1k calls a day").fields
    assert fields.min_prefix_tokens is None and fields.prefix_tokens == Decimal(4000)


# --- a unit of work whose first call writes and the rest hit ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "calls", "writes"),
    [
        ("Agent runs: the first call of each run writes the cache and the other 11 hit it. 3,000 runs a day, 10k "
         "token prefix, $3/M in, $0.30/M reads, $3.75/M writes.", Decimal(36_000), Decimal(3000)),
        ("Per session the first turn writes the cache; the remaining 4 turns read it. 2,000 sessions daily, 6k "
         "system prompt, input $1/M, cached $0.10/M, writes $1.25/M.", Decimal(10_000), Decimal(2000)),
        ("Each job: 1 write then 11 hits on a 3k prefix. 500 jobs a day. $2/M input, $0.20/M cache reads.",
         Decimal(6000), Decimal(500)),
        ("Every session is 6 turns on the same 5k-token system prompt; turn one writes the cache, the remaining five "
         "read it. 1,000 sessions per day. $2/M input, $0.20/M cached.", Decimal(6000), Decimal(1000)),
        ("research agent: each run makes 8 model calls on a 20,000-token prefix. The first call of a run writes the "
         "cache and the other 7 hit. 2,500 runs a day. Input $3/M, cache read $0.30/M.", Decimal(20_000),
         Decimal(2500)),
    ],
)
def test_runs_whose_first_call_writes(text: str, calls: Decimal, writes: Decimal) -> None:
    fields = parse(text).fields
    assert (fields.calls_per_day, fields.writes_per_day) == (calls, writes)


def test_runs_whose_first_call_writes_answered() -> None:
    # 33,000 hits x 10,000 x $2.70/1M ($0.027) = $891.00; 3,000 writes x 10,000 x $0.75/1M ($0.0075) = $22.50
    assert_figures("Agent runs: the first call of each run writes the cache and the other 11 hit it. 3,000 runs a day, "
                   "10k token prefix, $3/M in, $0.30/M reads, $3.75/M writes. Hits a day and net?",
                   ["33,000", "$891.00", "$22.50", "$868.50"])


def test_one_write_then_hits_with_no_unit_is_a_hit_rate() -> None:
    fields = parse("4k prefix: 1 write then 9 hits. 6,000 calls a day, $1/M input, $0.10/M reads").fields
    assert (fields.calls_per_day, fields.hit_ratio, fields.writes_per_day) == (Decimal(6000), Decimal("0.9"), None)


# --- hit rates and periods --------------------------------------------------------------------------------------------


def test_the_write_share_beside_the_hit_rate_is_not_a_second_hit_rate() -> None:
    fields = parse("one-hour TTL, writes $5.00/M vs $2.50 input, reads $0.25. 12,000-token prefix, 1,500 calls/day, "
                   "97% hits (3% writes). Net per day?").fields
    assert fields.hit_ratio == Decimal("0.97") and fields.compare_hit_ratios == []


def test_a_week_of_calls_in_words_answered_for_the_week() -> None:
    # 14,700 hits x 3,000 x $9/1M ($0.027) = $396.90; 6,300 writes x 3,000 x $2.50/1M ($0.0075) = $47.25
    assert_figures("Is caching worth it for them? Their prefix is about three thousand tokens. The model costs ten "
                   "dollars per million input, $1 per million on cache reads and $12.50 per million on cache writes. "
                   "Twenty-one thousand calls a week, and they expect seventy percent cache hits (misses are writes). "
                   "Net saving per week?", ["$396.90", "$47.25", "$349.65"])


# --- a workload described for a recommendation, with every caching input given ---------------------------------------


def test_a_scenario_with_caching_inputs_shows_the_net_of_hits_and_writes() -> None:
    # 10,200 hits x 10,000 x $1.80/1M ($0.018) = $183.60; 1,800 writes x 10,000 x $0.50/1M ($0.005) = $9.00
    reply = router.answer("Document-QA customer: every request carries the same 10,000-token manual up front. 12,000 "
                          "requests a day, traffic is spiky (peak-to-average about 5). Rates $2/M input, $0.20/M cache "
                          "reads, $2.50/M cache writes; they expect an 85% hit rate with misses writing. Which pricing "
                          "structure fits, and what is the daily caching net?", rate_cards={})
    assert reply.intent == "scenario" and "*Prompt caching: recommended.*" in reply.text
    assert all(f in reply.text for f in ("$183.60", "$9.00", "$174.60")), reply.text


def test_a_scenario_with_caching_inputs_answers_for_the_period_asked() -> None:
    # a 730-hour month: 40,000 x 730 / 24 = 1,216,667 calls; 5% write: 60,833.33 x $0.0045 = $273.75
    reply = router.answer("Our agent platform sends a 6k-token tool catalogue with every call, 40,000 calls a day, "
                          "peak-to-average around 3. Input $3/M, cached $0.30/M, writes $3.75/M, 95% hits (every miss "
                          "writes). What should we lead with and what does caching net per month?", rate_cards={})
    assert reply.intent == "scenario"
    assert "Per 730-hour month" in reply.text and "$273.75" in reply.text and "$18,450.75" in reply.text


def test_a_scenario_without_a_period_asked_adds_no_period_line() -> None:
    reply = router.answer("every request carries the same 10,000-token manual, 12,000 requests a day, spiky (PAR 5). "
                          "$2/M input, $0.20/M cache reads, $2.50/M cache writes, 85% hits. what do we lead with?",
                          rate_cards={})
    assert reply.intent == "scenario" and "• Per " not in reply.text and "$174.60" in reply.text


# --- a cache price said both as a share of input and in dollars -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("writes cost 2x the input price, so $7.00 per million vs $3.00 input, reads $0.30. 8k prefix, 3,000 "
         "calls/day, 98% hits", "cache_write_rate"),
        ("reads are 10% of input, so $0.50 per million vs $3.00 input, writes $3.75. 8k prefix, 3,000 calls/day, "
         "98% hits", "cache_read_rate"),
    ],
)
def test_a_share_and_a_price_that_disagree_are_asked_about(text: str, field: str) -> None:
    ask = parse(text)
    assert getattr(ask.fields, field) is None and any(a.field == field for a in ask.ambiguities)


def test_a_share_and_a_price_that_agree_are_one_price() -> None:
    ask = parse("writes cost 2x the input price, so $6.00 per million vs $3.00 input, reads still $0.30. 8k prefix, "
                "3,000 calls/day, 98% hits")
    assert ask.fields.cache_write_rate == Decimal(6) and not ask.ambiguities
