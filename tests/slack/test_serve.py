"""`pricebot serve` as an operator runs it: clear messages when it cannot start, a real server when it can."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main
from bot.cli.serve import NOTHING_TO_SERVE
from tests.conftest import REPO
from tests.support import payloads
from tests.support.signing import SIGNING_SECRET, post_json
from tests.support.stub import Scripted, StubSlack

TOKEN = "xoxb-serve-test-secret-token"


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.mark.usefixtures("clean_env")
def test_without_any_way_to_connect_it_says_what_to_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == NOTHING_TO_SERVE
    assert "SLACK_APP_TOKEN" in err and "--http" in err


@pytest.mark.usefixtures("clean_env")
def test_http_without_a_signing_secret_names_it(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
    assert main(["serve", "--http", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "SLACK_SIGNING_SECRET is not set" in err and "Basic Information" in err


@pytest.mark.usefixtures("clean_env")
def test_socket_mode_without_a_bot_token_names_it(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1-serve-test")
    assert main(["serve"]) == 2
    assert "SLACK_BOT_TOKEN is not set" in capsys.readouterr().err


class _Process:
    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--http", "--host", "127.0.0.1", "--port", "0"],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)

    def wait_for(self, pattern: str, timeout: float = 30) -> re.Match[str] | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.lines):
                if found := re.search(pattern, line):
                    return found
            if self.proc.poll() is not None and not self.proc.stdout:
                break
            time.sleep(0.05)
        return None

    @property
    def output(self) -> str:
        return "".join(self.lines)


@pytest.fixture
def serve_env(stub: StubSlack, _isolated_db: Path, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env.update(SLACK_BOT_TOKEN=TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=stub.base_url,
               PRICEBOT_DB=str(_isolated_db))
    return env


@pytest.fixture
def served(serve_env: dict[str, str]) -> Iterator[_Process]:
    process = _Process(serve_env)
    yield process
    process.proc.terminate()
    process.proc.wait(timeout=10)


@pytest.mark.e2e
def test_serve_http_answers_health_checks_and_signed_requests(served: _Process, stub: StubSlack) -> None:
    found = served.wait_for(r"serving (http://127\.0\.0\.1:\d+)/slack/events")
    assert found, served.output
    base = found.group(1)
    with urllib.request.urlopen(base + "/healthz", timeout=5) as response:
        assert response.read() == b"ok\n"
    result = post_json(base + "/slack/events", {"type": "url_verification", "challenge": "c-123", "token": "t"})
    assert result.status == 200 and "c-123" in result.body
    assert stub.calls_to("auth.test"), "the token is verified at start-up"
    served.proc.terminate()  # SIGTERM: a clean exit
    assert served.proc.wait(timeout=10) == 0
    assert TOKEN not in served.output and SIGNING_SECRET not in served.output


@pytest.mark.e2e
def test_a_rejected_token_stops_start_up_with_a_message(serve_env: dict[str, str], stub: StubSlack) -> None:
    stub.script("auth.test", Scripted(200, {"ok": False, "error": "invalid_auth"}))
    result = subprocess.run([sys.executable, "-m", "bot", "serve", "--http", "--port", "0"], cwd=REPO, env=serve_env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Slack did not accept SLACK_BOT_TOKEN" in result.stderr
    assert "invalid_auth" in result.stderr
    assert TOKEN not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.usefixtures("clean_env")
def test_a_malformed_setting_is_named(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s")
    monkeypatch.setenv("SLACK_API_URL", "ftp://example")
    assert main(["serve", "--http", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "SLACK_API_URL is not valid" in err
    assert TOKEN not in err


@pytest.mark.e2e
@pytest.mark.parametrize("status", [500, 503])
def test_slack_failing_at_start_up_is_not_reported_as_a_bad_token(
    serve_env: dict[str, str], stub: StubSlack, status: int
) -> None:
    stub.script("auth.test", *[Scripted(status, {"ok": False, "error": "fatal_error"})] * 10)
    result = subprocess.run([sys.executable, "-m", "bot", "serve", "--http", "--port", "0"], cwd=REPO, env=serve_env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert f"auth.test answered HTTP {status}" in result.stderr and "not the token" in result.stderr
    assert "did not accept" not in result.stderr
    assert TOKEN not in result.stderr + result.stdout and "Traceback" not in result.stderr


@pytest.mark.usefixtures("clean_env")
def test_a_secret_in_the_wrong_setting_is_never_echoed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s")
    monkeypatch.setenv("SLACK_API_URL", TOKEN)  # pasted into the wrong variable
    assert main(["serve", "--http", "--port", "0"]) == 2
    captured = capsys.readouterr()
    assert "SLACK_API_URL is not valid" in captured.err
    assert TOKEN not in captured.err + captured.out


@pytest.mark.usefixtures("clean_env")
@pytest.mark.parametrize("path", [os.devnull, "directory"])
def test_a_special_file_as_the_database_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, path: str
) -> None:
    db = str(tmp_path) if path == "directory" else path
    monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s")
    monkeypatch.setenv("PRICEBOT_DB", db)
    assert main(["serve", "--http", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "PRICEBOT_DB is not valid" in err and "not a regular file" in err
    assert not Path(db).with_name("chat_history").exists() or path == "directory"


@pytest.mark.e2e
def test_a_database_file_removed_while_serving_fails_health_and_is_never_recreated(
    served: _Process, stub: StubSlack, serve_env: dict[str, str]
) -> None:
    found = served.wait_for(r"serving (http://127\.0\.0\.1:\d+)/slack/events")
    assert found, served.output
    base, db = found.group(1), Path(serve_env["PRICEBOT_DB"])
    with urllib.request.urlopen(base + "/healthz", timeout=5) as response:
        assert response.status == 200
    for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        leftover.unlink(missing_ok=True)
    with pytest.raises(urllib.error.HTTPError) as failed:
        urllib.request.urlopen(base + "/healthz", timeout=5)
    assert failed.value.code == 503 and b"removed or replaced" in failed.value.read()
    result = post_json(base + "/slack/events", payloads.event_callback(payloads.mention("40% discount, 80% util")))
    assert result.status == 200  # still acked
    time.sleep(1.0)
    assert not db.exists(), "a new empty database was created at the old path"
    assert served.wait_for(r"CRITICAL .*removed or replaced"), served.output
