"""Model rates from the genai-prices catalog bundled with the package, offline.

``genai_prices`` is imported lazily inside the functions (its import takes about half a second and the
Slack app's cold start must stay light); its auto-update is never called, so lookups read only the
snapshot shipped with the installed version. Rate order for answers: numbers in the message, then
the workspace rate card, then this catalog (:func:`resolve_rates`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from pricing.errors import (
    MissingRateError,
    NoCatalogRowError,
    PricingError,
    UnknownModelError,
    UnknownProviderError,
)
from pricing.providers import ALIASES as PROVIDER_ALIASES
from pricing.providers import DIRECT_PROVIDERS, HYPERSCALERS, alias_key
from pricing.rates import MESSAGE_SOURCE, Rates, Region, ServiceTier
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
# Service tiers as genai-prices' price_context values (the first context a row has wins).
_TIER_CONTEXTS: dict[ServiceTier, tuple[dict[str, str], ...]] = {
    "standard": (),
    "batch": ({"processing": "batch"},),
    "flex": ({"service_tier": "flex"},),
    "priority": ({"service_tier": "priority"},),
    "fast": ({"service_tier": "fast"}, {"speed": "fast"}),
}
TIER_NAMES: dict[ServiceTier, str] = {
    "standard": "standard", "batch": "batch processing", "flex": "flex tier", "priority": "priority tier",
    "fast": "fast mode",
}
REGION_NAMES: dict[Region, str] = {"regional": "regional (in-region or geographic data zone)", "global": "global"}
# Model families that think before answering; their reasoning tokens are billed as output tokens.
_REASONING = re.compile(
    r"^(?:o\d|gpt-5|gpt-6|deepseek-r|deepseek-reasoner|gemini-(?:2\.5|3)|claude-(?:opus|sonnet)-4|claude-3-7|"
    r"grok-[34]|qwq)|thinking|reason"
)


def catalog_version() -> str:
    """The installed genai-prices version (read from package metadata; no import)."""
    from importlib.metadata import version  # ~17 ms to import: only when a catalog row is used

    return version("genai-prices")


def normalise_provider(provider: str) -> str:
    """Catalog provider id for a name people type ("bedrock" -> "aws", "vertex" -> "google")."""
    if provider in _provider_ids():
        return provider  # a catalog id as the catalog spells it ("huggingface_nebius")
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
    exact = model.strip().lower()
    if exact not in refs:
        refs.append(exact)  # a catalog id as the catalog spells it ("meta-llama-3_3-70b-instruct")
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


def model_choices(query: str, *, limit: int = 25) -> list[tuple[str, str]]:
    """Catalog models whose id or name contains `query` (case-insensitive), as (model id, provider id), those
    starting with it first, then the shortest ids: the type-ahead list of the quote form's model select. Rows
    without input and output token prices (free tiers, speech models) are left out: they cannot be quoted."""
    wanted = query.strip().lower()
    if not wanted:
        return []
    found: list[tuple[int, int, str, Provider, ModelInfo]] = []
    for provider in _snapshot().providers:
        for model in provider.models:
            name = (model.name or "").lower()
            key = model.id.lower()
            if wanted in key or wanted in name:
                found.append((0 if key.startswith(wanted) else 1, len(key), f"{model.id} {provider.id}", provider,
                              model))
    found.sort(key=lambda row: row[:3])
    chosen: list[tuple[str, str]] = []
    for _, _, _, provider, model in found:
        if len(chosen) >= limit:
            break
        try:
            _rates_from(provider, model)
        except PricingError:
            continue
        chosen.append((model.id, provider.id))
    return chosen


def catalog_row(model_id: str, provider_id: str) -> bool:
    """Whether the catalog has a row with exactly this model id at this provider id (as
    :func:`model_choices` names them)."""
    return any(p.id == provider_id and any(m.id == model_id for m in p.models) for p in _snapshot().providers)


def _rank(model_id: str) -> tuple[int, int]:
    """Prefer in-region rows over global ones, then the shortest id."""
    return (0 if model_id.startswith("regional.") else 1, len(model_id))


_SEPARATORS = re.compile(r"[-._ /]")


def _squeeze(model_id: str) -> str:
    """A model id without its separators ("gpt-4o" and "gpt4o" are one)."""
    return _SEPARATORS.sub("", model_id.lower())


def _find_in(provider: Provider, refs: list[str]) -> tuple[ModelInfo | None, list[ModelInfo]]:
    """Own row of the provider: the row with that id first, then one whose match rule takes the ref, then ids
    containing the ref; returns (best, others)."""
    for ref in refs:
        for m in provider.models:
            if m.id.lower() == ref:
                return m, []
    for ref in refs:
        for m in provider.models:
            if m.is_match(ref):
                return m, []
    for ref in refs:  # "gpt4o", "claude sonnet 4.5": the id as typed without (or with other) separators
        squeezed = [m for m in provider.models if _squeeze(m.id) == _squeeze(ref)]
        if squeezed:
            return min(squeezed, key=lambda m: _rank(m.id)), []
    newest = _newest_of_family(provider, refs)
    if newest is not None:
        return newest
    for ref in refs:
        hits = sorted((m for m in provider.models if ref in m.id.lower()), key=lambda m: _rank(m.id))
        if hits:
            return hits[0], hits[1:]
    for ref in refs:  # display names: "llama 3.3 70b" -> "Llama 3.3 70B Instruct"
        hits = sorted((m for m in provider.models if m.name and ref in _name_key(m.name)), key=lambda m: _rank(m.id))
        if hits:
            return hits[0], hits[1:]
    return None, []


def _newest_of_family(provider: Provider, refs: list[str]) -> tuple[ModelInfo, list[ModelInfo]] | None:
    """A family named without a version ("gemini flash", "gpt mini"; no row has that id): the provider's rows spelt
    ``<family>-<version>-<variant>`` or ``<family>-<variant>-<version>`` exactly, the highest version first; None
    when the name holds a digit or no such row exists."""
    for ref in refs:
        head, _, tail = ref.partition("-")
        if not tail or any(c.isdigit() for c in ref):
            continue
        version = r"(\d{1,2}(?:[.-]\d)?)"  # "3.5", "4-5"; not a date ("-2512", "-20241022")
        pattern = re.compile(rf"{re.escape(head)}-{version}-{re.escape(tail)}|{re.escape(ref)}-{version}")
        rows: list[tuple[tuple[int, ...], ModelInfo]] = []
        for m in provider.models:
            found = pattern.fullmatch(m.id.lower())
            if found:
                said = found.group(1) or found.group(2)
                rows.append((tuple(int(part) for part in re.split(r"[.-]", said)), m))
        if rows:
            rows.sort(key=lambda row: row[0], reverse=True)
            return rows[0][1], [m for _, m in rows[1:]]
    return None


def _unversioned_note(prov: Provider, refs: list[str], model: str, row: ModelInfo) -> list[str]:
    """The note saying which row a family named without a version was priced at (none otherwise)."""
    newest = _newest_of_family(prov, refs)
    if newest is None or newest[0] is not row:
        return []
    return [f"no version was named for {model.strip()!r}: the newest such row in the catalog, {row.id}, is used; "
            "name the version to price another"]


def _name_key(name: str) -> str:
    return "-".join(name.lower().split())


def _fallback(provider: Provider, refs: list[str]) -> tuple[Provider, ModelInfo] | None:
    for fallback_id in provider.fallback_model_providers or ():
        fb = _provider(fallback_id)
        found, _ = _find_in(fb, refs)
        if found is not None:
            return fb, found
    return None


def _value(raw: Any, context_tokens: Decimal | None) -> tuple[Decimal | None, int | None]:
    """The rate for a prompt of ``context_tokens`` (base tier when None) and the start of the tier used.

    genai-prices' tiers are cliffs on the whole prompt: above a tier's start every token pays the tier rate.
    """
    if raw is None:
        return None, None
    tiers = getattr(raw, "tiers", None)
    if tiers is None:
        return Decimal(raw), None
    if context_tokens is not None:
        for tier in sorted(tiers, key=lambda t: t.start, reverse=True):
            if context_tokens > tier.start:
                return Decimal(tier.price), int(tier.start)
    return Decimal(raw.base), None


def _variant_exists(model: ModelInfo, context: Mapping[str, str]) -> bool:
    return any(dict(v.when) == dict(context) for v in model.price_variants or ())


def _tier_context(model: ModelInfo, provider: Provider, tier: ServiceTier) -> dict[str, str] | None:
    """The catalog's price_context for a service tier on this row; raises when the row has none."""
    if tier == "standard":
        return None
    for context in _TIER_CONTEXTS[tier]:
        if _variant_exists(model, context):
            return context
    offered = sorted({name for name, contexts in _TIER_CONTEXTS.items() for c in contexts if _variant_exists(model, c)})
    raise NoCatalogRowError(TIER_NAMES[tier], model.id, provider.id, offered)


