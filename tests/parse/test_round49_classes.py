"""Round 49's fix rounds: classes of misread found by blind batches 222 and later. Each message is our own; each reply
is checked for what a rep would read."""

from __future__ import annotations

from bot import router
from bot.parse import parse
from bot.parse.tables import read_csv


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


def test_a_document_reference_is_never_a_count() -> None:
    # before: "INV-44120" on each invoice line was read as 44,120 tokens, priced at a few cents
    for ref in ("INV-44120", "PO-7781", "ORD-2026-0113", "inv-44120"):
        reply = _reply(f"billing lines for March:\n{ref}  input tokens   900M  @ $2.00 per 1M\n"
                       f"{ref}  output tokens  150M  @ $8.00 per 1M\nbreak it out please")
        assert "*$3,000.00*" in reply.text, ref  # 900M × $2 + 150M × $8
        assert "44,120" not in reply.text and "7,781" not in reply.text, ref


def test_heads_each_doing_something_longer_before_their_count() -> None:
    # before: with more than a few words between "each" and the count, the count was one head's alone
    reply = _reply("800 claims adjusters, each relying on the copilot for roughly 60 lookups a day. A lookup is "
                   "about 1,500 tokens in and 200 out at $0.40/M in and $1.60/M out. what's a day?")
    assert "48,000 calls" in reply.text  # 800 × 60
    assert "*$44.16*" in reply.text  # 48,000 × (1,500 × $0.40 + 200 × $1.60) / 1M


def test_the_busiest_span_against_an_average_one() -> None:
    # before: "the peak day sees 3 times the volume of an average day" left the ratio unread, so it was asked for
    reply = _reply("the peak day sees 3 times the volume of an average day. if we size PTUs for that peak at 40% "
                   "off, what utilization do they average and how does the cost compare with on-demand?")
    assert "1 ÷ 3 = 33.33%" in reply.text
    assert "1.8× on-demand" in reply.text  # (1 − 40%) × 3


def test_a_ratio_said_as_n_to_1_before_its_name() -> None:
    # before: the "1" of "3 to 1 peak to average" was the ratio, so capacity sized for peak ran at 100%
    reply = _reply("load is roughly 3 to 1 peak to average, they want to size for peak, discount is 25%. "
                   "utilization and cost vs on-demand?")
    assert "1 ÷ 3 = 33.33%" in reply.text
    assert "2.25× on-demand" in reply.text  # (1 − 25%) × 3


def test_billed_hours_keyed_or_in_a_column_are_the_hours_priced() -> None:
    # before: "hours: 744" was dropped and a 730-hour month priced instead
    reply = _reply("units: 10\nrate: $4.00/unit-hr\nhours: 744\non-demand for the same tokens: $35,000 a month\n"
                   "how far under on-demand?")
    assert "10 × $4.00 × 744 h = *$29,760.00*" in reply.text
    # a quarter's hours in an export's column, the on-demand amount beside it keyed with no period
    reply = _reply("Deployment\tUnits\t$/unit-hr\tHours\nprod-east\t10\t4.00\t2208\n"
                   "on-demand equivalent for same tokens: $100,000.00\nwhat's the committed bill for the quarter?")
    assert "10 × $4.00 × 2,208 h = *$88,320.00* a quarter" in reply.text
    assert "*$11,680.00 a quarter less*" in reply.text


def test_an_export_row_of_units_with_quantity_and_price_columns() -> None:
    # before: "| Provisioned PTU | 40 | $2.00/PTU-hr |" priced one unit
    reply = _reply("Resource | SKU | Qty | Unit price | Hours\nprod-ptu | Provisioned PTU | 40 | $2.00/PTU-hr | 720\n"
                   "on-demand equivalent of tokens served: $50,000.00\ndid it pay off this month or are we underwater?")
    assert "40 × $2.00 × 720 h = *$57,600.00*" in reply.text
    # asked both ways, the reply leads with the outcome rather than a bare yes or no
    assert reply.text.split("\n")[1].startswith("*Underwater:* on these bills")


