"""CPU per event on the serve bench's mix for several trees, interleaved round by round, so that a machine whose
load drifts (a shared one) weighs on every tree alike: the in-run comparison to read when the machine is not quiet.

    .venv/bin/python -m bench.interleave_serve --baseline 5807194 --baseline main --rounds 4

Each tree (this one, and each `--baseline` commit's, from `git archive`) is served by `pricebot serve --http`
(1 process) against the lean stub Web API, all started before the first round and left idle between their turns.
A round sends the mix (bench/bench_serve.py's) over `--concurrency` kept-alive connections from one thread (the
requests signed beforehand, as `bench_serve --raw-client`) to each server in turn for `--duration` seconds (the
order rotated every round), waits until every answer expected has been posted, and reads the server's own CPU
(utime + stime from /proc) up to the last answer's post. Prints each round's CPU ms per event, the median, and each
tree's ratio to the first `--baseline` (how many more events per CPU-second): of the medians, and the median of each
round's ratio (the trees of one round ran closest in time); and the events per second counted to the last answer, with
how long after the last ack that answer came (the backlog of answers the closed loop left).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
from pathlib import Path
from typing import Any

from bench.bench_load import machine
from bench.bench_serve import Server, _pythonpath, checkout, closed_loop, mixed, warm_up
from tests.support.harness import REPO, LeanStubProcess, pricebot_argv, server_env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", action="append", default=[],
                        help="a commit (or a directory holding a tree) to compare (repeatable)")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--duration", type=float, default=5.0, help="seconds of closed loop per server per round")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--json", default="/tmp/pricebot-interleave-serve.json")
    args = parser.parse_args()

    info = machine()
    rows: dict[str, list[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="pricebot-interleave-") as tmp_name:
        tmp = Path(tmp_name)
        stub = LeanStubProcess()
        trees = {f"baseline {commit}": Path(commit) if Path(commit).is_dir() else checkout(commit, tmp)
                 for commit in args.baseline}
        trees["this tree"] = REPO
        servers: dict[str, Server] = {}
        try:
            for i, (name, tree) in enumerate(trees.items()):
                env = server_env(stub.base_url, tmp / f"{i}.db", **_pythonpath(tree))
                servers[name] = Server(name, pricebot_argv(), env, cwd=tree)
                warm_up(stub, servers[name], f"W{i}", args.concurrency)
                rows[name] = []
            names = list(servers)
            for r in range(args.rounds):
                for name in names[r % len(names):] + names[:r % len(names)]:
                    row = closed_loop(stub, servers[name], lambda n, s=f"{r}{name[:12]}": mixed(n, s), args.duration,
                                      args.concurrency, check=True, raw=True)
                    row["loadavg"] = os.getloadavg()[0]
                    rows[name].append(row)
        finally:
            for server in servers.values():
                server.stop()
            stub.quit()
    info["loadavg_end"] = os.getloadavg()[0]
    Path(args.json).write_text(json.dumps({"machine": info, "args": vars(args), "rows": rows}, indent=2))
    print(report(info, args, rows))


def report(info: dict[str, Any], args: argparse.Namespace, rows: dict[str, list[dict[str, Any]]]) -> str:
    medians = {name: statistics.median(row["cpu_ms_per_event"] for row in runs) for name, runs in rows.items()}
    first = next(iter(medians.values()))
    first_runs = next(iter(rows.values()))
    paired = {name: statistics.median(f["cpu_ms_per_event"] / row["cpu_ms_per_event"]
                                      for f, row in zip(first_runs, runs, strict=True)) for name, runs in rows.items()}
    lines = [f"Machine: nproc {info['nproc']}, {info['cpu']}, Python {info['python']}, {info['date']}, load average "
             f"{info['loadavg_start']:.2f} at the start, {info['loadavg_end']:.2f} at the end; {args.rounds} rounds "
             f"of {args.duration:g} s at {args.concurrency} connections.", "",
             "| server | CPU ms per event (each round) | median | events per CPU-second vs the first (medians) | "
             "the same, round by round: median | answered exactly once | events/s to the last answer, median "
             "| drain after the last ack, median |", "|---|---|---:|---:|---:|---|---:|---:|"]
    for name, runs in rows.items():
        each = ", ".join(f"{row['cpu_ms_per_event']:.2f}" for row in runs)
        once = sum(row["answered_exactly_once"] for row in runs)
        expecting = sum(row["expecting_answer"] for row in runs)
        lines.append(f"| {name} | {each} | {medians[name]:.2f} | {first / medians[name]:.2f}x "
                     f"| {paired[name]:.2f}x | {once:,} of {expecting:,} "
                     f"| {statistics.median(row['events_per_s'] for row in runs):,.1f} "
                     f"| {statistics.median(row['drain_s'] for row in runs):.2f} s |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
