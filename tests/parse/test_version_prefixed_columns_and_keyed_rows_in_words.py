"""Sheets from a deal desk: columns named by version then field ("planned_input | actual_input") over one row are two
versions set against each other; a key and its value in words with an aside ("| sustained_utilization | seventy
percent (flat for the last 2 quarters) |") keep together, and "the last 2 quarters" is a span, never 50%; a target
"landing 15% under on-demand" is the saving wanted; a caching net over a month of business days shows its two parts."""

from __future__ import annotations

from decimal import Decimal

from bot import router
from bot.parse import parse


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_columns_named_by_version_then_field_are_two_versions() -> None:
    text = reply("April over forecast? rates $1 in / $5 out per MTok\n"
                 "month\tforecast_input\tforecast_output\tactual_input\tactual_output\n"
                 "Apr\t500M\t100M\t700M\t150M\nactual cost and the gap?")
    # forecast: $500 + $500 = $1,000; actual: $700 + $750 = $1,450
    assert "*$1,000.00*" in text and "*$1,450.00*" in text
    assert "*$450.00 a month more*" in text


def test_a_span_of_quarters_is_never_a_share() -> None:
    fields = parse("utilization: 70% (flat for the last 2 quarters). discount to break even?").fields
    assert fields.discount is None
    assert fields.utilization == [Decimal("0.7")]


def test_a_keyed_row_in_words_and_a_target_landing_under_on_demand() -> None:
    text = reply("renewal sheet:\n| field | value |\n|---|---|\n"
                 "| sustained_utilization | eighty percent (flat for the last 3 quarters) |\n"
                 "| target | provisioned landing 20% under on-demand |\nwhat discount hits the target?")
    # (1 − d) ÷ 80% = 1 − 20% → d = 1 − 0.8 × 0.8 = 36%
    assert "*36%*" in text


def test_a_caching_net_over_business_days_shows_what_hits_save_and_writes_cost() -> None:
    text = reply("22 business days in the month:\nprefix_tokens,10000\ninput_rate,$3/MTok\ncache_read_rate,$0.30/MTok\n"
                 "cache_write_rate,$3.75/MTok\ncalls_per_business_day,1000\nhit_rate,90%\n"
                 "gross saving, write premium and net for the month?")
    # a day: 900 × $0.027 = $24.30 saved, 100 × $0.0075 = $0.75 premium; × 22: $534.60 and $16.50, net $518.10
    assert "*$518.10* net (19,800 hits save $534.60 − 2,200 writes cost $16.50)" in text


def test_on_each_of_their_business_days_the_counts_are_each_days() -> None:
    text = reply("On each of their 21 business days a month they push 40M input tokens and 5M output tokens. Rates "
                 "$2 per million in and $8 per million out. Monthly bill?")
    # a day: $80 + $40 = $120; × 21 = $2,520
    assert "Per month of 21 days: $120.00 × 21 days = *$2,520.00*" in text


def test_an_on_demand_amount_with_who_pays_it_between() -> None:
    text = reply("5 units @ $20 a unit hour, 24/7, 30 day month. monthly commit, and how much under the $90k theyd "
                 "pay on demand for the same tokens?")
    # 5 × $20 × 720 h = $72,000; $18,000 under $90,000
    assert "*$72,000.00*" in text and "*$18,000.00 a month less*" in text
