"""A reply's text as `pricebot ask` prints it (no workspace rate card), for tests that look for figures in it."""

from __future__ import annotations

import re

from bot import router


def reply_text(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def assert_figures(text: str, figures: list[str]) -> None:
    """Every figure (as the reply writes it, e.g. "$1,050.00") is in the reply to ``text``."""
    reply = reply_text(text)
    missing = [f for f in figures if f not in reply]
    assert not missing, f"{missing} not in:\n{reply}"


def bold_percents(text: str) -> list[str]:
    """The percentages a reply sets in bold (its answers), in order: "*23.5%*" -> "23.5%"."""
    return re.findall(r"\*(-?[\d.,]+%)\*", text)
