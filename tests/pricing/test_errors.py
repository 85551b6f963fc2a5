"""The engine's errors: each names what was wrong in one sentence and keeps the parts for the caller."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing.errors import (
    InvalidInputError,
    MissingRateError,
    NoCatalogRowError,
    OutOfRangeError,
    Unit,
    UnknownModelError,
    UnknownProviderError,
    format_quantity,
)


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        ("0.4", "percent", "40%"),
        ("1500", "tokens", "1,500"),
        ("1500", "count", "1,500"),
        ("1500", "usd", "$1,500"),
        ("2.5", "usd_per_mtok", "$2.5/MTok"),
        ("90", "minutes", "90 min"),
        ("2.5", "hours", "2.5 h"),
        ("4", "ratio", "4:1"),
        ("1E+30", "plain", "1" + "0" * 30),  # thirty digits are still written out
        ("1E+31", "plain", "1E+31"),  # beyond, scientific notation
        ("-1E-31", "plain", "-1E-31"),
        ("NaN", "plain", "NaN"),
    ],
)
def test_quantities_as_messages_show_them(value: str, unit: Unit, shown: str) -> None:
    assert format_quantity(Decimal(value), unit) == shown


def test_out_of_range_names_field_value_and_range() -> None:
    err = OutOfRangeError("growth", Decimal(5), "0 to 1")
    assert str(err) == "growth 5 is out of range: allowed 0 to 1" and err.unit == "plain"
    assert (err.field, err.value, err.allowed) == ("growth", 5, "0 to 1")


def test_invalid_input_without_a_field_is_called_input() -> None:
    assert str(InvalidInputError("", "x", "not a number")) == "input 'x': not a number"


def test_missing_rate_and_unknown_provider_keep_their_parts() -> None:
    missing = MissingRateError("cache_read", "deal rates")
    assert (missing.rate, missing.source) == ("cache_read", "deal rates")
    assert str(missing) == "no cache read rate in deal rates; give it explicitly"
    unknown = UnknownProviderError("acme", ["aws", "openai"])
    assert (unknown.provider, unknown.known) == ("acme", ("aws", "openai"))
    assert str(unknown) == "unknown provider 'acme'; known: aws, openai"


def test_unknown_model_with_and_without_a_provider_and_suggestions() -> None:
    err = UnknownModelError("gpt-9", "openai", ["gpt-4o", "gpt-4.1"])
    assert (err.model, err.provider, err.suggestions) == ("gpt-9", "openai", ("gpt-4o", "gpt-4.1"))
    assert str(err) == "unknown model 'gpt-9' at openai in the price catalog; did you mean: gpt-4o, gpt-4.1?"
    assert str(UnknownModelError("gpt-9", None, [])) == "unknown model 'gpt-9' in the price catalog"


def test_no_catalog_row_says_what_the_row_has() -> None:
    err = NoCatalogRowError("flex tier", "gpt-4.1", "openai", ["batch", "priority"])
    assert (err.row, err.model, err.provider, err.offered) == ("flex tier", "gpt-4.1", "openai", ("batch", "priority"))
    assert str(err) == "the price catalog has no flex tier row for gpt-4.1 at openai; it has: batch, priority"
    assert str(NoCatalogRowError("flex tier", "gpt-4.1", "openai", [])) == (
        "the price catalog has no flex tier row for gpt-4.1 at openai")
