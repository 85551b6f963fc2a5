"""Hourly load profiles: read from CSV, or a synthetic diurnal week for trying the chart.

CSV format: one row per hour, in order. Either a single column of numbers (no header needed), or a header
row with a column named ``load`` (other columns, such as a timestamp, are ignored). Blank lines and lines
starting with ``#`` are skipped; thousands separators are allowed (quote them: ``"1,200"``).
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import random
import stat
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path

from pricing import InvalidInputError
from pricing.validation import LOAD

MAX_HOURS = 100_000
#: A profile file larger than this is refused before reading it: 100,000 hourly rows with a timestamp column
#: take about 3 MB, so 8 MB leaves room for wide rows and still reads in well under a second.
MAX_PROFILE_BYTES = 8 * 1024 * 1024
#: The longest line read (csv's own field limit is 128 kB); a profile row is a few dozen characters.
MAX_LINE_CHARS = 1_000


def parse_profile(text: str, source: str = "profile") -> tuple[Decimal, ...]:
    """Hourly loads from CSV text (see the module docstring); bad rows raise InvalidInputError naming the line."""
    return _loads(io.StringIO(text), source)


def read_profile(path: Path) -> tuple[Decimal, ...]:
    """Hourly loads from a CSV file (see :func:`parse_profile`), read as a stream: a special file, a file over
    :data:`MAX_PROFILE_BYTES`, binary content, a line over :data:`MAX_LINE_CHARS` or more than
    :data:`MAX_HOURS` rows is refused as soon as it is seen. OSError when the file cannot be opened."""
    source = str(path)
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise InvalidInputError(source, "", "is not a regular file (a device, pipe or directory cannot be a profile)")
    if info.st_size > MAX_PROFILE_BYTES:
        raise InvalidInputError(source, f"{info.st_size:,} bytes",
                                f"is too large: a profile is at most {MAX_PROFILE_BYTES:,} bytes")
    with path.open("rb") as raw:
        if b"\0" in raw.read(4096):
            raise InvalidInputError(source, "", "is binary, not CSV text")
    try:
        with path.open(encoding="utf-8-sig", newline="") as lines:
            return _loads(lines, source)
    except UnicodeDecodeError:
        raise InvalidInputError(source, "", "is not UTF-8 text (binary?)") from None


def _bounded_lines(lines: Iterable[str], source: str) -> Iterator[str]:
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_CHARS:
            raise InvalidInputError(f"{source} line {number}", f"{len(line):,} characters",
                                    f"is too long: a profile line is at most {MAX_LINE_CHARS:,} characters")
        if number > 2 * MAX_HOURS:  # blank and comment lines included
            raise InvalidInputError(source, f"more than {2 * MAX_HOURS:,} lines",
                                    f"too many hours: allowed up to {MAX_HOURS:,}")
        yield line


def _loads(lines: Iterable[str], source: str) -> tuple[Decimal, ...]:
    try:
        return _read_loads(lines, source)
    except csv.Error as error:
        raise InvalidInputError(source, "", f"is not CSV a profile can be read from ({error})") from None


def _read_loads(lines: Iterable[str], source: str) -> tuple[Decimal, ...]:
    rows = ((n, row) for n, row in enumerate(csv.reader(_bounded_lines(lines, source)), start=1)
            if row and any(cell.strip() for cell in row) and not row[0].lstrip().startswith("#"))
    first = next(rows, None)
    if first is None:
        raise InvalidInputError(source, "", "no hourly loads found: give one number per line, or a `load` column")
    column = 0
    header = first[1]
    names = [cell.strip().lower() for cell in header]
    if "load" in names:
        column = names.index("load")
        data: Iterable[tuple[int, list[str]]] = rows
    elif len(header) > 1:
        raise InvalidInputError(source, ",".join(header)[:80], "has several columns but none is named `load`")
    elif _number(header[0]) is None:
        data = rows  # a one-column header such as "units"
    else:
        data = itertools.chain([first], rows)
    loads = []
    for line, row in data:
        cell = row[column].strip() if column < len(row) else ""
        value = _number(cell)
        if value is None:
            raise InvalidInputError(f"{source} line {line}", cell[:40], "is not a number")
        if value < 0:
            raise InvalidInputError(f"{source} line {line}", cell[:40], "is negative: loads are 0 or more")
        if not LOAD.contains(value):
            raise InvalidInputError(f"{source} line {line}", cell[:40], f"is out of range: loads are {LOAD.allowed()}")
        loads.append(value)
        if len(loads) > MAX_HOURS:
            raise InvalidInputError(source, f"more than {MAX_HOURS:,} rows",
                                    f"too many hours: allowed up to {MAX_HOURS:,}")
    if not loads:
        raise InvalidInputError(source, "", "has a header but no hourly loads")
    return tuple(loads)


def _number(cell: str) -> Decimal | None:
    try:
        value = Decimal(cell.replace(",", "").replace("_", ""))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def synthetic_profile(days: int = 7, *, peak: Decimal = Decimal(100), seed: int = 7) -> tuple[Decimal, ...]:
    """A diurnal load: busy working hours, quiet nights, quieter weekends, a little noise and rare spikes.

    Deterministic for a seed; loads in the same unit as ``peak`` (roughly the weekday busy-hour level).
    """
    if not 1 <= days <= MAX_HOURS // 24:
        raise InvalidInputError("days", days, f"allowed 1 to {MAX_HOURS // 24:,}")
    rng = random.Random(seed)
    scale = float(peak) / 100
    loads = []
    for hour in range(days * 24):
        day, hod = divmod(hour, 24)
        diurnal = 0.55 - 0.45 * math.cos((hod - 2) / 24 * 2 * math.pi)  # trough ~02:00, busiest ~14:00
        weekly = 0.6 if day % 7 in (5, 6) else 1.0
        spike = 1.6 if rng.random() < 0.01 else 1.0
        value = max(0.0, (100 * diurnal * weekly * spike + rng.gauss(0, 4)) * scale)
        loads.append(Decimal(f"{value:.2f}"))
    return tuple(loads)
