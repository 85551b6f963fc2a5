"""Prompt caching asks said the way reps write them (our own sentences, not a scored batch's): a caching sheet pasted
as `key    value` or `key: value` lines (prefix tokens, calls per day, hit rate, input / read / write $ per MTok),
every call hitting said right after the volume ("8,000 calls/day all hitting"), a year of "22 business days a month",
a long word before "calls", and a call count after a prefix already sized ("a 7,000-token prefix: 2,000 calls/day")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    "text",
    [
        "from our sizing sheet:\nprefix_tokens    6,000\ncalls_per_day    2,000\nhit_rate         75%\n"
        "input $/MTok     2.00\nread $/MTok      0.20\nwrite $/MTok     2.50\nmisses write. net per day?",
        "sheet says\nprefix_tokens: 6,000\ncalls_per_day: 2,000\nhit_rate: 75%\ninput $/MTok: 2.00\n"
        "read $/MTok: 0.20\nwrite $/MTok: 2.50\nmisses write - whats the daily net",
        "- prefix tokens = 6000\n- calls per day = 2000\n- hit rate = 75%\n- base $/M = 2.00\n- cache read $/M = 0.20\n"
        "- cache write $/M = 2.50\nevery miss writes. net a day pls",
    ],
)
def test_a_caching_sheet_pasted(text: str) -> None:
    # 6,000 x ($2 - $0.20)/1M = $0.0108; premium 6,000 x $0.50/1M = $0.003; 1,500 x $0.0108 = $16.20;
    # 500 x $0.003 = $1.50; net $14.70
    ask = parse(text)
    assert ask.intent == "caching"
    assert (ask.fields.prefix_tokens, ask.fields.calls_per_day, ask.fields.hit_ratio) == (
        Decimal(6000), Decimal(2000), Decimal("0.75")), ask.fields
    assert_figures(text, ["$0.0108", "$16.20", "$1.50", "$14.70"])


def test_a_sheet_line_that_is_not_a_caching_key_stays() -> None:
    fields = parse("ticket: 4512\nprefix_tokens: 3,000\n$3 in, $0.30 read, 1k calls a day").fields
    assert fields.prefix_tokens == Decimal(3000)
    assert fields.calls_per_day == Decimal(1000)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 3,000 x $1.80/1M = $0.0054; x 4,000 = $21.60 a day; x 30 = $648.00
        ("3k prefix, $2 in, $0.20 cached per 1M, 4,000 calls a day all hitting. per 30-day month?",
         ["$0.0054", "$21.60", "$648.00"]),
        # 6,000 x $0.90/1M = $0.0054; x 1,500 = $8.10; x 30 = $243.00
        ("6k sys prompt, $1 input / 10c cache read, 1.5k requests daily every one hitting the cache. monthly "
         "on a 30-day month?", ["$0.0054", "$8.10", "$243.00"]),
        # 5,000 x $2.70/1M = $0.0135; x 2,000 = $27.00
        ("2,000 calls/day all hit; prefix 5k; $3 in / $0.30 cached. saving a day?", ["$0.0135", "$27.00"]),
    ],
)
def test_every_call_hitting_said_after_the_volume(text: str, figures: list[str]) -> None:
    assert parse(text).fields.hit_ratio == Decimal(1)
    assert_figures(text, figures)


def test_all_hitting_something_else_is_not_a_hit_rate() -> None:
    fields = parse("4,000 calls a day all hitting different prompts, 3k prefix, $2 in, $0.20 cached").fields
    assert fields.hit_ratio is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # hits 9,000 x $0.0054 = $48.60; writes 1,000 x $0.0015 = $1.50; net $47.10 a day; x 21 = $989.10; x 252 days
        # (21 x 12) = $11,869.20
        ("runs on working days only, 21 a month. 2k prefix, $3 in, $0.30 read, $3.75 write, 10k calls per working "
         "day, 90% hit, misses write. annual saving?", ["$47.10", "$989.10", "$11,869.20"]),
        # $47.10 x 22 = $1,036.20; x 264 = $12,434.40
        ("2k prefix, $3 in, $0.30 read, $3.75 write. 10,000 calls per business day, 22 business days a month, 90% "
         "hits, misses write. yearly figure (twelve months)?", ["$1,036.20", "$12,434.40"]),
    ],
)
def test_a_year_of_business_day_months(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_long_word_before_calls() -> None:
    fields = parse("1k prefix, ~120k summarisation calls/day, $1 in, $0.10 cached").fields
    assert fields.calls_per_day == Decimal(120000)


@pytest.mark.parametrize(
    "text",
    [
        "Caching for a 4,000-token prefix: 3,000 calls/day, $3 in, $0.30 read, all hit",
        "sys prompt of 4k tokens: 3,000 calls a day at $3 in and $0.30 read",
        "4000 token system prompt: 3k requests per day; $3 input, $0.30 cached",
    ],
)
def test_calls_after_a_sized_prefix(text: str) -> None:
    fields = parse(text).fields
    assert (fields.prefix_tokens, fields.calls_per_day) == (Decimal(4000), Decimal(3000)), fields


def test_a_prefix_key_still_takes_its_size() -> None:
    assert parse("prefix: 2,500 | calls/day: 8,000 | $3 in, $0.30 read").fields.prefix_tokens == Decimal(2500)
