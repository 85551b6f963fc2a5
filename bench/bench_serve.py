"""The serve path, side by side in one run: events per CPU-second on the benchmark mix, a 30x burst, one process
against two, plain channel messages against the bare Bolt ack, and cold start to the first ack.

    .venv/bin/python -m bench.bench_serve                      # every phase (about 5 minutes)
    .venv/bin/python -m bench.bench_serve --baseline COMMIT    # also the same phases against COMMIT's code
    .venv/bin/python -m bench.bench_serve --tls                # the stub Web API behind TLS (self-signed)
    .venv/bin/python -m bench.bench_serve --cold-only --cold-runs 11   # only cold start to the first ack
    .venv/bin/python -m bench.bench_serve --raw-client --lean-stub     # a cheaper load client and stub Web API
    .venv/bin/python -m bench.bench_serve --raw-client --lean-stub --servers-nice 10   # client and stub first

Servers: `pricebot serve --http` with 1 and 2 workers, the bare Bolt app (bench/load/bare_app.py, acks only)
and, with --baseline, `pricebot serve --http` from another commit's tree (`git archive`, run with this venv).
The stub Web API runs in its own process (with --lean-stub, tests/support/lean_stub.py: one thread, answers
rendered at start-up; Slack is remote in production, so the stub's cost is not pricebot's). The mix: 1 in 4
events an @mention asking a quote, 1 in 4 a channel message that gets coached, 2 in 4 plain channel messages that
need nothing. With --raw-client the closed loop's requests are signed beforehand and sent from one thread over
kept-alive sockets. Each phase reports the load client's and the stub's own CPU per request, the cost they put on
the shared cores. CPU is the servers' own (utime + stime from /proc, parent and workers, user and system apart),
read through the phase; "per core" is events per CPU-second. A server can ack faster than it answers (the work runs
after the ack), so a mix phase lasts until the stub has received the last expected answer: events/s and the CPU
count up to that post, and "drain" is how long after the last ack it came. "acked/s while sending" is the figure
rounds before Round 11 reported as events/s. Each server is warmed by 800 events of the mix first (`warm_up`).
Every phase is bounded by a count and a time. Cold start is reported as wall time from process start
to the first ack and as the CPU the server process used until then (utime + stime from /proc, read as the ack
arrives), the steadier figure on a shared machine. Prints Markdown and writes the raw figures to --json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.bench_load import bare_argv, first_ack, free_port, latency_summary, machine, ms
from tests.support.harness import (
    REPO,
    LeanStubProcess,
    Sample,
    Served,
    SignedEvent,
    StubProcess,
    make_event,
    percentile,
    prepared,
    pricebot_argv,
    send_at_rate,
    send_closed_loop,
    send_closed_loop_raw,
    server_env,
    wait_for_deliveries,
)

TICK = os.sysconf("SC_CLK_TCK")
MIX = ("mention", "coached", "plain", "plain")


def mixed(n: int, run: str) -> SignedEvent:
    return make_event(n, kind=MIX[n % len(MIX)], run=run)


#: How long the bench waits for a next answer before it counts the ones still missing as lost. Answering can pause
#: for over a second while a backlog is still being answered (Round 8 found rounds cut short at 1 s, and Round 11
#: one stopped with 1,489 of 16,281 answers not posted), which made such a phase's CPU per event too low.
QUIET_FOR = 10.0

#: Requests built before a --raw-client closed-loop phase (a phase that acks them all sooner ends early).
RAW_LIMIT = 60_000


def client_cpu() -> float:
    """The load client's own CPU (this process: user + system), as a phase's cost to the shared cores."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_split(pids: Sequence[int]) -> tuple[float, float]:
    """(user, system) CPU seconds of `pids` (every thread), from /proc."""
    user = system = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        user, system = user + int(fields[11]), system + int(fields[12])  # utime, stime
    return user / TICK, system / TICK


def cpu_seconds(pids: Sequence[int]) -> float:
    return sum(cpu_split(pids))


def thread_count(pids: Sequence[int]) -> int:
    total = 0
    for pid in pids:
        try:
            total += len(os.listdir(f"/proc/{pid}/task"))
        except FileNotFoundError:
            continue
    return total


