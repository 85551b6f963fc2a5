"""`pricebot usage`: the samples answered, every figure in --json, the chart written, bad input exit 2."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import glossary
from bot.cli import main
from tests.charts.png import png_size

DATA = Path(__file__).resolve().parent.parent / "data" / "usage"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["usage", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_generic_sample_without_a_discount_shows_break_even_and_30_and_50(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(DATA / "generic.csv"))
    assert code == 0
    assert "Peak-to-average ratio = busiest hour ÷ mean hour" in out
    assert "a commitment starts to pay at a discount above *0%*" in out
    assert "*At a 30% discount*" in out and "*At a 50% discount*" in out
    assert "a month" in out and "730" in out
    assert not glossary.lint(out)


def test_json_carries_every_figure_and_they_agree(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(DATA / "openai_completions.json"), "--discount", "40", "--json")
    assert code == 0
    figures = json.loads(out)
    (plan,) = figures["plans"]
    assert Decimal(plan["discount"]) == Decimal("0.4")
    profile = figures["profile"]
    assert len(profile["hourly_cost"]) == profile["hours"] == 48
    total = sum(Decimal(x) for x in profile["hourly_cost"])
    assert total == Decimal(profile["total_cost"]) == Decimal(plan["all_on_demand_cost"])
    assert Decimal(profile["monthly_cost"]) == total / 48 * 730
    assert figures["format"] == "OpenAI usage (JSON)" and figures["unpriced"] == []
    assert figures["batch"]["cost"] != "0"


def test_chart_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_png = tmp_path / "usage.png"
    code, _, _ = run(capsys, str(DATA / "anthropic_messages.json"), "--discount", "35%", "--chart", str(out_png))
    assert code == 0 and png_size(out_png.read_bytes()) == (1200, 700)


def test_a_rate_card_file_prices_an_unknown_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    usage = tmp_path / "usage.csv"
    usage.write_text("timestamp,model,input_tokens,output_tokens\n" + "".join(
        f"2026-03-02T{h:02d}:00:00Z,house-model,1000000,100000\n" for h in range(24)))
    card = tmp_path / "card.csv"
    card.write_text("name,input,output\nhouse-model,2,10\n")
    code, out, _ = run(capsys, str(usage), "--rates", str(card), "--json")
    assert code == 0
    assert Decimal(json.loads(out)["profile"]["total_cost"]) == 24 * (Decimal(2) + Decimal(1))
    card.write_text("name,input,output\nhouse-model,two,10\n")
    code, _, err = run(capsys, str(usage), "--rates", str(card))
    assert code == 2 and "row 2, column input 'two' is not a number" in err


@pytest.mark.parametrize(("args", "message"), [
    (["--discount", "140"], "--discount '140': is out of range: allowed 0% to <100%"),
    (["--discount", "lots"], "--discount 'lots': is not a number"),
])
def test_bad_options_exit_2(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    code, out, err = run(capsys, str(DATA / "generic.csv"), *args)
    assert code == 2 and message in err and out == ""


def test_bad_files_exit_2_with_one_line_no_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("timestamp,model,input_tokens,output_tokens\n2026-03-02T00:00:00Z,gpt-4o,-1,2\n")
    code, out, err = run(capsys, str(bad))
    assert code == 2 and out == ""
    assert err.strip() == "pricebot usage: row 2, column input_tokens: '-1' is negative: counts are 0 or more"
    code, _, err = run(capsys, str(tmp_path / "nope.csv"))
    assert code == 2 and "cannot be opened" in err and "Traceback" not in err


def test_unpriced_models_are_named_in_the_answer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = "".join(f"2026-03-02T{h:02d}:00:00Z,{m},1000,100\n" for h in range(24) for m in ("gpt-4o", "gpt-4p"))
    usage = tmp_path / "usage.csv"
    usage.write_text("timestamp,model,input_tokens,output_tokens\n" + rows)
    code, out, _ = run(capsys, str(usage))
    assert code == 0
    assert "Not priced, so not in the figures:" in out and "gpt-4p (row 3)" in out and "did you mean" in out


def test_one_hour_writes_priced_at_the_five_minute_rate_are_said_to_be_understated(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    usage = tmp_path / "anthropic.csv"
    usage.write_text(
        "starting_at,model,uncached_input_tokens,cache_creation.ephemeral_1h_input_tokens,"
        "cache_creation.ephemeral_5m_input_tokens,cache_read_input_tokens,output_tokens\n" + "".join(
            f"2026-03-02T{h:02d}:00:00Z,house-claude,1000000,100000,100000,500000,100000\n" for h in range(24)))
    card = tmp_path / "card.csv"
    card.write_text("name,input,output,cache_read,cache_write\nhouse-claude,3,15,0.3,3.75\n")
    code, out, _ = run(capsys, str(usage), "--rates", str(card))
    assert code == 0
    assert "1-hour cache writes at the 5-minute write rate: no 1-hour price" in out
    card.write_text("name,input,output,cache_read,cache_write,cache_write_1h\nhouse-claude,3,15,0.3,3.75,6\n")
    code, out, _ = run(capsys, str(usage), "--rates", str(card))
    assert code == 0 and "no 1-hour price" not in out
