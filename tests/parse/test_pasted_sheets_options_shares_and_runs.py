"""Sheets pasted into an ask, read as the prose they stand for: a share column written as a fraction of one ("0.25"
under a markup is 25%), a price sheet whose rows are the options (name, unit, price), one CSV row of calls per day
beside each call's tokens, a field table whose keys name a model with figures in it, and a run said to be "≈ N
calls" (our own sheets, not a scored batch's)."""

from __future__ import annotations

import pytest

from bot.parse.tables import read_csv, read_tables
from tests.support.replies import assert_figures


@pytest.mark.parametrize(("sheet", "figures"), [
    # (1 + 0.30) x (1 - 0.15) - 1 = 10.5%; (1 + 0.12) x (1 - 0.05) - 1 = 6.4%
    ("cloud,markup,ea_discount\nvertex,0.30,0.15\nazure,0.12,0.05\nnet markup for both?", ["10.5%", "6.4%"]),
    ("| vendor | list markup | EA discount |\n|---|---|---|\n| gcp | 0.3 | 0.15 |\n| aws | 0.12 | 0.05 |\n"
     "effective markup per vendor?", ["10.5%", "6.4%"]),
])
def test_a_markup_written_as_a_fraction_of_one_is_that_percentage(sheet: str, figures: list[str]) -> None:
    assert_figures(sheet, figures)


def test_a_fraction_under_a_rate_column_stays_a_price_and_a_hit_rate_becomes_a_share() -> None:
    assert read_tables(read_csv("model,in_rate_per_m,out_rate_per_m\nmini,0.25,1.00\nmaxi,3,15")) == (
        "mini, input $0.25/m, output $1.00/m.\nmaxi, input $3/m, output $15/m.")
    assert read_tables(read_csv("team,hit_rate,calls_per_day\na,0.8,100\nb,0.6,200")) == (
        "a, 80% hit rate, 100 calls a day.\nb, 60% hit rate, 200 calls a day.")


@pytest.mark.parametrize(("sheet", "figures"), [
    # 3,000 in x $2/M = $0.006 + 1,000 out x $8/M = $0.008 = $0.014 per call vs $0.03: 12,000 a month ->
    # $168.00 vs $360.00
    ("vendor sheet:\nline,unit,price\nflat_fee,request,0.03\ninput,1M tokens,2.00\noutput,1M tokens,8.00\n"
     "each request 3,000 in / 1,000 out, 12,000 requests a month. flat fee or tokens?",
     ["$0.014", "$168.00", "$360.00"]),
    ("sku,billing unit,usd\nPer-call tier,call,0.03\nToken input,1M tokens,2\nToken output,1M tokens,8\n"
     "3,000 in and 1,000 out per call at 12,000 calls a month: per-call vs per-token?",
     ["$0.014", "$168.00", "$360.00"]),
])
def test_a_price_sheet_whose_rows_are_the_options_is_priced(sheet: str, figures: list[str]) -> None:
    assert_figures(sheet, figures)


def test_one_csv_row_of_calls_a_day_beside_tokens_reads_the_tokens_as_each_calls() -> None:
    # 40,000 x 1,500 = 60M x $0.20 = $12.00; 40,000 x 250 = 10M x $0.80 = $8.00; $20.00 a day
    assert_figures("bot,calls_per_day,in_tok,out_tok,in_rate_per_m,out_rate_per_m\nfaq,40000,1500,250,0.20,0.80\n"
                   "daily spend?", ["$12.00", "$8.00", "$20.00"])


def test_a_field_table_keys_may_name_a_model_with_figures() -> None:
    # 1.20 x 0.90 - 1 = 8%
    assert_figures("| field | value |\n|---|---|\n| gpt-4.1 direct price | $2/M |\n| Bedrock list markup | 20% |\n"
                   "| our EA discount | 10% |\n\nnet markup?", ["8%"])


@pytest.mark.parametrize("run", ["each run ≈ 8 model calls", "each job approx. 8 calls", "each task ~ 8 LLM calls"])
def test_a_run_said_to_be_about_n_calls_multiplies_the_runs(run: str) -> None:
    # 2,500 x 8 = 20,000 calls; x 1,000 in = 20M x $0.50 = $10.00; x 200 out = 4M x $2 = $8.00; $18.00 a day
    unit = run.split()[1]
    assert_figures(f"- 2,500 {unit}s/day\n- {run}\n- 1,000 in / 200 out per call\n- $0.50/M in, $2/M out\n"
                   "cost per day?", ["$10.00", "$8.00", "$18.00"])


def test_a_sheet_row_with_a_few_label_cells_is_still_read() -> None:
    # a row with text cells beside its figures (a pricing model, an owner): 1,000 × $1/1M + 250 × $4/1M = $0.002 a
    # call against the $0.003 fee; blended at 80% input (0.8 × 1 + 0.2 × 4 = $1.60/1M): $0.003 × 1M ÷ $1.60 = 1,875
    assert_figures("from the sheet:\nservice,model,fee_per_call,avg_in,avg_out,input_per_m,output_per_m,team\n"
               "tagger,per_call,0.003,1000,250,1.00,4.00,ops-eu\nfee above or below per-token? crossover?",
               ["*$0.002*", "*1,875 tokens per call*"])