class CpuTrace:
    """The servers' (user, system) CPU read every `every` seconds on a thread of this process, so that the CPU up to
    a moment known only afterwards (the last answer's post) can be read: the first reading at or after it."""

    def __init__(self, pids: Sequence[int], every: float = 0.02) -> None:
        self._pids, self._every = list(pids), every
        self.readings: list[tuple[float, float, float]] = []
        self.each: list[list[float]] = []  # per reading, each pid's user + system CPU seconds
        self._read()
        self.threads = thread_count(pids)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        now = time.perf_counter()
        split = [cpu_split([pid]) for pid in self._pids]
        self.readings.append((now, sum(u for u, _ in split), sum(s for _, s in split)))
        self.each.append([u + s for u, s in split])

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            self._read()
            self.threads = max(self.threads, thread_count(self._pids))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self._read()

    def per_process(self, moment: float) -> list[float]:
        """Each pid's CPU seconds from the start to `moment` (as `at`)."""
        at = next((i for i, r in enumerate(self.readings) if r[0] >= moment), len(self.readings) - 1)
        return [after - before for before, after in zip(self.each[0], self.each[at], strict=True)]

    def at(self, moment: float) -> tuple[float, float]:
        """(user, system) CPU seconds used from the start to `moment` (the first reading at or after it)."""
        start = self.readings[0]
        reading = next((r for r in self.readings if r[0] >= moment), self.readings[-1])
        return reading[1] - start[1], reading[2] - start[2]


