"""The Jinja2 environment for replies (Slack mrkdwn).

Every ``{{ value }}`` is escaped for Slack (``&``, ``<``, ``>``) by the environment's ``finalize``
hook, so text that came from a user can never become a ``<!channel>`` ping or a link; only values
the code marks as :class:`markupsafe.Markup` pass through unchanged. Each template defines two blocks,
``summary`` (one or two lines for the channel) and ``text`` (the full explanation).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from bot.format import count, escape_mrkdwn, money, percent, rate, ratio, sig


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    return escape_mrkdwn(str(value))


def _quote(text: str) -> str:
    """User text shown as a Slack block quote (each line prefixed with ``>``), escaped."""
    return Markup("\n".join("&gt; " + escape_mrkdwn(line) for line in str(text).splitlines() or [""]))


def _quoted(text: str) -> str:
    """Curly quotes around a phrase, unless it already carries its own quotation marks."""
    text = str(text).strip()
    return text if text[:1] in "\"“'‘" else f"“{text}”"


def _whole(value: Any) -> str:
    """A count of things (calls, hits): whole numbers from 10 up, two decimals below."""
    try:
        return count(value, 0 if abs(value) >= 10 else 2)
    except TypeError:
        return count(value)


def _sentence(text: str) -> str:
    """Capitalise the first letter and end with a full stop."""
    text = str(text).strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".?!" else text + "."


@functools.cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("bot", "templates"),
        autoescape=False,
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(
        money=money, rate=rate, percent=percent, count=count, ratio=ratio, quote=_quote, sentence=_sentence,
        quoted=_quoted, whole=_whole, sig=sig,
    )
    return env


_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


def _tidy(text: str) -> str:
    return _BLANK_LINES.sub("\n\n", _TRAILING_SPACE.sub("\n", text)).strip()


def render(template: str, block: str, **context: Any) -> str:
    """Render one block (``summary`` or ``text``) of ``template`` with ``context``."""
    tmpl = environment().get_template(template)
    ctx = tmpl.new_context(context)
    return _tidy("".join(tmpl.blocks[block](ctx)))


def render_reply(template: str, **context: Any) -> tuple[str, str]:
    """(text, summary) of one reply template."""
    return render(template, "text", **context), render(template, "summary", **context)


def templates() -> list[str]:
    """Every reply template (the partials starting with ``_`` excluded)."""
    return sorted(n for n in environment().list_templates(extensions=["j2"]) if not n.startswith("_"))