def test_a_meaning_in_brackets_beside_a_unit_hour_price() -> None:
    # before: "(that is, the price of one unit for one hour)" made one unit running one hour a day
    reply = _reply("five units at $30 per unit-hour (that is, the price of one unit for one hour, used or not) for "
                   "the month; at full load the same tokens would cost $150,000 on demand. break-even utilisation?")
    assert "5 × $30.00 × 730 h = *$109,500.00*" in reply.text
    assert "*73%*" in reply.text  # $109,500 ÷ $150,000


def test_an_option_table_whose_price_column_is_called_rate() -> None:
    # before: under "structure | rate" the per-call row, its fee in words, was folded into the per-token one, so the
    # fee was asked for and a second output rate of $0 read
    reply = _reply("two ways to buy the summarizer:\n\nstructure  | rate\nper-call   | one cent per call\n"
                   "per-token  | $2/M input, $10/M output\n\ncall is 2,000 in and 300 out, 10k calls a day. "
                   "which is cheaper?")
    assert "*$0.007*" in reply.text  # 2,000 × $2 + 300 × $10, per million
    assert "Per-call fee: *$0.01*" in reply.text


def test_a_read_price_said_again_as_its_share_is_no_hit_rate() -> None:
    # before: "(..., roughly a tenth)" after the read price was a 10% hit rate, and caching a loss
    reply = _reply("prefix of 6,000 tokens, input $3.00 per million, and cached reads are $0.30 per million (that's "
                   "what they'd pay for the prefix when it's served from the cache, roughly a tenth). 2,000 calls "
                   "a day. net saving per day?")
    assert "*$0.0162*" in reply.text  # 6,000 × ($3.00 − $0.30)
    assert "hits = 2,000 × 10%" not in reply.text
    assert "loses money" not in reply.text


def test_dollars_over_a_period_without_the_calls_asks_for_them() -> None:
    # before: with the share a hit cuts worked out, the call volume was a note and nothing was asked
    reply = _reply("a 6,000-token prefix on every call, input at $3.00 per million, cache reads at $0.30 per million. "
                   "how much would caching take off their input bill each week?")
    assert "*To answer the rest, tell me:*" in reply.text
    assert "call volume" in reply.text.split("*To answer the rest, tell me:*")[1]


def test_the_units_counted_again_with_their_noun() -> None:
    # before: "those 5 units" made the on-demand amount at full load unread
    reply = _reply("5 provisioned units at $20 per unit hour, all month. on demand for the tokens those 5 units "
                   "serve at full load would be ~$90k/mo. break-even utilization?")
    assert "*$73,000.00*" in reply.text  # 5 × $20 × 730
    assert "*81.11%*" in reply.text  # $73,000 ÷ $90,000


def test_cents_as_voice_to_text_hears_them() -> None:
    # before: "three quarters of a sent per call" left the fee unread, and it was asked for
    reply = _reply("flat option is three quarters of a sent per call, per token is $1/M in and $4/M out, calls are "
                   "3,000 in and 500 out. which wins?")
    assert "Per-call fee: *$0.0075*" in reply.text
    assert "*$0.005*" in reply.text  # 3,000 × $1 + 500 × $4, per million
    # "sent" as the verb is left alone
    assert parse("we sent a request per call, 3,000 in at $3/M").fields.per_call_fee is None


def test_a_key_of_tokens_naming_what_was_done_with_them() -> None:
    # before: "tokens served: ..." was not read, so a break-even volume was worked instead of the on-demand bill
    reply = _reply("6 model units at $18.00/hr for the month.\nest. tokens processed: ~8bn / month\n"
                   "on-demand is a blended $6.00 per MTok. commitment vs on-demand?")
    assert "*$48,000.00* a month" in reply.text  # 8bn × $6 per million
    assert "*$78,840.00*" in reply.text  # 6 × $18 × 730


