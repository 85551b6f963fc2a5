"""matplotlib stays off start-up and the ack path: checked in a fresh interpreter (this test process has it loaded)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from tests.conftest import REPO

SCRIPT = textwrap.dedent('''
    import json, sys, time
    from concurrent.futures import Executor, Future
    from urllib.parse import urlencode
    from pydantic import SecretStr
    from slack_bolt import BoltRequest

    from bot.slack.app import build_app
    from bot.settings import Settings
    from tests.support import payloads
    from tests.support.signing import SIGNING_SECRET, sign
    from tests.support.stub import StubSlack

    class Held(Executor):
        """Keeps the work done after the ack, to run it when the test says so."""
        def __init__(self):
            self.work = []
        def submit(self, fn, /, *args, **kwargs):
            self.work.append((fn, args, kwargs))
            return Future()

    stub = StubSlack().start()
    held = Held()
    settings = Settings(slack_bot_token=SecretStr("xoxb-import-test"), slack_signing_secret=SecretStr(SIGNING_SECRET),
                        slack_api_url=stub.base_url, pricebot_db=sys.argv[1])
    app = build_app(settings, token_verification_enabled=False, listener_executor=held)
    seen = {"after_start": "matplotlib" in sys.modules}

    from bot import router
    from bot.charts.select import SPEC, chart_spec
    from bot.present.blocks import SHOW_CHART_ACTION_ID
    reply = router.answer("40% discount on PTUs at 80% utilization")
    assert reply.answer is not None
    spec = chart_spec(reply.answer)
    assert spec is not None
    carried = json.dumps({"d": SPEC.dump_python(spec, mode="json")})  # a button carrying its chart (older versions)
    payload = payloads.button_click(SHOW_CHART_ACTION_ID, carried, stub.response_url())
    body = urlencode(payloads.interactive(payload))
    ts = int(time.time())
    headers = {"content-type": ["application/x-www-form-urlencoded"], "x-slack-request-timestamp": [str(ts)],
               "x-slack-signature": [sign(body, ts)]}
    seen["status"] = app.dispatch(BoltRequest(body=body, headers=headers)).status
    seen["after_ack"] = "matplotlib" in sys.modules
    seen["held"] = len(held.work)
    for fn, args, kwargs in held.work:
        fn(*args, **kwargs)
    seen["after_work"] = "matplotlib" in sys.modules
    seen["uploaded"] = len(stub.wait_for("files.completeUploadExternal", timeout=30))
    stub.stop()
    print(json.dumps(seen))
''')


def test_matplotlib_is_imported_only_by_the_work_after_the_ack(tmp_path: object) -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path) + "/imports.db"], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["status"] == 200 and seen["held"] == 1
    assert seen["after_start"] is False
    assert seen["after_ack"] is False
    assert seen["after_work"] is True and seen["uploaded"] == 1  # the click's work drew and uploaded the chart
