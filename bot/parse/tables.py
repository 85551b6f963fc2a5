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

import csv
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from bot.parse.forms import (
    _CELL_ROUTE,
    PER_UNIT_HOUR,
    _row_cell,
    cache_count,
    camel_words,
    join_price_units,
    keyed_hit_rate,
    pairs_as_columns,
    priced_sides,
)
from bot.parse.period_words import PERIOD_WORDS
from glossary.regex_cache import compile_regex

# Cells are separated by a tab, a pipe, or two or more spaces.
_CELL_GAP = compile_regex(r"[ \t]*(?:\t|\|)[ \t]*|  +")
_NUMERIC = compile_regex(r"^[~≈+]?\s?\$?\s?\d[\d,.]{0,30}+(?:\s?(?:k|m|mm|b|bn|%|[a-z/]{1,24}+))?")
_HAS_LETTER = compile_regex(r"[a-z]")
_RULE = compile_regex(r"^[\s|:+-]+$")  # "|---|---|": a markdown table's rule line
# A key of a key-value row: a few words, no figures.
# ("p99_peak_tpm": a snake-case key may hold digits; "cache_read_calls (7d)" is a key with its period, read elsewhere)
_KEY = compile_regex(r"^[a-z][a-z _/()'&.-]{0,40}$|^[a-z][a-z0-9_]{0,40}$")
# A field's name in a table whose header names its columns: a model's name may hold figures ("direct GPT-4o input").
# ("per-token alt: input", "on-demand blended rate, same model + mix")
_FIELD_KEY = compile_regex(r"^[a-z$][a-z0-9 ,_/()'&.$%#:+-]{0,60}$")
_MAX_KEY_WORDS = 5
_MAX_VALUE_WORDS = 6


# --- sheets pasted without columns: CSV rows under a header line, bullet lists -----------------------------------

# A list item's marker opening a line ("- ", "* ", "• ", "1. ", "2) "): the item is read as a line of prose (a
# "- 2M input tokens" is not minus two million, nor the end of a range).
_BULLET = compile_regex(r"(?m)^[ \t]{0,8}(?:[-–—•*+·▪◦‣]|\d{1,2}[.)])[ \t]+(?=\S)")
# A CSV header cell: a short name with letters ("input_mtok_per_month", "calls/day", "Deal"), never a figure.
_CSV_HEAD = compile_regex(r"^[a-z$][a-z0-9 _/()%$.#-]{0,40}$")
_MAX_CSV_CELLS = 12
# A sheet pasted into a deal question has a few rows; a longer one (an export) is left as it was, for the usage
# file reader, so the prose it would make never floods the scanner.
_MAX_CSV_ROWS = 24
# A cell that is only a figure ("40%", "$0.60", "1,500", "2.5k") or a span of hours ("08-18", "9:00-17:30").
_BARE_FIGURE = compile_regex(r"^[~$+]?\s?\d[\d,]{0,20}+(?:\.\d{1,8}+)?\s?(?:%|k|m|mm|b|bn)?$"
                             # ("$2.50 per 1M": a price with the million it is per)
                             r"|^\$\s?\d[\d,]{0,12}+(?:\.\d{1,8}+)?\s?(?:/|per)\s?(?:1\s?)?(?:m|mtok|million)"
                             r"(?: tokens)?$"
                             # ("$50,000/month": an amount with the period it is spent over)
                             r"|^\$\s?\d[\d,]{0,12}+(?:\.\d{1,2}+)?\s?(?:k|m|mm|bn)?\s?(?:/|per |a )\s?"
                             r"(?:mo|month|yr|year|day|week|wk|quarter|qtr|hr|hour)$")
# "CC-2231", "PO-88": a reference code in a row of figures (a cost centre, an order number), no figure to read.
_CODE = compile_regex(r"^[a-z]{1,6}+-\d{1,10}+$")
_DATE_CELL = compile_regex(r"^(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?:-\d{2})?$")
# "2024-06" under "date_range", "period", "month": a calendar month naming the row
_YEAR_MONTH = compile_regex(r"^(?:19|20)\d{2}-(?:0[1-9]|1[0-2])$")
_WHEN_HEAD = compile_regex(r"^(?:date|date range|period|month|billing (?:period|month)|usage month)$")
_HOUR_SPAN = compile_regex(r"^(?P<a>\d{1,2})(?::(?P<am>[03]0))?\s?(?:-|to)\s?(?P<b>\d{1,2})(?::(?P<bm>[03]0))?$")


def read_bullets(text: str) -> str:
    """``text`` with the markers of list items dropped, each item left on its own line."""
    return _BULLET.sub("; ", text) if ("- " in text or "* " in text or "•" in text or ". " in text or ") " in text
                                    or "·" in text or "–" in text or "—" in text or "+ " in text or "▪" in text
                                    or "◦" in text or "‣" in text) else text


# "$18,400.00": dollars written with their thousands
_QUOTED_CELL = compile_regex(r'"[^"\n]{0,40}"')  # ("6,2.75,730,\"$15,800\"": a quoted cell keeps its commas)
_GROUPED_DOLLARS = compile_regex(r"\$\s?\d{1,3}(?:,\d{3})+(?![\d,])")
# "system_prompt_tokens: 6,000": a key and its value grouped by thousands, one figure, never two cells
# ("cached_tokens      120,000": the value aligned in a column after its key)
_KEYED_GROUPED = compile_regex(r"^[^,:\n]{1,60}?(?::[ \t]?|[ \t]{2,})[$~]?\d{1,3}(?:,\d{3})+(?![\d,])[^,]{0,40}$")


_ROW_COMMENT = compile_regex(r"[ \t]+#[^\n]{0,200}$")


def _csv_cells(line: str, *, empty: bool = False) -> list[str] | None:
    """A line's comma-separated cells (quoted cells may hold commas: ``"4,000"``), or None for a line that is not
    one row of a sheet (with ``empty``, a row may leave cells empty but its first)."""
    line = _ROW_COMMENT.sub("", line)  # ("cache_writes_per_day,8   # already in the 5000": a note after the row)
    if ("," not in line or "|" in line or "\t" in line or _GROUPED_DOLLARS.search(_QUOTED_CELL.sub('""', line))
            or _KEYED_GROUPED.match(line.strip())):
        return None  # ("model usage ...... $18,400.00": an amount written with its thousands, not two cells)
    try:
        cells = next(csv.reader([line.strip()], skipinitialspace=True))
    except (csv.Error, StopIteration):
        return None
    cells = [c.strip() for c in cells]
    filled = cells[0] and any(cells[1:]) if empty else all(cells)
    return cells if 2 <= len(cells) <= _MAX_CSV_CELLS and filled else None


# A price sheet's columns: the option's name, the unit it is billed by ("call", "1M tokens"), its price.
_UNIT_HEAD = compile_regex(r"^(?:unit|units|per|billed per|billing unit|uom|unit of measure|pricing unit)$")
_CENTS_CELL = compile_regex(r"^(?P<c>\d{1,3}(?:\.\d{1,4})?)\s?(?:¢|c|cents?)$")
# A SKU cell that names a side: "IN", "OUT", "prompt", "completion"
_SKU_SIDES = {"in": "input", "out": "output", "prompt": "input", "completion": "output"}
_PRICED_SIDE_LABEL = compile_regex(r"\b(?:input|output|cached input|cache reads?|cache writes?|cache hits?)$")
# "sku,pricing,rate": a sheet's column naming how each row is priced ("per_call", "per_token_in")
_PRICING_HEAD = compile_regex(r"^(?:pricing|pricing model|pricing type|price type|charge type|billing|billing model|"
                              r"basis|billed by)$")
# "per_token_in", "per_mtok_out", "per 1m output tokens": a per-token price on one side, per million tokens
# ("input per 1M tokens", "output / 1m tok": the side, then its unit)
_SIDE_UNIT_CELL = compile_regex(r"^(?P<side3>input|output)(?:[ _]tok(?:en)?s?)?[ _](?:per|/)[ _]?(?:1[ _]?m|m|mtok|"
                                r"million)(?:[ _]tok(?:en)?s?)?$|"
                                r"^(?:per[ _])?(?:1m[ _]|m)?tok(?:en)?s?[ _](?P<side>in|input|out|output)"
                                r"(?:[ _]tokens?)?$|"
                                r"^(?:per[ _])?(?:1m[ _]|m)?(?P<side2>in|input|out|output)[ _]tok(?:en)?s?$|"
                                # ("input MTok", "output 1M tokens": the side, then the million it is priced by)
                                r"^(?P<side4>input|output)[ _](?:1[ _]?m[ _]tok(?:en)?s?|mtoks?|m[ _]tok(?:en)?s?)$")
_PRICE_HEAD = compile_regex(r"\b(?:price|prices|usd|cost|rate|fee|\$)\b")
# ("per 1,000 calls": the price of a number of them)
_UNIT_CELL = compile_regex(r"^(?:per\s?)?(?:(?:1|one|1k|1m|1,000|1000|1,000,000|a|100|10k)\s?)?(?:m |k )?"
                           r"[a-z][a-z ]{0,20}$")
# "$0.40 / $1.60" under a price, "per MTok in / out" under the unit: both sides' prices per million tokens
_PAIR_FIGURE = compile_regex(r"^\$?(?P<a>\d{1,4}(?:\.\d{1,6})?)\s?/\s?\$?(?P<b>\d{1,4}(?:\.\d{1,6})?)$")
_PAIR_UNIT_CELL = compile_regex(r"^(?:per\s)?(?:1\s?m\s?|m)?tok(?:en)?s?\s(?:in(?:put)?\s?/\s?out(?:put)?)$")


_TINY_FIGURE = compile_regex(r"^0?\.000\d")


def _price_sheet(head: list[str], lines: list[str]) -> tuple[str, int] | None:
    """A price sheet pasted as CSV (see :func:`_price_rows`), with the number of lines it took."""
    if len(head) != 3:
        return None
    rows = itertools.takewhile(lambda r: r is not None and len(r) == 3,
                               (_csv_cells(line) if len(line) <= 400 else None for line in lines))
    return _price_rows(head, [r for r in rows if r is not None])


def _price_rows(head: list[str], rows: list[list[str]]) -> tuple[str, int] | None:
    """A price sheet whose rows are the options (``option,unit,price_usd`` over ``direct_input,1M tokens,5.00``) as
    the prices it lists ("direct_input $5.00 per 1M tokens, ..."), with the number of rows it took; None when the
    header is not one."""
    if len(head) not in (3, 4):
        return None
    heads = [_head(h).lower() for h in head]
    unit = next((k for k, h in enumerate(heads) if _UNIT_HEAD.match(h) or _PRICING_HEAD.match(h)), None)
    price = next((k for k, h in enumerate(heads) if k != unit and _PRICE_HEAD.search(h)), None)
    if unit is None or price is None:
        return None
    # ("service,sku,unit,unit_price" over "llm-direct,IN,1M tokens,0.40": the service and its SKU name the row)
    names = sorted(set(range(len(head))) - {unit, price})
    said: list[str] = []
    for row in rows:
        if len(row) != len(head):
            break
        figure = row[price].strip().lstrip("$").strip()
        kind = row[unit].strip().lower()
        named = " ".join(_SKU_SIDES.get(row[k].strip().lower(), row[k].strip()) for k in names)
        # (a label naming a side or the cache, "gpt-4o cached input", keeps its words: it says what the price is of)
        label = (" ".join(named.split()) if _PRICED_SIDE_LABEL.search(named.lower())
                 else "_".join(named.split()))
        pair = _PAIR_FIGURE.match(figure) if _PAIR_UNIT_CELL.match(kind) else None
        if pair is not None:  # "per-token, $0.40 / $1.60, per MTok in / out": each side's price
            said.append(f"{label} input ${pair.group('a')}/m, output ${pair.group('b')}/m")
            continue
        cents = _CENTS_CELL.match(figure)
        if cents is not None:  # "1.2¢": cents, said as dollars
            figure = f"{Decimal(cents.group('c')) / 100:f}"
        if not _BARE_FIGURE.match(figure.lower()) or not (_UNIT_CELL.match(kind.replace("_", " "))
                                                          or _SIDE_UNIT_CELL.match(kind)):
            break
        sided = _SIDE_UNIT_CELL.match(kind)
        if sided is not None:  # "per_token_in, 0.40": the input side's price per million tokens
            side = "input" if next(g for g in sided.groups() if g).startswith("in") else "output"
            # (a fraction of a cent is one token's price, read per token)
            tiny = _TINY_FIGURE.match(figure) is not None
            said.append(f"{label} ${figure} per {side} token" if tiny else f"{label} {side} ${figure}/m")
            continue
        per = row[unit].strip().replace("_", " ")
        per = per[4:].lstrip() if per.lower().startswith("per ") else per  # "per call": the unit is the call
        said.append(f"{label} ${figure} per {per}")
    return (", ".join(said) + ".", len(said)) if said else None


# A text cell in a sheet's row: one short word or code ("per_call", "data-eng", "uk-south", "gpt-4o").
# ("on-demand per-token", "provisioned 12mo": a few words; "n/a", "-", "tbd": a cell left empty)
# "12mo", "1 yr", "36 months": a commitment's term, a label of the row rather than a figure to price
# ("24 mo"; "1M tokens", "1k tok": what a price on its row is per, under a column of units)
_TERM_CELL = compile_regex(r"^\d{1,3}\s?(?:mo|mos|months?|yr|yrs|years?|wk|wks|weeks?)$|"
                           r"^1\s?[km]?\s?(?:tokens?|toks?|mtok)$")
# ("provisioned (12 mo)": a label's aside in brackets)
_LABEL_CELL = compile_regex(r"^[a-z][a-z0-9_.-]{0,24}(?: [a-z0-9_.-]{1,24}){0,2}(?: \([a-z0-9 .-]{1,20}\))?$|"
                            r"^(?:n/?a|-|—|–|tbd|none)$")


# A row of a two-column sheet pasted without its header ("unit-hour price,$2.10", "term,90-day quarter"): a name, then
# its value in a few words.
_SHEET_KEY = compile_regex(r"^[a-z][a-z0-9 _/()%.'&+-]{0,60}$")
_MIN_KEY_ROWS = 3
_THOUSANDS_COMMA = compile_regex(r"\d,\d{3}(?!\d)")


# A price column's name with nothing but the price in it ("usd_per_mtok", "price per 1M"), no storage or cache word.
_BARE_PRICE_HEAD = compile_regex(r"^(?:usd|\$|price|list price|rate|cost|list)?$")
# An invoice's column of line numbers ("| line | ... |" over "| 1 | ... |").
# ("quote_line", "line_no": a line's number named by what it is a line of)
_LINE_NO_HEAD = compile_regex(r"^(?:line|#|no\.?|ln|line no\.?|line #|row|item #|(?:quote|invoice|bill|deal)[ _]line|"
                              r"line[ _](?:no|num|number))$")
_LINE_NO = compile_regex(r"^\d{1,3}\.?$")
# The first column of a sheet whose rows are the parts of one deal ("component,qty,rate,basis").
_PART_HEAD = compile_regex(r"^(?:component|components|item|line|line item|element|part|cost item|driver|resource|"
                           r"resources)$")


def _component_rows(head: list[str], lines: list[str]) -> list[list[str]]:
    """The rows under a header whose first column names the deal's parts, each a part's name and its cells, some of
    them blank ("hours,730,,one month"); none unless every row has a name and a figure."""
    if len(head) < 3 or not _PART_HEAD.match(head[0].lower()):
        return []
    rows: list[list[str]] = []
    for line in lines:
        if "," not in line or "|" in line or len(line) > 200:
            break
        try:
            cells = [c.strip() for c in next(csv.reader([line.strip()], skipinitialspace=True))]
        except (csv.Error, StopIteration):
            break
        if len(cells) != len(head) or not _HAS_LETTER.search(cells[0].lower()) or not any(
                ch.isdigit() for c in cells[1:] for ch in c):
            break
        rows.append(cells)
    return rows if len(rows) >= 2 else []


# "direct_list", "Azure list ($/1M)", "bedrock": a column of prices named by the channel they are bought through
_ROUTE_HEAD = compile_regex(r"\b(?P<route>direct|bedrock|azure|vertex|aws|gcp)\b")
_ROUTE_PRICE = compile_regex(r"^\$\s?(?P<v>\d{1,4}(?:\.\d{1,6})?)$")
# ("direct_per_mtok" over "2.50": a bare figure under a column that names its price per million)
_ROUTE_BARE_PRICE = compile_regex(r"^(?P<v>\d{1,4}(?:\.\d{1,6})?)$")
_PRICED_ROUTE_HEAD = compile_regex(r"(?:/|\bper)\s?(?:1\s?)?(?:m|mtoks?|million)\b|\b(?:list|price|rate|usd)\b")


def _route_columns(head: list[str], rows: list[list[str]]) -> list[str]:
    """Rows of per-token prices under columns named by channel ("item,direct_list,azure_list" over "gpt-4o input
    /1M,$2.50,$3.00") as each channel's price on the row's side ("direct: $2.50/m input; azure: $3.00/m input"); none
    unless two columns name channels and every row names one side and gives a price in each (a dollar amount, or a
    bare figure under a column that names a price: "direct_per_mtok")."""
    routes = {k: m.group("route") for k, h in enumerate(head) if (m := _ROUTE_HEAD.search(h.lower().replace("_", " ")))}
    if len(set(routes.values())) < 2 or 0 in routes or not rows:
        return []
    priced = {k: _PRICED_ROUTE_HEAD.search(head[k].lower().replace("_", " ")) is not None for k in routes}
    said: list[str] = []
    for row in rows:
        label = row[0].lower()
        sides = [side for side, rx in (("input", _SIDE_IN), ("output", _SIDE_OUT)) if rx.search(label)]
        prices = {k: (_ROUTE_PRICE.match(row[k].strip()) or (_ROUTE_BARE_PRICE.match(row[k].strip()) if priced[k]
                                                            else None)) for k in routes if k < len(row)}
        if len(row) != len(head) or len(sides) != 1 or not all(prices.values()) or len(prices) != len(routes):
            return []
        said.append("; ".join(f"{routes[k]}: ${m.group('v')}/m {sides[0]}" for k, m in prices.items() if m) + ".")
    return said


# "notes", "source", "what's in it": a sheet's column of remarks beside its figures
_NOTES_HEAD = compile_regex(r"^(?:notes?|comments?|sources?|remarks?|description|desc|why|basis|memo|context|details?|"
                            r"what'?s in it|contents?)$")


def _notes_header(head: list[str]) -> bool:
    """A header naming a key, its value, then notes ("line_item,value,notes", "| metric | value | source |",
    "scenario,rate_usd_per_mtok,notes")."""
    keys = [_head(h).lower() for h in head]
    return (len(keys) >= 3 and (_KV_HEAD.match(keys[0]) is not None or _NAMING_KEY.match(keys[0]) is not None
                                or keys[0] in ("option", "options", "plan", "route", "tier"))
            and (_KV_VALUE_HEAD.match(keys[1]) is not None or _priced_head(head[1])
                 or _spent_over(head[1]) is not None)
            and all(_NOTES_HEAD.match(k) for k in keys[2:]))


_SPENT_HEAD = compile_regex(r"\b(?:usd|dollars?|cost|spend|amount)\b|\$")


def _spent_over(head: str) -> str | None:
    """ "monthly_usd", "cost per month": the period a column of amounts of money is spent over, or None."""
    words = head.lower().replace("_", " ")
    return period_of(words) if _SPENT_HEAD.search(words) else None


_PLAIN_NUMBER = compile_regex(r"^\d{1,4}(?:\.\d{1,6})?$")


def _priced_head(head: str) -> bool:
    """ "rate_usd_per_mtok", "price $/1M": a column of prices per million tokens."""
    unit = head.lower().replace("_", " ")
    return _PER_MILLION_HEAD.search(unit) is not None and _RATE_HEAD.search(unit) is not None


def _noted_fields(rows: list[list[str] | None], priced: bool = False, spent: str | None = None) -> list[str]:
    """Rows of a sheet of an item's fields with a note beside each ("line_item,value,notes" over
    "ea_discount,15%,applies to AOAI under their EA") as "ea_discount: 15% (applies to AOAI under their EA)", up to the
    first row that is not one; none when no value holds a figure. Under a ``priced`` value column ("rate_usd_per_mtok")
    a plain number is a price per million tokens ("on_demand,6.00" is "on_demand: $6.00/m"); under a column of amounts
    ``spent`` over a period ("monthly_usd") it is that period's amount ("ptu_commit,62000" is "ptu commit: $62000 a
    month")."""
    said: list[str] = []
    for cells in rows:
        if (cells is None or len(cells) < 2 or not cells[1] or len(cells[1].split()) > _MAX_VALUE_WORDS
                or not _SHEET_KEY.match(cells[0].lower())):
            break
        note = ", ".join(c for c in cells[2:] if c)
        value = f"${cells[1]}/m" if priced and _PLAIN_NUMBER.match(cells[1]) else cells[1]
        key = cells[0]
        if spent is not None and _BARE_COUNT.match(cells[1].strip().lstrip("$")):
            key, value = _head(key), f"${cells[1].strip().lstrip('$')} a {spent}"
        said.append(f"{key}: {value}" + (f" ({note})" if note else ""))
    return said if any(ch.isdigit() for line in said for ch in line.partition(": ")[2][:20]) else []


# "unit", "uom", "basis": a column naming the unit of a row's quantity or price
_UNIT_OF_ROW_HEAD = compile_regex(r"^(?:unit|units|uom|unit of measure|basis|per|billing unit)$")
_USD_WORD = compile_regex(r"^(?:usd|\$)\s?", flags=re.IGNORECASE)


def _rows_with_a_unit(head: list[str], lines: list[str]) -> list[str]:
    """Rows under "item, qty, unit_price, unit" as keyed lines, each figure in its row's unit: "model_units,2,21.50,USD
    per unit-hour" is "model units: 2 at $21.50 per unit-hour", "served_input_tokens,6bn,,per month" is "served input
    tokens: 6bn per month", "on_demand_input,,3.00,USD per 1M" is "on demand input: $3.00 per 1M"; none for any other
    sheet, up to the first row that is not one."""
    keys = [_head(h).lower() for h in head]
    if (len(keys) != 4 or not (_KV_HEAD.match(keys[0]) or _NAMING_KEY.match(keys[0])) or not _QTY_HEAD.match(keys[1])
            or not _UNIT_PRICE_HEAD.match(keys[2]) or not _UNIT_OF_ROW_HEAD.match(keys[3])):
        return []
    said: list[str] = []
    for line in lines:
        cells = _csv_cells(line, empty=True) if len(line) <= 200 else None
        if cells is None or len(cells) != 4 or not _SHEET_KEY.match(cells[0].strip().lower()):
            break
        key, qty, price, unit = (c.strip() for c in cells)
        unit = _USD_WORD.sub("", unit)
        if not (_BARE_FIGURE.match(qty.lower()) or qty in ("", "-")) or not (_PLAIN_NUMBER.match(price.lstrip("$"))
                                                                            or price in ("", "-")):
            break
        qty, price = qty.strip("-"), price.strip("-").lstrip("$")
        figures = " at ".join(f for f in (qty, f"${price}" if price else "") if f)
        said.append(f"{_head(key)}: {figures} {unit}".rstrip() if figures else f"{_head(key)}: {unit}")
    return said


_NAMING_KEY = compile_regex(r"^(?:model|customer|account|client|provider|vendor|workload|deal|product|use case|"
                            r"sku|scenario)$")


