"""Deals pasted from sheets (our own sentences): keyed lines with values in words or a unit in brackets, dot leaders,
`key=value` pairs on one line, a CSV row dated a day, a keyed on-demand or direct spend whose period its key names,
and a cost share asked for ("land at or below 90% of what on-demand would cost")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1.5M × $0.40 = $0.60; 400k × $2 = $0.80; $1.40 a week
        ("weekly_input_tokens: one and a half million\nweekly_output_tokens: 400k\ninput_price: 40 cents per million\n"
         "output_price: $2 per million\nweekly cost?", ["$0.60", "$0.80", "$1.40"]),
        # 2.2B × $0.50 = $1,100; 300M × $2 = $600; $1,700 for the quarter
        ("Q2 invoice (tokens):\n  input ........ 2.2bn\n  output ....... 300M\nat $0.50/M input and $2/M output, "
         "what would that quarter have cost?", ["$1,100.00", "$600.00", "$1,700.00"]),
        # per call 2,000 × $1 + 250 × $8 = $0.002 + $0.002 = $0.004; × 200k = $800 vs $0.006 × 200k = $1,200
        ("flat fee $0.006 per call vs input $1/MTok, output $8/MTok.\navg_in=2000, avg_out=250, "
         "calls_per_month=200000\nper month each way?", ["$0.004", "$800.00", "$1,200.00"]),
        # 30,000 × (1,000 × $2 + 200 × $8)/1M = 30,000 × $0.0036 = $108 a day
        ("csv from the gateway (one day):\ndate,calls,avg_input_tok,avg_output_tok\n2025-02-03,30000,1000,200\n"
         "rates $2/M in, $8/M out. daily spend?", ["$108.00"]),
        # write 4,096 × $3.75/1M = $0.01536; premium 4,096 × $0.75/1M = $0.003072
        ("prefix_tokens: 4096\ninput_rate: 3.00 (per MTok)\ncache_write_rate: 3.75 (per MTok)\n"
         "cache_read_rate: 0.30 (per MTok)\none cache write, and its premium?", ["$0.01536", "$0.003072"]),
    ],
)
def test_a_pasted_sheet_is_read(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("on-demand cost of the tokens those 2 units served last month (dashboard): $50,000", "on_demand_spend",
         50_000),
        ("direct API spend, trailing 12 months: $240k", "direct_spend", 240_000),
    ],
)
def test_a_keyed_spend_takes_the_period_its_key_names(line: str, field: str, value: int) -> None:
    fields = parse(f"units: 2\nrate: $20 per unit-hour\n{line}\nworth it?").fields
    assert getattr(fields, field) == value


def test_a_cost_share_asked_for_is_the_target() -> None:
    # 1 − 80% × 90% = 28%
    fields = parse("> sustained utilization 80%\n> provisioned must come in at or below 90% of on-demand\n"
                   "what discount do we need?").fields
    assert fields.target_saving == Decimal("0.1")
    assert_figures("> sustained utilization 80%\n> provisioned must come in at or below 90% of on-demand\n"
                   "what discount do we need?", ["28%"])


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # break-even 1 − 65% = 35%; for 10% under: 1 − 65% × 90% = 41.5%
        ("expected_util: 65%\ntarget: land 10% below what on-demand would cost\nwhat discount to break even, and what "
         "discount gets us to the target?", ["35%", "41.5%"]),
        # 1 − 70% = 30%; 15% below: 1 − 70% × 85% = 40.5%
        ("they sit at about 70% utilization. what discount would we need just to break even, and what would get them "
         "to 15% below on-demand?", ["30%", "40.5%"]),
    ],
)
def test_the_discount_asked_for_a_target_said_as_a_share_below_on_demand(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_percentile_utilization_is_no_discount() -> None:
    fields = parse("dashboard: 68% avg util, 92% p95 util. enough to break even?").fields
    assert fields.discount is None and Decimal("0.68") in fields.utilization


def test_an_ea_that_washes_out_the_premium() -> None:
    # (1 + 20%) × (1 − e) = 1 → e = 1 − 1/1.2 = 16.67%
    assert_figures("they call azure \"a 20% premium\" over direct. how big would the EA discount have to be for the "
                   "premium to wash out?", ["16.67%"])


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 10k × (1,200 × $2 + 200 × $8)/1M = 10k × $0.004 = $40 a day
        ("in_rate=2 out_rate=8 (usd/MTok) avg_in=1,200 avg_out=200 calls_per_day=10k\ndaily spend?", ["$40.00"]),
        # 1 − 75% × 80% = 40%
        ("target_cost_vs_ondemand=0.80\nsustained_util=75%\nwhat discount gets us there?", ["40%"]),
        # PAR 2 at 30% off sized for peak: 50% utilization, 0.7 × 2 = 1.4×
        ("discount=30% par=2 (peak:avg) sizing=for peak\nutilization and cost multiple?", ["50%", "1.4"]),
    ],
)
def test_key_value_pairs_among_other_words(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize("text", ["ratio=3 said twice: a=1 and b=2", "d=0.37 u=0.9 -> cost vs od?"])
def test_shorthand_and_prose_with_equals_signs_stay_as_they_are(text: str) -> None:
    from bot.parse.tables import read_tables

    assert read_tables(text) == text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 20,000 × (1,000 × $0.40 + 400 × $1.60)/1M = 20,000 × $0.00104 = $20.80 a day; × 30 = $624
        ("chat bot numbers:\nconvos/day: twenty thousand\ntokens per convo: 1k in, 400 out\npricing: 40 cents per M "
         "input, $1.60 per M output\ntheir billing month is 30 days. month total?", ["$20.80", "$624.00"]),
        # 4 × $3 × 730 = $8,760 against $10,000 → $1,240 less
        ("| item | value |\n|---|---|\n| provisioned units | 4 |\n| $/unit-hour | 3.00 |\n"
         "| on-demand equiv. of last month's tokens | $10,000 |\nmonth = 730h. provisioned cost + delta vs on-demand?",
         ["$8,760.00", "$1,240.00"]),
        # 100,000 × ($2 − $0.20)/1M = $0.18 a hit; storage 100,000 × $4.50/1M × 10 h = $4.50 a day
        ("explicit context cache\ncached_context_tokens: 100k\nttl: 1h (fixed, recreated each hour)\n"
         "active_hours_per_day: 10\nstorage: $4.50 per 1M token-hours\ninput: $2/M ; cached read: $0.20/M\n"
         "saving per cached call, and storage per day?", ["$0.18", "$4.50"]),
    ],
)
def test_keyed_counts_spends_prefixes_and_hours(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 30k × (1,000 × $2 + 200 × $8)/1M = 30k × $0.0036 = $108 a week
        ("each summary is ~1,000 tokens in and 200 out, $2 per million input, $8 per million output. weekly bill at "
         "30k summaries a week?", ["$0.0036", "$108.00"]),
        # 600M × $2 = $1,200; 150M × $8 = $1,200; $2,400 for the quarter
        ("q2_in_tokens=600M q2_out_tokens=150M in_rate=2 out_rate=8 (usd per 1M tokens)\nQ2 cost?",
         ["$1,200.00", "$2,400.00"]),
        # 1M × $0.20 + 0.4M × $0.80 = $0.20 + $0.32 = $0.52 a day × 90 = $46.80
        ("1M input tokens a day and 400k output, twenty cents per million in, eighty cents per million out. the "
         "quarter? call the quarter 90 days", ["$46.80"]),
    ],
)
def test_counts_of_things_named_quarters_and_quarters_in_days(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
