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
