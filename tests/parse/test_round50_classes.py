"""Round 50's fix rounds: classes of misread found by blind batches 236 and later. Each message is our own; each reply
is checked for what a rep would read."""

from __future__ import annotations

import pytest

from bot import router


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


def test_like_before_a_figure_after_any_word() -> None:
    # before: "jumps to like 3x its average" left the peak-to-average ratio unread, so it was asked for
    reply = _reply("load jumps to like 3x its average at lunch and they'd size units for the peak. 30% off "
                   "on-demand. are they ahead?")
    assert "(1 − 30%) × 3 = 2.1× on-demand" in reply.text


@pytest.mark.parametrize("misses", [
    "requests: 20k/day\ncache misses: 2,000 (1 in 10)",  # keyed, its share said aside
    "20k requests/day, of which 2,000 missed the cache",  # "missed", after "of which"
])
def test_cache_misses_counted_among_the_calls(misses: str) -> None:
    # before: the misses were dropped and the writes came from the random-arrival model (a handful a day)
    reply = _reply(f"system prompt 5,000 tokens, input $3.00/1M, cached $0.30/1M, writes at $3.75/1M. {misses}. "
                   "net saving per day?")
    assert "18,000 hits × $0.0135 ($243.00) − 2,000 writes × $0.00375 ($7.50) = *$235.50 a day*" in reply.text


@pytest.mark.parametrize("text", [
    "our proposal config says:\n    cache ttl: 5m\nwhat does the TTL on that mean for the customer?",
    'Someone wrote "TTL 60 min" beside the Gemini line and the customer\'s CTO asked what that means. Plain version?',
])
def test_a_ttl_beside_its_figure_asked_what_it_means(text: str) -> None:
    # before: a caching answer asking for a prefix and a call volume, with no word on what a TTL is
    reply = _reply(text)
    assert reply.intent == "glossary"
    assert "*TTL (cache lifetime)*" in reply.text


def test_a_markup_on_a_quarter_of_tokens_at_a_direct_price() -> None:
    # before: "direct pricing would be $2.00" was no direct rate, and a quarter's tokens had no bill
    reply = _reply("They push 900M input tokens a quarter; direct pricing would be $2.00 per million. Bedrock lists "
                   "it 25% higher and their EDP is 8%. effective markup and quarterly input bill on Bedrock?")
    assert "Input bill a quarter: 900,000,000 tokens × $2.00/1M = $1,800.00 direct" in reply.text
    assert "*$2,070.00* on the hyperscaler" in reply.text  # $1,800 × 1.25 × 0.92


def test_a_two_column_sheet_of_prices_per_million() -> None:
    # before: "input_cached 0.30" under "usd_per_mtok" was a count of tokens, and no rates were read
    reply = _reply("export:\n\nline_item            usd_per_mtok\ninput_uncached       3.00\n"
                   "input_cached         0.30\noutput               15.00\n\nshared prefix: 4,000 tokens\n"
                   "requests/mo: 600k\ncache hit share: 90%\n\n"
                   "what does the prefix save per hit and over the month?")
    assert "4,000 × ($3.00/1M − $0.30/1M) = *$0.0108*" in reply.text
    assert "(600,000 calls, 540,000 hits): hits save $5,832.00" in reply.text


def test_a_week_of_calls_counted_per_working_day() -> None:
    # before: "a week of 2,000 calls per working day" was 2,000 calls a week
    reply = _reply("4,000-token prefix, $3/M input, $0.30/M cached. what's it worth over a week of 2,000 calls per "
                   "working day, five working days?")
    assert "$21.60 × 5 days = *$108.00 a week*" in reply.text


def test_which_route_is_cheaper_is_the_per_call_comparison() -> None:
    # before: "which route is cheaper" chose a structure instead of comparing the two bills
    reply = _reply("Tagging endpoint: 2 USD per thousand calls. Or the LLM route at $0.50 per million input and $2.00 "
                   "per million output. 1,500 in / 100 out per call, 1M calls a month. Which route is cheaper over the "
                   "month?")
    assert reply.intent == "per_call"
    assert "per-token is cheaper by *$1,050.00*" in reply.text  # $2,000 − 1M × $0.00095


