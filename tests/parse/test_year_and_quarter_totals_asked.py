"""A total asked over a year or a quarter beside the monthly figure (our own sentences): a markup spend, a
provisioned units' commitment and units against an on-demand spend are each shown over the year (8,760 h) or the
quarter (2,190 h) asked for, multiplying out from the month's figures; a 1-year term alone, "a quarter off", and
"annual" in a company's name or an event stay context."""

from __future__ import annotations

import pytest

from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # $25,000 × 12 = $300,000 direct; × 1.08 (1.2 × 0.9 − 1) = $324,000 a year
        ("direct api bill runs $25k a month. azure list is 20% over, they get 10% EA. yearly cost on azure?",
         ["8%", "$27,000.00", "$300,000.00 direct", "$324,000.00* a year", "$24,000.00* a year more"]),
        # $60,000 × 3 = $180,000; × 1.035 (1.15 × 0.9 − 1) = $186,300 a quarter
        ("customer pays $60,000/mo going direct; vertex would be +15% list with a 10% ea. what's the quarterly spend "
         "on vertex?", ["3.5%", "2,190 h", "$180,000.00 direct", "$186,300.00* a quarter"]),
    ],
)
def test_a_markup_spend_is_shown_over_the_year_or_quarter_asked(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 6 × $12.50 × 8,760 = $657,000; × 2,190 = $164,250
        ("six PTUs at $12.50 an hour, 30% discount vs on-demand. what's the yearly commitment and per quarter?",
         ["$54,750.00* a month", "$164,250.00* a quarter", "$657,000.00* a year", "70%"]),
        ("2 units @ $20/hr on a 1-yr reservation, 45% off list - annual total pls",
         ["2 × $20.00 × 8,760 h", "$350,400.00* a year", "55%"]),
    ],
)
def test_a_commitment_with_a_discount_is_shown_over_the_year_or_quarter(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_one_year_term_shown_as_a_year_is_not_listed_as_unused() -> None:
    assert "Not used" not in reply_text("2 units @ $20/hr on a 1-yr reservation, 45% off list - annual total pls")


def test_units_against_a_spend_are_shown_over_the_year() -> None:
    # 3 × $15 × 8,760 = $394,200 against $30,000 × 12 = $360,000: $34,200 more
    assert_figures("they'd reserve 3 units at $15/hr; the same tokens on-demand are $30k a month. annual comparison?",
                   ["$32,850.00* a month", "$394,200.00* a year", "$360,000.00 a year", "$34,200.00 a year more"])


@pytest.mark.parametrize(
    "text",
    [
        # a 1-year term with no total asked: only the break-even
        "1-year provisioned commitment at 38% off: where's the break-even?",
        # "a quarter off" is a discount, not a period
        "4 units at $9.60/hr, a quarter off on-demand: break-even?",
    ],
)
def test_a_term_or_a_fraction_alone_asks_for_no_period_total(text: str) -> None:
    reply = reply_text(text)
    assert "a year" not in reply and "a quarter" not in reply.replace("a quarter off", "")


@pytest.mark.parametrize(
    "text",
    [
        "Annual Logistics spends $40,000 a month direct; bedrock lists +25% with a 12% EA. cost on bedrock?",
        "we spend $40,000 a month direct; bedrock +25%, EA 12% off; before our annual review, what's the cost on "
        "bedrock?",
    ],
)
def test_annual_as_a_name_or_an_event_stays_context(text: str) -> None:
    reply = reply_text(text)
    assert "$44,000.00* a month" in reply and "a year" not in reply


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 20,000 × 365 = 7,300,000 calls × $0.01 = $73,000; a quarter is 91.25 days: 1,825,000 calls
        ("their api bills $0.01 per request, ~20k requests a day - what's the annual total?",
         ["$6,083.33", "7,300,000 calls × $0.01", "$73,000.00"]),
        ("$0.002 a call, 100k calls daily; give me the quarterly bill", ["9,125,000 calls × $0.002", "$18,250.00"]),
    ],
)
def test_a_per_call_fee_is_shown_over_the_year_or_quarter(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_per_call_term_alone_asks_for_no_year() -> None:
    assert "Per year" not in reply_text("$0.002 a call, 100k calls daily on a 1-year contract; monthly bill?")


def test_a_hyperscaler_spend_is_shown_direct_over_the_year_asked() -> None:
    # $30,000 × 12 = $360,000 on the hyperscaler ÷ 1.035 (1.15 × 0.9 − 1) = $347,826.09 direct
    assert_figures("bedrock bill is $30k a month; list runs 15% over direct and they have a 10% EA. what's the direct "
                   "equivalent per annum?", ["$360,000.00 on the hyperscaler", "$347,826.09* a year direct",
                                             "$12,173.91 a year"])
