"""Service-tier, long-context and regional rows read from the catalog agree with genai-prices' own calc_price.

For each model below, every service tier its catalog row offers (batch, flex, priority, fast) is priced through
:func:`pricing.lookup_rates` and compared with ``ModelInfo.calc_price`` under the same price_context, for a
prompt below and, where the row has long-context tiers, above the first tier's start.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from genai_prices.data_snapshot import get_snapshot
from genai_prices.types import Usage

from pricing import lookup_rates
from pricing.catalog import _TIER_CONTEXTS
from pricing.errors import NoCatalogRowError
from pricing.rates import Rates, ServiceTier
from pricing.units import token_cost

MODELS = [
    ("openai", "gpt-4.1"), ("openai", "gpt-5"), ("openai", "gpt-4o"), ("openai", "gpt-4.1-mini"), ("openai", "o3"),
    ("anthropic", "claude-sonnet-4-5"), ("anthropic", "claude-haiku-4-5"), ("anthropic", "claude-opus-4-5"),
    ("google", "gemini-2.5-pro"), ("google", "gemini-2.5-flash"), ("google", "gemini-2.5-flash-lite"),
    ("mistral", "mistral-large-latest"), ("aws", "global.anthropic.claude-sonnet-4-5-20250929-v1:0"),
]
PROMPT, CACHED, OUTPUT = 3_000, 1_000, 500


def _row(provider_id: str, model_id: str) -> tuple[Any, Any]:
    provider = next(p for p in get_snapshot().providers if p.id == provider_id)
    model = next(m for m in provider.models if m.is_match(model_id) or m.id == model_id)
    return provider, model


def _tiers(model: Any) -> list[ServiceTier]:
    offered: list[ServiceTier] = ["standard"]
    for tier, contexts in _TIER_CONTEXTS.items():
        if any(dict(v.when) == c for c in contexts for v in model.price_variants or ()):
            offered.append(tier)
    return offered


def _prompts(model: Any) -> list[int]:
    prices = model.get_prices(datetime.now(UTC))
    tiers = getattr(prices.input_mtok, "tiers", None)
    return [PROMPT, tiers[0].start + 100_000] if tiers else [PROMPT]


CASES = [
    (provider, model_id, tier, prompt)
    for provider, model_id in MODELS
    for tier in _tiers(_row(provider, model_id)[1])
    for prompt in _prompts(_row(provider, model_id)[1])
]


def _ours(rates: Rates, prompt: int) -> Decimal:
    cached = CACHED if rates.cache_read is not None else 0
    return (token_cost(Decimal(prompt - cached), rates.input) + token_cost(Decimal(cached), rates.cache_read or 0)
            + token_cost(Decimal(OUTPUT), rates.output))


def test_enough_models_and_tiers_are_covered() -> None:
    assert len(MODELS) >= 10
    assert {tier for _, _, tier, _ in CASES} >= {"standard", "batch", "flex", "priority"}
    assert any(prompt > PROMPT for *_, prompt in CASES)


@pytest.mark.parametrize(("provider_id", "model_id", "tier", "prompt"), CASES)
def test_tier_rows_match_genai_prices_calc_price(
    provider_id: str, model_id: str, tier: ServiceTier, prompt: int
) -> None:
    provider, model = _row(provider_id, model_id)
    rates = lookup_rates(model.id, provider_id, tier=tier, context_tokens=Decimal(prompt) if prompt > PROMPT else None)
    assert rates.model == model.id and rates.service_tier == tier
    context = next((c for c in _TIER_CONTEXTS[tier] if any(dict(v.when) == c for v in model.price_variants or ())),
                   None)
    cached = CACHED if rates.cache_read is not None else 0
    usage = Usage(input_tokens=prompt, cache_read_tokens=cached, output_tokens=OUTPUT)
    theirs = model.calc_price(usage, provider, price_context=context).total_price
    assert _ours(rates, prompt) == theirs
    if tier != "standard":
        assert f"{tier}" in rates.source or "batch processing" in rates.source
    if prompt > PROMPT:
        assert "long-context tier: prompts over" in rates.source


def test_a_tier_the_row_lacks_is_refused_naming_what_it_has() -> None:
    with pytest.raises(NoCatalogRowError, match=r"no flex tier row for gpt-4\.1 at openai; it has: batch"):
        lookup_rates("gpt-4.1", "openai", tier="flex")


def test_regional_and_global_rows_at_bedrock_and_no_row_elsewhere() -> None:
    regional = lookup_rates("sonnet 4.5", "bedrock", region="regional")
    global_ = lookup_rates("sonnet 4.5", "bedrock", region="global")
    assert regional.model is not None and regional.model.startswith("regional.")
    assert global_.model is not None and global_.model.startswith("global.")
    assert regional.input > global_.input
    assert "regional (in-region or geographic data zone) row" in regional.source
    with pytest.raises(NoCatalogRowError, match=r"no regional .* row for gpt-4o at azure"):
        lookup_rates("gpt-4o", "azure", region="regional")


def test_reasoning_models_say_reasoning_tokens_are_output_tokens() -> None:
    assert any("billed as output tokens" in n for n in lookup_rates("o3").notes)
    assert not any("reasoning" in n for n in lookup_rates("gpt-4o").notes)


def test_catalog_rates_keep_the_catalog_version() -> None:
    from importlib.metadata import version

    assert lookup_rates("gpt-4o").catalog_version == version("genai-prices")


@pytest.mark.parametrize("hour", [3, 10, 17, 23])
def test_a_model_priced_by_the_hour_is_quoted_at_its_usual_price_at_any_hour(monkeypatch: pytest.MonkeyPatch,
                                                                           hour: int) -> None:
    """DeepSeek bills 16:30–00:30 UTC at lower prices: a quote asked at any hour uses the price billed most of
    the day ($0.55 / $2.19) and names the other hours with their prices."""
    import pricing.catalog as catalog

    class Clock(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Clock:
            return cls(2026, 11, 30, hour, 0, tzinfo=UTC)

    monkeypatch.setattr(catalog, "datetime", Clock)
    rates = catalog.lookup_rates("deepseek-reasoner", "deepseek")
    assert (rates.input, rates.output) == (Decimal("0.55"), Decimal("2.19"))
    assert "16:30–00:30 UTC is billed at $0.135 input / $0.55 output per MTok" in " ".join(rates.notes)
    plain = catalog.lookup_rates("claude-sonnet-4-0", "anthropic")
    assert not any("most of the day" in note for note in plain.notes)


def test_a_prompt_past_several_long_context_tiers_pays_the_highest_one_it_passes() -> None:
    # Today's catalog has at most one tier above a base; genai-prices allows more, listed in any order.
    from genai_prices.types import Tier, TieredPrices

    from pricing.catalog import _value

    raw = TieredPrices(base=Decimal(1), tiers=[Tier(start=128_000, price=Decimal(2)),
                                                Tier(start=200_000, price=Decimal(3))])
    assert _value(raw, None) == (Decimal(1), None)
    assert _value(raw, Decimal(128_000)) == (Decimal(1), None)  # tiers are cliffs above their start
    assert _value(raw, Decimal(150_000)) == (Decimal(2), 128_000)
    assert _value(raw, Decimal(300_000)) == (Decimal(3), 200_000)
    backwards = TieredPrices(base=Decimal(1), tiers=list(reversed(raw.tiers)))
    assert _value(backwards, Decimal(300_000)) == (Decimal(3), 200_000)
    assert _value(backwards, Decimal(150_000)) == (Decimal(2), 128_000)
