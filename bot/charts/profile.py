"""Hourly load profiles: read from CSV, or a synthetic diurnal week for trying the chart.

CSV format: one row per hour, in order. Either a single column of numbers (no header needed), or a header
row with a column named ``load`` (other columns, such as a timestamp, are ignored). Blank lines and lines
starting with ``#`` are skipped; thousands separators are allowed (quote them: ``"1,200"``).
"""

from __future__ import annotations

import csv
import io
import math
import random
from decimal import Decimal, InvalidOperation
from pathlib import Path

from pricing import InvalidInputError

MAX_HOURS = 100_000


def parse_profile(text: str, source: str = "profile") -> tuple[Decimal, ...]:
    """Hourly loads from CSV text (see the module docstring); bad rows raise InvalidInputError naming the line."""
    rows = [(n, row) for n, row in enumerate(csv.reader(io.StringIO(text)), start=1)
            if row and any(cell.strip() for cell in row) and not row[0].lstrip().startswith("#")]
    if not rows:
        raise InvalidInputError(source, "", "no hourly loads found: give one number per line, or a `load` column")
    column = 0
    header = rows[0][1]
    names = [cell.strip().lower() for cell in header]
    if "load" in names:
        column = names.index("load")
        rows = rows[1:]
    elif len(header) > 1:
        raise InvalidInputError(source, ",".join(header), "has several columns but none is named `load`")
    elif _number(header[0]) is None:
        rows = rows[1:]  # a one-column header such as "units"
    loads = []
    for line, row in rows:
        cell = row[column].strip() if column < len(row) else ""
        value = _number(cell)
        if value is None:
            raise InvalidInputError(f"{source} line {line}", cell, "is not a number")
        if value < 0:
            raise InvalidInputError(f"{source} line {line}", cell, "is negative: loads are 0 or more")
        loads.append(value)
    if not loads:
        raise InvalidInputError(source, "", "has a header but no hourly loads")
    if len(loads) > MAX_HOURS:
        raise InvalidInputError(source, f"{len(loads)} rows", f"too many hours: allowed up to {MAX_HOURS:,}")
    return tuple(loads)


def read_profile(path: Path) -> tuple[Decimal, ...]:
    """Hourly loads from a CSV file (see :func:`parse_profile`)."""
    return parse_profile(path.read_text(encoding="utf-8-sig"), source=str(path))


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
