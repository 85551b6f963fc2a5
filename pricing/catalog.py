"""Model rates from the genai-prices catalog bundled with the package, offline.

``genai_prices`` is imported lazily inside the functions (its import takes about half a second and the
Slack app's cold start must stay light); its auto-update is never called, so lookups read only the
snapshot shipped with the installed version. Rate order for answers: numbers in the message, then
the workspace rate card, then this catalog (:func:`resolve_rates`).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from importlib.metadata import version
from typing import TYPE_CHECKING, Any

from pricing.errors import MissingRateError, UnknownModelError, UnknownProviderError
from pricing.providers import ALIASES as PROVIDER_ALIASES
from pricing.providers import DIRECT_PROVIDERS, HYPERSCALERS, alias_key
from pricing.rates import Rates
from pricing.validation import PricingModel, Rate

if TYPE_CHECKING:  # pragma: no cover - typing only
    from genai_prices.types import ModelInfo, Provider

_PRICE_FIELDS = {
    "input": "input_mtok",
    "output": "output_mtok",
    "cache_read": "cache_read_mtok",
    "cache_write": "cache_write_mtok",
    "cache_write_1h": "cache_write_1h_mtok",
}
_FAMILIES = ("sonnet", "opus", "haiku")


def catalog_version() -> str:
    """The installed genai-prices version (read from package metadata; no import)."""
    return version("genai-prices")


def normalise_provider(provider: str) -> str:
    """Catalog provider id for a name people type ("bedrock" -> "aws", "vertex" -> "google")."""
    key = alias_key(provider)
    if key in PROVIDER_ALIASES:
        return PROVIDER_ALIASES[key]
    ids = _provider_ids()
    if key in ids:
        return key
    raise UnknownProviderError(provider, sorted(set(PROVIDER_ALIASES) | set(DIRECT_PROVIDERS)))


def model_refs(model: str) -> list[str]:
    """Spellings to try for a typed model name: "GPT 4o" -> gpt-4o; "sonnet 4.5" -> claude-sonnet-4.5/-4-5."""
    ref = "-".join(model.strip().lower().replace("_", " ").split())
    if ref.startswith(_FAMILIES):
        ref = f"claude-{ref}"
    refs = [ref]
    dashed = re.sub(r"(?<=\d)\.(?=\d)", "-", ref)
    if dashed != ref:
        refs.append(dashed)
    return refs


@cache
def _snapshot() -> Any:
    from genai_prices.data_snapshot import get_snapshot  # lazy: ~0.5 s import

    return get_snapshot()


@cache
def _provider_ids() -> frozenset[str]:
    return frozenset(p.id for p in _snapshot().providers)


def _provider(provider_id: str) -> Provider:
    for p in _snapshot().providers:
        if p.id == provider_id:
            return p  # type: ignore[no-any-return]
    raise UnknownProviderError(provider_id, sorted(_provider_ids()))


def _rank(model_id: str) -> tuple[int, int]:
    """Prefer in-region rows over global ones, then the shortest id."""
    return (0 if model_id.startswith("regional.") else 1, len(model_id))


def _find_in(provider: Provider, refs: list[str]) -> tuple[ModelInfo | None, list[ModelInfo]]:
    """Own row of the provider: exact match first, then ids containing the ref; returns (best, others)."""
    for ref in refs:
        for m in provider.models:
            if m.is_match(ref):
                return m, []
    for ref in refs:
        hits = sorted((m for m in provider.models if ref in m.id.lower()), key=lambda m: _rank(m.id))
        if hits:
            return hits[0], hits[1:]
    for ref in refs:  # display names: "llama 3.3 70b" -> "Llama 3.3 70B Instruct"
        hits = sorted((m for m in provider.models if m.name and ref in _name_key(m.name)), key=lambda m: _rank(m.id))
        if hits:
            return hits[0], hits[1:]
    return None, []


def _name_key(name: str) -> str:
    return "-".join(name.lower().split())


def _fallback(provider: Provider, refs: list[str]) -> tuple[Provider, ModelInfo] | None:
    for fallback_id in provider.fallback_model_providers or ():
        fb = _provider(fallback_id)
        found, _ = _find_in(fb, refs)
        if found is not None:
            return fb, found
    return None


def _value(raw: Any) -> tuple[Decimal | None, bool]:
    if raw is None:
        return None, False
    base = getattr(raw, "base", None)
    if base is not None:
        return Decimal(base), True
    return Decimal(raw), False


def _rates_from(provider: Provider, model: ModelInfo, notes: Iterable[str] = ()) -> Rates:
    prices = model.get_prices(datetime.now(UTC))
    values: dict[str, Decimal | None] = {}
    tiered = False
    for field, attr in _PRICE_FIELDS.items():
        value, is_tiered = _value(getattr(prices, attr, None))
        values[field] = value
        tiered = tiered or is_tiered
    source = f"genai-prices {catalog_version()} ({provider.id} / {model.id})"
    all_notes = list(notes)
    if values["input"] is None:
        raise MissingRateError("input", source)
    if values["output"] is None:
        values["output"] = Decimal(0)
        all_notes.append("the catalog lists no output price for this model (input-only)")
    if tiered:
        tier = _first_tier_start(prices)
        limit = f" (prompts up to {tier:,} tokens)" if tier else ""
        all_notes.append(f"tiered prices: the base tier is used{limit}; larger prompts are billed at higher rates")
    return Rates(
        input=values["input"],
        output=values["output"],
        cache_read=values["cache_read"],
        cache_write=values["cache_write"],
        cache_write_1h=values["cache_write_1h"],
        source=source,
        model=model.id,
        provider=provider.id,
        notes=tuple(all_notes),
    )


def _first_tier_start(prices: Any) -> int | None:
    raw = getattr(prices, "input_mtok", None)
    tiers = getattr(raw, "tiers", None)
    return int(tiers[0].start) if tiers else None


def _short_names(model: ModelInfo) -> set[str]:
    """Spellings a person would type for a catalog row (region, vendor and version suffixes removed)."""
    full = model.id.lower()
    short = re.sub(r"^(?:regional|global|us|eu|apac|au|jp)\.", "", full)
    short = re.sub(r"^[a-z]+\.", "", short)
    short = re.sub(r"(?:-\d{8})?(?:-v\d+(?::\d+)?)?$", "", short)
    names = {full, short, short.removeprefix("claude-")}
    if model.name:
        names.add(_name_key(model.name))
    return names


def _suggest(refs: list[str], providers: Iterable[Provider]) -> list[str]:
    names: dict[str, str] = {}
    for p in providers:
        for m in sorted(p.models, key=lambda m: _rank(m.id)):
            for name in _short_names(m):
                names.setdefault(name, m.id)
    found: list[str] = []
    for ref in refs:
        for close in difflib.get_close_matches(ref, list(names), n=5, cutoff=0.6):
            if names[close] not in found:
                found.append(names[close])
    return found[:5]


def lookup_rates(model: str, provider: str | None = None) -> Rates:
    """Rates for a model (optionally at a provider) from the bundled catalog.

    A hyperscaler without its own row for the model falls back to the lab's row, and the note says so.
    Raises :class:`UnknownModelError` with "did you mean" choices when nothing matches.
    """
    refs = model_refs(model)
    if provider is not None:
        provider_id = normalise_provider(provider)
        prov = _provider(provider_id)
        found, others = _find_in(prov, refs)
        if found is not None:
            notes = [f"other rows at {prov.id}: {', '.join(m.id for m in others[:3])}"] if others else []
            return _rates_from(prov, found, notes)
        fb = _fallback(prov, refs)
        if fb is not None:
            note = f"the catalog has no separate {prov.id} row for this model; {fb[0].id}'s list price is used"
            return _rates_from(fb[0], fb[1], [note])
        raise UnknownModelError(model, provider_id, _suggest(refs, [prov]))
    for provider_id in DIRECT_PROVIDERS:
        if provider_id not in _provider_ids():
            continue
        prov = _provider(provider_id)
        for ref in refs:
            for m in prov.models:
                if m.is_match(ref):
                    return _rates_from(prov, m)
    for provider_id in (*DIRECT_PROVIDERS, *HYPERSCALERS):
        if provider_id in _provider_ids():
            found, _ = _find_in(_provider(provider_id), refs)
            if found is not None:
                return _rates_from(_provider(provider_id), found)
    providers = [_provider(p) for p in (*DIRECT_PROVIDERS, "aws", "azure") if p in _provider_ids()]
    raise UnknownModelError(model, None, _suggest(refs, providers))


class RateOverrides(PricingModel):
    """Rates stated in the message; any field left out comes from the rate card or the catalog."""

    input: Rate | None = None
    output: Rate | None = None
    cache_read: Rate | None = None
    cache_write: Rate | None = None
    cache_write_1h: Rate | None = None
    cache_storage: Rate | None = None


def _card_key(key: str) -> tuple[str | None, frozenset[str]]:
    """A rate-card name as (provider id or None, model spellings); "bedrock/sonnet 4.5" -> (aws, {...})."""
    provider: str | None = None
    model = key
    if "/" in key:
        head, tail = key.split("/", 1)
        try:
            provider, model = normalise_provider(head), tail
        except UnknownProviderError:
            provider, model = None, key
    return provider, frozenset(model_refs(model))


def _card_lookup(rate_cards: Mapping[str, Rates], model: str, provider: str | None) -> Rates | None:
    """Provider-specific card ("azure/gpt-4o") first, then a card for the model alone ("gpt-4o")."""
    wanted = frozenset(model_refs(model))
    provider_id: str | None = None
    if provider:
        try:
            provider_id = normalise_provider(provider)
        except UnknownProviderError:
            provider_id = provider.strip().lower()
    generic: Rates | None = None
    for key, rates in rate_cards.items():
        card_provider, refs = _card_key(key)
        if not refs & wanted:
            continue
        if card_provider is not None and card_provider == provider_id:
            return rates
        if card_provider is None and generic is None:
            generic = rates
    return generic


def resolve_rates(
    explicit: RateOverrides | Rates | None,
    rate_cards: Mapping[str, Rates],
    model: str | None,
    provider: str | None = None,
) -> Rates:
    """Rates in priority order, field by field: numbers in the message > workspace rate card > catalog.

    Rate-card keys are model names or ``provider/model`` (e.g. "azure/gpt-4o"), matched case- and
    spacing-insensitively with provider aliases; a provider-specific card beats a model-only card.
    When the message gives input and output rates, an unknown model does not fail the answer.
    """
    if isinstance(explicit, Rates):
        return explicit
    given = explicit.model_dump(exclude_none=True) if explicit is not None else {}
    complete = "input" in given and "output" in given
    base: Rates | None = None
    if model:
        base = _card_lookup(rate_cards, model, provider)
        if base is not None and "workspace rate card" not in base.source:
            base = base.model_copy(update={"source": f"workspace rate card: {base.source}"})
        if base is None:
            try:
                base = lookup_rates(model, provider)
            except UnknownModelError:
                if not complete:
                    raise
    if base is None:
        for field in ("input", "output"):
            if field not in given:
                raise MissingRateError(field, model or "the message (no model named)")
        return Rates(source="rates given in the message", **given)
    if not given:
        return base
    fields = ", ".join(given)
    merged = base.model_dump() | given
    merged["source"] = f"message ({fields}); {'rest: ' if complete else ''}{base.source}"
    return Rates(**merged)
