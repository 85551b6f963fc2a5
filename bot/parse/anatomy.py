"""A prompt's anatomy pasted as rows, read as the sentence it stands for.

A rep pastes how each prompt is made up, one part a row, with the part's tokens and whether it changes from call to
call (CSV, a markdown table, or columns set apart by tabs or runs of spaces)::

    prompt_section,tokens,changes_per_call
    system_instructions,3000,no
    policy_manual,18000,no
    user_question,150,yes

The parts that stay the same on every call, read from the front of the prompt, are the repeated prefix a cache
reuses; a part that stays the same after one that changes is not a prefix, and then no prefix is said. The rows are
written as one sentence the scanner reads: "each call is 21,150 input tokens, of which a 21,000-token prefix (system
instructions, policy manual) is identical on every call." A header names the stability column either way round
("changes per call": yes is a part that changes; "static", "same every call": yes is a part that stays), or the
column's cells say it in words ("static", "dynamic"). Each line is split once, so the pass is linear in the text.
"""

from __future__ import annotations

import csv
from decimal import Decimal, InvalidOperation

from bot.parse.tables import _CELL_GAP, _RULE  # the cell gaps and rule lines every pasted table is read with
from glossary.regex_cache import compile_regex

_TOKENS_HEAD = compile_regex(r"^(?:#\s?|no\.? of |number of |approx\.? |~)?(?:tokens?|toks?|token[ _-]?(?:count|s|len|"
                             r"length|size)|size(?:[ _-]?\(?tok(?:en)?s?\)?)?|length|count|tokens? \(approx\.?\)|"
                             r"approx\.? tokens?|~?tokens? per call|tokens?[ _/-]per[ _-]call)$")
# A header that says the part changes from call to call (yes = changes) or stays the same (yes = stays).
_CHANGES_HEAD = compile_regex(r"\b(?:chang\w*|var(?:ies|y|iable|ying)|dynamic|differs?|different|unique|per[ _-]call|"
                              r"per[ _-]request)\b")
_STAYS_HEAD = compile_regex(r"\b(?:static|fixed|stable|same|constant|repeated|repeats|cach\w*|shared|reused|re-used|"
                            r"identical|unchanged|stays?)\b")
_KIND_HEAD = compile_regex(r"^(?:type|kind|nature|behaviou?r|static\s?/\s?dynamic|dynamic\s?/\s?static|"
                           r"fixed\s?/\s?variable|variable\s?/\s?fixed|status)$")
_YES = frozenset({"yes", "y", "true", "x", "1", "✓", "✔", "always", "yes.", "y."})
_NO = frozenset({"no", "n", "false", "0", "-", "never", "no.", "n.", ""})
_STAYS_WORD = compile_regex(r"^(?:static|fixed|stable|constant|same|identical|unchanged|repeated|cached|cacheable|"
                            r"shared|reused|same every (?:call|time|request))\b")
_CHANGES_WORD = compile_regex(r"^(?:dynamic|variable|varies|changes?|changing|per[ _-]?(?:call|request|query|turn)|"
                              r"unique|different|new every (?:call|time|request))\b")
_OUTPUT_PART = compile_regex(r"\b(?:output|completion|response|reply|answer|generated)\b")
_NUMBER = compile_regex(r"^~?\s?(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?P<k>k)?$")
_MIN_ROWS = 2
_MAX_CELLS = 12


def _split(line: str, comma: bool) -> list[str]:
    """A row's cells: CSV (quotes respected), or pipes, tabs and runs of spaces."""
    if comma:
        return [c.strip() for c in next(csv.reader([line]), [])]
    return [c.strip() for c in _CELL_GAP.split(line.strip().strip("|"))]


def _thousands_rejoined(cells: list[str]) -> list[str]:
    """``18,000`` written unquoted in a CSV row splits in two ("18", "000"): the groups joined again."""
    out: list[str] = []
    for cell in cells:
        if out and len(cell) == 3 and cell.isdigit() and out[-1].replace(",", "").isdigit() and (
                len(out[-1]) <= 3 or out[-1][-4:-3] == ","):
            out[-1] = f"{out[-1]},{cell}"
        else:
            out.append(cell)
    return out


