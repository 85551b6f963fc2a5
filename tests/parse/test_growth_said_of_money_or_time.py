"""A share or multiple said of a bill, a latency or a duration ("the bill came in 20% larger", "requests take 30%
longer to complete") is no growth of the call's size; a growth said of calls, tasks, prompts or documents still is.
Our own sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import reply_text

_CALL = " 3k in 500 out, $3/$15 per M, 100k calls a month. per-call at $0.01?"


@pytest.mark.parametrize(
    ("said", "misread"),
    [
        # the reviewer's two
        ("Last month's bill came in 20% larger than expected.", "1.2×"),
        ("requests take 30% longer to complete.", "1.3×"),
        # near-misses of our own: money or time, said with the same growth words
        ("the invoice is 3x bigger than we quoted.", "3×"),
        ("p95 latency came in 3x longer than planned.", "3×"),
        ("spend ran 20% bigger than planned.", "1.2×"),
        ("calls take 25% longer to run.", "1.25×"),
        ("jobs take 40% longer than forecast to finish.", "1.4×"),
        ("their cost was 15% larger than expected last quarter.", "1.15×"),
    ],
)
def test_a_bill_or_a_time_is_not_a_bigger_call(said: str, misread: str) -> None:
    text = said + _CALL
    assert parse(text).fields.growth is None
    assert f"{misread} larger than planned" not in reply_text(text)


@pytest.mark.parametrize(
    ("said", "growth"),
    [
        ("if tasks run 50% bigger than planned.", "1.5"),
        ("if prompts grow 30%.", "1.3"),
        ("documents come in 40% longer than we scoped.", "1.4"),
        ("what if calls are 2x bigger?", "2"),
        ("25% bigger requests than planned.", "1.25"),
        ("if the prompts get 30% longer.", "1.3"),
        ("what if tickets end up 40% longer than expected?", "1.4"),
        ("per-call fee $0.02, what if calls are 2x bigger?", "2"),
        ("the p95 is 4x that.", "4"),
    ],
)
def test_a_growth_of_the_call_still_reads(said: str, growth: str) -> None:
    assert parse(said + _CALL).fields.growth == Decimal(growth)