def test_loads_keyed_bare_under_the_unit_they_are_counted_in() -> None:
    # before: "avg 30,000" and "max 90,000" under "(tokens/min)" were no loads, so the ratio was asked for
    for sheet in ("dashboard export, past two weeks (tokens/min):\navg    30,000\nmax    90,000\n",
                  "TPM over the quarter - mean 30,000, p99 90,000.\n"):
        reply = _reply(sheet + "they'd size reserved capacity for the peak at 35% off. utilization and cost vs "
                               "on-demand?")
        assert "1 ÷ 3 = 33.33%" in reply.text, sheet
        assert "1.95× on-demand" in reply.text, sheet  # (1 − 35%) × 3


def test_writes_counted_in_words_and_made_each_morning() -> None:
    # before: "one write each morning" was no write, so the day's 5,000 hits were priced as 4,999 hits and a write
    reply = _reply("4k-token prefix, $3/M input, reads $0.30/M, writes $3.75/M. about 5,000 cache hits a day plus "
                   "one write each morning. net per day?")
    assert "5,000 hits × $0.0108" in reply.text  # 4,000 × ($3.00 − $0.30)
    assert "− 1 write × $0.003" in reply.text  # 4,000 × ($3.75 − $3.00)


def test_calls_counted_of_those_that_write_the_cache() -> None:
    # before: "30 of those write the cache each day" became one write a day
    reply = _reply("5,000-token system prompt, $2/M input, reads $0.20/M, writes $2.50/M. about 10k calls a day, and "
                   "roughly 30 of those write the cache each day. net per day?")
    assert "9,970 hits × $0.009" in reply.text
    assert "30 writes × $0.0025" in reply.text


def test_a_spec_of_keys_with_spaced_equals_signs() -> None:
    # before: "avg input = 2,000 tokens" over "avg output = 250 tokens" swapped the sides: 250 tokens of input and
    # 2,000 of output
    reply = _reply("spec:\nrequests per day = 10k\navg input = 2,000 tokens\navg output = 250 tokens\n"
                   "input price = $1 / MTok\noutput price = $5 / MTok\ndaily bill?")
    assert "2,000 tokens × $1.00/1M" in reply.text
    assert "250 tokens × $5.00/1M" in reply.text
    assert "*$32.50*" in reply.text  # 10k × ($0.002 + $0.00125)


def test_a_count_ending_its_line_is_not_the_side_named_on_the_next() -> None:
    # before: "avg prompt: 2,000 tok" over "avg completion: 250 tok" was read as 2,000 output tokens too
    reply = _reply("fee: $0.005 / call\navg prompt: 2,000 tok\navg completion: 250 tok\n"
                   "per-token alternative: $1/M in, $4/M out\nwhich is cheaper?")
    assert "input 2,000 × $1.00/1M" in reply.text
    assert "output 250 × $4.00/1M" in reply.text


def test_a_unit_hour_price_keyed_per_mu_slash_hour() -> None:
    # before: "price per MU/hour" was no unit-hour price, so the discount was asked for
    reply = _reply("Model units ........ 2\nPrice per MU/hour .. $30.00\nthe same traffic on-demand is about 50k/mo. "
                   "more or less than that for a month?")
    assert "2 × $30.00 × 730 h = *$43,800.00*" in reply.text


def test_a_flat_load_said_as_how_little_it_moves() -> None:
    # before: "flat to within about five per cent" left a stray 5% that kept the stated utilization unread
    reply = _reply("batch scoring service around the clock; load is flat to within about five per cent hour to hour. "
                   "They expect to use roughly 90% of whatever capacity they commit to. 25% off provisioned is on "
                   "the table. which structure?")
    assert "stated 90% utilization" in reply.text


def test_an_output_count_said_as_what_the_model_sends_back() -> None:
    # before: "writes back maybe 300" was no output, so output was priced at 0 tokens and $0, and nothing asked
    reply = _reply("each request goes in at around 2,500 tokens and the model writes back maybe 300. 10k requests a "
                   "day, input at $2 per million. daily cost?")
    assert "300 tokens × the output rate, not given" in reply.text
    assert "the output rate" in reply.text.split("*To answer the rest, tell me:*")[1]
    # a count grouped by a comma is read whole
    reply = _reply("each request reads about 9,000 tokens and writes back around 1,200. 2,000 requests a day at $1/M "
                   "in and $5/M out. daily cost?")
    assert "*$30.00*" in reply.text  # 2,000 × (9,000 × $1 + 1,200 × $5) / 1M


