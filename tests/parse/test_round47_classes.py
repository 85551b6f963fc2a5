"""Round 47's fix rounds: classes of misread found by blind batches 202 and later, and the leftovers of Round 46.
Each message is our own; each reply is checked for what a rep would read."""

from __future__ import annotations

from bot import router


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


def test_cache_lines_of_a_usage_export_with_the_count_after_the_key() -> None:
    # before: "cache_read_input_tokens  500M  @ $0.30/MTok" was an input rate and an input count, and a quote asked for
    # the tokens (the console's key carries "input"; its price is the cache's)
    for model in ("", "claude-sonnet   ", "acct-7 sonnet   "):
        reply = _reply(f"September usage export:\n{model}input_tokens                  900M   @ $3.00/MTok\n"
                       f"{model}cache_creation_input_tokens   40M    @ $3.75/MTok\n"
                       f"{model}cache_read_input_tokens       500M   @ $0.30/MTok\n"
                       f"{model}output_tokens                 60M    @ $15.00/MTok\n"
                       "what did caching save us net of the writes?")
        assert reply.intent == "caching", model
        assert "*$1,350.00*" in reply.text, model  # 500M × ($3.00 − $0.30)
        assert "*$30.00*" in reply.text, model  # 40M × ($3.75 − $3.00)
        assert "*$1,320.00*" in reply.text, model


def test_a_date_written_the_iso_way_is_no_figure() -> None:
    # before: "Invoice 2025-03" left "2025" and "03" as figures not used
    reply = _reply("Invoice 2025-03\ncache_read_tokens: 200M at $0.30/MTok\ncache_write_tokens: 10M at $3.75/MTok\n"
                   "input $3.00/MTok. net saving from caching?")
    assert "*$540.00*" in reply.text  # 200M × $2.70 = 540, less 10M × $0.75 = 7.50
    assert "Not used" not in reply.text


def test_the_peak_to_average_in_a_sheet_row_written_before_its_key() -> None:
    # before: "| peak / avg | 3 |" became "3 peak / avg", which was no ratio, and the ratio was asked for
    for row in ("| peak / avg | 3 |", "| peak/avg | 3 |", "| peak:avg | 3 |"):
        reply = _reply(f"| item | value |\n|---|---|\n| mean load | 20k TPM |\n{row}\n| commit discount | 40% |\n"
                       "sized to cover peak, what utilization and cost vs on-demand?")
        assert reply.intent == "break_even", row
        assert "*33.33%*" in reply.text, row  # 1 ÷ 3
        assert "1.8×" in reply.text, row  # (1 − 40%) × 3


def test_calls_counted_by_a_two_letter_acronym() -> None:
    # before: "2,500 PR reviews a week" was no call volume ("Not used: 2500 pr"), and only the per-call cost was shown
    for count in ("2,500 PR reviews a week", "two and a half thousand QA checks a week", "2500 HR tickets per week"):
        reply = _reply(f"each one sends about 10k input tokens and gets 1k back. {count}. $2/M in, $8/M out, weekly "
                       "cost?")
        assert "*$70.00*" in reply.text, count  # 2,500 × (10k × $2 + 1k × $8)/1M
        assert "Not used" not in reply.text, count


def test_a_spend_said_as_a_period_worth_of_usage() -> None:
    # before: "a $30,000 month of direct-API usage" and "a $12,000 month of on-demand usage" were not used
    reply = _reply("Vertex lists 15% over direct and their EA takes 10% off. what would a $30,000 month of direct-API "
                   "usage come to on Vertex?")
    assert "$30,000.00 a month direct" in reply.text
    assert "*$31,050.00*" in reply.text  # 30,000 × 1.15 × 0.9
    reply = _reply("3 PTUs at $3/hr against a $12,000 month of on-demand usage: worth it?")
    assert "*$6,570.00*" in reply.text  # 3 × $3 × 730
    assert "$5,430.00 a month less" in reply.text


