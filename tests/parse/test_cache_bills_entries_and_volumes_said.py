"""Prompt-caching figures said in reps' words (our own sentences, not a scored batch's): the input bill of one call
with its prefix cached, what the hits an entry lives for save, the input rate called "normal" or "regular", and a
volume of tokens read from the cache over a period rather than one call's prefix."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import parse


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


# --- one call's input bill, cached and not -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "uncached", "cached"),
    [
        ("what does caching take off each call's input bill if 3,000 of a 5,000-token prompt is a fixed system "
         "prompt? $2/M input, reads $0.20/M, all hits", "$0.01", "$0.0046"),
        ("how much does a cache hit cut the input cost if 4,000 of their 10,000 input tokens are a static prefix? "
         "$1/M in, $0.10/M cached", "$0.01", "$0.0064"),
    ],
)
def test_the_cut_on_a_sized_prompt_is_shown_in_dollars_on_one_call(text: str, uncached: str, cached: str) -> None:
    reply = _reply(text)
    assert reply.intent == "caching"
    assert f"*{cached}*" in reply.text and f"= {uncached} uncached" in reply.text


# --- the hits one entry lives for ----------------------------------------------------------------------------------

def test_what_the_hits_an_entry_lives_for_save_is_shown_beside_the_net() -> None:
    reply = _reply("one cache write of a 10k-token prefix at $3.75/M, input $3/M. the entry survives ~50 reads at "
                   "$0.30/M. what do those reads save?")
    assert reply.intent == "caching"
    assert "50 × $0.027 = *$1.35*" in reply.text  # the reads' saving, before the write's $0.0075 premium
    assert "“50 reads”" not in reply.text  # read, not set aside


def test_an_input_rate_called_normal_or_regular_is_the_input_rate() -> None:
    for text in ("4k prefix, $2.50 normal vs $0.25 cached, 20k calls a day. worth caching?",
                 "4k prefix, regular price $2.50/M, cached $0.25/M, 20k calls a day. worth caching?"):
        assert parse(text).fields.input_rate == 2.5


# --- tokens read from the cache over a period ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("about 40M cached tokens a day at $1.25 regular vs $0.125 cached. daily and monthly saving?",
         ["$45.00 a day", "$1,368.75"]),
        ("2B prefix tokens a month come out of the cache; input $5/M, cache reads $0.50/M. what's that worth a month?",
         ["$9,000.00"]),
    ],
)
def test_a_volume_of_cached_tokens_is_priced_at_both_rates(text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.fields.prefix_tokens is None  # a period's tokens, not one call's prefix
    reply = _reply(text)
    assert reply.intent == "caching"
    for figure in figures:
        assert figure in reply.text
    assert "10k calls a day" not in reply.text  # the volume is the tokens given: not asked for


def test_a_volume_of_cached_tokens_without_rates_asks_for_the_rates_only() -> None:
    reply = _reply("roughly 1B cached tokens a month. savings?")
    assert "cache-read" in reply.text
    assert "10k calls a day" not in reply.text
