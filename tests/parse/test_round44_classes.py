"""Round 44's fix rounds: classes of misread found by blind batches 172 and later. Each message is our own; each
reply is checked for what a rep would read."""

from __future__ import annotations

from bot import router


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


def test_the_same_traffic_named_by_its_measure_is_set_against_the_capacity() -> None:
    # before: "$40k" was left unused and the comparison never made
    for said in ("the same token volume", "the same number of requests", "the same call volume"):
        reply = _reply(f"Five units at $12 an hour each, around the clock, 30-day month. Their on-demand invoice for "
                       f"{said} was $40k even last month, so how far over or under would they land?")
        assert "*$3,200.00 a month more*" in reply.text, said  # 5 × 12 × 720 − 40,000


def test_a_load_tables_unit_named_by_its_value_column_or_its_introduction() -> None:
    # before: "45,000 average, 90,000 p99 peak" had no unit, and the ratio was asked for again
    for table in ("| stat | RPM |\n|---|---|\n| average | 1,200 |\n| p99 peak | 3,000 |",
                  "load over the last week (requests per minute):\n| metric | value |\n|---|---|\n"
                  "| average | 1,200 |\n| p99 peak | 3,000 |"):
        reply = _reply(f"{table}\nprovisioned at 30% off, sized for the peak: utilization and cost vs on-demand?")
        assert "*2.5*" in reply.text, table  # 3,000 ÷ 1,200
        assert "40%" in reply.text and "1.75×" in reply.text  # 1 ÷ 2.5; (1 − 30%) × 2.5


def test_a_quantity_column_counted_in_millions_scales_the_cache_lines_too() -> None:
    # before: "50" cache read tokens under "Qty (MTok)" were priced as 50 tokens ($0.0001 saved)
    reply = _reply("September bill:\n\nItem                 Qty (MTok)   Rate    Amount\n"
                   "input tokens         200          $2.00   $400.00\n"
                   "cache read tokens    50           $0.20   $10.00\n"
                   "cache write tokens   5            $2.50   $12.50\n\n"
                   "what did caching save, net of the write premium?")
    assert "*$90.00*" in reply.text  # 50M × ($2.00 − $0.20)
    assert "*$2.50*" in reply.text  # 5M × ($2.50 − $2.00)
    assert "*$87.50*" in reply.text


def test_a_sheets_period_said_in_brackets_before_it_includes_a_quarter() -> None:
    # before: a quarter's tokens were read as a year's
    reply = _reply("forecast (per quarter):\n\nteam,input_tokens,output_tokens,input_$per_M,output_$per_M\n"
                   "search,400M,100M,1.00,4.00\n\nwhat's the yearly cost?")
    assert "*$3,200.00*" in reply.text  # 4 × (400 × 1 + 100 × 4)


def test_a_table_of_plans_and_their_prices_in_words() -> None:
    # before: the per-call row was joined to the per-token row, and its fee never read
    reply = _reply("| plan | price |\n|---|---|\n| flat | a penny per call |\n"
                   "| metered | $1/M input, $3/M output |\n"
                   "calls run 4,000 in / 1,000 out. which is cheaper per call, and where do they cross?")
    assert "*$0.007*" in reply.text  # 4,000 × 1 + 1,000 × 3, per 1M
    assert "*$0.01*" in reply.text


def test_rows_under_a_titles_rule_are_keyed_lines_and_a_share_off_on_demand_is_an_offer() -> None:
    # before: the first row was taken as the header, and "35% below on-demand" as the on-demand baseline
    reply = _reply("Call notes | Acme | claims bot\n---|---\ntraffic | steady 24/7\n"
                   "peak-to-average | 1.25\nreserved offer | 35% below on-demand\n"
                   "what should they buy?")
    assert "Break-even utilization at a 35% discount: 1 − 35% = 65%." in reply.text
    assert "0.8125× on-demand" in reply.text  # (1 − 35%) × 1.25


