"""Units of work with their calls said as "each conversation averaging four model turns" multiply the calls, over any
period the units are counted in (a quarter too); units by the hour against an on-demand spend, asked "over a 12-month
term", get the term's two bills and the difference."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_each_unit_averaging_its_turns_multiplies_the_calls_over_a_quarter() -> None:
    text = reply("Their helpdesk bot handles 600,000 tickets a quarter, each ticket averaging three model turns of "
                 "about 2,000 input and 500 output tokens. Rates are $1 in and $4 out per million. Quarterly bill?")
    # a call: 2,000 × $1/1M + 500 × $4/1M = $0.004; a ticket 3 calls = $0.012; 600,000 × 3 = 1.8M calls: $7,200
    assert "*$0.012*" in text
    assert "*$7,200.00*" in text


def test_a_units_term_against_an_on_demand_spend() -> None:
    text = reply("Today they pay about $30,000 a month on-demand. The offer is 10 units at $3.00 an hour, and those 10 "
                 "units would carry all of their traffic. Over a 12-month term, how much do they save?")
    # a month: 10 × $3 × 730 = $21,900 against $30,000, $8,100 less; 12 months: $97,200
    assert "*$8,100.00 a month less*" in text
    assert "Over 12 months: provisioned 10 × $3.00 × 8,760 h = *$262,800.00*" in text
    assert "*$97,200.00 less* than on-demand" in text
    assert "Not used" not in text
