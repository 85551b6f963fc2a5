"""A hyperscaler rate said as what the buyer pays after the EA ("pays $3.24/M after their EA", "an effective
$4.40/M") is the effective markup over direct, not the list price: with the EA discount it gives the list markup, with
the list markup the EA discount."""

import pytest

from bot.router import answer


@pytest.mark.parametrize("ask", [
    "customer pays an effective $4.40/M on Azure for a model that's $4.00/M direct, and their EA is 12% off. "
    "what list markup does that imply?",
    "after their EA they pay $4.40 per million on azure; direct list is $4.00/M and the EA is 12%. list markup?",
    "Azure costs them $4.40/M net of the EA (12% off). OpenAI direct: $4.00/M. What's Azure's list markup?",
])
def test_the_list_markup_implied_by_the_ea_discount(ask: str) -> None:
    reply = answer(ask)
    assert reply.intent == "markup"
    # $4.40 ÷ $4.00 − 1 = 10% effective; (1 + 10%) ÷ (1 − 12%) − 1 = 25% list
    assert "= *10%*" in reply.text
    assert "= *25%*" in reply.text, reply.text


@pytest.mark.parametrize("ask", [
    "Customer pays $3.24/M through Bedrock after their EA; direct is $3.00/M. Bedrock's list markup is 20%. "
    "Effective markup, and what EA discount must they have?",
    "bedrock list is 20% over direct. they effectively pay $3.24/M vs $3.00/M direct. what EA are they on?",
])
def test_the_ea_discount_implied_by_the_list_markup(ask: str) -> None:
    reply = answer(ask)
    # $3.24 ÷ $3.00 − 1 = 8% effective; 1 − 1.08 ÷ 1.20 = 10% EA
    assert "= *8%*" in reply.text
    assert "= *10%*" in reply.text, reply.text
    assert "That assumes no EA discount" not in reply.text


def test_a_hyperscaler_list_rate_with_an_ea_stays_the_list_markup() -> None:
    # no word says the $3.60 is paid after the EA: it is the list rate, 20% over direct; 1.20 × 0.90 − 1 = 8%
    reply = answer("azure $3.60/M vs direct $3.00/M, EA 10%. effective markup?")
    assert "List markup = $3.60/1M ÷ $3.00/1M direct − 1 = *20%*" in reply.text
    assert "= *8%*" in reply.text


@pytest.mark.parametrize("ask", [
    "Direct rate is $2.50 per million input; Azure's showing $3.00 for the same. 10% EA discount. What's the list "
    "markup and the effective one after the EA?",
    "Azure price $3.00/M input vs direct $2.50, EA discount 10%. markup before and after EA?",
    "Bedrock shows $3.00 in per million against $2.50 direct. Their EA is 10%. list markup and effective markup after "
    "the EA?",
])
def test_after_the_ea_in_the_question_leaves_the_rate_a_list_rate(ask: str) -> None:
    reply = answer(ask)
    # $3.00 ÷ $2.50 − 1 = 20% list; 1.20 × 0.90 − 1 = 8% effective
    assert "List markup = $3.00/1M ÷ $2.50/1M direct − 1 = *20%*" in reply.text, reply.text
    assert "= *8%*" in reply.text
    assert "after the EA ÷" not in reply.text
