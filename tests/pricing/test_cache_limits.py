"""The provider caching table: which row a provider and model name find, and what each row says."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing.cache_limits import below_minimum, cache_limit

ANTHROPIC = ("anthropic", Decimal(5), False, Decimal("1.25"), Decimal(2), "refresh_on_hit")
OPENAI = ("openai", Decimal(5), True, None, None, "refresh_on_hit")
GEMINI = ("google", Decimal(60), False, Decimal(1), Decimal(1), "fixed")


@pytest.mark.parametrize(
    ("provider", "model", "family", "minimum", "behaviour"),
    [
        ("anthropic", "claude-opus-4-5", "Claude Opus 4.5 / 4.6", 4096, ANTHROPIC),
        (None, "Claude Haiku 4.5", "Claude Haiku 4.5", 4096, ANTHROPIC),  # spaces and dots as people type them
        ("Claude", "claude_sonnet_4_6", "Claude Sonnet 4.6", 2048, ANTHROPIC),  # underscores; a provider alias
        ("AWS  Bedrock", "claude-3-5-haiku", "Claude Haiku 3 / 3.5", 2048, ANTHROPIC),  # Bedrock follows Anthropic
        ("amazon_bedrock", "claude sonnet 4.5", "Claude Sonnet 4.5, Opus 4.1, Opus 4, Sonnet 4, Sonnet 3.7, "
         "Sonnet 3.5, Opus 3", 1024, ANTHROPIC),
        (None, "claude-opus-4-20250514", "Claude Sonnet 4.5, Opus 4.1, Opus 4, Sonnet 4, Sonnet 3.7, Sonnet 3.5, "
         "Opus 3", 1024, ANTHROPIC),
        ("openai", "gpt-4.1", "all models (automatic caching)", 1024, OPENAI),
        ("Azure OpenAI", "gpt-4o", "all models (automatic caching)", 1024, OPENAI),  # Azure follows OpenAI
        (None, "o1-mini", "all models (automatic caching)", 1024, OPENAI),
        (None, "o3", "all models (automatic caching)", 1024, OPENAI),
        (None, "o4-mini", "all models (automatic caching)", 1024, OPENAI),
        (None, "chatgpt-4o-latest", "all models (automatic caching)", 1024, OPENAI),
        (None, "GPT-5", "all models (automatic caching)", 1024, OPENAI),
        ("mistral", "gpt-4o", "all models (automatic caching)", 1024, OPENAI),  # the name decides the lab
        # an Azure deployment carries the customer's own name: the provider alone says it follows OpenAI
        ("azure_openai", "prod-summariser-2", "all models (automatic caching)", 1024, OPENAI),
        ("vertex", "gemini-2.5-pro", "Gemini 2.5 Pro", 4096, GEMINI),
        (None, "Gemini 2.5 Flash", "Gemini 2.5 Flash", 1024, GEMINI),
        ("gcp", "gemini-1.5-pro", "Gemini 1.5", 32768, GEMINI),
    ],
)
def test_a_provider_and_model_find_their_row(
    provider: str | None, model: str, family: str, minimum: int,
    behaviour: tuple[str, Decimal, bool, Decimal | None, Decimal | None, str],
) -> None:
    row = cache_limit(provider, model)
    assert row is not None
    assert (row.family, row.min_prefix_tokens) == (family, minimum)
    assert (row.provider, row.default_ttl_minutes, row.automatic, row.write_multiplier_5m, row.write_multiplier_1h,
            row.lifetime) == behaviour
    assert row.source == f"pricebot cache table ({row.provider}: {family}; illustrative; verify against the " \
                         "provider's current documentation)"


@pytest.mark.parametrize(
    ("provider", "model"),
    [
        (None, "mistral-large"),  # a lab the table does not list
        ("anthropic", "claude-2"),  # a family the table does not list
        (None, None),
        (None, "my-gpt-wrapper"),  # an OpenAI model name starts with its family
        ("deepseek", ""),
    ],
)
def test_what_the_table_does_not_know_has_no_row(provider: str | None, model: str | None) -> None:
    assert cache_limit(provider, model) is None


@pytest.mark.parametrize(
    ("provider", "model", "minimum"),
    [
        ("openai", None, 1024),  # the provider alone finds its row
        (None, "claude-haiku-4-5", 4096),  # the model alone finds its lab's row
        ("bedrock", "claude sonnet 4.5", 1024),
        ("vertex", "gemini-1.5-pro", 32768),
    ],
)
def test_a_prefix_is_below_the_minimum_only_when_shorter_than_it(provider: str | None, model: str | None,
                                                                 minimum: int) -> None:
    short = below_minimum(Decimal(minimum - 1), provider, model)
    assert short is not None and short.min_prefix_tokens == minimum
    assert short == cache_limit(provider, model)
    assert below_minimum(Decimal(minimum), provider, model) is None  # exactly the minimum is cached
    assert below_minimum(Decimal(minimum - 1), "acme", "llama-3") is None  # no row: no minimum to compare with