def _priced_pairs(pairs: list[list[str]]) -> list[str]:
    """ "line_item,usd_per_1M_tokens" over "input (uncached),2.00" and "input (cached),0.50": a two-column sheet whose
    header names its values a price per million tokens, each row as its price ("input (cached): $0.50/m"); empty
    when the first row names no such unit or a row's value is no bare figure."""
    if not _priced_head(pairs[0][1]) or not all(
            _BARE_FIGURE.match(value.strip().lower()) for _, value in pairs[1:]):
        return []
    # ("input (cached)": the cached input's price; "input (uncached)": the input's)
    return [f"{_SIDE_ASIDE.sub(_side_aside, key.strip())}: ${value.strip().lstrip('$')}/m" for key, value in pairs[1:]]


_SIDE_ASIDE = compile_regex(r"^(?P<side>input|prompt|output)\s?\((?P<q>cached|cache reads?|cache hits?|uncached|base|"
                            r"standard|normal)\)$", re.IGNORECASE)


def _side_aside(m: re.Match[str]) -> str:
    cached = m.group("q").lower().startswith("cach")
    return f"cached {m.group('side')}" if cached else m.group("side")


def _key_value_rows(lines: list[str], start: int) -> tuple[list[list[str]], int]:
    """The rows of a two-column sheet of names and values from line ``start`` (at least three, one value with a
    figure, none a question; "term,90-day quarter" is read as "term: 90-day quarter"), and the lines looked at: a run
    that is not one is not looked at again line by line."""
    rows: list[list[str]] = []
    for line in lines[start:start + _MAX_CSV_ROWS]:
        cells = (_csv_cells(line) if len(line) <= 200 and not line.rstrip().endswith("?")
                 and not _THOUSANDS_COMMA.search(line) else None)  # ("persona   2,500   fixed": one figure)
        if (cells is None or len(cells) != 2 or _SHEET_KEY.match(cells[0].lower()) is None
                or len(cells[0].split()) > 10 or len(cells[1].split()) > 6
                or cells[1].rstrip().endswith(":")):  # ("rates per MTok (output), copied from the pages:": a lead-in)
            break
        rows.append(cells)
    seen = max(len(rows), 1)
    # ("cache_read_input_tokens,460000000": a snake_case key before a figure is a sheet's line however few there are)
    keyed = bool(rows) and all("_" in key and _BARE_FIGURE.match(value.lower()) for key, value in rows)
    if (len(rows) < _MIN_KEY_ROWS and not keyed) or not any(any(ch.isdigit() for ch in value) for _, value in rows):
        return [], seen
    # ("model,claude-sonnet (illustrative)" over "cached_prefix_tokens,6000": the sheet's first line names its model, a
    # pair like the keyed lines under it)
    named_first = (_NAMING_KEY.match(rows[0][0].strip().lower()) is not None and len(rows) >= _MIN_KEY_ROWS
                   and all("_" in key or " " in key.strip() for key, _ in rows[1:]))
    if not named_first and not any(ch.isdigit() for ch in "".join(rows[0])) and _BARE_FIGURE.match(rows[1][1].lower()):
        return [], 1  # "model,price" over "sonnet,3.00": a header over rows, read as a table below (or a lead-in)
    return rows, seen


# A word only a sheet's column names use ("Avg calls/day", "Input rate"): names of a few words are a header with one
# ("hi team, quick one, cheers" is a greeting)
_COLUMN_WORD = compile_regex(r"\b(?:rate|calls?|tokens?|price|cost|spend|discount|util\w*|prefix|model|volume|input|"
                             r"output|fee|hits?|markup|requests?)\b")


# "traffic<TAB>flat 24/7, ~85% of committed capacity": a two-column sheet's line, a key then what it says
_TAB_PAIR = compile_regex(r"^[ \t]*(?P<key>[A-Za-z][\w /().%$-]{0,40}?)[ \t]*\t[ \t]*(?P<value>[^\t\n]{1,300}?)[ \t]*$")


