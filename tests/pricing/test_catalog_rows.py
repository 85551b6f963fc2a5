"""Which catalog row a lookup reads, and what the quote says about it: long-context tiers, input-only models,
regional rows, models only a hyperscaler lists, reasoning priced apart, and the options passed through."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import MissingRateError, UnknownModelError, lookup_rates, resolve_rates
from pricing.errors import NoCatalogRowError


def test_a_tiered_model_reads_the_base_tier_up_to_its_limit_and_the_long_context_tier_above() -> None:
    base = lookup_rates("gemini-2.5-pro", "google")
    assert "tiered prices: the base tier is used (prompts up to 200,000 tokens); larger prompts are billed at " \
           "higher rates" in base.notes
    at_limit = lookup_rates("gemini-2.5-pro", "google", context_tokens=Decimal(200_000))
    above = lookup_rates("gemini-2.5-pro", "google", context_tokens=Decimal(200_001))
    assert (at_limit.input, at_limit.output) == (base.input, base.output)
    assert "long-context" not in at_limit.source
    assert above.input > base.input and above.output > base.output
    assert above.source.endswith("(google / gemini-2.5-pro, long-context tier: prompts over 200,000 tokens)")
    assert above.context_tokens == Decimal(200_001)
    assert not any("one rate for every prompt size" in n for n in above.notes + at_limit.notes)


def test_a_prompt_size_given_for_a_model_with_one_rate_is_said_to_change_nothing() -> None:
    sized = lookup_rates("gpt-4o", "openai", context_tokens=Decimal(150_000))
    plain = lookup_rates("gpt-4o", "openai")
    assert (sized.input, sized.output) == (plain.input, plain.output)
    assert "the catalog has one rate for every prompt size of this model" in sized.notes
    assert sized.context_tokens == Decimal(150_000) and plain.context_tokens is None


def test_an_input_only_model_is_quoted_with_no_output_cost_and_says_so() -> None:
    rates = lookup_rates("text-embedding-3-small", "openai")
    assert rates.output == 0 and rates.input > 0
    assert rates.notes == ("the catalog lists no output price for this model (input-only)",)


def test_a_model_the_catalog_lists_without_an_input_price_is_refused_naming_the_row() -> None:
    with pytest.raises(MissingRateError) as refused:
        lookup_rates("tts-1", "openai")
    assert refused.value.rate == "input"
    assert refused.value.source.endswith("(openai / tts-1)")


def test_a_region_a_provider_does_not_list_is_refused_naming_the_model_and_provider() -> None:
    with pytest.raises(NoCatalogRowError) as refused:
        lookup_rates("gpt-4o", "openai", region="regional")
    error = refused.value
    assert (error.model, error.provider, error.offered) == ("gpt-4o", "openai", ())
    assert error.row.startswith("regional")
    assert str(error).startswith("the price catalog has no regional")


def test_a_regional_row_keeps_the_region_and_names_the_providers_other_rows() -> None:
    regional = lookup_rates("sonnet 4.5", "bedrock", region="regional")
    assert regional.region == "regional" and regional.model is not None
    assert regional.model.startswith("regional.")
    others = [n for n in regional.notes if n.startswith("other rows at aws: ")]
    assert len(others) == 1 and regional.model not in others[0]
    assert "global." in others[0]


def test_a_model_only_a_hyperscaler_lists_is_found_without_naming_the_provider() -> None:
    rates = lookup_rates("nova pro")
    assert (rates.provider, rates.model) == ("aws", "amazon.nova-pro-v1:0")
    assert 0 < rates.input < rates.output
    with pytest.raises(NoCatalogRowError) as refused:
        lookup_rates("nova pro", region="regional")
    assert (refused.value.model, refused.value.provider) == ("amazon.nova-pro-v1:0", "aws")


def test_a_model_priced_for_reasoning_apart_names_that_price() -> None:
    rates = lookup_rates("sonar-deep-research", "perplexity")
    assert "reasoning tokens are billed at $3/MTok" in rates.notes
    assert not any("billed as output tokens" in n for n in rates.notes)


def test_a_fallback_to_the_labs_row_keeps_the_tier_and_prompt_size_asked_for() -> None:
    batch = lookup_rates("gpt-4o", "azure", tier="batch")
    assert batch.provider == "openai" and batch.service_tier == "batch"
    assert batch.input == lookup_rates("gpt-4o", "openai", tier="batch").input < lookup_rates("gpt-4o").input
    sized = lookup_rates("gpt-4o", "azure", context_tokens=Decimal(5000))
    assert sized.context_tokens == Decimal(5000)
    assert "the catalog has one rate for every prompt size of this model" in sized.notes


def test_resolved_rates_read_the_catalog_row_for_the_provider_tier_region_and_prompt_size_asked() -> None:
    regional = resolve_rates(None, {}, "sonnet 4.5", "bedrock", region="regional", context_tokens=Decimal(1000))
    assert regional.provider == "aws" and regional.region == "regional" and regional.context_tokens == Decimal(1000)
    assert regional.model is not None and regional.model.startswith("regional.")
    batch = resolve_rates(None, {}, "gpt-4.1", "openai", tier="batch")
    assert batch.service_tier == "batch" and batch.input < lookup_rates("gpt-4.1", "openai").input
    long = resolve_rates(None, {}, "gemini-2.5-pro", "google", context_tokens=Decimal(300_000))
    assert long.input > lookup_rates("gemini-2.5-pro", "google").input
    with pytest.raises(UnknownModelError):
        resolve_rates(None, {}, "nova pro", "openai")


def test_a_rate_card_is_used_for_its_own_model_only_and_a_slash_in_its_model_name_is_kept() -> None:
    from pricing import Rates

    cards = {
        "gpt-4o-mini": Rates(input=Decimal(1), output=Decimal(2), source="card for gpt-4o-mini"),
        "azure/my-team/gpt-4o-ft": Rates(input=Decimal(3), output=Decimal(9), source="card for a fine-tune"),
        "my-lab/model-x": Rates(input=Decimal(7), output=Decimal(8), source="card for an in-house model"),
        "gpt-4o": Rates(input=Decimal(4), output=Decimal(12), source="card for gpt-4o"),
    }
    assert resolve_rates(None, cards, "gpt-4o").source == "card for gpt-4o"
    assert resolve_rates(None, cards, "my-team/gpt-4o-ft", "azure").source == "card for a fine-tune"
    assert resolve_rates(None, cards, "my-lab/model-x").source == "card for an in-house model"


def test_model_and_provider_names_as_people_type_them() -> None:
    assert lookup_rates("gpt_4o").model == "gpt-4o"  # an underscore reads as a space
    assert lookup_rates("llemma_7b", "openrouter").model in {"llemma_7b", "eleutherai/llemma_7b"}  # the id as listed
    assert lookup_rates("llama-3.3-70b-versatile", "GroQ").provider == "groq"
    assert lookup_rates("gpt-4o", "OpenRouter").provider == "openrouter"


def test_an_unknown_provider_is_refused_listing_the_names_that_work() -> None:
    from pricing import UnknownProviderError

    with pytest.raises(UnknownProviderError) as refused:
        lookup_rates("gpt-4o", "acme cloud")
    assert refused.value.provider == "acme cloud"
    assert {"openai", "anthropic", "bedrock", "vertex", "azure"} <= set(refused.value.known)


def test_a_model_priced_by_the_hour_names_its_other_hours_once_as_one_run() -> None:
    rates = lookup_rates("deepseek-reasoner", "deepseek")
    hours = [n for n in rates.notes if "most of the day" in n]
    assert hours == ["the price billed most of the day; 16:30–00:30 UTC is billed at $0.135 input / $0.55 output "
                     "per MTok"]


def test_a_stored_reading_of_a_long_prompt_or_a_region_is_read_again_with_them() -> None:
    from pricing.catalog import current_rates

    long = lookup_rates("gemini-2.5-pro", "google", context_tokens=Decimal(300_000))
    regional = lookup_rates("sonnet 4.5", "bedrock", region="regional")
    assert current_rates(long) == long
    again = current_rates(regional)
    assert again is not None
    assert (again.model, again.region, again.input) == (regional.model, "regional", regional.input)
    assert again == regional  # the note naming aws's other rows for the model asked is kept


def test_a_stored_bedrock_reading_read_again_names_the_other_rows_the_catalog_still_has() -> None:
    from pricing.catalog import current_rates

    for model, region in [("sonnet 4.5", "regional"), ("claude 3.5 sonnet", "regional"), ("sonnet 4.5", None)]:
        first = lookup_rates(model, "bedrock", region=region)
        assert first.notes[0].startswith("other rows at aws: ")
        assert current_rates(first) == first
    stored = first.model_copy(update={"other_rows": (*first.other_rows, "regional.anthropic.claude-retired-v1:0"),
                                      "notes": (f"{first.notes[0]}, regional.anthropic.claude-retired-v1:0",)})
    again = current_rates(stored)
    assert again is not None and again.notes == first.notes  # a row the catalog no longer lists is not named


def test_the_quote_forms_model_list_finds_display_names_and_full_ids_and_skips_rows_it_cannot_quote() -> None:
    from pricing.catalog import model_choices

    assert ("claude-sonnet-4-5", "anthropic") in model_choices("Sonnet 4.5")  # only the display name has it
    assert model_choices("claude-sonnet-4-5")[0] == ("claude-sonnet-4-5", "anthropic")
    listed = model_choices("gpt-4o")  # github-copilot's gpt-4o has no token prices: left out, the rest still listed
    assert len(listed) == 25 == len(model_choices("gpt"))
    assert ("gpt-4o", "openai") in listed and all(provider != "github-copilot" for _, provider in listed)


def test_a_rate_card_gives_way_to_the_catalogs_row_for_a_tier_a_prompt_size_or_a_region() -> None:
    from pricing import Rates

    cards = {"gpt-4.1": Rates(input=Decimal(9), output=Decimal(9), source="card for gpt-4.1"),
             "bedrock/sonnet 4.5": Rates(input=Decimal(9), output=Decimal(9), source="card for sonnet on bedrock")}
    assert resolve_rates(None, cards, "gpt-4.1", "openai").source == "card for gpt-4.1"
    assert resolve_rates(None, cards, "gpt-4.1", "openai", tier="batch").source.startswith("genai-prices")
    assert resolve_rates(None, cards, "gpt-4.1", "openai", context_tokens=Decimal(1000)).source.startswith(
        "genai-prices")
    assert resolve_rates(None, cards, "sonnet 4.5", "bedrock", region="regional").source.startswith("genai-prices")


def test_message_rates_over_a_catalog_row_are_no_longer_a_catalog_reading() -> None:
    from pricing import RateOverrides
    from pricing.catalog import current_rates

    partial = resolve_rates(RateOverrides(input=Decimal(5)), {}, "gpt-4o")
    assert partial.source == f"message (input); {lookup_rates('gpt-4o').source}"
    assert partial.catalog_version is None and current_rates(partial) is None
    full = resolve_rates(RateOverrides(input=Decimal(5), output=Decimal(6)), {}, "gpt-4o")
    assert full.source == f"message (input, output); rest: {lookup_rates('gpt-4o').source}"


def test_half_the_rates_in_a_message_do_not_excuse_an_unknown_model_and_no_model_is_named_as_such() -> None:
    from pricing import RateOverrides

    with pytest.raises(UnknownModelError):
        resolve_rates(RateOverrides(input=Decimal(1)), {}, "in-house-model-7")
    with pytest.raises(MissingRateError) as refused:
        resolve_rates(RateOverrides(output=Decimal(1)), {}, None)
    assert (refused.value.rate, refused.value.source) == ("input", "the message (no model named)")


@pytest.mark.parametrize("typed", ["gpt-4x", "gpt 4.9x"])
def test_an_unknown_model_is_answered_with_five_close_names(typed: str) -> None:
    with pytest.raises(UnknownModelError) as refused:
        lookup_rates(typed)
    suggestions = refused.value.suggestions
    assert len(suggestions) == len(set(suggestions)) == 5
    assert all(s.startswith("gpt-") for s in suggestions)


def test_a_model_named_without_a_provider_keeps_the_tier_prompt_size_and_region_asked_for() -> None:
    standard, batch = lookup_rates("gpt-4o"), lookup_rates("gpt-4o", tier="batch")
    assert batch.service_tier == "batch" and batch.input == standard.input / 2
    assert lookup_rates("gpt-4o", context_tokens=Decimal(1000)).context_tokens == Decimal(1000)
    with pytest.raises(NoCatalogRowError) as refused:
        lookup_rates("gpt-4o", region="regional")
    assert (refused.value.model, refused.value.provider) == ("gpt-4o", "openai")
    # a model only a hyperscaler lists, the same
    sized = lookup_rates("nova pro", context_tokens=Decimal(1000))
    assert sized.context_tokens == Decimal(1000)
    assert "the catalog has one rate for every prompt size of this model" in sized.notes
    with pytest.raises(NoCatalogRowError, match=r"no batch processing row for amazon\.nova-pro-v1:0 at aws"):
        lookup_rates("nova pro", tier="batch")


@pytest.mark.parametrize(("typed", "close"), [("nova prox", "amazon.nova-pro-v1:0"), ("phi-4x", "phi-4")])
def test_an_unknown_model_is_answered_with_close_names_at_bedrock_and_azure_too(typed: str, close: str) -> None:
    with pytest.raises(UnknownModelError) as refused:
        lookup_rates(typed)
    assert refused.value.model == typed and close in refused.value.suggestions


def test_azures_own_row_for_a_labs_model_is_found_though_its_id_has_no_vendor_prefix() -> None:
    from pricing.catalog import hosted_twin

    twin = hosted_twin("azure", "openai", "o1")
    assert twin is not None and (twin.provider, twin.model) == ("azure", "o1")
    assert twin.input == lookup_rates("o1", "openai").input


@pytest.mark.parametrize(("region", "prefix", "row"), [
    ("regional", "regional.", "regional (in-region or geographic data zone) row"),
    ("global", "global.", "global row"),
])
def test_a_model_only_a_hyperscaler_lists_asked_for_a_region_reads_and_keeps_that_regions_row(
        region: str, prefix: str, row: str) -> None:
    rates = lookup_rates("kimi k3", region=region)  # type: ignore[arg-type]
    assert (rates.provider, rates.model, rates.region) == ("aws", f"{prefix}moonshotai.kimi-k3", region)
    assert rates.source.endswith(f"(aws / {prefix}moonshotai.kimi-k3, {row})")
