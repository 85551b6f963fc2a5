"""How a serving process tells a stopped process on its host from a running one: by its process id, which the
owner id it writes in the store carries (bot.slack.retries)."""

from __future__ import annotations

import os
import subprocess
import sys

from bot.slack.retries import HOST_KEY, is_running, owner_pid


def test_an_owner_on_this_host_names_its_process_and_one_elsewhere_does_not() -> None:
    assert HOST_KEY is not None  # Linux: /proc/self/ns/pid exists
    assert owner_pid(f"{HOST_KEY}:{os.getpid()}:abcd1234") == os.getpid()
    assert owner_pid(f"elsewhere~1:{os.getpid()}:abcd1234") is None  # another host: only heartbeats tell
    assert owner_pid(f"{HOST_KEY}:notapid:abcd1234") is None


def test_a_process_is_running_until_it_exits_even_before_its_parent_reaps_it() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    assert is_running(child.pid)
    assert child.stdin is not None
    child.stdin.close()
    os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)  # exited, not yet reaped: a zombie
    assert not is_running(child.pid)
    child.wait()
    assert not is_running(child.pid)
