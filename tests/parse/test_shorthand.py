"""Shorthand, spend amounts and ratios as reps type them in Slack: "disc", "pct", "OD", "PAYG", "b/e", "calls/d";
an on-demand spend in words or with a scale ("spends 3.2 mil a year", "on-demand bill 2,4M/yr", "twelve and a half
k a month on demand"); and a provisioned cost ratio shown as a share of the on-demand cost."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.format import money
from bot.parse import parse
from bot.parse.forms import read_forms
from tests.support.replies import reply_text


def _fields(text: str) -> dict[str, object]:
    return {k: v for k, v in parse(text).fields.model_dump().items() if v not in (None, [])}


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("disc 25% and util 0.8 on the PTU deal, cost ratio?", "discount", Decimal("0.25")),
        ("disc 0.15, util 95% - where are we vs on demand", "discount", Decimal("0.15")),
        ("they were offered 35 pct off provisioned, running at 70 pct", "discount", Decimal("0.35")),
        ("b/e util for a 22% disc?", "discount", Decimal("0.22")),
        ("12k calls/d, 900 in / 100 out at $1/$4", "calls_per_day", Decimal(12_000)),
        ("at 65% util how far over OD is a 30% discount", "utilization", [Decimal("0.65")]),
    ],
)
def test_shorthand_is_read_as_the_word(text: str, field: str, value: object) -> None:
    assert _fields(text)[field] == value


def test_shorthand_names_the_question() -> None:
    assert parse("b/e util on 30% off?").intent == "break_even"
    assert "on-demand" in read_forms("ratio vs payg")[0] and "on-demand" in read_forms("over od?")[0]


@pytest.mark.parametrize("text", ["the odds are good", "a disco ball", "discs and drives", "payground", "pctx",
                                  "in/out 3:1", "$2/day"])
def test_words_that_only_start_like_shorthand_stay(text: str) -> None:
    assert read_forms(text)[0] == text


@pytest.mark.parametrize(
    ("text", "spend", "period"),
    [
        ("customer spends 3.2 mil a year on-demand. provisioned 35% off, 70% util. new annual bill?", 3_200_000,
         "year"),
        ("on-demand bill 2,4M/yr, provisioned is 25% off at 90% utilisation: saving?", 2_400_000, "year"),
        ("twelve and a half k a month on demand today; PTUs 40% off, about 75% used. new monthly?", 12_500, "month"),
        ("paying 1.5 million a year PAYG, 30% off provisioned, util 80%", 1_500_000, "year"),
    ],
)
def test_a_spend_with_a_scale_or_in_words_is_dollars(text: str, spend: int, period: str) -> None:
    fields = _fields(text)
    assert fields["on_demand_spend"] == spend and fields["spend_period"] == period
    ask = parse(text)
    bill = Decimal(spend) * (1 - ask.fields.discount) / ask.fields.utilization[0]  # type: ignore[operator]
    assert money(bill) in reply_text(text)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("spending 3m tokens a day at $1/$2, 1k in / 200 out per call", "input_tokens_per_call", Decimal(1000)),
        ("they spend 2 hours a day in review, 30% discount, 80% util", "discount", Decimal("0.3")),
        ("twenty-one and a half thousand calls a day, 800 in / 200 out at $1/$3", "calls_per_day", Decimal(21_500)),
    ],
)
def test_counts_beside_money_words_stay_counts(text: str, field: str, value: Decimal) -> None:
    fields = _fields(text)
    assert fields[field] == value
    assert "on_demand_spend" not in fields


def test_and_a_half_of_a_scale_is_never_read_as_a_half() -> None:
    for words, value in (("eighteen and a half k", 18_500), ("thirty-two and a half million", 32_500_000),
                         ("two and a half mil", 2_500_000)):
        text = f"{words} a month on demand, 30% off provisioned, 80% util"
        assert _fields(text)["on_demand_spend"] == value
        assert "50%" not in read_forms(text)[0]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("45% utilisation on a 50% discount, ratio vs on-demand?", "111.11% of the on-demand cost"),
        ("35% off provisioned at 85% util, how does it compare with on demand", "76.47% of the on-demand cost"),
        ("peak-to-average 2, 40% off provisioned, sized for peak: cost vs on-demand?", "120% of the on-demand cost"),
    ],
)
def test_the_cost_ratio_is_also_a_share_of_the_on_demand_cost(text: str, shown: str) -> None:
    assert shown in reply_text(text)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("20k calls a day, 1,500 in / 250 out, prices 0.4 and 1.6 per mil",
         {"input_rate": "0.4", "output_rate": "1.6"}),
        ("5k calls/day, 3k in, 500 out; in 1.25 / out 10 per MTok", {"input_rate": "1.25", "output_rate": "10"}),
        ("3k calls a day, 2k in / 400 out, $0.80 in and 4 out per million", {"input_rate": "0.8", "output_rate": "4"}),
        ("3k calls a day, 2k in / 400 out, four dollars in and twelve out per million",
         {"input_rate": "4", "output_rate": "12"}),
        ("3k calls a day, 2k in / 400 out at 0,90 $/MTok in and 3,60 out", {"input_rate": "0.9", "output_rate": "3.6"}),
        ("3k calls a day, 2k in / 400 out, twenty cents in / a dollar twenty out per million",
         {"input_rate": "0.2", "output_rate": "1.2"}),
        ("6k prefix, input 1.10 per MTok, cache read 0.11, 9k calls a day", {"input_rate": "1.1",
                                                                            "cache_read_rate": "0.11"}),
    ],
)
def test_prices_said_without_a_dollar_sign_are_rates(text: str, fields: dict[str, str]) -> None:
    got = _fields(text)
    assert {k: got.get(k) for k in fields} == {k: Decimal(v) for k, v in fields.items()}


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("300 calls per million users, 2k in / 400 out at $1/$4", "input_rate", Decimal(1)),
        ("1k in / 200 out per call, 3/15 per MTok, 5k calls a day", "output_tokens_per_call", Decimal(200)),
        ("two dollars 50 a call flat fee, 1k in / 100 out at $1/$2", "per_call_fee", Decimal("2.5")),
        ("three dollars and fifteen dollars per million, 1k in / 100 out", "output_rate", Decimal(15)),
    ],
)
def test_counts_and_signed_prices_beside_a_per_million_unit_keep_their_meaning(text: str, field: str,
                                                                               value: Decimal) -> None:
    assert _fields(text)[field] == value


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # the period asked about, right before the volume, is the volume's period
        ("net saving a day at 15k calls? 3k prefix, $3 in, $0.30 cached", "calls_per_day", Decimal(15_000)),
        ("what's the monthly cost per month with 90k requests, 1k in / 200 out at $1/$4", "calls_per_day",
         Decimal(90_000) * 24 / 730),
        # a hit rate said as a count
        ("4k prefix, $3 in, $0.30 read, 20k calls a day, seven in ten should hit", "hit_ratio", Decimal("0.7")),
        ("4k prefix, $3 in, $0.30 read, 20k calls a day and 1 out of 4 calls misses", "hit_ratio", Decimal("0.75")),
    ],
)
def test_periods_and_hit_rates_as_reps_say_them(text: str, field: str, value: Decimal) -> None:
    got = _fields(text)[field]
    assert isinstance(got, Decimal) and abs(got - value) < Decimal("1e-6")


@pytest.mark.parametrize("text", ["2 in 3 customers asked, 10k calls a day, 1k in / 200 out at $1/$2",
                                  "a day at the office, 10 calls, 1k in / 200 out at $1/$2"])
def test_counts_that_are_not_hit_rates_or_periods_stay(text: str) -> None:
    fields = _fields(text)
    assert "hit_ratio" not in fields
    assert fields.get("calls_per_day") in (None, Decimal(10_000))


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("split it out: 80M in/day at $1.50, 20M out/day at $6, monthly?", {"input_rate": "1.5", "output_rate": "6"}),
        ("400M in a month @ $0.40 and 90M out a month @ $1.60", {"input_rate": "0.4", "output_rate": "1.6"}),
    ],
)
def test_a_price_after_a_count_with_its_period_is_that_sides_rate(text: str, fields: dict[str, str]) -> None:
    got = _fields(text)
    assert {k: got.get(k) for k in fields} == {k: Decimal(v) for k, v in fields.items()}
