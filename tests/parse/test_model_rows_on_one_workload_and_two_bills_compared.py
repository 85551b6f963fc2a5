"""Rows of models priced on the same volumes (a "monthly in" column alike in every row) are options for one workload:
each priced, the second set against the first, never added up; a proposal setting capacity units by the hour against
the same traffic on-demand, asking which option is cheaper, gets the two bills."""

from __future__ import annotations

from bot import router

TABLE = ("| model | input $/M | output $/M | monthly in | monthly out |\n|---|---|---|---|---|\n"
         "| large | 2.00 | 8.00 | 300M | 60M |\n| small | 0.50 | 2.00 | 300M | 60M |\ndifference per month?")


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_models_priced_on_one_workload_are_set_against_each_other() -> None:
    text = reply(TABLE)
    # large: 300M × $2/1M + 60M × $8/1M = $600 + $480 = $1,080; small: $150 + $120 = $270
    assert "*$1,080.00*" in text and "*$270.00*" in text
    assert "$1,080.00 − $270.00 = *$810.00 a month less*" in text
    assert "Both rows" not in text


def test_models_on_different_volumes_are_still_added_up() -> None:
    text = reply(TABLE.replace("| small | 0.50 | 2.00 | 300M | 60M |", "| small | 0.50 | 2.00 | 100M | 20M |")
                 .replace("difference per month?", "total per month?"))
    assert "Both rows" in text


def test_units_by_the_hour_against_on_demand_traffic_which_option_is_cheaper() -> None:
    text = reply("Proposal draft:\nOption A – Provisioned: 10 PTUs x $2.00/hr, 730 hrs/mo\n"
                 "Option B – On-demand: est. 4B input + 1B output tokens/mo at $2.50/$10\n"
                 "Which option is cheaper per month and by how much?")
    # A: 10 × $2 × 730 = $14,600; B: 4,000M × $2.50/1M + 1,000M × $10/1M = $10,000 + $10,000 = $20,000
    assert "*$14,600.00*" in text and "*$20,000.00*" in text
    assert "*$5,400.00 a month less*" in text
