"""A term asked about in a first sentence, with the deal's numbers after it: the entry, and beside it the figure those
numbers give (the effective markup, the break-even utilization, a cache write's premium, the utilization a
peak-to-average ratio leaves). Numbers that give no figure ("the cache has a 5 minute TTL") stay context: the entry
alone, asking for nothing. A figure asked for ("what's the markup?") is still the computation."""

import pytest

from bot.router import answer


@pytest.mark.parametrize(("ask", "title", "figures"), [
    # (1 + 0.40) x (1 - 0.15) - 1 = 1.19 - 1 = 19%
    ('What does "hyperscaler markup" mean? Bedrock lists this model 40% above direct and their EA takes 15% off.',
     "Hyperscaler markup", ["*19%*"]),
    # 1 - 0.30 = 70%
    ("how would you explain break-even utilization to a finance lead? say the PT offer is 30% off.",
     "Break-even utilization", ["*70%*"]),
    # write premium = 3,000 x ($2.50 - $2.00) / 1M = $0.0015
    ("What is meant by TTL? Say a 3,000-token prefix, $2/M input, cache writes at $2.50/M, a 5 minute lifetime.",
     "TTL (cache lifetime)", ["*$0.0015*"]),
    # sized for a peak 3 times the average: 1 / 3 = 33.33% utilization, break-even only past a 66.67% discount
    ("what does peak-to-average ratio mean? their peak is 3x the average", "Peak-to-average ratio", ["*66.67%*"]),
    # (1 + 0.25) x (1 - 0.20) - 1 = 1.00 - 1 = 0%
    ("can you define hyperscaler markup for me? vertex is 25% over direct, EA 20% off", "Hyperscaler markup",
     ["*0%*"]),
])
def test_the_entry_comes_with_the_figure_its_numbers_give(ask: str, title: str, figures: list[str]) -> None:
    reply = answer(ask)
    assert reply.intent == "glossary"
    assert reply.text.startswith(f"*{title}")
    for figure in figures:
        assert figure in reply.text


@pytest.mark.parametrize("ask", [
    "what does TTL mean? their engineer said the cache has a 5 minute TTL",
    "Define prompt caching. Our system prompt is 6k tokens.",
])
def test_numbers_that_give_no_figure_stay_context(ask: str) -> None:
    reply = answer(ask)
    assert reply.intent == "glossary"
    assert "tell me" not in reply.text


@pytest.mark.parametrize(("ask", "intent"), [
    ("what's the markup? list is 25% over direct, EA 10%", "markup"),
    ("what's the break-even? their PT offer is 30% off", "break_even"),
    ("provisioned at 35% off, they'd run at 70%. what's break-even and the cost vs on-demand?", "break_even"),
])
def test_a_figure_asked_for_is_still_the_computation(ask: str, intent: str) -> None:
    assert answer(ask).intent == intent


@pytest.mark.parametrize(("ask", "title", "figures"), [
    # the field the name is asked in ("in the prompt caching context", "for caching"); write premium =
    # 1,500 x ($2.50 - $2.00) / 1M = $0.00075
    ("what is TTL in the prompt caching context? 1,500-token prefix, $2/M input, $2.50/M writes, 5 minute TTL",
     "TTL (cache lifetime)", ["*$0.00075*"]),
    # 4,000 x ($1.25 - $1.00) / 1M = $0.001
    ("my SE asked what TTL means for caching. 4,000-token prefix at $1/M input, writes $1.25/M",
     "TTL (cache lifetime)", ["*$0.001*"]),
    # a name, then "is that the same thing as ...?": the entry the name is; break-even = 1 - 0.30 = 70%
    ("the AWS team keeps saying 'reserved capacity' - is that the same thing as provisioned throughput? if it's 30% "
     "off what's break-even", "Provisioned throughput", ["*70%*"]),
    # the effective markup has an entry of its own: (1 + 0.20) x (1 - 0.10) - 1 = 8%
    ('What\'s "effective markup"? Bedrock list is 20% over direct and their EA is 10%.', "Effective markup", ["*8%*"]),
    # (1 + 0.35) x (1 - 0.20) - 1 = 1.08 - 1 = 8%
    ("whats effective markup exactly? list markup 35%, EA 20% off", "Effective markup", ["*8%*"]),
])
def test_a_term_asked_in_its_field_or_by_another_name_comes_with_the_figure(ask: str, title: str,
                                                                            figures: list[str]) -> None:
    reply = answer(ask)
    assert reply.intent == "glossary"
    assert reply.text.startswith(f"*{title}")
    for figure in figures:
        assert figure in reply.text


