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

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

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


# --- usage tables: rows of token counts, each priced -----------------------------------------------------------

_SIDE_IN = compile_regex(r"\b(?:input|in|prompt)\b")
_SIDE_OUT = compile_regex(r"\b(?:output|out|completion|generated)\b")
_PER_CALL_HEAD = compile_regex(r"(?:/|\bper |\beach )\s?(?:call|req|request|query|run|task|turn|message)\b|\bavg\b|"
                               r"\baverage\b")
_CALLS_HEAD = compile_regex(r"\b(?:calls?|requests?|reqs?|queries|invocations?|api calls)\b")
_HEAD_PERIOD = compile_regex(r"(?:/|\bper |\ba |\beach )\s?(?P<p>day|d|week|wk|month|mo|hour|hr|year|yr)\b|"
                             r"\b(?P<adj>daily|weekly|monthly|hourly|yearly|annual)\b")
_MONTH_HEAD = compile_regex(r"^(?:month|period|billing month|date|day|week)$")
_MODEL_HEAD = compile_regex(r"^(?:model|model name|model id|deployment|sku)$")
_FIGURE = compile_regex(r"^~?\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s?(?P<s>k|m|mm|b|bn)?$")
_SCALE = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000}
_PERIODS = {"d": "day", "wk": "week", "mo": "month", "hr": "hour", "yr": "year", "daily": "day", "weekly": "week",
            "monthly": "month", "hourly": "hour", "yearly": "year", "annual": "year"}
# "calls come in two sizes", "cost per call for each", "call size": the rows of a table are sizes of a call.
_CALL_SIZES = compile_regex(r"\b(?:call |request )?sizes?\b|\bper (?:call|request|invocation)\b|\beach call\b|"
                            r"\btypes? of (?:calls?|requests?)\b|\bkinds? of (?:calls?|requests?)\b")
_PERIOD_SAID = compile_regex(r"\b(?:per|a|an|each|every|/)\s?(?:day|week|month|year|hour|mo|yr|wk)\b|"
                             r"\b(?:daily|weekly|monthly|yearly|annual|hourly)\b")
_MAX_SIZES = 4
_TABLE_LINE = compile_regex(r"^\s*\|?.*(?:\t|\||  ).*$")


@dataclass(frozen=True)
class UsageRow:
    """One row of a pasted usage table: its label (the row's words), its calls (when counted) and its input and
    output tokens over the table's period (``period`` None: the row's own total)."""

    label: str
    calls: Decimal | None
    input_tokens: Decimal
    output_tokens: Decimal


@dataclass(frozen=True)
class UsageTable:
    rows: list[UsageRow]
    period: str | None
    model: str | None


def _figure(cell: str) -> Decimal | None:
    m = _FIGURE.match(cell.strip().lower())
    if m is None:
        return None
    try:
        value = Decimal(m.group("n").replace(",", ""))
    except InvalidOperation:
        return None
    return value * _SCALE[m.group("s")] if m.group("s") else value


def _period_of(head: str) -> str | None:
    m = _HEAD_PERIOD.search(head)
    if m is None:
        return None
    said = m.group("p") or m.group("adj")
    return _PERIODS.get(said, said)


