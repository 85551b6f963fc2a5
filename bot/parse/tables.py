"""Pasted tables read as the sentences they stand for.

A rep pastes a customer's sheet or usage export, usually in a code block, with columns aligned by runs of spaces,
tabs or pipes:

- a header row over value rows (``calls/week   input tok/call`` over ``250,000   3,000``): each value is written
  before its column's name ("250,000 calls/week, 3,000 input tok/call");
- key and value rows (``input tokens    4,000,000,000``, ``committed capacity   50M tokens/hour``): each row is
  written "key: value", the rows of one table joined by commas so they stay one clause (no full stop after the
  last value, which would read as a decimal point).

Runs before spaces are collapsed (the alignment is the only sign of a table). A line is split once and each row
compared once, so the pass is linear in the text.
"""

from __future__ import annotations

from glossary.regex_cache import compile_regex

# Cells are separated by a tab, a pipe, or two or more spaces.
_CELL_GAP = compile_regex(r"[ \t]*(?:\t|\|)[ \t]*|  +")
_NUMERIC = compile_regex(r"^[~≈]?\s?\$?\s?\d[\d,.]{0,30}+(?:\s?(?:k|m|mm|b|bn|%|[a-z/]{1,24}+))?")
_HAS_LETTER = compile_regex(r"[a-z]")
_RULE = compile_regex(r"^[\s|:+-]+$")  # "|---|---|": a markdown table's rule line
# A key of a key-value row: a few words, no figures.
_KEY = compile_regex(r"^[a-z][a-z /()'&.-]{0,40}$")
_MAX_KEY_WORDS = 5
_MAX_VALUE_WORDS = 6


def _cells(line: str) -> list[str]:
    return [c for c in (part.strip() for part in _CELL_GAP.split(line.strip().strip("|"))) if c]


def _numeric(cell: str) -> bool:
    return _NUMERIC.match(cell) is not None


def _key_value(cells: list[str]) -> bool:
    key, value = cells
    return (_KEY.match(key.lower()) is not None and len(key.split()) <= _MAX_KEY_WORDS and _numeric(value)
            and len(value.split()) <= _MAX_VALUE_WORDS)


def _header(cells: list[str]) -> bool:
    return len(cells) >= 2 and all(_HAS_LETTER.search(c.lower()) and not _numeric(c) for c in cells)


def read_tables(text: str) -> str:
    """``text`` with aligned tables written as sentences; anything else as it was."""
    if "  " not in text and "\t" not in text and "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        cells = _cells(lines[i])
        rows: list[list[str]] = []
        j = i + 1
        if _header(cells):
            while j < len(lines) and (_RULE.match(lines[j]) or len(_cells(lines[j])) == len(cells)):
                row = [] if _RULE.match(lines[j]) else _cells(lines[j])
                if row:
                    if not any(_numeric(c) for c in row):
                        break
                    rows.append(row)
                j += 1
        if rows:
            out.extend(", ".join(f"{v} {h}" if _numeric(v) else v for h, v in zip(cells, row, strict=True)) + "."
                       for row in rows)
            i = j
            continue
        if len(cells) == 2 and _key_value(cells) and ("  " in lines[i] or "\t" in lines[i] or "|" in lines[i]):
            pairs = [cells]
            j = i + 1
            while j < len(lines):
                more = _cells(lines[j])
                if len(more) != 2 or not _key_value(more):
                    break
                pairs.append(more)
                j += 1
            out.append(", ".join(f"{k}: {v}" for k, v in pairs))
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)