def _usual_hours(model: ModelInfo) -> tuple[datetime, list[str]]:
    """A time today at which the model's usual price applies (the one billed for most of the day, e.g. DeepSeek's
    peak price) and, as text, the hours billed otherwise: a quote gives the same price whatever the hour."""
    from genai_prices.types import TimeOfDateConstraint

    now = datetime.now(UTC)
    if not isinstance(model.prices, list) or not any(
            isinstance(p.constraint, TimeOfDateConstraint) for p in model.prices):
        return now, []
    slots = [now.replace(hour=h, minute=m, second=0, microsecond=0) for h in range(24) for m in (0, 30)]
    prices = [model.get_prices(t) for t in slots]
    keys = [repr((p.input_mtok, p.output_mtok)) for p in prices]
    usual = max(set(keys), key=keys.count)
    other: list[str] = []
    for i, key in enumerate(keys):
        if key != usual and keys[i - 1] != key:  # the start of a run of half-hours at another price
            j = i
            while keys[(j + 1) % len(keys)] == key and (j + 1) % len(keys) != i:
                j += 1
            end = slots[(j + 1) % len(slots)]
            other.append(f"{slots[i]:%H:%M}–{end:%H:%M} UTC is billed at ${prices[i].input_mtok} input / "
                         f"${prices[i].output_mtok} output per MTok")
    return slots[keys.index(usual)], other


