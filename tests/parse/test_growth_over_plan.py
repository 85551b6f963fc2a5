"""Calls said to run a share over the planned size ("actuals ran 50% bigger than plan", "came in 60% larger than
planned", "40% larger than we scoped") are priced per-token at the plan and at that size, beside the crossover; a
share over plan said of traffic, a bill or a time is no bigger call. Our own sentences."""

from __future__ import annotations

import pytest

from tests.support.replies import reply_text

_DEAL = "Fee is $0.01 per call. Planned call 1,000 in / 250 out at $2/$8 per M. "


@pytest.mark.parametrize(
    ("said", "grown", "cost"),
    [
        ("Last quarter's actuals ran 50% bigger than plan.", "1.5× larger than planned (1,500 in / 375 out)",
         "$0.006"),
        ("In the pilot, calls came in 60% larger than planned.", "1.6× larger than planned (1,600 in / 400 out)",
         "$0.0064"),
        ("Their calls averaged 40% larger than we scoped.", "1.4× larger than planned (1,400 in / 350 out)",
         "$0.0056"),
        ("Real prompts ended up 150% over the estimate.", "2.5× larger than planned (2,500 in / 625 out)",
         "$0.01"),
    ],
)
def test_calls_over_plan_are_priced_at_the_grown_size(said: str, grown: str, cost: str) -> None:
    text = reply_text(_DEAL + said + " Per-token at plan and at actuals, and the crossover?")
    assert "*$0.004*" in text  # the planned call
    assert grown in text
    assert f"per-token costs {cost} against the $0.01 fee" in text
    assert "*3,125 tokens per call*" in text  # the crossover
    assert "What is" not in text  # the share is placed, not asked about


@pytest.mark.parametrize(
    "said",
    [
        "Traffic came in 30% above forecast last month.",
        "Usage ran 20% over plan in Q2.",
        "The bill ran 25% over budget.",
    ],
)
def test_a_share_over_plan_of_traffic_or_a_bill_is_no_bigger_call(said: str) -> None:
    text = reply_text(_DEAL + said + " Where's the crossover?")
    assert "larger than planned (1,2" not in text
    assert "larger than planned (1,3" not in text


def test_whats_that_per_token_asks_the_calls_cost_not_the_entry() -> None:
    text = reply_text("Per-call fee is $0.006. Per-token alternative is $3/M in, $15/M out.\nPlanned call: 800 in / "
                      "200 out.\nWhat's that per-token, and what if calls run 50% bigger than planned (1,200 / 300)?")
    assert "*$0.0054*" in text
    assert "per-token costs $0.0081 against the $0.006 fee" in text
    assert "*What it is:*" not in text


@pytest.mark.parametrize("text", ["what's this per-token thing? we're at $3/$15",
                                  "what's that per-call thing our vendor keeps offering?"])
def test_whats_this_entry_thing_still_asks_the_entry(text: str) -> None:
    assert "*What it is:*" in reply_text(text)
