""""Show chart" benchmark: how long Slack waits for the click's ack, and how long until the PNG is in the thread.

Run:  .venv/bin/python -m bench.bench_show_chart
Figures go into docs/benchmarks.md, "## Slack: Show chart".

pricebot is served by waitress on 127.0.0.1 against the stub Web API (tests/slack/stub.py), as in the e2e tests.
One /quote is answered, then its button is clicked CLICKS times in sequence (each waits for its upload): the
first click is cold (matplotlib imported and fonts loaded by that click's work), the rest warm. Reported: ack
time (the HTTP round trip of the signed block_actions request) and click-to-upload time (until the stub receives
files.completeUploadExternal), median and max of the warm clicks, and the cold click alone.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from pydantic import SecretStr

from bot.settings import Settings
from bot.slack.app import build_app
from bot.slack.http_server import Server
from tests.support.running import BOT_TOKEN, RunningBot, TrackingExecutor, click, the_button
from tests.support.signing import SIGNING_SECRET
from tests.support.stub import StubSlack

REPO = Path(__file__).resolve().parent.parent

CLICKS = 21


def main() -> None:
    stub = StubSlack().start()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(slack_bot_token=SecretStr(BOT_TOKEN), slack_signing_secret=SecretStr(SIGNING_SECRET),
                            slack_api_url=stub.base_url, pricebot_db=Path(tmp) / "bench.db")
        executor = TrackingExecutor()
        app = build_app(settings, token_verification_enabled=False, listener_executor=executor)
        bot = RunningBot(Server(app, host="127.0.0.1", port=0, threads=4).start_in_background(), stub, executor)
        try:
            bot.command("/quote", "40% discount on PTUs at 80% utilization")
            _, answer = stub.wait_for("chat.postMessage", count=2)
            button = the_button(answer)
            acks, uploads = [], []
            for i in range(CLICKS):
                started = time.perf_counter()
                payload = click(answer, button, stub.response_url("bench"))
                # one quote message posts its chart once: each click names a message of its own
                payload["container"]["message_ts"] = payload["message"]["ts"] = f"1700000000.{i:06d}"
                result = bot.interactive(payload)
                assert result.status == 200
                done = stub.wait_for("files.completeUploadExternal", count=i + 1, timeout=60)
                assert len(done) == i + 1
                acks.append(result.seconds)
                uploads.append(time.perf_counter() - started)
        finally:
            bot.stop()
            stub.stop()
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    ms = lambda xs: round(statistics.median(xs) * 1000, 1)  # noqa: E731
    print(json.dumps({
        "cold_click": {"ack_ms": round(acks[0] * 1000, 1), "upload_ms": round(uploads[0] * 1000, 1)},
        "warm_clicks": {"n": CLICKS - 1, "ack_median_ms": ms(acks[1:]), "ack_max_ms": round(max(acks[1:]) * 1000, 1),
                        "upload_median_ms": ms(uploads[1:]), "upload_max_ms": round(max(uploads[1:]) * 1000, 1)},
        "machine": {"nproc": os.cpu_count(), "cpu": cpu, "python": platform.python_version()},
    }, indent=1))


if __name__ == "__main__":
    main()
