"""Direct versus hyperscaler list prices from the catalog, with what the markup buys."""

from __future__ import annotations

from decimal import Decimal

from pricing import compare_list_prices


def test_bedrock_row_against_anthropic_direct() -> None:
    result = compare_list_prices("sonnet 4.5", "bedrock")
    assert result.direct.provider == "anthropic" and result.hosted.provider == "aws"
    assert result.separate_row
    assert result.input_markup == result.hosted.input / result.direct.input - 1
    # Bedrock lists Sonnet 4.5 at $3.30/$16.50 against Anthropic's $3/$15: 10% more on both sides.
    assert (result.hosted.input, result.hosted.output) == (Decimal("3.3"), Decimal("16.5"))
    assert result.input_markup == Decimal("0.1") and result.output_markup == Decimal("0.1")
    assert {b.key for b in result.what_it_buys} >= {"fedramp", "data_residency"}


def test_azure_without_its_own_row_reports_no_markup() -> None:
    result = compare_list_prices("gpt-4o", "azure")
    assert not result.separate_row
    assert result.input_markup is None and result.output_markup is None
    assert any("no separate azure row" in n for n in result.notes)
