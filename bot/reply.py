"""The one shape every answer takes, whichever surface (Slack, console, CLI) shows it."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from bot.answer import AnswerBase


class Reply(BaseModel):
    """A rendered answer.

    ``text`` is the full explanation in Slack mrkdwn (what `pricebot ask` prints). ``summary`` is the
    one-or-two-line version a slash command posts in the channel before threading ``text`` under it.
    ``intent`` names what was understood (``help`` when nothing was). ``data`` carries the parsed
    request and the result as JSON-ready values, for storage and ``--json`` (:meth:`AnswerBase.data`).
    ``answer`` is the typed Answer it was rendered from (None for the internal-error apology): Block Kit and
    charts are built from it, never from ``text`` or ``data``.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    intent: str
    text: str
    summary: str
    understood: bool = True
    data: dict[str, Any] = Field(default_factory=dict)
    answer: AnswerBase | None = Field(default=None, exclude=True, repr=False)
