"""`pricebot chat` driven through a real pseudo-terminal, plus the mrkdwn-to-terminal rendering."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest

from bot.cli.chat import respond
from bot.console import BOLD, to_terminal
from tests.conftest import REPO

PROMPT = "pricebot> "


def _spawn(args: list[str], db: Path, **extra_env: str) -> pexpect.spawn:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_") and k != "NO_COLOR"}
    env.update(PRICEBOT_DB=str(db), TERM="xterm", PYTHONUNBUFFERED="1", **extra_env)
    child = pexpect.spawn(sys.executable, ["-m", "bot", *args], cwd=str(REPO), env=env, encoding="utf-8",
                          timeout=60, dimensions=(50, 200))
    return child


def test_console_session_in_a_pty(_isolated_db: Path) -> None:
    child = _spawn(["chat"], _isolated_db)
    child.expect_exact(PROMPT)
    child.sendline("40% discount on PTUs, we'd sit around 80% utilization")
    child.expect_exact("Break-even utilization = 1 − discount = 1 − 40% = ")
    child.expect_exact("25% below on-demand")
    child.expect_exact(PROMPT)
    before = child.before
    assert "*" not in before.replace("×", "")  # mrkdwn asterisks became terminal bold
    assert BOLD in before
    child.sendline("/glossary okta")
    child.expect_exact("concurrent session licensing")
    child.expect_exact(PROMPT)
    child.sendline("/fieldcheck caching saves money")
    child.expect_exact("Prompt caching reduces input costs on repeated prefixes")
    child.expect_exact(PROMPT)
    child.sendline("/quote <!channel> what is 2M input + 500k output tokens/day at $5/$15 per 1M")
    child.expect_exact("$532.29")
    child.expect_exact(PROMPT)
    assert "&lt;" not in child.before and "&amp;" not in child.before
    # readline history: the up arrow brings back the last line
    child.send("\x1b[A")
    child.send("\r")
    child.expect_exact("$532.29")
    child.expect_exact(PROMPT)
    child.sendline("help")
    child.expect_exact("Is caching worth it")
    child.expect_exact(PROMPT)
    child.sendline("quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert (_isolated_db.parent / "chat_history").exists()


def test_eof_leaves_cleanly_and_bare_pricebot_opens_the_console(_isolated_db: Path) -> None:
    child = _spawn([], _isolated_db, NO_COLOR="1")
    child.expect_exact("pricebot console")
    child.expect_exact(PROMPT)
    child.sendline("what's the okta analogy?")
    child.expect_exact("What does your peak-to-average inference ratio look like?")
    child.expect_exact(PROMPT)
    assert "\x1b[1m" not in child.before  # NO_COLOR is respected
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


@pytest.mark.parametrize(
    ("line", "intent"),
    [("/quote 40% discount, 80% utilization", "break_even"), ("/glossary PTU", "glossary"),
     ("/fieldcheck token costs", "fieldcheck"), ("help", "help"), ("HELP", "help"),
     ("Azure is 25% above direct", "markup")],
)
def test_console_commands_match_slack(line: str, intent: str) -> None:
    reply = respond(line)
    assert reply is not None and reply.intent == intent


def test_quit_words() -> None:
    for word in ("quit", "exit", "/quit", "Quit"):
        assert respond(word) is None
    assert respond("quit smoking costs") is not None


def test_mrkdwn_reads_well_in_a_plain_terminal() -> None:
    text = (
        "*Total:* <https://example.com/p|pricing page> &amp; <https://x.io> _note_ &lt;!channel&gt; `*raw*` "
        "snake_case_name"
    )
    assert to_terminal(text) == (
        "Total: pricing page (https://example.com/p) & https://x.io note <!channel> `*raw*` snake_case_name"
    )
    assert to_terminal("*bold*", color=True) == f"{BOLD}bold\x1b[0m"
    assert to_terminal("&gt; quoted line") == "│ quoted line"
    assert to_terminal("hi <@U123> in <#C1|deals>") == "hi @U123 in deals"


def test_a_code_block_loses_its_fences_in_the_terminal() -> None:
    from bot.console import to_terminal

    assert to_terminal("Table:\n```\n#  Model\n1  a &lt;b&gt;\n```\n*done*") == "Table:\n#  Model\n1  a <b>\ndone"


def test_a_follow_up_in_the_console_changes_only_what_it_states(_isolated_db: Path) -> None:
    child = _spawn(["chat"], _isolated_db, NO_COLOR="1")
    child.expect_exact(PROMPT)
    child.sendline("40% discount on PTUs, we'd sit around 80% utilization")
    child.expect_exact("25% below on-demand")
    child.expect_exact(PROMPT)
    child.sendline("and at 60%?")
    child.expect_exact("Same as above with utilization 60%:")
    child.expect_exact("Break-even utilization = 1 − discount = 1 − 40% = 60%")
    child.expect_exact(PROMPT)
    assert "80%" not in child.before  # the utilization was replaced, not added
    child.sendline("new")
    child.expect_exact("Starting over")
    child.expect_exact(PROMPT)
    child.sendline("and at 60%?")
    child.expect_exact(PROMPT)
    assert "Same as above" not in child.before
    child.sendline("quit")
    child.expect(pexpect.EOF)
