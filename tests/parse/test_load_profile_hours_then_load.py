"""A load profile said as hours then load with only a space between ("8h 500k, 8h 300k, 8h 100k"), under a heading
naming its unit even when another unit is named in the message ("ptu, tpm profile: ..."): the profile is read and the
commitment level shown (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "unit", "commit"),
    [
        # 1 − 30% = 70% of hours: 300k is reached in 16/24 = 66.7% < 70%, so the commitment is 100k
        ("30% off ptu, tpm profile: 8h 500k, 8h 300k, 8h 100k. optimal commit?", "tpm", "*100,000 TPM*"),
        # 1 − 50% = 50%: 300k is reached in 66.7% of hours ≥ 50%, 500k in 33% < 50%
        ("PTUs at 50% off. TPM profile 8h 500k, 8h 300k, 8h 100k: where to commit?", "tpm", "*300,000 TPM*"),
        # 1 − 40% = 60%: 150k is reached in 18/24 = 75% ≥ 60%, 200k in 25% < 60%
        ("40% off provisioned; tpm by time of day 6h 200k, 12h 150k, 6h 50k. commit level?", "tpm", "*150,000 TPM*"),
    ],
)
def test_the_profile_is_read_and_its_commitment_shown(text: str, unit: str, commit: str) -> None:
    fields = parse(text).fields
    assert fields.load_unit == unit and sum(h for _, h in fields.load_profile) == Decimal(24)
    assert_figures(text, [commit])


def test_hours_then_a_count_of_something_else_is_no_profile() -> None:
    # hours beside a call count are a schedule, not a load profile
    fields = parse("30% off ptu at 80% utilization; 8h 500 calls, 16h 100 calls").fields
    assert not fields.load_profile