def test_a_share_said_again_with_their_is_the_one_said_before() -> None:
    # before: "their 10%" was read as the list markup too: (1 + 10%) × (1 − 10%) − 1
    reply = _reply("Direct is $2.00 per million input tokens; Vertex lists $2.40 per million. The customer's Google "
                   "Cloud enterprise discount is 10%. What is Vertex's list markup, and where does it land after "
                   "their 10%?")
    assert "*20%*" in reply.text  # 2.40 ÷ 2.00 − 1
    assert "*8%*" in reply.text  # 1.2 × 0.9 − 1


def test_what_the_prefix_costs_over_the_month_with_no_caching() -> None:
    # before: only a day's figures, and only when "with and without" was asked
    reply = _reply("a 4,000-token system prompt goes on every call. input $1 per million, cached reads $0.10 per "
                   "million, writes free. 500k calls a month, 90% hit the cache. what does the system prompt cost "
                   "per month with no caching, and what do they save?")
    assert "*$2,000.00* without caching" in reply.text  # 500k × 4,000 × $1/M
    assert "*$1,620.00*" in reply.text  # 450k hits × 4,000 × $0.90/M


def test_a_column_of_calls_per_business_day() -> None:
    # before: "calls/biz day" was read as "calls/biz a day", and the day asked about
    reply = _reply("they run on business days only, 20 a month:\n\n"
                   "app\tcalls/biz day\tavg in\tavg out\tin rate\tout rate\n"
                   "triage\t10,000\t1,000\t200\t$0.002/1K\t$0.008/1K\n\nmonthly cost?")
    assert "*$720.00*" in reply.text  # 10,000 × 20 × (1,000 × 2 + 200 × 8) / 1M


def test_a_csv_headers_structure_column_asks_no_structure() -> None:
    # before: "id,structure,term" was read as a question of which structure fits
    reply = _reply("deal sheet:\n\nid,structure,term,forecast_util,notes\n"
                   'D-7,provisioned,12mo,50%,"rep says the vendor offers a fifth off on-demand"\n\n'
                   "what utilization do they need to break even, and at the 50% forecast what is the cost as a "
                   "multiple of on-demand?")
    assert reply.intent == "break_even"
    assert "1.6× on-demand" in reply.text  # (1 − 20%) ÷ 50%


def test_a_sheets_prefix_column_and_price_columns_named_per_million() -> None:
    # before: "input_$/1M" in the header was read as a million calls a week, and "prefix_tok" never read
    reply = _reply("openai automatic caching, no write fee. our sheet:\n\n"
                   "bot\tprefix_tok\tinput_$/1M\tcached_input_$/1M\tcalls/wk\tcache_hit%\n"
                   "helpdesk\t2,000\t2.00\t1.00\t100k\t80\n\nweekly saving on the prefix?")
    assert "*$0.002*" in reply.text  # 2,000 × ($2.00 − $1.00) / 1M
    assert "$160.00" in reply.text  # 80k hits × $0.002


def test_a_hit_share_said_as_so_many_out_of_every_so_many_calls() -> None:
    for said in ("observed hits: 19 out of every 20 calls", "19 out of every 20 calls hit the cache"):
        reply = _reply(f"4,000-token prefix, input $2/M, cache read $0.20/M, write $2.50/M, 10,000 calls a day. "
                       f"{said}. net daily saving?")
        assert "9,500 hits" in reply.text, said  # 95% of 10,000


def test_a_units_capacity_keyed_in_any_order_is_one_units_throughput() -> None:
    # before: "ptu_capacity_tpm (per PTU)" was read as a count of tokens, and the ask as a quote
    reply = _reply("dashboard export\nmetric                      value\navg_tokens_per_minute       90,000\n"
                   "ptu_capacity_tpm (per PTU)  3,000\n\nspiky load. if we size PTUs for the peak, how many do we "
                   "need?")
    assert reply.intent == "break_even"
    assert "= 30: that is the floor" in reply.text  # 90,000 ÷ 3,000
    assert "peak-to-average" in reply.text.split("tell me", 1)[-1]


