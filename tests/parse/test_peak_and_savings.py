"""Peak-to-average ratios and savings targets as reps write them (our own sentences): the ratio in words, after whose
it is, or as a multiple of "its" average; sized for peak without a discount; the utilization a saving needs."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "par"),
    [
        ("their peak-to-average is about one and a half", "1.5"),
        ("peak-to-average is roughly two and a quarter, by their own numbers", "2.25"),
        ("peak-to-average at Halden Foods is about three, measured last month", "3"),
        ("the PAR is probably four", "4"),
        ("the app has a peak about 2.5 times its average", "2.5"),
    ],
)
def test_a_peak_to_average_in_reps_words(text: str, par: str) -> None:
    assert parse(text + ". PTUs at 40% off, worth it?").fields.peak_to_average == Decimal(par)


@pytest.mark.parametrize(
    "text",
    [
        "peak-to-average at Halden is about 3pm on Fridays, 40% off",  # a time, not a ratio
        "peak-to-average unknown; at 30% off, and 80% util?",
    ],
)
def test_a_figure_that_is_not_the_ratio_is_not_read_as_one(text: str) -> None:
    assert parse(text).fields.peak_to_average is None


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        ("sends a twenty-thousand-token product catalogue with every call. structure?", "20000"),
        ("a fifteen-thousand-token policy pack goes in front of every prompt. what's the main lever?", "15000"),
    ],
)
def test_a_count_hyphenated_into_its_unit_is_read(text: str, prefix: str) -> None:
    assert parse(text).fields.prefix_tokens == Decimal(prefix)


def test_sized_for_peak_without_a_discount_gives_the_discount_it_needs() -> None:
    # 1 ÷ 2.5 = 40% utilization: breaks even at a discount of 1 − 40% = 60%
    text = "Peak-to-average for Dunmore is about 2.5. If they size reserved capacity for the peak, does it pay?"
    assert_figures(text, ["At 40% sustained utilization", "1 − 40% = *60%*"])
    assert "discount" in {m["field"] for m in router.answer(text, rate_cards={}).data["missing"]}  # type: ignore[index,union-attr]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # (1 − 35%) ÷ (1 − 25%) = 86.67%
        ("35% off reserved. What utilisation do they need to get a 25% saving vs on-demand?",
         ["(1 − 35%) ÷ (1 − 25%) = *86.67%*"]),
        # (1 − 50%) ÷ (1 − 30%) = 71.43%
        ("The CFO says the reservation saves 30% versus on-demand. With 50% off, what util does that take?",
         ["(1 − 50%) ÷ (1 − 30%) = *71.43%*"]),
        # (1 − 20%) ÷ (1 − 30%) = 114.29%: not reachable
        ("20% off PTUs. Utilisation needed to hit a 30% saving?", ["= *114.29%*", "cannot deliver that saving"]),
    ],
)
def test_the_utilization_a_saving_needs(text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.fields.utilization == []  # the saving is not a utilization
    assert_figures(text, figures)
