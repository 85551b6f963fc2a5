"""Read a usage export into token counts per usage line per hour, streaming, with every bad input named.

Formats (detected from the content, whatever the file is called; a gzip stream is decompressed on the fly):

* **generic CSV** — header ``timestamp, model, input_tokens, output_tokens`` and optionally ``provider,
  cached_input_tokens, cache_write_tokens, requests, batch`` (names case-insensitive, order free).
  ``input_tokens`` are the uncached input tokens (cached and cache-write tokens excluded).
* **OpenAI organisation usage** (``GET /v1/organization/usage/completions``, grouped by model): the JSON page
  (``data[].start_time/end_time/results[]``), a JSON list of pages or JSON Lines with one page per line, or a
  CSV with one row per result and the bucket's ``start_time`` (``end_time`` optional). ``input_tokens``
  includes cached and cache-write tokens there; uncached input is what remains.
* **Anthropic messages usage report** (``GET /v1/organizations/usage_report/messages``, grouped by model and
  service tier): JSON pages (``data[].starting_at/ending_at/results[]`` with ``uncached_input_tokens``,
  ``cache_read_input_tokens``, ``cache_creation.ephemeral_5m_input_tokens/ephemeral_1h_input_tokens``,
  ``output_tokens``), or their CSV flattening (``cache_creation.`` prefix optional).

Rows are summed into UTC hours. Memory grows with hours × usage lines, plus 8 bytes a row for finding repeated
rows. Lines of the simple shape (unquoted cells, whole-second ISO times) are read a block at a time: split with
``str.split``, checked a column at a time, the counts parsed and summed per hour with numpy; anything else goes
through the csv module row by row, with the same checks.

Limits: 256 MB of text after decompression, 64 MB for one JSON document (JSON Lines are read line by line), two
years of hours. Every refusal is a :class:`UsageFileError` naming the row (CSV rows count the header as row 1;
JSON rows are paths such as ``data[3].results[0]``) and the column.
"""

from __future__ import annotations

import bisect
import codecs
import csv
import gc
import gzip
import io
import itertools
import json
import operator
import re
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import IO, Any

MAX_BYTES = 256 * 1024 * 1024
MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_HOURS = 2 * 8_784
MIN_HOURS = 24
MAX_GAP_HOURS = 24
CHUNK = 1 << 16
ROWS_PER_CHUNK = 16_384
BLOCK_CHARS = 1 << 20
#: The fast path sums counts as 64-bit integers: a count of at most 12 digits, times the rows of one block
#: (under 2**20 lines), stays far below 2**63. Longer counts go through the row-by-row path (Python integers).
MAX_FAST_DIGITS = 12
EPOCH = datetime(1970, 1, 1)

# Token classes in the order the engine takes them, then the request count.
CLASSES = ("input", "cached_input", "cache_write", "cache_write_1h", "output")
N = len(CLASSES) + 1

GENERIC_REQUIRED = ("timestamp", "model", "input_tokens", "output_tokens")
GENERIC_OPTIONAL = ("provider", "cached_input_tokens", "cache_write_tokens", "requests", "batch")
OPENAI_REQUIRED = ("start_time", "model", "input_tokens", "output_tokens")
ANTHROPIC_REQUIRED = ("starting_at", "model", "uncached_input_tokens", "output_tokens")
_TRUE = frozenset({"true", "1", "yes", "y", "t"})
_FALSE = frozenset({"false", "0", "no", "n", "f", ""})

LineKey = tuple[str, str | None, bool]  # model, provider, batch


class UsageFileError(Exception):
    """A usage file pricebot cannot read; the message names the row and column when there is one."""

    def __init__(self, problem: str, *, row: str | None = None, column: str | None = None,
                 value: str | None = None) -> None:
        self.problem, self.row, self.column, self.value = problem, row, column, value
        where = ", ".join(part for part in (row, f"column {column}" if column else None) if part)
        shown = f"{value!r} " if value is not None else ""
        super().__init__(f"{where}: {shown}{problem}" if where else f"{shown}{problem}")