def _tab_pairs(text: str) -> str:
    """``text`` with runs of two or more tab-separated key/value lines, most of whose values hold words, written as
    "key: value" lines (a pasted two-column sheet); tables of figures are left to the table readers."""
    lines = text.split("\n")
    pairs = [_TAB_PAIR.match(line) if len(line) <= 400 else None for line in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and pairs[j] is not None:
            j += 1
        run = [m for m in pairs[i:j] if m is not None]
        if len(run) >= 2 and 2 * sum(bool(re.search(r"[a-z]{2}", m.group("value"), re.I)) for m in run) >= len(run):
            out.extend(f"{m.group('key')}: {m.group('value')}" for m in run)
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


# "ModelUnits", "RatePerUnitHour", "inputTokens": a billing export's column named in camel case, read as its words
_CAMEL_CASE = compile_regex(r"^[A-Za-z][a-z0-9]{1,20}(?:[A-Z][a-z0-9]{0,20}){1,6}$")


# "line,item,monthly_usd" over "1,On-demand cost ...,"$100,000"": a first column that only numbers the rows
_NUMBERING_HEAD = compile_regex(r"^[ \t]*(?:line|lines|#|no\.?|num|row|line_no|line #|item #|ln|n)[ \t]*,", re.I)
_NUMBERED_ROW = compile_regex(r"^[ \t]*(?P<n>\d{1,3})[ \t]*,")


def _without_numbering(text: str) -> str:
    """``text`` with a sheet's column of row numbers (1, 2, 3 ... in turn) left out; else as it was."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        if not _NUMBERING_HEAD.match(line) or _NUMBERED_ROW.match(lines[i + 1]) is None:
            continue
        j = i + 1
        while j < len(lines) and (m := _NUMBERED_ROW.match(lines[j])) and int(m.group("n")) == j - i:
            lines[j] = lines[j][m.end():]
            j += 1
        lines[i] = lines[i].split(",", 1)[1]
    return "\n".join(lines)


def read_csv(text: str) -> str:
    """``text`` with CSV pasted from a sheet (a header line of column names over rows with as many cells, each row
    holding figures) written as a pipe table, which the table readers below take as they take a pasted markdown
    table. Other lines, prose with commas among them, are kept as they were. Two versions keyed line by line
    (:func:`~bot.parse.forms.pairs_as_columns`) are written as a table of two columns first; side columns under a line
    naming their prices' unit are named as prices (:func:`~bot.parse.forms.priced_sides`)."""
    text = priced_sides(text)
    if "," in text and "\n1," in text:
        text = _without_numbering(text)
    if "\t" in text:
        text = _tab_pairs(text)
    if ("|" in text or "," in text or ";" in text or "\t" in text) and (":" in text or "_" in text):
        text = pairs_as_columns(text)
    if "," not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    looked = 0  # the lines up to which no two-column sheet starts
    while i < len(lines):
        if i >= looked:
            pairs, seen = _key_value_rows(lines, i)
            looked = i + seen
            if pairs:
                out.extend(_priced_pairs(pairs) or (": ".join(cells) for cells in pairs))
                i += len(pairs)
                continue
        head = _csv_cells(lines[i]) if len(lines[i]) <= 400 else None
        lead = ""
        if (head is not None and ": " in lines[i] and i + 1 < len(lines)
                and not all(_CSV_HEAD.match(c.lower()) for c in head)):
            # "weekly cache model, cols: calls_wk,hit_rate,...": a lead-in before the header's first column
            lead, _, rest = lines[i].rpartition(": ")
            head = _csv_cells(rest)
            lead += ":"
        if head is None or not all(_CSV_HEAD.match(c.lower()) and len(c.split()) <= 5 for c in head):
            out.append(lines[i])
            i += 1
            continue
        head = [camel_words(c, "_") if _CAMEL_CASE.match(c) else c for c in head]  # "RatePerUnitHour"
        fielded = _one_records_fields(head, lines[i + 1:i + 1 + _MAX_CSV_ROWS + 1])
        if fielded:
            # "deal,field,value" over "ACME-0412,discount_vs_ondemand,35%": one record's fields, each with its value
            out.extend(f"{_head(field)}: {value}" for field, value in fielded)
            i += 1 + len(fielded)
            continue
        noted = _noted_fields([_csv_cells(line, empty=True) if len(line) <= 400 else None
                               for line in lines[i + 1:i + 1 + _MAX_CSV_ROWS + 1]],
                              priced=_priced_head(head[1]), spent=_spent_over(head[1])) if _notes_header(head) else []
        if noted:
            # "line_item,value,notes" over "ea_discount,15%,applies under their EA": each key, its value, its note
            out.extend(noted)
            i += 1 + len(noted)
            continue
        unit_rows = _rows_with_a_unit(head, lines[i + 1:i + 1 + _MAX_CSV_ROWS + 1])
        if unit_rows:
            # "line_item,qty,unit_price,unit" over "model_units,2,21.50,USD per unit-hour": each row's figures in the
            # unit its last cell names
            out.extend(unit_rows)
            i += 1 + len(unit_rows)
            continue
        sheet = _price_sheet(head, lines[i + 1:i + 1 + _MAX_CSV_ROWS + 1])
        if sheet is not None:
            said, used = sheet
            out.append(said)
            i += 1 + used
            continue
        sparse = _sparse_rows(head, lines[i + 1:i + 1 + _MAX_CSV_ROWS + 1])
        if sparse:
            # "option,fee_per_call,input_per_m,..." over "flat,0.004,,," and "per_token,,0.80,3.20,...": each row fills
            # its own columns, so together they are one deal's keyed figures
            out.extend(f"{_head(h)}: {c}" for row in sparse for h, c in zip(head[1:], row[1:], strict=True) if c)
            i += 1 + len(sparse)
            continue
        keyed = _one_cell_rows(head, lines[i + 1:i + 1 + _MAX_CSV_ROWS + 1]) if len(head) >= 3 else []
        if keyed:
            # "line_item,qty,unit_price" over "requests,21000," and "input,,$3.00/MTok": each key and its one figure
            out.extend(f"{key}: {figure}" for key, figure in keyed)
            i += 1 + len(keyed)
            continue
        parts = _component_rows(head, lines[i + 1:i + 1 + _MAX_CSV_ROWS + 1])
        routed = _route_columns(head, parts)
        if routed:
            # "item,direct_list,azure_list" over "gpt-4o input /1M,$2.50,$3.00": each channel's price on its side
            out.extend(routed)
            i += 1 + len(parts)
            continue
        if parts:
            # "component,qty,rate,basis" over "model units,4,$21.50,per unit-hour": each part's name, then its cells
            out.extend(f"{row[0]}: {' '.join(c for c in row[1:] if c)}" for row in parts)
            i += 1 + len(parts)
            continue
        rows: list[list[str]] = []
        j = i + 1
        # ("vendor,pricing_model,fee" over "acme,per-call,$0.014": one figure a row, under a column that prices)
        keys = [h.lower().replace("_", " ") for h in head]
        # ("input_per_mtok": a price per million tokens is a pricing column too)
        # ("line_item,usage,unit" over "input_tokens,1.2bn,tokens": a unit column says in words what the usage counts)
        counted = any(_UNIT_COLUMN.match(k) for k in keys) and any(_USAGE_COLUMN.match(k) for k in keys)
        least = 1 if counted or any(_RATE_HEAD.search(k) or _FEE_HEAD.search(k) or _SHARE_HEAD.search(k)
                                    or _PER_MTOK_HEAD.search(k) for k in keys) else 2
        while j < len(lines) and len(lines[j]) <= 400:
            # ("gpt-4o-ptu,provisioned,,35%,12mo": a cell left empty, read as "-")
            row = _csv_cells(lines[j], empty=len(head) >= 3)
            if (row is None or len(row) != len(head)) and ", " in lines[j]:
                # "total, 84,000,000, 21,000,000": cells parted by a comma and a space, figures grouped by commas
                spaced = [c.strip() for c in lines[j].strip().split(", ")]
                row = spaced if len(spaced) == len(head) and all(spaced) else row
            row = [_fraction_cell(c) if c else "-" for c in row] if row is not None else None
            # a row of the sheet: as many cells as the header, figures in all but its first cell and a few labels
            # ("per_call", "data-eng", "uk-south": a model, an owner, a region)
            figures = [bool(_BARE_FIGURE.match(c.lower()) or _HOUR_SPAN.match(c) or _CODE.match(c.lower()))
                       for c in (row or [])[1:]]
            dates = [bool(_DATE_CELL.match(c)) for c in (row or [])[1:]]  # ("2024-05": a period's label, no figure)
            figures = [f and not d for f, d in zip(figures, dates, strict=True)]
            if (row is None or len(row) != len(head) or sum(figures) < min(least, len(figures))
                    or not all(ok or d or _LABEL_CELL.match(c.lower()) or _TERM_CELL.match(c.lower())
                               for ok, d, c in zip(figures, dates, row[1:], strict=True))
                    or len(figures) - sum(figures) > 3):
                break
            rows.append(row)
            j += 1
        if not rows or len(rows) > _MAX_CSV_ROWS:
            out.extend(lines[i:j])
            one = _csv_cells(lines[j]) if not rows and j < len(lines) and len(lines[j]) <= 400 else None
            after = _csv_cells(lines[j + 1]) if one is not None and j + 1 < len(lines) else None
            if (one is not None and len(one) == len(head) >= 3 and not (after and len(after) == len(head))
                    and not lead and (all(" " not in h.strip() for h in head) or (
                        len(head) >= 4 and all(len(h.split()) <= 3 for h in head)
                        and any(_COLUMN_WORD.search(h.lower()) for h in head)))):
                # "workload,pattern,peak_to_avg,pt_discount" (a sheet's column names) over one row whose cells are
                # words and figures: each column's name beside its cell ("peak to avg: 1.2; pt discount: 40%")
                # ("Account,Use case,Avg calls/day,Shared context,..." over one account's row: names of a few words)
                out.append("; ".join(f"{_head(h)}: {c}" for h, c in zip(head, one, strict=True)) + ".")
                i = j + 1
                continue
            shared = _shared_volume(head, lines[j:j + _MAX_CSV_ROWS]) if not rows else None
            if shared is not None:
                # ("option,pricing,price,calls_per_month" over options whose prices are sentences: the one volume they
                # all price, said once after the rows, which keep their other cells)
                count, column, said = shared
                out.extend(",".join(c for k, c in enumerate(cells) if k != column)
                           for cells in map(_csv_cells, lines[j:j + count]) if cells is not None)
                out.append(said)
                j += count
            i = j
            continue
        if lead:
            out.append(lead)
        out.extend("| " + " | ".join(cells) + " |" for cells in [head, *rows])
        i = j
    return "\n".join(out)


# "calls_per_month", "requests/day", "monthly_calls": a column of calls counted over a period
_CALLS_OVER_HEAD = compile_regex(r"^(?:calls?|requests?|reqs?)[ _/-]?(?:per[ _-]|/|a[ _-])?(?P<p>day|week|month|year|"
                                 r"hour|mo|wk|yr)$|^(?P<adj>daily|weekly|monthly|annual|yearly|hourly)[ _-]"
                                 r"(?:calls|requests|reqs)$")


def _shared_volume(head: list[str], below: list[str]) -> tuple[int, int, str] | None:
    """The rows under a CSV header that are not a table of figures (a cell is a sentence) but share one count of calls
    over a period in every row: (how many rows, the column, "600,000 calls a month"); else None."""
    column = next(((k, m) for k, h in enumerate(head) if (m := _CALLS_OVER_HEAD.match(h.strip().lower()))), None)
    if column is None:
        return None
    rows = list(itertools.takewhile(lambda r: r is not None and len(r) == len(head), map(_csv_cells, below)))
    values = {_figure(r[column[0]]) for r in rows if r is not None}
    if len(rows) < 2 or len(values) != 1 or None in values:
        return None
    said = column[1].group("p") or column[1].group("adj")
    return len(rows), column[0], f"{_count(values.pop() or Decimal(0))} calls a {PERIOD_WORDS.get(said, said)}."


# "a quarter off", "half", "a fifth" in a sheet's cell: the share it says, as a percentage
# ("quarter" alone is the calendar's: a share needs its article or "off")
_FRACTION_CELL = compile_regex(r"^(?:(?:a|an|one)[- ](?P<frac>half|quarter|fifth|tenth|eighth)(?: off)?|"
                               r"(?P<frac2>half|quarter|fifth|tenth|eighth) off|(?P<half>half))$")
_FRACTION_PERCENT = {"half": "50%", "quarter": "25%", "fifth": "20%", "tenth": "10%", "eighth": "12.5%"}


def _fraction_cell(cell: str) -> str:
    m = _FRACTION_CELL.match(cell.strip().lower())
    return _FRACTION_PERCENT[m.group("frac") or m.group("frac2") or m.group("half")] if m else cell


def _cells(line: str) -> list[str]:
    """A line's cells; a pipe table's empty cell ("| gpt-4o | | 35% |") is kept as "-", so its row still lines up with
    its header."""
    parts = [part.strip() for part in _CELL_GAP.split(line.strip().strip("|"))]
    if "|" in line and "" in parts[1:-1]:
        return [c or "-" for c in parts] if parts[0] and parts[-1] else [c for c in parts if c]
    return [c for c in parts if c]


def _numeric(cell: str) -> bool:
    return _NUMERIC.match(cell) is not None


# "fifteen cents per million", "three dollars a million", "a quarter over direct": a price or a share said in words, a
# value as much as "$0.15 per million" or "25%"
_WORDED_PRICE = compile_regex(r"^(?:[a-z-]+ ){1,3}(?:cents?|dollars?|bucks)\b|"
                              r"^(?:a|an|one|two|three) (?:half|quarter|third|fifth|tenth|twentieth)s? "
                              r"(?:over|above|off|below|under|more|less|on top)\b")


def _key_value(cells: list[str]) -> bool:
    key, value = cells
    return (_KEY.match(key.lower()) is not None and len(key.split()) <= _MAX_KEY_WORDS
            and (_numeric(value) or _WORDED_PRICE.match(value.lower()) is not None)
            and len(value.split()) <= _MAX_VALUE_WORDS)


# ("input   $1.25/M": a price is a value, never a column's name)
_PRICE_CELL = compile_regex(r"^\s*(?:us)?\$\s?\d")


# "Line 7", "item 12", "#3": a numbered line of an invoice, a row and never a column's name
_NUMBERED_LINE = compile_regex(r"^(?:line|ln|item|row|no\.?|#)\s?#?\d{1,4}$", flags=re.IGNORECASE)


_BLANK_CELL = compile_regex(r"^(?:|-|–|—|\?|n/?a|tbd|tbc|none)$")


def _one_filled(rows: list[list[str]]) -> list[tuple[str, str]] | None:
    """Each row's label and its one filled cell, when every row fills exactly one cell besides its label (the others
    blank, a dash or a question mark); None otherwise."""
    said = []
    for row in rows:
        filled = [c.strip() for c in row[1:] if not _BLANK_CELL.match(c.strip().lower())]
        if len(filled) != 1 or not row[0].strip():
            return None
        said.append((row[0].strip(), filled[0]))
    return said


# "1-month commit $/unit-hr", "12-mo term": a column named with a term's length first, no figure of the row's
_TERM_LEAD = compile_regex(r"^\d{1,2}[- ](?:months?|mo|years?|yr|weeks?|wk|days?|hours?|hr)\b(?=\s?[a-z$(])",
                           re.IGNORECASE)


# "sized_for        peak" over "prov_discount    30%": a snake-case key and its value in a word, over another key
_SNAKE_KEY = compile_regex(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")


def _keyed_word(cells: list[str], below: list[list[str]]) -> bool:
    """Two cells that are a key and its value in a plain word ("sized_for | peak"), not a header, because the line below
    is keyed the same way ("prov_discount | 30%"); a header's second cell names a column ("line_item | value",
    "rate_type | usd_per_mtok")."""
    value = cells[1].strip().lower()
    return (bool(below) and len(below[0]) == 2 and _SNAKE_KEY.match(cells[0].strip().lower()) is not None
            and _SNAKE_KEY.match(below[0][0].strip().lower()) is not None and value.isalpha()
            and not _VALUE_HEAD.match(value) and not _KV_HEAD.match(value) and not _COLUMN_WORD.search(value))


def _header(cells: list[str]) -> bool:
    """Column names: words, none a figure, a price, a numbered line, a sentence ("cache_write | billed at the normal
    input rate (automatic caching, no surcharge)" is a keyed line) or a key ("cached input:    half price")."""
    cells = [_TERM_LEAD.sub("term", c) if c[:1].isdigit() else c for c in cells]
    return len(cells) >= 2 and all(_HAS_LETTER.search(c.lower()) and not _numeric(c) and not _PRICE_CELL.match(c)
                                   and not _NUMBERED_LINE.match(c) and len(c.split()) <= _MAX_HEAD_WORDS
                                   and not c.endswith(":") and not _COUNT_CELL.match(c.lower())
                                   and not _DOLLARS_IN_CELL.search(c) and not _KEYED_FIGURE_CELL.search(c)
                                   and not _COUNT_IN_CELL.search(c.lower()) for c in cells)


_MAX_HEAD_WORDS = 8
# "list uplift vs direct API: 25%": a key and its figure in one cell, which names no column
_KEYED_FIGURE_CELL = compile_regex(r":\s?~?[$€£]?\d")
# "input $5.20/MTok": a price in a cell, which names no column
_DOLLARS_IN_CELL = compile_regex(r"\$\s?\d")
# "45M tokens / business day", "12,000 calls": a count of something, a value and never a column's name
# ("~forty calls a minute, random arrivals": the count in words)
_COUNT_CELL = compile_regex(r"^(?:~|about |around |roughly )?(?:\d[\d,.]{0,15}|(?:(?:twenty|thirty|forty|fifty|sixty|"
                            r"seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|"
                            r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|a hundred|a thousand|"
                            r"a few|a dozen)(?: (?:hundred|thousand|million))?)\s?(?:k|m|mm|b|bn)?\s"
                            r"(?:tokens?|toks?|calls?|requests?|reqs?|queries)\b")

# "random, ~30 calls/hr during the window": a count of calls or tokens inside a cell's words (not "price per 1M
# tokens", the unit a column names)
_COUNT_IN_CELL = compile_regex(r"(?<![\w.,/])(?<!per )(?<!/ )~?\d[\d,.]{0,15}+\s?(?:k|m|mm|b|bn)?\s?"
                               r"(?:tokens?|toks?|calls?|requests?|reqs?|queries)\b(?!\s?(?:/|per)\s?(?:1\s?)?(?:k|m)?\s?(?:tokens?|toks?)\b)")

# A key-value table's header ("| line | value |", "| item | volume |"): names of the two columns, not of figures.
_KV_HEAD = compile_regex(r"^(?:line|item|items|field|fields|metric|metrics|key|input|inputs|parameter|param|what|name|"
                         r"source|assumption|assumptions|driver|lever|term|line item)s?$")
# "| option | price |" over "| per-call | half a cent per call |": each option's price in words, an item's fields (not
# "| option | discount |" over "| A | 20% |": options side by side, each its own ask)
# ("| plan | price |", "| offer | terms |": each plan's price in words)
_OPTION_PRICE_HEAD = (compile_regex(r"^(?:options?|plans?|structures?|offers?|quotes?|"
                                    r"pricing (?:models?|plans?|options?))$"),
                      compile_regex(r"^(?:price|prices|pricing|cost|costs|terms|rates?|fees?|charges?|billing)$"))
_KV_VALUE_HEAD = compile_regex(r"^(?:value|values|amount|volume|figure|figures|number|qty|quantity|setting|size|"
                               r"input|inputs|assumption|estimate|current|today|#)$")
# "input_mtok_per_month", "output tok (M)", "prefix tokens (k)": a column counted in millions or thousands of tokens.
_MILLIONS_HEAD = compile_regex(r"\bmtoks?\b|\bm ?tokens?\b|\(m\)|\bmillions?\b|\bmm\b")
_THOUSANDS_HEAD = compile_regex(r"\bk ?toks?\b|\bk ?tokens?\b|\(k\)|\bthousands?\b")
# A column of spans of hours ("hour_band", "window", "hours (UTC)") over a count per hour ("calls_per_hour").
_BAND_HEAD = compile_regex(r"\b(?:hours?|band|bands|window|windows|slot|slots|time|times|period|shift)\b")
_PER_HOUR_HEAD = compile_regex(r"\b(?:calls?|requests?|reqs?|queries)\b.{0,12}?(?:/\s?(?:h|hr|hour)\b|"
                               r"\bper (?:h|hr|hour)\b|\ban hour\b|\bhourly\b)|^(?:rph|calls?/h|req/h)$")


# "unit_hour_rate", "price per PTU-hour", "$/MU-hr": a column of prices of a unit-hour.
_UNIT_HOUR_HEAD = compile_regex(r"\b(?:ptu|unit|mu)[- ]?(?:hour|hr)\b[^/]{0,12}?\b(?:rate|price|cost|usd)\b|"
                                r"\b(?:rate|price|cost|usd|\$)\s?(?:/|per|a)\s?(?:model[- ])?(?:ptu|unit|mu)[- ]?"
                                r"(?:hour|hr)\b|"
                                # ("Hourly rate/unit", "hourly price per PTU": the hour said first)
                                r"\bhourly (?:rate|price|cost|usd)\s?(?:/|per|a)\s?(?:model[- ])?(?:ptu|unit|mu)s?\b")
# "ptu_capacity_tpm (per PTU)", "capacity per unit, tokens/min": a unit's throughput named by its words in any order
_UNIT_CAPACITY_HEAD = compile_regex(r"^(?=.{0,60}?\b(?:ptus?|units?|mus?)\b)(?=.{0,60}?\b(?:capacity|throughput)\b)"
                                    r".{0,60}?\b(?P<u>tpm|tph|tokens?\s?(?:/|per)\s?(?:minute|min|hour|hr))\b")
# "committed_tpm", "avg consumed TPM": a column of loads, named by what they are and counted in their unit
_LOAD_UNIT_HEAD = compile_regex(r"^(?P<words>[a-z][a-z ]{0,30}?)?[ _]?\(?(?P<unit>tpm|rpm|tps|rps|qps)\)?$")
# "input_per_mtok", "output per 1M tokens": a side's price per million tokens, named with no "rate" or "price"
_PER_MTOK_HEAD = compile_regex(r"(?:/|\bper)\s?(?:mtoks?|1\s?m|million)\b")
# "od_input_per_m", "on-demand out per 1M": an on-demand price column, named by the price list it comes from.
_ON_DEMAND_HEAD = compile_regex(r"\b(?:od|on[- ]?demand|payg|pay[- ]?go|list)\b")
# "tokens_per_unit_hour_at_full_load", "tok/PTU-min": what one unit serves in an hour or a minute
# ("throughput_per_unit_tpm", "tpm per PTU", "capacity per unit (TPM)": one unit's throughput named by its unit)
_UNIT_THROUGHPUT_HEAD = compile_regex(r"\b(?:tokens?|toks?)\s?(?:/|per|a)\s?(?:model[- ])?(?:ptu|unit|mu)[- ]?"
                                      r"(?P<p>hour|hr|minute|min)\b|"
                                      r"\b(?:throughput|capacity|(?P<p2>tpm))\s?(?:/|per)\s?(?:model[- ])?"
                                      r"(?:ptu|unit|mu)\b"
                                      r"(?:\s?\(?(?P<p3>tpm)\)?)?")
# "in_rate_per_m", "output price": a column of prices per million tokens.
# "input rate", "output price", "usd", "input $/M", "$ per 1M out": a column of prices.
_RATE_HEAD = compile_regex(r"\b(?:rate|price|usd)\b|\$\s?(?:/|per\b)")
# "input $/M", "$ per 1M in", "out (usd / mtok)": a price column per million tokens.
# ("input_usd_mtok": dollars per MTok with no "/" or "per" between)
_PER_MILLION_HEAD = compile_regex(r"(?:/|\bper|\b(?:usd|\$)(?= ))\s?(?:1\s?)?(?:m|mm|mtoks?|million)\b"
                                  r"(?:\s?(?:tokens?|toks?))?")


# "Quote for the pilot, per month:", "monthly volumes:": the line introducing a table says the period of its counts.
# "usage export, support-bot prod (daily averages)": a table's title naming the period its row covers
_TITLE_PERIOD = compile_regex(r"\b(?P<adj>daily|weekly|monthly|hourly|yearly|annual)(?: (?:averages?|avgs?|totals?|"
                              r"figures|numbers|volumes?|usage))?\)?\s?:?\s*$")
# "total", "sum", "all": a row adding up the others, under a column of dates or months (no month of its own)
_TOTAL_CELL = compile_regex(r"(?i)^\s*(?:total|totals|sum|all|grand total)\s*$")
_INTRO_PERIOD = compile_regex(r"(?:\b(?:per|a|an|each|every) (?P<p>day|week|month|quarter|year|hour)|\b(?P<adj>daily|"
                              r"weekly|monthly|quarterly|hourly|yearly|annual)\b[^.:;!?]{0,30}?|"
                              # "billing export (Vertex, last 7 days):": the span the rows add up
                              r"\b(?:last|past|previous) (?:(?P<week>7|seven) days|(?P<last>day|week|month|year)))"
                              r"\s?\)?\s?:\s*$")
# A key that counts tokens or calls (which a period applies to), not a rate, a share or a spend; a call after "per" or
# "/" ("cost per call", "fee/request") is what something else is counted by.
_COUNT_KEY = compile_regex(r"(?<!\bper )(?<!/)\b(?:tokens?|toks?|calls?|requests?|reqs?|queries)\b"
                           r"(?!.{0,12}\b(?:rate|price|cost)\b)")


# A period closing a count's column name: "input tokens month", "calls per day", "daily calls" ("calls/day" is read
# as it is).
# ("calls_per_business_day": a business day, said as such)
_COUNT_PERIOD = compile_regex(r"(?:\s(?:per|a|each)\s|\s|\s?/\s?(?=(?:business|working|work|biz)\s))"
                              r"(?:(?P<kind>business|working|work|biz)\s)?"
                              r"(?P<p>day|week|month|hour|year|d|wk|mo|hr|yr)$|"
                              r"^(?P<adj>daily|weekly|monthly|hourly|yearly)\s")


# "(annual)", "(per month)", "(monthly)" in a key: the period its value is over.
_KEY_PERIOD = compile_regex(r"\s?\((?:per |a )?(?P<p>annual|yearly|monthly|weekly|daily|hourly|year|month|week|day|"
                            r"hour)\)", flags=re.IGNORECASE)
# "direct-equivalent monthly spend", "annual OD bill", "daily calls": a period word inside a key, said of its value.
_KEY_PERIOD_WORD = compile_regex(r"(?<![\w-])(?P<p>annual|yearly|monthly|weekly|daily|hourly)\b", flags=re.IGNORECASE)
# "TPM", "tokens/min", "requests per second": a column (or the table's introduction) naming the unit of its loads
_LOAD_UNIT = (r"(?P<u>tpm|rpm|tps|rps|qps|(?:tokens?|toks?|requests?|reqs?|calls?)\s?(?:/|per)\s?"
              r"(?:min|minute|s|sec|second|hour|hr))")
_LOAD_UNIT_CELL = compile_regex(r"\(?" + _LOAD_UNIT + r"\)?")
_INTRO_LOAD_UNIT = compile_regex(r"\(" + _LOAD_UNIT + r"\)\s?:\s*$")
# A value that is only a count ("600", "16", "1,200"): no dollar sign, percent or unit of its own.
_BARE_COUNT = compile_regex(r"^~?\d[\d,]{0,20}+(?:\.\d{1,6}+)?$")


# A line of two or more key=value pairs and nothing else.
_PAIRS = compile_regex(r"^\s*+(?:[a-z][\w.-]{0,30}+=[^\s=]{1,30}+\s++){1,12}+[a-z][\w.-]{0,30}+=[^\s=]{1,30}+\s*+$",
                       flags=re.IGNORECASE)


_EXPORT_KEY = compile_regex(r"[_/]|^(?:discount|par|input|output|markup|calls|sizing|prefix)$", flags=re.IGNORECASE)
_NAMED_QUARTER_KEY = compile_regex(r"\bq[1-4]\b", flags=re.IGNORECASE)
# A line that is one key=value pair ("target_cost_vs_ondemand=0.85").
_SPACED_PAIR = compile_regex(r"^\s*+(?P<k>[a-z][\w.-]{0,40}+) = (?P<v>[^\s=]{1,30}+)\s*+$", flags=re.IGNORECASE)
_ONE_PAIR = compile_regex(r"^\s*+[a-z][\w.-]{0,30}+=[^\s=]{1,30}+\s*+$", flags=re.IGNORECASE)
# A key=value pair among other words ("in_rate=3 out_rate=15 (usd/MTok)").
# ('fee_per_call="half a cent"': a value in quotes may hold spaces; "planned_call=750 in / 250 out" is a call's size,
# left whole)
# ("discount=40 pct off paygo": a percentage written "pct" or "percent" after its value)
_PAIR_AMONG = compile_regex(r"(?<![\w=/])(?P<k>[a-z][\w./-]{0,30}+)=(?P<v>\d{1,3}(?:,\d{3})++(?:\.\d{1,6})?[a-z%]{0,3}|"
                            r"\"[^\"\n=]{1,30}+\"|\d{1,3}(?:\.\d{1,2})? (?:pct|percent)\b|"
                            # ("calls=40k/business day": a count per business day, its period two words)
                            r"\d[\w.,]{0,12}+/(?:business|working|work)[ -]days?\b|"
                            # ("est_volume=2.5M req/yr": a count, then what it counts over its period)
                            r"\d[\d.,]{0,12}+(?:k|m|mm|b|bn)? (?:req|reqs|requests|calls|queries|tok|toks|tokens)"
                            r"/(?:yr|year|mo|month|wk|week|day|d|hr|hour)\b|"
                            # ("per_call_fee=$1.50 per 1,000 calls": a price of a thousand calls)
                            r"\$\d{1,6}(?:\.\d{1,6})? per (?:1,000|1000|1k|thousand) (?:calls|requests|images|"
                            r"documents|pages|queries)\b|[^\s=,;]{1,30}+)"
                            r"(?!,\d|\s(?:in|input)\b)[,;]?", flags=re.IGNORECASE)
# "target_cost_vs_ondemand", "cost_ratio_target": a key naming the cost asked for against on-demand.
_TARGET_COST_KEY = compile_regex(r"(?:target|want|goal).{0,12}(?:cost|ratio)|(?:cost|ratio).{0,12}(?:target|goal)")
_BARE_SHARE = compile_regex(r"^(?:0?\.\d{1,4}|\d{1,2}(?:\.\d{1,2})?%)$")


def _sparse_rows(head: list[str], lines: list[str]) -> list[list[str]]:
    """Two or more rows under ``head`` that each fill columns no other row fills (the rest left empty), every filled
    cell a figure: one deal's figures spread over rows. Empty when the lines are no such rows."""
    rows: list[list[str]] = []
    for line in lines:
        row = _csv_cells(line, empty=True) if len(line) <= 400 else None
        if row is None or len(row) != len(head):
            break
        if all(row[1:]):
            return []  # a row that fills every column is a sheet's row, read below
        rows.append(row)
    if len(rows) < 2:
        return []
    filled = [sum(bool(row[k]) for row in rows) for k in range(1, len(head))]
    cells = [c for row in rows for c in row[1:] if c]
    if max(filled) > 1 or not all(_BARE_FIGURE.match(c.lower()) for c in cells):
        return []
    return rows


# "$3.00/MTok", "0.30", "21000": a sheet cell holding one figure, its unit after a slash
_FIGURE_CELL = compile_regex(r"^~?\$?\d[\d,]{0,15}(?:\.\d{1,6})?(?: ?(?:k|m|bn|b))?(?: ?/ ?[a-z0-9 ]{1,12})?$")


def _one_cell_rows(head: list[str], lines: list[str]) -> list[tuple[str, str]]:
    """Three or more rows under ``head`` ("line_item,qty,unit_price") each filling just one cell besides its key
    ("requests,21000," and "input,,$3.00/MTok"): one deal's keyed figures, as (key, figure). Empty otherwise."""
    pairs: list[tuple[str, str]] = []
    for line in lines:
        row = _csv_cells(line, empty=True) if len(line) <= 400 else None
        if row is None or len(row) != len(head):
            break
        filled = [c for c in row[1:] if c]
        if len(filled) != 1 or not _FIGURE_CELL.match(filled[0].lower()):
            break
        pairs.append((_head(row[0]), filled[0]))
    return pairs if len(pairs) >= 3 else []


_FIELD_HEAD = compile_regex(r"^(?:field|key|metric|item|parameter|param|attribute|name|line item|line_item)$")
_VALUE_HEAD = compile_regex(r"^(?:value|val|amount|figure|setting)$")


def _one_records_fields(head: list[str], lines: list[str]) -> list[tuple[str, str]]:
    """Two or more rows of one record ("deal,field,value" over "ACME-0412,term,12 months" and "ACME-0412,
    expected_util,55%"; "date_range,model,metric,value" over "2024-05,gpt-4o,requests,1200000"): the same record named
    in every row's first cells, each row a field and its value. Empty otherwise."""
    names = [h.strip().lower() for h in head]
    fields = [k for k, h in enumerate(names) if _FIELD_HEAD.match(h)]
    values = [k for k, h in enumerate(names) if _VALUE_HEAD.match(h)]
    if not 3 <= len(head) <= 5 or len(fields) != 1 or len(values) != 1:
        return []
    f, v = fields[0], values[0]
    # ("quote_line,item,value" over "1,commit_term_months,12" and "2,provisioned_discount_vs_paygo,0.35": the record's
    # lines numbered; "metric,window,value" over "error_rate,30d,0.4%": the record's cells after its field)
    numbered = len(head) == 3 and f == 1 and _LINE_NO_HEAD.match(names[0]) is not None
    pairs: list[tuple[str, str]] = []
    record = None
    for line in lines:
        row = _csv_cells(line) if len(line) <= 400 else None
        if row is None or len(row) != len(head):
            break
        rest = [c for k, c in enumerate(row) if k not in (f, v)]
        if (record is not None and rest != record and not numbered) or (
                numbered and not _LINE_NO.match(rest[0].strip())):
            break
        record = rest
        pairs.append((row[f], row[v]))
    return pairs if len(pairs) >= 2 else []


def _head(cell: str) -> str:
    """A column's name as words ("qty_tokens": "tokens", the quantity named by what it counts)."""
    return _QTY_BEFORE_UNIT.sub("", cell.replace("_", " ").strip())


# "qty tokens", "quantity (tokens)": a quantity named by what it counts, read as that
_QTY_BEFORE_UNIT = compile_regex(r"^(?:qty|quantity|billed qty|billed quantity)\s(?=(?:tokens?|toks?)$)",
                                 flags=re.IGNORECASE)


# A column or key that holds a share ("list_markup", "EA discount", "expected util", "hit rate"): a bare fraction of
# one under it ("0.25") is that share as a percentage ("25%").
# ("list_vs_direct", "over direct": a markup named by what it is over)
_SHARE_HEAD = compile_regex(r"\b(?:markup|mark-up|uplift|premium|surcharge|discount|off|ea|util|utili[sz]ation|"
                            r"utili[sz]ed|load|occupancy|hit rate|hit ratio|hits?|share|percent|pct|"
                            r"(?:vs|over|above) direct)\b")
_FRACTION_OF_ONE = compile_regex(r"^~?(?P<n>0?\.\d{1,6}+|1\.0{1,6}+|0)$")


def _as_share(head: str, value: str) -> str:
    """A bare fraction of one under a share's column ("0.25" under "list_markup") as the percentage it is ("25%");
    any other value as it was."""
    m = _FRACTION_OF_ONE.match(value.strip())
    said = _head(head).lower()
    if m is None or not _SHARE_HEAD.search(said) or (_RATE_HEAD.search(said) and "hit" not in said):
        return value
    if "$" in said or _PER_MILLION_HEAD.search(said):
        return value  # "hit $/1M | 0.50": the price of a hit, not a share of calls
    percent = (Decimal(m.group("n")) * 100).normalize()
    return f"{percent:f}%"


# "avg_input_tokens", "avg output", "mean prompt tok": a column or key of one call's tokens on one side.
_AVG_HEAD = compile_regex(r"\b(?:avg|average|mean|typical|median)\b")
# The only words an average call's token column may hold besides its side: any other word ("avg input cost", "avg
# input latency ms", "mean prompt chars", "avg output ratio") names something that is not a count of tokens.
_AVG_TOKEN_WORDS = frozenset({"avg", "average", "mean", "typical", "median", "input", "in", "prompt", "output", "out",
                              "completion", "generated", "tokens", "token", "tok", "toks", "tkn", "tkns", "per", "a",
                              "each", "call", "calls", "request", "requests", "req", "reqs", "query", "message",
                              "turn", "size", "length", "len", "count", "k"})
# "fee_per_call", "price per request", "per-call fee", "call fee", "flat fee": a column or key of a vendor's fee for
# one call. A cost ("current cost per call", "cost/request") is what the usage costs now, never the vendor's fee.
_FEE_HEAD = compile_regex(r"\b(?:fee|price|charge)s?\b.{0,12}?(?:/|\bper |\beach |\ba )\s?(?:call|request|"
                          r"req|query|task|run)\b|\b(?:per[- ]?(?:call|request)|call|request) (?:fee|price|charge)\b|"
                          r"^(?:(?:flat|vendor|vendor's|vendors) )?fee$")
# A fee for one call is a fraction of a dollar or a few dollars (a task's); a figure beyond this under a fee's column
# is a monthly or setup fee, or a figure in another unit, and is left for the rep to say.
_MAX_FEE_A_CALL = Decimal(10)
# A column named only "fee" (no call named) is a call's fee when it is a fraction of a dollar.
_MAX_BARE_FEE = Decimal(1)


def _fee(said: str, figure: str) -> str | None:
    """A figure under a vendor's per-call fee column as that fee ("0.003" under "fee_per_call": "a fee of $0.003 per
    call"); None for any other cell, or a figure too large to be a call's fee."""
    if not _FEE_HEAD.search(said) or _SIDE_IN.search(said) or _SIDE_OUT.search(said):
        return None
    amount = _figure(figure.lstrip("$~ "))
    named = _CALLS_HEAD.search(said) or _PER_CALL_HEAD.search(said)
    if amount is None or amount <= 0 or amount >= (_MAX_FEE_A_CALL if named else _MAX_BARE_FEE):
        return None
    return f"a fee of ${figure.lstrip('$~ ')} per call"


# "rate_in_per_1k", "output price / 1K tokens", "usd per thousand": a rate column priced per thousand tokens.
_PER_THOUSAND = compile_regex(r"(?:/|\bper)\s?(?:1\s?k|1,000|one thousand|thousand|k)(?:\s?(?:tokens?|toks?))?\b|"
                              r"\(1k\)|\b1k\b")


# "direct_monthly", "monthly direct spend", "od_bill_per_month", "direct cost (annual)": a column or key of money
# spent over a period: with the period taken out, its name holds a word of spending, is "direct" alone, or is a
# direct cost; "direct users monthly" and "direct calls per day" count something else.
_SPEND_NOUNS = frozenset({"spend", "spending", "bill", "bills", "invoice", "budget"})
_DIRECT_MONEY = frozenset({"cost", "costs", "usd", "dollars"})
_ON_DEMAND_WORDS = frozenset({"on-demand", "ondemand", "od", "paygo", "payg"})
_ON_DEMAND_MONEY = _DIRECT_MONEY | _SPEND_NOUNS | {"equiv", "equivalent"}
# Words that make a column a price, a share or a count, never money spent over a period ("cost per call monthly").
_NOT_SPEND = compile_regex(r"\b(?:rate|rates|price|prices|per|tokens?|toks?|calls?|requests?|reqs?|queries|"
                           r"users?|seats?|units?|hours?|hrs?|markup|discount|fee|fees)\b")


# ("ondemand_equiv_month": the period named last, on its own)
_LAST_PERIOD = compile_regex(r"\s(?P<p>day|week|month|year)$")


def _spend(head: str, value: str) -> str | None:
    """A bare figure under a column of money spent over a period ("12000" under "direct_monthly": "direct spend:
    $12000 a month"); None for any other cell."""
    said = " ".join(_head(head).lower().replace("(", " ").replace(")", " ").split())
    figure = value.strip()
    period = _KEY_PERIOD_WORD.search(said) or _HEAD_PERIOD.search(said) or _LAST_PERIOD.search(said)
    if period is None or not _BARE_FIGURE.match(figure.lower()) or "%" in figure or "$" in figure:
        return None
    key = " ".join((said[:period.start()] + " " + said[period.end():]).split())
    words = key.split()
    direct = key == "direct" or (words[:1] == ["direct"] and words[-1] in _DIRECT_MONEY)
    # ("ondemand_equiv_month", "od cost monthly": what the same traffic costs on-demand over the period)
    on_demand = bool(words) and words[0] in _ON_DEMAND_WORDS and set(words[1:]) <= _ON_DEMAND_MONEY
    if not words or _NOT_SPEND.search(key) or not (direct or on_demand or _SPEND_NOUNS & set(words)):
        return None
    key = "direct spend" if direct else "on-demand spend" if on_demand else key
    when = period.groupdict().get("p") or period.groupdict().get("adj") or ""
    return f"{key}: ${figure.lstrip('~')} a {_PERIODS.get(when, when)}"


# "peak tokens/min", "average_rps", "avg requests per second": a load at peak or on average, in its unit.
# ("p100_tpm", "max rps", "p99 tokens/min": the peak by its percentile or its maximum)
# ("avg throughput (TPM)": the load named, its unit in brackets)
_LOAD_KEY = compile_regex(r"^(?P<w>peak|average|avg|mean|max|maximum|p100|p99(?:\.9)?|busiest)\s"
                          r"(?:(?:throughput|load|traffic|demand|usage)\s(?=\())?\(?"
                          r"(?P<unit>(?:[a-z]+\s?(?:/|per\s)\s?(?:s|sec|second|m|min|"
                          r"minute|h|hr|hour)|rps|rpm|tps|tpm|qps))\)?$")


def _load(head: str, value: str) -> str | None:
    """A bare figure under a load at peak or on average ("500k" under "peak tokens/min": "peak 500k tokens/min", as a
    ratio of loads is said); None for any other cell."""
    m = _LOAD_KEY.match(_head(head).lower())
    figure = value.strip()
    if m is None or not _BARE_FIGURE.match(figure.lower()) or "%" in figure or "$" in figure:
        return None
    word = "average" if m.group("w") in ("average", "avg", "mean") else "peak"
    return f"{word} {figure} {m.group('unit')}"


def _per_call(head: str, value: str) -> str | None:
    """A figure under a column of one call's tokens ("1,200" under "avg_input_tokens": "1,200 input tokens per
    call") or of the fee per call ("0.003" under "fee_per_call": "a fee of $0.003 per call"); None for any other."""
    said = _head(head).lower()
    figure = value.strip()
    if not _BARE_FIGURE.match(figure.lower()) or "%" in figure:
        return None
    fee = _fee(said, figure)
    if fee is not None or "$" in figure or not _AVG_HEAD.search(said) or _HEAD_PERIOD.search(said):
        return fee
    if "$" in said or "%" in said or "#" in said or not set(re.findall(r"[a-z]+", said)) <= _AVG_TOKEN_WORDS:
        return None  # "avg input cost", "avg input latency ms": a figure of one call that is not its tokens
    side = "input" if _SIDE_IN.search(said) else "output" if _SIDE_OUT.search(said) else None
    scale = "k" if _THOUSANDS_HEAD.search(said) and not figure.lower().endswith("k") else ""
    return f"{figure}{scale} {side} tokens per call" if side else None


# A column named for a cache price alone ("cache_read", "cache write", "cached"), never a count of reads or writes.
_PER_MTOK_UNIT = r"\(?(?:\$|usd) ?(?:/|per)? ?(?:1 ?)?m(?:tok)?\)?|per (?:1 ?)?m(?:tok)?"
# ("read_per_mtok", "write $/MTok": a cache price named by what it is for, with its unit)
_CACHE_PRICE_HEAD = compile_regex(r"^(?:(?:cache[ -]?(?:read|write|hit)|cached(?: input| read)?)(?: ?(?:rate|price|"
                                   + _PER_MTOK_UNIT + r"))?|(?:read|write|hit)s?(?: ?(?:rate|price))? ?(?:"
                                   + _PER_MTOK_UNIT + r"))$")
_PRICE_FIGURE = compile_regex(r"^\$?\d{1,3}\.\d{1,4}$")
# "cache write rate", "cached input", "cache_read": which cache price a column holds
_CACHE_KIND = compile_regex(r"\bcached?[ -]?(?P<k>read|write|hit|input)\b")


# "monthly in", "daily out", "in/mo", "output per day": a side's tokens over a period, the column named by those alone
_SIDE_PERIOD_HEAD = compile_regex(r"^(?:(?:monthly|daily|weekly|yearly|annual|hourly) (?:in|out|input|output|prompt|"
                                  r"completion)|(?:in|out|input|output) ?(?:/|per) ?(?:month|mo|day|week|year|yr|hour|"
                                  r"hr))$")


_FIGURE_THEN_ASIDE = compile_regex(r"^\s*(?P<v>~?\$?\d[\d,]{0,14}(?:\.\d{1,6})?\s?(?:%|k|m|bn|b)?)\s?"
                                   r"(?P<note>\([^()\n]{1,80}\))\s*$", re.I)


# ("amount", "input amount", "line total ($)": what a bill's line came to, in dollars and cents)
_AMOUNT_HEAD = compile_regex(r"^(?:(?:input|output|in|out|prompt|completion|cache read|cache write) )?(?:amount|amt|"
                             r"line total|ext(?:ended)?(?: amount)?|charge|subtotal)(?: \((?:\$|usd)\)| \$| usd)?$")
_CENTS_FIGURE = compile_regex(r"^\$?\d{1,3}(?:,?\d{3}){0,4}\.\d{2}$")


# "rate ($/unit-hr)", "usd per PTU-hour": a column of prices per unit-hour, its unit in its name
_DOLLARS_PER_UNIT_HOUR_HEAD = compile_regex(r"(?:\$|usd)" + PER_UNIT_HOUR + r"\b")


def phrase(head: str, value: str) -> str:
    """One cell of a table as the words it stands for: its figure before its column's name ("4,000 prefix tokens",
    "85% expected util"), a column counted in millions of tokens with its scale ("120" under
    "input_mtok_per_month": "120m input tokens a month"), a rate column as a rate ("in_rate_per_m" 5: "input $5/m");
    a cell with no figure as it was."""
    aside = _FIGURE_THEN_ASIDE.match(value)
    if aside is not None:  # "70% (flat for the last 2 quarters)": the figure under its column, the aside kept after it
        return f"{phrase(head, aside.group('v'))} {aside.group('note')}"
    if _YEAR_MONTH.match(value.strip()) and _WHEN_HEAD.match(_head(head).lower()):
        return "over the month"  # "date_range | 2024-06": the row is that month's, and so are its counts
    value = _as_share(head, value)
    if _DOLLARS_PER_UNIT_HOUR_HEAD.search(head.lower()) and _BARE_FIGURE.match(
            value.strip().lstrip("$").strip().lower()):
        return f"${value.strip().lstrip('$').strip()} per unit-hour"  # "rate ($/unit-hr) | 14.00"
    each = _per_call(head, value) or _spend(head, value) or _load(head, value)
    if each is not None:
        return each
    head = _head(head)
    if not _numeric(value.lower()):
        return value
    if _AMOUNT_HEAD.match(head.lower()) and _CENTS_FIGURE.match(value.strip()):
        # "amount | 126.00" on a bill's line: what the line came to, never a count or a price per million
        return f"line total ${value.strip().lstrip('$')}"
    if _CACHE_PRICE_HEAD.match(head.lower()) and _PRICE_FIGURE.match(value.strip()):
        # "cache_write | 1.375": a cache price per 1M tokens under its name ("$1.375 cache write"), not 1,375 writes
        named = head.lower() if head.lower().startswith("cache") else f"cache {head.lower()}"  # ("read_per_mtok")
        return f"${value.strip().lstrip('$')} {named}"
    unit_said = _UNIT_THROUGHPUT_HEAD.search(head.lower())
    per = (unit_said.group("p") or unit_said.group("p2") or unit_said.group("p3")) if unit_said is not None else None
    if per is None and (capacity := _UNIT_CAPACITY_HEAD.search(head.lower().replace("_", " "))) is not None:
        per = capacity.group("u")  # "ptu_capacity_tpm (per PTU)": one unit's throughput, its words in any order
    if per is not None and _FIGURE.match(value.strip().lower()):
        # "tokens_per_unit_hour_at_full_load | 400000", "throughput_per_unit_tpm | 50k": one unit's throughput, not a
        # call's tokens
        return f"each unit does {value.strip()} tokens {'an hour' if per.startswith('h') else 'a minute'}"
    load = _LOAD_UNIT_HEAD.match(_head(head).lower().strip())
    if load is not None and _BARE_FIGURE.match(value.strip().lower()) and "%" not in value and "$" not in value:
        # "committed_tpm | 200000", "avg_consumed_tpm | 160000": a load, its words before it and its unit after
        return f"{load.group('words') or ''} {value.strip()} {load.group('unit')}".strip()
    if _UNIT_HOUR_HEAD.search(head.lower()) and _DOLLAR_FIGURE.match(value.strip()):
        # "unit_hour_rate | 12.50", "price per PTU-hour | $3": the price of a unit-hour ("$12.50 per unit-hour")
        return f"${value.strip().lstrip('$')} per unit-hour"
    million = (_PER_MILLION_HEAD.search(head.lower())
               if _RATE_HEAD.search(head.lower()) or _ON_DEMAND_HEAD.search(head.lower())
               or _PER_MTOK_HEAD.search(head.lower()) else None)
    if million is not None and _BARE_FIGURE.match(value.strip().lower()) and "%" not in value:
        # "input $/M | 0.50": a price per million tokens ("input $0.50/m"), never a count of millions
        rest = head.lower()[:million.start()] + head.lower()[million.end():]
        cached = _CACHE_KIND.search(rest)
        if cached is not None:
            # ("cache_write_rate_per_mtok | 3.75", "cached_input_rate_per_mtok | 1.25": a cache price per million
            # tokens, whatever side it names)
            return f"${value.strip().lstrip('$')}/m cache {'write' if cached.group('k') == 'write' else 'read'}"
        side = "input" if _SIDE_IN.search(rest) else "output" if _SIDE_OUT.search(rest) else None
        route = _CELL_ROUTE.search(rest)
        if side is not None and route is not None:
            # "direct $/MTok in | 3.00" beside "Bedrock $/MTok in | 3.60": each channel's price on that side
            return f"{route.group(0)}: ${value.strip().lstrip('$')}/m {side}"
        if side is not None:
            return f"{side} ${value.strip().lstrip('$')}/m"
        if "blend" in rest:
            # ("ondemand_blended_per_mtok | $8.00": the blended price per million tokens, on-demand when it says so)
            return f"{'on-demand ' if _ON_DEMAND_HEAD.search(rest) else ''}blended ${value.strip().lstrip('$')}/m"
        if _BARE_PRICE_HEAD.match(rest.strip()):
            # ("usd_per_mtok | 12.50" in a row named by its channel: a price per million, never 12.5M tokens)
            return f"${value.strip().lstrip('$')}/m"
    bare = _FIGURE.match(value.strip().lower())
    if bare is not None and not bare.group("s") and "$" not in value:
        for scale, pattern in (("m", _MILLIONS_HEAD), ("k", _THOUSANDS_HEAD)):
            if pattern.search(head.lower()):
                value, head = value.strip() + scale, pattern.sub(" tokens ", head.lower())
                head = " ".join(head.replace("tokens tokens", "tokens").split())
                break
    thousand = _PER_THOUSAND.search(head.lower()) if _RATE_HEAD.search(head.lower()) else None
    if thousand is not None and _BARE_FIGURE.match(value.strip().lower()) and "%" not in value:
        # "rate_in_per_1k | 0.003": a price per thousand tokens ("input $0.003/1k"), never per million
        rest = head.lower()[:thousand.start()] + head.lower()[thousand.end():]
        side = "input" if _SIDE_IN.search(rest) else "output" if _SIDE_OUT.search(rest) else None
        if side is not None:
            return f"{side} ${value.strip().lstrip('$')}/1k"
    if _RATE_HEAD.search(head.lower()):
        # ("$0.80 per M" under "rate": the cell's own unit is the column's)
        bare_rate = _PER_MILLION_TAIL.sub("", value.strip())
        said = _row_cell(f"{head} {bare_rate}")
        if said != f"{head} {bare_rate}":
            return " ".join(said.split())
    if _SIDE_PERIOD_HEAD.match(head.lower()):  # "monthly in | 500M", "out/day | 80M": a side's tokens over a period
        said = _row_cell(f"{head} {value}")  # (phrased as a row's cell "monthly in 500M" is)
        if said != f"{head} {value}":
            return " ".join(said.split())
    period = _COUNT_PERIOD.search(head.lower()) if _COUNT_KEY.search(head.lower()) else None
    if period is not None:  # "input tokens month", "calls per day": the count's period said after it
        # ("tokens / month": the slash said the period, and goes with it)
        unit = " ".join(f"{head[:period.start()]} {head[period.end():]}".split()).rstrip(" /")
        said = period.group("p") or period.group("adj")
        kind = period.group("kind") or ""
        kind = f"{'business' if kind == 'biz' else kind} " if kind else ""
        return f"{value} {unit} a {kind}{_PERIODS.get(said, said)}"
    return f"{value} {head}"


def _band_hours(span: str) -> Decimal | None:
    """The hours in a span of the day ("08-18": 10, "18-08": 14, "22:00-06:30": 8.5)."""
    m = _HOUR_SPAN.match(span.strip())
    if m is None:
        return None
    start = Decimal(m.group("a")) + (Decimal(m.group("am") or 0) / 60)
    end = Decimal(m.group("b")) + (Decimal(m.group("bm") or 0) / 60)
    if start > 24 or end > 24:
        return None
    hours = end - start
    return hours if hours > 0 else hours + 24  # "18-08" runs past midnight; "00-24" and "08-08" are the whole day


def _hour_bands(header: list[str], rows: list[list[str]]) -> str | None:
    """A table of spans of the day over calls per hour ("08-18 | 2,400", "18-08 | 300") as the day's calls
    ("28,200 calls a day"); None when the table is not one."""
    if len(header) != 2 or not _BAND_HEAD.search(_head(header[0]).lower()) or not _PER_HOUR_HEAD.search(
            _head(header[1]).lower()):
        return None
    total = Decimal(0)
    for span, value in rows:
        hours, per_hour = _band_hours(span), _figure(value)
        if hours is None or per_hour is None:
            return None
        total += hours * per_hour
    return f"{_count(total)} calls a day"


# A worksheet's rows: more than this under a key/value header is not one item's fields, and a header's scan stops
# there, so no line of a long paste is read more than a constant number of times.
_MAX_KV_ROWS = 40


def _names_fields(header: list[str]) -> bool:
    """A two-column header that names an item's fields and their values ("| line | value |", "| option | price |")."""
    first, second = _head(header[0]).lower(), _head(header[1]).lower()
    return (_KV_HEAD.match(first) is not None or _KV_VALUE_HEAD.match(second) is not None
            or (_OPTION_PRICE_HEAD[0].match(first) is not None and _OPTION_PRICE_HEAD[1].match(second) is not None))


def _kv_table(header: list[str], rows: list[list[str]]) -> bool:
    """A two-column table of an item's fields under a header that names the columns ("| line | value |"): a figure in
    some rows, a name ("| model | Claude 3.5 Haiku |") or a blank to fill in ("| effective markup | ? |") in others."""
    if len(header) != 2 or not rows or not all(len(r) == 2 for r in rows) or _PRICE_CELL.match(header[1]):
        return False
    # ("| Bedrock pricing | vs Anthropic direct |" over "| list premium | +18% |", "| AWS EA/EDP discount | 7.5% off |":
    # a header that titles the sheet, over rows each naming a term of one deal)
    titled = (len(rows) >= _MIN_TITLED_ROWS and not any(_numeric(c.strip().lower()) for c in header)
              and all(_DEAL_TERM_KEY.search(r[0].lower()) for r in rows))
    # ("| line | value |" over "| Azure OpenAI list markup over direct | 30% |": under a header naming the columns, a
    # field's name may run to a short sentence)
    named = _names_fields(header)
    return ((named or titled) and any(_key_value(r) or (named and _field_value(r)) for r in rows)
            and all(_FIELD_KEY.match(r[0].lower()) is not None for r in rows))


_MAX_FIELD_WORDS = 10


def _field_value(cells: list[str]) -> bool:
    """A row of a table whose header names its columns: a field's name of a few words, and one figure."""
    key, value = cells
    return (len(key.split()) <= _MAX_FIELD_WORDS and _numeric(value) and len(value.split()) <= _MAX_VALUE_WORDS)


_MIN_TITLED_ROWS = 2
# A row named by the route a price is bought through
_ROUTE_KEY = compile_regex(r"\b(?:direct|azure|bedrock|vertex|aws|gcp|hyperscaler)\b")
# A key naming a term of a deal: a price, a share off or over, a spend, a volume
_DEAL_TERM_KEY = compile_regex(r"\b(?:discount|markup|mark-up|premium|uplift|spend|rate|price|fee|calls?|requests?|"
                               r"tokens?|utili[sz]ation|util|hit|prefix|ttl|units?|hours|ea|edp|budget|volume|bill|"
                               r"commit(?:ment)?|term|ratio)\b")


# "| | |", "| | Azure |": a two-column header whose first cell is blank (a sheet of one item's fields, the second
# cell naming the item when it is filled in).
_BLANK_HEAD = compile_regex(r"^\s*\|[ \t]*\|[ \t]*(?P<name>[^|\s][^|]{0,40}?)?[ \t]*\|?[ \t]*$")


def _fields_sheet(header: list[str], rows: list[list[str]]) -> bool:
    """Rows of an item's fields (a key and its value each) under a header that names no columns: a figure in some
    rows, every key a few words."""
    return (len(header) <= 1 and bool(rows) and all(len(r) == 2 for r in rows) and any(_key_value(r) for r in rows)
            and all(_FIELD_KEY.match(r[0].lower()) is not None for r in rows))


# "input tokens served / month", "tokens/day": a count's key closed by the period it is counted over.
_SLASH_PERIOD = compile_regex(r"\s?/\s?(?P<p>day|d|week|wk|month|mo|year|yr)$")
# "$/PTU-hr", "$ per unit-hour", "USD/unit-hr": a key that is a price per something, its figure in dollars.
_DOLLARS_PER_KEY = compile_regex(r"^(?:\$|usd)\s?(?:/|per)\s?(?P<what>[a-z][a-z -]{0,24}+)$")
_DOLLAR_FIGURE = compile_regex(r"^\$?\d{1,7}+(?:,\d{3})*+(?:\.\d{1,6}+)?$")


# "(30d)", "(last 7 days)", "(trailing 90d)": the window a dashboard's figure was observed over
_WINDOW_ASIDE = compile_regex(r"\s?\((?:last |past |trailing )?\d{1,3}\s?(?:d|days?|h|hrs?|hours?|w|wks?|weeks?|"
                              r"mo|months?)\)", re.I)
_LOAD_UNIT_KEY = compile_regex(r"\b(?:tpm|rpm|tps|rps|qps)\b|\btokens? (?:per|/) ?(?:min|minute|sec|second)\b", re.I)


def _kv_row(key: str, value: str, period: str | None) -> str:
    """A row of a key-value table as words: "key: value", a count with the table's period ("75M input tokens a
    month"), a blank asked to fill in as the question it is ("effective markup?")."""
    if value.strip(" ?") == "":
        return f"{key}?"
    key = _head(key)  # ("input_rate_usd_per_mtok": a sheet's snake_case name, read as its words)
    if "(" in key and _LOAD_UNIT_KEY.search(key):
        key = _WINDOW_ASIDE.sub("", key)  # ("avg TPM (30d)": the window the load was seen over, no period of it)
    if (_BARE_COUNT.match(value.strip()) and period_of(key.lower()) is None
            and (counted := cache_count(key.lower(), value.strip())) is not None):
        return counted  # "cache_read_calls | 116000": "116000 cache hits" (a key with its period is read below)
    value = _as_share(key, value)
    each = _per_call(key, value) or _spend(key, value) or _load(key, value)
    if each is not None:
        return each  # "| avg input | 1,500 |": "1,500 input tokens per call"
    own = _KEY_PERIOD.search(key) or (_KEY_PERIOD_WORD.search(key) if "$" in value or _COUNT_KEY.search(key.lower())
                                      else None)
    if own is not None and not _PERIOD_SAID.search(value.lower()):
        # "Direct spend (annual) | $240,000": the key's period goes with its value ("$240,000 a year")
        key, said = (key[:own.start()] + key[own.end():]).strip(), own.group("p").lower()
        if _BARE_COUNT.match(value.strip()) and not _COUNT_KEY.search(key.lower()):
            return f"{value} {key} a {_PERIODS.get(said, said)}"  # "| seats (annual) | 300 |": "300 seats a year"
        value = f"{value} a {_PERIODS.get(said, said)}"
    over = _SLASH_PERIOD.search(key.lower()) if _COUNT_KEY.search(key.lower()) else None
    if over is not None and not _PERIOD_SAID.search(value.lower()) and _FIGURE.match(value.strip().lower()):
        # "| input tokens served / month | 1.5B |": "1.5b input tokens served a month"
        return f"{value.strip()} {key[:over.start()].strip()} a {_PERIODS.get(over.group('p'), over.group('p'))}"
    per = _DOLLARS_PER_KEY.match(key.lower())
    if per is not None and _DOLLAR_FIGURE.match(value.strip()):
        # "| $/PTU-hr | $2.00 |", "| $ per unit-hour | 3.00 |": the price per what the key names ("$2.00/ptu-hr")
        return f"${value.strip().lstrip('$')}/{per.group('what')}"
    if period and _COUNT_KEY.search(key.lower()) and not _PERIOD_SAID.search(value.lower()) and "/" not in value:
        return f"{value} {key} a {period}"
    if period and _DOLLAR_FIGURE.match(value.strip()) and not _PERIOD_SAID.search(value.lower()) and "/" not in value:
        return f"{key}: {value.strip()} a {period}"  # "| provisioned commitment | $62,000 |" under "monthly_usd"
    if _BARE_COUNT.match(value.strip()) and (_RATE_HEAD.search(key.lower()) or _CACHE_PRICE_HEAD.match(key.lower())
                                             or _PER_MILLION_HEAD.search(key.lower().replace("_", " "))):
        # "| input $/M | 2.50 |": "input $2.50/m", a price, not a count ("| list_input_per_mtok | 2.50 |" too)
        return phrase(key, value)
    if _BARE_COUNT.match(value.strip()) and (_UNIT_THROUGHPUT_HEAD.search(key.lower())
                                             or _UNIT_CAPACITY_HEAD.search(key.lower().replace("_", " "))):
        return phrase(key, value)  # "| ptu_capacity_tpm (per PTU) | 3,000 |": what one unit serves a minute
    if _BARE_COUNT.match(value.strip()):
        return f"{value} {key}"  # "| calls per hour | 600 |": "600 calls per hour", as it is said
    return f"{key}: {value}"


def _pair(key: str, value: str) -> str:
    """One ``key=value`` pair as words: a labelled figure as a sheet's cell reads it ("avg_in=2400": "2400 input
    tokens"), a count after its name, anything else as "key value" ("discount 40%")."""
    key, value = _head(key), value.rstrip(",;").strip('"')  # "avg_in=2400, avg_out=300": the comma parts the pairs
    key = _NAMED_QUARTER_KEY.sub("quarterly", key)  # "q3_in_tokens=840M": a quarter's count
    target = _TARGET_COST_KEY.search(key.lower())
    if target is not None and _BARE_SHARE.match(value):
        # "target_cost_vs_ondemand=0.85": the cost asked for, as a share of on-demand
        share = Decimal(value.rstrip("%")) / (100 if value.endswith("%") else 1)
        return f"land at or below {(share * 100).normalize():f}% of on-demand"
    if _BATCH_PRICE.search(value):
        return value  # "per_call_fee=$1.50 per 1,000 calls": the price of a thousand calls, as it is said
    hit_rate = keyed_hit_rate(key, value)
    if hit_rate is not None:
        return hit_rate  # "cache_hit_ratio=0.80": 80% of the calls hit
    cell = _row_cell(f"{key} {value}")  # "avg in 2400": 2400 input tokens, as a sheet's cell reads
    if cell == f"{key} {value}" and "$" in value:
        return _kv_row(key, value, None)  # "direct_spend_annual=$240k": "direct spend: $240k a year"
    return (" ".join(cell.split()) if cell != f"{key} {value}" else
            f"{value} {key}" if _BARE_COUNT.match(value) else f"{key} {value}")


def _pairs(line: str, among: bool = False) -> str:
    """A line of ``key=value`` pairs from an export ("model=o3  input_tokens=2,400,000") as words ("model o3,
    2,400,000 input tokens"), and the pairs among other words ("in_rate=3 out_rate=15 (usd/MTok) avg_in=2,400") each
    so; any other line as it was."""
    spaced = _SPACED_PAIR.match(line) if " = $" in line else None
    if spaced is not None and "$" in spaced.group("v") and _EXPORT_KEY.search(spaced.group("k")):
        line = f"{spaced.group('k')}={spaced.group('v')}"  # "direct_api_spend_annual = $240k": one pair
    if "=" not in line or len(line) > 400 or not (among or _PAIRS.match(line) or _ONE_PAIR.match(line)):
        return line
    if _PAIRS.match(line):
        return ", ".join(_pair(*pair.split("=", 1)) for pair in line.split())
    # (only an export's keys, "avg_in", "calls/day", "discount", "par": a shorthand such as "d=0.37 u=0.9" or
    # "disc=35" is the shorthand reader's, and "ratio=3" in prose stays prose)
    return _PAIR_AMONG.sub(lambda m: _pair(m.group("k"), m.group("v")) + "," if _EXPORT_KEY.search(m.group("k"))
                           else m.group(0), line)


_BATCH_PRICE = compile_regex(r"^\$\s?\d[\d.,]{0,12}\s?(?:/|per)\s?(?:1,000|1000|1k|thousand|1,000,000|1m|million)\s"
                             r"(?:calls|requests|images|documents|docs|pages|queries|transactions)\b",
                             flags=re.IGNORECASE)
# "| | input tokens/call | output tokens/call |": a header whose first cell is blank, over rows that name themselves
# ("            direct     azure": aligned by spaces, its first cell left blank)
_LABEL_HEAD = compile_regex(r"^\s*\|[ \t]*\||^[ \t]{6,}\S")


def _label_column(lines: list[str], split: list[list[str]], rules: list[bool], i: int) -> list[str]:
    """The cells of line ``i``, with a blank first column put back when the header leaves it blank and the next row
    fills it with a name ("| | input tokens/call | ..." over "| planned | 800 | 200 |", or spaces where the pipes
    are)."""
    cells = split[i]
    if not _LABEL_HEAD.match(lines[i]) or not _header(cells):
        return cells
    following = next((split[k] for k in range(i + 1, min(i + 3, len(lines))) if not rules[k]), None)
    if following is None or len(following) != len(cells) + 1 or _numeric(following[0]):
        return cells
    if "|" not in lines[i] and not all(any(ch.isdigit() for ch in c) for c in following[1:]):
        return cells  # (aligned by spaces: only over a row of figures, "input/1M   $5.00   $6.00")
    return ["", *cells]


# "$/unit-hr: 2.75", "usd per ptu-hour: 3": a keyed line whose key is a price per something
_DOLLARS_PER_LINE = compile_regex(r"(?m)^[ \t]{0,8}(?P<k>(?:\$|usd)\s?(?:/|per)\s?[a-z][a-z -]{0,24}+)\s?:\s?"
                                  r"(?P<v>\$?\d{1,7}+(?:,\d{3})*+(?:\.\d{1,6}+)?)[ \t]*$", flags=re.IGNORECASE)

# "hrs/yr: 8,760", "hours per month: 730": a keyed line counting the hours of a period
_HOURS_PER_LINE = compile_regex(r"(?m)^[ \t]{0,8}(?:hrs?|hours)\s?(?:/|per)\s?(?P<p>yr|year|mo|month|wk|week|day)"
                                r"\s?:\s?(?P<v>\d{1,3}(?:,\d{3})?(?:\.\d{1,2})?)[ \t]*$", flags=re.IGNORECASE)


# A JSON object pasted from a config or an API response: '{"in_tok_per_hr":450000,"in_usd_per_mtok":1.10}'.
_JSON_OBJECT = compile_regex(r"\{[^{}\n]{1,2000}+\}|\{\n[^{}]{1,2000}+\n\}")


def _json_pairs(m: re.Match[str]) -> str:
    """A flat JSON object of figures and names as the key=value pairs a sheet's export reads; anything else as it
    was."""
    try:
        data = json.loads(m.group(0))
    except ValueError:
        return m.group(0)
    if not isinstance(data, dict) or len(data) < 2 or len(data) > _MAX_CSV_CELLS * 2:
        return m.group(0)
    pairs = []
    for key, value in data.items():
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            return m.group(0)
        said = "-".join(str(value).split())
        if not said or not str(key).strip():
            return m.group(0)
        pairs.append(f"{'_'.join(str(key).split())}={said}")
    return " ".join(pairs)


def read_tables(text: str) -> str:
    """``text`` with aligned tables written as sentences; anything else as it was."""
    text = join_price_units(text)
    if "{" in text and '"' in text:
        text = _JSON_OBJECT.sub(_json_pairs, text)
    if "$" in text or "usd" in text.lower():
        text = _DOLLARS_PER_LINE.sub(lambda m: _kv_row(m.group("k"), m.group("v"), None), text)
    if "h" in text:
        text = _HOURS_PER_LINE.sub(lambda m: f"{m.group('v')} hours a {_PERIODS.get(m.group('p'), m.group('p'))}", text)
    if "=" in text:
        # a sheet's pairs, one to a line or among other words, once there are two of them in the message
        among = len(_PAIR_AMONG.findall(text)[:2]) == 2
        text = "\n".join(_pairs(line, among) for line in text.split("\n"))
    if "  " not in text and "\t" not in text and "|" not in text:
        return text
    lines = text.split("\n")
    split = [_cells(line) for line in lines]  # each line split once
    rules = [_RULE.match(line) is not None for line in lines]
    out: list[str] = []
    scanned = 0  # lines up to here were rows of a key/value header already looked at
    i = 0
    while i < len(lines):
        cells = _label_column(lines, split, rules, i)
        rows: list[list[str]] = []
        j = i + 1
        every: list[list[str]] = []  # each row of a two-column table, figures or not
        end = j
        blank = _BLANK_HEAD.match(lines[i]) if i >= scanned and len(cells) <= 1 and "|" in lines[i] else None
        named = (len(cells) == 2 and _names_fields(cells) and not _COUNT_CELL.match(cells[1].strip().lower())
                 and not _DOLLARS_IN_CELL.search(cells[1]))
        if blank is not None or (i >= scanned and named):
            while end < len(lines) and end - j < _MAX_KV_ROWS and (rules[end] or len(split[end]) == 2):
                if not rules[end]:
                    every.append(split[end])
                end += 1
            scanned = end
        worded: list[list[str]] = []  # rows of words among the rows of figures ("per call fee | n/a | TBD")
        # ("notes | Meridian Bank | fraud service" over "---|---" over "traffic | steady 24/7": the rows under a title's
        # rule are keyed lines, the first of them no header)
        if len(cells) == 2 and (_under_title(lines, i, 2) or _keyed_word(cells, split[i + 1: i + 2])):
            end = i
            while end < len(lines) and end - i < _MAX_KV_ROWS and len(split[end]) == 2 and all(split[end]):
                end += 1
            out.extend(_kv_row(k, v, None).rstrip(".;") + "." for k, v in split[i:end])
            i = end
            continue
        if _header(cells) or (cells[:1] == [""] and _header(cells[1:])):
            while j < len(lines) and (rules[j] or len(split[j]) == len(cells)):
                row = [] if rules[j] else split[j]
                if row:
                    if not any(_numeric(c) for c in row):
                        following = split[j + 1] if j + 1 < len(lines) else []
                        # (first among them too, under a header naming its columns with its first cell blank:
                        # "| | Vendor A | Vendor B |" over "| pricing | flat, half a cent per call | per-token ... |")
                        if ((not rows and cells[:1] != [""]) or len(worded) >= _MAX_WORDED_ROWS
                                or len(following) != len(cells) or not any(_numeric(c) for c in following)):
                            break  # (a few such rows at most: a paste repeating its header is not one table)
                        worded.append(row)  # a row between rows of figures is one of them, never a new header
                    else:
                        rows.append(row)
                j += 1
        below = ([k for k in range(i + 1, min(len(lines), i + 1 + _MAX_KV_ROWS)) if not rules[k]]
                 if _notes_header(cells) else [])
        noted = _noted_fields([split[k] for k in below])
        if noted:
            # "| line item | value | notes |" over "| ea_discount | 15% | applies under their EA |"
            out.extend(noted)
            i = below[len(noted) - 1] + 1
            continue
        if blank is not None and _fields_sheet(cells, every):
            # "| | Azure |" over "| EA discount | none |": the item's fields, after the item's name when it has one
            name = blank.group("name")
            fields = ", ".join(_kv_row(k, v, None) for k, v in every)
            out.append(f"{name.strip()}: {fields}" if name else fields)
            i = end
            continue
        single = _one_filled(rows) if len(cells) >= 3 and len(rows) >= 2 and not worded else None
        if single is not None:
            # "| line item | direct API | via Bedrock |" over "| their EA discount | — | 12% |": each row's one figure
            # under its label, the other columns left blank
            out.extend(f"{label}: {value}." for label, value in single)
            i = j
            continue
        if every and _kv_table(cells, every):
            rows, j = every, end
        if rows and _kv_table(cells, rows):
            # the header only names the columns; "per month:" closing the line before the table is the period of
            # its counts
            intro = next((line for line in reversed(out) if line.strip()), "")
            said = _INTRO_PERIOD.search(intro[-60:])
            period = _PERIODS.get(p, p) if said and (p := said.group("p") or said.group("adj")) else None
            # ("| metric | per business day |": the value column's header names the period of its counts)
            # ("| item | monthly_usd |": a sheet's snake_case header)
            period = (period_of(cells[1].lower().replace("_", " ")) if len(cells) == 2 else None) or period
            # ("| metric | TPM |" over "| average | 45,000 |", "(tokens per minute):" before it: the loads' unit)
            load = _LOAD_UNIT_CELL.fullmatch(cells[1].strip().lower()) or _INTRO_LOAD_UNIT.search(intro[-60:].lower())
            if load is not None:
                rows = [[k, f"{v.strip()} {load.group('u')}" if _FIGURE.match(v.strip().lower()) else v]
                        for k, v in rows]
            elif len(cells) == 2 and _RATE_HEAD.search(cells[1].lower()) and _PER_MILLION_HEAD.search(cells[1].lower()):
                # ("| source | input $/1M |" over "| direct API | 2.50 |": each row's price, on the column's side; a
                # route's row its price alone, the route its label)
                rows = [[k, (f"${v.strip()}/m" if _ROUTE_KEY.search(k.lower()) else phrase(cells[1], v))
                         if _BARE_COUNT.match(v.strip()) else v] for k, v in rows]
            out.append(", ".join(_kv_row(k, v, period) for k, v in rows))
            i = j
            continue
        banded = _hour_bands(cells, rows) if rows else None
        if banded is not None:
            out.append(banded + ".")
            i = j
            continue
        if (len(rows) >= 3 and not all(_LOAD_STAT_ROW.match(row[0].strip().lower()) for row in rows)
                and (average := [row for row in rows if _AVERAGE_ROW.match(row[0].strip().lower())])):
            # "| 1 | 52% |" ... "| avg | 55% |": the rows' average, said in its own row, is the figure the ask means
            # (not a load's statistics, "p100 (peak)", "mean", "p50": the peak and the average read below)
            rows = average[:1]
        if rows and _LINE_NO_HEAD.match(cells[0].strip().lower()) and all(_LINE_NO.match(r[0].strip()) for r in rows):
            # "| line | description | qty |" over "| 1 | Input tokens | 418,000,000 |": an invoice's line numbers
            cells, rows = cells[1:], [r[1:] for r in rows]
            called = _call_lines(cells, rows)
            if called is not None:
                # "| line | description | qty | unit | amount |" over "| 001 | Extraction API - per call | 310,000 |
                # $0.004 | $1,240.00 |": so many calls at a fee each
                out.extend(called)
                i = j
                continue
            if len(cells) == 2 and _DESCRIPTION_HEAD.match(cells[0].strip().lower()):
                # "| line | description | rate |" over "| 002 | EA discount | -12% |": each line's words, then its value
                out.extend(_numbered_line(row) for row in rows)
                i = j
                continue
        # (under columns named for options, each cell after its option's name: "pricing: vendor a flat, ...; vendor b")
        named_columns = cells[:1] == [""] and all(c.strip() for c in cells[1:])
        out.extend(f"{row[0]}: " + ("; ".join(f"{h.strip().lower()} {c}"
                                              for h, c in zip(cells[1:], row[1:], strict=True))
                                    if named_columns else ", ".join(row[1:])) + "." for row in worded if rows)
        if (rows and len(cells) == 2 and len(rows) >= 2
                and all(_LOAD_STAT_ROW.match(row[0].strip().lower()) for row in rows)):
            # "stat | TPM" over "p100 (peak) | 480,000" and "mean | 120,000": the load at its peak and on average
            out.append(", ".join(f"{stat} {value} {_head(cells[1])}" for stat, value in _load_stats(rows)) + ".")
            i = j
            continue
        routed = _route_columns(cells, rows) if rows and not worded else []
        if routed:
            # "| item | direct list | Azure list |" over "| input /1M | $2.50 | $3.00 |": each channel's price
            out.extend(routed)
            i = j
            continue
        # (one row will do when it is the units bought: "| provisioned units | 4 | $22.00/unit-hr | 730 |")
        if (rows and (len(rows) >= 2 or _UNITS_PART.fullmatch(rows[0][0].strip().lower().replace("_", " ")))
                and len(cells) >= 3 and _PART_HEAD.match(cells[0].strip().lower())
                and _plain_quantities(cells, rows)
                and (not any(_SIDE_ROW.match(label) or _CACHE_ROW.match(label) for label in map(_label, rows))
                     or any(_UNITS_PART.search(row[0].lower().replace("_", " ")) for row in rows))):
            # "| line item | qty | unit price | hours |": each part of the deal, its name, then its cells (a bill's
            # token lines, "| Input tokens | 60,000,000 | 2.00 | 120.00 |", are read by side below, unless units are
            # a part beside them: "| model units | 10 | $2.00 / unit-hour |" over "| input tokens served | 3bn | ...")
            out.extend(_part_row(cells, row) for row in rows)
            i = j
            continue
        priced = _price_rows(cells, rows) if rows and not worded else None
        if priced is not None and priced[1] == len(rows):
            # "sku | unit | rate" over "claude cache read | 1M tok | $0.30": each option's price per its unit
            out.append(priced[0])
            i = j
            continue
        if rows:
            intro = next((line for line in reversed(out) if line.strip()), "")
            titled = _TITLE_PERIOD.search(intro[-60:]) if len(rows) == 1 else None
            period = _row_period(cells, rows) or (_PERIODS.get(titled.group("adj")) if titled else None)
            dated = _dated_period(cells, rows)
            rows = _cache_kinds(cells, rows)
            if any(_HYPERSCALER_ROW.search(row[0].lower()) for row in rows):
                # "Anthropic | 3.00 | 15.00" over "AWS Bedrock | 3.66 | 18.30": the model's maker sells it direct
                rows = [["direct", *row[1:]] if _MAKER_ROW.match(row[0].strip().lower()) else row for row in rows]
            for row in rows:
                billed = unit_priced_row(cells, row)
                if billed is not None:
                    out.append(billed)
                    continue
                fee = fee_by_basis_row(row)
                if fee is not None:
                    out.append(fee)
                    continue
                baseline = _baseline_row(row)
                if baseline is not None and len(rows) == 1:
                    continue  # (an on-demand row alone offers nothing to weigh)
                if len(cells) == 2 and _names_fields(cells):
                    # "field | value" over "calls/day | 25k": each row a key and its value ("calls/day: 25k")
                    out.append(f"{row[0].strip()}: {row[1].strip()};")
                    continue
                label = _label(row)
                if "(" in row[0]:
                    # "on-demand equivalent (their forecast tokens through those 6 units)": what the row's figures are
                    # for, in words, set aside so the label stays next to them
                    row = [_without_gloss(row[0]), *row[1:]]
                out.append(baseline or ", ".join(_routed(row, [
                    _tokens_dated(_counted(h, v, label) or _in_period(phrase(_sided(h, label, v), v), h, period), dated)
                    for h, v in zip(cells, row, strict=True)])) + ".")
            i = j
            continue
        if len(cells) == 2 and _key_value(cells) and ("  " in lines[i] or "\t" in lines[i] or "|" in lines[i]):
            pairs = [cells]
            j = i + 1
            while j < len(lines):
                more = split[j]
                if len(more) != 2 or not _key_value(more):
                    break
                pairs.append(more)
                j += 1
            # ("avg_input_tokens_per_call | 1,250": one call's tokens, "1,250 input tokens per call")
            out.append(", ".join(_per_call(k, v) or f"{k}: {_as_share(k, v)}" for k, v in pairs))
            i = j
            continue
        out.append(_numbered_line(cells[1:]) if len(cells) >= 3 and _NUMBERED_LINE.match(cells[0]) else lines[i])
        i += 1
    return "\n".join(out)


# "flat per call", "per request": a row's basis cell naming a fee charged per call
_PER_CALL_BASIS = compile_regex(r"(?:flat(?: fee)?|fixed(?: fee)?|fee)?\s?(?:per|/|a)[- ]?(?:call|request|req|"
                                r"transaction|query|doc|document|page)|flat(?: fee)?")
_MONEY_CELL = compile_regex(r"\$\s?\d[\d,]{0,9}(?:\.\d{1,6})?|\d{1,4}(?:\.\d{1,4})?\s?(?:c|¢|cents?)")


def fee_by_basis_row(row: list[str]) -> str | None:
    """ "vendor B | flat per call | 2.7 cents": the row's one amount as its fee per call ("vendor B: 2.7 cents per
    call."), the basis cell set beside it; None for any other row."""
    cells = [c.strip().lower() for c in row[1:]]
    basis = [c for c in cells if _PER_CALL_BASIS.fullmatch(c)]
    money = [c for c in cells if _MONEY_CELL.fullmatch(c)]
    if len(basis) != 1 or len(money) != 1 or len(cells) != 2:
        return None
    return f"{row[0].strip()}: {money[0]} per call."


# "direct_api", "azure_openai_std", "Bedrock (us-east-1)": a row named by the channel it buys through
_ROW_ROUTE = compile_regex(r"(?:^|[\s_(])(?P<r>direct|bedrock|azure|vertex|aws|gcp)(?=[\s_)]|$)", flags=re.IGNORECASE)


# A row named by a hyperscaler, and one named by the model's maker (the direct channel beside it)
_HYPERSCALER_ROW = compile_regex(r"\b(?:bedrock|azure|vertex)\b")
_MAKER_ROW = compile_regex(r"^(?:anthropic|openai|google(?: ai studio)?|mistral|cohere)"
                           r"(?: (?:direct|api|first[- ]party))?$")


def _routed(row: list[str], said: list[str]) -> list[str]:
    """The one side's price of a row named by its channel ("input $3.10/m" in the "azure_openai_std" row) as that
    channel's price ("azure: $3.10/m input"), as channel columns are said; a row pricing both sides ("direct | 2.50 |
    10.00") and any other row as it was."""
    route = _ROW_ROUTE.search(row[0])
    prices = [(k, m) for k, c in enumerate(said) if (m := _SIDE_PRICE.match(c.strip())) is not None]
    if route is None or len(prices) != 1:
        return said
    k, price = prices[0]
    routed = f"{route.group('r').lower()}: ${price.group('n')}/{price.group('unit')} {price.group('side')}"
    return [*said[:k], routed, *said[k + 1:]]


# A row's cell that is no figure: "n/a", "-", "0", "0%"
_NO_FIGURE_CELL = compile_regex(r"^(?:n/?a|-|—|–|tbd|none|0|0\.0+|0 ?%)$", flags=re.IGNORECASE)


_QTY_COLUMN = compile_regex(r"^(?:qty|quantity|units?|count)$")
_USAGE_COLUMN = compile_regex(r"^(?:usage|quantity|qty|volume|count|amount used|units used)$")
_UNIT_COLUMN = compile_regex(r"^(?:unit|uom|unit of measure|billing unit)$")
_UNIT_PRICE_COLUMN = compile_regex(r"^(?:unit price|unit rate|price|rate)(?: \(?(?:usd|\$)\)?)?$")
_UNIT_HOUR_CELL = compile_regex(r"^(?:(?:model |capacity |ptu |pt )?unit|ptu|gsu|mu)[- ]?(?:hours?|hrs?|h)$")
_HOURS_COLUMN = compile_regex(r"^(?:hours?|hrs?|hours billed|billed hours)$")


# "1k images", "per 1,000 calls", "request": a line billed per call, or per thousand of them
_CALLS_UNIT_CELL = compile_regex(r"^(?:per )?(?:(?P<k>1k|1,000|1000|thousand|k) ?)?(?P<noun>calls?|requests?|images?|"
                                 r"pages?|documents?|docs?|quer(?:y|ies)|invocations?|records?|transactions?)$")


def unit_priced_row(head: list[str], row: list[str]) -> str | None:
    """ "SKU,Qty,Unit,Unit price,Hours" over "PT-MODEL-UNIT,4,unit-hour,$6.00,730": the units and their hourly price
    as the scanner reads them ("4 units at $6.00 per unit-hour over 730 hours"); a line billed per call or per thousand
    calls ("vision-label-api | 1k images | 2,400 | $1.50") as its calls at their fee ("2,400,000 images at $1.50 per
    1,000 images"); None for any other row."""
    numbered = bool(head) and _LINE_NO_HEAD.match(head[0].strip().lower()) is not None and len(row) == len(head)
    called = _called_row(head[1:], row[1:]) if numbered else _called_row(head, row)
    if called is not None:
        return called  # "LINE DESCRIPTION QTY UNIT AMOUNT" over "001 Extraction API - per call 310,000 $0.004 ..."
    names = [_head(h).lower().strip() for h in head]
    unit = next((k for k, n in enumerate(names) if _UNIT_COLUMN.match(n)), None)
    qty = next((k for k, n in enumerate(names) if _QTY_COLUMN.match(n) and k != unit), None)
    price = next((k for k, n in enumerate(names) if _UNIT_PRICE_COLUMN.match(n)), None)
    if unit is None or price is None or (qty is None and len(row) != len(head)):
        return None
    amount = row[price].strip().lstrip("$").strip()
    calls = _CALLS_UNIT_CELL.match(row[unit].strip().lower())
    if qty is None:
        # "agent-step | per 1,000 calls | $7.00": a price list's fee per its batch of calls, no quantity billed
        if calls is None or not _BARE_FIGURE.match(amount) or "$" not in row[price]:
            return None
        return f"{row[0].strip()}: ${amount} per {'1,000 ' if calls.group('k') else ''}{calls.group('noun')}."
    count = row[qty].strip().replace(",", "")
    if not count.isdigit() or not _BARE_FIGURE.match(amount):
        return None
    if calls is not None:
        noun = calls.group("noun")
        nouns = noun if noun.endswith("s") and not noun.endswith("ss") else noun[:-1] + "ies" if noun.endswith(
            "y") else noun + "s"
        if calls.group("k"):
            return f"{int(count) * 1000:,} {nouns} at ${amount} per 1,000 {nouns}."
        return f"{int(count):,} {nouns} at ${amount} per {nouns.removesuffix('s') if noun == nouns else noun}."
    if not _UNIT_HOUR_CELL.match(row[unit].strip().lower()):
        return None
    hours = next((row[k].strip() for k, n in enumerate(names) if _HOURS_COLUMN.match(n)), None)
    said = f"{count} units at ${amount} per unit-hour"
    return said + (f" over {hours} hours." if hours and hours.isdigit() else ".")


_SHARE_SAID = compile_regex(r"(?<![\d.])(?!0\s?%)\d[\d.]*\s?%")


def _baseline_row(row: list[str]) -> str | None:
    """ "A | on-demand per-token | 0 | n/a": a row of options that is on-demand itself, no discount and no load, the
    baseline the other rows are weighed against (so its zeros are no offer): said as such; None for any other row."""
    named = [c for c in row if _ON_DEMAND_HEAD.search(c.lower())]
    # ("provisioned offer | 40% below on-demand": a share off on-demand is an offer, never the baseline)
    if not named or any(_SHARE_SAID.search(c) for c in named) or not all(
            _NO_FIGURE_CELL.match(c.strip()) for c in row if c not in named and _numeric_or_empty(c)):
        return None
    return f"{row[0]}: on-demand, the baseline."


def _numeric_or_empty(cell: str) -> bool:
    return _numeric(cell.lower()) or _NO_FIGURE_CELL.match(cell.strip()) is not None


# Rows of words kept among a table's rows of figures ("per call fee | n/a | TBD"): at most this many
_MAX_WORDED_ROWS = 2
# "p100 (peak)", "max", "p95", "mean", "avg", "median": a row of a load's statistics, at the peak or on average
_LOAD_STAT_ROW = compile_regex(r"^(?P<w>p\d{2,3}|max(?:imum)?|peak|mean|avg|average|median)\b[^\d]{0,20}$")


def _load_stat(name: str) -> str:
    """The load a statistic's row names: "peak" (a high percentile, the maximum) or "average" (the mean, the median)."""
    word = name.strip().lower()
    return "average" if word.startswith(("mean", "avg", "average", "median", "p50")) else "peak"


def _load_stats(rows: list[list[str]]) -> list[tuple[str, str]]:
    """One average and one peak from a load's statistics: the mean before the median ("mean | 300,000" beside "p50 |
    260,000"), and the highest of the peaks ("p99" and "p100 (peak)": capacity sized for the peak covers the top)."""
    averages = [row for row in rows if _load_stat(row[0]) == "average"]
    means = [row for row in averages if not row[0].strip().lower().startswith(("median", "p50"))]
    peaks = [row for row in rows if _load_stat(row[0]) == "peak"]
    top = max(peaks, key=lambda row: _figure(row[1].strip().lower()) or Decimal(0)) if peaks else None
    return ([("peak", top[1])] if top else []) + [("average", row[1]) for row in (means or averages)[:1]]


# a column counting a period's hours, days or months: its bare figure says so ("730 hours")
_SPAN_HEAD = compile_regex(r"^(?:hours?|hrs?|days?|months?)$")


# A part of a deal that is capacity bought by the unit: "model units", "provisioned throughput units", "PTUs"
_UNITS_PART = compile_regex(r"\b(?:(?:model|capacity|provisioned(?: throughput)?|reserved) units?|ptus?)\b")


def _plain_quantities(header: list[str], rows: list[list[str]]) -> bool:
    """The table has a quantity column and every cell under it is a count ("4", "9bn") or blank (a count over a
    period, "~900M / month", is read by the row reader that says what it counts)."""
    # ("| line | qty | unit | rate |": "unit" beside a quantity column is the unit of measure, its cells words)
    named = [k for k, h in enumerate(header) if _QTY_HEAD.match(_head(h).lower())]
    quantities = [k for k in named if not (_UNIT_HEAD.match(_head(header[k]).lower()) and len(named) > 1)]
    return bool(quantities) and all(_FIGURE.match(row[k].strip().lower()) or _NO_FIGURE_CELL.match(row[k].strip())
                                    for k in quantities for row in rows)


# A row label's gloss in brackets: words on what its figures cover, with no period, unit, price, route, side or cache
_UNITS_GLOSS = compile_regex(r"\((?:model |capacity |provisioned |throughput )?(?:units?|ptus?|mus?)\)", re.I)


def _without_gloss(label: str) -> str:
    """A row's label with its gloss in brackets taken out, except one naming what the row counts ("Provisioned
    throughput (model units)": "Provisioned throughput units")."""
    return _LABEL_GLOSS.sub(lambda g: " units" if _UNITS_GLOSS.fullmatch(g.group(0).strip()) else "", label)


_LABEL_GLOSS = compile_regex(
    r"\s\((?![^()]*(?:\bper\b|/|\$|%|\b(?:daily|weekly|monthly|annual|yearly|hourly|quarterly|days?|weeks?|months?|"
    r"years?|hours?|quarters?|direct|on[- ]demand|od|payg|list|provisioned|reserved|committed|input|output|in|out|"
    r"cach\w*|writes?|reads?|hits?|azure|bedrock|vertex|aws|gcp|batch|ea|edp|discount\w*|markup)\b))[^()\n]{3,80}\)")


# "Extraction API - per call", "API requests": an invoice line billing calls, each at the unit price
_CALL_LINE = compile_regex(r"\bper (?:call|request|req|invocation|transaction)\b|\b(?:calls|requests|invocations)\b")
_UNIT_FEE_HEAD = compile_regex(r"^(?:unit|unit price|unit cost|price|rate|fee)(?: \(?(?:\$|usd)\)?)?$")


def _call_lines(head: list[str], rows: list[list[str]]) -> list[str] | None:
    """An invoice's lines of calls ("Extraction API - per call | 310,000 | $0.004 | $1,240.00" under "description |
    qty | unit | amount") as "310,000 calls at $0.004 per call"; None for any other table."""
    said = [_called_row(head, row) for row in rows]
    return None if not said or None in said else [line for line in said if line is not None]


def _called_row(head: list[str], row: list[str]) -> str | None:
    """One invoice line of calls under "description | qty | unit (price) | ...", as its calls at the fee."""
    heads = [_head(h).lower() for h in head]
    if len(heads) < 3 or len(row) != len(heads) or not _DESCRIPTION_HEAD.match(heads[0]) or not (
            _TOKEN_QTY_HEAD.match(heads[1])) or not _UNIT_FEE_HEAD.match(heads[2]):
        return None
    what, qty, unit = row[0].strip(), row[1].strip(), row[2].strip()
    if not _CALL_LINE.search(what.lower()) or _figure(qty) is None or not _PRICE_CELL.match(unit):
        return None
    return f"{what}: {qty} calls at ${unit.lstrip('$')} per call."


def _part_row(header: list[str], row: list[str]) -> str:
    """ "provisioned model units | 4 | $21.18 / unit-hour | 730" under "line item | qty | unit price | hours": the
    part counted before its name, then its other cells (blank ones left out, a bare count of hours named as hours):
    "4 provisioned model units at $21.18 / unit-hour, 730 hours"."""
    qty, per, said = "", "", []
    for h, c in zip(header[1:], row[1:], strict=True):
        head = _head(h).lower()
        if _NO_FIGURE_CELL.match(c.strip()) and c != "0":
            continue
        if _QTY_HEAD.match(head) and _FIGURE.match(c.strip().lower()) and not qty:
            qty = f"{c} "
        elif _UNIT_HEAD.match(head) and not _numeric(c.strip().lower()):
            per = c.strip()  # "unit-hour", "MTok": what the row's price is per
        else:
            said.append(f"{c} {head}" if _BARE_COUNT.match(c) and _SPAN_HEAD.match(head) else c)
    priced = next((k for k, c in enumerate(said) if _MONEY_LEAD.match(c)), None) if per else None
    if priced is not None:
        # "| forecast input tokens | 14bn | MTok | $2.50 on-demand |": "$2.50 per MTok on-demand"
        said[priced] = _MONEY_LEAD.sub(lambda m: f"{m.group(0)} per {per}", said[priced], count=1)
    name = _head(_without_gloss(row[0]) if "(" in row[0] else row[0])
    return f"{qty}{name}{' at ' if qty and said else ': ' if said else ''}{', '.join(said)}."


_MONEY_LEAD = compile_regex(r"^~?\$\s?\d[\d,]{0,12}(?:\.\d{1,6})?")


def _numbered_line(cells: list[str]) -> str:
    """ "Line 12 | EA consumption discount applied | 12%": an invoice line with no header over it, its number
    dropped and its last cell the value of the words before it (a cell keyed already, "uplift: 30%", kept apart)."""
    *words, value = cells
    if ":" in value or any(":" in w for w in words):
        return "; ".join(cells) + "."
    key = ", ".join(words)
    return f"{key}: {_as_share(key, value)}."


# An invoice's columns: what a line bills, how many tokens, at what price per million (its amount is their product)
_DESCRIPTION_HEAD = compile_regex(r"^(?:description|desc\.?|item|line item|product|sku|meter|usage type|charge)$")
_TOKEN_QTY_HEAD = compile_regex(r"^(?:qty|quantity|tokens|volume|usage)(?: \(?(?:tokens|mtok)\)?)?$")
_UNIT_PRICE_HEAD = compile_regex(r"^(?:unit(?: price| cost| rate)?|price|rate)(?: \(?(?:\$|usd) ?(?:/|per) ?(?P<per>"
                                 r"1?m|1m tokens|mtok|million|1k|1,000|k)\)?)?$|"
                                 # ("usd_per_1M", "$/MTok", "price per 1k": the price's unit in the column's name)
                                 r"^(?:\$|usd|price|rate|cost) ?(?:/|per) ?"
                                 r"(?P<per2>1?m|1m tokens|mtok|million|1k|1,000|k)$")
# "Input tokens, cache read": a billed kind of tokens named after the tokens it is
_KIND_AFTER = compile_regex(r"^(?P<what>(?:input|output|prompt|completion)\s?tokens?)\s?[,:(-]\s?"
                            r"(?P<kind>[a-z -]{3,20}?)\)?$")


_MODEL_KIND = compile_regex(r"^[a-z]+-[a-z0-9.-]+$|^(?:claude|gpt|gemini|llama|mistral|sonnet|haiku|opus|model|llm)\b")
_INVOICE_WORDS = compile_regex(r"(?i)\b(?:qty|quantity|unit)\b|(?:\busd|\$|\bprice)[ _]?(?:/|per)[ _]?(?:1?m|mtok)\b")
# "input_cached", "cache read", "output": what a usage export's line bills, named without the word "tokens"
_BILLED_KIND = compile_regex(r"^(?:(?P<side>input|output|prompt|completion)(?: (?P<cached>cached|uncached|cache read|"
                             r"cache write))?|(?P<cache>cache (?:read|write|hit)s?|cached input))$")


def read_token_lines(text: str) -> str:
    """``text`` with an invoice's table of token lines (a description, a quantity of tokens, a unit price per million,
    an amount) written as one sentence a line (:func:`_token_lines`); any other text as it was."""
    if ("|" not in text and "\t" not in text and "  " not in text) or not _INVOICE_WORDS.search(text):
        return text
    lines = text.split("\n")
    for i, header, rows, j in _headed_tables(lines, versions_first=False):
        if rows and _LINE_NO_HEAD.match(header[0].strip().lower()) and all(_LINE_NO.match(r[0].strip()) for r in rows):
            header, rows = header[1:], [r[1:] for r in rows]  # "| line | description |" over "| 1 | ... |"
        said = _token_lines(header, rows) if rows else None
        if said is not None:
            return "\n".join([*lines[:i], *said, *lines[j:]])
    return text


def _billed_tokens(kind: re.Match[str]) -> str:
    """ "input_cached" -> "cache read tokens", "input_uncached" -> "input tokens", "output" -> "output tokens"."""
    cached = kind.group("cached") or kind.group("cache") or ""
    if "write" in cached:
        return "cache write tokens"
    if cached and cached != "uncached":
        return "cache read tokens"
    return f"{kind.group('side')} tokens"


def _token_lines(head: list[str], rows: list[list[str]]) -> list[str] | None:
    """An invoice's token lines as sentences ("| Input tokens, cache read | 900,000,000 | 0.25 | 225.00 |" under
    "| description | qty (tokens) | unit ($/MTok) | amount |": "900,000,000 cache read input tokens at $0.25/MTok");
    None for any other table."""
    heads = [_head(h).lower() for h in head]
    described = [k for k, h in enumerate(heads) if _DESCRIPTION_HEAD.match(h)]
    counted = [k for k, h in enumerate(heads) if _TOKEN_QTY_HEAD.match(h)]
    priced = [(k, m) for k, h in enumerate(heads) if (m := _UNIT_PRICE_HEAD.match(h))]
    if len(described) != 1 or len(counted) != 1 or len(priced) != 1:
        return None
    per = priced[0][1].group("per") or priced[0][1].group("per2") or "m"
    unit = "/1k" if per in ("1k", "1,000", "k") else "/MTok"
    dated = _dated_period(head, rows)  # ("period | 2025-05" on every line: the month's tokens)
    over = f" a {dated}" if dated else ""
    said = []
    for row in rows:
        what = _head(row[described[0]].strip().lower())  # ("input_tokens")
        # ("Sonnet - input tokens", "gpt-4.1 input tokens", "Sonnet prompt cache read tokens": the model said first)
        for model in (_LINE_FOR, _MODEL_BEFORE):
            stripped = model.sub("", what)
            what = stripped if "token" in stripped else what
        billed_from = _BILLED_WORD.search(what)  # ("model x input tokens": any other name before what it bills)
        what = what[billed_from.start():] if billed_from and "token" in what[billed_from.start():] else what
        what = what.replace("prompt cache ", "cache ")
        billed = _BILLED_KIND.match(_head(what))
        if billed is not None:
            what = _billed_tokens(billed)
        # ("$2.50 / 1M" under "unit price": the price, its dollar sign and the million it is per said in the cell)
        price = row[priced[0][0]].strip()
        price = (_PER_MILLION_TAIL.sub("", price) if unit == "/MTok" else price).lstrip("$ ")
        count = _scaled(row[counted[0]], heads[counted[0]])  # ("50" under "Qty (MTok)": 50,000,000)
        if "token" not in what or count is None or _figure(price) is None:
            return None
        named = _KIND_AFTER.match(what)
        kind = named.group("kind").strip() if named else ""
        # ("Input tokens, cache read": the cache's tokens; "input tokens, model-x": the model the line bills)
        if named is not None:
            what = (f"{kind} tokens" if kind.startswith("cache") else named.group("what") if _MODEL_KIND.match(kind)
                    else f"{kind} {named.group('what')}")
        counted_as = row[counted[0]].strip() if count == _figure(row[counted[0]]) else _count(count)
        said.append(f"{counted_as} {what}{over} at ${price}{unit}.")
    return said


# "| avg | 55% |": a row averaging the rows above it
_AVERAGE_ROW = compile_regex(r"^(?:avg|average|mean|overall avg|overall average)\.?$")
# "| week | calls | avg in |" over one row "| W14 | 120,000 | 2,200 |": the row is one week's, and so are its calls
_ROW_PERIOD_HEAD = compile_regex(r"^(?:day|date|week|wk|month|mo|quarter|qtr|year|yr)$")
_ROW_PERIODS = {"date": "day", "wk": "week", "mo": "month", "qtr": "quarter", "yr": "year"}


_PER_MILLION_TAIL = compile_regex(r"(?<=\d)\s?(?:per|/)\s?(?:1\s?)?(?:m|mtok|million)(?:\s?tokens)?$", re.I)
# "2024-05-14", "14/05/2024": a date, the label of the day a row covers (not a count)
_DATE = compile_regex(r"^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})$")
# A row named by its side ("| input | 820,000,000 | $0.80 per M |"): its figures are that side's.
# A row named by the direct channel ("| direct | 10.00 |"): rows of one model's prices by where it is bought.
_CHANNEL_ROW = compile_regex(r"^(?:direct|direct api|first[- ]party)$")
# "on-demand | 4.00" over "reserved 1-yr | 2.60": one model priced on demand and committed, for the break-even
_ON_DEMAND_ROW = compile_regex(r"\b(?:on[- ]?demand|payg|pay[- ]as[- ]you[- ]go|paygo)\b")
_COMMITTED_ROW = compile_regex(r"\b(?:provisioned|reserved|committed|commitment|ptus?)\b")
# ("| Input tokens (chat) | 52M / mo |": an aside naming what the tokens are for)
# ("input $/MTok", "output usd per mtok": a side's price named by its unit)
# ("base_input (ref)": the input rate the cache prices are set against)
# ("input tokens served", "billed output tokens": a word on how the side's tokens were counted)
_SIDE_ROW = compile_regex(r"^(?:(?:base|uncached|standard|normal|regular|billed|total|forecast|estimated)[ _])?"
                          r"(?:input|inputs|in|prompt|prompts|output|outputs|out|completion|completions)"
                          r"(?:[ _]tokens?(?:[ _](?:served|used|billed|consumed|processed|generated|sent|received))?)?"
                          r"(?:[ _](?:rate|price|\$ ?/ ?1?m(?:tok)?|usd ?(?:/|per) ?1?m(?:tok)?|per 1?m(?:tok)?))?"
                          r"(?: \([^()]{1,30}\))?$")


# ("Prompt cache write", "cache read tokens", "Cache hits (5m)": a bill's row named by what its tokens did to the cache)
# ("cache_write_1h": the write's lifetime after it)
_CACHE_ROW = compile_regex(r"^(?:prompt |context )?cache[ _-]?(?P<k>reads?|hits?|writes?|creations?|creates?)"
                           # ("cache_read_calls,1440000,9000": the calls that read, each of a size)
                           r"(?:[ _]input)?(?:[ _](?:tokens?|calls?|requests?|reqs?|events?))?"
                           r"(?:[ _](?:5m|5 ?min|1h|1 ?hr|1 ?hour|60m))?"
                           # ("cache writes/wk  120", "cache_hits_per_day": the count over its period)
                           r"(?:[ _]?(?:/|per|a)[ _]?(?:wk|week|day|d|mo|month|hr|hour|h))?"
                           r"(?: \([^()]{1,30}\))?$")


def _label(row: list[str]) -> str:
    """The cell naming the row: the first of its leading worded cells that names a side or a cache line
    ("chat-large | input tokens | 1.2bn": "input tokens"), else its first cell."""
    for cell in row[:3]:
        said = cell.strip().lower()
        if _numeric(said) and not _DATE_CELL.match(said):  # ("2024-05-13 | gpt-4o | input": a date before it)
            break
        # ("claude-sonnet cache write": the model the line bills, named before it; "model inference - input tokens":
        # what the line is for, before a dash)
        # ("input tokens - chat model (march)": the side, then what the line is for after a dash)
        for named in (said, _MODEL_BEFORE.sub("", said), _LINE_FOR.sub("", said), said.split(" - ")[0]):
            if _SIDE_ROW.match(named) or _CACHE_ROW.match(named):
                return named
    return row[0].strip().lower() if row else ""


# "claude-sonnet ", "gpt-4o ", "sonnet 4.5 ": a model named at the start of a bill's line
_LINE_FOR = compile_regex(r"^[a-z][a-z ]{0,30}? [-–:] ")
# ("model input", "llm output": the line's model named by the word itself)
_MODEL_BEFORE = compile_regex(r"^(?:(?:claude|gpt|gemini|llama|mistral|sonnet|haiku|opus|o\d)[\w.-]*|[a-z]+-[\w.-]+|"
                              r"model|llm|inference)"
                              r"(?: \d[\d.]*)? ")

# The first word of what an invoice line bills ("model x input tokens"; "cache write input tokens"; not "non-cached")
_BILLED_WORD = compile_regex(r"(?:^|(?<= ))(?:input|output|prompt|completion|cache|cached|uncached)\b")


def _cache_row(label: str) -> str | None:
    """ "cache write" or "cache read": what a row's tokens did to the cache, when its label (:func:`_label`) says so."""
    said = _CACHE_ROW.match(label)
    if said is None:
        return None
    return "cache write" if said.group("k").startswith(("writ", "creat")) else "cache read"


# "input $/MTok", "output usd per 1m": a row's label naming the unit its figures are priced in
_PRICE_UNIT_LABEL = compile_regex(r"\$ ?/ ?1?m(?:tok)?\b|usd ?(?:/|per) ?1?m(?:tok)?\b")


def _sided(head: str, label: str, value: str = "") -> str:
    """A column's name with the row's side before it, when the row's label (:func:`_label`) is a side and the column
    names none ("tokens / month" in the input row: "input tokens / month"; "unit ($/MTok)" in the cache-write row:
    "cache write unit ($/MTok)"); a bare figure in a row labelled with a price's unit ("input $/MTok | 5.00") keeps
    the unit ("input direct API ($/MTok)")."""
    lowered = head.lower()
    if _SIDE_IN.search(lowered) or _SIDE_OUT.search(lowered) or "cach" in lowered or _WHEN_HEAD.match(lowered.strip()):
        return head  # (a date or a period column names when, not what: "2025-05" under "period")
    if _SIDE_ROW.match(label):
        priced = "%" not in value and _numeric(value.strip().lower()) and _PRICE_UNIT_LABEL.search(label) is not None
        lead = label.split()[0]
        side = lead.split("_")[0]  # ("input_tokens": its side; "base_input_rate" stays whole, read as it is)
        return f"{side if side in _SIDE_WORDS else lead} {head}{' ($/mtok)' if priced else ''}"
    cache = _cache_row(label)
    return f"{cache} {head}" if cache is not None else head


# "| tokens those 6 units serve | ~1.9bn / month |" under "| line | qty |": a quantity column counts what the row's
# label names
# A quantity column's name (for a deal's part rows, _plain_quantities, as for a bill's counted rows below)
_QTY_HEAD = compile_regex(r"^(?:qty|quantity|count|volume|amount|units?|#)$")
# ("qty (tokens)", "usage (tok)": what a quantity column counts, in brackets after its name)
_TRAILING_ASIDE = compile_regex(r"\s?\((?:tokens?|toks?|m|mtok|millions?)\)$")
_TOKENS_HEAD = compile_regex(r"^(?:tokens?|toks?|token (?:count|qty|quantity)|usage|billed tokens)$")
_COUNTED_LABEL = compile_regex(r"\b(?P<what>tokens?|calls?|requests?)\b")
_LEADING_COUNT = compile_regex(r"^(?P<n>~?\s?\d[\d,]{0,15}(?:\.\d{1,4})?\s?(?:bn|b|mm|m|k)?)(?=\s|$|/)")


_PREFIX_COLUMN = compile_regex(r"^(?:cached |shared )?prefix(?: tok(?:en)?s?| size)?$")
_CALLS_COLUMN = compile_regex(r"^(?:calls?|requests?|reqs?|count|events?|n)$")


def _counted(head: str, value: str, named: str) -> str | None:
    """A quantity cell with the thing its row's label (``named``, :func:`_label`) counts said after its figure
    ("~1.9bn tokens / month"), or None when the column is no quantity or the label names no tokens or calls."""
    cache = _cache_row(named)
    prefix = _PREFIX_COLUMN.match(_head(head).lower().strip())
    if prefix is not None and (count := _LEADING_COUNT.match(value.strip().lower())) is not None:
        return f"a {count.group('n')}-token prefix"  # "cache_read | 8,000 | 10,000" under "prefix_tok": the prefix
    if cache is not None:
        # "Prompt cache read | 310,000,000" under "qty (tokens)": the tokens read from the cache over the bill's period
        count = _LEADING_COUNT.match(value.strip().lower())
        column = _TRAILING_ASIDE.sub("", _head(head).lower())
        if count is not None and _CALLS_COLUMN.match(column):
            # "cache_read | 49,976" under "calls" (or "count": what is counted on a cache's line is its events): the
            # calls that read the cache (its hits), or that wrote it
            return f"{count.group('n')} {'cache hits' if cache == 'cache read' else 'cache writes'}"
        if count is not None and column != "amount" and (_QTY_HEAD.match(column) or _TOKENS_HEAD.match(column)):
            # ("18" under "Qty (MTok)": the column's scale goes with a bare count)
            scale = "" if count.group("n")[-1].isalpha() else _SCALE_LETTER[_scale_of(head.lower())]
            return f"{count.group('n')}{scale} {cache} tokens"
        return None
    label = _COUNTED_LABEL.search(named)
    # ("| input tokens | 1.2bn |", "| Output tokens (chat) | 9M / mo |": a row named by its count, or by its side, is
    # read as such)
    if label is None or label.end() == len(named) or _SIDE_IN.search(named) or _SIDE_OUT.search(named):
        return None
    count = _LEADING_COUNT.match(value.strip().lower())
    if count is None or not _QTY_HEAD.match(_head(head).lower()):
        return None
    what = label.group("what")
    return f"{count.group('n')} {what if what.endswith('s') else what + 's'}{value.strip()[count.end():]}"


def _row_period(cells: list[str], rows: list[list[str]]) -> str | None:
    """The period a one-row table's row covers, named by a column headed "week", "month" ... whose cell is a label
    ("W14", "May"), not a count."""
    if len(rows) != 1:
        return None
    for head, value in zip(cells, rows[0], strict=True):
        said = head.strip().lower()
        if _ROW_PERIOD_HEAD.match(said) and value.strip() and (not _numeric(value) or _DATE.match(value.strip())):
            return _ROW_PERIODS.get(said, said)
    return None


def _cache_kinds(cells: list[str], rows: list[list[str]]) -> list[list[str]]:
    """Rows under a column naming what a call did to the cache ("cache_status": "read", "write") with that cell said
    as a cache line ("cache read"), so the row's counts are its hits or its writes."""
    kinds = [k for k, head in enumerate(cells) if _CACHE_KIND_HEAD.match(_head(head).lower().strip())]
    if len(kinds) != 1:
        return rows
    k = kinds[0]
    return [[f"cache {cell.strip()}" if i == k and _CACHE_KIND_CELL.match(cell.strip().lower()) else cell
             for i, cell in enumerate(row)] for row in rows]


def _dated_period(cells: list[str], rows: list[list[str]]) -> str | None:
    """The day or the month every row's date column names, the same in each ("date | 2024-05-13" over an input row
    and an output row: that day's), or None."""
    for k, head in enumerate(cells):
        dates = {row[k].strip() for row in rows}
        if _WHEN_HEAD.match(_head(head).lower().strip()) and len(dates) == 1:
            date = dates.pop()
            return "month" if _YEAR_MONTH.match(date) else "day" if _DATE_CELL.match(date) else None
    return None


def _tokens_dated(said: str, period: str | None) -> str:
    """A count of tokens said in the period its row's date names ("84.2m input tokens a day"), unless it has one."""
    if period is None or not _TOKEN_COUNT_SAID.match(said.lower()) or _PERIOD_SAID.search(said.lower()):
        return said
    return f"{said} a {period}"


def _in_period(said: str, head: str, period: str | None) -> str:
    """A calls cell said in the row's period ("120,000 calls a week") when its column names none of its own."""
    lowered = head.lower()
    if (period is None or not _CALLS_HEAD.search(lowered) or _HEAD_PERIOD.search(lowered)
            or _PER_CALL_HEAD.search(lowered) or _PERIOD_SAID.search(said.lower())):
        return said
    return f"{said} a {period}"


_CACHE_KIND_HEAD = compile_regex(r"^cache[ _-]?(?:status|type|event|op|operation|result|kind|outcome)$")
_CACHE_KIND_CELL = compile_regex(r"^(?:reads?|hits?|writes?|creations?|creates?)$")
_SIDE_WORDS = ("input", "inputs", "in", "prompt", "prompts", "output", "outputs", "out", "completion", "completions")
_TOKEN_COUNT_SAID = compile_regex(r"^~?\d[\d,.]{0,20}\s?(?:k|m|mm|b|bn)?\s(?:input |output )?tokens?$")


# --- usage tables: rows of token counts, each priced -----------------------------------------------------------

_SIDE_IN = compile_regex(r"\b(?:input|in|prompt)\b")
_SIDE_OUT = compile_regex(r"\b(?:output|out|completion|generated)\b")
_PER_CALL_HEAD = compile_regex(r"(?:/|\bper |\beach )\s?(?:call|req|request|query|run|task|turn|message)\b|\bavg\b|"
                               r"\baverage\b")
_CALLS_HEAD = compile_regex(r"\b(?:calls?|requests?|reqs?|queries|invocations?|api calls)\b")
_HEAD_PERIOD = compile_regex(r"(?:/|\bper |\ba |\beach )\s?(?P<p>b ?days?|bd|business day|biz day|work ?day|"
                             r"working day|day|d|week|wk|month|mo|hour|hr|year|yr)\b|"
                             r"\b(?P<adj>daily|weekly|monthly|hourly|yearly|annual)\b")
_MONTH_HEAD = compile_regex(r"^(?:month|period|billing month|date|day|week)$")
# "2026-10-01", "10/01", "Oct 1", "Mon", "day 3": a cell naming one day
_DAY_CELL = compile_regex(r"^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|"
                          r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}|"
                          r"\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}|"
                          r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}|day \d{1,3})$", re.I)
