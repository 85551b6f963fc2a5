"""The "Show chart" button: whether a quote has a chart, and what the button carries to rebuild it on a click.

The button's ``value`` is compact JSON: ``{"d": ...}`` with the part of ``Reply.data`` the chart is built from
(:mod:`bot.charts.select` reads it), or ``{"q": ID}`` naming the quote's row in the store when that part does
not fit Slack's 2,000 characters. Nothing here imports
matplotlib.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from bot.charts.model import ChartData
from bot.charts.select import chart_data_for
from bot.store import Store

SHOW_CHART_ACTION_ID = "show_chart"
#: Slack's limit for a button's value.
VALUE_LIMIT = 2000

_CHART_WORD = re.compile(r"\bchart(?:s|ed|ing)?\b", re.IGNORECASE)
CHART_INTENTS = frozenset({"break_even", "caching", "scenario"})
#: Explanations the chart never reads: left out of the button's value.
_PROSE = frozenset({"assumptions", "writes_derivation", "write_rate_basis", "minimum_source", "ineligible_reason",
                    "advice", "what_it_buys", "reason", "questions", "notes"})
_FIELDS_READ = ("discount", "utilization", "hit_ratio")


def asks_for_chart(text: str) -> bool:
    """True when the ask has the word "chart" in it ("chart the break-even...", "show me a chart")."""
    return bool(_CHART_WORD.search(text))


def chart_data(reply_data: Mapping[str, Any]) -> ChartData | None:
    """The quote's chart data (no drawing), or None when it has no chart."""
    request = reply_data.get("request")
    if not isinstance(request, Mapping) or request.get("intent") not in CHART_INTENTS:
        return None
    return chart_data_for(reply_data)


def has_chart(reply_data: Mapping[str, Any]) -> bool:
    return chart_data(reply_data) is not None


def _trim(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _trim(v) for k, v in value.items() if k not in _PROSE and v not in (None, [], {})}
    if isinstance(value, list):
        return [_trim(v) for v in value]
    return value


def chart_part(reply_data: Mapping[str, Any]) -> dict[str, Any]:
    """The part of ``Reply.data`` a chart is built from."""
    request = reply_data.get("request") or {}
    fields = request.get("fields") or {}
    return {
        "request": {"intent": request.get("intent"),
                    "fields": {k: fields[k] for k in _FIELDS_READ if fields.get(k) not in (None, [])}},
        "result": _trim(reply_data.get("result") or {}),
    }


def button_value(reply_data: Mapping[str, Any], quote_id: int | None) -> str | None:
    """The button's value for a quote with a chart; None when neither the data nor a stored id can carry it.

    That the trimmed data redraws the same chart is checked by a test over the whole ask corpus, not here: a
    caching chart takes milliseconds to rebuild, too much to repeat for every answer posted.
    """
    value = json.dumps({"d": chart_part(reply_data)}, separators=(",", ":"), ensure_ascii=False)
    if len(value) <= VALUE_LIMIT:
        return value
    return None if quote_id is None else json.dumps({"q": quote_id})


def data_from_value(value: str, store: Store) -> dict[str, Any] | None:
    """The quote data a button carries (or names), or None when it is unreadable or no longer stored."""
    try:
        carried = json.loads(value)
    except ValueError:
        return None
    if not isinstance(carried, dict):
        return None
    if isinstance(carried.get("d"), dict):
        data: dict[str, Any] = carried["d"]
        return data
    if isinstance(carried.get("q"), int) and not isinstance(carried["q"], bool):
        return store.quote_data(carried["q"])
    return None
