"""Command start-up: `pricebot --help` and `pricebot ask` on a message with its own rates, side by side with a
bare `python -c pass`, each a fresh process.

Run:  .venv/bin/python -m bench.bench_startup [--runs 15] [--compare DIR]
Figures go into docs/benchmarks.md, "## Start-up". ``--compare DIR`` also runs both pricebot commands from
another checkout (e.g. ``git worktree add /tmp/before COMMIT``), interleaved with these, labelled "before".
Reported per command: the median CPU time (user + system, from the child's rusage: steadier than wall time on
a shared machine) and the median wall time over --runs runs, interleaved so a burst of load hits every command
alike, and each median as a multiple of bare Python's; with ``--compare``, each command's CPU median as a ratio to
the other checkout's. The
`ask` run also lists the heavy packages it imported (it must import neither Bolt nor the store's driver).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench._timing import cpu_model

ASK = "2M input + 500k output tokens a day at $5/$15 per 1M"
PRICEBOT = [sys.executable, "-m", "bot"]
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "pricebot --help": [*PRICEBOT, "--help"],
    f'pricebot ask "{ASK}"': [*PRICEBOT, "ask", ASK],
}
HEAVY = ("slack_bolt", "slack_sdk", "sqlite_utils", "psycopg", "pydantic_settings", "matplotlib", "numpy", "waitress")
_PROBE = (  # what was loaded is printed at exit (`ask` ends as soon as its atexit handlers have run)
    "import atexit, runpy, sys\n"
    "sys.argv = ['pricebot', 'ask', sys.argv[1]]\n"
    f"atexit.register(lambda: print(' '.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr))\n"
    "try:\n    runpy.run_module('bot', run_name='__main__')\n"
    "except SystemExit:\n    pass\n"
)


def run_once(argv: list[str], env: dict[str, str], cwd: Path | None = None) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one fresh process (`python -m bot` runs the checkout in `cwd`)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--compare", type=Path, help="another checkout to run the pricebot commands from")
    args = parser.parse_args()
    here = Path(__file__).resolve().parents[1]
    runs = {name: (argv, here) for name, argv in COMMANDS.items()}
    if args.compare is not None:
        runs |= {f"{name} (before)": (argv, args.compare.resolve()) for name, argv in COMMANDS.items()
                 if name.startswith("pricebot")}
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PRICEBOT_DB": str(Path(tmp) / "pricebot.db")}
        # no Slack settings; and bytecode is written and read, as in any installed copy (an inherited
        # PYTHONDONTWRITEBYTECODE would make every run compile pricebot's modules from source again)
        env = {k: v for k, v in env.items() if not k.startswith("SLACK_") and k != "PYTHONDONTWRITEBYTECODE"}
        for argv, cwd in runs.values():  # warm the OS caches and Python's bytecode caches
            run_once(argv, env, cwd)
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
        for _ in range(args.runs):
            for name, (argv, cwd) in runs.items():
                samples[name].append(run_once(argv, env, cwd))
        probe = subprocess.run([sys.executable, "-c", _PROBE, ASK], env=env, cwd=here, capture_output=True,
                               text=True, check=True)
    base_cpu = statistics.median(c for c, _ in samples["python -c pass"])
    base_wall = statistics.median(w for _, w in samples["python -c pass"])
    print(f"machine: {cpu_model()}, nproc {os.cpu_count()}, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f}; median of {args.runs} runs each")
    print(f"{'command':73} {'CPU ms':>7} {'×bare':>6} {'wall ms':>8} {'×bare':>6}")
    for name, runs in samples.items():
        cpu = statistics.median(c for c, _ in runs)
        wall = statistics.median(w for _, w in runs)
        print(f"{name:73} {cpu * 1000:7.0f} {cpu / base_cpu:6.1f} {wall * 1000:8.0f} {wall / base_wall:6.1f}")
    for name in COMMANDS:  # with --compare: this checkout's median CPU against the other's, same run
        if f"{name} (before)" in samples:
            now = statistics.median(c for c, _ in samples[name])
            before = statistics.median(c for c, _ in samples[f"{name} (before)"])
            print(f"CPU now ÷ before, {name}: {now / before:.3f} ({(1 - now / before) * 100:.1f}% less)")
    heavy = probe.stderr.strip().splitlines()[-1] if probe.stderr.strip() else ""
    print(f"heavy packages imported by `pricebot ask`: {heavy or 'none'} (of {', '.join(HEAVY)})")


if __name__ == "__main__":
    main()