def test_a_cached_input_price_column_is_the_read_price() -> None:
    # before: "cached_input_rate_per_mtok" was a second input rate, and the days "22 of them last month" unread
    reply = _reply("model,input_rate_per_mtok,cached_input_rate_per_mtok,shared_prefix_tokens,calls_per_business_day,"
                   "cached_share\nm-1,2.00,0.50,10000,5000,80%\nthey run on business days only, 21 of them last "
                   "month. automatic caching, no write surcharge. what did caching save for the month?")
    assert "*$0.015*" in reply.text  # 10,000 × ($2.00 − $0.50)
    assert "$1,260.00" in reply.text  # 5,000 × 80% × $0.015 × 21


def test_a_sheet_of_cache_counts_keyed_with_their_period() -> None:
    # before: "cache writes/wk" and "cache hits/wk" were read as two items, each priced apart
    reply = _reply("prefix_tokens    8,000\ninput            $10/MTok\ncache write      1.25x input\n"
                   "cache read       a tenth of input\ncache writes/wk  100\ncache hits/wk    2,000\n"
                   "net savings per week?")
    assert "row by row" not in reply.text
    assert "*$142.00* net" in reply.text  # 2,000 × $0.072 − 100 × $0.02


def test_rows_that_ask_for_a_figure_make_the_reply_ask() -> None:
    # before: a markup table answered row by row asked for the EA discount in each row, yet said nothing was missing
    # (so `pricebot ask` exited 0)
    reply = _reply("tier | Direct list | Azure list\nSmall (input) | $1.00/MTok | $1.25/MTok\n"
                   "Small (output) | $4.00/MTok | $5.00/MTok\ntheir EA takes something off. markup after the EA?")
    assert "ea_discount" in [m["field"] for m in reply.data["missing"]]


def test_a_multiple_of_the_planned_call_said_with_go() -> None:
    # before: "can go 3x that" was not read, so the larger-call line used twice the size
    reply = _reply("flat fee 1 cent a call vs $2/M in and $8/M out. typical call 2,000 in 250 out but some runs can go "
                   "3x that. where does flat win?")
    assert "If calls run 3× larger than planned (6,000 in / 750 out)" in reply.text


def test_a_sheets_column_of_row_numbers_is_left_out() -> None:
    # before: "line,item,monthly_usd" over "1,On-demand cost ...,"$100,000"" was left unread as a sheet
    numbered = ('line,item,monthly_usd\n1,On-demand cost of the full capacity,"$90,000"\n'
                '2,Provisioned commitment,"$63,000"\n3,Forecast avg utilization,80%\nbreak-even?')
    plain = ('item,monthly_usd\nOn-demand cost of the full capacity,"$90,000"\nProvisioned commitment,"$63,000"\n'
             'Forecast avg utilization,80%\nbreak-even?')
    assert read_csv(numbered) == read_csv(plain) != plain


def test_a_worth_at_full_use_and_a_term_in_brackets_before_their_colons() -> None:
    # before: "(if 100% used)" and "(1yr term)" kept the amounts unread, so the discount was asked for
    reply = _reply("on-demand cost of the full capacity (if 100% used): $80,000 a month; reserved commitment "
                   "(1yr term): $56,000 a month. break-even utilization?")
    assert "$56,000.00 ÷ $80,000.00 = *70%*" in reply.text


def test_a_window_of_the_day_with_am_and_pm_cut_to_a_letter() -> None:
    # before: "from 9a to 7p" was no window, so 500 calls an hour ran around the clock (12,000 calls a day, not 5,000)
    for window in ("from 9a to 7p", "9a-7p", "between 9a and 7p"):
        reply = _reply(f"2k token prefix, $3/M in, 30c/M cached, writes $3.75/M. about 500 calls an hr {window}, "
                       "quiet otherwise. net per day?")
        assert "(5,000 calls a day)" in reply.text, window


