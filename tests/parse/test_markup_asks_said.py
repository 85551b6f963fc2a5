"""Markup asks in the words reps use (our own sentences): the EA discount that brings the price level with direct,
a pair of direct rates beside the hyperscaler's, a direct spend without a currency sign, and an EA discount that
changes from one value to another (both worked out)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse


def _reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        # 1 − 1 ÷ 1.25 = 20%
        ("how much of an EA discount would make a 25% Vertex uplift vanish?", "20%"),
        # 1 − 1 ÷ 1.40 = 28.57%
        ("Bedrock is 40% over list direct. what EA would they need to come out level with going direct?", "28.57%"),
        # 1 − 1 ÷ 1.15 = 13.04%
        ("azure markup 15%: what EA discount gets them to the same price as direct?", "13.04%"),
        # 1 − 1 ÷ 1.10 = 9.09%
        ("with a 10% hyperscaler premium, what EA makes it no more than direct?", "9.09%"),
    ],
)
def test_the_ea_discount_that_brings_the_price_level_with_direct(text: str, offset: str) -> None:
    reply = _reply(text)
    assert f"= *{offset}*; a larger EA discount" in reply
    assert "That assumes no EA discount" not in reply


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # 3.30 ÷ 3 − 1 = 10%; 1.10 × 0.95 − 1 = 4.5%; output $15 × 1.045 = $15.675
        ("Azure shows $3.30 in and $16.50 out, against $3 and $15 going direct; EA is 5%. effective markup?",
         ["• List markup = $3.30/1M ÷ $3.00/1M direct − 1 = *10%*; on output $16.50/1M ÷ $15.00/1M − 1 = 10%, the "
          "same.", "(1 + 10%) × (1 − 5%) − 1 = *4.5%*.", "• Effective output rate: $15.00/1M × (1 + 4.5%) = "
          "*$15.675/1M*."]),
        # input 2.40 ÷ 2 − 1 = 20%, output 9 ÷ 8 − 1 = 12.5%: the two sides differ and the reply says which is used
        ("bedrock: $2.40 in / $9 out vs $2/$8 direct. no EA. list markup?",
         ["• List markup = $2.40/1M ÷ $2.00/1M direct − 1 = *20%* on input; on output $9.00/1M ÷ $8.00/1M − 1 = "
          "12.5% (the figures below use the input side's)."]),
    ],
)
def test_direct_rates_stated_as_a_pair_beside_the_hyperscalers(text: str, lines: list[str]) -> None:
    reply = _reply(text)
    for line in lines:
        assert line in reply
    assert "Not used" not in reply


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # 1.15 × 0.92 − 1 = 5.8%; 30,000 × 1.058 = 31,740
        ("Fabrikam: 30k a month at direct prices. Azure is 15% above list and their EA takes 8% off. What would the "
         "month cost on Azure?", "• On the hyperscaler: $30,000.00 a month direct × (1 + 5.8%) = *$31,740.00* a month"),
        # 1.30 × 0.85 − 1 = 10.5%; 4,000 × 1.105 = 4,420
        ("they pay 4000 a month going direct; vertex list is 30% more, EA 15%. monthly on vertex?",
         "• On the hyperscaler: $4,000.00 a month direct × (1 + 10.5%) = *$4,420.00* a month"),
    ],
)
def test_a_direct_spend_without_a_currency_sign(text: str, line: str) -> None:
    fields = parse(text).fields
    assert fields.calls_per_day is None  # never read as a call volume
    assert line in _reply(text)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # 1.30 × 0.90 − 1 = 17%; 1.30 × 0.80 − 1 = 4%
        ("Azure premium is 30%; if their EA goes from 10% to 20% what happens to the effective markup?",
         ["(1 + 30%) × (1 − 10%) − 1 = *17%*.", "• At a 20% EA discount: (1 + 30%) × (1 − 20%) − 1 = *4%*, against "
          "17% at 10%."]),
        # 1.20 × 0.95 − 1 = 14%; 1.20 × 0.90 − 1 = 8%
        ("bedrock markup 20%, EA discount moving from 5% to 10% next year. effective markup both ways?",
         ["(1 + 20%) × (1 − 5%) − 1 = *14%*.", "• At a 10% EA discount: (1 + 20%) × (1 − 10%) − 1 = *8%*"]),
    ],
)
def test_an_ea_discount_that_changes_is_worked_out_at_both_values(text: str, lines: list[str]) -> None:
    ask = parse(text)
    assert len(ask.fields.compare_ea_discounts) == 2 and not ask.ambiguities
    reply = _reply(text)
    for line in lines:
        assert line in reply


def test_two_ea_discounts_offered_as_a_choice_are_still_asked_about() -> None:
    ask = parse("azure markup 20%, and the EA is 10% or maybe 12%?")
    assert [a.field for a in ask.ambiguities] == ["ea_discount"] and ask.fields.ea_discount is None
    assert not ask.fields.compare_ea_discounts


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # 1.28 × 0.92 − 1 = 17.76%; 1.28 × 0.85 − 1 = 8.8%
        ("list is 28% over direct on vertex. Their EA is 8% today and could go to 15% at renewal. effective markup "
         "before and after?", ["(1 + 28%) × (1 − 8%) − 1 = *17.76%*.", "(1 + 28%) × (1 − 15%) − 1 = *8.8%*"]),
        # 1.25 × 0.90 − 1 = 12.5%; 1.25 × 0.82 − 1 = 2.5%
        ("azure list +25% over direct; their EDP of 10% is expected to rise to 18% next year. effective markup now and "
         "then?", ["(1 + 25%) × (1 − 10%) − 1 = *12.5%*.", "(1 + 25%) × (1 − 18%) − 1 = *2.5%*"]),
    ],
)
def test_an_ea_discount_that_may_change_is_worked_out_at_both_values(text: str, lines: list[str]) -> None:
    """ "Their EA is 8% today and might go to 15%": the EA discount now and the one it may become, each worked out."""
    ask = parse(text)
    assert len(ask.fields.compare_ea_discounts) == 2 and not ask.ambiguities
    reply = _reply(text)
    for line in lines:
        assert line in reply


def test_a_markup_that_may_change_is_not_a_second_ea_discount() -> None:
    # the list markup changes, not the EA: one EA discount, worked out once
    ask = parse("their EA is 10%; azure's list markup of 20% might go to 25% next year. effective markup?")
    assert ask.fields.ea_discount is not None and len(ask.fields.compare_ea_discounts) < 2


@pytest.mark.parametrize(
    "text",
    [
        "we pay $4.80 per million input on Bedrock. Anthropic direct lists the same model at $4.00. EA 10%. effective "
        "markup?",
        "bedrock is $4.80/M, direct sells it for $4. their EA is 10% - what's the effective markup?",
        "vertex charges $4.80; first-party prices this model at $4.00, with a 10% EA. markup after the EA?",
    ],
)
def test_a_direct_rate_named_by_a_verb(text: str) -> None:
    ask = parse(text)
    assert (ask.fields.direct_rate, ask.fields.ea_discount) == (Decimal(4), Decimal("0.1"))
    # 4.80 ÷ 4.00 − 1 = 20% list; 1.2 × 0.9 − 1 = 8% effective
    reply = router.answer(text, rate_cards={}).text
    assert "*20%*" in reply and "*8%*" in reply, reply


def test_the_effective_rate_on_the_side_the_rates_were_said() -> None:
    # $12.60 ÷ $10.50 − 1 = 20% list; 1.2 × 0.9 − 1 = 8%; $10.50 × 1.08 = $11.34 on the output side
    reply = router.answer("Vertex charges $12.60/M output, direct is $10.50/M. EA 10%. effective output rate?",
                          rate_cards={}).text
    assert "Effective output rate: $10.50/1M × (1 + 8%) = *$11.34/1M*" in reply, reply