def test_two_on_demand_spends_one_at_full_load_give_the_load() -> None:
    # before: "Which on demand spend should I use?" with the capacity's worth at full load beside the bill paid
    reply = _reply("8 PTUs at $2.50 an hour, 30-day month. Fully loaded those units would serve about $24k/mo of "
                   "tokens at on-demand rates; the actual on-demand bill last month was $16.8k. break-even load, and "
                   "what would the units have saved?")
    assert "*70%*" in reply.text  # 16,800 ÷ 24,000
    assert "*$14,400.00*" in reply.text  # 8 × $2.50 × 720
    assert "*60%*" in reply.text  # 14,400 ÷ 24,000
    assert "$2,400.00 a month less" in reply.text
    assert "$16,800.00 on-demand bill" in reply.text
    assert "Which on demand" not in reply.text


def test_a_key_with_a_note_in_brackets_before_its_value() -> None:
    # before: "EA discount (applies to Azure consumption)  12%" left the 12% unexplained and asked what it was
    reply = _reply("Azure list uplift vs direct: +25%\nEA discount (on all Azure consumption)  20%\n"
                   "effective markup after the EA?")
    assert "*0%*" in reply.text  # 1.25 × 0.8 − 1
    assert "What is 20%" not in reply.text


def test_a_direct_spend_in_a_bill_row_with_its_model_and_period_word() -> None:
    # before: "DIRECT API  gpt-4o  monthly est.  $20,000.00" was not used
    reply = _reply("compare:\nDIRECT API  gpt-4o  monthly est.   $20,000.00\nAZURE   list uplift vs direct  +10%\n"
                   "EA 5%\nmonthly Azure bill?")
    assert "*$20,900.00*" in reply.text  # 20,000 × 1.1 × 0.95


def test_a_bare_what_is_it_after_a_figure_wanted_asks_the_figure() -> None:
    # before: the buyer's enterprise discount named before "what is it?" looked up a glossary entry instead
    reply = _reply("Vertex is about 18% over direct for Gemini. The customer has an enterprise agreement with Google, "
                   "so procurement wants the effective markup after their enterprise discount - what is it?")
    assert reply.intent == "markup"
    assert "EA discount" in reply.text and "tell me" in reply.text


def test_rates_split_by_a_pipe_on_one_line() -> None:
    # before: "input rate $3/MTok | output rate $15/MTok" read both as output rates and asked which
    reply = _reply("input rate $3/MTok | output rate $15/MTok\n1M input and 200k output a day, monthly cost?")
    assert "*$182.50*" in reply.text  # (1 × $3 + 0.2 × $15) × 730 / 24
    assert "Which output rate" not in reply.text


def test_a_direct_spend_over_no_period_is_marked_up_without_one() -> None:
    # before: "if they'd spend $40,000 going direct" was not used (no period), and only the markup was shown
    for spend in ("if they'd spend $40,000 going direct", "if they spend about $40,000 going direct"):
        reply = _reply(f"Bedrock lists 25% over direct; their EA takes 8% off. {spend}, what does that usage come to "
                       "on Bedrock?")
        assert "*$46,000.00*" in reply.text, spend  # 40,000 × 1.25 × 0.92
        assert "$40,000.00 direct ×" in reply.text, spend
        assert "a month" not in reply.text, spend  # no period was said, so none is assumed


def test_the_line_numbers_of_a_bill_are_labels_and_a_heading_says_the_lines_are_per_working_day() -> None:
    # before: "LINE 01 input tokens 40M" priced 1 input token and 2 output tokens, a silent wrong number
    reply = _reply("Estimate, lines are per business day (21 biz days in the billing month):\n"
                   "LINE 01  input tokens   40M   @ $2.00 / MTok\nLINE 02  output tokens  5M  @ $8.00 / MTok\n"
                   "monthly total?")
    assert "*$120.00*" in reply.text  # 40 × $2 + 5 × $8 a day
    assert "*$2,520.00*" in reply.text  # × 21 days
    assert "1 tokens" not in reply.text


def test_a_direct_bill_row_with_list_in_brackets() -> None:
    # before: "Direct API monthly (list)   $30,000" was not used
    reply = _reply("sheet:\nDirect API monthly (list)    $30,000\nBedrock list markup   20%\nEA discount   5%\n"
                   "effective markup and the monthly Bedrock bill?")
    assert "*$34,200.00*" in reply.text  # 30,000 × 1.2 × 0.95