_MODEL_HEAD = compile_regex(r"^(?:model|model name|model id|deployment|sku)$")
_FIGURE = compile_regex(r"^~?\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s?(?P<s>k|m|mm|b|bn)?$")
_SCALE = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000}
_PERIODS = {"bday": "business day", "b day": "business day", "bdays": "business day", "b days": "business day",
            "bd": "business day", "biz day": "business day", "workday": "business day", "work day": "business day",
            "working day": "business day", "d": "day", "wk": "week", "mo": "month", "hr": "hour", "yr": "year",
            "daily": "day", "weekly": "week", "monthly": "month", "hourly": "hour", "yearly": "year", "annual": "year",
            "quarterly": "quarter"}
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
    #: The row's own input and output prices per 1M tokens, when the table prices each row apart.
    rates: tuple[Decimal, Decimal] | None = None


@dataclass(frozen=True)
class UsageTable:
    rows: list[UsageRow]
    period: str | None
    model: str | None
    #: What the table's other columns say of every row alike ("rate_in_per_1k | 0.003": "input $0.003/1k").
    beside: tuple[str, ...] = ()
    #: Each row is one day of a usage export ("| 2026-10-01 | 40M | 5M |"): the rows are days in a row, averaged.
    dated: bool = False


def _figure(cell: str) -> Decimal | None:
    m = _FIGURE.match(cell.strip().lower())
    if m is None:
        return None
    try:
        value = Decimal(m.group("n").replace(",", ""))
    except InvalidOperation:
        return None
    return value * _SCALE[m.group("s")] if m.group("s") else value


