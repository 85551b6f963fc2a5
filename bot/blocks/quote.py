"""A quote reply as Block Kit: header, key figures as fields, the arithmetic, a context line, the chart button.

Slack's limits are kept here: header 150 characters, 10 fields of 2,000 characters per section, 3,000
characters per section text, 10 context elements, 50 blocks a message. The reply's text is already escaped
mrkdwn (its templates escape user text); the header is plain text taken from the reply's bold title line.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from bot.blocks.chart_button import CHART_INTENTS, SHOW_CHART_ACTION_ID
from bot.blocks.wording import render
from bot.format import unescape_mrkdwn
from bot.render import environment as reply_templates
from bot.reply import Reply

log = logging.getLogger(__name__)

QUOTE_INTENTS = frozenset({"quote", "break_even", "caching", "per_call", "markup", "scenario"})

HEADER_LIMIT = 150
SECTION_LIMIT = 3000
FIELD_LIMIT = 2000
FIELDS_PER_SECTION = 10
CONTEXT_LIMIT = 3000
BLOCK_LIMIT = 50

_TITLE = re.compile(r"^\*([^*\n]+)\*$")
_SOURCE = "*Rate source:*"


def is_quote(reply: Reply) -> bool:
    return reply.understood and reply.intent in QUOTE_INTENTS


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _footer() -> str:
    return reply_templates().get_template("_footer.j2").render().strip()


class _Lenient(dict[str, Any]):
    """A result in which a key that is absent reads as None (result shapes vary within an intent)."""

    def __missing__(self, key: str) -> None:
        return None


def _lenient(value: Any) -> Any:
    if isinstance(value, dict):
        return _Lenient({k: _lenient(v) for k, v in value.items()})
    if isinstance(value, list):
        return [_lenient(v) for v in value]
    return value


def key_fields(reply: Reply) -> list[tuple[str, str]]:
    """(label, value) pairs for the reply's key figures; none when it has no result (e.g. a field is missing)."""
    result = reply.data.get("result")
    if not isinstance(result, dict) or result.get("error"):
        return []
    try:
        rendered = render("quote_fields", intent=reply.intent, r=_lenient(result))
    except Exception:  # figures of an unexpected shape: the arithmetic below still shows them
        log.warning("no key figures for this %s reply", reply.intent, exc_info=True)
        return []
    pairs = []
    for line in rendered.splitlines():
        label, sep, value = line.partition("::")
        if sep and label.strip() and value.strip():
            pairs.append((label.strip(), value.strip()))
    return pairs


def split_text(text: str, limit: int = SECTION_LIMIT) -> list[str]:
    """`text` in pieces of at most `limit` characters, cut at paragraph, then line, then word boundaries."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or max(window.rfind(" "), 0) or limit
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def _parts(reply: Reply) -> tuple[str, str, list[str]]:
    """(header, arithmetic, context lines) taken from the reply's text."""
    lines = reply.text.strip().splitlines()
    title = _TITLE.match(lines[0]) if lines else None
    header = unescape_mrkdwn(title.group(1)) if title else render("titles", intent=reply.intent)
    body = lines[1:] if title else lines
    footer = _footer()
    context = [line for line in body if line.startswith(_SOURCE)]
    kept = [line for line in body if not line.startswith(_SOURCE) and line.strip() != footer]
    context.append(footer)
    return header, "\n".join(kept).strip(), context


def quote_blocks(
    reply: Reply, *, chart_value: str | None = None, chart_unavailable: bool = False
) -> list[dict[str, Any]]:
    """The reply's blocks. `chart_value` adds the "Show chart" button carrying it; `chart_unavailable` says in the
    context line that this kind of answer has no chart (the ask asked for one)."""
    header, body, context_lines = _parts(reply)
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": _cut(header, HEADER_LIMIT), "emoji": False}}
    ]
    fields = [
        {"type": "mrkdwn", "text": _cut(f"*{label}*\n{value}", FIELD_LIMIT)} for label, value in key_fields(reply)
    ]
    for start in range(0, len(fields), FIELDS_PER_SECTION):
        blocks.append({"type": "section", "fields": fields[start: start + FIELDS_PER_SECTION]})
    tail: list[dict[str, Any]] = []
    if chart_unavailable:
        context_lines.append(render("no_chart_yet" if reply.intent in CHART_INTENTS else "no_chart"))
    tail.append({"type": "context", "elements": [
        {"type": "mrkdwn", "text": _cut(line, CONTEXT_LIMIT)} for line in context_lines[:10]
    ]})
    if chart_value is not None:
        tail.append({"type": "actions", "block_id": "quote_chart", "elements": [{
            "type": "button", "action_id": SHOW_CHART_ACTION_ID, "value": chart_value,
            "text": {"type": "plain_text", "text": render("show_chart"), "emoji": False},
        }]})
    room = BLOCK_LIMIT - len(blocks) - len(tail)
    sections = split_text(body) if body else []
    if len(sections) > room:
        sections = [*sections[: room - 1], _cut(sections[room - 1] + "\n…", SECTION_LIMIT)]
    blocks += [{"type": "section", "text": {"type": "mrkdwn", "text": s}} for s in sections]
    return blocks + tail