def test_how_long_they_have_been_on_demand_is_no_term() -> None:
    # before: "on pay-as-you-go for eight months" hid the spend after it and priced an 8-month commitment
    reply = _reply("They have been on pay-as-you-go for eight months and the bill is steady at about $30,000 a month. "
                   "6 provisioned units at $5.00 per unit-hour around the clock carry the same traffic. saving per "
                   "month?")
    assert "*$21,900.00*" in reply.text  # 6 × $5 × 730
    assert "$8,100.00 a month less" in reply.text
    assert "8 months" not in reply.text


def test_a_one_year_term_beside_the_yearly_line_is_said_once() -> None:
    reply = _reply("PAYG bill is $30,000 a month. A one-year term: 6 provisioned units at $5.00 per unit-hour around "
                   "the clock, same traffic. What does it cost over the year and what does it save?")
    assert "*$262,800.00*" in reply.text  # 6 × $5 × 8,760
    assert "$97,200.00 a year less" in reply.text
    assert "Over 1 years" not in reply.text


def test_a_forecast_for_the_next_period_then_its_count() -> None:
    # before: "forecast for next quarter is 900,000 conversations" asked whether that was a day's, an hour's or a
    # month's
    reply = _reply("2k-token system prompt, $1/M input, $0.10/M cache hits, $1.25/M writes, 90% hit rate. Forecast "
                   "for next quarter (call it 90 days) is 900,000 conversations, one call each. Net saving for the "
                   "quarter?")
    assert "Is that 900,000" not in reply.text
    assert "*$1,413.00*" in reply.text  # 810,000 × $0.0018 − 90,000 × $0.0005


def test_a_month_of_fewer_than_28_days_counts_working_days() -> None:
    # before: "for a 21 day month" was not used and the month was 730 hours
    for month in ("for a 21 day month", "for a 21-day month"):
        reply = _reply(f"10,000 requests per business day, 1k in and 200 out each, $2/M in and $8/M out. cost {month}?")
        assert "*$756.00*" in reply.text, month  # (1k × $2 + 200 × $8)/1M × 10,000 × 21


def test_the_discount_needed_so_they_are_not_underwater() -> None:
    # before: the needed discount (1 − utilization) was not worked out for "not be underwater" or "not losing money"
    for ask in ("what discount would they need to not be underwater", "what discount keeps them from losing money",
                "what's the smallest discount so they come out even"):
        reply = _reply(f"offered 30% off for a commitment but they will only average about 60% utilization. {ask}?")
        assert "*40%*" in reply.text, ask


def test_things_counted_by_any_noun_over_a_period_are_the_calls() -> None:
    # before: "1,500 webinar recordings a month" was not used and only the per-call cost was shown
    for count in ("1,500 webinar recordings a month", "about 1,500 recordings per month"):
        reply = _reply(f"each recording's transcript is about 20k tokens in and 1k out. {count}. $1/M in, $4/M out. "
                       "monthly cost?")
        assert "*$36.00*" in reply.text, count  # 1,500 × (20k × $1 + 1k × $4)/1M
    reply = _reply("each session is 3k tokens in, 500 out; 200 users a day, $1/M in and $4/M out. daily cost?")
    assert "200 calls" not in reply.text  # people are heads, not calls


def test_an_explicit_cache_created_once_each_morning_lives_the_working_day() -> None:
    # before: one creation a day lived the default 5 minutes, so storage was billed for 5 minutes, not the day
    reply = _reply("Gemini explicit cache: a 100k-token manual, created once each morning and kept for an 8-hour "
                   "working day. Input $1.25/M, cache reads $0.31/M, storage $4.50 per million tokens per hour. "
                   "500 questions a day, each reading the manual from the cache. Storage per day and net per day?")
    assert "× 8 h = $3.60 a day" in reply.text  # 0.1M × $4.50 × 8 h
    assert "500 hits" in reply.text
    assert "no TTL was said" in reply.text


def test_a_nightly_volume_is_a_days() -> None:
    # before: "every night it's 2M tokens going in" beside "a monthly number" priced 2M tokens over the whole month
    for said in ("every night it's roughly 2M tokens going in and 500k coming back",
                 "nightly it's about 2M tokens in and 500k out", "2M tokens in and 500k out per night"):
        reply = _reply(f"batch job over their logs: {said}. $2/M in, $8/M out. they want a monthly number, use a "
                       "30-day month")
        assert "*$240.00*" in reply.text, said  # (2 × $2 + 0.5 × $8) × 30
        assert "Per day" in reply.text, said


