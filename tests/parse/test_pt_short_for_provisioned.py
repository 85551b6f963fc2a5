""""PT" is reps' short form of provisioned throughput: a question that names only PT is a break-even question, as
the same question naming "provisioned" is. "PT" as Pacific Time ("3pm PT") names no commitment."""

from __future__ import annotations

import pytest

from bot.parse import Intent, parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    "text",
    [
        "is PT worth it?",
        "PT worth it for them at 70% util?",
        "does PT make sense here, they'd be around 90%?",
        "would PT pay off at 60% utilization",
    ],
)
def test_pt_alone_is_read_as_provisioned(text: str) -> None:
    said_in_full = text.replace("PT", "provisioned")
    assert parse(said_in_full).intent is Intent.BREAK_EVEN
    assert parse(text).intent is Intent.BREAK_EVEN


def test_pt_with_a_discount_works_out_the_break_even() -> None:
    reply = reply_text("PT at 35% off, worth it?")
    assert "1 − 35% = *65%*" in reply


@pytest.mark.parametrize(
    "text",
    [
        "meeting at 3pm PT tomorrow",
        "can we do 10 PT?",
        "ET/PT both work for the call",
        "9:30 am PT works",
        "what time is it PT",
        "what time in PT is the demo",
    ],
)
def test_pacific_time_names_no_commitment(text: str) -> None:
    ask = parse(text)
    assert ask.intent is not Intent.BREAK_EVEN
    assert not ask.understood


@pytest.mark.parametrize(
    "text",
    [
        "prod, flat traffic around the clock, PAR 1.2, 40% disc, big volume. pitch PT?",
        "agent product, very spiky, peak to avg ~4x, 30% PT disc. PT or not?",
    ],
)
def test_a_described_workload_with_pt_stays_the_advice_across_structures(text: str) -> None:
    assert parse(text).intent is Intent.SCENARIO
