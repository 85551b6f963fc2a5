"""Load, cold start and a Web API outage against `pricebot serve --http`, beside a bare Bolt app that only acks.

One command runs everything (and then bench/bench_fuzz.py):

    .venv/bin/python -m bench.bench_load            # rates 25,50,100,200 ev/s x 10 s, 30 s outage, fuzz
    .venv/bin/python -m bench.bench_load --quick    # a smoke run (seconds, not minutes)

Loopback only. Every phase is bounded (events = rate x duration) and the whole run stops by itself. The stub
Web API runs in its own process and records posts; pricebot and the bare app are real subprocesses, each with
its own temporary PRICEBOT_DB. Prints a Markdown report (for docs/benchmarks.md and docs/reliability.md) and
writes the raw figures to --json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.support.harness import (
    PYTHON,
    REPO,
    Connection,
    Sample,
    Served,
    SignedEvent,
    StubProcess,
    make_event,
    percentile,
    pricebot_argv,
    send_at_rate,
    send_closed_loop,
    server_env,
    wait_for_deliveries,
)


def bare_argv(port: int = 0, threads: int = 8) -> list[str]:
    return [PYTHON, "-m", "bench.load.bare_app", "--port", str(port), "--threads", str(threads)]


def machine() -> dict[str, Any]:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), "?")
    return {"nproc": os.cpu_count(), "cpu": model, "python": platform.python_version(),
            "loadavg_start": os.getloadavg()[0], "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def latency_summary(samples: Sequence[Sample]) -> dict[str, Any]:
    ok = [s for s in samples if s.status == 200]
    lat = [s.latency for s in ok]
    first, last = min(s.scheduled for s in samples), max(s.done for s in samples)
    return {
        "sent": len(samples), "acked": len(ok), "errors": len(samples) - len(ok),
        "error_kinds": sorted({s.error or str(s.status) for s in samples if s.status != 200}),
        "ack_per_s": round(len(ok) / (last - first), 1),
        "p50_ms": ms(percentile(lat, 50)), "p95_ms": ms(percentile(lat, 95)), "p99_ms": ms(percentile(lat, 99)),
        "max_ms": ms(max(lat)) if lat else None,
        "client_lag_p99_ms": ms(percentile([s.lag for s in samples], 99)),
    }


def delivery_summary(stub: StubProcess, events: Sequence[SignedEvent], samples: Sequence[Sample],
                     timeout: float) -> dict[str, Any]:
    found, last_post = wait_for_deliveries(stub, events, timeout=timeout)
    first = min(s.scheduled for s in samples)
    answered = sum(1 for e in events if found.per_event[e.event_id] >= 1)
    return {
        "answered_exactly_once": found.exactly_once(events), "missing": len(found.missing(events)),
        "duplicated": len(found.duplicated(events)), "warnings": found.warnings, "unexpected_posts": found.unexpected,
        "charts": found.charts,
        "posts_per_event": round(sum(found.per_event.values()) / len(events), 4),
        "answered_per_s": round(answered / max(last_post - first, 1e-9), 1),
        "drain_s": round(max(0.0, last_post - max(s.done for s in samples)), 2),
    }


def warm_up(server: Served, stub: StubProcess, run: str, answered: bool) -> None:
    events = [make_event(n, run=run) for n in range(20)]
    send_at_rate(server.host, server.port, events, rate=20, workers=4)
    if answered:
        wait_for_deliveries(stub, events, timeout=60)


def rate_phases(stub: StubProcess, servers: dict[str, Served], rates: Sequence[int], duration: float,
                workers: int) -> list[dict[str, Any]]:
    rows = []
    for rate in rates:
        for name, server in servers.items():
            stub.reset()
            count = int(rate * duration)
            events = [make_event(n, run=f"R{rate}{name[0]}") for n in range(count)]
            samples = send_at_rate(server.host, server.port, events, rate=rate, workers=workers)
            row: dict[str, Any] = {"server": name, "rate": rate, "duration_s": duration,
                                   **latency_summary(samples)}
            if name == "pricebot":
                row.update(delivery_summary(stub, events, samples, timeout=max(60, duration * 3)))
            else:
                time.sleep(1)
            row["rss_mb"] = round(server.memory().get("VmRSS", 0) / 1024, 1)
            row["peak_rss_mb"] = round(server.memory().get("VmHWM", 0) / 1024, 1)
            rows.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
    return rows


def saturation(stub: StubProcess, servers: dict[str, Served], duration: float, concurrency: int) -> dict[str, Any]:
    """Closed loop: each connection sends its next event as soon as the last one was acked."""
    out: dict[str, Any] = {}
    for name, server in servers.items():
        stub.reset()
        samples, events = send_closed_loop(server.host, server.port, lambda n, name=name: make_event(n, run=f"S{name}"),
                                           concurrency=concurrency, duration=duration, limit=100_000)
        row = {"concurrency": concurrency, **latency_summary(samples)}
        if name == "pricebot":
            row.update(delivery_summary(stub, events, samples, timeout=180))
        row["peak_rss_mb"] = round(server.memory().get("VmHWM", 0) / 1024, 1)
        out[name] = row
        print(json.dumps({name: row}), file=sys.stderr, flush=True)
    return out


def first_ack(url_host: str, port: int, deadline: float) -> float:
    """Poll with a signed event until it is acked; returns the perf_counter time of the ack."""
    event = make_event(kind="coached", run="C")
    while time.perf_counter() < deadline:
        conn = Connection(url_host, port, timeout=5)
        try:
            status, _ = conn.post("/slack/events", event.body, event.headers())
            if status == 200:
                return time.perf_counter()
        except OSError:
            pass
        finally:
            conn.close()
        time.sleep(0.005)
    raise RuntimeError("no ack before the deadline")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cold_start(stub: StubProcess, tmp: Path, runs: int) -> dict[str, Any]:
    """Process start to the first successful (signed, 200) ack, on a fixed port, fresh database each time."""
    result: dict[str, Any] = {}
    for name, argv_for in (("bare", bare_argv), ("pricebot", pricebot_argv)):
        times = []
        for i in range(runs):
            port = free_port()
            env = server_env(stub.base_url, tmp / f"cold-{name}-{i}.db")
            started = time.perf_counter()
            proc = subprocess.Popen(argv_for(port), cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            try:
                times.append(first_ack("127.0.0.1", port, started + 60) - started)
            finally:
                proc.terminate()
                proc.wait(timeout=15)
        result[name] = {"runs": runs, "median_s": round(statistics.median(times), 3),
                        "min_s": round(min(times), 3), "max_s": round(max(times), 3)}
    return result


_IMPORT = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)")


def import_profile(stub: StubProcess, tmp: Path) -> dict[str, Any]:
    """`python -X importtime -m bot serve --http`: what is imported before it serves, and on the first answers."""
    env = server_env(stub.base_url, tmp / "importtime.db")
    argv = [PYTHON, "-X", "importtime", *pricebot_argv()[1:]]
    server = Served(argv, env)
    before = len(server.lines)
    events = [make_event(n, run="I") for n in range(4)]
    send_at_rate(server.host, server.port, events, rate=10, workers=2)
    wait_for_deliveries(stub, events, timeout=60)
    server.stop()
    serving_at = next(i for i, line in enumerate(server.lines) if "serving http" in line)

    def parse(lines: Sequence[str]) -> list[tuple[str, int, int]]:
        rows = []
        for line in lines:
            if m := _IMPORT.search(line):
                rows.append((m.group(4), int(m.group(1)), int(m.group(2))))
        return rows

    startup = parse(server.lines[:serving_at])
    later = parse(server.lines[serving_at:])
    del before
    top = sorted(startup, key=lambda r: -r[2])
    top_level = [r for r in top if "." not in r[0]][:12]
    heavy = ("matplotlib", "genai_prices", "numpy", "PIL", "pandas")
    return {
        "startup_total_ms": round(sum(r[1] for r in startup) / 1000, 1),
        "startup_top_level_cumulative_ms": [(n, round(c / 1000, 1)) for n, _, c in top_level],
        "heavy_at_startup": sorted({n.split(".")[0] for n, _, _ in startup if n.split(".")[0] in heavy}),
        "heavy_on_first_answers": sorted({n.split(".")[0] for n, _, _ in later if n.split(".")[0] in heavy}),
        "first_answers_import_ms": round(sum(r[1] for r in later) / 1000, 1),
        "first_answers_top": [(n, round(c / 1000, 1)) for n, _, c in sorted(later, key=lambda r: -r[2])
                              if "." not in n][:6],
    }


def outage(stub: StubProcess, server: Served, seconds: float, rate: float) -> dict[str, Any]:
    """The Web API refuses connections for `seconds` while events keep arriving at `rate`; then it is back."""
    stub.reset()
    before = [make_event(n, run="Ob") for n in range(int(rate * 2))]
    during = [make_event(n, run="Od") for n in range(int(rate * seconds))]
    after = [make_event(n, run="Oa") for n in range(int(rate * 3))]
    send_at_rate(server.host, server.port, before, rate=rate, workers=4)
    stub.down()
    down_at = time.perf_counter()
    samples = send_at_rate(server.host, server.port, during, rate=rate, workers=4)
    time.sleep(max(0.0, seconds - (time.perf_counter() - down_at)))
    stub.up()
    up_at = time.perf_counter()
    after_samples = send_at_rate(server.host, server.port, after, rate=rate, workers=4)
    everything = before + during + after
    found, _ = wait_for_deliveries(stub, everything, timeout=60, quiet_for=8)
    recovered = [e for e in after if found.per_event[e.event_id] == 1]
    return {
        "outage_s": round(up_at - down_at, 1), "rate": rate,
        "acked_during": sum(1 for s in samples if s.status == 200), "sent_during": len(samples),
        "ack_p99_during_ms": ms(percentile([s.latency for s in samples], 99)),
        "answered_before": sum(1 for e in before if found.per_event[e.event_id] == 1), "sent_before": len(before),
        "answered_during_outage_events": sum(1 for e in during if found.per_event[e.event_id] >= 1),
        "answered_after": len(recovered), "sent_after": len(after),
        "ack_p99_after_ms": ms(percentile([s.latency for s in after_samples], 99)),
        "duplicated": len(found.duplicated(everything)),
        "retry_logs": sum(1 for line in server.lines if "retry" in line.lower()),
        "failure_logs": sum(1 for line in server.lines if " ERROR " in line),
    }


def restarts(stub: StubProcess, tmp: Path, rate: float, seconds: float) -> list[dict[str, Any]]:
    """Kill the server (SIGTERM, then SIGKILL) half-way through a burst, start it again on the same database and
    resend every acked event as Slack's retry (same event_id, X-Slack-Retry-Num 1): answered at most once?"""
    import threading

    env = server_env(stub.base_url, tmp / "restart.db")
    rows = []
    for signal_name in ("TERM", "KILL"):
        stub.reset()
        server = Served(pricebot_argv(), env)
        warm_up(server, stub, f"Rw{signal_name}", answered=True)
        stub.reset()
        events = [make_event(n, run=f"R{signal_name}") for n in range(int(rate * seconds))]
        killer = threading.Timer(seconds / 2, server.stop, kwargs={"signal_": signal_name})
        killer.start()
        samples = send_at_rate(server.host, server.port, events, rate=rate, workers=8)
        killer.join()
        acked = [e for e, smp in zip(events, samples, strict=True) if smp.status == 200]
        answered_before_restart, _ = wait_for_deliveries(stub, acked, timeout=5, quiet_for=1)
        again = Served(pricebot_argv(), env)
        send_at_rate(again.host, again.port, acked, rate=rate * 2, workers=8,
                     headers_for=lambda e: e.headers(retry_num=1))
        found, _ = wait_for_deliveries(stub, acked, timeout=20, quiet_for=2)
        again.stop()
        rows.append({
            "signal": signal_name, "sent": len(events), "acked_before_kill": len(acked),
            "answered_by_first_process": sum(1 for e in acked if answered_before_restart.per_event[e.event_id]),
            "answered_after_retries": sum(1 for e in acked if found.per_event[e.event_id]),
            "never_answered": len(found.missing(acked)), "answered_twice": len(found.duplicated(acked)),
        })
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    return rows