def _other_rows_notes(provider_id: str, other_rows: Sequence[str]) -> list[str]:
    """The note naming the provider's other rows for the model asked (none when there are none)."""
    return [f"other rows at {provider_id}: {', '.join(other_rows)}"] if other_rows else []


def _rates_from(
    provider: Provider,
    model: ModelInfo,
    notes: Iterable[str] = (),
    *,
    other_rows: Sequence[str] = (),
    tier: ServiceTier = "standard",
    context_tokens: Decimal | None = None,
    region: Region | None = None,
) -> Rates:
    context = _tier_context(model, provider, tier)
    when, other_hours = _usual_hours(model)
    prices = model.get_prices(when, context)
    values: dict[str, Decimal | None] = {}
    tier_start: int | None = None
    tiered = False
    for field, attr in _PRICE_FIELDS.items():
        raw = getattr(prices, attr, None)
        tiered = tiered or getattr(raw, "tiers", None) is not None
        value, start = _value(raw, context_tokens)
        values[field] = value
        tier_start = tier_start if start is None else start
    row = [f"{provider.id} / {model.id}"]
    if region is not None:
        row.append(f"{REGION_NAMES[region]} row")
    if tier != "standard":
        row.append(f"{TIER_NAMES[tier]} row")
    if tier_start is not None:
        row.append(f"long-context tier: prompts over {tier_start:,} tokens")
    source = f"genai-prices {catalog_version()} ({', '.join(row)})"
    all_notes = [*_other_rows_notes(provider.id, other_rows), *notes]
    if values["input"] is None:
        raise MissingRateError("input", source)
    if values["output"] is None:
        values["output"] = Decimal(0)
        all_notes.append("the catalog lists no output price for this model (input-only)")
    if tiered and tier_start is None:
        first = _first_tier_start(prices)
        limit = f" (prompts up to {first:,} tokens)" if first else ""
        all_notes.append(f"tiered prices: the base tier is used{limit}; larger prompts are billed at higher rates")
    elif context_tokens is not None and not tiered:
        all_notes.append("the catalog has one rate for every prompt size of this model")
    if other_hours:
        all_notes.append(f"the price billed most of the day; {'; '.join(other_hours)}")
    reasoning = getattr(prices, "output_reasoning_mtok", None)
    if reasoning is not None:
        all_notes.append(f"reasoning tokens are billed at ${_value(reasoning, context_tokens)[0]}/MTok")
    elif _REASONING.search(model.id.lower()):
        all_notes.append("reasoning (thinking) tokens are billed as output tokens: count them in the output")
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
        other_rows=tuple(other_rows),
        catalog_version=catalog_version(),
        service_tier=tier,
        context_tokens=context_tokens,
        region=region,
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
    import difflib  # only an unknown model needs it (not every quote that resolves its rates)

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