# ("in_tok_day", "calls_month": a sheet's snake-case name with its period last)
_LAST_PERIOD_WORD = compile_regex(r"(?<=[a-z]) (?P<p>day|week|wk|month|mo|hour|hr|year|yr)$")


def period_of(head: str) -> str | None:
    """The period a column's header names ("calls/day", "per business day", "monthly"), or None."""
    m = _HEAD_PERIOD.search(head) or _LAST_PERIOD_WORD.search(head)
    if m is None:
        return None
    said = m.group("p") or m.group("adj")
    return _PERIODS.get(said, said)


_SCALE_LETTER = {Decimal(1_000_000): "m", Decimal(1_000): "k", Decimal(1): ""}


def _scale_of(head: str) -> Decimal:
    """What a column's figures count in: a million tokens under "input_mtok", a thousand under "prefix (k)"."""
    return (Decimal(1_000_000) if _MILLIONS_HEAD.search(head) else Decimal(1_000) if _THOUSANDS_HEAD.search(head)
            else Decimal(1))


def _scaled(cell: str, head: str) -> Decimal | None:
    """A cell's figure in its column's unit ("250" under "input_mtok": 250,000,000); a figure with its own scale
    ("250m") is taken as written."""
    value = _figure(cell)
    if value is None or (m := _FIGURE.match(cell.strip().lower())) is None or m.group("s"):
        return value
    return value * _scale_of(head)


