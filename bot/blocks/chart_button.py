"""The "Show chart" button: what it carries so a click can draw the quote's chart after the ack.

The button's ``value`` is ``{"q": ID}``: it names the quote's row in the store, whose ``data["chart"]`` holds the
chart spec (:mod:`bot.charts.select`); the button carries no data of its own (the quote's figures travel in the
message metadata, :func:`bot.present.blocks.quote_metadata`). Buttons posted by earlier versions carried the spec
itself as ``{"d": SPEC}``; those are still read. Nothing here imports matplotlib.
"""

from __future__ import annotations

import json
import re

from pydantic import ValidationError

from bot.blocks.ids import quote_id_of
from bot.charts.select import SPEC, BreakEvenSpec, CachingSpec
from bot.store import Store

#: Slack's limit for a button's value.
VALUE_LIMIT = 2000

_CHART_WORD = re.compile(r"\bchart(?:s|ed|ing)?\b", re.IGNORECASE)


def asks_for_chart(text: str) -> bool:
    """True when the ask has the word "chart" in it ("chart the break-even...", "show me a chart")."""
    return bool(_CHART_WORD.search(text))


def button_value(quote_id: int | None) -> str | None:
    """The button's value naming the stored quote; None when the quote could not be stored (then no button)."""
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
        quote_id = quote_id_of(carried.get("q"))
        if quote_id is not None:
            stored = store.quote_data(quote_id, channel=channel) or {}
            return SPEC.validate_python(stored["chart"]) if "chart" in stored else None
    except (ValueError, ValidationError):
        return None
    return None