def _tokens(cell: str) -> Decimal | None:
    m = _NUMBER.match(cell.strip().lower())
    if m is None:
        return None
    try:
        value = Decimal(m.group("n").replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        return None
    return value * 1000 if m.group("k") else value


def _stays(cell: str, head: str) -> bool | None:
    """Whether the part stays the same on every call, as the stability column's cell says it (None: not said)."""
    word = cell.strip().lower()
    if _STAYS_WORD.match(word):
        return True
    if _CHANGES_WORD.match(word):
        return False
    if word in _YES or word in _NO:
        if _KIND_HEAD.match(head):
            return None
        yes = word in _YES
        if _CHANGES_HEAD.search(head) and not _STAYS_HEAD.search(head):
            return not yes
        if _STAYS_HEAD.search(head):
            return yes
    return None


def _columns(header: list[str]) -> tuple[int, int] | None:
    """The tokens column and the stability column of a prompt-anatomy header, or None when it is not one."""
    heads = [h.strip().lower().replace("_", " ").rstrip("?:") for h in header]
    tokens = next((i for i, h in enumerate(heads) if _TOKENS_HEAD.match(h)), None)
    stability = next((i for i, h in enumerate(heads) if i != tokens and (
        _CHANGES_HEAD.search(h) or _STAYS_HEAD.search(h) or _KIND_HEAD.match(h))), None)
    if tokens is None or stability is None:
        return None
    return tokens, stability


def _count(value: Decimal) -> str:
    return f"{value.normalize():,f}"


def _said(rows: list[tuple[str, Decimal, bool]]) -> str:
    """The rows as the sentence a rep would have written."""
    prompt = [(label, tokens, stays) for label, tokens, stays in rows if not _OUTPUT_PART.search(label.lower())]
    output = sum((tokens for label, tokens, _ in rows if _OUTPUT_PART.search(label.lower())), Decimal(0))
    total = sum((tokens for _, tokens, _ in prompt), Decimal(0))
    lead: list[tuple[str, Decimal]] = []
    for label, tokens, stays in prompt:
        if not stays:
            break
        lead.append((label, tokens))
    prefix = sum((tokens for _, tokens in lead), Decimal(0))
    out = f" and {_count(output)} output tokens per call" if output else ""
    if prefix:
        names = ", ".join(label for label, _ in lead)
        return (f"each call is {_count(total)} input tokens{out}, of which a {_count(prefix)}-token prefix ({names}) "
                f"is identical on every call.")
    # the parts that stay the same come after one that changes: no prefix a cache could reuse as the rows stand
    return f"each call is {_count(total)} input tokens{out}."


def _row_columns(cells: list[str]) -> tuple[int, int] | None:
    """The tokens cell and the stability cell of a row pasted without a header ("tool schemas   6,000   fixed"): the
    first count, and the first cell that says in words whether the part changes."""
    tokens = next((k for k, c in enumerate(cells) if _tokens(c) is not None), None)
    stability = next((k for k, c in enumerate(cells) if k != tokens and _stays(c, "") is not None), None)
    if tokens is None or stability is None:
        return None
    return tokens, stability


def _rows(lines: list[str], start: int, comma: bool, width: int, columns: tuple[int, int],
          head: str) -> tuple[list[tuple[str, Decimal, bool]], int]:
    """The anatomy rows from ``lines[start]`` on (label, tokens, stays), and the index of the line after them."""
    tokens_at, stability_at = columns
    rows: list[tuple[str, Decimal, bool]] = []
    j = start
    while j < len(lines):
        if _RULE.match(lines[j]) and "-" in lines[j]:
            j += 1
            continue
        cells = _split(lines[j], comma)
        if comma and len(cells) > width:
            cells = _thousands_rejoined(cells)
        if len(cells) != width:
            break
        tokens = _tokens(cells[tokens_at])
        stays = _stays(cells[stability_at], head)
        if tokens is None or stays is None:
            break
        label = " ".join(c.replace("_", " ") for k, c in enumerate(cells) if k not in columns and c).strip()
        rows.append((label or f"part {len(rows) + 1}", tokens, stays))
        j += 1
    return rows, j


def read_prompt_parts(text: str) -> str:
    """``text`` with a pasted prompt anatomy (parts, their tokens, whether each changes per call) written as one
    sentence naming the repeated prefix; any other text as it was. The rows come under a header that names the
    columns, or without one when each row says in words whether its part changes ("static", "varies")."""
    if "\n" not in text or not any(word in text.lower() for word in ("tok", "size", "length", "count")):
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        comma = "," in line and "|" not in line and "\t" not in line and "  " not in line
        cells = _split(line, comma) if ("," in line or "|" in line or "\t" in line or "  " in line) else []
        rows: list[tuple[str, Decimal, bool]] = []
        if 3 <= len(cells) <= _MAX_CELLS:
            columns = _columns(cells)
            if columns is not None:
                head = cells[columns[1]].strip().lower().replace("_", " ").rstrip("?:")
                rows, j = _rows(lines, i + 1, comma, len(cells), columns, head)
            elif (columns := _row_columns(cells)) is not None:
                rows, j = _rows(lines, i, comma, len(cells), columns, "")
        if len(rows) < _MIN_ROWS or not any(stays for _, _, stays in rows):
            out.append(line)
            i += 1
            continue
        out.append(_said(rows))
        i = j
    return "\n".join(out)