# "input $0.15/m", "output $0.002/1k": a side's price per million (or thousand) tokens, as ``phrase`` says a rate cell
_SIDE_PRICE = compile_regex(r"^(?P<side>input|output) \$(?P<n>\d[\d,]{0,12}+(?:\.\d{1,8}+)?)/(?P<unit>m|1k)$")


def _rates_of_rows(header: list[str], rows: list[list[str]], unused: list[int]) -> list[tuple[Decimal, Decimal]] | None:
    """Each row's own input and output prices per 1M tokens, from one input and one output price column whose
    prices differ between rows ("routing | 85 | 12 | 0.15 | 0.60"); None when the table has no such pair."""
    sides: dict[str, int] = {}
    for i in unused:
        said = [_SIDE_PRICE.match(phrase(header[i], row[i])) for row in rows]
        if all(said) and len({m.group("side") for m in said if m}) == 1 and len({row[i].strip() for row in rows}) > 1:
            side = said[0].group("side") if said[0] else ""
            if side in sides:
                return None  # two price columns for one side: which prices the row is not said
            sides[side] = i
    if set(sides) != {"input", "output"}:
        return None
    out: list[tuple[Decimal, Decimal]] = []
    for row in rows:
        prices = []
        for side in ("input", "output"):
            m = _SIDE_PRICE.match(phrase(header[sides[side]], row[sides[side]]))
            assert m is not None
            price = Decimal(m.group("n").replace(",", ""))
            prices.append(price * 1000 if m.group("unit") == "1k" else price)
        out.append((prices[0], prices[1]))
    return out


