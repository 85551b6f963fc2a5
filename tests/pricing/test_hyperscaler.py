"""Direct versus hyperscaler list prices from the catalog, with what the markup buys."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import Rates, compare_list_prices, hyperscaler
from pricing.catalog import hosted_twin
from pricing.hyperscaler import _lab_for


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


def test_a_lab_the_prefix_table_does_not_know_is_read_from_the_catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    # DeepSeek R1 on Bedrock lists at $1.35/$5.40 against DeepSeek's own $0.55/$2.19 (deepseek-reasoner):
    # (1.35 − 0.55) / 0.55 = 145.45% more on input, (5.40 − 2.19) / 2.19 = 146.58% more on output.
    # The catalog prices at the current time and DeepSeek's row has off-peak prices (16:30-00:30 UTC), so the
    # comparison is read at a daytime hour: the test holds whenever it runs.
    import datetime as dt

    from pricing import catalog

    class Daytime(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Daytime:
            return cls(2026, 6, 1, 12, 0, tzinfo=tz)

    monkeypatch.setattr(catalog, "datetime", Daytime)
    result = compare_list_prices("deepseek r1", "bedrock")
    assert result.direct.provider == "deepseek" and result.hosted.provider == "aws"
    assert (result.direct.input, result.direct.output) == (Decimal("0.55"), Decimal("2.19"))
    assert result.input_markup is not None and result.output_markup is not None
    assert round(result.input_markup, 4) == Decimal("1.4545")
    assert round(result.output_markup, 4) == Decimal("1.4658")
    assert result.notes == ()


def test_a_named_direct_provider_is_the_one_compared_with() -> None:
    # Haiku 4.5 on Bedrock ($1.10/$5.50) against Vertex's row ($1/$5) rather than Anthropic's: 10% on both sides.
    result = compare_list_prices("haiku 4.5", "Bedrock", direct_provider="Vertex")
    assert result.hyperscaler == "aws" and result.direct.provider == "google"
    assert (result.hosted.input, result.hosted.output) == (Decimal("1.1"), Decimal("5.5"))
    assert (result.direct.input, result.direct.output) == (Decimal(1), Decimal(5))
    assert (result.input_markup, result.output_markup) == (Decimal("0.1"), Decimal("0.1"))


def test_the_lab_is_read_from_the_rows_model_id_whatever_its_case() -> None:
    catalog_row = Rates(input=Decimal(1), output=Decimal(2), source="catalog", model="Claude-Haiku-4-5")
    assert _lab_for(catalog_row, "gpt-4o") == "anthropic"
    assert _lab_for(Rates(input=Decimal(1), output=Decimal(2), source="message"), "GPT-4o") == "openai"


def test_a_model_listed_by_the_hyperscaler_itself_has_no_direct_row() -> None:
    result = compare_list_prices("gemini 2.5 pro", "vertex")
    assert not result.separate_row and result.input_markup is None and result.output_markup is None
    assert result.notes[0] == (
        "the catalog lists google as this model's own provider; there is no separate direct row")


def test_the_hosted_rows_notes_are_kept_but_not_its_fallback_note() -> None:
    bedrock = compare_list_prices("sonnet 4.5", "bedrock")
    assert bedrock.notes == bedrock.hosted.notes and bedrock.notes[0].startswith("other rows at aws:")
    azure = compare_list_prices("gpt-4o", "azure")
    assert any("no separate azure row" in n for n in azure.hosted.notes)
    assert azure.notes == ("the catalog has no separate azure row for this model, so no list markup can be read "
                           "from it",)


def test_a_free_direct_rate_gives_no_markup_rather_than_a_division_by_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    # A direct row priced at $0 on one side (as a free preview is listed): no percentage can be taken of $0.
    free_input = Rates(input=Decimal(0), output=Decimal(15), source="catalog", model="claude-x", provider="anthropic")
    free_output = Rates(input=Decimal(3), output=Decimal(0), source="catalog", model="claude-x", provider="anthropic")
    hosted = Rates(input=Decimal("3.3"), output=Decimal("16.5"), source="catalog", model="claude-x", provider="aws")
    for direct, markups in ((free_input, (None, Decimal("0.1"))), (free_output, (Decimal("0.1"), None))):
        monkeypatch.setattr(hyperscaler, "lookup_rates",
                            lambda model, provider=None, d=direct: hosted if provider == "aws" else d)
        result = compare_list_prices("claude x", "bedrock")
        assert result.separate_row
        assert (result.input_markup, result.output_markup) == markups


def test_the_hyperscaler_row_compared_is_the_same_version_as_the_direct_row() -> None:
    # "claude-opus-4" is Anthropic's claude-opus-4-0 ($15/$75); Bedrock's rows for the name include Opus 4.5
    # ($5.50/$27.50), whose price against Opus 4 would read as a 63% discount. The Opus 4 row ($15/$75) is used.
    result = compare_list_prices("claude-opus-4", "bedrock")
    assert result.direct.model == "claude-opus-4-0"
    assert result.hosted.model == "regional.anthropic.claude-opus-4-20250514-v1:0"
    assert (result.input_markup, result.output_markup) == (Decimal(0), Decimal(0))


def test_no_markup_is_read_when_the_hyperscaler_lists_only_other_versions() -> None:
    # Bedrock lists Mistral Large 24.02 ($4/$12) and Mistral Large 3; Mistral's "mistral-large" row ($2/$6) is
    # neither, so "100% markup" would compare two different models.
    result = compare_list_prices("mistral large", "bedrock")
    assert not result.separate_row
    assert result.input_markup is None and result.output_markup is None
    assert result.notes[0] == ("the catalog's aws row mistral.mistral-large-2402-v1:0 is another version than "
                               "mistral's mistral-large, so no list markup can be read from it")
    assert not any("no separate aws row" in n for n in result.notes)


def test_a_hyperscaler_row_named_without_the_labs_prefix_pairs_through_the_labs_match_rule() -> None:
    twin = hosted_twin("bedrock", "deepseek", "deepseek-reasoner")
    assert twin is not None and twin.model == "deepseek.r1-v1:0" and twin.notes == ()
    assert hosted_twin("bedrock", "mistral", "mistral-large") is None
    assert hosted_twin("bedrock", "anthropic", "no-such-row") is None
