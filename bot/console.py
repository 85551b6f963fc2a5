"""Slack mrkdwn made readable in a plain terminal.

``*bold*`` becomes bold (ANSI, when colour is on) or plain text, ``_italic_`` dim or plain, links
``<url|text>`` become ``text (url)``, mentions ``<@U1>`` become ``@U1``, ``&gt;`` quotes become a bar,
and the three escaped entities are turned back into ``&``, ``<`` and ``>``. Code spans are left alone; a code
block loses its ``` fences.
"""

from __future__ import annotations

import os
import re
import sys
from typing import TextIO

from bot.format import unescape_mrkdwn

BOLD, DIM, RESET = "\033[1m", "\033[2m", "\033[0m"

_CODE = re.compile(r"(```.*?```|`[^`\n]+`)", re.DOTALL)
_LINK = re.compile(r"<((?:https?|mailto):[^|>\s]+)(?:\|([^>]+))?>")
_MENTION = re.compile(r"<([@#!])([^|>\s]+)(?:\|([^>]+))?>")
_BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"(?<![\w~])~(?=\S)([^~\n]+?)(?<=\S)~(?![\w~])")
_QUOTE = re.compile(r"^&gt; ?", re.MULTILINE)


def wants_color(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _prose(text: str, color: bool) -> str:
    text = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})" if m.group(2) else m.group(1), text)
    text = _MENTION.sub(lambda m: m.group(3) or ("@" if m.group(1) != "#" else "#") + m.group(2), text)
    text = _BOLD.sub(lambda m: f"{BOLD}{m.group(1)}{RESET}" if color else m.group(1), text)
    text = _ITALIC.sub(lambda m: f"{DIM}{m.group(1)}{RESET}" if color else m.group(1), text)
    text = _STRIKE.sub(lambda m: m.group(1), text)
    text = _QUOTE.sub("│ ", text)
    return unescape_mrkdwn(text)


def to_terminal(mrkdwn: str, *, color: bool = False) -> str:
    """Render Slack mrkdwn for a terminal (ANSI bold/dim only when ``color``)."""
    parts = _CODE.split(mrkdwn)
    return "".join(unescape_mrkdwn(_unfence(p)) if i % 2 else _prose(p, color) for i, p in enumerate(parts))


def _unfence(code: str) -> str:
    """A ``` block's text without its fences (a table reads as a table); inline `code` keeps its backticks."""
    return code[3:-3].strip("\n") if code.startswith("```") else code


def print_mrkdwn(mrkdwn: str, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    print(to_terminal(mrkdwn, color=wants_color(out)), file=out)