_VERSION_SUFFIX = re.compile(r"-v\d+(?::\d+)?$")


def _core_ids(hosted_id: str) -> list[str]:
    """A hyperscaler row's id as the lab would spell it: "regional.anthropic.claude-opus-4-20250514-v1:0" ->
    claude-opus-4-20250514 (and anthropic-claude-...); "deepseek.r1-v1:0" -> r1, deepseek-r1."""
    *prefixes, last = _VERSION_SUFFIX.sub("", hosted_id.lower()).split(".")
    return [last] + ([f"{prefixes[-1]}-{last}"] if prefixes else [])


def _same_model(hosted: ModelInfo, lab_row: ModelInfo) -> bool:
    return any(lab_row.is_match(core) for core in _core_ids(hosted.id)) or hosted.is_match(lab_row.id)


def hosted_twin(hyperscaler: str, lab: str, lab_model_id: str) -> Rates | None:
    """The hyperscaler's own row for exactly the lab's model ``lab_model_id`` (the same version, so a markup
    read from the two rows compares like with like), preferring in-region rows, its notes naming the other
    rows of that version. None when the lab's row is not in the catalog or the hyperscaler
    lists no row of that version."""
    scaler, lab_id = normalise_provider(hyperscaler), normalise_provider(lab)
    lab_row = next((m for m in _provider(lab_id).models if m.id == lab_model_id), None)
    if lab_row is None:
        return None
    prov = _provider(scaler)
    twins = sorted((m for m in prov.models if _same_model(m, lab_row)), key=lambda m: _rank(m.id))
    if not twins:
        return None
    return _rates_from(prov, twins[0], other_rows=[m.id for m in twins[1:4]])


def _pick_region(found: ModelInfo, others: list[ModelInfo], region: Region | None, prov: Provider) -> ModelInfo:
    """The row for a deployment region: "regional" rows (in-region and geographic endpoints such as Bedrock's
    eu./us. inference profiles) or "global" rows; raises when the provider lists no such row for the model."""
    if region is None:
        return found
    prefix = f"{region}."
    for m in [found, *others]:
        if m.id.startswith(prefix):
            return m
    raise NoCatalogRowError(REGION_NAMES[region], found.id, prov.id, [])