def test_days_keyed_with_the_period_they_are_counted_in() -> None:
    # before: "business_days_per_week: 5" over "rate_in: ..." made 5 input tokens a call
    reply = _reply("avg_input_tokens_per_call: 2,000\navg_output_tokens_per_call: 400\ncalls_per_business_day: 10k\n"
                   "business_days_per_week: 5\nrate_in: $2/MTok\nrate_out: $8/MTok\nweekly spend?")
    assert "*$360.00*" in reply.text  # 10k × 5 × (2,000 × $2 + 400 × $8) / 1M
    reply = _reply("avg_input_tokens_per_call: 2,000\navg_output_tokens_per_call: 400\ncalls_per_day: 10k\n"
                   "max_retries: 3\nrate_in: $2/MTok\nrate_out: $8/MTok\ndaily spend?")
    assert "*$72.00*" in reply.text  # a count ending its line is no input for the rate keyed below it
    # (and a cached document keyed with its tokens over the input rate is still the prefix)
    reply = _reply("cached_doc_tokens: 100,000\ninput_rate: $1.25/M\ncached_input_rate: $0.25/M\nsaving per hit?")
    assert "*$0.10*" in reply.text  # 100,000 × ($1.25 − $0.25)


def test_a_tab_row_of_calls_a_minute_and_active_hours() -> None:
    # before: "calls_per_min" and "active_hrs_per_day" cells were read as neither, so the call volume was asked for
    reply = _reply("prefix_tokens\tinput_usd_per_M\tcached_input_usd_per_M\tcalls_per_min\tactive_hrs_per_day\n"
                   "4000\t3.00\t0.30\t2\t10\nautomatic caching, no write premium. saving per business day?")
    assert "1,200 calls" in reply.text  # 2 a minute × 60 × 10 hours


def test_the_load_at_a_periods_end_against_its_average() -> None:
    # before: "at quarter-end it runs three times that" was a call three times the size, and the ratio was asked for
    reply = _reply("their agent averages ~20M tokens/hour, but at quarter-end it runs three times that. sized for the "
                   "peak at 30% off, what utilization and cost vs on-demand?")
    assert "1 ÷ 3 = 33.33%" in reply.text
    assert "2.1× on-demand" in reply.text  # (1 − 30%) × 3


def test_a_sheet_of_sides_and_their_volumes() -> None:
    # before: "2024-Q2 | input | 900M" under "period | token_type | volume" was read as no tokens at all
    reply = _reply("Q2 usage export:\nperiod\ttoken_type\tvolume\n2024-Q2\tinput\t900M\n2024-Q2\toutput\t200M\n"
                   "at $2/M input and $8/M output what does that quarter come to?")
    assert "*$3,400.00*" in reply.text  # 900M × $2 + 200M × $8


def test_prices_by_channel_in_bare_columns_named_per_million() -> None:
    # before: "2.50" under "direct_per_mtok" was 2.5 million tokens, so the list markup was asked for
    reply = _reply("sku,direct_per_mtok,azure_per_mtok\nmodel-x-input,2.00,2.40\nmodel-x-output,8.00,9.60\n"
                   "their EA knocks a tenth off. list markup and effective markup?")
    assert "*20%*" in reply.text  # 2.40 ÷ 2.00 − 1
    assert "*8%*" in reply.text  # 1.2 × 0.9 − 1


def test_tokens_served_keyed_with_their_period() -> None:
    # before: "est_tokens_served_per_month" was no volume, so a break-even volume was worked instead of the bill
    reply = _reply("model_units\t3\nprice_per_unit_hour\t$20.00\nest_tokens_served_per_month\t12bn\n"
                   "on_demand_blended_per_mtok\t$4.00\ncheaper than on-demand? by how much a month?")
    assert "*$48,000.00* a month" in reply.text  # 12bn × $4 per million
    assert "*$4,200.00 a month less*" in reply.text  # $48,000 − 3 × $20 × 730


