"""How fast `/quote` is acknowledged, with the listener pool idle and with it saturated by slow Web API calls.

pricebot registers every listener as `ack=ack_now, lazy=[work]` with `process_before_response=True`, so the ack
runs on the HTTP worker. This compares it, in the same run, with Bolt's default (`process_before_response=False`,
where the ack function itself waits for a free listener thread), on the same listeners and pool size.

    .venv/bin/python -m bench.bench_slack_ack            # 40 acks per phase
    .venv/bin/python -m bench.bench_slack_ack --acks 10  # quicker

Loopback only: the stub Web API (tests/slack) answers chat.postMessage after --post-delay seconds in the
saturated phase, which keeps every listener thread busy; the app is served by waitress as in `pricebot serve`.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pydantic import SecretStr
from slack_bolt import App

from bot.listeners import register_listeners
from bot.settings import Settings
from bot.slack import errors, retries
from bot.slack.app import build_app
from bot.slack.context import Deps, install
from bot.slack.http_server import EVENTS_PATH, Server
from bot.slack.web_api import build_client
from bot.store import Store
from bot.store_open import open_store
from tests.support import payloads
from tests.support.faulty_stub import FaultyStub
from tests.support.signing import SIGNING_SECRET, post_form, post_json

POOL = 16
ASK = "40% discount on PTUs at 80% utilization"


def bolt_default_app(settings: Settings, store: Store) -> App:
    """The same listeners with Bolt's default execution: the ack function waits for a pool thread."""
    app = App(client=build_client("xoxb-bench", settings.slack_api_url), signing_secret=SIGNING_SECRET,
              token_verification_enabled=False, process_before_response=False,
              listener_executor=ThreadPoolExecutor(POOL))
    install(app, Deps(store=store))
    retries.install(app, store)
    register_listeners(app)
    errors.register(app)
    return app


def ack_times(url: str, stub: FaultyStub, n: int) -> list[tuple[float, int]]:
    """(seconds, HTTP status) per /quote; Bolt answers 404 when a listener has not acked within 3 s."""
    results = []
    for _ in range(n):
        result = post_form(url, payloads.slash_command("/quote", ASK, stub.response_url()))
        results.append((result.seconds, result.status))
    return results


def saturate(url: str, stub: FaultyStub, jobs: int, delay: float) -> None:
    stub.delay("chat.postMessage", *[delay] * jobs)
    for _ in range(jobs):
        post_json(url, payloads.event_callback(payloads.mention(ASK)))


def summary(results: list[tuple[float, int]]) -> str:
    times = sorted(t for t, _ in results)
    p95 = times[max(0, int(len(times) * 0.95) - 1)]
    missed = sum(t >= 3.0 or status != 200 for t, status in results)
    return (f"median {statistics.median(times) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
            f"not acked in 3 s: {missed}/{len(results)}")


def run_phase(name: str, make_app: str, acks: int, post_delay: float, tmp: Path) -> dict[str, list[tuple[float, int]]]:
    stub = FaultyStub().start()
    settings = Settings(slack_bot_token=SecretStr("xoxb-bench"), slack_signing_secret=SecretStr(SIGNING_SECRET),
                        slack_api_url=stub.base_url, pricebot_db=tmp / f"{name}.db")
    store = open_store(settings.pricebot_db)
    if make_app == "pricebot":
        app = build_app(settings, store=store, token_verification_enabled=False,
                        listener_executor=ThreadPoolExecutor(POOL))
    else:
        app = bolt_default_app(settings, store)
    server = Server(app, host="127.0.0.1", port=0, threads=8).start_in_background()
    url = server.url + EVENTS_PATH
    try:
        idle = ack_times(url, stub, acks)
        time.sleep(1.0)
        saturate(url, stub, POOL * 2, post_delay)
        busy = ack_times(url, stub, acks)
    finally:
        stub._delays.clear()
        server.stop()
        stub.stop()
    return {"idle": idle, "busy": busy}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--acks", type=int, default=40)
    parser.add_argument("--post-delay", type=float, default=4.0, help="seconds the stub takes per post when busy")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # work still running when a phase's stub stops logs refused connections
    with tempfile.TemporaryDirectory() as tmp:
        results = {kind: run_phase(kind, kind, args.acks, args.post_delay, Path(tmp))
                   for kind in ("pricebot", "bolt-default")}
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "?")
    print(f"nproc={os.cpu_count()} cpu={cpu!r} python={platform.python_version()} "
          f"load={os.getloadavg()[0]:.2f} acks/phase={args.acks} pool={POOL} post-delay={args.post_delay}s")
    print("| app | listener pool idle | pool saturated by slow posts |")
    print("|---|---|---|")
    for kind, phases in results.items():
        print(f"| {kind} | {summary(phases['idle'])} | {summary(phases['busy'])} |")
    def busy_median(kind: str) -> float:
        return statistics.median(t for t, _ in results[kind]["busy"])

    ratio = busy_median("bolt-default") / busy_median("pricebot")
    print(f"saturated median, bolt-default / pricebot: {ratio:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
