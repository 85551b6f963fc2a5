"""The Slack layer's own wording (Jinja2 templates beside this module) and the Block Kit it builds.

Every `{{ value }}` in these templates is escaped for Slack (`&`, `<`, `>`) unless it is wrapped in `Mrkdwn`,
which marks text that is already safe (a router reply, rendered and escaped by its own templates).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from bot.format import escape_mrkdwn
from bot.reply import Reply

SECTION_LIMIT = 3000  # Slack's maximum for a section's text
MUTE_ACTION_ID = "mute_rule"


class Mrkdwn(str):
    """Text that is already valid, escaped Slack mrkdwn."""


def _finalize(value: Any) -> Any:
    if isinstance(value, Mrkdwn) or not isinstance(value, str):
        return value
    return escape_mrkdwn(value)


@cache
def _env() -> Environment:
    return Environment(
        loader=PackageLoader("bot.listeners", "templates"),
        autoescape=False,
        finalize=_finalize,
        undefined=StrictUndefined,
        keep_trailing_newline=False,
        trim_blocks=False,
    )


def template_names() -> list[str]:
    return sorted(name for name in _env().list_templates() if name.endswith(".j2"))


def render(name: str, **values: Any) -> Mrkdwn:
    """Render `templates/<name>.j2`; the result is safe mrkdwn."""
    return Mrkdwn(_env().get_template(f"{name}.j2").render(**values).strip())


def section(text: str, **extra: Any) -> dict[str, Any]:
    if len(text) > SECTION_LIMIT:
        text = text[: SECTION_LIMIT - 1] + "…"
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}, **extra}


def reply_blocks(reply: Reply) -> list[dict[str, Any]] | None:
    """The router's own blocks when it built some; otherwise Slack renders `text`."""
    return reply.blocks or None


def coaching_flags(reply: Reply) -> list[dict[str, str]]:
    """The flags in a coaching reply (`data["flags"]`): `rule`, `matched`, `suggestion` and `why` as strings."""
    flags = reply.data.get("flags") or []
    return [
        {key: str(f.get(key) or "") for key in ("rule", "matched", "suggestion", "why")}
        for f in flags
        if isinstance(f, Mapping) and f.get("rule")
    ]


def coaching_blocks(flags: Sequence[Mapping[str, str]], *, mode: str, user: str) -> list[dict[str, Any]]:
    """A header and one section per flag, each with a "Mute this rule for me" button carrying the rule id."""
    blocks: list[dict[str, Any]] = [section(render("coaching_header", mode=mode, user=user))]
    for flag in flags:
        button = {
            "type": "button",
            "action_id": f"{MUTE_ACTION_ID}:{flag['rule']}"[:255],
            "text": {"type": "plain_text", "text": "Mute this rule for me"},
            "value": flag["rule"][:2000],
        }
        blocks.append(section(render("coaching_flag", matched=flag["matched"], suggestion=flag["suggestion"],
                                      why=flag.get("why", "")),
                              accessory=button))
    return blocks


def home_view(
    *,
    bot_user: str,
    cards: Sequence[str],
    catalog_version: str,
    counts: Mapping[str, int],
    muted: Sequence[str],
    modes: Mapping[str, str],
    days: int,
) -> dict[str, Any]:
    return {
        "type": "home",
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": "pricebot"}},
            section(render("home_usage", bot_user=bot_user)),
            {"type": "divider"},
            section(render("home_rates", cards=list(cards), catalog_version=catalog_version)),
            {"type": "divider"},
            section(render("home_coaching", counts=dict(counts), muted=list(muted), days=days)),
            {"type": "divider"},
            section(render("home_channels", modes=dict(modes))),
        ],
    }