def test_how_much_to_commit_for_a_spiky_load_at_a_discount() -> None:
    # before: the sizing asked for a spiky load was answered as advice across structures
    reply = _reply("client wants reserved capacity for a spiky chatbot, averages 1M tokens a min but surges at lunch. "
                   "reserved is 30% under on demand. how much should they commit and will it save anything?")
    assert reply.intent == "break_even"
    assert "peak-to-average" in reply.text.split("*To answer the rest, tell me:*")[1]


def test_an_amount_said_again_in_words_with_its_currency() -> None:
    # before: "$72.500 (seventy-two thousand five hundred dollars)" was $72.50, so the units cost 60000% of on-demand
    reply = _reply("two provisioned units at $30 per unit-hour all month (730 hours). fully used, the tokens they'd "
                   "serve would cost $72.500 on demand (seventy-two thousand five hundred dollars). break-even "
                   "utilisation?")
    assert "$43,800.00 ÷ $72,500.00 = *60.41%*" in reply.text


def test_a_peak_keyed_with_its_name_in_brackets_under_the_loads_unit() -> None:
    # before: "p100 (peak)" was no peak, so the peak-to-average ratio was asked for
    reply = _reply("dashboard, tokens/min (7 days):\navg\t40,000\np100 (peak)\t60,000\noffer: 30% below on-demand, "
                   "sized for the peak. utilization and cost vs on-demand?")
    assert "1 ÷ 1.5 = 66.67%" in reply.text


def test_like_before_a_figure_is_about() -> None:
    # before: "if they only hit like 50%" left the utilization unread
    reply = _reply("quoted 40% off on-demand for provisioned. break even util? and if they only hit like 50% how much "
                   "are they paying vs on demand")
    assert "1.2× on-demand" in reply.text  # (1 − 40%) ÷ 50%


def test_an_amount_in_words_a_quarter_is_a_period_not_a_share() -> None:
    # before: "forty thousand dollars a quarter" was $40,000 and a 25% share beside it
    reply = _reply("their hyperscaler lists 20% above direct and the EA takes 10% off. direct-equivalent spend is "
                   "sixty thousand dollars a quarter. effective markup, and what they pay a quarter?")
    assert "*8%*" in reply.text  # 1.2 × 0.9 − 1
    assert "$64,800.00" in reply.text  # $60,000 × 1.08


def test_a_direct_spend_keyed_with_an_aside_or_a_quarter() -> None:
    # before: "direct API (same model), list: $150k/yr" and "direct_equivalent_spend_q2,30000" were no spend
    reply = _reply("direct API (same model), list: $150k/yr\nAzure list markup over direct: +20%\nEA discount: 10%\n"
                   "effective markup, and the annual number through Azure?")
    assert "$162,000.00" in reply.text  # $150,000 × 1.08
    reply = _reply("direct_equivalent_spend_q2,30000\nbedrock_list_markup_over_direct,20%\ncustomer_EA_discount,10%\n"
                   "markup after the EA, and the quarterly invoice?")
    assert "$32,400.00" in reply.text  # $30,000 × 1.08


def test_reads_and_writes_with_a_comma_after_the_count() -> None:
    # before: "writes 300, and they ..." took the comma into the count and lost the output tokens
    reply = _reply("each summary reads 2.5k tokens and writes 300, and they process ten thousand tickets a week at $2 "
                   "per million input and $8 per million output. weekly bill?")
    assert "*$74.00*" in reply.text  # 10k × (2,500 × $2 + 300 × $8) / 1M


def test_an_invoice_lines_unit_then_its_price() -> None:
    # before: "Unit: call    Unit price: $0.004" was no fee, so it was asked for
    reply = _reply("  Item: extract/v1    Unit: call    Unit price: $0.004\nper-token alternative is $2 in / $8 out "
                   "per million; calls average 1,000 in and 100 out. which is cheaper per call?")
    assert "Per-call fee: *$0.004*" in reply.text
