"""Round 43's third fix round: what the same traffic costs on-demand said in a sentence of prose, routes as rows of a
price sheet, a period's cost asked by its sides, a budget at direct prices, a share said again in brackets, what
every call starts with, and what a unit covers. Each message is our own; each reply is checked for the figure a rep
would read."""

from __future__ import annotations

import pytest

from bot import router


def _text(text: str) -> str:
    return router.answer(text, rate_cards={}).text


@pytest.mark.parametrize(("said", "less"), [
    ("same traffic on demand would b about 60k a month", "$16,800.00"),
    ("if they stayed on-demand, the same tokens would run them about $40k that month", "$-3,200.00"),
    ("last month's on-demand invoice for the same traffic: $45,000.00", "$1,800.00"),
    ("vs the ~50k/mo theyre burning on demand now", "$6,800.00"),
    ("their on-demand cost for the tokens those 5 units would serve is $48,000 for a 30-day month", "$4,800.00"),
])
def test_what_the_same_traffic_costs_on_demand_said_in_prose(said: str, less: str) -> None:
    text = _text(f"5 provisioned units at $12/unit-hour, 24/7 for a 30 day month. {said}. commit cost and saving?")
    assert "5 × $12.00 × 720 h = *$43,200.00*" in text
    if less.startswith("$-"):
        assert f"*{less.replace('-', '')} a month more*" in text
    else:
        assert f"*{less} a month less*" in text


def test_a_price_per_unit_hour_beside_the_bill_is_never_the_bill() -> None:
    # (the sentence holds the units' price and the traffic's bill: only the bill is the on-demand spend)
    text = _text("The customer is weighing 3 provisioned units at $20,50 per unit-hour, billed round the clock for a "
                 "30-day month, against staying on-demand, where the same traffic has been costing them roughly "
                 "fifty thousand dollars a month. Provisioned bill, and the saving?")
    assert "3 × $20.50 × 720 h = *$44,280.00*" in text and "*$5,720.00 a month less*" in text


def test_routes_as_rows_of_a_price_sheet() -> None:
    text = _text("price sheet (per 1M tokens):\n| channel | input | output |\n|---|---|---|\n"
                 "| Anthropic direct | $3.00 | $15.00 |\n| Bedrock | $3.60 | $18.00 |\n"
                 "their EDP takes 10% off Bedrock. real markup after it?")
    assert "*8%*" in text  # 1.2 × 0.9 − 1


def test_a_quarters_cost_asked_by_its_sides_is_the_quote() -> None:
    reply = router.answer("Finance plans by the quarter: 900M input tokens and 150M output tokens next quarter at "
                          "$2/MTok in and $8/MTok out. What should I tell finance the quarter costs, split by input "
                          "and output?", rate_cards={})
    assert reply.intent == "quote"
    assert "$3,000.00" in reply.text  # 900 × 2 + 150 × 8


def test_a_budget_at_direct_prices_is_the_direct_spend() -> None:
    text = _text('Procurement wrote: "Vertex lists the model 20% above direct. Our agreement takes 10% off. We budget '
                 '$100,000 a year at direct-API prices." Effective markup, and the yearly cost through Vertex?')
    assert "$108,000.00" in text  # 100,000 × 1.2 × 0.9


def test_a_share_said_again_in_brackets_is_one_share() -> None:
    text = _text("If they only use about three quarters (75%) of committed capacity, what discount breaks even, and "
                 "what discount would make it 20 per cent cheaper than on-demand at that utilisation?")
    assert "*25%*" in text and "*40%*" in text  # 1 − 0.75; 1 − 0.75 × 0.8


def test_tokens_at_the_front_of_each_request_are_the_prefix() -> None:
    text = _text("They're on automatic prompt caching. The assistant sends a 6,000-token product summary at the front "
                 "of each request; input is $2.00/M and cached input $0.50/M. About 50,000 requests a week, 90% hit. "
                 "Savings per hit and the weekly total?")
    assert "*$0.009*" in text  # 6,000 × 1.50 / 1M
    assert "$405.00" in text  # 45,000 × 0.009


def test_what_one_unit_covers_is_its_throughput() -> None:
    reply = router.answer("The agent averages about 40k tokens per minute across the week, but it's extremely bursty. "
                          "Each provisioned unit covers 10k TPM. How many units do we size for so they don't spill to "
                          "on-demand at peak, and what utilization would those units run at?", rate_cards={})
    assert reply.intent == "break_even"
    assert "peak-to-average" in reply.text
    assert "Which tokens per day" not in reply.text  # (the unit's 10k TPM is not a second load)