def test_output_as_a_share_of_input_on_the_output_side() -> None:
    # before: "a tenth as many tokens on the output side" left the output unread and the quote asked for it
    reply = _reply("2bn input tokens a month and the answers come to a tenth as many tokens on the output side. "
                   "$1/M in, $5/M out. monthly bill?")
    assert "200,000,000 tokens × $5.00/1M = $1,000.00" in reply.text
    assert "*$3,000.00*" in reply.text


def test_a_load_that_goes_crazy_at_times_asks_for_its_peak() -> None:
    # before: the average was committed with no question for the peak-to-average ratio
    reply = _reply("support bot for a retailer, avg ~1.5M tokens/min but it goes crazy on black friday. provider "
                   "offers 30% off. how much throughput should they commit?")
    assert "peak_to_average" in {m["field"] for m in reply.data["missing"]}
    assert "the peak-to-average inference ratio" in reply.text


def test_an_explicit_cache_kept_warm_for_the_working_day() -> None:
    # before: a 5-minute TTL was assumed, 120 creations a day, and the month left storage out of its parts
    reply = _reply("gemini context cache: 150k-token manual, storage $2.00 per million tokens per hour, they keep it "
                   "warm 10 hours each working day, 20 working days a month. $1.00/M input, $0.25/M cached, 600 calls "
                   "a day. monthly net after storage?")
    assert "Creations a day = ⌈10 h × 60 ÷ 600 min⌉ = 1" in reply.text
    assert "(12,000 hits save $1,350.00 − 20 writes cost $3.00 − storage $60.00)" in reply.text
    assert "$64.35 × 20 = *$1,287.00* net" in reply.text


def test_a_ttl_set_to_cover_the_business_day() -> None:
    # before: traffic over 24 hours, three creations and 24 hours of storage a day
    reply = _reply("Gemini explicit cache of 50,000 tokens with the TTL set to 9 hours so it covers their business "
                   "day; $2.00/M input, $0.50/M cached reads, storage $1.00 per 1M tokens per hour; 1,000 queries a "
                   "day, all hits. daily storage cost and net?")
    assert "⌈9 h × 60 ÷ 540 min⌉ = 1" in reply.text
    assert "× 9 h = $0.45 a day" in reply.text


def test_an_explicit_cache_made_each_hour_and_kept_some_hours() -> None:
    # before: a cached content's token count in its JSON record was not the prefix, and storage ran 24 hours
    reply = _reply('cache JSON from their console:\n{\n  "name": "cachedContents/abc",\n  "usageMetadata": '
                   '{ "totalTokenCount": 64000 },\n  "ttl": "3600s"\n}\nexplicit cache, recreated every hour, kept '
                   "alive 8 hours a day. input $2.00/M, cached $0.50/M, storage $1.00/M tokens per hour. storage per "
                   "day and saving per read?")
    assert "64,000 × $1.00/1M per hour = $0.064 an hour; × 8 h kept a day = *$0.512 a day*" in reply.text
    assert "*$0.096*" in reply.text  # 64,000 × $1.50/1M


def test_a_sheet_of_line_items_with_quantity_and_unit() -> None:
    # before: "cache_hit_calls,5000,calls" was 5,000 cache-read tokens and no call volume was read
    reply = _reply("usage, one business day (20 business days a month):\nline_item,qty,unit\n"
                   "cache_read_calls,5000,calls\ncache_write_events,25,writes\nprefix_tokens,8000,tokens\n"
                   "rate_input,$3.00,per 1M\nrate_cache_read,$0.30,per 1M\nrate_cache_write,$3.75,per 1M\n"
                   "net caching saving per day and per month?")
    assert "5,000 hits × $0.0216 ($108.00) − 25 writes × $0.006 ($0.15) = *$107.85 a day*" in reply.text
    assert "$107.85 × 20 = *$2,157.00* net" in reply.text


