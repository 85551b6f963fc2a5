"""A cache saving per call said directly (our own sentences, not a scored batch's) is a caching ask answered with its
totals: saving × calls a day, a 730-hour month and any longer period asked; cache prices said label first ("in 3,
read 0.3, write 3.75 (per M)") are the input, read and write prices, so a payback question shows the saving per hit
and the write premium."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # $0.012 × 40,000 = $480 a day; × 730 ÷ 24 = $14,600 a month
        ("caching saves us about 1.2c per call and we do 40k calls a day. daily and monthly saving?",
         ["$480.00", "$14,600.00"]),
        # $0.004 × 30,000 = $120 a day; $3,650 a month; a year of 365 days $43,800
        ("the cache saves ~$0.004 a request at 30,000 requests/day - what's that per month and per year?",
         ["$120.00", "$3,650.00", "$43,800.00"]),
        # $0.02 × 5,000 hits = $100 a day; × 730 ÷ 24 = $3,041.67
        ("each cache hit saves $0.02, 5k calls a day. monthly?", ["$100.00", "$3,041.67"]),
    ],
)
def test_a_saving_per_call_said_is_totalled(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "caching", reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


def test_a_fee_per_call_is_still_a_fee() -> None:
    # no cache in it: a per-call fee, as before
    fields = parse("the endpoint charges 0.9c per call, 25k calls/day. daily + monthly?").fields
    assert fields.per_call_fee == Decimal("0.009") and fields.claimed_hit_saving is None


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("does one hit pay back the write premium? prefix 6k, in 2.5, read 0.25, write 3.125 (per M)",
         (Decimal("2.5"), Decimal("0.25"), Decimal("3.125"))),
        ("8k prefix; input 3, cached 0.3, cache write 3.75 per MTok. premium per write?",
         (Decimal(3), Decimal("0.3"), Decimal("3.75"))),
    ],
)
def test_cache_prices_said_label_first(text: str, rates: tuple[Decimal, Decimal, Decimal]) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.cache_read_rate, fields.cache_write_rate) == rates, fields


def test_a_payback_question_shows_the_saving_per_hit_and_the_premium() -> None:
    # 6,000 × ($2.50 − $0.25)/1M = $0.0135 a hit; 6,000 × ($3.125 − $2.50)/1M = $0.00375 a write
    reply = router.answer("does one hit pay back the write premium? prefix 6k, in 2.5, read 0.25, write 3.125 (per M)",
                          rate_cards={})
    assert "$0.0135" in reply.text and "$0.00375" in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "in 3 months, read 2 reports",  # a period and a count, no prices
        "input 3, read 5, write 4 per M, 2k prefix",  # a read dearer than input: not a cache-read price
    ],
)
def test_label_first_figures_out_of_order_are_not_cache_prices(text: str) -> None:
    fields = parse(text).fields
    assert fields.cache_read_rate is None, fields


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # "pfx" is the prefix: 6,000 × ($2 − $0.20)/1M = $0.0108 a hit; × 10,000 = $108.00 a day
        ("caching: 6k pfx, $2 in / $0.20 read, 10k calls/d, every call hits. savings per day?", ["$0.0108", "$108.00"]),
        # a sheet's cache price columns are prices: 2,000 × ($2 − $0.50)/1M = $0.003; 2,000 × ($2.625 − $2)/1M
        ("prefix_tokens,input_rate,cache_read,cache_write\n2000,2.00,0.50,2.625\nper-hit saving and write premium?",
         ["$0.003", "$0.00125"]),
    ],
)
def test_prefix_and_cache_prices_in_short_and_sheet_forms(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


def test_a_sheet_column_counting_writes_is_still_a_count() -> None:
    fields = parse("prefix_tokens,input_rate,cache_read,cache_writes_per_day,calls_per_day\n"
                   "2000,2.00,0.50,40,5000").fields
    assert fields.writes_per_day == Decimal(40) and fields.cache_write_rate is None, fields


def test_a_field_value_sheet_with_prices_in_its_keys_is_read() -> None:
    # 5,000 × ($2 − $0.20)/1M = $0.009 a hit; 5,000 × ($2.50 − $2)/1M = $0.0025 a write; 20,000 calls at 80%:
    # 16,000 × $0.009 = $144.00 − 4,000 × $0.0025 = $10.00 -> $134.00 a day
    text = ("| field | value |\n|---|---|\n| account | Northwind Labs |\n| cached prefix tokens | 5,000 |\n"
            "| input $/M | 2.00 |\n| cache read $/M | 0.20 |\n| cache write $/M | 2.50 |\n| calls/day | 20,000 |\n"
            "| expected hit rate | 80% |\nevery miss writes. net per day?")
    reply = router.answer(text, rate_cards={})
    for figure in ("$0.009", "$0.0025", "$134.00"):
        assert figure in reply.text, (figure, reply.text)