# "avg/day", "per day", "daily avg", "typical week": a row's label naming the period of its counts
# ("avg_per_business_day": a working day's)
_PERIOD_LABEL_CELL = compile_regex(r"^(?:(?:avg|average|mean|typical|usual)[\s_]?(?:/|per|a|an)?[\s_]?|/|per[ _]|an? )"
                                   r"(?:(?:business|working|work)[ _])?(?P<p>day|week|month)$|"
                                   r"^(?P<adj>daily|weekly|monthly)(?: (?:avg|average|mean))?$")


# "rate/MTok", "$/1M", "price per 1M tokens": a row's label saying its cells price each side's tokens
_PRICE_ROW_LABEL = compile_regex(r"^(?:(?:list |unit )?(?:rates?|prices?|usd|cost)\s?)?(?:\$\s?)?(?:/|per)\s?"
                                 r"(?:1\s?m|m|mtok|million)(?:\s?tok(?:en)?s)?$|^(?:rates?|prices?)$")
_SIDE_PRICE_CELL = compile_regex(r"^\$\s?(?P<v>\d{1,4}(?:\.\d{1,4})?)(?:\s?/\s?(?:1\s?m|m|mtok))?$")


def _without_price_row(rows: list[list[str]], side_in: int, side_out: int) -> tuple[list[list[str]], tuple[str, ...]]:
    """``rows`` less one row pricing each side ("rate/MTok | $3 | $15" under "input_tok | output_tok"), and those
    prices said as the scanner reads them; ``rows`` as they were when no row, or more than one, prices the sides."""
    priced = [(row, i, o) for row in rows if _PRICE_ROW_LABEL.match(row[0].strip().lower())
              and (i := _SIDE_PRICE_CELL.match(row[side_in].strip().lower())) and (o := _SIDE_PRICE_CELL.match(
                  row[side_out].strip().lower()))]
    if len(priced) != 1 or len(rows) < 2:
        return rows, ()
    row, said_in, said_out = priced[0]
    return [r for r in rows if r is not row], (f"input ${said_in.group('v')}/M", f"output ${said_out.group('v')}/M")


def _usage_table(header: list[str], rows: list[list[str]]) -> UsageTable | None:
    """The rows of a header-and-rows table that count input and output tokens (per call with a call count, or in
    total), or None when the table is not one."""
    heads = [h.lower().replace("_", " ").strip() for h in header]
    roles: dict[str, int] = {}
    for i, h in enumerate(heads):
        side = "input" if _SIDE_IN.search(h) else "output" if _SIDE_OUT.search(h) else None
        if side is not None and ("tok" in h or h in ("input", "output", "in", "out", "prompt", "completion")
                                 ) and not _RATE_HEAD.search(h) and "$" not in h and not _PER_MTOK_HEAD.search(h):
            # ("input price / 1K tokens", "input $/MTok": the column prices the tokens)
            roles.setdefault(f"{side}_call" if _PER_CALL_HEAD.search(h) else f"{side}_total", i)
        elif side is None and _CALLS_HEAD.search(h):
            roles.setdefault("calls", i)
    if ("calls" in roles and period_of(heads[roles["calls"]]) is not None and "input_total" in roles
            and "output_total" in roles and period_of(heads[roles["input_total"]]) is None
            and period_of(heads[roles["output_total"]]) is None and "input_call" not in roles
            and "output_call" not in roles):
        # "calls_per_day | in_tok | out_tok": beside calls counted per period, tokens with no period are each call's
        roles["input_call"], roles["output_call"] = roles.pop("input_total"), roles.pop("output_total")
    per_call = "input_call" in roles and "output_call" in roles and "calls" in roles
    totals = "input_total" in roles and "output_total" in roles
    side_prices: tuple[str, ...] = ()
    if per_call or totals:
        rows, side_prices = _without_price_row(rows, roles["input_total" if totals else "input_call"],
                                               roles["output_total" if totals else "output_call"])
    if not (per_call or totals) or (per_call and len(rows) < 2):
        return None  # one row of a call's size and its volume is read as it stands (read_columns)
    used = set(roles.values())
    # a rate or fee column with one value in every row is the price of the whole table, said beside its totals
    priced = [i for i in range(len(heads)) if i not in used and (_RATE_HEAD.search(heads[i]) or _FEE_HEAD.search(
        heads[i])) and len({row[i].strip() for row in rows}) == 1 and _numeric(rows[0][i].strip().lower())]
    if len(rows) == 1 and totals:
        # one row of a sheet ("units,unit_hour_rate,hours_per_day,input_tokens_per_day,..."): every other figure in it
        # is said beside its totals, none dropped (a cost centre's code, a model or a month is no figure)
        priced = [i for i in range(len(heads)) if i not in used and (i in priced or (
            _BARE_FIGURE.match(rows[0][i].strip().lower()) and not _MODEL_HEAD.match(heads[i])
            and not _MONTH_HEAD.match(heads[i])))]
    used |= set(priced)
    # "| routing (mini) | 85 | 12 | 0.15 | 0.60 |": rows each at its own prices (one rate card does not price them)
    unused = [i for i in range(len(heads)) if i not in used]
    row_rates = _rates_of_rows(header, rows, unused) if len(rows) >= 2 else None
    if row_rates is not None:
        used |= {i for i in range(len(heads)) if i not in used and _RATE_HEAD.search(heads[i])}
    labels = [i for i in range(len(heads)) if i not in used]
    periods = {p for i in used if (p := period_of(heads[i])) is not None}
    if len(periods) > 1:
        return None
    models = [i for i in labels if _MODEL_HEAD.match(heads[i])]
    model_names = {rows_[models[0]].strip().lower() for rows_ in rows} if models else set()
    if len(model_names) > 1 and row_rates is None:
        return None  # rows on different models are not priced at one rate card
    out: list[UsageRow] = []
    for row in rows:
        calls = _figure(row[roles["calls"]]) if "calls" in roles else None
        if per_call:
            each_in = _scaled(row[roles["input_call"]], heads[roles["input_call"]])
            each_out = _scaled(row[roles["output_call"]], heads[roles["output_call"]])
            if calls is None or each_in is None or each_out is None:
                return None
            tokens_in, tokens_out = calls * each_in, calls * each_out
        else:
            said_in = _scaled(row[roles["input_total"]], heads[roles["input_total"]])
            said_out = _scaled(row[roles["output_total"]], heads[roles["output_total"]])
            if said_in is None or said_out is None:
                return None
            tokens_in, tokens_out = said_in, said_out
        label = " ".join(row[i].strip() for i in labels if not _MODEL_HEAD.match(heads[i]) or len(rows) == 1
                         or len(model_names) > 1)
        out.append(UsageRow(label=label.strip() or f"row {len(out) + 1}", calls=calls, input_tokens=tokens_in,
                            output_tokens=tokens_out, rates=row_rates[len(out)] if row_rates else None))
    period = periods_said = periods.pop() if periods else None
    days = [i for i in labels if heads[i] in ("date", "day")]
    if (period is None and len(out) >= 2 and len(days) == 1
            and len({row[days[0]].strip() for row in rows}) == len(rows)
            and all(_DAY_CELL.match(row[days[0]].strip()) for row in rows)):
        # "date | input | output" over a row a day: the rows are days in a row, their traffic an average day's
        return UsageTable(rows=out, period="day", model=model_names.pop() if len(model_names) == 1 else None,
                          beside=(*(phrase(header[i], rows[0][i]) for i in priced), *side_prices), dated=True)
    if period is None and len(out) == 1 and any(_MONTH_HEAD.match(heads[i]) and not _TOTAL_CELL.match(rows[0][i])
                                                for i in labels):
        at = next(i for i in labels if _MONTH_HEAD.match(heads[i]))  # one month's (or day's) row
        # ("date | input" over "2024-05-14 | 40,000,000": a full date names a day)
        period = (heads[at] if heads[at] in ("day", "week") else "day" if _DAY_CELL.match(rows[0][at].strip())
                  else "month")
    # ("date | input | output" over "avg/day | 18.4M | 3.1M", "usage_date | ..." over "daily avg | ...": the row's
    # label names its period, whatever its column is called)
    named = next((m for i in labels if (m := _PERIOD_LABEL_CELL.match(rows[0][i].strip().lower()))),
                 None) if len(out) == 1 and periods_said is None else None
    if named is not None:
        said = named.group("p") or named.group("adj")
        period = PERIOD_WORDS.get(said, said)
    return UsageTable(rows=out, period=period, model=model_names.pop() if len(model_names) == 1 else None,
                      beside=(*(phrase(header[i], rows[0][i]) for i in priced), *side_prices))


def _average(total: Decimal, count: int) -> Decimal:
    """A total over ``count`` rows, to the hundredth."""
    return (total / count).quantize(Decimal("0.01")).normalize()


def _count(value: Decimal) -> str:
    return f"{value.normalize():,f}" if value == value.to_integral_value() else f"{value:,}"


# A usage table's rows read under one header at most: a paste of more lines is read table by table, and no line is
# looked at again more than this many times ("a,b,c" over "3,18.50,720", again and again, was quadratic).
_MAX_USAGE_ROWS = 120


def read_usage_rows(text: str) -> tuple[str, UsageTable | None]:
    """``text`` with a pasted usage table (rows of input and output tokens) written as its totals, and the table's
    rows; a message with no such table (or more than one) comes back as it was, with None."""
    if "  " not in text and "\t" not in text and "|" not in text:
        return text, None
    lines = text.split("\n")
    cells_of = [_cells(line) for line in lines]  # (each line split once: a header's rows are read from these)
    found: list[tuple[int, int, UsageTable]] = []
    i = 0
    while i < len(lines):
        cells = cells_of[i]
        if len(cells) >= 3 and _header(cells) and _TABLE_LINE.match(lines[i]):
            rows: list[list[str]] = []
            j = i + 1
            while (j < len(lines) and j - i <= _MAX_USAGE_ROWS
                   and (_RULE.match(lines[j]) or len(cells_of[j]) == len(cells))):
                if not _RULE.match(lines[j]):
                    rows.append(cells_of[j])
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
    intro = next((line for line in reversed(lines[:start]) if line.strip()), "") if table.period is None else ""
    heading = _INTRO_PERIOD.search(intro[-60:]) if intro else None
    if heading is not None:
        # "usage export (per day):" over the table: its rows are that period's counts
        said = heading.group("p") or heading.group("adj") or heading.group("last") or "week"
        table = replace(table, period=_PERIODS.get(said, said))
    if (2 <= len(table.rows) <= _MAX_SIZES and table.period is None
            and all(r.calls is None and r.rates is None for r in table.rows)
            and _CALL_SIZES.search(text) and not _PERIOD_SAID.search(text)):
        # "calls come in two sizes: | small | 800 | 200 | ...": with no calls and no period, the rows are the sizes
        # of one call, each priced on its own (never added up into one call)
        said = "; ".join(f"{r.label} calls are {_count(r.input_tokens)} in / {_count(r.output_tokens)} out"
                         for r in table.rows)
        return "\n".join([*lines[:start], said + ".", *lines[end:]]), None
    tokens_in = sum((r.input_tokens for r in table.rows), Decimal(0))
    tokens_out = sum((r.output_tokens for r in table.rows), Decimal(0))
    calls = [r.calls for r in table.rows]
    if table.dated:  # days in a row: an average day's traffic, the days' total worked out over their count
        days = len(table.rows)
        tokens_in, tokens_out = _average(tokens_in, days), _average(tokens_out, days)
        calls = [_average(sum((c for c in calls if c is not None), Decimal(0)), days)
                 if all(c is not None for c in calls) else None]
    each = f" a {table.period}" if table.period else ""
    said = f"{_count(tokens_in)} input tokens{each} and {_count(tokens_out)} output tokens{each}"
    if all(c is not None for c in calls) and table.period:
        said = f"{_count(sum((c for c in calls if c is not None), Decimal(0)))} calls{each}, " + said
    if table.model:
        said += f" on {table.model}"
    if table.beside:
        said += ", " + ", ".join(table.beside)
    return "\n".join([*lines[:start], said + ".", *lines[end:]]), table


# --- tables of separate items: each row its own ask -------------------------------------------------------------

_MAX_ITEMS = 8


@dataclass(frozen=True)
class ItemRow:
    """One row of a table of separate items (three bots, two deals, two models): its name, and the message with the
    table replaced by this row alone, written as prose."""

    label: str
    text: str
    #: The row is one version of the same deal (planned, actual): the rows are set against each other, never added.
    version: bool = False
    #: The row is one month's figures ("Jan | 300,000 | 90%"): the rows add up over their months, never by the day.
    month: bool = False


_HOURS_HEAD = compile_regex(r"\b(?:hours?|hrs?|h)\b(?!\s*(?:/|per)\s*(?:day|week|month))")


def _day_of_hours(header: list[str], rows: list[list[str]]) -> bool:
    """Whether one column counts the hours of each row and they make up a day: the rows are periods of one day."""
    for col, head in enumerate(header[1:], start=1):
        if _HOURS_HEAD.search(_head(head).lower()):
            try:
                return sum(Decimal(row[col].strip()) for row in rows) == 24
            except InvalidOperation:
                return False
    return False


# "- chat: 20k calls/day, 1,500 in / 400 out": a list item naming a flow, then its own call volume and call size.
_FLOW_ITEM = compile_regex(
    r"^[ \t]{0,8}(?:[-–—•*+·▪◦‣]|\d{1,2}[.)])[ \t]+(?P<label>[^\W\d][^:\n—–]{0,40}?)\s?(?::|\s[—–-]\s|[—–])\s?"
    r"(?P<said>\S.*)$")
# The item's calls over a period ("20k calls/day", "5,000 requests a day", "300/hr") and its tokens ("1,500 in",
# "8k input tokens").
_FLOW_CALLS = compile_regex(
    r"\d(?:[\d,.]*\d)?\s?(?:k|m)?\s?(?:[a-z]{2,12}\s)?(?:calls?|requests?|reqs?|queries|conversations|chats|"
    r"messages|documents|docs|tickets|jobs)?\s?(?:/|a|an|per|each|every)\s?(?:day|hour|hr|week|month|mo|min|"
    r"minute|second|sec)\b", re.I)
_FLOW_TOKENS = compile_regex(r"\d\s?(?:k|m)?\s?(?:in|out|input|output|tokens?|tok)\b", re.I)
# "- business hours 09:00–17:00 (8h): ...", "- overnight: ...", "- weekends: ...": parts of one day's or week's
# traffic, never separate flows.
_PART_OF_TIME = compile_regex(
    r"\d{1,2}:\d{2}|\b\d{1,2}\s?(?:am|pm)\b|\(\s?~?\d{1,2}\s?(?:h|hrs?|hours?)\s?\)|\b(?:hours?|hrs?|overnight|night|"
    r"nights|mornings?|afternoons?|evenings?|daytime|business|peak|off-peak|weekdays?|weekends?|rest of|"
    r"mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|"
    r"month \d|week \d|day \d|q[1-4])\b", re.I)