def test_what_the_markup_comes_to_then_what_to_tell_them() -> None:
    # before: "what should I tell them?" chose a structure and dropped the 20% markup
    reply = _reply("Azure lists the model about 20% above what OpenAI charges direct. They have an EA with Microsoft. "
                   "Finance wants to know what the markup really comes to once the EA is applied. What should I tell "
                   "them?")
    assert reply.intent == "markup"
    assert "(1 + 20%)" in reply.text
    assert "ea_discount" in {m["field"] for m in reply.data["missing"]}


def test_the_ea_for_the_markup_to_wash_out() -> None:
    # before: only the effective markup was shown
    reply = _reply("bedrock is 30% over direct and their EDP is 15%. effective markup? how big would the EDP need to "
                   "be for it to wash out?")
    assert "1 − 1 ÷ (1 + 30%) = *23.08%*" in reply.text
    assert "*10.5%*" in reply.text


def test_a_sheet_of_monthly_amounts_with_on_demand_at_full_capacity() -> None:
    # before: "monthly_usd" gave the amounts no period, so neither was read, and the discount was asked for
    reply = _reply('deal sheet:\n\nline,item,monthly_usd\n1,On-demand cost of the full PTU capacity (if 100% used),'
                   '"$80,000"\n2,Provisioned commitment,"$56,000"\n3,Forecast avg utilization,75%\n\n'
                   "break-even utilization, and cost vs on-demand at 75%?")
    assert "$56,000.00 ÷ $80,000.00 = *70%*" in reply.text
    assert "*0.933× on-demand*" in reply.text  # $56,000 ÷ ($80,000 × 75%)


def test_a_csv_amount_with_its_period_in_one_quoted_cell() -> None:
    # before: the row "direct API equivalent spend,"$40,000/month"" was left as it was and read as $40
    reply = _reply('From the Bedrock proposal:\n\nline,value\nlist markup over direct API,25%\nEDP discount,12%\n'
                   'direct API equivalent spend,"$40,000/month"\n\neffective markup, and what they pay a month on '
                   "Bedrock?")
    assert "*10%*" in reply.text  # 1.25 × 0.88 − 1
    assert "$44,000.00" in reply.text
    assert "$40 " not in reply.text and "“$40”" not in reply.text


def test_misses_keyed_bare_with_an_aside_among_the_weeks_calls() -> None:
    # before: "~200 per week" of misses was a second call volume, and the reply asked which to use
    reply = _reply("cache worksheet:\n  prefix_tokens ........ 10k\n  input_rate ........... $3/M\n"
                   "  cached_read_rate ..... $0.30/M\n  cache_write_rate ..... $3.75/M\n"
                   "  calls ................ 30k per week\n  misses (each writes) . ~200 per week\nnet weekly saving?")
    assert "(30,000 calls, 29,800 hits): hits save $804.60 − writes cost $1.50 = *$803.10* net" in reply.text


def test_an_amount_on_pay_as_you_go_is_on_demand_spend() -> None:
    # before: "would run $9,000 on pay-as-you-go" was unread, so the break-even had no on-demand side
    reply = _reply("four units at $2.50 an hour, a 30-day month. flat out, the same tokens would run $9,000 on "
                   "pay-as-you-go. monthly commit, and how busy before it beats on-demand?")
    assert "4 × $2.50 × 720 h = *$7,200.00*" in reply.text
    assert "*80%*" in reply.text  # $7,200 ÷ $9,000


def test_calls_that_might_triple_after_their_size() -> None:
    # before: the what-if doubled the call, whatever growth was said
    reply = _reply("tagging endpoint is a cent per call. per token it's $2/M in, $8/M out. calls are 1,000 in, 250 out "
                   "now but might triple. crossover?")
    assert "If calls run 3× larger than planned (3,000 in / 750 out): per-token costs $0.012" in reply.text


def test_a_flat_per_invocation_price_instead_of_metering_tokens_asks_for_the_fee() -> None:
    # before: a per-token quote of one call, with no word on the flat price
    reply = _reply("Their vendor wants a flat per-invocation price instead of metering tokens. Calls are 2,000 in and "
                   "300 out at $1/M in and $4/M out. Is the flat price better or should they stay on per-token?")
    assert reply.intent == "per_call"
    assert "per_call_fee" in {m["field"] for m in reply.data["missing"]}