def table(rows: list[dict[str, Any]], columns: Sequence[str]) -> str:
    out = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        out.append("| " + " | ".join(str(row.get(c, "")) for c in columns) + " |")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rates", default="25,50,100,200", help="offered events/s, comma-separated")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per rate")
    parser.add_argument("--workers", type=int, default=16, help="client connections for the open-loop phases")
    parser.add_argument("--saturation", type=float, default=10.0, help="seconds of closed-loop load (0 skips)")
    parser.add_argument("--concurrency", type=int, default=8, help="connections in the closed loop")
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--outage", type=float, default=30.0, help="seconds the Web API is down (0 skips)")
    parser.add_argument("--outage-rate", type=float, default=10.0)
    parser.add_argument("--restart-rate", type=float, default=50.0, help="events/s during the restarts (0 skips)")
    parser.add_argument("--no-fuzz", action="store_true", help="skip bench/bench_fuzz.py")
    parser.add_argument("--quick", action="store_true", help="smoke run: 2 s per rate, 3 s outage, no fuzz")
    parser.add_argument("--json", type=Path, default=Path(tempfile.gettempdir()) / "pricebot-bench-load.json")
    args = parser.parse_args(argv)
    if args.quick:
        args.duration, args.saturation, args.cold_runs, args.outage, args.no_fuzz = 2.0, 2.0, 1, 3.0, True
    rates = [int(r) for r in args.rates.split(",")]
    report: dict[str, Any] = {"machine": machine(), "command": " ".join([".venv/bin/python", *sys.argv])}
    started = time.perf_counter()
    stub = StubProcess()
    servers: dict[str, Served] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="pricebot-bench-") as tmp_name:
            tmp = Path(tmp_name)
            servers["bare"] = Served(bare_argv(), server_env(stub.base_url, tmp / "bare.db"))
            servers["pricebot"] = Served(pricebot_argv(), server_env(stub.base_url, tmp / "pricebot.db"))
            warm_up(servers["bare"], stub, "Wb", answered=False)
            warm_up(servers["pricebot"], stub, "Wp", answered=True)
            report["rates"] = rate_phases(stub, servers, rates, args.duration, args.workers)
            if args.saturation:
                report["saturation"] = saturation(stub, servers, args.saturation, args.concurrency)
            if args.outage:
                report["outage"] = outage(stub, servers["pricebot"], args.outage, args.outage_rate)
                print(json.dumps(report["outage"]), file=sys.stderr, flush=True)
            report["peak_rss_mb"] = {n: round(s.memory().get("VmHWM", 0) / 1024, 1) for n, s in servers.items()}
            if args.restart_rate:
                report["restarts"] = restarts(stub, tmp, args.restart_rate, 4.0)
            for server in servers.values():
                server.stop()
            leaked = [line for line in servers["pricebot"].lines if "xoxb-" in line or "signing-secret" in line]
            report["secrets_in_log_lines"] = len(leaked)
            report["cold_start"] = cold_start(stub, tmp, args.cold_runs)
            report["importtime"] = import_profile(stub, tmp)
    finally:
        for server in servers.values():
            server.stop()
        stub.quit()
    report["machine"]["loadavg_end"] = os.getloadavg()[0]
    report["wall_s"] = round(time.perf_counter() - started, 1)
    if not args.no_fuzz:
        fuzz = subprocess.run([PYTHON, "-m", "bench.bench_fuzz", "--json", str(args.json) + ".fuzz"],
                              cwd=REPO, timeout=3600)
        report["fuzz_exit"] = fuzz.returncode
    args.json.write_text(json.dumps(report, indent=2))
    print_report(report)
    return 0