class Server:
    """A served process and the pids whose CPU counts (the parent and, with --workers, its workers)."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], cwd: Path = REPO) -> None:
        self.name = name
        self.served = Served(argv, env, cwd=cwd)
        self.pids = [self.served.pid]
        if "--workers" in argv:
            found = self.served.wait_for(r"workers serving port \d+: ([\d, ]+)")
            self.pids += [int(p) for p in found.group(1).split(", ")]

    def cpu(self) -> float:
        return cpu_seconds(self.pids)

    def stop(self) -> None:
        self.served.stop("TERM")


def answered(stub: StubProcess, events: Sequence[SignedEvent], samples: Sequence[Sample],
             timeout: float) -> dict[str, Any]:
    """Deliveries of the events that expect an answer, and how long after it was due each answer was posted."""
    expecting = [e for e in events if e.expected.method != "none"]
    found, _ = wait_for_deliveries(stub, expecting, timeout=timeout, quiet_for=QUIET_FOR)
    due = {e.event_id: s.scheduled for e, s in zip(events, samples, strict=True)}
    offset = time.time() - time.perf_counter()  # the stub stamps posts with wall-clock time
    delays = [found.first_at[e.event_id] - (due[e.event_id] + offset)
              for e in expecting if e.event_id in found.first_at]
    return {"expecting_answer": len(expecting), "answered_exactly_once": found.exactly_once(expecting),
            "missing": len(found.missing(expecting)), "duplicated": len(found.duplicated(expecting)),
            "busy_notes": found.busy, "answer_p50_ms": ms(percentile(delays, 50)),
            "answer_p99_ms": ms(percentile(delays, 99)),
            "answer_max_ms": ms(max(delays)) if delays else None}


def closed_loop(stub: StubProcess, server: Server, make: Callable[[int], SignedEvent], duration: float,
                concurrency: int, check: bool, raw: bool = False) -> dict[str, Any]:
    """A closed loop of `make`'s events for `duration` seconds. `ack_per_s` is the rate of acks while the client
    sends; with `check`, the phase lasts until the last expected answer reaches the stub (answers can still be
    posted long after the last ack when the server acks faster than it answers), and `events_per_s` counts every
    acked event over that whole time, `answers_per_s` the answers posted, and the CPU is the servers' up to the
    last answer. Without `check` (nothing to answer, or the bare app) the phase ends at the last ack."""
    stub.reset()
    host, port = server.served.host, server.served.port
    built = prepared(make, RAW_LIMIT, host, port) if raw else None  # built and signed before the clock starts
    client_before, stub_before = client_cpu(), cpu_seconds([stub.pid])
    trace = CpuTrace(server.pids)
    if built is not None:
        samples, events = send_closed_loop_raw(host, port, *built, concurrency=concurrency, duration=duration)
    else:
        samples, events = send_closed_loop(host, port, make, concurrency=concurrency, duration=duration,
                                           limit=50_000)
    client, stub_used = client_cpu() - client_before, cpu_seconds([stub.pid]) - stub_before
    first, last_ack = min(s.scheduled for s in samples), max(s.done for s in samples)
    row: dict[str, Any] = {"server": server.name, **latency_summary(samples),
                           "client_cpu_ms_per_request": round(1000 * client / max(len(samples), 1), 3),
                           "stub_cpu_ms_per_request": round(1000 * stub_used / max(len(samples), 1), 3)}
    end = last_ack
    if check:
        expecting = [e for e in events if e.expected.method != "none"]
        found, _ = wait_for_deliveries(stub, expecting, timeout=120, quiet_for=QUIET_FOR)
        offset = time.time() - time.perf_counter()  # the stub stamps posts with wall-clock time
        posted = [found.first_at[e.event_id] - offset for e in expecting if e.event_id in found.first_at]
        end = max([last_ack, *posted])
        row.update({"expecting_answer": len(expecting), "answered_exactly_once": found.exactly_once(expecting),
                    "duplicated": len(found.duplicated(expecting)), "answered": len(posted),
                    "busy_notes": found.busy,
                    "drain_s": round(end - last_ack, 3)})
    else:
        time.sleep(0.5)
    trace.stop()
    user, system = trace.at(end)
    cpu = user + system
    window = max(end - first, 1e-9)
    row.update({"cpu_s": round(cpu, 2), "user_s": round(user, 2), "system_s": round(system, 2),
                "threads": trace.threads, "window_s": round(window, 3),
                # CPU-seconds a second: how much of the cores the servers used over the phase, and each process
                # (with --workers, the parent first, then each worker)
                "cores_used": round(cpu / window, 2),
                "cores_per_process": [round(c / window, 2) for c in trace.per_process(end)],
                "events_per_s": round(row["acked"] / window, 1),
                "cpu_ms_per_event": round(1000 * cpu / max(row["acked"], 1), 3),
                "events_per_cpu_s": round(row["acked"] / cpu, 1) if cpu else None})
    if check:
        row.update({"answers_per_s": round(row["answered"] / window, 1),
                    "cpu_ms_per_answer": round(1000 * cpu / max(row["answered"], 1), 3)})
    print(json.dumps(row), file=sys.stderr, flush=True)
    return row


#: Events of the warm-up (the mix) before a server's first phase.
WARM_UP_EVENTS = 800


def warm_up(stub: StubProcess, server: Server, run: str, concurrency: int, answered: bool = True) -> None:
    """The mix at `concurrency` connections until WARM_UP_EVENTS are acked (and answered), so that what a process
    does once (loading the answering code, building the coaching checks' pattern screens once a rule has been
    searched 50 times: about 0.1-0.3 s of CPU) is not counted in the first phase, and with --workers every worker
    (connections spread between them by the kernel) is warmed."""
    stub.reset()
    built = prepared(lambda n: mixed(n, run), WARM_UP_EVENTS, server.served.host, server.served.port)
    send_closed_loop_raw(server.served.host, server.served.port, *built, concurrency=concurrency, duration=60)
    if answered:
        wait_for_deliveries(stub, [e for e in built[0] if e.expected.method != "none"], timeout=60)
    time.sleep(0.5)


def burst(stub: StubProcess, server: Server, rate: int, duration: float) -> dict[str, Any]:
    stub.reset()
    events = [mixed(n, f"B{server.name}") for n in range(int(rate * duration))]
    samples = send_at_rate(server.served.host, server.served.port, events, rate=rate, workers=32)
    row: dict[str, Any] = {"server": server.name, "rate": rate, "duration_s": duration, **latency_summary(samples),
                           "acks_over_1s": sum(1 for s in samples if s.status != 200 or s.latency > 1.0)}
    row.update(answered(stub, events, samples, timeout=120))
    print(json.dumps(row), file=sys.stderr, flush=True)
    return row


def cold_start(stub: StubProcess, tmp: Path, argvs: dict[str, tuple[Callable[[int], list[str]], Path]],
               runs: int, extra: dict[str, str]) -> dict[str, Any]:
    """Process start to the first signed event acked with 200, each process in turn (interleaved run by run, so
    a burst of load hits each alike): a first start on a new database (its tables created), and a restart on the
    database an earlier start created (the usual case for a deployed bot: a deploy or a crash)."""
    variants = {f"{name}, {kind}": (argv_for, cwd, kind) for name, (argv_for, cwd) in argvs.items()
                for kind in ("new database", "restart")}
    times: dict[str, list[float]] = {label: [] for label in variants}
    cpu: dict[str, list[float]] = {label: [] for label in variants}

    def once(label: str, i: int) -> tuple[float, float]:
        """(wall seconds, the server's own CPU seconds) from process start to the first ack."""
        argv_for, cwd, kind = variants[label]
        db = tmp / (f"cold-{label}-{i}.db" if kind == "new database" else f"cold-{label}.db")
        port = free_port()
        env = server_env(stub.base_url, db, **extra, **_pythonpath(cwd))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode written and read, as in any installed copy
        started = time.perf_counter()
        proc = subprocess.Popen(argv_for(port), cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            wall = first_ack("127.0.0.1", port, started + 60) - started
            # the CPU it spent starting and acking (steadier than wall time on a shared machine; read at once,
            # so the work after the ack adds only what it did in the moment between)
            return wall, cpu_seconds([proc.pid])
        finally:
            proc.terminate()
            proc.wait(timeout=15)

    for label in variants:  # warms the OS caches, writes bytecode, creates the restart variants' databases
        once(label, -1)
    for i in range(runs):
        for label in variants:
            wall, used = once(label, i)
            times[label].append(wall)
            cpu[label].append(used)
    result = {label: {"runs": runs, "median_s": round(statistics.median(t), 3), "min_s": round(min(t), 3),
                      "max_s": round(max(t), 3), "cpu_median_s": round(statistics.median(cpu[label]), 3),
                      "cpu_min_s": round(min(cpu[label]), 3), "cpu_max_s": round(max(cpu[label]), 3)}
              for label, t in times.items()}
    print(json.dumps({"cold_start": result}), file=sys.stderr, flush=True)
    return result


def _pythonpath(tree: Path) -> dict[str, str]:
    return {} if tree == REPO else {"PYTHONPATH": str(tree)}


def checkout(commit: str, tmp: Path) -> Path:
    tree = tmp / f"tree-{commit[:10]}"
    tree.mkdir()
    archive = subprocess.run(["git", "archive", commit], cwd=REPO, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def tls_certificate(tmp: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (openssl), trusted by the servers through SSL_CERT_FILE."""
    cert, key = tmp / "stub.crt", tmp / "stub.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", help="also run the phases against this commit's code")
    parser.add_argument("--tls", action="store_true", help="serve the stub Web API over HTTPS (self-signed)")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per closed-loop phase (default 10)")
    parser.add_argument("--burst-rate", type=int, default=250, help="events/s in the burst (default 250)")
    parser.add_argument("--burst-duration", type=float, default=10.0, help="seconds of burst (default 10)")
    parser.add_argument("--concurrency", type=int, default=16, help="closed-loop connections (default 16)")
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--cold-only", action="store_true", help="measure only cold start to the first ack")
    parser.add_argument("--raw-client", action="store_true",
                        help="closed loop with requests built and signed beforehand, sent over plain sockets "
                             "(a cheaper load client: more of the 2 cores go to the servers)")
    parser.add_argument("--lean-stub", action="store_true",
                        help="the lean stub Web API (tests/support/lean_stub.py: one thread, answers rendered at "
                             "start-up) instead of the scriptable one; not with --tls")
    parser.add_argument("--servers-nice", type=int, default=0,
                        help="run the servers at this niceness, so the load client and the stub (remote in production)"
                             " are never kept waiting for a core by the servers they measure (default 0)")
    parser.add_argument("--only", help="comma-separated server names to run (e.g. 'pricebot'), default all")
    parser.add_argument("--json", default="/tmp/pricebot-bench-serve.json")
    args = parser.parse_args()

    info = machine()
    info["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                                    text=True).stdout.strip()
    results: dict[str, Any] = {"machine": info, "args": vars(args), "mix": MIX}
    with tempfile.TemporaryDirectory(prefix="pricebot-bench-serve-") as tmp_name:
        tmp = Path(tmp_name)
        extra: dict[str, str] = {}
        stub_args: list[str] = []
        if args.tls:
            cert, key = tls_certificate(tmp)
            extra["SSL_CERT_FILE"] = str(cert)
            stub_args = ["--tls", str(cert), str(key)]
        if args.lean_stub and args.tls:
            parser.error("--lean-stub serves plain HTTP only")
        stub = LeanStubProcess() if args.lean_stub else StubProcess(*stub_args)
        trees = {"pricebot": REPO}
        if args.baseline:
            trees[f"baseline {args.baseline}"] = checkout(args.baseline, tmp)
        configs: list[tuple[str, list[str], Path]] = [("bare", bare_argv(), REPO)]
        for name, tree in trees.items():
            configs.append((f"{name} (1 process)", pricebot_argv(), tree))
            configs.append((f"{name} (2 processes)", [*pricebot_argv(), "--workers", "2"], tree))
        rows: dict[str, list[dict[str, Any]]] = {"mix": [], "plain": [], "burst": []}
        try:
            for name, argv, tree in [] if args.cold_only else configs:
                if "baseline" in name and "--workers" in argv:
                    continue  # the baseline has no --workers
                if args.only and not any(name.startswith(only) for only in args.only.split(",")):
                    continue
                env = server_env(stub.base_url, tmp / f"{len(rows['mix'])}-{name[:8]}.db", **extra,
                                 **_pythonpath(tree))
                niced = ["nice", "-n", str(args.servers_nice), *argv] if args.servers_nice else argv
                server = Server(name, niced, env, cwd=tree)
                try:
                    bare = name == "bare"
                    warm_up(stub, server, f"W{name}", args.concurrency, answered=not bare)
                    rows["mix"].append(closed_loop(stub, server, lambda n, s=name: mixed(n, f"M{s}"), args.duration,
                                                   args.concurrency, check=not bare, raw=args.raw_client))
                    rows["plain"].append(closed_loop(stub, server, lambda n, s=name: make_event(
                        n, kind="plain", run=f"P{s}"), args.duration, args.concurrency, check=False,
                        raw=args.raw_client))
                    if not bare:
                        rows["burst"].append(burst(stub, server, args.burst_rate, args.burst_duration))
                finally:
                    server.stop()
            results.update(rows)
            argvs = {"bare": (bare_argv, REPO), **{n: (pricebot_argv, t) for n, t in trees.items()}}
            results["cold_start"] = cold_start(stub, tmp, argvs, args.cold_runs, extra)
        finally:
            stub.quit()
    info["loadavg_end"] = os.getloadavg()[0]
    Path(args.json).write_text(json.dumps(results, indent=2))
    print(report(results))


def report(r: dict[str, Any]) -> str:
    m = r["machine"]
    lines = [f"Machine: nproc {m['nproc']}, {m['cpu']}, Python {m['python']}, {m['date']}, commit {m['commit']}, "
             f"load average {m['loadavg_start']:.2f} at the start, {m['loadavg_end']:.2f} at the end; "
             f"args {r['args']}."]
    if r["mix"]:
        lines += _phases(r)
    lines += ["", "| process | cold start to first ack, median | min | max | its CPU to the first ack, median | min "
              "| max |", "|---|---|---|---|---|---|---|"]
    for name, c in r["cold_start"].items():
        lines.append(f"| {name} | {c['median_s']} s | {c['min_s']} s | {c['max_s']} s | {c['cpu_median_s']} s "
                     f"| {c['cpu_min_s']} s | {c['cpu_max_s']} s |")
    return "\n".join(lines)


def _cores(row: dict[str, Any]) -> str:
    """CPU-seconds a second the servers used over the phase, and each working process's (a parent that only waits
    for its workers is left out)."""
    if "cores_used" not in row:
        return "—"
    each = [c for c in row["cores_per_process"] if c >= 0.01]
    return f"{row['cores_used']}" + (f" ({' + '.join(map(str, each))})" if len(each) > 1 else "")


def _scaling(mix: list[dict[str, Any]]) -> list[str]:
    """Each tree's 2 processes against its 1, in events/s to the last answer (issue 15's target: 1.6x)."""
    rows = {row["server"]: row for row in mix}
    lines = []
    for name, one in rows.items():
        two = rows.get(name.replace("(1 process)", "(2 processes)"))
        if name.endswith("(1 process)") and two is not None and one.get("events_per_s"):
            lines.append(f"{name.removesuffix(' (1 process)')}: 2 processes ÷ 1 = {two['events_per_s']:,} / "
                         f"{one['events_per_s']:,} events/s to the last answer = "
                         f"**{two['events_per_s'] / one['events_per_s']:.2f}x** (cores used "
                         f"{two.get('cores_used', '—')} against {one.get('cores_used', '—')})")
    return ["", *lines] if lines else []


def _phases(r: dict[str, Any]) -> list[str]:
    lines = ["", "Mix, closed loop. \"acked/s while sending\" is the column earlier rounds called events/s; \"events/s "
             "to the last answer\" counts the same acked events over the time until the stub received the last answer "
             "(\"drain\" is how long after the last ack that was), and the CPU is the servers' up to that answer.", "",
             "| server | acked/s while sending | events/s to the last answer | answers/s | drain | answered exactly "
             "once | CPU ms per event | events per CPU-second | CPU ms per answer | user / system CPU s | threads "
             "| cores used (each process) | plain messages: CPU ms per ack | acks per CPU-second "
             "| mix: load client / stub CPU ms per event |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    plain = {row["server"]: row for row in r["plain"]}
    for row in r["mix"]:
        p = plain[row["server"]]
        checked = "expecting_answer" in row
        once = f"{row['answered_exactly_once']:,} of {row['expecting_answer']:,}" if checked else "—"
        if row.get("busy_notes"):  # a saturated server's note to an @mention instead of its answer
            once += f" ({row['busy_notes']:,} busy notes)"
        harness = f"{row.get('client_cpu_ms_per_request', '—')} / {row.get('stub_cpu_ms_per_request', '—')}"
        answers = f"{row['answers_per_s']:,}" if checked else "—"
        drain = f"{row['drain_s']} s" if checked else "—"
        per_answer = row["cpu_ms_per_answer"] if checked else "—"
        lines.append(f"| {row['server']} | {row['ack_per_s']:,} | {row.get('events_per_s', row['ack_per_s']):,} "
                     f"| {answers} | {drain} | {once} | {row['cpu_ms_per_event']} | {row['events_per_cpu_s']} "
                     f"| {per_answer} | {row.get('user_s', '—')} / {row.get('system_s', '—')} "
                     f"| {row.get('threads', '—')} | {_cores(row)} | {p['cpu_ms_per_event']} | {p['events_per_cpu_s']} "
                     f"| {harness} |")
    lines += _scaling(r["mix"])
    lines += ["", f"Burst: {r['args']['burst_rate']} events/s for {r['args']['burst_duration']:.0f} s (the mix).", "",
              "| server | acked | ack p50 | p99 | max | acks over 1 s | answered exactly once | missing / doubled "
              "| answer p50 | p99 | max |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for row in r["burst"]:
        lines.append(f"| {row['server']} | {row['acked']:,} of {row['sent']:,} | {row['p50_ms']} ms "
                     f"| {row['p99_ms']} ms | {row['max_ms']} ms | {row['acks_over_1s']} "
                     f"| {row['answered_exactly_once']:,} of {row['expecting_answer']:,} "
                     f"| {row['missing']} / {row['duplicated']}"
                     f"{' (' + format(row['busy_notes'], ',') + ' busy notes)' if row.get('busy_notes') else ''} "
                     f"| {row['answer_p50_ms']} ms "
                     f"| {row['answer_p99_ms']} ms | {row['answer_max_ms']} ms |")
    return lines


if __name__ == "__main__":
    main()
