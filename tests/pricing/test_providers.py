"""The provider table: typed names to catalog ids, hyperscalers, and the names the parser reads in free text."""

from __future__ import annotations

import pytest

from pricing.providers import ALIASES, HYPERSCALERS, MODEL_WORDS, alias_key, is_hyperscaler, message_words, provider_id


@pytest.mark.parametrize(
    ("typed", "catalog_id"),
    [("Azure_OpenAI", "azure"), ("  AWS   Bedrock ", "aws"), ("Vertex AI", "google"), ("open_ai", "openai"),
     ("Grok", "x-ai"), ("Fireworks", "fireworks")],
)
def test_typed_provider_names_map_to_catalog_ids(typed: str, catalog_id: str) -> None:
    assert provider_id(typed) == catalog_id


def test_a_name_that_is_not_an_alias_is_kept_as_its_key() -> None:
    assert alias_key("Some_New   Cloud") == "some new cloud"
    assert provider_id("Some_New   Cloud") == "some new cloud"


@pytest.mark.parametrize("name", ["Azure", "bedrock", "Amazon Bedrock", "GCP", "vertex_ai", "Microsoft"])
def test_the_clouds_that_resell_models_are_hyperscalers(name: str) -> None:
    assert is_hyperscaler(name)


@pytest.mark.parametrize("name", ["OpenAI", "anthropic", "Mistral AI", "deepseek", "some new cloud"])
def test_labs_and_unknown_names_are_not_hyperscalers(name: str) -> None:
    assert not is_hyperscaler(name)


def test_free_text_names_leave_out_the_ones_that_are_also_model_names() -> None:
    words = message_words()
    assert not set(words) & MODEL_WORDS  # "claude sonnet" names the model, not Anthropic as the seller
    assert words["aws bedrock"] == "aws" and words["azure openai"] == "azure"
    assert set(words) | MODEL_WORDS == set(ALIASES)
    assert set(HYPERSCALERS) <= set(words.values())
