"""Pure pricing engine: typed requests in, Decimal results out. No Slack, no templates, no I/O.

Conventions
-----------
* Money is ``Decimal`` USD; rates are USD per million tokens (MTok); a month is 730 hours
  (month = day × 730 / 24), stated as ``month_hours`` on every result with monthly figures.
* Percentages are **fractions** as ``Decimal``: ``Decimal("0.4")`` means 40% (discounts, utilization,
  markups, hit ratios, shares). Pass ``Decimal``, ``str`` or ``int``; a ``float`` is converted through
  ``str`` (0.4 -> Decimal("0.4")) and never reaches the arithmetic.
* Bad input raises one type, :class:`PricingError` (a ``ValueError``); out-of-range numbers raise its
  subclass :class:`OutOfRangeError` with ``field``, ``value``, ``allowed`` and a message such as
  "discount 140% is out of range: allowed 0% to <100%". Bounds: discount 0% to <100%, utilization
  0.001% to 100%, tokens 0 to 10,000,000 per call and 0 to 10^13 per day, calls 0 to 10^10 a day, rates
  $0 to $10,000/MTok, per-call fees $0 to $10,000, peak-to-average 1 to 1,000.
* ``genai_prices`` is imported lazily on the first catalog lookup (``import pricing`` stays light) and
  its auto-update is never called: lookups read the snapshot bundled with the installed version.

Public API (one line each)
--------------------------
Rates                      per-MTok rates (input, output, cache_read, cache_write, cache_write_1h) + source
PricingError               base of every engine error (subclass of ValueError)
OutOfRangeError            number outside the allowed range: field, value, allowed
InvalidInputError          not a number / missing field
MissingRateError           a needed rate (e.g. cache_read) is absent from the rate card
UnknownModelError          model not in the catalog; ``suggestions`` holds "did you mean" choices
UnknownProviderError       provider name not known
MONTH_HOURS                730
CostSplit                  input / output USD (``total`` property)
PerTokenRequest            rates + input/output tokens (per call or per day) + calls/day
PerTokenQuote              input and output cost per call, per day, per month
quote_per_token            PerTokenRequest -> PerTokenQuote
per_token_cost             (rates, input_tokens, output_tokens) -> CostSplit
break_even_utilization     discount -> 1 − discount
UtilizationRequest         discount + utilization
UtilizationComparison      cost ratio (1 − d)/u, change, direction (below/above/equal), break-even
compare_at_utilization     UtilizationRequest -> UtilizationComparison
PeakSizingRequest          peak-to-average ratio + discount
PeakSizing                 utilization 1/PAR and its UtilizationComparison
size_for_peak              PeakSizingRequest -> PeakSizing
CapacityRequest            units, $/unit-hour, tokens/min per unit, input share, utilization, hours
CapacityComparison         provisioned bill vs on-demand cost of the tokens served
compare_capacity           CapacityRequest -> CapacityComparison
CachingRequest             rates, prefix, calls/day, hit ratio, writes/day, TTL, active hours, provider/model
CachingResult              per hit, per write, per day, storage, net, cache model line, eligibility, assumptions
analyse_caching            CachingRequest -> CachingResult
derive_writes_per_day      refresh-on-hit cache, Poisson arrivals: calls × e^(−λ·TTL), at least one per active period
payback_calls_per_day      CachingRequest -> calls/day where the net saving turns positive (same model)
CacheLimit                 one row of the illustrative minimum-prefix/TTL table
cache_limit                (provider, model) -> CacheLimit | None
PerCallRequest             rates, fee per call, planned input/output tokens per call, calls/day, growth
PerCallComparison          planned vs grown call size, crossover tokens at the mix, winner flip
CallSize                   one call size: per-token cost (input/output), fee, cheaper structure
compare_per_call           PerCallRequest -> PerCallComparison
crossover                  rates, fee, input share -> Crossover (tokens per call where fee = per-token cost)
CommitmentRequest          hourly load profile + discount (+ on-demand $/unit-hour)
CommitmentPlan             cheapest commitment, its cost vs all-on-demand and vs sizing for peak
optimal_commitment         CommitmentRequest -> CommitmentPlan
UsageLine                  one model's token counts per hour (uncached/cached input, cache writes, output) + rates
UsageRequest               usage lines over an hourly period + optional provisioned discount
UsageAnalysis              load profile, priced and unpriced lines, commitment plans, break-even, caching, batch
analyse_usage              UsageRequest -> UsageAnalysis (hourly on-demand dollars, 730-hour month)
lookup_rates               (model, provider=None, tier=, context_tokens=, region=) -> Rates from the bundled
                           genai-prices catalog (offline): batch/flex/priority/fast rows, long-context tiers,
                           regional/global rows; NoCatalogRowError when the catalog has no such row
NoCatalogRowError          the catalog has the model but not the tier/region row asked for
Candidate                  one row of a side-by-side comparison: label + rates
ComparisonRequest          candidates (at most 6) + input/output tokens per call + calls/day
Comparison                 rows cheapest first: per call, per day, per month, difference from the cheapest
compare                    ComparisonRequest -> Comparison (TooManyRowsError above 6 rows)
resolve_rates              (explicit, rate_cards, model, provider) -> Rates: message > rate card > catalog
RateOverrides              rates stated in a message (any subset of the Rates fields)
normalise_provider         "bedrock"/"aws" -> aws, "vertex"/"gcp"/"google" -> google, "azure" -> azure ...
model_refs                 spellings tried for a typed model name ("sonnet 4.5" -> claude-sonnet-4.5, ...)
catalog_version            installed genai-prices version
ListPriceComparison        direct vs hyperscaler list rates, list markup where both rows exist
compare_list_prices        (model, hyperscaler, direct_provider=None) -> ListPriceComparison
WorkloadTraits             stage, variability, PAR, prefix, calls/day, transactional, compliance, EA, discount
StructureAdvice            structure + verdict (recommended/pending/viable/evaluate/not_recommended) + reason
Question                   an open question (key + text), e.g. the peak-to-average ratio
HyperscalerAdvice          why the hyperscaler tier is relevant + what its markup buys
ScenarioAdvice             all four StructureAdvice + questions + hyperscaler context
map_scenario               WorkloadTraits -> ScenarioAdvice
Benefit                    one thing the hyperscaler markup buys
WHAT_THE_MARKUP_BUYS       FedRAMP, data residency, private networking, existing billing, SLAs
MarkupRequest              list markup + EA discount
MarkupResult               effective markup + what it buys
effective_markup           MarkupRequest -> MarkupResult
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pricing.cache_limits import CacheLimit, cache_limit
    from pricing.caching import (
        CachingRequest,
        CachingResult,
        analyse_caching,
        derive_writes_per_day,
        payback_calls_per_day,
    )
    from pricing.catalog import (
        RateOverrides,
        catalog_version,
        lookup_rates,
        model_refs,
        normalise_provider,
        resolve_rates,
    )
    from pricing.commitment import CommitmentPlan, CommitmentRequest, optimal_commitment
    from pricing.compare import Candidate, Comparison, ComparisonRequest, TooManyRowsError, compare
    from pricing.errors import (
        InvalidInputError,
        MissingRateError,
        NoCatalogRowError,
        OutOfRangeError,
        PricingError,
        UnknownModelError,
        UnknownProviderError,
    )
    from pricing.hyperscaler import ListPriceComparison, compare_list_prices
    from pricing.markup import WHAT_THE_MARKUP_BUYS, Benefit, MarkupRequest, MarkupResult, effective_markup
    from pricing.per_call import CallSize, Crossover, PerCallComparison, PerCallRequest, compare_per_call, crossover
    from pricing.per_token import CostSplit, PerTokenQuote, PerTokenRequest, per_token_cost, quote_per_token
    from pricing.provisioned import (
        CapacityComparison,
        CapacityRequest,
        PeakSizing,
        PeakSizingRequest,
        UtilizationComparison,
        UtilizationRequest,
        break_even_utilization,
        compare_at_utilization,
        compare_capacity,
        size_for_peak,
    )
    from pricing.rates import Rates
    from pricing.scenario import (
        HyperscalerAdvice,
        Question,
        ScenarioAdvice,
        StructureAdvice,
        WorkloadTraits,
        map_scenario,
    )
    from pricing.units import MONTH_HOURS
    from pricing.usage import UsageAnalysis, UsageLine, UsageRequest, analyse_usage

# ``compare`` names both a module and the function it defines: binding the function once the module is loaded keeps
# ``pricing.compare`` the function, whoever imports ``pricing.compare`` later (the module is small).
from pricing.compare import compare

#: Where each public name lives: a name is imported from its module when first used (PEP 562), so
#: ``import pricing.units`` or a per-token quote does not build the model classes of every other engine.
_EXPORTS: dict[str, str] = {
    "CacheLimit": "pricing.cache_limits",
    "cache_limit": "pricing.cache_limits",
    "CachingRequest": "pricing.caching",
    "CachingResult": "pricing.caching",
    "analyse_caching": "pricing.caching",
    "derive_writes_per_day": "pricing.caching",
    "payback_calls_per_day": "pricing.caching",
    "RateOverrides": "pricing.catalog",
    "catalog_version": "pricing.catalog",
    "lookup_rates": "pricing.catalog",
    "model_refs": "pricing.catalog",
    "normalise_provider": "pricing.catalog",
    "resolve_rates": "pricing.catalog",
    "CommitmentPlan": "pricing.commitment",
    "CommitmentRequest": "pricing.commitment",
    "optimal_commitment": "pricing.commitment",
    "Candidate": "pricing.compare",
    "Comparison": "pricing.compare",
    "ComparisonRequest": "pricing.compare",
    "TooManyRowsError": "pricing.compare",
    "compare": "pricing.compare",  # bound above
    "InvalidInputError": "pricing.errors",
    "MissingRateError": "pricing.errors",
    "NoCatalogRowError": "pricing.errors",
    "OutOfRangeError": "pricing.errors",
    "PricingError": "pricing.errors",
    "UnknownModelError": "pricing.errors",
    "UnknownProviderError": "pricing.errors",
    "ListPriceComparison": "pricing.hyperscaler",
    "compare_list_prices": "pricing.hyperscaler",
    "WHAT_THE_MARKUP_BUYS": "pricing.markup",
    "Benefit": "pricing.markup",
    "MarkupRequest": "pricing.markup",
    "MarkupResult": "pricing.markup",
    "effective_markup": "pricing.markup",
    "CallSize": "pricing.per_call",
    "Crossover": "pricing.per_call",
    "PerCallComparison": "pricing.per_call",
    "PerCallRequest": "pricing.per_call",
    "compare_per_call": "pricing.per_call",
    "crossover": "pricing.per_call",
    "CostSplit": "pricing.per_token",
    "PerTokenQuote": "pricing.per_token",
    "PerTokenRequest": "pricing.per_token",
    "per_token_cost": "pricing.per_token",
    "quote_per_token": "pricing.per_token",
    "CapacityComparison": "pricing.provisioned",
    "CapacityRequest": "pricing.provisioned",
    "PeakSizing": "pricing.provisioned",
    "PeakSizingRequest": "pricing.provisioned",
    "UtilizationComparison": "pricing.provisioned",
    "UtilizationRequest": "pricing.provisioned",
    "break_even_utilization": "pricing.provisioned",
    "compare_at_utilization": "pricing.provisioned",
    "compare_capacity": "pricing.provisioned",
    "size_for_peak": "pricing.provisioned",
    "Rates": "pricing.rates",
    "HyperscalerAdvice": "pricing.scenario",
    "Question": "pricing.scenario",
    "ScenarioAdvice": "pricing.scenario",
    "StructureAdvice": "pricing.scenario",
    "WorkloadTraits": "pricing.scenario",
    "map_scenario": "pricing.scenario",
    "MONTH_HOURS": "pricing.units",
    "UsageAnalysis": "pricing.usage",
    "UsageLine": "pricing.usage",
    "UsageRequest": "pricing.usage",
    "analyse_usage": "pricing.usage",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


__all__ = [
    "MONTH_HOURS",
    "WHAT_THE_MARKUP_BUYS",
    "Benefit",
    "CacheLimit",
    "CachingRequest",
    "CachingResult",
    "CallSize",
    "Candidate",
    "CapacityComparison",
    "CapacityRequest",
    "CommitmentPlan",
    "CommitmentRequest",
    "Comparison",
    "ComparisonRequest",
    "CostSplit",
    "Crossover",
    "HyperscalerAdvice",
    "InvalidInputError",
    "ListPriceComparison",
    "MarkupRequest",
    "MarkupResult",
    "MissingRateError",
    "NoCatalogRowError",
    "OutOfRangeError",
    "PeakSizing",
    "PeakSizingRequest",
    "PerCallComparison",
    "PerCallRequest",
    "PerTokenQuote",
    "PerTokenRequest",
    "PricingError",
    "Question",
    "RateOverrides",
    "Rates",
    "ScenarioAdvice",
    "StructureAdvice",
    "TooManyRowsError",
    "UnknownModelError",
    "UnknownProviderError",
    "UsageAnalysis",
    "UsageLine",
    "UsageRequest",
    "UtilizationComparison",
    "UtilizationRequest",
    "WorkloadTraits",
    "analyse_caching",
    "analyse_usage",
    "break_even_utilization",
    "cache_limit",
    "catalog_version",
    "compare",
    "compare_at_utilization",
    "compare_capacity",
    "compare_list_prices",
    "compare_per_call",
    "crossover",
    "derive_writes_per_day",
    "effective_markup",
    "lookup_rates",
    "map_scenario",
    "model_refs",
    "normalise_provider",
    "optimal_commitment",
    "payback_calls_per_day",
    "per_token_cost",
    "quote_per_token",
    "resolve_rates",
    "size_for_peak",
]