def test_a_per_call_comparison_over_a_week_of_business_days() -> None:
    # before: a week of 7 days of calls (280,000) for 40k calls per business day, 5-day week
    reply = _reply("vendor wants a cent per call. per-token: $1/M in, $4/M out. calls are 2,000 in, 500 out. "
                   "volume: 20k calls per business day, 5-day week. weekly cost each way?")
    assert "Per week (100,000 calls)" in reply.text
    assert "$1,000.00" in reply.text  # 100,000 × $0.01
    assert "434,524 calls" in reply.text  # 20k × 730 ÷ 24 × 5 ÷ 7


def test_a_snake_case_key_with_spaces_round_its_equals_sign() -> None:
    reply = _reply("renewal math\n\ndirect_api_spend_annual = $100k\nvertex_list_markup_vs_direct = 20%\n"
                   "customer_ea_discount = 10%\n\neffective markup, and what does the annual spend become?")
    assert "*$108,000.00* a year" in reply.text  # 100k × 1.2 × 0.9


def test_channel_price_columns_take_their_side_from_the_rows_label() -> None:
    reply = _reply("price sheet:\n\nSKU                  direct $/1M    bedrock $/1M\n"
                   "model-a output       12.00          15.00\n\ntheir EA takes 10% off AWS. premium after that?")
    assert "*25%*" in reply.text  # 15 ÷ 12 − 1
    assert "*12.5%*" in reply.text  # 1.25 × 0.9 − 1


def test_a_cache_price_share_said_with_a_verb() -> None:
    for said, read in (("cached input comes in at half price", "$1.00/1M"),
                       ("cached input comes through at half price", "$1.00/1M"),
                       ("cache hits get a 90% discount", "$0.20/1M")):
        reply = _reply(f"a 3,000-token system prompt on every call. input is $2/M and {said}. 1M calls a month, "
                       "every call hits. monthly saving?")
        assert read in reply.text, said


def test_one_side_of_a_periods_volume_and_the_other_as_a_fraction_of_it() -> None:
    # before: the output was never priced (and "1/20 of that" was read as 1 output token a year)
    for said in ("a twentieth of that", "only 5% of that", "1/20 of that"):
        reply = _reply(f"about 2bn input tokens a year, and the output is {said}. input $1/M, output $4/M. "
                       "annual bill?")
        assert "*$2,400.00*" in reply.text, said  # 2,000 × 1 + 100 × 4


def test_one_dated_row_of_a_billing_export_is_a_day() -> None:
    # before: a day's tokens were priced as a month's
    reply = _reply("billing export, typical day:\n\ndate\tmodel\tinput_tokens\toutput_tokens\n"
                   "2024-06-03\tsmall\t24,000,000\t6,000,000\n\n$0.50 per million in, $2 per million out. a month?")
    assert "*$730.00*" in reply.text  # (12 + 12) × 730 ÷ 24


def test_the_on_demand_worth_of_the_units_at_full_use() -> None:
    reply = _reply("calculator output:\n  model units ........ 10\n  rate ........ $5.00 per unit-hour\n"
                   "  on-demand value of the tokens 10 units serve at 100% ... $50,000 / month\n\n"
                   "what utilization do they need to beat on-demand?")
    assert "Break-even load = $36,500.00 ÷ $50,000.00 = *73%*" in reply.text  # 10 × 5 × 730


def test_a_tokens_per_minute_commitment_sized_for_a_spiky_peak() -> None:
    # before: the load was priced as a quote and its rates asked for
    reply = _reply("traffic is really spiky, averages like 60k tokens a min but jumps hard during batch jobs. they "
                   "want PTUs sized so they never get throttled at peak. how many tokens/min do we commit to and what "
                   "utilization will they run at")
    assert reply.intent == "break_even"
    assert "peak-to-average" in reply.text.split("tell me", 1)[-1]


def test_the_same_monthly_traffic_quoted_on_demand() -> None:
    # before: "$20.000 (twenty thousand dollars) a month" for "the same monthly traffic" was never set against the units
    reply = _reply("Offer one: two units at $10 per unit-hour, round the clock for a 730-hour month. Offer two: stay "
                   "on-demand, where the same monthly traffic (it fits inside those two units) is quoted at $20.000 "
                   "(twenty thousand dollars) a month. What does the provisioned option save?")
    assert "*$5,400.00 a month less*" in reply.text  # 20,000 − 2 × 10 × 730


