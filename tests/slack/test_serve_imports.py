"""`pricebot serve` loads only what the ack path uses before it answers: the parser, the engine and the templates
load with the first answer, after its ack, and matplotlib only when a chart is asked for."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from tests.conftest import REPO
from tests.support.harness import (
    Connection,
    Served,
    SignedEvent,
    StubProcess,
    make_event,
    pricebot_argv,
    server_env,
    wait_for_deliveries,
)


def mapped(pid: int, package: str) -> bool:
    """Whether the process has loaded one of `package`'s compiled extension modules (matplotlib always loads
    some, so this sees the import from outside the process)."""
    return f"/{package}/" in Path(f"/proc/{pid}/maps").read_text()


def with_text(event: SignedEvent, text: str) -> SignedEvent:
    body = json.loads(event.body)
    body["event"]["text"] = body["event"]["text"].split(">", 1)[0] + "> " + text
    return SignedEvent(event.event_id, json.dumps(body).encode(), event.expected)


def send(served: Served, *events: SignedEvent) -> None:
    for event in events:
        conn = Connection(served.host, served.port)
        try:
            status, _ = conn.post("/slack/events", event.body, event.headers())
        finally:
            conn.close()
        assert status == 200


def test_serve_loads_matplotlib_only_when_a_chart_is_asked_for(tmp_path: Path) -> None:
    stub = StubProcess()
    try:
        served = Served(pricebot_argv(), server_env(stub.base_url, tmp_path / "serve.db"))
        try:
            answered = [make_event(kind="mention", run="I"), make_event(kind="coached", run="I")]
            send(served, *answered, make_event(kind="plain", run="I"))
            found, _ = wait_for_deliveries(stub, answered, timeout=60, quiet_for=30)
            assert found.exactly_once(answered) == 2 and found.charts == 0
            assert not mapped(served.pid, "matplotlib")  # a quote and a coaching note drew nothing

            chart = with_text(make_event(kind="mention", run="C"), "40% discount on PTUs at 80% utilization, chart")
            send(served, chart)
            deadline = time.monotonic() + 60
            while not any(c[0] == "files.completeUploadExternal" for c in stub.calls()) and time.monotonic() < deadline:
                time.sleep(0.2)  # the chart is drawn and uploaded after the text answer
            found, _ = wait_for_deliveries(stub, [chart], timeout=60, quiet_for=30)
            assert found.exactly_once([chart]) == 1 and found.charts == 1
            assert mapped(served.pid, "matplotlib")  # the check sees it once a chart is drawn
        finally:
            served.stop()
    finally:
        stub.quit()


PROBE = textwrap.dedent('''
    import json, sys
    from pydantic import SecretStr
    from slack_bolt import BoltRequest

    from bot.cli._data import data_ok
    from bot.settings import Settings
    from bot.slack.app import build_app
    from tests.support.harness import make_event
    from tests.support.stub import StubSlack

    ANSWERING = ("bot.router", "bot.parse", "bot.present", "pricing", "jinja2", "matplotlib")
    stub = StubSlack().start()
    assert data_ok("serve")  # what `pricebot serve` checks before it listens
    settings = Settings(slack_bot_token=SecretStr("xoxb-import-test"), slack_signing_secret=SecretStr(sys.argv[2]),
                        slack_api_url=stub.base_url, pricebot_db=sys.argv[1])
    app = build_app(settings, token_verification_enabled=False)
    seen = {"started": [m for m in ANSWERING if m in sys.modules],
            "settings": [m for m in ("pydantic_settings", "platformdirs", "dotenv") if m in sys.modules]}
    event = make_event(kind="coached", run="P")
    headers = {k.lower(): [v] for k, v in event.headers().items()}
    seen["status"] = app.dispatch(BoltRequest(body=event.body.decode(), headers=headers)).status
    seen["coached"] = len(stub.wait_for("chat.postEphemeral", timeout=60))
    seen["answered"] = [m for m in ANSWERING if m in sys.modules]
    stub.stop()
    print(json.dumps(seen))
''')


def test_the_app_starts_without_the_answering_code_and_loads_it_to_answer(tmp_path: Path) -> None:
    from tests.support.signing import SIGNING_SECRET

    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "probe.db"), SIGNING_SECRET], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["started"] == []  # started and ready to ack: none of the answering code loaded
    assert seen["settings"] == []  # settings read without pydantic-settings, platformdirs or (no .env) python-dotenv
    assert seen["status"] == 200 and seen["coached"] == 1
    assert {"bot.router", "bot.parse", "bot.present", "jinja2"} <= set(seen["answered"])
    assert "matplotlib" not in seen["answered"]
