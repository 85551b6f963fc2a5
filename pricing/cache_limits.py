"""Provider minimum cacheable prefix and cache lifetimes (TTLs) the catalog does not carry.

ILLUSTRATIVE: transcribed from provider documentation as of late 2025; verify against the provider's
current documentation before quoting. Rows are matched by provider, then by the first pattern found in
the normalised model id (first match wins, so specific rows come first). A model family that is not
listed has no known minimum, and results say so instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from pricing.providers import provider_id

ILLUSTRATIVE = "illustrative; verify against the provider's current documentation"

# How an entry expires: a hit restarts its lifetime (Anthropic, OpenAI), or it lives a fixed TTL from creation
# and is billed for storage meanwhile (Gemini explicit context caching).
Lifetime = Literal["refresh_on_hit", "fixed"]


@dataclass(frozen=True, slots=True)
class CacheLimit:
    """Minimum prefix that can be cached and how the cache behaves for one provider/model family.

    ``pattern`` is a regular expression searched in the normalised model id (lower case, dots and spaces
    as dashes); an empty pattern matches every model of the provider.
    """

    provider: str
    family: str
    pattern: str
    min_prefix_tokens: int
    default_ttl_minutes: Decimal
    automatic: bool
    write_multiplier_5m: Decimal | None
    write_multiplier_1h: Decimal | None
    note: str
    lifetime: Lifetime = "refresh_on_hit"

    @property
    def source(self) -> str:
        return f"pricebot cache table ({self.provider}: {self.family}; {ILLUSTRATIVE})"

    def matches(self, model_key: str) -> bool:
        return re.search(self.pattern, model_key) is not None


_ANTHROPIC_NOTE = (
    "explicit cache_control; 5-minute writes at 1.25× input, 1-hour writes at 2× input; hits refresh the TTL"
)
_GEMINI_NOTE = (
    "explicit context caching with a configurable TTL (default 1 hour) that hits do not extend; creating the "
    "cache is billed at the input rate, and storage is billed per token-hour while the cache exists"
)
_OPENAI_NOTE = (
    "automatic caching of prompts of 1,024 tokens or more; no write premium; entries are typically cleared "
    "after 5-10 minutes of inactivity"
)
ONE = Decimal(1)


def _anthropic(family: str, pattern: str, minimum: int) -> CacheLimit:
    return CacheLimit(
        "anthropic", family, pattern, minimum, Decimal(5), False, Decimal("1.25"), Decimal(2), _ANTHROPIC_NOTE
    )


def _gemini(family: str, pattern: str, minimum: int) -> CacheLimit:
    return CacheLimit("google", family, pattern, minimum, Decimal(60), False, ONE, ONE, _GEMINI_NOTE, "fixed")


# Model families not listed here get no minimum: the result then says the minimum is unknown.
CACHE_LIMITS: tuple[CacheLimit, ...] = (
    _anthropic("Claude Opus 4.5 / 4.6", r"opus-4-[56]\b", 4096),
    _anthropic("Claude Haiku 4.5", r"haiku-4-5\b", 4096),
    _anthropic("Claude Sonnet 4.6", r"sonnet-4-6\b", 2048),
    _anthropic("Claude Haiku 3 / 3.5", r"haiku-3\b|haiku-3-5\b|3-5-haiku|3-haiku", 2048),
    _anthropic(
        "Claude Sonnet 4.5, Opus 4.1, Opus 4, Sonnet 4, Sonnet 3.7, Sonnet 3.5, Opus 3",
        r"sonnet-4-5\b|opus-4-1\b|(?:sonnet|opus)-4(?:-0|-20\d{6}|$)|4-(?:opus|sonnet)\b|3-7-sonnet|3-5-sonnet"
        r"|3-opus|opus-3\b",
        1024,
    ),
    CacheLimit("openai", "all models (automatic caching)", "", 1024, Decimal(5), True, None, None, _OPENAI_NOTE),
    _gemini("Gemini 1.5", r"gemini-1-5|gemini-(?:flash|pro)-1-5", 32768),
    _gemini("Gemini 2.5 Pro", r"gemini-2-5-pro", 4096),
    _gemini("Gemini 2.5 Flash", r"gemini-2-5-flash", 1024),
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
        key = provider_id(provider)
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
            if row.provider == name and row.matches(model_key):
                return row
    return None


def below_minimum(prefix_tokens: Decimal, provider: str | None, model: str | None) -> CacheLimit | None:
    """The provider's caching row when ``prefix_tokens`` is shorter than its minimum cacheable prefix (900 tokens
    at OpenAI, whose minimum is 1,024: not cached at all), else None (long enough, or the provider is unknown)."""
    limit = cache_limit(provider, model)
    return limit if limit is not None and prefix_tokens < limit.min_prefix_tokens else None