def flow_items(text: str) -> list[ItemRow] | None:
    """The items of a bulleted list whose items are separate flows of one workload's customer, each with a name,
    its own call volume and its own call size ("- chat: 20k calls/day, 1,500 in / 400 out"), as one ask per item
    (the message with the list replaced by that item's figures); None unless every item of the one list is such a
    flow (a list of one deal's fields, "- input: 1,500 tokens", "- calls: 20k/day", stays one ask)."""
    if "\n" not in text:
        return None
    lines = text.split("\n")
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if _BULLET.match(lines[i]):
            j = i
            while j < len(lines) and _BULLET.match(lines[j]):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    if len(runs) != 1:
        return None
    start, end = runs[0]
    matches = [_FLOW_ITEM.match(line) for line in lines[start:end]]
    if not 2 <= len(matches) <= _MAX_ITEMS:
        return None
    items: list[tuple[str, str]] = []
    for m in matches:
        if m is None or not (_FLOW_CALLS.search(m.group("said")) and _FLOW_TOKENS.search(m.group("said"))):
            return None
        if _PART_OF_TIME.search(m.group("label")) or _PART_OF_TIME.search(m.group("said").split(",")[0]):
            return None  # a part of the day or week (its hours, a weekday): one workload's profile, not a flow
        items.append((m.group("label").strip(), m.group("said").strip().rstrip(".;")))
    if len({label.lower() for label, _ in items}) != len(items):
        return None
    before, after = lines[:start], lines[end:]
    return [ItemRow(label=label, text="\n".join([*before, said + ".", *after])) for label, said in items]


# "our three call shapes", "$0.008/call": rows of tokens with no calls and no period, beside a fee per call, are the
# sizes one call can take (each priced on its own), not parts of one workload.
_CALL_SHAPES = compile_regex(r"\bcall (?:shapes?|sizes?|types?|profiles?)\b|\bper[- ]call\b|/\s?call\b|\ba call\b",
                             re.I)


# "| metric | planned | actual (week 3) |": columns that are the same deal as planned and as it turned out (or today and
# next year), each column one version of every row's field
_VERSION_HEAD = compile_regex(r"^(?:planned|plan|actual|actuals|current|today|now|proposed|forecast|budget|budgeted|"
                              r"pilot|prod|production|expected|real|reality|reali[sz]ed|observed|measured|baseline|original|revised|"
                              r"projected|before|after|scoped|quoted|estimate|estimated|"
                              r"next (?:year|quarter|month))\b[^|]{0,20}$")
_MAX_VERSIONS = 4


def _version_columns(header: list[str], rows: list[list[str]]) -> list[str] | None:
    """The table's columns as sentences, one for each version of the deal ("planned: 1,000 input tokens per call,
    180 output tokens per call."), when its header names versions after a column of field names; else None."""
    heads = [_head(h).lower() for h in header]
    if not (3 <= len(heads) <= _MAX_VERSIONS + 1 and _KV_HEAD.match(heads[0])
            and all(_VERSION_HEAD.match(h) for h in heads[1:]) and rows and len(rows) <= _MAX_KV_ROWS):
        return None
    if not all(len(row) == len(header) and all(_numeric(c.lower()) for c in row[1:]) for row in rows):
        return None
    return [f"{header[k].strip()}: " + ", ".join(phrase(row[0], row[k]) for row in rows) + "."
            for k in range(1, len(header))]


# "|              | azure | vertex |" over "| list_markup  | 35%   | 20%    |": a column for each channel
_CHANNEL_HEAD = compile_regex(r"^(?:azure(?: openai)?|vertex(?: ai)?|bedrock|aws|gcp|google cloud|direct(?: api)?)$")


def _rows_under(lines: list[str], header_at: int, width: int) -> tuple[list[list[str]], int]:
    """The rows of ``width`` cells right under the header at ``header_at`` (rules skipped), and the line after them;
    at most ``2 × _MAX_KV_ROWS`` lines are read, so a header's rows are read once and a few at most."""
    rows: list[list[str]] = []
    # ("... | Unit price | Amount" over rows whose amounts are blank, cut off: the rows, their amounts left blank)
    blank_amount = width >= 3 and _AMOUNT_HEAD.match(_head(_cells(lines[header_at])[-1]).lower()) is not None
    j = header_at + 1
    while j < len(lines) and j - header_at <= 2 * _MAX_KV_ROWS:
        if not _RULE.match(lines[j]):
            cells = _cells(lines[j])
            if len(cells) == width - 1 and blank_amount and _numeric(cells[-1].lower()):
                cells.append("")
            elif len(cells) != width:
                break
            rows.append(cells)
        j += 1
    return rows, j


def read_channel_columns(text: str) -> str:
    """``text`` with a sheet whose columns are channels and whose rows are fields ("list_markup | 35% | 20%") turned so
    that each channel is a row ("| channel | list_markup | ea_discount |" over "| azure | 35% | 18% |"), the way a
    table of separate items is read; any other text as it was."""
    if "|" not in text and "\t" not in text and "  " not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        heads = _cells(line) if len(line) <= 400 else []
        named = [h for h in heads if _CHANNEL_HEAD.match(_head(h).lower())]
        if len(named) < 2 or len(heads) - len(named) > 1 or (len(heads) > len(named) and heads[0] in named):
            continue
        rows, j = _rows_under(lines, i, len(named) + 1)
        if not rows or len(rows) > _MAX_KV_ROWS or not all(_numeric(c.lower()) for row in rows for c in row[1:]):
            continue
        turned = ["| channel | " + " | ".join(row[0] for row in rows) + " |",
                  *(f"| {name} | " + " | ".join(row[k + 1] for row in rows) + " |" for k, name in enumerate(named))]
        return "\n".join([*lines[:i], *turned, *lines[j:]])
    return text


_MAX_CALL_SIZE = 2_000_000  # no call carries more tokens (the largest context windows)
# "calls_per_week", "requests / day", "monthly calls": a field counting calls over a period
_VOLUME_FIELD = compile_regex(r"\b(?:calls?|requests?|reqs?|queries|runs|tickets|docs?|documents|conversations)\b"
                              r"[ /]{0,3}(?:per |a |an |/ ?)?(?:day|week|wk|month|mo|hour|hr|year|yr)\b|"
                              r"\b(?:daily|weekly|monthly|hourly|yearly|annual) (?:calls|requests|volume)\b")
# A field counted per call ("input tok/call", "tokens per request"): versions of a call's size are one call grown, read
# whole by :func:`read_versions`, not separate asks.
_PER_CALL_FIELD = compile_regex(r"(?:/|\bper |\ba |\beach )\s?(?:call|request|req|query|run|turn)s?\b")


def _version_table(header: list[str], rows: list[list[str]]) -> list[tuple[str, str]] | None:
    """Each version of a deal's volumes with the sentence that states it ("planned", "planned: 400M input tok, 60M
    output tok."), from a table whose columns are versions over a column of fields, or whose rows are versions under a
    header of fields; None for any other table, and for versions of a call's size (read whole by
    :func:`read_versions`, or as a call's sizes)."""
    heads = [_head(h).lower() for h in header]
    # versions of a period's volume: some count larger than any one call, or a field of calls over a period
    per_call = all(_PER_CALL_FIELD.search(row[0].lower().replace("_", " ")) for row in rows)
    if not (any((figure := _figure(c)) is not None and figure > _MAX_CALL_SIZE for row in rows for c in row[1:])
            or any(_VOLUME_FIELD.search(_head(name).lower()) for name in [*heads[1:], *(row[0] for row in rows)])
            or per_call):
        return None
    if 3 <= len(heads) <= _MAX_VERSIONS + 1 and all(_VERSION_HEAD.match(h) for h in heads[1:]):
        said = _version_columns(header, rows)
        if said is None or (not per_call and any(_PER_CALL_FIELD.search(row[0].lower()) for row in rows)):
            return None
        return [(header[k].strip(), line) for k, line in enumerate(said, start=1)]
    if not (2 <= len(rows) <= _MAX_VERSIONS and len(heads) >= 3 and not any(_PER_CALL_FIELD.search(h) for h in heads)
            and all(len(row) == len(header) and _VERSION_HEAD.match(_head(row[0]).lower())
                    and all(_numeric(c.lower()) for c in row[1:]) for row in rows)):
        return None
    return [(row[0].strip(), f"{row[0].strip()}: " + ", ".join(phrase(h, v) for h, v in zip(header[1:], row[1:],
                                                                                           strict=True)) + ".")
            for row in rows]


# "Offer A: 6 units at $28.50 per unit-hour", "Option 2 - 40% off for 12 months": one of two to four offers on the
# table, each on its own line, each with its figures
_OFFER_LINE = compile_regex(
    r"^[ \t]{0,8}(?:[-–—•*+·▪◦‣][ \t]{1,4})?(?P<label>(?:offer|option|quote|proposal|bid|deal|plan)[ \t]"
    r"(?:[a-d]|[1-4]|one|two|three|four))\b[ \t]?(?::|\)|[—–-])[ \t]?(?P<said>[^\n]{0,300}?\d[^\n]{0,300})$", re.I)


# What an offer prices ("units" at a price an "hour", a "percent" off, a fee a "call", "tokens" per million, "on-demand"
# or "per-token"): offers of the same kinds are set side by side; offers of different structures (a fee per call
# against per-token rates, units against staying on-demand) are one comparison, read whole.
_OFFER_KINDS = {
    "units": compile_regex(r"\b(?:units?|ptus?|gpus?|instances?)\b"),
    "hour": compile_regex(r"unit[- ]?h(?:ou)?rs?\b|/\s?h(?:ou)?r\b|\bper h(?:ou)?r\b|\ban hour\b"),
    "percent": compile_regex(r"%|\bpercent\b"),
    "call": compile_regex(r"per[- ]call|/\s?call\b|\ba call\b|\bper (?:invocation|request|transaction)\b"),
    "tokens": compile_regex(r"/\s?(?:1\s?)?m(?:tok)?\b|\bper\s(?:1\s?)?m(?:tok)?\b|\bmtok\b|\bper million\b"),
    "structure": compile_regex(r"\bon[- ]demand\b|\bper[- ]token\b|\bpayg\b|\bpay[- ]as[- ]you[- ]go\b"),
}


def _offer_kinds(said: str) -> frozenset[str]:
    return frozenset(kind for kind, rx in _OFFER_KINDS.items() if rx.search(said.lower()))


def offer_items(text: str) -> list[ItemRow] | None:
    """Two to four offers set side by side on lines of their own ("Offer A: 6 units at $28.50 per unit-hour" over
    "Offer B: 4 units at $41"), each as its own ask: the message with the offers replaced by that one; None without
    such lines."""
    if "\n" not in text:
        return None
    lines = text.split("\n")
    offers = [(i, m) for i, line in enumerate(lines[:_MAX_KV_ROWS * 4]) if len(line) <= 600
              and (m := _OFFER_LINE.match(line)) is not None]
    labels = {m.group("label").lower() for _, m in offers}
    if not 2 <= len(offers) <= 4 or len(labels) != len(offers):
        return None
    kinds = {_offer_kinds(m.group("said")) for _, m in offers}
    if len(kinds) != 1 or not next(iter(kinds)):
        return None  # offers of different structures are one comparison
    at, first = {i for i, _ in offers}, offers[0][0]
    before = lines[:first]
    after = [line for i, line in enumerate(lines) if i > first and i not in at]
    return [ItemRow(m.group("label").strip(), "\n".join([*before, m.group("said").strip(), *after]), version=True)
            for _, m in offers]


def _headed_tables(lines: list[str], *, versions_first: bool
                   ) -> Iterator[tuple[int, list[str], list[list[str]], int]]:
    """Each line that heads a table of three or more columns (a header of versions alone gets its unnamed field column,
    "metric"), with the rows of its width right under it and the line after them; with ``versions_first``, only
    headers whose second column is a version ("metric | planned | actual")."""
    for i, line in enumerate(lines[:-1]):
        header = _cells(line) if len(line) <= 400 else []
        if len(header) >= 2 and all(_VERSION_HEAD.match(_head(h).lower()) for h in header):
            header = ["metric", *header]  # "|   | planned | actual |": the field column left unnamed
        if len(header) < 3 or (versions_first and not _VERSION_HEAD.match(_head(header[1]).lower())):
            continue
        rows, j = _rows_under(lines, i, len(header))
        yield i, header, rows, j


def version_items(text: str) -> list[ItemRow] | None:
    """A deal's versions side by side (planned and actual volumes, this year and next), each as its own ask: the
    message with the table replaced by that version's sentence; None without such a table."""
    if "|" not in text and "\t" not in text and "  " not in text:
        return None
    lines = text.split("\n")
    for i, header, rows, j in _headed_tables(lines, versions_first=False):
        versions = _version_table(header, rows) if rows else None
        if versions is not None:
            return [ItemRow(label, "\n".join([*lines[:i], said, *lines[j:]]), version=True)
                    for label, said in versions]
    return None


def read_versions(text: str) -> str:
    """``text`` with a table of a deal's versions side by side (planned and actual, today and next year) written as one
    sentence per version; any other text as it was."""
    if "|" not in text and "\t" not in text and "  " not in text:
        return text
    lines = text.split("\n")
    for i, header, rows, j in _headed_tables(lines, versions_first=True):
        said = _version_columns(header, rows)
        if said is not None:
            return "\n".join([*lines[:i], *said, *lines[j:]])
    return text


# "Jan", "March", "Feb 2026", "mar-26": a month naming a row of a sheet
_MONTH_CELL = compile_regex(r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                            r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:[ '-]?(?:20)?\d{2})?$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "using the quarter average", "overall utilization": the months' shares asked for as one average
_AVERAGE_ASKED = compile_regex(r"(?i)\b(?:average|avg|mean|overall|blended|across the (?:quarter|year))\b")
# Rows of consecutive months make up these spans
_SPAN_OF_MONTHS = {3: "quarter", 12: "year"}


def _column_total(cells: list[str], head: str) -> str | None:
    """The figures of one column added up, written as its cells are ("$" kept); a column of shares (a utilization)
    averaged over its rows instead ("48%, 57%, 60%": 55%); None unless every cell is one."""
    if all(c.strip().endswith("%") for c in cells):
        shares = [_figure(c.strip().rstrip("%").strip()) for c in cells]
        if any(v is None for v in shares):
            return None
        return f"{_count(sum((v for v in shares if v is not None), Decimal(0)) / len(shares))}%"
    money = all(c.strip().startswith("$") for c in cells)
    values = [_scaled(c.strip().lstrip("$").strip(), head.lower()) for c in cells]
    if any(v is None for v in values):
        return None
    total = _count(sum((v for v in values if v is not None), Decimal(0)))
    return f"${total}" if money else total


def read_month_rows(text: str) -> str:
    """``text`` with a sheet of one workload's months as rows ("Jan | 40k", "Feb | 36k", "Mar | 44k") written as one
    sentence of its columns added up over the quarter (three rows) or the year (twelve); any other text as it was."""
    if "|" not in text and "\t" not in text and "  " not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        below = lines[i + 1] if not _RULE.match(lines[i + 1]) or i + 2 >= len(lines) else lines[i + 2]
        first = _cells(below)[:1] if len(below) <= 400 else []
        if not (first and _MONTH_CELL.match(first[0].strip().lower())):
            continue  # (a header is only looked at over a month's row, so each line is split a few times at most)
        header = _cells(line) if len(line) <= 400 else []
        if not (2 <= len(header) <= _MAX_CSV_CELLS and _header(header)):
            continue
        rows, j = _rows_under(lines[: i + 2 * max(_SPAN_OF_MONTHS) + 2], i, len(header))
        period = _SPAN_OF_MONTHS.get(len(rows)) if j >= len(lines) or len(_cells(lines[j])) != len(header) else None
        if period is None or not all(_MONTH_CELL.match(row[0].strip().lower()) for row in rows):
            continue
        months = [_MONTHS.index(row[0].strip().lower()[:3]) for row in rows]
        if any((b - a) % 12 != 1 for a, b in itertools.pairwise(months)):
            continue  # ("Jan, Apr, Jul": not one span of months)
        shares = [all(row[col].strip().endswith("%") for row in rows) for col in range(1, len(header))]
        if any(shares) and not (all(shares) and _AVERAGE_ASKED.search("\n".join([*lines[:i], *lines[j:]]))):
            # (a hit rate beside the calls it is of: a plain average of the months' rates would be wrong; shares
            # alone are averaged only where the average is asked for, else each month is answered)
            continue
        totals = [_column_total([row[col] for row in rows], header[col]) for col in range(1, len(header))]
        if any(t is None for t in totals):
            continue
        said = ", ".join(phrase(head, total) for head, total in zip(header[1:], totals, strict=True) if total)
        return "\n".join([*lines[:i], f"{rows[0][0].strip()} to {rows[-1][0].strip()}: {said} over the {period}.",
                          *lines[j:]])
    return text


_OPTION_HEAD = compile_regex(r"^(?:options?|alternatives?|variants?|scenarios?|choices?)$")


def _under_title(lines: list[str], i: int, width: int) -> bool:
    """Line ``i`` (of ``width`` cells) is right under the rule of a title of another width ("call notes | Acme | claims
    bot" over "---|---" over "traffic | steady 24/7"): a row of the title's table, never a header."""
    return (i >= 2 and _RULE.match(lines[i - 1]) is not None and _RULE.match(lines[i - 2]) is None
            and len(_cells(lines[i - 2])) not in (0, 1, width))


def item_rows(text: str) -> list[ItemRow] | None:
    """The rows of a pasted table whose rows are separate items, each with a name in its first column and figures
    in the others ("| support | 4,000 | 25,000 |"), as one ask per row; None when the message has no such table (or
    more than one, or a table of one item's fields, or a usage table whose rows add up to one workload). A bulleted
    list of separate flows is read the same way (:func:`flow_items`)."""
    flows = flow_items(text) or offer_items(text) or version_items(read_csv(text))
    if flows is not None:
        return flows
    if read_month_rows(read_csv(text)) != read_csv(text):
        return None  # the months of one workload, added up (read_month_rows)
    # ("cache_write_rate 3.75  /MTok" is a key and its price, not a header; channels as columns are turned to rows)
    text = read_channel_columns(join_price_units(read_csv(text)))
    if "|" not in text and "\t" not in text and "  " not in text:
        return None
    lines = text.split("\n")
    found: list[tuple[int, int, list[str], list[list[str]]]] = []
    i = 0
    while i < len(lines):
        cells = _cells(lines[i]) if len(lines[i]) <= 400 else []
        if len(cells) <= 1 and "|" in lines[i] and _BLANK_HEAD.match(lines[i]):
            # "| | |": the rows under a header that names no columns are one item's fields, never items
            i += 1
            while i < len(lines) and len(lines[i]) <= 400 and (_RULE.match(lines[i]) or len(_cells(lines[i])) == 2):
                i += 1
            continue
        if not (2 <= len(cells) <= _MAX_CSV_CELLS and _header(cells) and _TABLE_LINE.match(lines[i])
                and not _under_title(lines, i, len(cells))):
            i += 1
            continue
        rows: list[list[str]] = []
        j = i + 1
        while j < len(lines) and len(lines[j]) <= 400 and (
                _RULE.match(lines[j]) or len(_cells(lines[j])) == len(cells)):
            if not _RULE.match(lines[j]):
                rows.append(_cells(lines[j]))
            j += 1
        if rows:
            found.append((i, j, cells, rows))
        i = max(j, i + 1)
    if len(found) != 1:
        return None
    start, end, header, rows = found[0]
    kept = [k for k, h in enumerate(header) if k == 0 or not _NOTES_HEAD.match(_head(h).lower())]
    if len(kept) >= 2:  # ("| A | 8,000 tok | policy doc only |" under "notes": a column of remarks, no figure)
        header, rows = [header[k] for k in kept], [[row[k] for k in kept] for row in rows]
    if (not 2 <= len(rows) <= _MAX_ITEMS or _kv_table(header, rows) or _hour_bands(header, rows) is not None
            or _version_columns(header, rows) is not None):
        return None
    if any(_numeric(row[0].lower()) or not _HAS_LETTER.search(row[0].lower()) for row in rows):
        return None  # the first column names each row
    if len(header) == 2 and (len(header[1].split()) > _MAX_VALUE_WORDS
                             or all("_" in row[0].strip(" _") for row in rows)):
        # "cache_write | billed at the normal input rate (...)" over "calls_per_business_day | 80k": a sheet's keyed
        # fields (a sentence is no column's name, snake-case keys name one item's fields), never items
        return None
    if not all(all(_numeric(c.lower()) and ", " not in c and len(c.split()) <= 3 for c in row[1:]) for row in rows):
        return None  # every other cell is one figure ("$0.10/M input, $0.40/M output" is a sentence to read whole)
    if len({row[0].strip().lower() for row in rows}) != len(rows):
        return None
    if any(_SIDE_ROW.match(label) or _CACHE_ROW.match(label) for label in map(_label, rows)):
        # "| prompt tokens | 0.85bn | $3 / MTok |", "cache_read_input  450,000,000  0.30": rows named by a side or a
        # cache line are the parts of one workload's bill
        return None
    if any(_CHANNEL_ROW.match(row[0].strip().lower()) for row in rows) or (
            any(_MAKER_ROW.match(row[0].strip().lower()) for row in rows)
            and any(_HYPERSCALER_ROW.search(row[0].lower()) for row in rows)):
        # "| direct | 10.00 |" over "| vertex | 12.50 |", "Anthropic 3.00" over "AWS Bedrock 3.66": one model's price
        # by channel, for its markup
        return None
    if len(rows) == 2 and {bool(_ON_DEMAND_ROW.search(r[0].lower())) for r in rows} == {True, False} and any(
            _COMMITTED_ROW.search(r[0].lower()) for r in rows):
        return None  # the on-demand price and the committed one of one model: their discount and break-even
    if len(header) == 2 and all(_LOAD_STAT_ROW.match(row[0].strip().lower()) for row in rows):
        return None  # "p100 (peak) | 480,000" over "mean | 120,000": one workload's load, at its peak and on average
    if _route_columns(header, rows):
        return None  # "| item | direct list | Azure list |": one model's sides priced by channel, for its markup
    usage = _usage_table(header, rows)
    if usage is not None and usage.rows[0].rates is None and not (
            usage.period is None and all(r.calls is None for r in usage.rows) and _CALL_SHAPES.search(text)):
        return None  # rows that add up to one workload at one rate card are priced by read_usage_rows
    if _day_of_hours(header, rows):
        return None  # the parts of one day's load profile ("| night | 8 | 2 |"), not separate items
    named = _MODEL_HEAD.match(_head(header[0]).lower()) is not None  # a model's name is part of what the row says
    # rows that only price (each column a rate or a fee) are options for the one workload said around the table
    # ("| big-model | 1.10 | 4.40 |" over "| small-model | ... |"): set against each other, never added up
    # ("| option | cached_prefix |" over "| A | 8,000 tok |": rows named as options are never added up either)
    pricing = [_RATE_HEAD.search(h.lower()) or _PER_MILLION_HEAD.search(h.lower()) or _FEE_HEAD.search(h.lower())
               for h in header[1:]]
    # ("| model | input $/M | output $/M | monthly in | monthly out |" with the same volumes in every row: the models
    # priced on one workload are options too)
    volumes = [k + 1 for k, priced in enumerate(pricing) if not priced]
    same_workload = named and bool(volumes) and len(volumes) < len(pricing) and all(
        len({row[k].strip() for row in rows}) == 1 for k in volumes)
    options = _OPTION_HEAD.match(_head(header[0]).lower()) is not None or all(pricing) or same_workload
    # rows named by months ("Jan | 300,000 | 90%"): each row's counts are that month's
    monthly = all(_MONTH_CELL.match(row[0].strip().lower()) for row in rows)
    before, after = lines[:start], lines[end:]
    out = []
    for row in rows:
        said = ", ".join(phrase(h, v) for h, v in zip(header[1:], row[1:], strict=True))
        said = f"{row[0]}: {said}" if named else f"over the month, {said}" if monthly else said
        out.append(ItemRow(label=row[0].strip(), text="\n".join([*before, said + ".", *after]), version=options,
                           month=monthly))
    return out