def test_what_a_utilization_means_for_the_cost_against_on_demand_is_no_term_asked() -> None:
    reply = _reply("They insist on sizing for their peak, which runs about twice the average. The provisioned rate "
                   "is 40% below on-demand. What utilisation will it run at, and what does it mean for their cost "
                   "compared with staying on-demand?")
    assert reply.intent == "break_even"
    assert "1.2× on-demand" in reply.text  # (1 − 40%) × 2


def test_an_invoice_with_its_amounts_cut_off_is_priced_line_by_line() -> None:
    reply = _reply("INVOICE #5521 — usage period Apr 1–30\n"
                   "Line  Description              Qty      Unit price     Amount\n"
                   "1     Input tokens, model-q    500M     $1.00 / 1M     \n"
                   "2     Output tokens, model-q   50M      $4.00 / 1M     \n\n"
                   "the amounts are missing on the PDF. what should each line and the total read?")
    assert "$500.00" in reply.text and "$200.00" in reply.text and "*$700.00*" in reply.text
    assert "“o”" not in reply.text  # (a fragment of the wrong words was once listed as not used)


def test_a_keyed_load_with_the_window_it_was_seen_over() -> None:
    # before: "avg TPM (30d)" was left unread and the peak-to-average ratio asked for
    reply = _reply("| metric | value |\n|---|---|\n| avg TPM (7d) | 50k |\n| peak TPM (7d) | 150k |\n"
                   "| PT discount | 50% |\nsized for peak: utilization and cost against on-demand?")
    assert "1.5× on-demand" in reply.text  # (1 − 50%) × 3


def test_a_direct_run_rate_keyed_beside_a_markup() -> None:
    reply = _reply("proposal tab:\nDirect API run-rate (est.)     $10,000 / mo\nAzure list premium over direct   20%\n"
                   "Customer EA discount   10%\n\neffective markup, and the monthly bill through Azure?")
    assert "*$10,800.00* a month" in reply.text  # 10,000 × 1.2 × 0.9


def test_writes_said_as_calls_that_end_up_rewriting_the_cache() -> None:
    # before: the writes were left unread and a random-arrival model put them at one a day
    reply = _reply("6,000-token prefix, input $10/M, cache hits $1/M, writes $12.50/M. Of their 10,000 calls a day, "
                   "roughly 200 end up re-writing the cache because entries lapse; the rest hit. Net saving per day?")
    assert "9,800 hits" in reply.text and "200 writes" in reply.text
    assert "*$526.20 a day*" in reply.text  # 9,800 × 0.054 − 200 × 0.015


def test_the_period_said_before_the_calls_and_the_other_calls_writing() -> None:
    reply = _reply("prefix of 5,000 tokens. input $2/M, writes $2.50/M, reads $0.20/M. Every week 19,000 calls hit "
                   "the cache and the other 1,000 write it. net weekly saving?")
    assert "*$168.50* net" in reply.text  # 19,000 × 0.009 − 1,000 × 0.0025


def test_what_a_term_means_on_a_response_with_figures_beside_it() -> None:
    reply = _reply('usage.cache_read_input_tokens: 0\nusage.cache_creation_input_tokens: 2048\nttl: 3600s\n\n'
                   'the customer asks what "TTL" means on this response and why it says 3600s. quick definition?')
    assert reply.intent == "glossary"
    assert "TTL (cache lifetime)" in reply.text


def test_a_fee_said_as_charged_every_time_a_step_fires() -> None:
    # before: the fee was left unread and the call priced as a quote
    for fee in ("$0.004", "four-tenths of a cent"):
        reply = _reply(f"The vendor bills {fee} every time their agent step fires, no matter how big it is. "
                       "Underneath, that same step on per-token would be about 1,000 tokens in and 250 out at $2/M "
                       "input and $8/M output. Which way is cheaper per call, and at what size do they cost the same?")
        assert reply.intent == "per_call", fee
        assert "Per-call fee: *$0.004*" in reply.text, fee