def test_a_quarter_after_a_count_put_through_is_the_period() -> None:
    # before: "2M tickets through it a quarter" read "a quarter" as 25% and asked what the count's period was
    reply = _reply("each ticket is about 2,000 tokens in and 300 out. They push about 2M tickets through it a "
                   "quarter. $1 per million input, $4 per million output. Quarterly bill?")
    assert "*$6,400.00*" in reply.text  # 2M × (2,000 × $1 + 300 × $4)/1M
    assert "What is 25%" not in reply.text


def test_a_token_count_said_again_in_brackets_replaces_the_rough_one() -> None:
    # before: "a bit over two thousand tokens (call it 2,400)" priced 2,000 and left 2,400 unused
    reply = _reply("each call sends a bit over two thousand tokens (call it 2,400) and gets 300 back, 100k calls a "
                   "month, $1/M in and $4/M out. monthly?")
    assert "*$360.00*" in reply.text  # 100k × (2,400 × $1 + 300 × $4)/1M
    assert "Not used" not in reply.text


def test_counts_a_day_after_we_would_expect() -> None:
    # before: "On a normal day we'd expect 20,000 cache hits" asked whether the hits were a day's, an hour's or a
    # month's
    reply = _reply("prompt is 5,000 tokens, $2 per million input, cache reads $0.20 per million, writes $2.50 per "
                   "million. On a normal day we'd expect 20,000 cache hits and around 50 cache writes. Net per day?")
    assert "*$179.88 a day*" in reply.text  # 20,000 × $0.009 − 50 × $0.0025
    assert "Is that" not in reply.text


def test_a_two_column_sheet_of_long_keys_is_one_deal() -> None:
    # before: "| line | value |" over keys of six words was answered row by row, each row its own markup
    reply = _reply("from the proposal:\n\n| line | value |\n|---|---|\n| direct API list, monthly | $10,000 |\n"
                   "| Vertex AI list markup over direct | 20% |\n"
                   "| Acme EA discount on Google Cloud consumption | 10% |\n\n"
                   "effective markup and the monthly Vertex bill?")
    assert "row by row" not in reply.text
    assert "*8%*" in reply.text  # 1.2 × 0.9 − 1
    assert "*$10,800.00*" in reply.text


def test_a_cache_hit_price_keyed_with_a_currency_sign() -> None:
    # before: "cache hit: $0.25/M" was a 25% hit rate, and the cache-read price was asked for
    reply = _reply("prefix: 10,000 tokens\ninput: $1.00/M\ncache hit: $0.25/M\ncache write: $1.25/M\n"
                   "what does each hit save?")
    assert "*$0.0075*" in reply.text  # 10,000 × ($1.00 − $0.25)/1M
    assert "25% hit rate" not in reply.text


def test_the_markup_after_an_ea_said_to_make_it_a_wash_asks_for_the_ea() -> None:
    # before: "what the markup really is once the EA is applied" showed the list markup with no EA asked for
    reply = _reply("Bedrock lists about 15% over direct. Their procurement lead says the AWS enterprise agreement "
                   "makes it a wash. What is the markup really once the EA is applied?")
    assert "the buyer's EA discount" in reply.text
    assert "*13.04%*" in reply.text  # the EA that cancels it: 1 − 1/1.15


def test_a_flat_share_sustained_is_the_utilization() -> None:
    # before: "call it a flat 80% sustained" asked what 80% was
    reply = _reply("their sheet averages out, call it a flat 80% sustained. what discount do we need just to break "
                   "even?")
    assert "*20%*" in reply.text  # 1 − 80%
    assert "What is 80%" not in reply.text


def test_a_sheet_row_with_its_count_in_words_is_no_header() -> None:
    # before: "rate   ~thirty calls a minute" over "prefix   2,000 tokens" was read as a header over a row
    reply = _reply("APM profile:\nwindow    09:00-17:00 (8h/day)\nrate      ~thirty calls a minute, random arrivals\n"
                   "prefix    2,000 tokens, cached\nttl       5 min, refreshed on every hit\n"
                   "rates     input $2/MTok | cache read $0.20 | cache write $2.50\ncaching net per day?")
    assert "14,400" in reply.text  # 30 × 60 × 8 calls
    assert "the call volume" not in reply.text


