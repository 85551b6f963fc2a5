"""`pricebot ask`: the reply as plain text (--mrkdwn: exactly as posted), --json, and the exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from bot import router
from bot.console import to_terminal
from tests.conftest import REPO


def _ask(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", "ask", *args], capture_output=True, text=True, cwd=REPO,
                          input=stdin, timeout=120)


def test_ask_prints_the_reply_as_plain_text_and_exits_0() -> None:
    text = "Is caching worth it with a 4,000-token system prompt at $5/1M and cache hits at $0.50/1M, 10k calls a day?"
    done = _ask(text)
    assert done.returncode == 0, done.stderr
    assert done.stdout == to_terminal(router.answer(text).text) + "\n"
    assert "= $0.018\n" in done.stdout and "$180.00 a day" in done.stdout
    mrkdwn = _ask("--mrkdwn", text)
    assert mrkdwn.stdout == router.answer(text).text + "\n" and "*$0.018*" in mrkdwn.stdout


def test_ask_json_has_the_parsed_request_and_the_result() -> None:
    done = _ask("--json", "Bedrock list is 20% over direct and they have a 10% EA discount")
    assert done.returncode == 0
    payload = json.loads(done.stdout)
    assert payload["intent"] == "markup"
    assert payload["request"]["fields"]["markup"] == "0.2"
    assert payload["request"]["fields"]["ea_discount"] == "0.1"
    assert Decimal(payload["result"]["effective_markup"]) == Decimal("0.08")


def test_ask_not_understood_exits_2_with_examples() -> None:
    done = _ask("the", "weather", "is", "nice")
    assert done.returncode == 2
    assert "Here are some things to try" in done.stdout


def test_ask_reads_stdin() -> None:
    done = _ask(stdin="40% discount on PTUs, 80% utilization\n")
    assert done.returncode == 0
    assert "60%" in done.stdout


def test_ask_uses_workspace_rate_cards(_isolated_db: Path) -> None:
    from bot.store_open import open_store
    from pricing.rates import Rates

    card = Rates(input=Decimal(2), output=Decimal(8), source="workspace rate card gpt-4o")
    open_store(_isolated_db).set_rate_card("gpt-4o", card)
    done = _ask("2M input and 1M output tokens a day on gpt-4o")
    assert done.returncode == 0
    assert "2,000,000 tokens × $2.00/1M = $4.00" in done.stdout
    assert "workspace rate card" in done.stdout


def test_ask_exits_1_when_the_reply_asks_for_an_input() -> None:
    done = _ask("is caching worth it on a 6k system prompt?")
    assert done.returncode == 1
    assert "tell me" in done.stdout


def test_ask_exits_1_when_a_value_is_out_of_range() -> None:
    done = _ask("140% discount on PTUs at 80% utilization")
    assert done.returncode == 1


def test_ask_exits_1_for_a_number_form_it_cannot_read() -> None:
    done = _ask("1.500 calls a day, 1k in / 200 out at $1/$4")
    assert done.returncode == 1
    assert "1.500" in done.stdout


def test_ask_help_names_the_exit_codes() -> None:
    done = subprocess.run([sys.executable, "-m", "bot", "ask", "--help"], capture_output=True, text=True, cwd=REPO,
                          timeout=60)
    assert done.returncode == 0
    assert "0 answered with figures" in " ".join(done.stdout.split())
