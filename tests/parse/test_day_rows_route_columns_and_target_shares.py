"""Round 43's second fix round: a day's row in a sheet, loads and shares said in a sheet's words, bills and spends
said of the same traffic, routes as columns, tokens read and written, a target share of on-demand, and the same
tokens sent up front. Each message is our own; each reply is checked for the figure a rep would read."""

from __future__ import annotations

from bot import router


def _text(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_a_sheets_row_labelled_per_day_is_a_days_traffic() -> None:
    # before: the day's tokens were priced as the month's ($44.00 "a month")
    text = _text("date,input_tokens,output_tokens\ndaily avg,10M,2M\nrates are $2 per million in and $12 per million "
                 "out. 20 business days a month. monthly total?")
    assert "*$880.00*" in text  # (10 × 2 + 2 × 12) × 20


def test_a_share_of_the_reserved_capacity_is_the_utilization() -> None:
    text = _text("| item | value |\n|---|---|\n| provisioned discount vs PAYG | 40% |\n"
                 "| forecast avg utilization | half the reserved capacity |\ncost vs on-demand at that util?")
    assert "1.2× on-demand" in text  # (1 - 0.4) / 0.5


def test_the_bill_for_the_same_traffic_on_demand() -> None:
    text = _text("3 model units at $20.00 per unit-hour for a month.\nsame traffic on on-demand, last month's invoice "
                 "total: $50,000.00.\nhow does the reservation compare?")
    assert "*$6,200.00 a month less*" in text  # 50,000 - 3 × 20 × 730
    text = _text("Their platform team wants to reserve 4 provisioned units at $25.00 per unit-hour for all of June (30 "
                 "days). The same traffic on pay-as-you-go came to $80,000 in May, and June should look identical. "
                 "What's the reservation going to cost for the month, and how much does it save versus on-demand?")
    assert "*$8,000.00 a month less*" in text  # 80,000 - 4 × 25 × 720


def test_a_keyed_cache_size_after_its_value_and_a_storage_price_keyed_with_equals() -> None:
    text = _text("vertex cache config:\ncached_content_tokens=50,000\nttl=1h, recreated every hour across a 10-hour "
                 "day\ninput=$1.25/1M   cached_input=$0.125/1M   storage=$4.50 per 1M tokens per hour\n"
                 "saving per hit and storage per day?")
    assert "*$0.05625*" in text  # 50,000 × 1.125 / 1M
    assert "*$2.25 a day*" in text  # 0.05 × 4.50 × 10


def test_the_same_tokens_sent_up_front_are_the_prefix() -> None:
    text = _text("notes:\n- prod support agent\n- every request ships the same ~20k-token policy pack up front, then "
                 "~800 tokens of the customer's message\n- 10k to 40k calls/day\nwhich pricing structure first?")
    assert "*Prompt caching: recommended.*" in text
    assert "20,000-token repeated prefix" in text


def test_what_a_call_reads_and_writes_are_its_input_and_output() -> None:
    # before: the sides were swapped ($1,867.50 a quarter)
    text = _text("volume is 1M calls a quarter; each summary reads ~3,000 tokens of transcript and writes 200 "
                 "tokens. $0.10 per million input tokens and $0.40 per million output. quarterly bill?")
    assert "*$380.00*" in text  # 1M × (3,000 × 0.10 + 200 × 0.40) / 1M


def test_a_verdict_is_what_the_call_writes() -> None:
    text = _text("moderation endpoint charges $1.00 per thousand calls. per-token instead: each image is ~800 input "
                 "tokens with a 50-token verdict, at $0.50/M input and $2/M output. 1M images a month. cost each way?")
    assert "$500.00" in text  # 1M × (800 × 0.5 + 50 × 2) / 1M


def test_a_target_share_of_what_the_same_traffic_costs_on_demand() -> None:
    # before: the 80% was read as the discount
    text = _text("they'll keep provisioned capacity 75% busy and want it to cost no more than 80% of what the same "
                 "traffic would cost on-demand. what discount do we need?")
    assert "*40%*" in text  # 1 − 0.75 × 0.80


def test_bare_average_and_peak_columns_give_the_ratio() -> None:
    text = _text("usage (tokens/min)\nwindow\tavg\tpeak\nMon-Sun\t50,000\t150,000\nsize to peak at 25% off: "
                 "utilization and cost vs on-demand?")
    assert "33.33%" in text and "2.25×" in text  # (1 − 0.25) × 3


def test_a_months_row_of_a_billing_export() -> None:
    text = _text("billing export for May, the claims endpoint:\nperiod,requests,cache_writes,prefix_tokens,"
                 "input_per_mtok,cache_write_per_mtok,cache_read_per_mtok\n2024-05,1.5M,3000,2000,1.00,1.25,0.10\n"
                 "every request that wasn't a write was a cache hit. what did caching actually net them for the month, "
                 "and what's the saving per hit?")
    # 1,497,000 × 2,000 × 0.90/1M − 3,000 × 2,000 × 0.25/1M = $2,694.60 − $1.50
    assert "$2,693.10 a month" in text


def test_routes_as_columns_of_prices_and_of_spends() -> None:
    rates = _text("Vertex quote vs direct (per MTok)\n             direct    vertex\ninput        $2.00     $2.40\n"
                  "output       $8.00     $9.60\nEA takes 10% off. effective markup?")
    assert "*8%*" in rates  # 1.2 × 0.9 − 1
    spends = _text("Line item                        Direct API      Bedrock (list)\n"
                   "model inference / month          $40,000.00      $48,000.00\n"
                   "EA knocks 10% off. real markup and monthly bedrock bill?")
    assert "*8%*" in spends and "$43,200.00" in spends
