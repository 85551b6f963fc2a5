"""Hourly profiles from CSV (documented format) and the synthetic diurnal week."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.charts import parse_profile, synthetic_profile
from pricing import InvalidInputError


def test_single_column_without_header() -> None:
    assert parse_profile("10\n20.5\n\n# comment\n30\n") == (Decimal(10), Decimal("20.5"), Decimal(30))


def test_load_column_with_timestamps_and_thousands_separators() -> None:
    text = 'hour,load\n2026-01-01T00:00,"1,200"\n2026-01-01T01:00,800\n'
    assert parse_profile(text) == (Decimal(1200), Decimal(800))


def test_single_column_header_is_skipped() -> None:
    assert parse_profile("units\n5\n6\n") == (Decimal(5), Decimal(6))


@pytest.mark.parametrize(("text", "names"), [
    ("10\nabc\n", ["line 2", "'abc'", "not a number"]),
    ("10\n-5\n", ["line 2", "negative"]),
    ("hour,units\n1,2\n", ["none is named `load`"]),
    ("", ["no hourly loads"]),
    ("load\n", ["no hourly loads"]),
])
def test_bad_profiles_name_the_problem(text: str, names: list[str]) -> None:
    with pytest.raises(InvalidInputError) as error:
        parse_profile(text, source="loads.csv")
    message = str(error.value)
    assert "loads.csv" in message
    for name in names:
        assert name in message


def test_synthetic_week_is_diurnal_and_repeatable() -> None:
    week = synthetic_profile(7)
    assert len(week) == 168 and week == synthetic_profile(7)
    assert week != synthetic_profile(7, seed=8)
    weekday = week[:24]
    assert max(weekday[10:18]) > 2 * min(weekday[0:6])  # busy afternoons, quiet nights
    assert sum(week[5 * 24:]) < sum(week[:2 * 24])  # a quieter weekend
    assert all(load >= 0 for load in week)