def print_report(report: dict[str, Any]) -> None:
    m = report["machine"]
    print(f"Command: `{report['command']}`  ")
    print(f"Machine: nproc={m['nproc']}, CPU {m['cpu']}, Python {m['python']}, {m['date']}, "
          f"load average {m['loadavg_start']:.2f} at start / {m['loadavg_end']:.2f} at end; "
          f"wall {report['wall_s']} s\n")
    print(table(report["rates"], ["server", "rate", "acked", "errors", "ack_per_s", "p50_ms", "p95_ms", "p99_ms",
                                  "max_ms", "client_lag_p99_ms", "answered_exactly_once", "missing", "duplicated",
                                  "posts_per_event", "charts", "answered_per_s", "drain_s", "peak_rss_mb"]))
    if sat := report.get("saturation"):
        bare, bot = sat["bare"], sat["pricebot"]
        print("\nSaturation (closed loop):", json.dumps(sat))
        print(f"ack throughput ratio pricebot/bare = {bot['ack_per_s'] / bare['ack_per_s']:.2f}; "
              f"answered/s ratio = {bot.get('answered_per_s', 0) / bare['ack_per_s']:.2f}")
    if out := report.get("outage"):
        print("\nOutage:", json.dumps(out))
    if report.get("restarts"):
        print("\nRestarts:")
        print(table(report["restarts"], list(report["restarts"][0])))
    print("\nCold start:", json.dumps(report["cold_start"]))
    print("Import profile:", json.dumps(report["importtime"]))
    print("Peak RSS (MB):", report["peak_rss_mb"], "secret-bearing log lines:", report["secrets_in_log_lines"])


if __name__ == "__main__":
    raise SystemExit(main())