def test_a_compliant_buyer_asked_which_way_to_price_is_a_scenario() -> None:
    # before: "why would they pay more than direct and which way do we price it" asked for a list markup
    reply = _reply("state agency on azure gov, fedramp high required and data must stay in the us. why would they "
                   "pay more than going direct, and which way do we price it?")
    assert reply.intent == "scenario"
    assert "*Hyperscaler tier: recommended.*" in reply.text


def test_a_rows_price_unit_in_a_note_after_its_last_price() -> None:
    # before: "| $3.00 | $3.75 | $0.30   (per MTok)" broke the table, and $0.30 was priced as the input rate with the
    # catalog's cache multiples (a silent wrong net: $40.59 a day against $384.30)
    reply = _reply("rate card:\n\nmodel   | input  | cache write | cache read\nsonnet  | $2.00  | $2.50       | $0.20"
                   "      (per MTok)\n\nsystem prompt: 5,000 tokens, same every call\ntraffic: 10k calls/day\n"
                   "observed hit rate: 90%\nnet per day?")
    assert "*$0.009*" in reply.text  # 5,000 × ($2.00 − $0.20)/1M
    assert "*$78.50 a day*" in reply.text  # 9,000 × $0.009 − 1,000 × $0.0025


def test_the_output_said_as_a_share_of_that_volume() -> None:
    # before: "output comes to about a quarter of that volume" was output 25% of all tokens (400M against 300M)
    reply = _reply("steady at 800M input tokens a week, and output comes to about a quarter of that volume. $2/M in, "
                   "$8/M out. weekly spend?")
    assert "200,000,000 output" in reply.text
    assert "*$3,200.00*" in reply.text  # 800 × $2 + 200 × $8


def test_a_units_throughput_keyed_at_full_load_is_per_unit() -> None:
    # before: "throughput per unit at 100% | 400k tokens/hr" was all the units' traffic, and the break-even load 300%
    reply = _reply("| item | value |\n|---|---|\n| units | 4 |\n| price per unit-hour | $10.00 |\n"
                   "| throughput per unit at 100% | 400k tokens/hr |\n| on-demand blended rate, same model + mix | "
                   "$50 / MTok |\nmonthly commit and the break-even utilization?")
    assert "row by row" not in reply.text
    assert "*$29,200.00*" in reply.text  # 4 × $10 × 730
    assert "*50%*" in reply.text  # $10 ÷ (0.4M × $50)


def test_a_usage_csv_of_cache_calls_each_of_a_size() -> None:
    # before: "cache_read_calls,1000000,5000" rows were answered row by row, and "5000 cache read tokens each" was a
    # month's cache line
    reply = _reply("billing export, April (per MTok: input $1.00, cache write $1.25, cache read $0.10):\n\n"
                   "line_item,count,tokens_each\ncache_read_calls,1000000,5000\ncache_write_calls,50000,5000\n\n"
                   "net saving for the month?")
    assert "row by row" not in reply.text
    assert "*$4,437.50*" in reply.text  # 1M × $0.0045 − 50k × $0.00125
    assert "5,000 tokens × ($1.00/1M − $0.10/1M) = *$0.0045* saved against" not in reply.text


def test_a_keys_quarter_in_brackets_and_a_direct_spends_period_after_its_name() -> None:
    reply = _reply("Q2 forecast:\n\nInput tokens (Q2): 2bn\nOutput tokens (Q2): 400M\n"
                   "Rate card: ten cents per million input, forty cents per million output\n\ncost for the quarter?")
    assert "*$360.00*" in reply.text  # 2,000 × $0.10 + 400 × $0.40
    reply = _reply("Direct API spend, last qtr ........ $30,000.00\nVertex list uplift .......... +20%\n"
                   "Customer's Google EA ............... 10% off all consumption\n\nwhat would last quarter have come "
                   "to on Vertex?")
    assert "*$32,400.00*" in reply.text  # 30,000 × 1.2 × 0.9