@dataclass
class UsageData:
    """Token counts per usage line per UTC hour (hours counted from the Unix epoch)."""

    source: str
    format: str
    rows: int = 0
    lines: dict[LineKey, dict[int, list[int]]] = field(default_factory=dict)
    first_row: dict[LineKey, str] = field(default_factory=dict)
    first_hour: int | None = None
    end_hour: int | None = None  # exclusive
    naive_times: bool = False  # timestamps without an offset, read as UTC
    service_tiers: set[str] = field(default_factory=set)

    @property
    def start(self) -> datetime:
        assert self.first_hour is not None
        return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(hours=self.first_hour)

    @property
    def hours(self) -> int:
        assert self.first_hour is not None and self.end_hour is not None
        return self.end_hour - self.first_hour

    def slot(self, key: LineKey, hour: int, row: str) -> list[int]:
        """The counts of one line in one hour (created empty; ``row`` is remembered as the line's first)."""
        hours = self.lines.get(key)
        if hours is None:
            hours = self.lines[key] = {}
            self.first_row.setdefault(key, row)
        slot = hours.get(hour)
        if slot is None:
            slot = hours[hour] = [0] * N
        return slot

    def add(self, key: LineKey, hour: int, counts: Iterable[int], row: str) -> None:
        slot = self.slot(key, hour, row)
        for i, n in enumerate(counts):
            slot[i] += n

    def hourly(self, key: LineKey, token_class: int) -> tuple[int, ...]:
        """One token class of one line as counts for every hour of the period."""
        assert self.first_hour is not None
        hours, first = self.lines[key], self.first_hour
        out = [0] * self.hours
        for hour, slot in hours.items():
            out[hour - first] = slot[token_class]
        return tuple(out)

    def requests(self, key: LineKey) -> int:
        return sum(slot[N - 1] for slot in self.lines[key].values())


# --- opening: size, compression, text ---------------------------------------------------------------------


class _Limited(io.RawIOBase):
    """Bytes from a stream, refused past ``limit`` (counted after decompression)."""

    def __init__(self, stream: IO[bytes], limit: int, name: str) -> None:
        self._stream, self._limit, self._name, self.count = stream, limit, name, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            data = self._stream.read(len(buffer))
        except (OSError, EOFError, zlib.error) as exc:
            raise UsageFileError(f"is a damaged gzip file ({exc})", row=self._name) from None
        self.count += len(data)
        if self.count > self._limit:
            raise UsageFileError(f"is larger than {self._limit // (1024 * 1024)} MB of text: split the export "
                                 "by month, or export hourly buckets instead of single requests", row=self._name)
        buffer[: len(data)] = data
        return len(data)


def _text(stream: IO[bytes], name: str) -> tuple[io.TextIOWrapper, str]:
    """A text stream over the (possibly gzipped) bytes, and its first characters; binary data is refused."""
    head = stream.read(4)
    rest: IO[bytes] = io.BufferedReader(_Prepend(head, stream))
    if head[:2] == b"\x1f\x8b":
        rest = gzip.GzipFile(fileobj=rest)  # type: ignore[assignment]
    elif head[:4] == b"PK\x03\x04":
        raise UsageFileError("is a zip archive (or an Excel workbook): export CSV or JSON, or gzip it (.gz)",
                             row=name)
    raw = io.BufferedReader(_Limited(rest, MAX_BYTES, name), CHUNK)
    sample = raw.peek(CHUNK)[:CHUNK]
    nul = sample.find(b"\x00")
    if nul >= 0:
        raise UsageFileError(f"is binary, not text (a NUL byte at byte {nul + 1}): give a CSV "
                             "or JSON export, or a .gz of one", row=name)
    try:
        first = codecs.getincrementaldecoder("utf-8-sig")().decode(sample[:4096], final=False)
    except UnicodeDecodeError as exc:
        raise UsageFileError(f"is not UTF-8 text (byte {exc.start + 1}): give a CSV or JSON export", row=name) from None
    return io.TextIOWrapper(raw, encoding="utf-8-sig", newline=""), first


class _Prepend(io.RawIOBase):
    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self._head, self._stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def read_usage(stream: IO[bytes], name: str) -> UsageData:
    """Read a usage export (see the module docstring) from a binary stream; ``name`` is used in messages."""
    text, first = _text(stream, name)
    collecting = gc.isenabled()
    gc.disable()  # millions of short-lived tuples and no cycles: the collector would only slow the read down
    try:
        if not first.strip():
            raise UsageFileError("is empty: give a CSV with a header row, or a usage API JSON export", row=name)
        data = _read_json(text, name) if first.lstrip()[:1] in "[{" else _read_csv(text, name)
    except UnicodeDecodeError as exc:
        raise UsageFileError(f"is not UTF-8 text (byte {exc.start + 1} of a later block): give a CSV or JSON "
                             "export", row=name) from None
    finally:
        if collecting:
            gc.enable()
    _check_period(data)
    return data


# --- time --------------------------------------------------------------------------------------------------


