"""Catalog lookups from the bundled genai-prices data, aliases, suggestions and rate precedence."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

from pricing import (
    MissingRateError,
    RateOverrides,
    Rates,
    UnknownModelError,
    UnknownProviderError,
    catalog_version,
    lookup_rates,
    resolve_rates,
)


@pytest.mark.parametrize("name", ["gpt-4o", "GPT-4o", "gpt 4o", "  Gpt 4O "])
def test_gpt_4o_spellings_find_openai_row(name: str) -> None:
    rates = lookup_rates(name)
    assert rates.provider == "openai" and rates.model == "gpt-4o"
    assert rates.source == f"genai-prices {catalog_version()} (openai / gpt-4o)"
    assert rates.input < rates.output and rates.cache_read is not None


@pytest.mark.parametrize("name", ["sonnet 4.5", "claude sonnet 4.5", "claude-sonnet-4-5", "Claude Sonnet 4.5"])
def test_sonnet_4_5_direct_uses_base_tier_and_says_so(name: str) -> None:
    rates = lookup_rates(name, "anthropic")
    assert rates.model == "claude-sonnet-4-5"
    assert rates.cache_write is not None and rates.cache_write_1h is not None
    assert rates.cache_write == rates.input * Decimal("1.25")
    assert rates.cache_write_1h == rates.input * 2
    assert any("base tier" in note for note in rates.notes)


@pytest.mark.parametrize("provider", ["bedrock", "aws", "AWS Bedrock", "Amazon"])
def test_sonnet_4_5_on_bedrock_reads_the_aws_row(provider: str) -> None:
    rates = lookup_rates("sonnet 4.5", provider)
    assert rates.provider == "aws"
    assert "claude-sonnet-4-5" in (rates.model or "")
    assert rates.source.startswith(f"genai-prices {catalog_version()} (aws / ")


@pytest.mark.parametrize("provider", ["vertex", "gcp", "google"])
def test_vertex_aliases(provider: str) -> None:
    assert lookup_rates("sonnet 4.5", provider).provider == "google"


def test_azure_without_own_row_falls_back_and_says_so() -> None:
    rates = lookup_rates("gpt-4o", "azure")
    assert rates.provider == "openai"
    assert any("no separate azure row" in note for note in rates.notes)


def test_unknown_model_suggests_close_names() -> None:
    with pytest.raises(UnknownModelError) as info:
        lookup_rates("gpt-4x")
    assert "gpt-4o" in info.value.suggestions
    assert "did you mean" in str(info.value)


def test_misspelt_model_at_bedrock_suggests_the_bedrock_row() -> None:
    with pytest.raises(UnknownModelError) as info:
        lookup_rates("sonet 4.5", "bedrock")
    assert any("claude-sonnet-4-5" in s for s in info.value.suggestions)


def test_unknown_provider_is_a_domain_error() -> None:
    with pytest.raises(UnknownProviderError, match="unknown provider 'acme cloud'"):
        lookup_rates("gpt-4o", "acme cloud")


def test_importing_pricing_does_not_load_the_catalog() -> None:
    code = "import sys, pricing; print('genai_prices' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_message_rates_win_over_card_and_catalog() -> None:
    card = {"gpt-4o": Rates(input=Decimal(4), output=Decimal(12), source="workspace rate card")}
    rates = resolve_rates(RateOverrides(input=Decimal(5), output=Decimal(15)), card, "gpt 4o")
    assert (rates.input, rates.output) == (Decimal(5), Decimal(15))
    assert rates.source.startswith("message (input, output)")


def test_rate_card_wins_over_catalog() -> None:
    card = {"GPT-4o": Rates(input=Decimal(4), output=Decimal(12), source="workspace rate card")}
    rates = resolve_rates(None, card, "gpt 4o")
    assert (rates.input, rates.output) == (Decimal(4), Decimal(12))
    assert "workspace rate card" in rates.source


def test_partial_message_rates_fill_from_catalog() -> None:
    catalog = lookup_rates("gpt-4o")
    rates = resolve_rates(RateOverrides(input=Decimal(5)), {}, "gpt-4o")
    assert rates.input == 5 and rates.output == catalog.output
    assert "genai-prices" in rates.source and rates.source.startswith("message (input)")


def test_complete_message_rates_survive_an_unknown_model() -> None:
    rates = resolve_rates(RateOverrides(input=Decimal(1), output=Decimal(2)), {}, "in-house-model-7")
    assert rates.source == "rates given in the message"


def test_no_model_and_incomplete_rates_is_refused() -> None:
    with pytest.raises(MissingRateError, match="no output rate"):
        resolve_rates(RateOverrides(input=Decimal(1)), {}, None)


def test_provider_specific_card_beats_model_only_card() -> None:
    card = {
        "gpt-4o": Rates(input=Decimal(4), output=Decimal(12), source="workspace rate card: gpt-4o"),
        "Azure/GPT 4o": Rates(input=Decimal(3), output=Decimal(11), source="workspace rate card: azure/gpt-4o"),
    }
    assert resolve_rates(None, card, "gpt-4o", "azure").input == 3
    assert resolve_rates(None, card, "gpt-4o", "openai").input == 4
    assert resolve_rates(None, card, "gpt-4o").input == 4


def test_card_for_another_provider_is_not_used() -> None:
    card = {"bedrock/sonnet 4.5": Rates(input=Decimal(9), output=Decimal(9), source="workspace rate card")}
    assert resolve_rates(None, card, "claude sonnet 4.5", "aws").input == 9
    assert resolve_rates(None, card, "claude sonnet 4.5", "anthropic").source.startswith("genai-prices")


def test_display_names_find_rows_whose_ids_differ() -> None:
    rates = lookup_rates("llama 3.3 70b", "bedrock")
    assert rates.provider == "aws" and "llama3-3-70b" in (rates.model or "")


def test_the_quote_forms_model_list_starts_with_ids_that_start_with_the_query() -> None:
    from pricing.catalog import model_choices

    choices = model_choices("o3", limit=8)
    assert choices[:2] == [("o3", "openai"), ("o3-pro", "openai")]
    ids = [model for model, _ in choices]
    assert all("o3" in model for model in ids) and len(choices) == 8
    # ids starting with the query first, the shortest of them first; then ids that only contain it ('openai/o3')
    order = [(0 if model.startswith("o3") else 1, len(model)) for model in ids]
    assert order == sorted(order) and order[-1][0] == 1
    assert model_choices("o3", limit=3) == choices[:3]
    # case and the spaces around the query do not matter; nothing typed lists nothing
    assert model_choices("  O3 ", limit=8) == choices
    assert model_choices("   ") == [] and model_choices("") == []
    # every model listed can be quoted
    for model, provider in choices:
        assert lookup_rates(model, provider).input >= 0


def test_a_stored_catalog_reading_is_read_again_as_it_was_read() -> None:
    from pricing.catalog import current_rates

    standard = lookup_rates("gpt-4o", "openai")
    assert current_rates(standard) == standard
    batch = lookup_rates("gpt-4o", "openai", tier="batch")  # the same tier again: half the standard input rate
    assert current_rates(batch) == batch and batch.input == standard.input / 2
    # rates that did not come from the catalog have nothing to read again
    assert current_rates(standard.model_copy(update={"catalog_version": None})) is None
    assert current_rates(standard.model_copy(update={"model": None})) is None
    with pytest.raises(UnknownModelError, match="unknown model 'gpt-0-retired' at openai"):
        current_rates(standard.model_copy(update={"model": "gpt-0-retired"}))


def test_the_rates_that_changed_between_two_readings() -> None:
    from pricing.catalog import rate_changes

    old = lookup_rates("gpt-4o", "openai")
    assert rate_changes(old, old) == {}
    new = old.model_copy(update={"input": Decimal(5), "cache_read": None, "source": "a newer catalog"})
    assert rate_changes(old, new) == {"input": (Decimal("2.5"), Decimal(5)), "cache_read": (Decimal("1.25"), None)}
    assert rate_changes(new, old) == {"input": (Decimal(5), Decimal("2.5")), "cache_read": (None, Decimal("1.25"))}


def test_a_cache_price_follows_a_stated_input_rate_at_the_catalogs_multiple() -> None:
    from pricing.catalog import scaled_price

    # the catalog reads $0.30 against a $3.00 input; a stated $2.50 input makes the read $0.25 (a tenth of it)
    assert scaled_price(Decimal("0.30"), Decimal("3.00"), Decimal("2.50")) == Decimal("0.25")
    # a write at 1.25× a $3.00 input, against a stated $4: $5, written without trailing zeros
    assert str(scaled_price(Decimal("3.75"), Decimal("3"), Decimal("4"))) == "5"
