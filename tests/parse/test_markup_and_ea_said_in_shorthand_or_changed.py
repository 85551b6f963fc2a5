"""A markup and an EA discount typed as bare numbers side by side ("markup 30 / EA 20"), and an EA changed "from X% to
Y%" with the verb a rep uses ("if we get their EA from 10% to 15%"): each effective markup is worked out."""

import pytest

from bot.router import answer
from tests.support.replies import bold_percents


@pytest.mark.parametrize(("ask", "effective"), [
    # (1 + 0.30) × (1 − 0.20) − 1 = 4%
    ("markup 30 / EA 20 -> effective?", "4%"),
    # 1.35 × 0.82 − 1 = 10.7%
    ("mk 35 ea 18 whats the effective", "10.7%"),
    # 1.25 × 0.90 − 1 = 12.5%
    ("quick: markup 25, EA 10. effective markup?", "12.5%"),
    # 1.40 × 0.80 − 1 = 12%
    ("EA 20 / markup 40 => effective markup pls", "12%"),
    # written as fractions: 1.25 × 0.92 − 1 = 15%
    ("markup 0.25 / EA 0.08 -> effective?", "15%"),
])
def test_a_bare_markup_and_ea_side_by_side_are_percentages(ask: str, effective: str) -> None:
    reply = answer(ask)
    assert reply.intent == "markup"
    assert bold_percents(reply.text)[0] == effective


@pytest.mark.parametrize("ask", ["ea 18 calls a day, markup?", "markup 30 seats, EA 20 users"])
def test_a_bare_number_that_counts_something_is_no_percentage(ask: str) -> None:
    reply = answer(ask)
    assert "18%" not in reply.text and "30%" not in reply.text and "20%" not in reply.text


@pytest.mark.parametrize(("ask", "before", "after"), [
    # 1.30 × 0.90 − 1 = 17%; 1.30 × 0.85 − 1 = 10.5%
    ("What-if: list markup is 30%. If we get their EA from 10% to 15%, effective markup goes from what to what?",
     "17%", "10.5%"),
    # 1.25 × 0.95 − 1 = 18.75%; 1.25 × 0.88 − 1 = 10%
    ("markup 25% on bedrock; if we push their EA from 5% to 12% what's the effective markup?", "18.75%", "10%"),
    # 1.20 × 0.92 − 1 = 10.4%; 1.20 × 0.90 − 1 = 8%
    ("azure list markup 20%. negotiated the EA from 8% to 10%, effective markup before and after?", "10.4%", "8%"),
])
def test_an_ea_changed_from_one_value_to_another_is_worked_out_at_both(ask: str, before: str, after: str) -> None:
    shown = bold_percents(answer(ask).text)
    assert shown[:2] == [before, after]


def test_an_ea_said_as_a_range_is_still_asked_about() -> None:
    reply = answer("markup 30%, EA ranges from 10% to 15% depending on tier, effective?")
    assert "Which EA discount" in reply.text
