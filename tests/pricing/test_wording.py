"""Every sentence the engine produces for replies passes the field-language linter (glossary.lint)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import glossary
from pricing import (
    WHAT_THE_MARKUP_BUYS,
    CachingRequest,
    Rates,
    analyse_caching,
    compare_list_prices,
    lookup_rates,
    map_scenario,
)
from pricing.cache_limits import CACHE_LIMITS
from tests.pricing.test_scenario import TRAITS, _reasons

RATES = Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal("0.5"), source="illustrative")


def _engine_sentences() -> list[str]:
    texts: list[str] = []
    for traits in TRAITS:
        texts.extend(_reasons(map_scenario(traits)))
    for prefix, calls, model in [(4_000, 10_000, "claude-sonnet-4-5"), (500, 100, "gpt-4o"), (2_000, 50, None)]:
        result = analyse_caching(CachingRequest(rates=RATES, prefix_tokens=prefix, calls_per_day=calls, model=model))
        texts.extend(result.assumptions)
        texts.append(result.writes_derivation)
        texts.append(result.write_rate_basis)
        if result.ineligible_reason:
            texts.append(result.ineligible_reason)
    texts.extend(f"{b.label}: {b.detail}" for b in WHAT_THE_MARKUP_BUYS)
    texts.extend(row.note for row in CACHE_LIMITS)
    texts.extend(lookup_rates("sonnet 4.5").notes)
    texts.extend(compare_list_prices("gpt-4o", "azure").notes)
    return texts


@pytest.mark.parametrize("text", _engine_sentences())
def test_engine_wording_obeys_the_guide(text: str) -> None:
    assert glossary.lint(text) == [], text
