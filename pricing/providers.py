"""The one table of inference providers: the names people type, the catalog id each means, and which are
hyperscalers. The catalog (:mod:`pricing.catalog`), the parser (:mod:`bot.parse.extract`) and the router read
it from here. Pure data; no catalog import.
"""

from __future__ import annotations

#: Provider names as people type them (lower case, single spaces) -> genai-prices provider id.
ALIASES: dict[str, str] = {
    "openai": "openai",
    "open ai": "openai",
    "anthropic": "anthropic",
    "claude": "anthropic",
    "bedrock": "aws",
    "aws": "aws",
    "aws bedrock": "aws",
    "amazon": "aws",
    "amazon bedrock": "aws",
    "azure": "azure",
    "azure openai": "azure",
    "microsoft": "azure",
    "vertex": "google",
    "vertex ai": "google",
    "google vertex": "google",
    "gcp": "google",
    "google": "google",
    "gemini": "google",
    "mistral": "mistral",
    "mistral ai": "mistral",
    "deepseek": "deepseek",
    "xai": "x-ai",
    "x-ai": "x-ai",
    "grok": "x-ai",
    "cohere": "cohere",
    "meta": "meta",
    "groq": "groq",
    "together": "together",
    "fireworks": "fireworks",
}

#: Aliases that are also model names ("claude sonnet", "gemini 2.5", "grok 4", "mistral large", "meta llama"): in
#: free text they name the model, so the parser does not read them as the provider.
MODEL_WORDS = frozenset({"claude", "gemini", "grok", "mistral", "meta"})

#: Clouds that resell the labs' models (with a markup that buys compliance, residency and billing).
HYPERSCALERS = ("azure", "aws", "google")

#: Searched, in order, when no provider is named: the labs' own price lists first.
DIRECT_PROVIDERS = ("openai", "anthropic", "google", "mistral", "x-ai", "deepseek", "meta", "cohere")


def alias_key(name: str) -> str:
    """A typed provider name as a key of :data:`ALIASES` ("Azure_OpenAI" -> "azure openai")."""
    return " ".join(name.lower().replace("_", " ").split())


def provider_id(name: str) -> str:
    """The catalog id for a typed provider name; the name itself (as a key) when it is not an alias."""
    key = alias_key(name)
    return ALIASES.get(key, key)


def is_hyperscaler(name: str) -> bool:
    return provider_id(name) in HYPERSCALERS


def message_words() -> dict[str, str]:
    """Provider names the parser recognises in free text (aliases that are not also model names)."""
    return {k: v for k, v in ALIASES.items() if k not in MODEL_WORDS}