def test_tokens_loaded_into_an_explicit_cache_are_its_prefix() -> None:
    # before: "a 20,000-token document summary" was read as output, and the prefix asked for
    reply = _reply("They'd load a 20,000-token document summary into an explicit context cache and keep it alive "
                   "eight hours a day. Storage is $1.00 per million tokens per hour. Normal input is $2/M and cached "
                   "tokens bill at a quarter of that. Around 1,000 requests a day would read from the cache. What's "
                   "the saving per cached request?")
    assert "*$0.03*" in reply.text  # 20,000 × ($2 − $0.50) / 1M


def test_second_rates_over_a_month_counted_in_business_days() -> None:
    # before: the second offer was priced over a 730-hour month against the first over 22 days
    reply = _reply("Offer A: $2 per million input, $8 per million output. Offer B: $1 per million input, $4 per "
                   "million output. 10 million input and 2 million output tokens every business day, 20 business "
                   "days a month. Monthly total under each offer?")
    assert "*$720.00*" in reply.text  # (20 + 16) × 20
    assert "*$360.00*" in reply.text and "*$360.00 less*" in reply.text  # (10 + 8) × 20


def test_a_key_and_its_figure_in_one_cell_is_no_header() -> None:
    # before: the first row was taken as the table's header and its 30% never read
    reply = _reply("Meter                       | Note\nBedrock model tokens        | list uplift vs direct API: 30%\n"
                   "EA discount applied         | 10% off list\ndirect-API equivalent spend | $10k / month\n\n"
                   "what markup are we really paying, and the monthly spend through Bedrock?")
    assert "*17%*" in reply.text  # 1.3 × 0.9 − 1
    assert "*$11,700.00* a month" in reply.text


def test_a_sides_tokens_a_call_keyed_with_its_price_after_them() -> None:
    reply = _reply("vendor per-call tier:\n  price per call ......... a cent\n"
                   "  expected volume ........ 1M calls / month\n"
                   "same job per-token, from our logs:\n  avg input tokens/call .. 2,000  @ $2.00 per MTok\n"
                   "  avg output tokens/call . 500    @ $4.00 per MTok\n\nwhich is cheaper per month, and by how much?")
    assert "*$0.006*" in reply.text  # 2,000 × 2 + 500 × 4, per 1M
    assert "$4,000.00" in reply.text  # 1M × ($0.01 − $0.006)


def test_a_day_of_cache_events_said_by_the_part_of_the_day() -> None:
    reply = _reply("4,000-token system prompt. $2 per million input, reads $0.20 per million, writes $2.50 per "
                   "million. One cache write first thing each morning and then ten thousand cache hits across the "
                   "working day, over 20 business days a month. Net saving for the month?")
    assert "10,000 hits" in reply.text and "1 write" in reply.text
    assert "$1,439.96" in reply.text  # 20 × (10,000 × 0.0072 − 0.002)


def test_units_said_as_the_average_load_sized_for_the_peak() -> None:
    # before: the bill was for the 2.5 units of average load, not the block sized for the peak
    reply = _reply("Their agent averages out to roughly 3 provisioned units' worth of traffic, but peaks at 2.5x the "
                   "average and they insist on sizing for peak. Units are $10 per unit-hour, 25% under on-demand. "
                   "Running 24/7, what's the monthly bill for the peak-sized block and its utilization?")
    assert "3 units of average load × 2.5 = 7.5, rounded up → *8 units*" in reply.text
    assert "*$58,400.00*" in reply.text  # 8 × 10 × 730
    assert "*37.5%*" in reply.text  # 3 ÷ 8


def test_a_blank_line_ends_an_invoices_lines() -> None:
    # before: the lines under a header ran on past a blank line, and a later row of words spoiled the invoice
    reply = _reply("Description      | Qty    | Unit price   | Amount\nInput tokens     | 300M   | $1.00 / 1M   | \n"
                   "Output tokens    | 30M    | $4.00 / 1M   | \n\nnote from AM     | see    | the email    | thread\n"
                   "what should the amounts read?")
    assert "$300.00" in reply.text and "$120.00" in reply.text and "*$420.00*" in reply.text
