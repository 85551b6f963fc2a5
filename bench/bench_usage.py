"""Usage-export benchmark: a year of hourly rows and a million per-request rows, read and analysed.

Run:  .venv/bin/python -m bench.bench_usage  (pins itself to one CPU when the OS allows it)
Prints medians; the figures go into docs/benchmarks.md, "## Usage exports".

* Time (wall and CPU): ``read_path`` + ``analyse`` (rates from the bundled catalog, warmed once) on generic
  CSV files written to a temporary directory: 8,760 hourly rows (one model) and 1,000,000 per-request rows
  (three models over 30 days, second-resolution timestamps). Medians of --repeats runs; target under 2 s each.
* Baseline: ``csv.reader`` alone over the 1,000,000-row file (CPU), for the ratio.
* Memory: tracemalloc's peak of Python allocations during one untimed read + analyse, for 100,000 and
  1,000,000 per-request rows over the same 30 days: bounded memory means the peak does not grow with rows.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench._timing import cpu_model, median_seconds
from bot.usage.analyse import analyse
from bot.usage.read import read_path

START = datetime(2026, 1, 1, tzinfo=UTC)
MODELS = ("gpt-4o", "gpt-4o-mini", "claude-sonnet-4")
HEADER = ["timestamp", "model", "input_tokens", "cached_input_tokens", "output_tokens", "requests"]


def write_hourly(path: Path, hours: int = 8_760) -> None:
    rng = random.Random(1)
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for h in range(hours):
            busy = 3 if 8 <= h % 24 < 18 else 1
            writer.writerow([(START + timedelta(hours=h)).strftime("%Y-%m-%dT%H:%M:%SZ"), "gpt-4o",
                             busy * rng.randint(800_000, 1_200_000), busy * 300_000, busy * 150_000, busy * 500])


def write_requests(path: Path, rows: int, days: int = 30) -> None:
    rng = random.Random(2)
    step = days * 86_400 / rows
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER[:-1])
        for i in range(rows):
            moment = START + timedelta(seconds=int(i * step))
            writer.writerow([moment.strftime("%Y-%m-%dT%H:%M:%SZ"), MODELS[i % 3], rng.randint(200, 6_000),
                             rng.choice((0, 0, 4_000)), rng.randint(50, 800)])


def run(path: Path) -> object:
    return analyse(read_path(str(path)))


def csv_only(path: Path) -> int:
    """The baseline: the csv module splitting the same file into rows, nothing else."""
    with path.open(newline="") as fh:
        return sum(1 for _ in csv.reader(fh))


def median_cpu_seconds(fn: Callable[[], object], repeats: int) -> float:
    """Median CPU time of the process for `repeats` calls (what the machine's other work does not inflate)."""
    times = []
    for _ in range(repeats):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def peak_mib(path: Path) -> float:
    tracemalloc.start()
    run(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / (1024 * 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    print(f"machine: {cpu_model()}, nproc={os.cpu_count()}, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmp:
        hourly, small, big = Path(tmp, "hourly.csv"), Path(tmp, "requests-100k.csv"), Path(tmp, "requests-1m.csv")
        write_hourly(hourly)
        write_requests(small, 100_000)
        write_requests(big, 1_000_000)
        run(hourly)  # warm the catalog import and lookups
        for label, path in (("8,760 hourly rows", hourly), ("1,000,000 per-request rows", big)):
            seconds = median_seconds(lambda path=path: run(path), args.repeats)
            cpu = median_cpu_seconds(lambda path=path: run(path), args.repeats)
            size = path.stat().st_size / (1024 * 1024)
            print(f"{label} ({size:.1f} MiB): median wall {seconds:.3f} s, median CPU {cpu:.3f} s over "
                  f"{args.repeats} runs (target < 2 s)")
        baseline = median_cpu_seconds(lambda: csv_only(big), args.repeats)
        print(f"baseline, csv.reader alone over the 1,000,000-row file: median CPU {baseline:.3f} s")
        for label, path in (("100,000 per-request rows", small), ("1,000,000 per-request rows", big)):
            print(f"{label}: peak Python allocations {peak_mib(path):.1f} MiB")


if __name__ == "__main__":
    main()