def test_compared_with_a_per_call_api_asks_for_its_fee() -> None:
    # before: a per-token quote, as though no per-call offer were on the table
    reply = _reply("prospect is comparing us to a per call sentiment api. we're $1/M in, $3/M out, their calls are "
                   "~800 tokens in and 30 out, 1M calls a month. do we come out cheaper?")
    assert reply.intent == "per_call"
    assert "per_call_fee" in {m["field"] for m in reply.data["missing"]}
    assert "*$0.00089*" in reply.text  # 800 × $1/1M + 30 × $3/1M


def test_at_what_total_size_per_call_is_the_crossover() -> None:
    # before: two offers and a recommendation wanted made it the choice among all four structures
    reply = _reply("Two offers for the same document-classification endpoint, and the customer wants our "
                   "recommendation by Monday. Offer A: per-call pricing, one cent per call regardless of size. "
                   "Offer B: per-token, $0.50 per million input tokens and $2.00 per million output tokens. A typical "
                   "call is "
                   "4,000 input tokens and 400 output tokens. What does one call cost under Offer B, and at what total "
                   "size per call does Offer A start to come out cheaper?")
    assert reply.intent == "per_call"
    assert "*$0.0028*" in reply.text  # 4,000 × $0.50/1M + 400 × $2/1M
    assert "*15,714 tokens per call*" in reply.text  # $0.01 ÷ ($0.636364/1M) at 10:1 in:out


def test_a_calls_size_said_per_call_under_a_past_periods_heading() -> None:
    # before: "numbers from last month's logs" made each call's tokens a month's, and the tokens were asked for
    reply = _reply("flat fee quote: 1.2 cents per call. our p90 numbers from last month's logs:\n\n"
                   "endpoint | avg_in | avg_out | in_rate/MTok | out_rate/MTok\n"
                   "/v2/extract | 2,000 | 500 | $3.00 | $15.00\n\nhow big can calls get before the flat fee wins?")
    assert "$0.006 + $0.0075 = *$0.0135*" in reply.text
    assert "*2,222 tokens per call*" in reply.text  # $0.012 ÷ $5.40/1M


def test_a_consoles_metrics_named_in_camel_case() -> None:
    # before: "InputTokenCount 20,000,000" was no count of input tokens
    reply = _reply("CloudWatch, avg per business day:\n\n  InputTokenCount     20,000,000\n"
                   "  OutputTokenCount     4,000,000\n\n$2 per MTok in, $8 out. price a 21-business-day month, input "
                   "and output split")
    assert "$72.00 × 21 days = *$1,512.00*" in reply.text  # 20M × $2 + 4M × $8 a day


def test_usage_keyed_as_a_count_of_queries_is_no_utilization() -> None:
    # before: "usage: 90 queries/hour" was read as a utilization (and dropped), so the calls were asked for
    reply = _reply("200,000-token cache, input $1.00/1M, cached read $0.25/1M.\nusage: 90 queries/hour, 8 hrs a day\n"
                   "saving a day if every query hits?")
    assert "(720 calls a day): $0.15 × 720 = *$108.00 a day*" in reply.text


def test_a_csv_of_monthly_amounts_with_notes() -> None:
    # before: the rows under "line_item,monthly_usd,notes" were left as they were and the discount was asked for
    reply = _reply('renewal sheet:\n\nline_item,monthly_usd,notes\non_demand_equivalent,50000,"same capacity, fully '
                   'used, list rates"\nptu_commit,35000,"billed whether used or not"\n\nbreak-even utilization? at 80% '
                   "how do they compare with on-demand?")
    assert "$35,000.00 ÷ $50,000.00 = *70%*" in reply.text
    assert "*0.875× on-demand*" in reply.text


