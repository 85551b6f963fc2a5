"""Text in, Reply out: the single entry point every surface (Slack, console, CLI) calls.

PLACEHOLDER until the free-text understanding lands: every function here keeps its signature, the
bodies are replaced.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.reply import Reply
from pricing.rates import Rates

_NOT_READY = "pricebot is still being set up: deal questions are not answered yet."


def answer(text: str, *, rate_cards: Mapping[str, Rates] | None = None) -> Reply:
    """Answer a free-text ask (/quote, @mention, DM, `pricebot ask`)."""
    return Reply(intent="help", text=_NOT_READY, summary=_NOT_READY, understood=False)


def glossary_reply(term: str) -> Reply:
    """Look a term up (/glossary, `pricebot glossary`)."""
    return Reply(intent="glossary", text=_NOT_READY, summary=_NOT_READY, understood=False)


def fieldcheck_reply(text: str) -> Reply:
    """Check text against the field-language guide on request (/fieldcheck, message shortcut)."""
    return Reply(intent="fieldcheck", text=_NOT_READY, summary=_NOT_READY, understood=False)


def coaching_reply(text: str, *, muted_rules: frozenset[str] = frozenset()) -> Reply | None:
    """Unprompted coaching for a channel message, skipping rules the author muted.

    None when nothing is flagged; otherwise ``data["flags"]`` lists each flag as a dict with at least
    ``rule``, ``matched`` and ``suggestion`` (the Slack layer stores them and offers a mute per rule).
    """
    return None


def help_reply() -> Reply:
    """Usage with examples to try."""
    return Reply(intent="help", text=_NOT_READY, summary=_NOT_READY, understood=False)
