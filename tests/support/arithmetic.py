"""Re-compute the arithmetic a reply shows, from the numbers it shows.

A reply line such as ``• Net: 392.88 hits × $0.0108 − 7.12 writes × $0.003 = *$4.22 a day*`` is split at
each ``=``; a side made only of numbers (with their units: ``$``, ``%``, ``/1M``, ``h``, ``hits``, ...),
operators (× ÷ + − ^) and parentheses is evaluated and compared with the first number after the ``=``.
Sides that name quantities in words ("prefix × (input rate − cache-read price)") are formulas, not
arithmetic, and are skipped. A result agrees when the recomputed value is within one unit of the displayed
result's last digit (a cent for dollar amounts): "$0.022 × 5,000 = $108.00" and "$179.98 × 730 ÷ 24 =
$5,474.30" (a calculator gives $5,474.39) both fail.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from decimal import Decimal, localcontext

_NUMBER = re.compile(
    r"(?P<neg>(?<![\d)])[−-])?\$?(?P<num>\d[\d,]*(?:\.\d+)?(?:e[−-]?\d+)?)(?P<unit>/1M|%|M\b|k\b)?"
)
_TOKEN = re.compile(
    r"\s*(?:(?P<number>\$?\d[\d,]*(?:\.\d+)?(?:e[−-]?\d+)?(?:/1M|%|M\b|k\b)?)|(?P<op>[×÷+−\-*/^()⌈⌉])|"
    r"(?P<word>[^\s×÷+−\-*/^()⌈⌉=]+))"
)


@dataclass(frozen=True)
class Check:
    line: str
    expression: str
    shown: str
    computed: Decimal

    @property
    def ok(self) -> bool:
        shown = _value(self.shown)
        if shown is None:
            return True
        places = _places(self.shown)
        rounded = self.computed.quantize(Decimal(1).scaleb(-places)) if places is not None else self.computed
        if rounded == shown:
            return True
        # One unit in the last displayed place: room for the rounding of several displayed inputs, not more.
        tolerance = Decimal(1).scaleb(-places) if places is not None else abs(shown) * Decimal("0.001")
        return abs(self.computed - shown) <= tolerance


def _value(text: str) -> Decimal | None:
    m = _NUMBER.search(text)
    if not m:
        return None
    value = Decimal(m.group("num").replace(",", "").replace("−", "-"))
    unit = m.group("unit") or ""
    if unit == "/1M":
        value /= Decimal(1_000_000)
    elif unit == "%":
        value /= 100
    elif unit == "M":
        value *= Decimal(1_000_000)
    elif unit == "k":
        value *= Decimal(1_000)
    return -value if m.group("neg") else value


def _places(text: str) -> int | None:
    m = _NUMBER.search(text)
    if not m or "e" in m.group("num").lower():
        return None
    digits = m.group("num").split(".")
    places = len(digits[1]) if len(digits) == 2 else 0
    unit = m.group("unit") or ""
    if unit == "%":
        places += 2
    elif unit == "/1M":
        places += 6
    elif unit in ("M", "k"):
        places -= 6 if unit == "M" else 3
    return places


def _tokens(expression: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(expression):
        kind = "number" if m.group("number") else "op" if m.group("op") else "word"
        out.append((kind, m.group(kind)))
    return out


def _python(expression: str) -> str | None:
    """The arithmetic that ends the side, as a Python expression; None when it is a formula in words.

    Words right after a number are its unit ("400 hits", "10 h", "$4.50/1M per hour") and are ignored. The
    expression starts after the last other word (prose such as "so the fee equals"); if that word sits
    inside the arithmetic ("1 + (calls − 1)"), the side is a formula and is not checked.
    """
    tokens = _tokens(expression)
    start = 0
    previous = "start"
    for i, (kind, _text) in enumerate(tokens):
        if kind == "word":
            if previous not in ("number", "unit"):
                start = i + 1
                if previous not in ("start", "prose"):
                    return None  # a word where a number belongs: a formula
                previous = "prose"
            else:
                previous = "unit"
        else:
            previous = "number" if kind == "number" or _text in (")", "⌉") else kind
    out: list[str] = []
    operators = 0
    depth = 0
    for kind, text in tokens[start:]:
        if kind == "word":
            continue
        if kind == "number":
            value = _value(text)
            if value is None:
                return None
            out.append(f"Decimal('{value}')")
            continue
        if text in "(⌈":
            depth += 1
        elif text in ")⌉":
            depth -= 1
        else:
            operators += 1
        out.append({"×": "*", "÷": "/", "−": "-", "^": "**", "⌈": "ceil(", "⌉": ")"}.get(text, text))
    if not operators or depth != 0 or not out or out[0] in ("*", "/", "**"):
        return None
    return " ".join(out)


def _left_side(segment: str) -> str:
    """The part of a segment after its last clause break (``:``, ``;``) — what the ``=`` applies to."""
    segment = segment.replace("*", " ").replace("_", " ")
    for mark in (":", ";"):
        if mark in segment:
            before, segment = segment.rsplit(mark, 1)
            if segment.strip()[:1] in ("×", "÷"):  # "= $179.98 a day; × 730 h ÷ 24 h": applies to the last figure
                shown = list(_NUMBER.finditer(before))
                segment = (shown[-1].group(0) if shown else "") + " " + segment
    return segment


def checks(text: str) -> list[Check]:
    """Every arithmetic step in ``text`` that can be re-computed from its displayed numbers."""
    found: list[Check] = []
    for line in text.splitlines():
        parts = line.split("=")
        for left, right in itertools.pairwise(parts):
            side = _left_side(left).strip()
            shown = right.replace("*", " ").strip()
            computed = _evaluate(side)
            if computed is None or _value(shown) is None:
                continue
            # "A × r + B × s = $X + $Y = $Z": the right side is itself a sum of the displayed parts.
            right_side = re.split(r"[;:(]|,\s|\s(?:a|an|per|at|of|for)\s", shown, maxsplit=1)[0]
            if not _NUMBER.fullmatch(right_side.split()[0]) or len(right_side.split()) > 2:
                value = _evaluate(right_side)
                if value is not None and _starts_with_number(right_side):
                    last = list(_NUMBER.finditer(right_side))[-1].group(0)
                    found.append(Check(line=line, expression=side, shown=_shown_like(value, last), computed=computed))
                    continue
            found.append(Check(line=line, expression=side, shown=shown.split()[0], computed=computed))
    return found


def _evaluate(side: str) -> Decimal | None:
    expression = _python(side)
    if expression is None:
        return None
    with localcontext() as context:
        context.prec = 40
        try:
            return Decimal(eval(expression, {"Decimal": Decimal, "ceil": _ceil}))
        except (ArithmeticError, SyntaxError, TypeError):
            return None


def _starts_with_number(text: str) -> bool:
    return _TOKEN.match(text) is not None and _TOKEN.match(text).group("number") is not None  # type: ignore[union-attr]


def _shown_like(value: Decimal, example: str) -> str:
    """A computed right side written at the precision of its displayed parts (so the tolerance is theirs)."""
    places = _places(example) or 0
    text = f"{value.quantize(Decimal(1).scaleb(-places)):f}" if places >= 0 else f"{value:f}"
    return ("$" if "$" in example else "") + text


def _ceil(value: Decimal) -> Decimal:
    return Decimal(math.ceil(value))