@pytest.mark.parametrize(("ask", "intent"), [
    ("what's the effective markup? list 30%, EA 10%", "markup"),
    ("list markup 20%, EA 15%. effective markup?", "markup"),
    ("what TTL should we use for caching? calls every 4 minutes, 3k prefix, $3/M input, $0.30/M reads", "caching"),
])
def test_the_figure_itself_asked_stays_the_computation(ask: str, intent: str) -> None:
    assert answer(ask).intent == intent


@pytest.mark.parametrize(("ask", "title", "figures"), [
    # the difference between two entries asked: the first one's entry; 2,000 x $1/M = $0.002 in, 2,000 x $4/M =
    # $0.008 out, $0.01 a call ("each way": the same count on both sides)
    ("whats the difference between input and output tokens? $1/M in, $4/M out, 2,000 tokens each way",
     "Input and output tokens", ["$0.002", "$0.008", "*$0.01*"]),
    # 4,000 x $0.50/M = $0.002 in, 4,000 x $2/M = $0.008 out
    ("What is the difference between input token costs and output token costs? Say $0.50/M input and $2/M output, "
     "4,000 tokens each direction.", "Input and output tokens", ["$0.002", "$0.008"]),
    # a per-call example against a blended rate: the crossover, $0.02 x 1M / $4 = 5,000 tokens a call
    ("how would you explain per-call pricing? for example $0.02 per call against $4/M blended", "Per-call pricing",
     ["*5,000 tokens per call*"]),
    # $0.005 x 1M / $1 = 5,000 tokens
    ("What does per-call pricing mean? e.g. a $0.005 call fee vs $1/M blended", "Per-call pricing",
     ["*5,000 tokens per call*"]),
])
def test_a_difference_or_an_example_asked_beside_a_term_comes_with_its_figure(ask: str, title: str,
                                                                              figures: list[str]) -> None:
    reply = answer(ask)
    assert reply.intent == "glossary"
    assert reply.text.startswith(f"*{title}")
    for figure in figures:
        assert figure in reply.text


def test_tokens_each_way_are_both_sides_of_a_quote() -> None:
    # 2,000 x $2/M = $0.004 in, 2,000 x $8/M = $0.016 out, $0.02 a call
    reply = answer("$2/M in, $8/M out, 2k tokens each in and out per call, 10k calls a day. daily cost?")
    assert reply.intent == "quote"
    assert "$0.004" in reply.text and "$0.016" in reply.text


@pytest.mark.parametrize(("ask", "title"), [
    ("wat is 'hyperscaler markup' exactly, our procurement contact asked", "Hyperscaler markup"),
    ("wot is a PTU, my buyer asked", "PTU"),
])
def test_what_misspelt_still_asks_the_meaning(ask: str, title: str) -> None:
    reply = answer(ask)
    assert reply.intent == "glossary"
    assert reply.text.startswith(f"*{title}")


@pytest.mark.parametrize(("ask", "intent", "asks_more"), [
    ("what's the difference in monthly cost between provisioned and on-demand? 40% off, 70% utilization",
     "break_even", False),
    ("$0.01 a call vs $2/M blended. which is cheaper?", "per_call", True),  # still asks the call's tokens
])
def test_a_difference_in_money_or_a_bare_comparison_is_unchanged(ask: str, intent: str, asks_more: bool) -> None:
    reply = answer(ask)
    assert reply.intent == intent
    assert ("tell me" in reply.text) is asks_more


@pytest.mark.parametrize(("ask", "title", "figures"), [
    # a hit rate said as counts: 4,500 / 5,000 = 90%
    ("what is cache hit rate? in our pilot 4,500 of 5,000 calls hit the cache", "Cache hit rate", ["*90%*"]),
    # 1,300 / 2,000 = 65%
    ('explain "cache hit rate" to me, their traces show 1,300 cache hits out of 2,000 requests', "Cache hit rate",
     ["*65%*"]),
    # 31k / 40k = 77.5%
    ("define cache hit rate. yesterday 31k of 40k calls were reads", "Cache hit rate", ["*77.5%*"]),
])
def test_a_hit_rate_said_in_counts_beside_its_term_is_worked_out(ask: str, title: str, figures: list[str]) -> None:
    reply = answer(ask)
    assert reply.intent == "glossary"
    assert reply.text.startswith(f"*{title}")
    for figure in figures:
        assert figure in reply.text
    assert "Not used" not in reply.text