def test_one_rate_for_all_the_tokens_marked_up() -> None:
    # before: "$4 per million tokens ... 250 million tokens a month" gave the markup no bill
    reply = _reply("Direct API is $4 per million tokens and they use 250 million tokens a month. Vertex is 20% over "
                   "direct, EA 10%. effective markup and the monthly bill on Vertex?")
    assert "250,000,000 tokens × $4.00/1M = $1,000.00 direct; $1,000.00 × (1 + 8%) = *$1,080.00*" in reply.text


def test_brake_even_is_break_even() -> None:
    # before: "what discount do they need to brake even at 70%" showed no discount needed, only the offer's figures
    reply = _reply("they say they'll sustain about 70% util on the reserved capacity. what discount do they need just "
                   "to brake even? and at 40% off where does that put them vs on-demand?")
    assert "1 − 70% = *30%*" in reply.text
    assert "0.8571× on-demand" in reply.text  # (1 − 40%) ÷ 70%


def test_on_demand_list_for_the_capacity_in_a_pipe_sheet() -> None:
    # before: the on-demand amount was taken for the provisioned bill, and the commit was dropped
    reply = _reply("| item | monthly |\n|---|---|\n| on-demand list for the full reserved capacity (if 100% used) | "
                   "$50,000 |\n| provisioned commit | $30,000 |\n| forecast utilization | 50% |\n"
                   "break-even, and at 50%?")
    assert "$30,000.00 ÷ $50,000.00 = *60%*" in reply.text
    assert "*1.2× on-demand*" in reply.text


def test_average_and_peak_loads_keyed_in_units() -> None:
    # before: "avg_load_ptu 3" and "peak_load_ptu 9" were unused and the ratio was asked for
    reply = _reply("metric\tvalue\navg_load_ptu\t3\npeak_load_ptu\t9\nptu_discount\t45%\n\n"
                   "sized for peak: break-even and the multiple of on-demand?")
    assert "9 PTUs ÷ 3 PTUs = *3*" in reply.text
    assert "(1 − 45%) × 3 = 1.65× on-demand" in reply.text


def test_sheet_keys_of_a_hit_share_and_list_prices() -> None:
    # before: "cache_hit_share,0.9" was dropped (random arrivals modelled instead), "list_input_per_mtok" was no rate
    reply = _reply("metric,value\ninput_rate_per_mtok,3.00\ncached_input_rate_per_mtok,0.30\n"
                   "shared_prefix_tokens,5000\ncalls_per_month,900k\ncache_hit_share,0.9\n\n"
                   "saving per hit and for the month on the prefix, writes at the input rate?")
    assert "(900,000 calls, 810,000 hits): hits save $10,935.00" in reply.text
    reply = _reply("metric,value\ninput_tokens,2bn\noutput_tokens,300M\nlist_input_per_mtok,1.00\n"
                   "list_output_per_mtok,4.00\n\nmonthly bill, input and output?")
    assert "*$3,200.00*" in reply.text


def test_a_consoles_hyphenated_resource_of_units() -> None:
    # before: "provisioned-ptu 4" was one unit
    reply = _reply("Resource            Qty   Unit price          Usage\nprovisioned-ptu      4    $3.00 / unit-hour   "
                   "full month\non-demand equiv.     -    -                   ~$10,000 / mo\n\nmonthly commit and how "
                   "far under on-demand?")
    assert "4 × $3.00 × 730 h = *$8,760.00*" in reply.text


def test_one_call_in_n_ends_up_writing() -> None:
    # before: the random-arrival model gave one write a day
    reply = _reply("5,000-token policy block, $10/M input, reads at 10% of input and writes at 125%. 600k calls a "
                   "month, and roughly one call in fifty ends up writing the cache. net monthly?")
    assert "(600,000 calls, 588,000 hits): hits save $26,460.00 − writes cost $150.00" in reply.text


def test_per_business_day_before_who_makes_the_calls() -> None:
    # before: the calls had no period and the reply asked whether they were a day's, an hour's or a month's
    reply = _reply("Per business day the customer makes three thousand calls, each with the same 2,000-token preamble. "
                   "input $3/M, reads $0.30/M, writes $3.75/M, and 100 of them write the cache. net per business day?")
    assert "2,900 hits × $0.0054 ($15.66) − 100 writes × $0.0015 ($0.15) = *$15.51 a day*" in reply.text


