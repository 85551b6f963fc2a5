"""Stored quotes keep their rates and catalog version; `pricebot quotes stale` and the App Home list the ones
whose catalog rates have changed since, with the old and new figures."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from bot import router
from bot.format import money
from bot.present.blocks import home_view
from bot.stale import stale_quotes
from bot.store import Store
from bot.store_open import open_store
from pricing import lookup_rates
from tests.conftest import REPO

ASK = "2M input + 500k output tokens a day on gpt-4o via openai"


def _record(store: Store, data: dict[str, Any], text: str = ASK) -> int:
    return store.record_quote(surface="cli", user="U1", channel=None, thread_ts=None, text=text, intent="quote",
                              understood=True, data=data)


def _as_if_priced_on_an_older_catalog(data: dict[str, Any]) -> dict[str, Any]:
    """The same answer as an earlier genai-prices would have stored it, when gpt-4o's input rate was $5/MTok."""
    older = json.loads(json.dumps(data))
    for rates in (older["rates"], older["result"]["rates"]):
        rates["input"], rates["catalog_version"] = "5", "0.0.30"
    return older


def test_a_quote_keeps_its_rates_and_catalog_version() -> None:
    data = router.answer(ASK).data
    current = lookup_rates("gpt-4o", "openai")
    assert data["rates"]["catalog_version"] == current.catalog_version
    assert Decimal(data["rates"]["input"]) == current.input and data["rates"]["model"] == current.model


def test_only_quotes_whose_catalog_rates_changed_are_listed_with_old_and_new_figures(store: Store) -> None:
    data = router.answer(ASK).data
    _record(store, data)
    old_id = _record(store, _as_if_priced_on_an_older_catalog(data))
    (stale,) = stale_quotes(store)
    current = lookup_rates("gpt-4o", "openai")
    assert stale.quote_id == old_id and stale.old_version == "0.0.30" and stale.new_version == current.catalog_version
    assert stale.changes == {"input": (Decimal(5), current.input)}
    assert stale.old_per_day == Decimal(10) + Decimal("0.5") * current.output  # 2M × $5 + 0.5M × output
    assert stale.new_per_day == 2 * current.input + Decimal("0.5") * current.output


def test_a_comparison_row_is_checked_too(store: Store) -> None:
    data = router.answer("compare gpt-4o and gpt-4.1 for 1k in / 200 out, 1k calls a day").data
    row = next(r for r in data["result"]["rows"] if r["rates"]["model"] == "gpt-4o")
    row["rates"]["output"] = "99"
    _record(store, data)
    (stale,) = stale_quotes(store)
    assert stale.label == "gpt-4o" and set(stale.changes) == {"output"}


def test_cli_lists_stale_quotes_as_text_and_json(_isolated_db: Path) -> None:
    store = open_store(_isolated_db)
    _record(store, _as_if_priced_on_an_older_catalog(router.answer(ASK).data))
    store.close()
    env = {"PRICEBOT_DB": str(_isolated_db), "PATH": "", "NO_COLOR": "1"}
    run = [sys.executable, "-m", "bot", "quotes", "stale"]
    text = subprocess.run(run, capture_output=True, text=True, cwd=REPO, env=env, check=True).stdout
    current = lookup_rates("gpt-4o", "openai")
    assert "Quote #1" in text and "genai-prices 0.0.30 → " in text and "input $5.00/1M → " in text
    old_day, new_day = 10 + Decimal("0.5") * current.output, 2 * current.input + Decimal("0.5") * current.output
    assert f"per day {money(old_day)} → {money(new_day)}" in text
    rows = json.loads(subprocess.run([*run, "--json"], capture_output=True, text=True, cwd=REPO, env=env,
                                     check=True).stdout)
    assert rows[0]["changes"] == {"input": ["5", str(current.input)]}


def test_app_home_lists_stale_quotes(store: Store) -> None:
    _record(store, _as_if_priced_on_an_older_catalog(router.answer(ASK).data))
    view = home_view(bot_user="U0", cards=[], catalog_version="x", counts={}, muted=[], modes={}, days=30,
                     stale=stale_quotes(store))
    text = json.dumps(view)
    assert "Quotes priced on rates that have since changed" in text and "input $5.00/1M" in text


def test_rates_from_the_message_are_not_a_catalog_reading(store: Store) -> None:
    data = router.answer("2M input + 500k output tokens a day on gpt-4o via openai, input at $1/1M").data
    assert data["rates"]["catalog_version"] is None
    _record(store, data)
    assert stale_quotes(store) == []


def test_a_viewer_is_shown_only_their_own_stale_quotes(store: Store) -> None:
    """The Home tab lists a viewer's own stale quotes: another person's DM quote (model, volume) is not theirs."""
    old_id = _record(store, _as_if_priced_on_an_older_catalog(router.answer(ASK).data))  # asked by U1
    assert [s.quote_id for s in stale_quotes(store, user="U1")] == [old_id]
    assert stale_quotes(store, user="U2") == []
    assert [s.quote_id for s in stale_quotes(store)] == [old_id]  # the CLI, an admin's tool, sees every quote