def test_hits_counted_price_a_caching_ask_at_that_rate() -> None:
    # 9,000 / 10,000 = 90%; net = 9,000 x $0.0108 - 1,000 x $0.003 = $97.20 - $3.00 = $94.20 a day
    reply = answer("9,000 of 10,000 calls hit the cache, 4k prefix, $3/M input, $0.30/M reads, 10k calls a day. "
                   "net saving a day?")
    assert reply.intent == "caching"
    assert "*90%*" in reply.text and "*$94.20 a day*" in reply.text


@pytest.mark.parametrize(("ask", "intent"), [
    ("3 of 4 quotes were for provisioned at 30% off. what's break-even?", "break_even"),
    ("what's cache hit rate? 2 of our customers ask every week", "glossary"),
])
def test_counts_that_are_not_hits_are_unchanged(ask: str, intent: str) -> None:
    reply = answer(ask)
    assert reply.intent == intent
    assert "hits ÷ calls" not in reply.text


@pytest.mark.parametrize(("ask", "title", "figures"), [
    # $2.50 / $2 = 1.25x, $2.50 - $2 = $0.50/1M more
    ("what's a cache write? input $2/M, writes $2.50/M", "Cache write", ["*1.25×*", "*$0.50/1M*"]),
    # $2 / $1 = 2x, $1.00/1M more
    ("explain cache writes to me; their input rate is $1/M and a write is $2/M", "Cache write", ["*2×*", "*$1.00/1M*"]),
])
def test_a_write_price_beside_its_term_is_set_against_the_input_rate(ask: str, title: str,
                                                                    figures: list[str]) -> None:
    reply = answer(ask)
    assert reply.intent == "glossary"
    assert reply.text.startswith(f"*{title}")
    for figure in figures:
        assert figure in reply.text


def test_a_write_price_alone_is_set_against_the_input_rate() -> None:
    # $1 / $0.80 = 1.25x; $1 - $0.80 = $0.20/1M
    reply = answer("input $0.80/M, cache writes $1/M. how much more is a write?")
    assert reply.intent == "caching"
    assert "*1.25×*" in reply.text and "*$0.20/1M*" in reply.text


def test_a_write_on_a_stated_prefix_is_priced_per_write() -> None:
    # 2,000 x ($3.75 - $3.00) / 1M = $0.0015 a write; no per-million line beside it
    reply = answer("cache writes $3.75/M, input $3/M, 2k prefix. what does a write cost over uncached?")
    assert reply.intent == "caching"
    assert "$0.0015" in reply.text and "÷ $3.00/1M" not in reply.text


@pytest.mark.parametrize(("ask", "intent", "figures"), [
    # $0.30 / $3 = 0.1x; $3 - $0.30 = $2.70/1M less
    ("what is a cache read? input is $3/M and cached reads are $0.30/M", "glossary", ["*0.1×*", "*$2.70/1M*"]),
    # $0.125 / $1.25 = 0.1x; $1.25 - $0.125 = $1.125/1M
    ("define cache hit. base input $1.25/M, cache hits $0.125/M", "glossary", ["*0.1×*", "*$1.125/1M*"]),
    # $0.50 / $2 = 0.25x; $1.50/1M less
    ("input $2/M, cached reads $0.50/M. how much cheaper is a hit?", "caching", ["*0.25×*", "*$1.50/1M*"]),
])
def test_a_read_price_is_set_against_the_input_rate(ask: str, intent: str, figures: list[str]) -> None:
    reply = answer(ask)
    assert reply.intent == intent
    for figure in figures:
        assert figure in reply.text


def test_a_read_on_a_stated_prefix_is_priced_per_hit() -> None:
    # 4,000 x ($3.00 - $0.30) / 1M = $0.0108 a hit; no per-million line beside it
    reply = answer("4k prefix, input $3/M, cached reads $0.30/M. what does a hit save?")
    assert reply.intent == "caching"
    assert "$0.0108" in reply.text and "Cache read rate against" not in reply.text
