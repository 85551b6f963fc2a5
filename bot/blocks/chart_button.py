"""The "Show chart" button: what it carries so a click can draw the quote's chart after the ack.

The button's ``value`` is compact JSON: ``{"d": SPEC}`` with the answer's chart spec
(:mod:`bot.charts.select`), or ``{"q": ID}`` naming the quote's row in the store (whose ``data["chart"]`` holds
the spec) when the spec does not fit Slack's 2,000 characters. Nothing here imports matplotlib.
"""

from __future__ import annotations

import json
import re

from pydantic import ValidationError

from bot.charts.select import SPEC, BreakEvenSpec, CachingSpec
from bot.store import Store

#: Slack's limit for a button's value.
VALUE_LIMIT = 2000

_CHART_WORD = re.compile(r"\bchart(?:s|ed|ing)?\b", re.IGNORECASE)


def asks_for_chart(text: str) -> bool:
    """True when the ask has the word "chart" in it ("chart the break-even...", "show me a chart")."""
    return bool(_CHART_WORD.search(text))


def button_value(spec: BreakEvenSpec | CachingSpec, quote_id: int | None) -> str | None:
    """The button's value for a chart; None when neither the spec nor a stored id fits."""
    value = json.dumps({"d": SPEC.dump_python(spec, mode="json")}, separators=(",", ":"), ensure_ascii=False)
    if len(value) <= VALUE_LIMIT:
        return value
    return None if quote_id is None else json.dumps({"q": quote_id})


def spec_from_value(value: str, store: Store, *, channel: str | None = None) -> BreakEvenSpec | CachingSpec | None:
    """The chart a button carries (or names), or None when it is unreadable or the quote is no longer stored.

    A stored quote is drawn only in the conversation it was answered in (`channel`): a forged or copied button
    naming another quote id, say another user's DM quote, draws nothing."""
    try:
        carried = json.loads(value)
        if not isinstance(carried, dict):
            return None
        if "d" in carried:
            return SPEC.validate_python(carried["d"])
        quote_id = carried.get("q")
        if isinstance(quote_id, int) and not isinstance(quote_id, bool):
            stored = store.quote_data(quote_id, channel=channel) or {}
            return SPEC.validate_python(stored["chart"]) if "chart" in stored else None
    except (ValueError, ValidationError):
        return None
    return None
