"""A caching ask where the repeated prefix changes (our own sentences, not a scored batch's): "the cacheable prefix
becomes 3,500 tokens", "the system prompt goes from 4k to 6k", "only the first 1,000 tokens are stable ... the stable
prefix becomes 5k" price today's prefix and the new one side by side, with the new layout's month and what it adds,
instead of asking which prefix was meant. Other counts that change (user turns, calls) are no prefix change."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "base", "new"),
    [
        (
            "Caching redesign: right now only the first 2,000 tokens are stable. After we hoist the tool list, "
            "the cached prefix becomes 6,000 tokens. $3/M input, $0.30/M cache reads, 20k calls a day. "
            "Saving before and after?",
            2000,
            6000,
        ),
        (
            "their system prompt grows from 3k to 5k tokens next sprint; input $2.50/M, cached $0.25/M, 8k calls/day "
            "all hits. per hit and per day now vs then?",
            3000,
            5000,
        ),
        (
            "Option 1 caches just the 1.5k preamble; option 2 pulls the examples forward so the cached prefix "
            "becomes 4k. $5/M in, $0.50/M cached, 12k calls a day - daily saving for each?",
            1500,
            4000,
        ),
        (
            "the first 800 tokens of the prompt are static today, and with the reorder the static part would become "
            "2,400 tokens. caching at $1/M input vs $0.10/M cached, 100k calls a day, all hits. what's the uplift?",
            800,
            2400,
        ),
    ],
)
def test_a_prefix_that_changes_is_priced_both_ways(text: str, base: int, new: int) -> None:
    ask = parse(text)
    assert ask.intent is Intent.CACHING
    assert (ask.fields.prefix_tokens, ask.fields.what_if_prefix) == (Decimal(base), Decimal(new))
    assert not ask.ambiguities


def test_the_reply_gives_the_new_layout_a_day_a_month_and_the_uplift() -> None:
    # 6,000 × $2.70/1M = $0.0162 a hit × 20,000 = $324.00 a day, $9,855.00 a month;
    # base 2,000 × $2.70/1M × 20,000 = $108.00; uplift $216.00 a day, $6,570.00 a month
    reply = reply_text(
        "Caching redesign: right now only the first 2,000 tokens are stable. After we hoist the tool "
        "list, the cached prefix becomes 6,000 tokens. $3/M input, $0.30/M cache reads, 20k calls a "
        "day, every call hits. Saving before and after, and the monthly uplift?"
    )
    for figure in ("$0.0162", "$324.00 a day", "$9,855.00 a month", "$108.00", "$216.00 a day", "$6,570.00"):
        assert figure in reply, (figure, reply)


@pytest.mark.parametrize(
    "text",
    [
        # user turns changing size beside a fixed system prompt: no what-if prefix
        "4k-token system prompt, user turns go from 500 to 900 tokens. $3/M input, $0.30/M cached, 10k calls a day. "
        "caching saving?",
        # the calls grow, not the prefix
        "prefix is 5,000 tokens and calls grow to 30k a day; input $3/M, cached $0.30/M. daily saving?",
    ],
)
def test_other_changes_are_no_prefix_what_if(text: str) -> None:
    assert parse(text).fields.what_if_prefix is None


@pytest.mark.parametrize(
    "text",
    [
        "What if they grow the system prompt from 2k to 6k tokens? $3/M in, $0.30 reads, 20k calls a day, pretty much "
        "everything hits. How much per day at 6k, and how much more than at 2k?",
        "if we expand the prefix from 2,000 to 6,000 tokens: input $3/M, cached $0.30/M, 20k calls/day, all hits. "
        "daily saving at 6k and the difference?",
        "they'd bump their preamble up from 2k to 6k tokens. $3 input, $0.30 cache reads, 20,000 calls a day, every "
        "call hits. per day after, and vs before?",
    ],
)
def test_a_prefix_grown_with_the_verb_first_is_priced_both_ways(text: str) -> None:
    # 6,000 × $2.70/1M = $0.0162 × 20,000 = $324.00 a day; 2,000 × $2.70/1M × 20,000 = $108.00; more by $216.00
    ask = parse(text)
    assert ask.intent is Intent.CACHING, ask
    assert (ask.fields.prefix_tokens, ask.fields.what_if_prefix) == (Decimal(2000), Decimal(6000))
    reply = reply_text(text)
    for figure in ("$0.0162", "$324.00 a day", "$108.00", "$216.00 a day"):
        assert figure in reply, (figure, reply)


@pytest.mark.parametrize(
    "text",
    [
        # near miss: no cache price, so growing the system prompt is a per-token quote of the bigger call
        "What if they grow the system prompt from 2k to 6k tokens? $3/M in, 20k calls a day. cost per day?",
        # near miss: the calls grow, verb first, not the prefix
        "4k prefix, $3/M in, $0.30 cached; what if we grow the calls from 20k to 30k a day? daily saving?",
    ],
)
def test_a_verb_first_change_of_something_else_is_no_prefix_what_if(text: str) -> None:
    assert parse(text).fields.what_if_prefix is None


def test_a_system_prompt_grown_without_a_cache_price_stays_a_quote() -> None:
    # near miss: 6,000 × $3/1M = $0.018 × 20,000 = $360.00 a day, against 2,000 tokens' $120.00
    reply = reply_text("What if they grow the system prompt from 2k to 6k tokens? $3/M in, 20k calls a day. cost per "
                       "day?")
    for figure in ("Per-token quote", "$360.00", "$120.00 a day"):
        assert figure in reply, (figure, reply)