def test_each_run_writes_once_then_hits() -> None:
    # before: a run was one call, and its hits were dropped
    reply = _reply("Agent team re-sends an 8,000-token tool list on every step. $2 in per MTok, cache writes at $2.50 "
                   "and reads at 20 cents. Each run writes the cache once and then gets nine hits before it goes cold, "
                   "and they do about 2,000 runs a week. weekly write cost and net saving?")
    assert "(20,000 calls, 18,000 hits): hits save $259.20 − writes cost $8.00 = *$251.20* net" in reply.text


def test_an_order_lines_quantity_as_a_product() -> None:
    # before: "qty: 3,000 tok/call x 2M calls/mo" was 3,000 calls and no tokens
    reply = _reply("order form:\nLine 1  Input tokens   @ $1.00 per 1M    qty: 3,000 tok/call x 2M calls/mo\n"
                   "Line 2  Output tokens  @ $4.00 per 1M   qty: 200 tok/call x 2M calls/mo\nprice lines 1 and 2 for a "
                   "month")
    assert "6,000,000,000 tokens × $1.00/1M = $6,000.00" in reply.text
    assert "*$7,600.00*" in reply.text


def test_a_fee_bill_per_day_asked_beside_calls_a_minute() -> None:
    # before: the per-call bill came per hour and per month only ("per day" was never matched: the pattern held
    # backspace characters where its word boundaries were meant)
    reply = _reply("vendor charges $0.01 a call; they make 40 calls a minute. per-call bill per day?")
    assert "Per day: 57,600 calls × $0.01 = *$576.00*" in reply.text


def test_a_full_capacitys_100_percent_said_in_a_note_is_no_utilization() -> None:
    # before: "if it ran 100% busy" in a row's note was a second utilization, and the 60% was left out
    reply = _reply('sheet:\n\nitem,monthly_usd,notes\non_demand_equiv_full_capacity,"60,000",what the capacity would '
                   'cost on-demand if it ran 100% busy\nprovisioned_commit,"42,000",12-mo term\nforecast_utilization,'
                   "60%,their estimate\n\nbreak-even, and at 60% what do they pay relative to on-demand?")
    assert "$42,000.00 ÷ $60,000.00 = *70%*" in reply.text
    assert "*1.167× on-demand*" in reply.text


def test_a_consoles_camel_case_key_padded_before_its_colon() -> None:
    # before: "UnitPriceHr  : 4.00 USD" was no price per unit-hour, and the discount was asked for
    reply = _reply("PS C:\\> Get-Quote\n\nUnits        : 10\nUnitPriceHr  : 4.00 USD\n\nsame traffic on pay-as-you-go "
                   "last month came to $31,000. if all 10 units stay up the whole month, provisioned bill and saving "
                   "vs that?")
    assert "10 × $4.00 × 730 h = *$29,200.00*" in reply.text
    assert "*$1,800.00 a month less*" in reply.text


def test_a_usage_row_labelled_per_business_day() -> None:
    # before: the row "avg_per_business_day" was a month's tokens
    reply = _reply("usage export, averaged:\n\ndate,model,input_tokens,output_tokens\n"
                   "avg_per_business_day,sonnet-class,40M,5M\n\n$3 per 1M in, $15 per 1M out, 20 business days a "
                   "month. monthly number?")
    assert "$195.00 × 20 days = *$3,900.00*" in reply.text


def test_channel_columns_of_bare_prices_with_their_unit_said_after() -> None:
    # before: "direct_in 2.00" beside "bedrock_in 2.60" was no price, and the list markup was asked for
    reply = _reply("model\tdirect_in\tdirect_out\tbedrock_in\tbedrock_out\nmodel-x\t2.00\t8.00\t2.60\t10.40\n\n"
                   "(USD per 1M tokens.) 15% EDP on AWS. list markup and effective markup?")
    assert "$2.60/1M ÷ $2.00/1M direct − 1 = *30%*" in reply.text
    assert "*10.5%*" in reply.text


