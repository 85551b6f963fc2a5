"""Sheets whose columns carry what a figure is (Round 42's blind sheets, in our own layouts): a row's side named in a
column after a date; a usage export of one date; prices in columns named by channel; invoice lines each naming its
channel; loads in columns counted in TPM; a unit-hour price headed "hourly rate/unit"; a past period heading counts;
a price sheet's unit "input MTok"; a count headed "req/day"."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import Intent, parse
from tests.support.replies import reply_text


def test_a_rows_side_named_in_a_column_after_its_date() -> None:
    # 1.2bn × $2.50/M = $3,000.00; 310M × $10/M = $3,100.00
    reply = reply_text("period\tmodel\tusage_type\tquantity\tunit_price\n"
                       "2025-05\tgpt-4o\tinput_tokens\t1.2bn\t$2.50 / 1M\n"
                       "2025-05\tgpt-4o\toutput_tokens\t310M\t$10.00 / 1M\nbilling export for May. line totals?")
    assert "$3,000.00" in reply and "$3,100.00" in reply


def test_a_usage_export_of_one_date_is_that_days() -> None:
    # ($210.50 + $126.00) a day × 730 h ÷ 24 h = $10,235.21 a month
    ask = parse("usage export:\n\ndate,model,token_type,tokens,rate_per_mtok\n"
                "2024-05-13,gpt-4o,input,84.2M,$2.50\n2024-05-13,gpt-4o,output,12.6M,$10.00\n\nwhat's a month?")
    assert ask.fields.input_tokens_per_day == Decimal(84_200_000)
    assert "$10,235.21" in reply_text("usage export:\n\ndate,model,token_type,tokens,rate_per_mtok\n"
                                      "2024-05-13,gpt-4o,input,84.2M,$2.50\n2024-05-13,gpt-4o,output,12.6M,$10.00\n\n"
                                      "what's a month?")


def test_prices_in_columns_named_by_channel() -> None:
    # $3.00 ÷ $2.50 − 1 = 20% list; 1.2 × 0.88 − 1 = 5.6% after a 12% EA
    for sheet in ("item,direct_list,azure_list\ngpt-4o input /1M,$2.50,$3.00\ngpt-4o output /1M,$10.00,$12.00",
                  "| item | direct list | Azure list |\n|---|---|---|\n| gpt-4o input /1M | $2.50 | $3.00 |\n"
                  "| gpt-4o output /1M | $10.00 | $12.00 |"):
        reply = reply_text(f"{sheet}\nEA gives 12% off Azure. list markup, and after the EA?")
        assert "20%" in reply and "5.6%" in reply, sheet


def test_invoice_lines_each_naming_their_channel() -> None:
    # $3.25 ÷ $2.50 − 1 = 30% list; 1.3 × 0.85 − 1 = 10.5% after the 15%
    reply = reply_text("INV-88213  Direct API        input tokens   $2.50 / MTok\n"
                       "INV-88240  AWS Bedrock list  input tokens   $3.25 / MTok\n"
                       "their EA knocks 15% off the AWS bill. list markup, and the real markup after the 15%?")
    assert "30%" in reply and "10.5%" in reply


def test_loads_in_columns_counted_in_tpm() -> None:
    # 160,000 ÷ 200,000 = 80% used; (1 − 35%) ÷ 80% = 0.8125× on-demand
    reply = reply_text("week,committed_tpm,avg_consumed_tpm\nwk3,200000,160000\n"
                       "commit priced 35% under on-demand. cost relative to on-demand at that level?")
    assert "80%" in reply and "0.8125×" in reply


def test_a_unit_hour_price_headed_hourly_rate_per_unit_and_a_past_month_heading_its_counts() -> None:
    text = ("quote for Q3 (provisioned model units):\n\nModel units    Hourly rate/unit    Commitment\n"
            "4              $18.50              1 month, 24x7\n\n"
            "Last month on-demand for the same traffic: 6.2bn input tokens @ $3/MTok and 1.1bn output @ $15/MTok.\n"
            "does the commit beat on-demand for a month?")
    ask = parse(text)
    assert (ask.intent, ask.fields.unit_hour_price) == (Intent.BREAK_EVEN, Decimal("18.50"))
    reply = reply_text(text)
    assert "$54,020.00" in reply and "$35,100.00" in reply  # 4 × $18.50 × 730 h; a month's tokens on-demand


def test_a_price_sheets_unit_naming_the_side_and_its_million() -> None:
    ask = parse("option\tunit\tprice\nPer-call\tcall\t$0.012\nPer-token\tinput MTok\t$3.00\n"
                "Per-token\toutput MTok\t$15.00\n3,000 in, 100 out a doc. per-token cost of one doc?")
    assert (ask.fields.input_rate, ask.fields.output_rate) == (Decimal("3.00"), Decimal("15.00"))


def test_a_count_headed_req_per_day() -> None:
    ask = parse("workload\treq/day\tavg in tok\tavg out tok\nsupport-summarizer\t40,000\t1.8k\t350\n"
                "$2.50 per M input, $10 per M output. monthly number?")
    assert ask.fields.calls_per_day == Decimal(40_000)
