"""Keyed shorthand typed on a phone: "d=40%", "u: 0.75", "disc=25 util=90", "mk 30% ea 12%".

d / disc is the provisioned discount versus on-demand, u / util the utilization (0.75 and 75% alike), mk and ea the
hyperscaler pair. A letter the message uses for something else is not guessed: the reply asks.

Every expected figure is worked here from the formulas (break-even = 1 − d; cost vs on-demand = (1 − d) ÷ u;
effective markup = (1 + markup) × (1 − EA) − 1), never copied from a reply."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.format import percent
from bot.parse import parse
from bot.parse.models import Intent
from bot.parse.shorthand import read_shorthand
from tests.support.replies import reply_text

D = Decimal


@pytest.mark.parametrize(
    ("text", "discount", "utilization"),
    [
        ("d=40%, u=0.75 -> share of on-demand?", "0.4", "0.75"),
        ("d: 0.25 u: 0.6 cost vs od", "0.25", "0.6"),
        ("u=70% d=20% breakeven + cost vs od?", "0.2", "0.7"),
        ("disc=35 util=85 -> pct of od", "0.35", "0.85"),
        ("disc 15 util 0.9 vs payg?", "0.15", "0.9"),
        ("d=.3, u=.95 saving vs od?", "0.3", "0.95"),
    ],
)
def test_keyed_discount_and_utilization_give_break_even_and_cost_ratio(
        text: str, discount: str, utilization: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.BREAK_EVEN, ask
    assert ask.fields.discount == D(discount) and ask.fields.utilization == [D(utilization)], ask.fields
    reply = reply_text(text)
    assert f"= *{percent(1 - D(discount))}*." in reply, reply  # break-even utilization
    cost = (1 - D(discount)) / D(utilization)
    assert f"({percent(cost)} of the on-demand cost)" in reply, reply


@pytest.mark.parametrize(
    ("text", "markup", "ea"),
    [
        ("mk 30% ea 12% -> eff?", "0.3", "0.12"),
        ("mk=22% ea=5% effective markup", "0.22", "0.05"),
        ("markup 40% ea 15% eff?", "0.4", "0.15"),
        ("azure mk 0.2, edp 0.1 -> effective?", "0.2", "0.1"),
    ],
)
def test_keyed_markup_and_ea_give_the_effective_markup(text: str, markup: str, ea: str) -> None:
    effective = (1 + D(markup)) * (1 - D(ea)) - 1
    reply = reply_text(text)
    assert f"− 1 = *{percent(effective)}*" in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "discount 25%, utilization 75% - where does that leave us vs on-demand",  # plain words: left to the scanner
        "3 calls ea 18 tokens",  # "ea" as each, with no percentage
        "d=2 days notice",  # a letter, then words that are not a share
        "the u.s. region, 40% off",
        "version d=1.5.2",
    ],
)
def test_words_and_letters_that_are_not_keyed_shares_are_left_as_they_were(text: str) -> None:
    assert read_shorthand(text) == text


def test_an_unknown_letter_beside_d_and_u_is_asked_about_not_guessed() -> None:
    # "m" may be a markup or a margin: with it in the list, d and u may be another scheme's letters too
    ask = parse("m=20%, d=30%, u=0.8 breakeven?")
    assert ask.fields.discount is None and not ask.fields.utilization
    assert ask.ambiguities, ask
    reply = reply_text("x=0.3 u=0.8 cost vs od?")
    assert "30%" not in reply.split("Not used")[0] or "What is" in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "30% markup less 10% ea = 20% effective?",  # a result claimed after "=", the EA labelled before it
        "0.4 d = 40% discount",
    ],
)
def test_a_key_with_its_value_before_it_is_not_read_again(text: str) -> None:
    assert read_shorthand(text) == text


def test_a_spaced_abbreviation_is_left_to_the_words_around_it() -> None:
    # "util 35% cheaper": the 35% is how much cheaper, said after the current utilization is named
    text = "pt at current util 35% cheaper than on-demand. they run at 80%"
    assert read_shorthand(text) == text
    ask = parse(text)
    assert ask.fields.discount == D("0.35") and ask.fields.utilization == [D("0.8")], ask.fields
