"""A term that can also be a figure (break-even, peak-to-average ratio, cache hit rate, markup), asked "what is X?" with
no article and its question closed before the numbers, asks what it means: the entry, with the numbers after it worked
out beside it. With "the" ("what's the break-even?") or after the deal's numbers it asks the figure."""

import pytest

from bot.router import answer
from tests.support.replies import bold_percents


@pytest.mark.parametrize(("ask", "title", "figure"), [
    # break-even utilization = 1 - 0.35 = 65%
    ("what is break-even utilization exactly? my buyer's CFO wants to know. the offer is 35% off", "Break-even", "65%"),
    # 1 - 0.2 = 80%
    ("wat is break even utilisation in plain english?? they got 20% off provisioned", "Break-even", "80%"),
    # 1 - 0.42 = 58%
    ("What's break-even utilization and why does procurement care? Example: 42% discount.", "Break-even", "58%"),
    # sized for a peak 2.5 times the average, the capacity runs at 1 / 2.5 = 40%
    ("whats peak-to-average ratio and why does everyone ask it first? e.g. peak is 2.5x the average and they size "
     "for peak", "Peak-to-average", "40%"),
])
def test_the_entry_comes_with_the_figure(ask: str, title: str, figure: str) -> None:
    reply = answer(ask)
    assert reply.intent == "glossary"
    assert reply.text.startswith(f"*{title}")
    # the figure worked out (in bold), or the utilization the peak leaves worked into the break-even
    assert figure in bold_percents(reply.text) or f"At {figure} sustained utilization" in reply.text


@pytest.mark.parametrize("ask", [
    "what's the break-even? 35% off",  # "the": the figure of this deal
    "Provisioned at 30% off, utilisation 50%. What's break-even and what's their cost against on-demand?",
    "3 units at $15/unit-hour, 24/7; on-demand $9/M; they use 70%. provisioned vs OD monthly, and what's break-even?",
])
def test_the_figure_of_a_stated_deal_is_still_worked_out(ask: str) -> None:
    assert answer(ask).intent == "break_even"
