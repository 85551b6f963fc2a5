"""A rate stated for one side while both sides' tokens are given (our own sentences, not a scored batch's): the
side with its rate is priced alone, the other side's rate is asked for, and the stated rate is never applied to the
other side, even when that side's label follows the rate ("at $2.50/M + 4M output/day")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


@pytest.mark.parametrize(
    ("text", "side", "rate"),
    [
        ("12M input tokens a day at $1.20/M + 3M output/day, what's the month?", "input", "1.2"),
        ("price 40M in/day at $0.80/M plus 9M out per day", "input", "0.8"),
        ("5M output tokens a day @ $6/M and 25M input a day - monthly?", "output", "6"),
        ("input: 7M a day at $0.45/M. output 2M a day. cost per month?", "input", "0.45"),
        ("prompt volume 3k input tokens per call at $2/M, 700 output tokens, 20k calls a day", "input", "2"),
    ],
)
def test_the_rate_belongs_to_the_count_it_follows(text: str, side: str, rate: str) -> None:
    fields = parse(text).fields
    other = "output" if side == "input" else "input"
    assert getattr(fields, f"{side}_rate") == Decimal(rate)
    assert getattr(fields, f"{other}_rate") is None


@pytest.mark.parametrize(
    ("text", "priced", "asked"),
    [
        # 12M × $1.20 = $14.40 a day; × 730 / 24 = $438.00 a month
        ("12M input tokens a day at $1.20/M + 3M output/day, what's the month?", ["$14.40", "$438.00"], "output"),
        # 5M × $6 = $30.00 a day; × 730 / 24 = $912.50
        ("5M output tokens a day @ $6/M and 25M input a day - monthly?", ["$30.00", "$912.50"], "input"),
        # 3k × $2 / 1M = $0.006 a call; × 20k = $120.00 a day; × 730 / 24 = $3,650.00
        ("prompt volume 3k input tokens per call at $2/M, 700 output tokens, 20k calls a day",
         ["$0.006", "$120.00", "$3,650.00"], "output"),
    ],
)
def test_the_priced_side_is_shown_and_the_other_rate_asked_for(text: str, priced: list[str], asked: str) -> None:
    reply = _reply(text)
    for figure in priced:
        assert figure in reply.text, reply.text
    assert f"{asked} rate" in reply.text and "not given" in reply.text
    assert [m["field"] for m in reply.data["missing"]] == [f"{asked}_rate"]
    other_tokens = {"output": "3,000,000", "input": "25,000,000"}.get(asked)
    if "3k" not in text:
        assert f"{other_tokens} tokens × the {asked} rate, not given" in reply.text
    assert "input and output rates" not in reply.text  # the rate that was given is not asked for again


def test_no_figure_prices_the_side_without_a_rate() -> None:
    # 20M × $2.50 = $50.00 a day; pricing the 4M output at $2.50 too would give $60.00 and $1,825.00
    reply = _reply("quote for 20M input a day at $2.50/M, with 4M output a day. monthly total?")
    assert "$50.00" in reply.text and "$1,520.83" in reply.text
    assert "$60.00" not in reply.text and "$1,825.00" not in reply.text
    assert reply.data["result"]["per_day"]["output"] == "0"  # nothing is priced on the side without its rate
    assert "for the input side alone" in reply.summary and "need their rate" in reply.summary


def test_the_key_figures_say_which_side_they_cover() -> None:
    from bot.present.blocks import key_fields

    answer = router.understand("8M in/day @ $1.10/M, 2M out/day, what's that monthly?", rate_cards={})
    assert key_fields(answer) == [("Per day, input alone", "$8.80"), ("Per month (730 h), input alone", "$267.67")]


@pytest.mark.parametrize(
    "text",
    [
        "vendor quotes $0.01 per call; per-token is $3/M input. calls run 2k in / 400 out. cheaper?",
        "3 units at $25/hr; their traffic is 3B input a month at $2/M and 600M output a month",
    ],
)
def test_other_questions_ask_only_for_the_rate_left_out(text: str) -> None:
    reply = _reply(text)
    fields = [m["field"] for m in reply.data["missing"]]
    assert "output_rate" in fields and "rates" not in fields
    assert len(fields) == len(set(fields))  # each input asked for once
    assert "input and output rates" not in reply.text


def test_the_missing_rate_given_in_the_thread_completes_the_quote() -> None:
    first = router.understand("12M input tokens a day at $1.20/M + 3M output/day, what's the month?", rate_cards={})
    reply = router.answer("output is $4.80/M", rate_cards={}, previous=first.ask)
    # 12M × $1.20 = $14.40; 3M × $4.80 = $14.40; $28.80 a day × 730 / 24 = $876.00
    assert "$28.80" in reply.text and "$876.00" in reply.text and not reply.data["missing"]
