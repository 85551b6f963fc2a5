"""Provider minimum cacheable prefix and cache lifetimes (TTLs) the catalog does not carry.

ILLUSTRATIVE: transcribed from provider documentation as of late 2025; verify against the provider's
current documentation before quoting. Rows are matched by provider, then by the first model-id fragment
that appears in the normalised model id (first match wins, so specific rows come first).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pricing.catalog import PROVIDER_ALIASES

ILLUSTRATIVE = "illustrative; verify against the provider's current documentation"


@dataclass(frozen=True, slots=True)
class CacheLimit:
    """Minimum prefix that can be cached and how the cache behaves for one provider/model family."""

    provider: str
    family: str
    min_prefix_tokens: int
    default_ttl_minutes: Decimal
    automatic: bool
    write_multiplier_5m: Decimal | None
    write_multiplier_1h: Decimal | None
    note: str

    @property
    def source(self) -> str:
        return f"pricebot cache table ({self.provider} {self.family or 'all models'}; {ILLUSTRATIVE})"


_ANTHROPIC_NOTE = (
    "explicit cache_control; 5-minute writes at 1.25× input, 1-hour writes at 2× input; hits refresh the TTL"
)


_GEMINI_NOTE = (
    "explicit context caching with a configurable TTL (default 1 hour); creating the cache is billed at the "
    "input rate, and storage is billed per hour (not included in pricebot's figures)"
)
ONE = Decimal(1)


def _anthropic(family: str, minimum: int) -> CacheLimit:
    return CacheLimit("anthropic", family, minimum, Decimal(5), False, Decimal("1.25"), Decimal(2), _ANTHROPIC_NOTE)


CACHE_LIMITS: tuple[CacheLimit, ...] = (
    _anthropic("opus-4-5", 4096),
    _anthropic("haiku-4-5", 4096),
    _anthropic("haiku-3", 2048),
    _anthropic("3-5-haiku", 2048),
    _anthropic("3-haiku", 2048),
    _anthropic("claude", 1024),
    CacheLimit("openai", "", 1024, Decimal(5), True, None, None,
               "automatic caching of prompts of 1,024 tokens or more; no write premium; entries are typically "
               "cleared after 5-10 minutes of inactivity"),
    CacheLimit("google", "gemini-1-5", 32768, Decimal(60), False, ONE, ONE, _GEMINI_NOTE),
    CacheLimit("google", "2-5-pro", 4096, Decimal(60), False, ONE, ONE, _GEMINI_NOTE),
    CacheLimit("google", "gemini", 1024, Decimal(60), False, ONE, ONE, _GEMINI_NOTE),
)

# Hyperscalers hosting another lab's models follow that lab's caching rules.
_HOSTED = {"aws": "anthropic", "azure": "openai"}


def _normalise(text: str) -> str:
    return text.lower().replace(".", "-").replace(" ", "-").replace("_", "-")


def cache_limit(provider: str | None, model: str | None) -> CacheLimit | None:
    """The caching row for a provider/model, or None when the table does not know it."""
    model_key = _normalise(model or "")
    providers: list[str] = []
    if provider:
        key = " ".join(provider.lower().replace("_", " ").split())
        key = PROVIDER_ALIASES.get(key, key)
        providers.append(key)
        if key in _HOSTED:
            providers.append(_HOSTED[key])
    if "claude" in model_key:
        providers.append("anthropic")
    elif "gemini" in model_key:
        providers.append("google")
    elif model_key.startswith(("gpt", "o1", "o3", "o4", "chatgpt")):
        providers.append("openai")
    for name in providers:
        for row in CACHE_LIMITS:
            if row.provider == name and _normalise(row.family) in model_key:
                return row
    return None
