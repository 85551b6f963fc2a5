"""Sheets pasted into an ask are read like the prose they stand for: bullet lists, CSV rows under a header line,
key/value tables whose header only names the columns, counts said per month in the line that introduces a table,
and spans of the day over calls per hour (our own sheets, not a scored batch's)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from bot.parse.tables import item_rows, read_bullets, read_csv, read_tables
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize("marker", ["- ", "* ", "• ", "  - ", "1. ", "+ "])
def test_a_bullet_before_a_figure_is_not_a_minus_sign(marker: str) -> None:
    # 3M x $0.50/M = $1.50 an hour, 600k x $2/M = $1.20 an hour; x 730 h = $1,095.00 + $876.00 = $1,971.00 a month
    text = (f"batch pipeline, runs 24/7:\n{marker}3M input tokens / hour\n{marker}600k output tokens / hour\n"
            f"{marker}rates $0.50/M in, $2/M out\nmonthly cost, input and output split?")
    assert_figures(text, ["$1,095.00", "$876.00", "$1,971.00"])


def test_a_bulleted_break_even_sheet_is_read() -> None:
    # 1 - 0.45 = 55%; 0.55 / 0.80 = 68.75% of on-demand
    assert_figures("PTU deal summary:\n- discount vs on-demand: 45%\n- expected utilization: 80%\nbreak-even?",
                   ["55%", "68.75%"])


def test_a_bullet_marker_ends_the_clause_before_its_item() -> None:
    assert read_bullets("notes:\n- 2M input\n  * 500k output\n3. 40% off\n-5% is not a bullet") == (
        "notes:\n; 2M input\n; 500k output\n; 40% off\n-5% is not a bullet")


@pytest.mark.parametrize(("header", "rule"), [("| field | value |", "|---|---|"), ("| Metric | Amount |", "|:--|--:|"),
                                              ("| item | figure |", "| --- | --- |")])
def test_a_key_value_table_with_a_header_reads_as_its_fields(header: str, rule: str) -> None:
    # (1 + 0.22) x (1 - 0.10) - 1 = 9.8%; $40,000 x 1.22 = $48,800.00 at list; x 0.90 = $43,920.00 after the EA
    text = (f"GCP numbers for the QBR:\n\n{header}\n{rule}\n| direct API spend | $40,000/mo |\n"
            "| Vertex list markup | 22% |\n| EA discount | 10% |\n\n"
            "effective markup and the monthly at list vs after EA?")
    assert_figures(text, ["9.8%", "$48,800.00", "$43,920.00"])


def test_counts_take_the_period_said_where_the_table_is_introduced() -> None:
    # 40M x $1.25/M = $50.00, 8M x $5/M = $40.00: $90.00 a month
    text = ("Estimate for the council's pilot, monthly:\n\n| line | value |\n|---|---|\n| input tokens | 40M |\n"
            "| output tokens | 8M |\n\nAt $1.25/M input and $5/M output, split please.")
    reply = reply_text(text)
    assert "Per month" in reply and "Per call" not in reply, reply
    for figure in ("$50.00", "$40.00", "$90.00"):
        assert figure in reply, reply


def test_a_table_without_a_period_before_it_keeps_its_counts_as_they_are() -> None:
    assert read_tables("usage:\n| line | value |\n|---|---|\n| input tokens | 40M |") == "usage:\ninput tokens: 40M"


def test_a_single_csv_row_reads_as_its_columns() -> None:
    # 1 - 0.35 = 65% break-even; 0.65 / 0.90 = 72.22% of on-demand
    assert_figures("deal,provisioned_discount,expected_utilization\nInitech,35%,90%\nbreak-even and cost vs on-demand?",
                   ["65%", "72.22%"])


def test_csv_columns_counted_in_millions_of_tokens_are_scaled() -> None:
    fields = parse("month,input_mtok,output_mtok\nmarch,250,40\nrates $2/$8, monthly bill?").fields
    assert (fields.input_tokens_per_day, fields.output_tokens_per_day) != (None, None)
    # 250M x $2/M = $500.00, 40M x $8/M = $320.00
    assert_figures("month,input_mtok,output_mtok\nmarch,250,40\nrates $2/$8, monthly bill?", ["$500.00", "$320.00"])


def test_quoted_csv_cells_keep_their_thousands() -> None:
    assert read_csv('bot,prefix_tokens,calls_per_day\nhelpdesk,"6,000","15,000"') == (
        "| bot | prefix_tokens | calls_per_day |\n| helpdesk | 6,000 | 15,000 |")


@pytest.mark.parametrize("prose", [
    "hi team, quick one, cheers\n40% off, 85% util, 3 year term",
    "rates $3 in, $15 out, 10k calls a day",
    "input, output and cache: what do they cost\n2k, 400, 1k",
])
def test_prose_with_commas_is_not_a_sheet(prose: str) -> None:
    assert read_csv(prose) == prose


@pytest.mark.parametrize("table", [
    "hour_band,calls_per_hour\n09-17,1200\n17-09,150",
    "| window (UTC) | requests/hour |\n|---|---|\n| 09:00-17:00 | 1,200 |\n| 17:00-09:00 | 150 |",
    "time   calls per hour\n09-17  1,200\n17-09  150",
])
def test_spans_of_the_day_over_calls_per_hour_are_the_days_calls(table: str) -> None:
    # 8 h x 1,200 + 16 h x 150 = 9,600 + 2,400 = 12,000 calls a day; 2,000 x ($2 - $0.20)/1M = $0.0036 a hit
    text = f"{table}\n^ helpdesk traffic. prefix 2,000 tok, input $2/M, cached $0.20/M, ignore writes: daily saving?"
    assert parse(text).fields.calls_per_day == Decimal(12000)
    assert_figures(text, ["$0.0036", "$43.20"])


def test_hour_spans_that_cross_midnight_or_take_half_hours_are_counted() -> None:
    assert read_tables("| shift | calls/hr |\n|---|---|\n| 22-06 | 100 |\n| 06:30-22 | 50 |") == (
        "1,575 calls a day.")  # 8 h x 100 + 15.5 h x 50


def test_a_long_export_pasted_as_csv_is_left_for_the_usage_reader() -> None:
    export = "date,input_tokens,output_tokens\n" + "2026-03-01,1000,200\n" * 30
    assert read_csv(export) == export


def test_a_worksheet_with_a_name_row_and_bare_counts_is_read_as_its_fields() -> None:
    # 1,000 requests/h x 10 h = 10,000 calls; 9,000 hits x 10,000 x ($3 - $0.30)/1M ($0.027) = $243.00,
    # 1,000 writes x 10,000 x ($3.75 - $3)/1M ($0.0075) = $7.50; net $235.50 a day
    text = ("their caching worksheet:\n\n| item | value |\n|---|---|\n| model | Sonnet 4.5 |\n| input | $3 / MTok |\n"
            "| cache read | $0.30 / MTok |\n| cache write | $3.75 / MTok |\n| cached prefix | 10,000 tokens |\n"
            "| requests per hour | 1,000 |\n| active hours per day | 10 |\n| hit rate | 90% |\n\nnet saving a day?")
    assert_figures(text, ["$0.027", "$0.0075", "$235.50"])


def test_blanks_in_a_key_value_table_are_the_questions_and_a_keys_period_goes_with_its_value() -> None:
    # (1 + 0.20) x (1 - 0.05) - 1 = 14%; $50,000 x 1.14 = $57,000.00 a month
    text = ("for the renewal deck:\n\n| line | value |\n|---|---|\n| Direct Anthropic spend (monthly) | $50,000 |\n"
            "| Bedrock list uplift | 20% |\n| EA discount | 5% |\n| Effective markup | ? |\n"
            "| Monthly via Bedrock | ? |")
    assert read_tables(text).endswith("Direct Anthropic spend: $50,000 a month, Bedrock list uplift: 20%, "
                                      "EA discount: 5%, Effective markup?, Monthly via Bedrock?")
    assert_figures(text, ["14%", "$57,000.00"])


def test_an_export_line_of_key_value_pairs_is_read() -> None:
    # 5M x $2/M = $10.00, 1M x $8/M = $8.00: $18.00
    text = ("export for May:\nmodel=gpt-4.1  input_tokens=5,000,000  output_tokens=1,000,000\n"
            "$2/M input, $8/M output, bill?")
    assert_figures(text, ["$10.00", "$8.00", "$18.00"])


@pytest.mark.parametrize("prose", ["x = 5 and y=6", "ratio=3 said twice: a=1", "set ttl=5m"])
def test_equals_signs_in_prose_are_not_an_export(prose: str) -> None:
    assert read_tables(prose) == prose


@pytest.mark.parametrize("line", ["| item | value |\n", "| line | value |\n| x | ? |\n",
                                  "| metric | amount |\n| a | 1 |\n", "bot,prefix_tokens\n", "- 2M input\n",
                                  "model=o3  input_tokens=5\n"])
def test_a_paste_repeating_one_table_line_is_read_in_work_linear_in_its_length(
        line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # counted, not timed (a shared machine's timings vary tenfold): each line is split and checked a bounded number
    # of times, so four times the lines is four times the work, never sixteen
    import bot.parse.tables as tables

    calls = {"n": 0}
    for name in ("_cells", "_csv_cells", "_key_value", "_numeric", "_kv_table", "_pairs"):
        real = getattr(tables, name)

        def counted(*args: object, _real: object = real, **kwargs: object) -> object:
            calls["n"] += 1
            return _real(*args, **kwargs)  # type: ignore[operator]

        monkeypatch.setattr(tables, name, counted)

    def work(text: str) -> int:
        calls["n"] = 0
        read_tables(read_csv(text))
        item_rows(text)
        return calls["n"]

    short, long = work(line * 500), work(line * 2000)
    assert long <= 4 * short + 50, (short, long)
