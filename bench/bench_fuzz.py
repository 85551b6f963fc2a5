"""The reliability fuzz tests at the benchmark budget: `HYPOTHESIS_PROFILE=bench` (10,000 examples per test).

    .venv/bin/python -m bench.bench_fuzz            # also run at the end of bench/bench_load.py

Runs tests/reliability/test_fuzz.py (the linter, the router's replies, and signed odd payloads through the real
HTTP server) and reports, per test, the examples hypothesis ran and whether any failed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TESTS = "tests/reliability/test_fuzz.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", default="bench")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    counts_file = Path(tempfile.gettempdir()) / f"pricebot-fuzz-counts-{os.getpid()}.json"
    env = dict(os.environ, HYPOTHESIS_PROFILE=args.profile, PRICEBOT_FUZZ_COUNTS=str(counts_file))
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-show-statistics",
         "-p", "no:warnings", TESTS],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=3600,
    )
    wall = time.perf_counter() - started
    per_test: dict[str, dict[str, int]] = {}  # passing/failing/invalid per test
    current = None
    for line in result.stdout.splitlines():
        if line.startswith(TESTS + "::"):
            current = line.split("::", 1)[1].rstrip(":")
        elif current and (m := re.search(r"(\d+) passing, (\d+) failing, and (\d+) invalid", line)):
            counts = per_test.setdefault(current, {"passing": 0, "failing": 0, "invalid": 0})
            counts["passing"] += int(m.group(1))
            counts["failing"] += int(m.group(2))
            counts["invalid"] += int(m.group(3))
    if counts_file.exists():  # the payload test's @given runs inside the test: its statuses are written here
        statuses = json.loads(counts_file.read_text())
        counts_file.unlink()
        per_test["test_odd_signed_payloads (HTTP status: count)"] = statuses
        per_test["test_odd_signed_payloads (sent)"] = {"passing": sum(statuses.values()), "failing": 0, "invalid": 0}
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-500:]
    total = sum(c.get("passing", 0) + c.get("failing", 0) for c in per_test.values())
    report = {"profile": args.profile, "wall_s": round(wall, 1), "exit": result.returncode, "pytest": summary,
              "tests": per_test, "total_examples": total}
    print("Fuzz:", json.dumps(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    if result.returncode:
        print(result.stdout[-4000:], file=sys.stderr)
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
