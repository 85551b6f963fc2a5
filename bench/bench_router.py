"""Understanding benchmark: how long reading an ask and rendering its reply take.

Run:  .venv/bin/python -m bench.bench_router  (pins itself to one CPU when the OS allows it)
Prints medians of repeated runs over the ask corpus (tests/data/asks/*.yml); the figures go into
docs/benchmarks.md, "## Understanding (router, parser, templates)".
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path

import yaml

from bench._timing import cpu_model, median_seconds
from bot import router
from bot.parse import parse

REPO = Path(__file__).resolve().parent.parent
REPEATS = 7


def _asks() -> list[str]:
    texts: list[str] = []
    for path in sorted((REPO / "tests" / "data" / "asks").glob("*.yml")):
        texts += [case["text"] for case in yaml.safe_load(path.read_text())]
    return texts


def _adversarial() -> list[str]:
    """40,000-character asks built from the number forms, fractions, words and typos the parser rewrites."""
    pieces = [
        "1.000.", "2,5", "1'000'", "10,00,", "10^", "1e", "three million and a half ", "a quarter of a ",
        "half a cent ", "tokns utilisaton sonet ", "$0.50/$", "per call per call ", "9:1 in:out ", "x" * 50,
        "calls over a ", "reads 10% of that ", "$3 / $0.30 / $", "12,5% ", "0.7 utilisation ", "2x bigger ",
    ]
    return [(piece * (40_000 // len(piece) + 1))[:40_000] for piece in pieces]


def _cold_import() -> float:
    code = "import time; t = time.perf_counter(); import bot.router; print(time.perf_counter() - t)"
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                                 check=True).stdout) for _ in range(5)]
    return statistics.median(runs)


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    asks = _asks()
    plain = [a for a in asks if " on " not in a and " via " not in a]  # no catalog lookups
    for text in asks:  # warm-up: templates compiled, catalog loaded
        router.answer(text)
    parse_s = median_seconds(lambda: [parse(t) for t in asks], REPEATS)
    answer_s = median_seconds(lambda: [router.answer(t) for t in asks], REPEATS)
    plain_s = median_seconds(lambda: [router.answer(t) for t in plain], REPEATS)
    long_text = ("40% discount on PTUs, we'd sit around 80% utilization. " * 800)[:40_000]
    long_s = median_seconds(lambda: router.answer(long_text), REPEATS)
    with open("/proc/loadavg") as f:
        load = f.read().split()[0]
    print(f"machine: nproc={os.cpu_count()} cpu={cpu_model()!r} python={platform.python_version()} load={load}")
    print(f"asks in corpus: {len(asks)} ({len(plain)} without a model name)")
    print(f"parse only:          {parse_s / len(asks) * 1e3:.3f} ms/ask  -> {len(asks) / parse_s:,.0f} asks/s")
    print(f"answer (all asks):   {answer_s / len(asks) * 1e3:.3f} ms/ask  -> {len(asks) / answer_s:,.0f} asks/s")
    print(f"answer (no catalog): {plain_s / len(plain) * 1e3:.3f} ms/ask  -> {len(plain) / plain_s:,.0f} asks/s")
    print(f"answer, 40,000-character ask: {long_s * 1e3:.1f} ms")
    worst, slowest = max((median_seconds(lambda t=t: parse(t), 3), t[:40]) for t in _adversarial())
    print(f"parse, slowest of {len(_adversarial())} adversarial 40,000-character asks: {worst * 1e3:.1f} ms "
          f"({slowest!r}...)")
    print(f"cold `import bot.router`: {_cold_import() * 1e3:.0f} ms")


if __name__ == "__main__":
    main()