@pytest.mark.parametrize("text", [
    "review deck:\n\nINV-2207  Direct API inference, Q2 ............ $30,000.00\nAzure list premium vs direct "
    "................ 20%\nCustomer EA discount on Azure ............. 10%\n\n"
    "effective markup and the quarter on Azure?",
    "proposal:\n  direct API spend (est.) .............. $120,000 / yr\n"
    "  Azure list markup ................... 20% over direct\n  EA discount .......................... 10%\n"
    "effective markup and the year on Azure?",
])
def test_a_direct_spend_on_an_invoice_line_or_an_estimate_per_yr(text: str) -> None:
    # before: the direct spend was unused, so the hyperscaler bill was not worked out
    reply = _reply(text)
    assert "× (1 + 8%) = *$32,400.00* a quarter" in reply.text or "× (1 + 8%) = *$129,600.00* a year" in reply.text


def test_input_cached_and_uncached_named_aside() -> None:
    # before: "input (cached): $0.50 / 1M" was a second input rate, and the reply asked which to use
    reply = _reply("Gemini cache config:\n  cached_content_tokens: 100000\n  input (uncached): $2.00 / 1M\n"
                   "  input (cached): $0.50 / 1M\nwhat does each cache hit save?")
    assert "100,000 × ($2.00/1M − $0.50/1M) = *$0.15*" in reply.text


def test_a_target_saving_that_comes_in_below_on_demand() -> None:
    # before: "comes in at least a fifth below on-demand" was a 20% discount
    reply = _reply("they'll only sign a reservation if it comes in at least a fifth below on-demand at the 75% "
                   "utilisation they forecast. minimum discount?")
    assert "discount = 1 − 75% × (1 − 20%) = *40%*" in reply.text


def test_peaks_some_share_above_average_is_a_ratio_not_a_utilization() -> None:
    # before: "peaks only some 15% above average" was a 15% utilization: provisioned not recommended, 4× on-demand
    reply = _reply("steady pipeline, peaks only some 20% above average, 35% off for reserved capacity, sized for peak. "
                   "which structure, and cost vs on-demand?")
    assert "*Provisioned throughput: recommended.*" in reply.text
    assert "20% utilization" not in reply.text


def test_the_daily_load_of_a_cache_left_out_as_asked() -> None:
    # before: the one creation a day was counted anyway, and the month's parts left the storage out
    reply = _reply("gemini context cache: 100k tok doc, storage $2.00 per million tok per hour, they keep it up 10hrs "
                   "each biz day, 20 biz days/mo. input $1.00/M normal vs $0.25/M cached, 300 calls a day. monthly "
                   "savings minus storage? (ignore the one load per day)")
    assert "$20.50 × 20 = *$410.00* net (6,000 hits save $450.00 − storage $40.00)" in reply.text


def test_the_caches_own_counts_make_it_a_caching_ask() -> None:
    # before: "per day? and per wk" made it a per-token quote that asked for the output side
    reply = _reply("support doc cached, 8k tokens. they see ~200 writes a day and 12k hits/day. input $3/M, reads "
                   "30c/M, writes $3.75/M. net saving per day? and per wk")
    assert reply.intent == "caching"
    assert "12,000 hits × $0.0216 ($259.20) − 200 writes × $0.006 ($1.20) = *$258.00 a day*" in reply.text


def test_a_spaced_sheet_of_line_items_headed_in_capitals() -> None:
    # before: under "Line Item   Qty   Unit" the week's requests were left out, so no call volume was read
    reply = _reply("Invoice detail, week of Mar 3:\n\nLine Item                     Qty              Unit\n"
                   "cached_prefix                 12,000 tokens    per request\n"
                   "base input                    $15.00           per MTok\n"
                   "cache read                    $1.50            per MTok\n"
                   "cache write                   $18.75           per MTok\n"
                   "requests                      52,500           per week\n"
                   "cache hit rate (observed)     96%\n\nwhat did caching net them for the week?")
    assert "(52,500 calls, 50,400 hits): hits save $8,164.80 − writes cost $94.50 = *$8,070.30* net" in reply.text
