"""The one shape every answer takes, whichever surface (Slack, console, CLI) shows it."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class Reply(BaseModel):
    """A rendered answer.

    ``text`` is the full explanation in Slack mrkdwn (what `pricebot ask` prints). ``summary`` is the
    one-or-two-line version a slash command posts in the channel before threading ``text`` under it.
    ``intent`` names what was understood (``help`` when nothing was). ``data`` carries the parsed
    request and the result as JSON-ready values, for storage and ``--json``.
    """

    intent: str
    text: str
    summary: str
    understood: bool = True
    blocks: list[dict[str, Any]] | None = None
    data: dict[str, Any] = Field(default_factory=dict)