def _usage_table(header: list[str], rows: list[list[str]]) -> UsageTable | None:
    """The rows of a header-and-rows table that count input and output tokens (per call with a call count, or in
    total), or None when the table is not one."""
    heads = [h.lower().replace("_", " ").strip() for h in header]
    roles: dict[str, int] = {}
    for i, h in enumerate(heads):
        side = "input" if _SIDE_IN.search(h) else "output" if _SIDE_OUT.search(h) else None
        if side is not None and ("tok" in h or h in ("input", "output", "in", "out", "prompt", "completion")):
            roles.setdefault(f"{side}_call" if _PER_CALL_HEAD.search(h) else f"{side}_total", i)
        elif side is None and _CALLS_HEAD.search(h):
            roles.setdefault("calls", i)
    per_call = "input_call" in roles and "output_call" in roles and "calls" in roles
    totals = "input_total" in roles and "output_total" in roles
    if not (per_call or totals) or (per_call and len(rows) < 2):
        return None  # one row of a call's size and its volume is read as it stands (read_columns)
    used = set(roles.values())
    labels = [i for i in range(len(heads)) if i not in used]
    periods = {p for i in used if (p := _period_of(heads[i])) is not None}
    if len(periods) > 1:
        return None
    models = [i for i in labels if _MODEL_HEAD.match(heads[i])]
    model_names = {rows_[models[0]].strip().lower() for rows_ in rows} if models else set()
    if len(model_names) > 1:
        return None  # rows on different models are not priced at one rate card
    out: list[UsageRow] = []
    for row in rows:
        calls = _figure(row[roles["calls"]]) if "calls" in roles else None
        if per_call:
            each_in, each_out = _figure(row[roles["input_call"]]), _figure(row[roles["output_call"]])
            if calls is None or each_in is None or each_out is None:
                return None
            tokens_in, tokens_out = calls * each_in, calls * each_out
        else:
            said_in, said_out = _figure(row[roles["input_total"]]), _figure(row[roles["output_total"]])
            if said_in is None or said_out is None:
                return None
            tokens_in, tokens_out = said_in, said_out
        label = " ".join(row[i].strip() for i in labels if not _MODEL_HEAD.match(heads[i]) or len(rows) == 1)
        out.append(UsageRow(label=label.strip() or f"row {len(out) + 1}", calls=calls, input_tokens=tokens_in,
                            output_tokens=tokens_out))
    period = periods.pop() if periods else None
    if period is None and len(out) == 1 and any(_MONTH_HEAD.match(heads[i]) for i in labels):
        period = next(heads[i] for i in labels if _MONTH_HEAD.match(heads[i]))  # one month's (or day's) row
        period = period if period in ("day", "week") else "month"
    return UsageTable(rows=out, period=period, model=model_names.pop() if model_names else None)


def _count(value: Decimal) -> str:
    return f"{value.normalize():,f}" if value == value.to_integral_value() else f"{value:,}"


def read_usage_rows(text: str) -> tuple[str, UsageTable | None]:
    """``text`` with a pasted usage table (rows of input and output tokens) written as its totals, and the table's
    rows; a message with no such table (or more than one) comes back as it was, with None."""
    if "  " not in text and "\t" not in text and "|" not in text:
        return text, None
    lines = text.split("\n")
    found: list[tuple[int, int, UsageTable]] = []
    i = 0
    while i < len(lines):
        cells = _cells(lines[i])
        if len(cells) >= 3 and _header(cells) and _TABLE_LINE.match(lines[i]):
            rows: list[list[str]] = []
            j = i + 1
            while j < len(lines) and (_RULE.match(lines[j]) or len(_cells(lines[j])) == len(cells)):
                if not _RULE.match(lines[j]):
                    rows.append(_cells(lines[j]))
                j += 1
            table = _usage_table(cells, rows) if rows else None
            if table is not None:
                found.append((i, j, table))
                i = j
                continue
        i += 1
    if len(found) != 1:
        return text, None
    start, end, table = found[0]
    if (2 <= len(table.rows) <= _MAX_SIZES and table.period is None and all(r.calls is None for r in table.rows)
            and _CALL_SIZES.search(text) and not _PERIOD_SAID.search(text)):
        # "calls come in two sizes: | small | 800 | 200 | ...": with no calls and no period, the rows are the sizes
        # of one call, each priced on its own (never added up into one call)
        said = "; ".join(f"{r.label} calls are {_count(r.input_tokens)} in / {_count(r.output_tokens)} out"
                         for r in table.rows)
        return "\n".join([*lines[:start], said + ".", *lines[end:]]), None
    tokens_in = sum((r.input_tokens for r in table.rows), Decimal(0))
    tokens_out = sum((r.output_tokens for r in table.rows), Decimal(0))
    calls = [r.calls for r in table.rows]
    each = f" a {table.period}" if table.period else ""
    said = f"{_count(tokens_in)} input tokens{each} and {_count(tokens_out)} output tokens{each}"
    if all(c is not None for c in calls) and table.period:
        said = f"{_count(sum((c for c in calls if c is not None), Decimal(0)))} calls{each}, " + said
    if table.model:
        said += f" on {table.model}"
    return "\n".join([*lines[:start], said + ".", *lines[end:]]), table
