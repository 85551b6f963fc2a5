"""Consoles, invoices and sheets pasted around a question (our own pastes, not a scored batch's): JSON keys in camel
case, a snake-case unit after a figure, a statistic in brackets before a colon, a past month's on-demand spend with
the channel in brackets, an invoice whose lines name the model before the side, an aside naming the period, a share
said in words in an aligned sheet, a price list by the model's maker and by a hyperscaler; and said forms: "peeks",
"theyll", a target cost "a tenth less", the same tokens priced on-demand under last month's bill, an invoice that
"puts" the spend "at" an amount "for last month", capacity asked with a discount on the table."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_camel_case_json_keys_from_a_console() -> None:
    # 2 × $20 × 730 = $29,200.00 against $30,000.00: $800.00 a month less
    reply = reply_text('from the CLI:\n{\n  "modelUnits": 2,\n  "status": "InService"\n}\n$20 per model unit per hour. '
                       "their on-demand bill for the same traffic runs $30,000 a month. commit per month and the gap?")
    assert "2 × $20.00 × 730 h = *$29,200.00*" in reply and "*$800.00 a month less*" in reply


def test_a_snake_case_unit_after_a_load_figure() -> None:
    reply = reply_text("TPM export:\nstat\ttokens_per_min\navg\t500,000\np100\t2,000,000\n\nsized for that peak with a "
                       "30% discount, what utilization and cost vs on-demand?")
    # 2,000,000 ÷ 500,000 = 4; (1 − 30%) × 4 = 2.8×
    assert "= *4*" in reply and "2.8× on-demand" in reply


def test_a_statistic_in_brackets_before_its_colon() -> None:
    reply = reply_text("| metric | value |\n|---|---|\n| avg throughput | 5,000 TPM |\n| peak throughput (p95, 1-min) "
                       "| 10,000 TPM |\n| discount vs on-demand | 25% |\n\nsized for the peak, utilization on average?")
    assert "10,000 TPM ÷ 5,000 TPM = *2*" in reply


def test_last_months_spend_with_its_channel_in_brackets() -> None:
    # 10 × $3 × 720 = $21,600.00 against $20,000.00: $1,600.00 a month more
    reply = reply_text("PTUs:  10\nRate:  $3.00 / PTU-hr\nBilling: 30-day month\nLast month (paygo, same traffic):  "
                       "$20,000.00\nhow does the reservation stack up?")
    assert "*$1,600.00 a month more*" in reply


def test_invoice_lines_naming_the_model_before_the_side() -> None:
    # read 1,000M × ($3 − $0.30) = $2,700; written 10M × $0.75 = $7.50; net $2,692.50; all at $3: (200 + 10 + 1,000)M
    # × $3 = $3,630; billed $600 + $37.50 + $300 = $937.50; cut $2,692.50 ÷ $3,630 = 74.17%
    reply = reply_text("April invoice:\n\nline  description                 qty (tokens)     unit price\n"
                       "1     claude-sonnet input          200,000,000     $3.00 / MTok\n"
                       "2     claude-sonnet cache write     10,000,000     $3.75 / MTok\n"
                       "3     claude-sonnet cache read   1,000,000,000     $0.30 / MTok\n\n"
                       "what did caching save, and by what % did it cut the input side?")
    assert "*$2,692.50* a month" in reply and "*74.17%* off that side of the bill" in reply


def test_an_aside_naming_the_period_and_a_share_in_words() -> None:
    # (1 + 20%) × (1 − 10%) − 1 = 8%; $50,000 × 1.08 = $54,000.00 a quarter
    reply = reply_text("from the quote:\n\ndirect list (quarterly run rate)   $50,000\nAzure list premium          "
                       "       a fifth over direct\ncustomer EA discount on Azure      10%\n\nreal markup, and the "
                       "quarter through Azure?")
    assert "*8%*" in reply and "*$54,000.00* a quarter" in reply


def test_a_price_list_by_maker_and_by_hyperscaler_is_one_models_markup() -> None:
    reply = reply_text("sheet:\nvendor          input $/MTok   output $/MTok\nOpenAI          2.00           8.00\n"
                       "Azure           2.40           9.60\n\nthey have an EA but no number yet. effective markup?")
    assert "*20%*" in reply and "the buyer's EA discount, e.g." in reply


def test_peeks_for_peaks_and_theyll_without_its_apostrophe() -> None:
    ask = parse("avg 1M tokens/min but peeks hit 3x avg. 35% off. sized for peak?")
    assert ask.fields.peak_to_average == Decimal(3)
    ask = parse("1k token prefix, $3 in, $0.30 reads. per month theyll do 300k calls, all hits. net?")
    assert ask.fields.volume_period == "month" and round(ask.fields.calls_per_day or 0) == round(Decimal(300000) / (
        Decimal(730) / 24))


def test_a_target_cost_said_as_a_share_less_than_on_demand() -> None:
    # 1 − 80% × (1 − 20%) = 36%
    reply = reply_text("they'd run at 80% on average. what discount for provisioned to cost them a fifth less than "
                       "on-demand?")
    assert "*36%*" in reply


def test_the_same_tokens_priced_on_demand_under_last_months_bill() -> None:
    ask = parse("two units at $10 per unit-hour, all month. They pulled last month's bill, and the same tokens on "
                "pay-as-you-go came to about $16,000. over or under?")
    assert ask.fields.on_demand_spend == Decimal(16000) and ask.fields.spend_period == "month"


def test_an_invoice_that_puts_the_spend_at_an_amount_for_last_month() -> None:
    ask = parse("offer one: stay on demand, which their invoice puts at $9,000 for last month. offer two: three units "
                "at $3 per unit-hour, 730 hours. saving?")
    assert ask.fields.on_demand_spend == Decimal(9000) and ask.fields.spend_period == "month"


def test_capacity_asked_with_a_discount_on_the_table_is_the_sizing() -> None:
    reply = reply_text("Working with a freight customer on their dispatch agent. It's multi-step: the agent pulls the "
                       "load board, calls a couple of retrieval tools, then drafts carrier messages, so token use per "
                       "run varies a lot. Averaged over a week they sit around 60k tokens per minute, but traffic is "
                       "really lumpy and spikes hard at every shift change. The provider is offering provisioned "
                       "throughput at 25% under on-demand. How much capacity should they commit to, and at that size "
                       "do they clear break-even?")
    assert reply.startswith("*Provisioned throughput: break-even*")
    assert "the peak-to-average inference ratio, e.g." in reply


def test_a_discount_key_opening_with_its_name_and_a_fraction() -> None:
    ask = parse("deal tab:\ndisc_vs_on_demand: 0.2\nforecast_util: 0.6\nbreak even?")
    assert ask.fields.discount == Decimal("0.2") and ask.fields.utilization == [Decimal("0.6")]


def test_an_estimate_aside_keeps_its_period() -> None:
    ask = parse("Vertex vs direct:\n\ndirect API (quarterly est.)     $30,000\nVertex list uplift     +20%\nEA "
                "10% off GCP\n\nreal markup and the quarter's $?")
    assert ask.fields.direct_spend == Decimal(30000) and ask.fields.spend_period == "quarter"


def test_a_units_full_load_and_the_blended_on_demand_price_in_a_tab_row() -> None:
    # $20 ÷ (2,000,000 × $12.50/1M = $25.00) = 80% break-even
    reply = reply_text("capacity export (tab separated):\n\nunits\t$/unit-hr\ttokens/unit-hr @ full load\ton-demand "
                       "blended $/1M\n5\t20.00\t2,000,000\t12.50\n\nwhat utilization do they need to beat on-demand?")
    assert "break-even utilization = $20.00 ÷ $25.00 = *80%*" in reply


def test_a_bills_rows_of_calls_a_one_hour_write_and_the_base_input() -> None:
    # 10,000 × ($3 − $0.30)/1M = $0.027 a hit, against the base input (never the write price as input)
    reply = reply_text("billing export for yesterday:\n```\nline_item          calls    prefix_tok   $/MTok\n"
                       "cache_read         8,000    10,000       0.30\ncache_write_1h     10       10,000       6.00\n"
                       "base_input (ref)   -        -            3.00\n```\nsaving per hit, and for the day?")
    assert "10,000 × ($3.00/1M − $0.30/1M) = *$0.027*" in reply and "(8,010 calls a day)" in reply
    # the day's 10 writes are the export's too (Round 45): 8,000 × $0.027 − 10 × $0.03
    assert "*$215.70 a day*" in reply


def test_tokens_keyed_with_their_period_before_the_colon() -> None:
    # 1M × 730 × $1/1M = $730.00; 200k × 730 × $5/1M = $730.00
    reply = reply_text("panel:\n\ntokens_in_per_hour    ≈ 1M\ntokens_out_per_hour   ≈ 200k\n\n$1 per million in, $5 "
                       "per million out. per month?")
    assert "*$1,460.00*" in reply


def test_shares_that_land_on_the_cache_and_calls_against_it() -> None:
    ask = parse("2k prefix, $2/M in, $0.50/M cached. about 6,000 calls against it each business day; three in four "
                "land on the cache. daily net?")
    assert ask.fields.hit_ratio == Decimal("0.75") and ask.fields.calls_per_day == Decimal(6000)


def test_an_invoice_line_of_calls_times_a_fee() -> None:
    reply = reply_text("invoice line:\n\n  ROUTER-CALL    100,000 calls  x  $0.01  =  $1,000.00\n\navg call 1,000 in / "
                       "200 out at $2/M and $8/M. the same 100k calls per-token?")
    # 1,000 × $2/1M + 200 × $8/1M = $0.0036; × 100,000 = $360.00
    assert "100,000 × $0.0036 = *$360.00*" in reply


def test_a_cache_created_each_morning_lives_its_ttl_once_a_day() -> None:
    # storage 20,000 × $4.50/1M × 8 h = $0.72 a day
    reply = reply_text("explicit context cache, 20,000-token manual, created each morning with an 8-hour TTL. Storage "
                       "runs $4.50 per million tokens per hour; input $1.25/M, cached $0.125/M; 2,000 calls each "
                       "business day. storage a day?")
    assert "× 8 h = $0.72 a day" in reply


def test_a_sku_line_of_units_billed_by_the_unit_hour() -> None:
    reply = reply_text("invoice (full 730-hr month):\nSKU,Qty,Unit,Unit price,Hours\nPTU-STD,3,unit-hour,$5.00,730\n"
                       "on-demand for the same tokens would have been $12,000 a month. ahead?")
    assert "3 × $5.00 × 730 h = *$10,950.00*" in reply


def test_per_call_against_per_token_asked_without_a_fee() -> None:
    reply = reply_text("pricing tab:\ncalls_per_month,1M\navg_input_tokens,800\navg_output_tokens,200\n"
                       "input_usd_per_mtok,0.50\noutput_usd_per_mtok,2.00\nthey want a flat per-call price from a "
                       "vendor. is per-call going to come out ahead of per-token?")
    assert reply.startswith("*Per-call vs per-token*") and "the fee per call, e.g." in reply


def test_counts_on_a_typical_business_day_before_another_clause() -> None:
    ask = parse("4k prefix, $3 in, $0.30 reads, $3.75 writes. about 20k calls on a typical business day, and 90% of "
                "them hit. net a day?")
    assert ask.fields.calls_per_day == Decimal(20000)


def test_direct_input_in_a_caching_ask_is_the_input_rate() -> None:
    ask = parse("2k-token manifest on every call. Direct input is $2/M, cached reads $0.20/M. 10k calls a day, all "
                "hits. daily saving?")
    assert ask.fields.input_rate == Decimal(2)
