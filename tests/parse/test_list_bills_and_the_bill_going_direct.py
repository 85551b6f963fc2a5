"""A hyperscaler bill said to be at list ("Vertex list spend $26,000 a month", a bill's line marked "(list)") is the
bill before the EA discount, never what is paid; beside the direct bill for the same tokens it gives the list markup.
"If they went direct ..., the bill would be $N" is the direct bill."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_a_list_spend_beside_the_direct_bill_gives_the_list_markup() -> None:
    text = reply("Vertex list spend $26,000 a month; the same tokens direct come to $20,000 a month. EA is 10%. "
                 "effective markup and what they actually pay?")
    assert "*30%*" in text  # 26,000 ÷ 20,000 − 1
    assert "17%" in text  # 1.3 × 0.9 − 1
    assert "$23,400.00" in text  # 26,000 × 0.9
    assert "Effective markup paid = $26,000.00" not in text  # the list bill is not what they pay


def test_a_bill_line_marked_list_is_the_list_bill() -> None:
    text = reply("line item on the Bedrock invoice:\nclaude tokens (list) ........ $8,400.00   (direct equivalent: "
                 "$7,000.00)\nEDP discount: 10%\nreal markup after the EDP, and the line after it?")
    assert "*20%*" in text  # 8,400 ÷ 7,000 − 1
    assert "8%" in text  # 1.2 × 0.9 − 1
    assert "$7,560.00" in text  # 8,400 × 0.9


def test_the_bill_going_direct_is_the_direct_spend() -> None:
    text = reply("if they switched to buying direct from the lab, their bill would be about $30,000 a month. Azure "
                 "lists 20% above direct and the EA takes 15% off. what do they pay on Azure each month?")
    assert "$30,600.00" in text  # 30,000 × 1.2 × 0.85
    assert "Not used" not in text
