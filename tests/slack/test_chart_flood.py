"""A flood of chart clicks from one person cannot hold up another person's chart.

A button value naming 3,000 utilizations (what a forged click can carry) used to be drawn with 3,000 call-outs
(34 s, while every other chart waited behind it). Now a chart marks at most 8 utilizations, one person has at
most two charts queued, and the others' charts are drawn in their turn.
"""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.charts.breakeven import MAX_MARKED, break_even_chart
from tests.support import payloads
from tests.support.running import RunningBot, click, the_button
from tests.support.stub import StubSlack

pytestmark = pytest.mark.e2e


def _flood_value(n: int) -> str:
    utilizations = [f"0.{i:04d}" for i in range(1, n + 1)]
    return json.dumps({"d": {"kind": "breakeven", "discount": "0.4", "utilizations": utilizations, "peak": None}})


def test_a_chart_marks_a_bounded_number_of_utilizations_and_says_how_many_it_left_out() -> None:
    from decimal import Decimal

    chart = break_even_chart(Decimal("0.4"), [Decimal(i) / 1000 for i in range(1, 3001)])
    assert len(chart.points) == MAX_MARKED
    assert any(f"{3000 - MAX_MARKED:,} more are not" in line for line in chart.text.footer)


def test_one_users_click_flood_does_not_starve_another_users_chart(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.mention("40% discount on PTUs at 80% utilization", ts="1700000001.000100"))
    bot.event(payloads.mention("35% discount on PTUs at 90% utilization", ts="1700000002.000100",
                               user=payloads.OTHER_USER))
    flooded, other = sorted(stub.wait_for("chat.postMessage", count=2), key=lambda p: str(p.get("thread_ts")))
    value = _flood_value(3_000)
    clicks = [click(flooded, the_button(flooded), stub.response_url("flood"), value=value) for _ in range(6)]
    for n, payload in enumerate(clicks):  # six quotes' buttons (one message posts its chart once)
        payload["container"]["message_ts"] = payload["message"]["ts"] = f"1700000001.{n:06d}"
    with ThreadPoolExecutor(6) as pool:  # six clicks at once from one person
        results = list(pool.map(bot.interactive, clicks))
    assert all(r.status == 200 and r.seconds < 3.0 for r in results)
    theirs = click(other, the_button(other), stub.response_url("other"))
    theirs["user"] = {**theirs["user"], "id": payloads.OTHER_USER}
    started = time.monotonic()
    assert bot.interactive(theirs).status == 200
    deadline = started + 60
    while time.monotonic() < deadline and not [
        c for c in stub.calls_to("files.completeUploadExternal") if c.get("thread_ts") == other.get("thread_ts")
    ]:
        time.sleep(0.05)
    waited = time.monotonic() - started
    bot.settle()
    uploads = stub.calls_to("files.completeUploadExternal")
    assert [c.get("thread_ts") for c in uploads].count(other.get("thread_ts")) == 1, "the other user's chart"
    flood_uploads = [c for c in uploads if c.get("thread_ts") == flooded.get("thread_ts")]
    notes = [n for n in stub.calls_to("response_url") if n.path.endswith("flood")]
    assert len(flood_uploads) + len(notes) == 6  # every click is either drawn or answered privately
    assert len(notes) >= 2, "at most two of one person's charts are queued at once"
    assert waited < 30, waited