def lookup_rates(
    model: str,
    provider: str | None = None,
    *,
    tier: ServiceTier = "standard",
    context_tokens: Decimal | None = None,
    region: Region | None = None,
) -> Rates:
    """Rates for a model (optionally at a provider) from the bundled catalog.

    ``tier`` picks a service-tier row (batch, flex, priority, fast: genai-prices' price_context variants);
    ``context_tokens`` the long-context tier for a prompt of that size; ``region`` a regional or global row.
    Where the catalog has no such row, :class:`NoCatalogRowError` says so rather than guessing. A hyperscaler
    without its own row for the model falls back to the lab's row, and the note says so.
    Raises :class:`UnknownModelError` with "did you mean" choices when nothing matches.
    """
    refs = model_refs(model)
    if provider is not None:
        provider_id = normalise_provider(provider)
        prov = _provider(provider_id)
        found, others = _find_in(prov, refs)
        if found is not None:
            notes = _unversioned_note(prov, refs, model, found)
            found = _pick_region(found, others, region, prov)
            rest = [m.id for m in others if m is not found][:3]
            return _rates_from(prov, found, notes, other_rows=rest, tier=tier, context_tokens=context_tokens,
                               region=region)
        fb = _fallback(prov, refs)
        if fb is not None:
            if region is not None:
                raise NoCatalogRowError(REGION_NAMES[region], fb[1].id, prov.id, [])
            note = f"the catalog has no separate {prov.id} row for this model; {fb[0].id}'s list price is used"
            return _rates_from(fb[0], fb[1], [note], tier=tier, context_tokens=context_tokens)
        raise UnknownModelError(model, provider_id, _suggest(refs, [prov]))
    for provider_id in DIRECT_PROVIDERS:
        if provider_id not in _provider_ids():
            continue
        prov = _provider(provider_id)
        for ref in refs:
            for m in prov.models:
                if m.is_match(ref):
                    row = _pick_region(m, [], region, prov)
                    return _rates_from(prov, row, tier=tier, context_tokens=context_tokens, region=region)
    for provider_id in (*DIRECT_PROVIDERS, *HYPERSCALERS):
        if provider_id in _provider_ids():
            prov = _provider(provider_id)
            found, others = _find_in(prov, refs)
            if found is not None:
                row = _pick_region(found, others, region, prov)
                return _rates_from(prov, row, _unversioned_note(prov, refs, model, found), tier=tier,
                                   context_tokens=context_tokens, region=region)
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
    *,
    tier: ServiceTier = "standard",
    context_tokens: Decimal | None = None,
    region: Region | None = None,
) -> Rates:
    """Rates in priority order, field by field: numbers in the message > workspace rate card > catalog.

    Rate-card keys are model names or ``provider/model`` (e.g. "azure/gpt-4o"), matched case- and
    spacing-insensitively with provider aliases; a provider-specific card beats a model-only card.
    When the message gives input and output rates, an unknown model does not fail the answer. A service
    tier, long-context size or region is read from the catalog's own row (a rate card has no such rows).
    """
    if isinstance(explicit, Rates):
        return explicit
    given = explicit.model_dump(exclude_none=True) if explicit is not None else {}
    complete = "input" in given and "output" in given
    base: Rates | None = None
    if model:
        options = tier != "standard" or context_tokens is not None or region is not None
        base = None if options else _card_lookup(rate_cards, model, provider)  # a card names itself in its source
        if base is None:
            try:
                base = lookup_rates(model, provider, tier=tier, context_tokens=context_tokens, region=region)
            except UnknownModelError:
                if not complete:
                    raise
    if base is None:
        for field in ("input", "output"):
            if field not in given:
                raise MissingRateError(field, model or "the message (no model named)")
        return Rates(source=MESSAGE_SOURCE, **given)
    if not given:
        return base
    fields = ", ".join(given)
    merged = base.model_dump() | given
    said_input = given.get("input")
    if said_input is not None and base.input > 0 and said_input != base.input:
        # "sonnet $3/M input": the cache prices not stated follow the stated input rate at the provider's own
        # multiples of it (a write never falls below the input rate because the catalog's row is cheaper).
        scaled = tuple(name for name in _CACHE_PRICES if name not in given and getattr(base, name) is not None)
        for name in scaled:
            merged[name] = scaled_price(getattr(base, name), base.input, said_input)
        if scaled:
            merged["scaled"], merged["scaled_from_input"] = scaled, base.input
    merged["source"] = f"message ({fields}); {'rest: ' if complete else ''}{base.source}"
    merged["catalog_version"] = None  # no longer one catalog reading: never reported as stale against the catalog
    return Rates(**merged)


_CACHE_PRICES = ("cache_read", "cache_write", "cache_write_1h")


def scaled_price(price: Decimal, catalog_input: Decimal, said_input: Decimal) -> Decimal:
    """A cache price at the same multiple of a stated input rate as the catalog's is of its own input rate."""
    return (price * said_input / catalog_input).normalize()


RATE_FIELDS = ("input", "output", "cache_read", "cache_write", "cache_write_1h")


def current_rates(stored: Rates) -> Rates | None:
    """The catalog's rates today for the row ``stored`` was read from (same model, provider, tier, prompt size
    and region); None when ``stored`` did not come from the catalog. Raises :class:`PricingError` when the
    catalog no longer has that row."""
    if stored.catalog_version is None or stored.model is None:
        return None
    today = lookup_rates(stored.model, stored.provider, tier=stored.service_tier,
                         context_tokens=stored.context_tokens, region=stored.region)
    if not stored.other_rows or today.other_rows or today.provider is None:
        return today
    # Read by its exact id, the row has no other rows of its own: the ones the model's name matched when the quote
    # was answered are named again, those the catalog still lists.
    provider = today.provider
    still = tuple(row for row in stored.other_rows if catalog_row(row, provider))
    return today.model_copy(update={"other_rows": still, "notes": (*_other_rows_notes(provider, still), *today.notes)})


def rate_changes(old: Rates, new: Rates) -> dict[str, tuple[Decimal | None, Decimal | None]]:
    """The per-MTok rates that differ between two readings of a row: field -> (old, new)."""
    return {f: (getattr(old, f), getattr(new, f)) for f in RATE_FIELDS if getattr(old, f) != getattr(new, f)}