class _Clock:
    """Parses timestamps to UTC epoch hours and refuses a file that mixes time zones."""

    def __init__(self, column: str) -> None:
        self.column = column
        self.offset: timedelta | bool | None = False  # False: no timestamp seen yet
        self.offset_row = ""

    def hour(self, text: str, row: str, column: str | None = None) -> int:
        """The UTC epoch hour of ISO 8601 text (any precision, with or without an offset) or Unix seconds;
        ``column`` names the cell in messages when it is not the time column (a bucket's end)."""
        column = column or self.column
        stripped = text.strip()
        if stripped.isdigit():
            seconds = int(stripped)
            if seconds > 10**11:  # milliseconds
                raise UsageFileError("looks like Unix milliseconds: give Unix seconds or ISO 8601 times", row=row,
                                     column=column, value=text)
            self._zone(timedelta(0), row, text, column)
            return seconds // 3600
        try:
            moment = datetime.fromisoformat(stripped)
        except ValueError:
            raise UsageFileError("is not a time: give ISO 8601 (2026-03-02T14:05:00Z) or Unix seconds", row=row,
                                 column=column, value=text) from None
        offset = moment.utcoffset()
        self._zone(offset, row, text, column)
        naive = moment.replace(tzinfo=None) - (offset or timedelta(0))
        return int((naive - EPOCH).total_seconds() // 3600)

    def _zone(self, offset: timedelta | None, row: str, text: str, column: str) -> None:
        if self.offset is False:
            self.offset, self.offset_row = offset, row
        elif offset != self.offset:
            raise UsageFileError(f"is in time zone {_zone_name(offset)} but {self.offset_row} is in "
                                 f"{_zone_name(self.offset)}: give every time in one zone (UTC is safest)",
                                 row=row, column=column, value=text)

    @property
    def naive(self) -> bool:
        return self.offset is None


def _zone_name(offset: timedelta | bool | None) -> str:
    if offset is None or isinstance(offset, bool):
        return "none stated (no offset)"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


# --- CSV ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    """Where each field of one CSV format sits in the row."""

    format: str
    time: int
    time_name: str
    end: int | None
    model: int
    provider: int | None
    fixed_provider: str | None
    tier: int | None
    batch: int | None
    counts: tuple[int | None, ...]  # one column per CLASSES entry + requests
    names: tuple[str, ...]
    derive_openai_input: tuple[int | None, ...] = ()  # openai: input_tokens, cached, write, write 12h, uncached


def _col(header: dict[str, int], *names: str) -> int | None:
    for name in names:
        if name in header:
            return header[name]
    return None


def _layout(names: list[str], source: str) -> _Layout:
    header = {name.strip().lower(): i for i, name in enumerate(names)}
    if "starting_at" in header or "uncached_input_tokens" in header:
        fmt, required = "Anthropic usage report (CSV)", ANTHROPIC_REQUIRED
    elif "start_time" in header or "num_model_requests" in header or "input_cached_tokens" in header:
        fmt, required = "OpenAI usage (CSV)", OPENAI_REQUIRED
    else:
        fmt, required = "generic CSV", GENERIC_REQUIRED
    missing = [name for name in required if name not in header]
    if missing:
        raise UsageFileError(
            f"the header ({', '.join(names)}) reads as {fmt} but lacks {', '.join(missing)}. " + _NEEDED, row="row 1"
        )
    lower = tuple(n.strip().lower() for n in names)
    if fmt.startswith("Anthropic"):
        return _Layout(
            fmt, header["starting_at"], "starting_at", _col(header, "ending_at"), header["model"], None,
            "anthropic", _col(header, "service_tier"), None,
            (header["uncached_input_tokens"], _col(header, "cache_read_input_tokens"),
             _col(header, "cache_creation.ephemeral_5m_input_tokens", "ephemeral_5m_input_tokens"),
             _col(header, "cache_creation.ephemeral_1h_input_tokens", "ephemeral_1h_input_tokens"),
             header["output_tokens"], None),
            lower,
        )
    if fmt.startswith("OpenAI"):
        return _Layout(
            fmt, header["start_time"], "start_time", _col(header, "end_time"), header["model"], None, "openai",
            _col(header, "service_tier"), _col(header, "batch"),
            (None, None, None, None, header["output_tokens"], _col(header, "num_model_requests")),
            lower,
            (header["input_tokens"], _col(header, "input_cached_tokens"), _col(header, "input_cache_write_tokens"),
             _col(header, "input_cache_write_12h_tokens"), _col(header, "input_uncached_tokens")),
        )
    return _Layout(
        fmt, header["timestamp"], "timestamp", None, header["model"], _col(header, "provider"), None, None,
        _col(header, "batch"),
        (header["input_tokens"], _col(header, "cached_input_tokens"), _col(header, "cache_write_tokens"), None,
         header["output_tokens"], _col(header, "requests")),
        lower,
    )


_NEEDED = ("The generic format needs timestamp, model, input_tokens, output_tokens (optional: provider, "
           "cached_input_tokens, cache_write_tokens, requests, batch); OpenAI usage exports need start_time, "
           "model, input_tokens, output_tokens (group by model); Anthropic usage reports need starting_at, model, "
           "uncached_input_tokens, output_tokens (group by model).")


def _count(row: list[str], index: int | None, layout: _Layout, where: str, required: bool) -> int:
    """A token or request count from a cell, or the error naming the cell."""
    if index is None:
        return 0
    cell = row[index].strip()
    if cell == "" and not required:
        return 0
    column = layout.names[index]
    try:
        value = int(cell)
    except ValueError:
        try:
            number = float(cell)
        except ValueError:
            number = None
        problem = ("is not a whole number of tokens" if number is not None and number == number
                   else "is not a number" if cell else "is empty: a count is required here")
        raise UsageFileError(problem, row=where, column=column, value=row[index]) from None
    if value < 0:
        raise UsageFileError("is negative: counts are 0 or more", row=where, column=column, value=row[index])
    return value


def _batch(row: list[str], layout: _Layout, where: str) -> bool:
    if layout.batch is not None:
        cell = row[layout.batch].strip().lower()
        if cell in _TRUE:
            return True
        if cell not in _FALSE:
            raise UsageFileError("is not true or false", row=where, column=layout.names[layout.batch],
                                 value=row[layout.batch])
    return False


class _Duplicates:
    """Identical rows (same timestamp, so same hour) are refused.

    Fingerprints of the current hour sit in a set; closed hours keep theirs as 8-byte integers in an array,
    scanned only when a row goes back in time to such an hour (a file out of time order, or the same export
    twice). Memory: 8 bytes a row.
    """

    def __init__(self) -> None:
        self.hour = -1
        self.current: set[int] = set()
        self.closed: dict[int, array[int]] = {}

    def _close(self) -> None:
        if self.current:
            self.closed.setdefault(self.hour, array("q")).extend(self.current)
        self.current = set()

    def check(self, hour: int, fingerprint: int, where: str) -> None:
        if hour != self.hour:
            self._close()
            self.hour = hour
            self.current = set(self.closed.pop(hour, ()))
        if fingerprint in self.current:
            raise UsageFileError("repeats an earlier row of the same hour exactly: a duplicated export? If they "
                                 "are separate requests, merge them (requests=2) or add a request id column",
                                 row=where)
        self.current.add(fingerprint)

    def _seen(self, hour: int) -> set[int] | array[int]:
        return self.current if hour == self.hour else self.closed.get(hour, _EMPTY)

    def fresh(self, hour: int, fingerprints: list[int]) -> bool:
        """Whether a run of rows of one hour repeats nothing (nothing is recorded)."""
        distinct = set(fingerprints)
        return len(distinct) == len(fingerprints) and distinct.isdisjoint(self._seen(hour))

    def record(self, hour: int, fingerprints: list[int]) -> None:
        if hour != self.hour:
            self._close()
            self.hour = hour
            self.current = set(self.closed.pop(hour, ()))
        self.current.update(fingerprints)


_EMPTY: array[int] = array("q")


class _CsvReader:
    """Rows of one CSV layout into :class:`UsageData`, a chunk at a time.

    The fast path converts whole columns at once (``map(int, ...)``, one parse per distinct hour, zone and
    minute:second); any chunk it cannot vouch for goes through the row-by-row path, which names the row and
    column of the first problem or reads rows the fast path does not (Unix seconds, uneven formats).
    """

    def __init__(self, layout: _Layout, data: UsageData, width: int) -> None:
        self.layout, self.data, self.width = layout, data, width
        self.clock = _Clock(layout.time_name)
        self.required = {layout.counts[0], layout.counts[4], *layout.derive_openai_input[:1]}
        self.count_columns = [(i, index) for i, index in enumerate(layout.counts) if index is not None]
        self.keys: dict[str | tuple[str, ...], LineKey] = {}
        self.hour_row: dict[int, int] = {}
        self.duplicates = _Duplicates()
        self.key_columns = [c for c in (layout.model, layout.provider, layout.batch, layout.tier) if c is not None]
        self.fast_ok = not layout.derive_openai_input and layout.end is None

    def rows(self, rows: list[list[str]], first: int) -> None:
        for n, row in enumerate(rows, start=first):
            self._row(row, n)

    # row by row ------------------------------------------------------------------------------------------

    def _row(self, row: list[str], number: int) -> None:
        layout = self.layout
        where = f"row {number}"
        if len(row) != self.width:
            if not row or (len(row) == 1 and not row[0].strip()):
                return  # a blank line holds no usage
            raise UsageFileError(f"has {len(row)} cells but the header has {self.width}", row=where)
        hour = self.clock.hour(row[layout.time], where)
        if layout.end is not None and row[layout.end].strip():
            _check_bucket(self.clock, row[layout.time], row[layout.end], layout.names[layout.end], where)
        self.duplicates.check(hour, _fingerprint(row), where)
        self.hour_row.setdefault(hour, number)
        raw = row[self.key_columns[0]] if len(self.key_columns) == 1 else tuple(row[c] for c in self.key_columns)
        key = self._key(raw, row, where)
        counts = [0] * N
        for i, index in self.count_columns:
            counts[i] = _count(row, index, layout, where, index in self.required)
        if layout.derive_openai_input:
            counts[:4] = _openai_input(row, layout, where)
        self.data.add(key, hour, counts, where)
        self.data.rows += 1

    def _key(self, raw: str | tuple[str, ...], row: list[str], where: str) -> LineKey:
        """The usage line of a row, by the raw text of its key cells (one cell: the text itself)."""
        key = self.keys.get(raw)
        if key is None:
            key = self.keys[raw] = _line_key(row, self.layout, where, self.data)
            self.data.first_row.setdefault(key, where)
        return key

    # whole columns -----------------------------------------------------------------------------------------

    def _group(self, column: int) -> int:
        return column + 2 if column > self.layout.time else column

    def _hours(self, prefixes: Sequence[str], middles: Sequence[str], tails: Sequence[str],
               first: int) -> list[int] | None:
        """Epoch hours of one block's timestamps, or None when the row-by-row path must look at them."""
        if any(middle[1:3] >= "60" or middle[4:6] >= "60" for middle in set(middles)):
            return None
        try:
            offsets = {_offset(tail) for tail in set(tails)}
        except ValueError:
            return None
        if len(offsets) != 1:
            return None
        (offset,) = offsets
        if self.clock.offset is not False and offset != self.clock.offset:
            return None
        if offset is not None and offset.total_seconds() % 3600:
            return None
        shift = int((offset or timedelta(0)).total_seconds() // 3600)
        by_prefix: dict[str, int] = {}
        for prefix in set(prefixes):
            try:
                moment = datetime.fromisoformat(prefix + ":00:00")
            except ValueError:
                return None
            by_prefix[prefix] = int((moment - EPOCH).total_seconds() // 3600) - shift
        self.clock.hour(prefixes[0] + middles[0] + tails[0], f"row {first}")  # records the file's zone
        return list(map(by_prefix.__getitem__, prefixes))

    def block(self, block: str, first: int) -> bool:
        """The rows of `block` (whole lines, ending with a newline, no quote and no carriage return), a block at
        a time; False (nothing recorded) when the row-by-row path must read them: a line of another shape (a
        cell too many or too few, a count that is not all digits, a time not ISO 8601 to the second), a bad
        time or key, rows out of time order, or a repeated row."""
        width, time = self.width, self.layout.time
        lines = block.split("\n")
        lines.pop()  # the "" after the last newline
        cells = block.replace("\n", ",").split(",")  # every cell, row after row (and that last "")
        if len(cells) != len(lines) * width + 1:
            return False  # some line has a cell too many or too few (a blank line has one)
        by_column = [cells[c:-1:width] for c in range(width)]
        for _, index in self.count_columns:
            digits = "".join(by_column[index])
            if (not (digits.isascii() and digits.isdigit()) or "" in by_column[index]
                    or max(map(len, by_column[index])) > MAX_FAST_DIGITS):
                return False
        stamps = by_column[time]
        # the time column as three: date-and-hour, ":MM:SS", and the rest (fraction and zone)
        columns = [*by_column[:time], list(map(_PREFIX, stamps)), list(map(_MIDDLE, stamps)),
                   list(map(_TAIL, stamps)), *by_column[time + 1:]]
        if not (all(map(_DATE_HOUR.fullmatch, set(columns[time])))
                and all(map(_MINUTE_SECOND.fullmatch, set(columns[time + 1])))):
            return False
        hours = self._hours(columns[time], columns[time + 1], columns[time + 2], first)
        if hours is None or hours != sorted(hours):
            return False
        key_cells = [columns[self._group(c)] for c in self.key_columns]
        raws: Sequence[Any] = key_cells[0] if len(key_cells) == 1 else list(zip(*key_cells, strict=True))
        for raw in set(raws) - self.keys.keys():
            n = raws.index(raw)
            row = lines[n].split(",")
            try:
                self._key(raw, row, f"row {first + n}")
            except UsageFileError:
                return False
        fingerprints = list(map(hash, lines))  # as the row-by-row path's `_fingerprint`
        # rows in time order: each hour is one run of rows, found by bisection
        runs = [(hour, bisect.bisect_left(hours, hour), bisect.bisect_right(hours, hour))
                for hour in sorted(set(hours))]
        if not all(self.duplicates.fresh(hour, fingerprints[a:b]) for hour, a, b in runs):
            return False
        # whole columns: the counts parsed in C (all digits, at most MAX_FAST_DIGITS each, checked above), and
        # summed per hour (a run of rows) and usage line (a mask of its rows) without a Python loop over rows
        import numpy  # here, not at the top: an answer that reads no usage file never pays for it (~80 ms)

        counts = numpy.stack([numpy.fromstring(",".join(columns[self._group(index)]), dtype=numpy.int64, sep=",")
                              for _, index in self.count_columns])
        slots = [i for i, _ in self.count_columns]
        starts = numpy.fromiter((a for _, a, _ in runs), dtype=numpy.intp, count=len(runs))
        distinct = list(set(raws))
        sums: dict[str | tuple[str, ...], Any] = {}
        present: dict[str | tuple[str, ...], Any] = {}
        if len(distinct) == 1:
            sums[distinct[0]] = numpy.add.reduceat(counts, starts, axis=1)
        else:
            code_of = {raw: n for n, raw in enumerate(distinct)}
            codes = numpy.fromiter(map(code_of.__getitem__, raws), dtype=numpy.intp, count=len(raws))
            for n, raw in enumerate(distinct):
                mask = codes == n
                sums[raw] = numpy.add.reduceat(counts * mask, starts, axis=1)
                present[raw] = numpy.add.reduceat(mask, starts) > 0
        for r, (hour, a, b) in enumerate(runs):
            self.duplicates.record(hour, fingerprints[a:b])
            self.hour_row.setdefault(hour, first + a)
            for raw in distinct:
                if raw in present and not present[raw][r]:
                    continue
                slot = self.data.slot(self.keys[raw], hour, f"row {first + a}")
                for c, i in enumerate(slots):
                    slot[i] += int(sums[raw][c, r])
        self.data.rows += len(lines)
        return True


def _fingerprint(row: list[str]) -> int:
    """What tells two rows apart: the hash of the line as the fast path reads it (cells joined by commas), so
    a row repeated across the two paths is found; a row with a comma inside a cell hashes its cells instead."""
    if any("," in cell for cell in row):
        return hash(tuple(row))
    return hash(",".join(row))


def _offset(tail: str) -> timedelta | None:
    """The UTC offset a timestamp's tail (fraction of a second and zone) states; ValueError when it is no tail."""
    return datetime.fromisoformat("2000-01-01T00:00:00" + tail).utcoffset()


_PREFIX = operator.itemgetter(slice(0, 13))
_DATE_HOUR = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d")
_MINUTE_SECOND = re.compile(r":\d\d:\d\d")
_MIDDLE = operator.itemgetter(slice(13, 19))
_TAIL = operator.itemgetter(slice(19, None))


def _read_csv(text: io.TextIOWrapper, source: str) -> UsageData:
    """Blocks of simple lines are split with ``str.split`` and checked and converted a column at a time; from
    the first block that is not simple (quotes, blank lines, Unix seconds, a bad value...) to the end, rows go
    through the csv module one by one."""
    header = text.readline()
    try:
        names = next(csv.reader([header]))
    except (StopIteration, csv.Error) as exc:
        raise UsageFileError(f"has no header row that reads as CSV ({exc})", row="row 1") from None
    layout = _layout(names, source)
    data = UsageData(source=source, format=layout.format)
    rows = _CsvReader(layout, data, len(names))
    number = 2
    carry = ""
    while rows.fast_ok:
        chunk = text.read(BLOCK_CHARS)
        if not chunk:
            break
        chunk = carry + chunk
        cut = chunk.rfind("\n") + 1
        block, carry = chunk[:cut], chunk[cut:]
        if "\r" in block:
            block = block.replace("\r\n", "\n")
        if '"' in block or "\r" in block or (block and not rows.block(block, number)):
            carry = block + carry
            break
        number += block.count("\n")
    reader = csv.reader(itertools.chain(io.StringIO(carry), text))
    try:
        while chunk_rows := list(itertools.islice(reader, ROWS_PER_CHUNK)):
            rows.rows(chunk_rows, number)
            number += len(chunk_rows)
    except csv.Error as exc:
        problem = "contains a NUL byte: the file is binary" if "NUL" in str(exc) else f"is not valid CSV ({exc})"
        raise UsageFileError(problem, row=f"row {number + reader.line_num}") from None
    if not data.rows:
        raise UsageFileError("has a header but no rows of usage", row=source)
    data.naive_times = rows.clock.naive
    _set_period(data, rows.hour_row, bucketed=False)
    return data


def _line_key(row: list[str], layout: _Layout, where: str, data: UsageData) -> LineKey:
    model = row[layout.model].strip()
    if not model:
        hint = " (export it grouped by model)" if layout.fixed_provider else ""
        raise UsageFileError(f"is empty: every row needs its model{hint}", row=where,
                             column=layout.names[layout.model], value=row[layout.model])
    provider = layout.fixed_provider
    if layout.provider is not None:
        provider = row[layout.provider].strip() or None
    batch = _batch(row, layout, where)
    if layout.tier is not None:
        tier = row[layout.tier].strip().lower() or "standard"
        data.service_tiers.add(tier)
        batch = batch or tier == "batch"
    return (model, provider, batch)


def _openai_input(row: list[str], layout: _Layout, where: str) -> list[int]:
    """Uncached input, cached input, 30-minute and 12-hour cache writes from an OpenAI result row."""
    total_i, cached_i, write_i, write12_i, uncached_i = layout.derive_openai_input
    total = _count(row, total_i, layout, where, True)
    cached = _count(row, cached_i, layout, where, False)
    write = _count(row, write_i, layout, where, False)
    write12 = _count(row, write12_i, layout, where, False)
    if uncached_i is not None and row[uncached_i].strip():
        uncached = _count(row, uncached_i, layout, where, False)
    else:
        uncached = total - cached - write - write12
        if uncached < 0:
            raise UsageFileError(f"is less than the cached and cache-write tokens ({cached + write + write12:,}) it "
                                 "includes", row=where, column=layout.names[total_i or 0], value=str(total))
    return [uncached, cached, write, write12]


def _check_bucket(clock: _Clock, start: str, end: str, column: str, where: str) -> None:
    """Buckets wider than an hour hide the hourly shape the recommendation needs."""
    hours = clock.hour(end, where, column) - clock.hour(start, where)
    if hours > 1:
        raise UsageFileError(f"ends {hours} hours after the bucket starts: export hourly buckets "
                             "(bucket_width=1h) so the hourly load shows", row=where, column=column, value=end)
    if hours < 0:
        raise UsageFileError("is before the bucket's start", row=where, column=column, value=end)


def _set_period(data: UsageData, hour_row: dict[int, Any], *, bucketed: bool) -> None:
    """The period covered, refusing gaps: any missing bucket hour, or a day without rows in row data."""
    ordered = sorted(hour_row)
    data.first_hour, data.end_hour = ordered[0], ordered[-1] + 1
    allowed = 1 if bucketed else MAX_GAP_HOURS
    for before, after in itertools.pairwise(ordered):
        if after - before > allowed:
            start = EPOCH + timedelta(hours=before + 1)
            what = ("buckets are missing" if bucketed
                    else "no rows at all; if those hours really were idle, add a row with 0 tokens in them")
            raise UsageFileError(
                f"{after - before - 1} hours from {start:%Y-%m-%d %H:00} UTC have {what} (an incomplete export "
                "would understate the load)", row=_row_name(hour_row[after]))


def _row_name(row: Any) -> str:
    return f"row {row}" if isinstance(row, int) else str(row)


def _check_period(data: UsageData) -> None:
    if data.hours > MAX_HOURS:
        raise UsageFileError(f"covers {data.hours:,} hours: at most {MAX_HOURS:,} (two years) are analysed; split "
                             "the export", row=data.source)
    if data.hours < MIN_HOURS:
        raise UsageFileError(f"covers {data.hours} hours (from {data.start:%Y-%m-%d %H:00} UTC): at least "
                             f"{MIN_HOURS} hours are needed to see a daily pattern", row=data.source)


# --- JSON --------------------------------------------------------------------------------------------------


def _pages(text: io.TextIOWrapper, source: str) -> Iterator[tuple[str, Any]]:
    """(label, page) for a single page, a list of pages, or JSON Lines of pages (read line by line)."""
    first = text.readline(MAX_JSON_BYTES + 1)
    try:
        document = json.loads(first)
    except json.JSONDecodeError:  # a document over several lines
        body = first + text.read(MAX_JSON_BYTES + 1 - len(first))
        if len(body) > MAX_JSON_BYTES:
            raise UsageFileError(f"is a JSON document over {MAX_JSON_BYTES // (1024 * 1024)} MB: give JSON Lines "
                                 "(one page a line) or CSV", row=source) from None
        document = _loads(body, source)
        yield from _each_page(document, "")
        return
    yield from _each_page(document, "line 1 ")
    for n, line in enumerate(text, start=2):
        if line.strip():
            yield from _each_page(_loads(line, f"line {n}"), f"line {n} ")


def _each_page(document: Any, label: str) -> Iterator[tuple[str, Any]]:
    if isinstance(document, list):
        for n, page in enumerate(document):
            yield f"{label}[{n}].", page
    else:
        yield label, document


def _loads(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageFileError(f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})",
                             row=where) from None


def _read_json(text: io.TextIOWrapper, source: str) -> UsageData:
    data: UsageData | None = None
    clock: _Clock | None = None
    start_key = end_key = ""  # the format's bucket fields, from the first bucket
    covered: dict[int, str] = {}
    for label, page in _pages(text, source):
        buckets = page.get("data") if isinstance(page, dict) else None
        if not isinstance(buckets, list):
            raise UsageFileError("has no \"data\" list of time buckets: give the page the usage API returned",
                                 row=label.strip() or source)
        for b, bucket in enumerate(buckets):
            where = f"{label}data[{b}]"
            if not isinstance(bucket, dict):
                raise UsageFileError("is not a time bucket", row=where)
            if data is None or clock is None:
                fmt, start_key, end_key = _json_format(bucket, where)
                data, clock = UsageData(source=source, format=fmt), _Clock(start_key)
            start, end = _field_text(bucket, start_key, where), _field_text(bucket, end_key, where)
            hour = clock.hour(start, where)
            _check_bucket(clock, start, end, end_key, where)
            covered.setdefault(hour, where)
            results = bucket.get("results")
            if not isinstance(results, list):
                raise UsageFileError("has no \"results\" list", row=where, column="results")
            for r, result in enumerate(results):
                _json_result(data, hour, result, f"{where}.results[{r}]")
    if data is None or not covered:
        raise UsageFileError("has no time buckets", row=source)
    if not data.rows:
        raise UsageFileError("has time buckets but no usage in them", row=source)
    _set_period(data, covered, bucketed=True)
    assert clock is not None
    data.naive_times = clock.naive
    return data


def _json_format(bucket: dict[str, Any], where: str) -> tuple[str, str, str]:
    if "starting_at" in bucket:
        return "Anthropic usage report (JSON)", "starting_at", "ending_at"
    if "start_time" in bucket:
        return "OpenAI usage (JSON)", "start_time", "end_time"
    raise UsageFileError("is neither an OpenAI usage bucket (start_time, end_time, results) nor an Anthropic "
                         "usage report bucket (starting_at, ending_at, results). " + _NEEDED, row=where)


def _field_text(obj: dict[str, Any], key: str, where: str) -> str:
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise UsageFileError("is missing or not a time", row=where, column=key, value=None if value is None
                             else json.dumps(value))
    return str(value)


def _json_result(data: UsageData, hour: int, result: Any, where: str) -> None:
    if not isinstance(result, dict):
        raise UsageFileError("is not a usage result", row=where)
    anthropic = "Anthropic" in data.format
    flat = dict(result)
    nested = flat.pop("cache_creation", None)
    if isinstance(nested, dict):
        flat.update({f"cache_creation.{k}": v for k, v in nested.items()})
    for key, value in flat.items():  # JSON counts must be integers (null means none)
        if (key.endswith("_tokens") or key == "num_model_requests") and value is not None and (
                isinstance(value, bool) or not isinstance(value, int)):
                raise UsageFileError("is not a whole number", row=where, column=key, value=json.dumps(value))
    required = ANTHROPIC_REQUIRED[1:] if anthropic else OPENAI_REQUIRED[1:]
    for name in required:
        if flat.get(name) is None:
            hint = ": export it grouped by model (group_by=model)" if name == "model" else ""
            raise UsageFileError(f"is missing{hint}", row=where, column=name)
    names = sorted(flat)
    layout = _layout([ANTHROPIC_REQUIRED[0] if anthropic else OPENAI_REQUIRED[0], *names], data.source)
    row = ["", *(_cell(flat[name]) for name in names)]
    key = _line_key(row, layout, where, data)
    if anthropic:
        counts = [_count(row, i, layout, where, i in (layout.counts[0], layout.counts[4]))
                  for i in layout.counts[:5]]
        counts.append(0)
    else:
        counts = [*_openai_input(row, layout, where), _count(row, layout.counts[4], layout, where, True),
                  _count(row, layout.counts[5], layout, where, False)]
    data.add(key, hour, counts, where)
    data.rows += 1


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return str(value).lower() if isinstance(value, bool) else str(value)


def read_path(path: str) -> UsageData:
    """Read a usage export from a file path."""
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise UsageFileError(f"cannot be opened ({exc.strerror})", row=path) from None
    with stream:
        return read_usage(stream, path)
