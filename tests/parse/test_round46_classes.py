"""Round 46's fix rounds: classes of misread found by blind batches 192 and later, and the leftovers of Round 45.
Each message is our own; each reply is checked for what a rep would read."""

from __future__ import annotations

from bot import router


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


def test_snake_case_cache_prices_with_a_qualifier_before_them() -> None:
    # before: "model_rate_cache_read_per_mtok: 0.30" was no cache-read price, and the net was asked for
    for lead in ("rate_", "model_rate_", "list_price_", "usd_"):
        reply = _reply(f"export, one day:\n{lead}input_per_mtok: 3.00\n{lead}cache_write_per_mtok: 3.75\n"
                       f"{lead}cache_read_per_mtok: 0.30\ncached_prefix_tokens: 6000\ncache_read_requests: 24800\n"
                       "cache_write_requests: 200\nnet saving that day?")
        assert "*$0.0162*" in reply.text, lead  # 6,000 × ($3.00 − $0.30) / 1M
        assert "*$400.86 a day*" in reply.text, lead  # 24,800 × $0.0162 − 200 × $0.0045


def test_on_demand_and_committed_rates_as_rows_of_a_price_sheet() -> None:
    # before: the rows were answered one by one, or the term "12mo" between the plan and its rate hid the rate, and
    # the discount was asked for
    for sheet in ("sku,pricing,rate_per_mtok\nm-ondemand,on-demand,9.00\nm-reserved,provisioned 12mo,5.85",
                  "plan,usd_per_mtok\non-demand,9.00\nreserved 1-yr,5.85",
                  "tier | rate/M\npay-as-you-go | $9.00\ncommitted 36 months | $5.85",
                  "model,pricing,per_1m\nm-x,on demand,9.00\nm-x,provisioned (12 mo),5.85"):
        reply = _reply(f"from the deal desk:\n{sheet}\nat what utilization does the committed line come out ahead?")
        assert reply.intent == "break_even", sheet
        assert "*35%*" in reply.text, sheet  # 1 − 5.85 / 9.00
        assert "*65%*" in reply.text, sheet
        assert "row by row" not in reply.text, sheet


def test_the_on_demand_spend_said_as_what_they_push_through_and_the_offers_compared() -> None:
    # before: the spend was not read ("Not used: $48,000 a") and "which one works out cheaper" was a choice of structure
    for ask in ("Which one works out cheaper, and by how much a month?", "which ends up cheaper?",
                "Which of the two is cheaper?"):
        reply = _reply("Offer A is plain on-demand: what they actually push through comes to $48,000 a month. Offer B "
                       f"is four provisioned units at $21.50 per unit-hour, around the clock. {ask}")
        assert reply.intent == "break_even", ask
        assert "*$62,780.00*" in reply.text, ask  # 4 × $21.50 × 730
        assert "$14,780.00" in reply.text, ask


def test_lead_with_cut_short() -> None:
    # before: "what do we lead w" was a break-even question, and no structure was recommended
    for ask in ("what do we lead w", "what should we lead w/ here?"):
        reply = _reply(f"steady 24/7 load, peak to avg about 1.1, they'd use around 85% of reserved capacity. {ask}")
        assert reply.intent == "scenario", ask
        assert "*Provisioned throughput: recommended.*" in reply.text, ask
        assert "*Per-token: viable.*" in reply.text, ask  # the baseline beside the commitment, not the lead


def test_cached_calls_keyed_are_the_hits() -> None:
    # before: the count under "cached calls last month" was not used, and the volume was asked for
    reply = _reply("provider: openai\nshared prefix: 3,400 tokens\ninput list: $2.50 / 1M\ncached input: half price\n"
                   "cached calls last month per dashboard: 1.5M\nsaving for the month?")
    assert "the call volume" not in reply.text
    assert "$6,375.00" in reply.text  # 1.5M × 3,400 × $1.25 / 1M


def test_a_volume_hyphenated_with_what_it_counts() -> None:
    # before: "a 3M-docs-per-month backlog" was not the volume, and the monthly bills were asked for
    for said in ("a 3M-docs-per-month backlog", "a 3M-calls-a-month load", "our 100k-requests-a-day bot"):
        monthly = "$4,500.00" if "day" not in said else "$4,562.50"
        reply = _reply(f"Endpoint comparison for {said}. A: $1.50 per 1k calls. B: $0.40/MTok in, $1.60/MTok out. "
                       "Avg call 1,500 in + 120 out. Monthly for each?")
        assert monthly in reply.text, said


def test_a_fee_in_a_row_beside_its_basis() -> None:
    # before: "vendor B | flat per call | 2.7 cents" was a rate, unused, and the call's per-token cost answered alone
    reply = _reply("pricing | basis | rate\n---|---|---\nvendor B | flat per call | 2.7 cents\nours | per token | "
                   "$3 in / $15 out per MTok\n\ncall is 2,000 in / 500 out. how big must a call get before their fee "
                   "wins?")
    assert reply.intent == "per_call"
    assert "*5,000 tokens per call*" in reply.text  # $0.027 ÷ $5.40/1M at 80% input
    # at twice the size the two are equal: the crossover, never a flip
    assert "flips" not in reply.text


def test_the_break_even_asked_as_the_utilization_to_clear_on_a_described_load() -> None:
    # before: "... 60% of what they reserve?" on a described load was a yes/no on the commitment, answered as a
    # choice of structure
    for ask in ("what sustained utilization do they have to clear to break even, and where do they land against "
                "on-demand if they only average 60% of what they reserve?",
                "what utilisation would they need, and where would they end up at 60% of what they reserve?"):
        reply = _reply("Their claims-extraction pipeline runs flat around the clock, and the provider offers "
                       f"provisioned capacity at 28% under on-demand. Before this goes to FinOps: {ask}")
        assert reply.intent == "break_even", ask
        assert "*72%*" in reply.text, ask
        assert "1.2×" in reply.text, ask  # (1 − 28%) ÷ 60%


def test_a_usage_export_whose_prices_carry_their_million() -> None:
    # before: "$2.50 per 1M" in a cell hid the rows, and the tokens were asked for
    reply = _reply("usage export, last quarter:\nservice,token_type,quantity,unit_price\nm1,input,1.2bn,$2.50 per 1M\n"
                   "m1,output,340M,$10.00 per 1M\nwhat's the quarter come to?")
    assert "*$6,400.00*" in reply.text  # 1,200 × $2.50 + 340 × $10
    assert "1,200,000,000 tokens × $2.50/1M = $3,000.00" in reply.text
    assert "340,000,000 tokens × $10.00/1M = $3,400.00" in reply.text


def test_a_quarters_volume_is_priced_over_the_quarter_first() -> None:
    # before: the quote opened on an average day of 13,150,684.93 input tokens and reached the quarter last
    reply = _reply("1.2bn input and 340M output tokens a quarter at $2.50/$10 per M. quarter cost?")
    assert reply.text.index("Per quarter") < reply.text.index("per day")
    assert "• Per quarter: $3,000.00 + $3,400.00 = *$6,400.00*" in reply.text
    assert "13,150,684.93" not in reply.text


def test_an_invoices_cache_lines_said_as_calls_times_the_prefix() -> None:
    # before: the write price was taken for the input rate and the hits were asked about
    for ref in ("INV-88213  ", "", "7  "):
        reply = _reply(f"Invoice lines from last week:\n{ref}cache_read    40,000 requests x 2,500 tok  @ $0.25/MTok\n"
                       f"{ref}cache_write    1,600 requests x 2,500 tok  @ $3.125/MTok\nbase input rate: $2.50/MTok\n"
                       "net of the write premium, what did caching save that week?")
        assert "*$0.005625*" in reply.text, ref  # 2,500 × ($2.50 − $0.25) / 1M
        assert "*$222.50* net" in reply.text, ref  # 40,000 × $0.005625 − 1,600 × $0.0015625


def test_the_pricing_lever_asked_of_a_described_workload() -> None:
    # before: "won't commit to reserved capacity" made it a break-even question, and caching was never recommended
    for ask in ("What's the pricing lever we should build the proposal around?", "what is the key cost lever here?"):
        reply = _reply("Their assistant sends an identical 15k-token guideline document ahead of every question; tens "
                       "of thousands of calls a day, and they won't commit to reserved capacity this year. " + ask)
        assert reply.intent == "scenario", ask
        assert "*Prompt caching: recommended.*" in reply.text, ask


def test_a_direct_spend_in_a_period_named_before_it() -> None:
    # before: "$200k" was left unused, and the markup had no dollars
    for said, period in (("a quarter where the direct-API equivalent would be $200k", "a quarter"),
                         ("a month in which the direct bill was $200k", "a month")):
        reply = _reply(f"Bedrock is 18% above direct and their EDP takes 15% off. Put it against {said}.")
        assert f"*$200,600.00* {period}" in reply.text, said  # $200,000 × 1.18 × 0.85


def test_a_keyed_count_grouped_by_thousands_under_a_heading_with_a_comma() -> None:
    # before: "system_prompt_tokens: 6,000" was split into two cells and priced as a 6-token prefix
    reply = _reply("Anthropic usage, support-bot workspace (per business day)\nsystem_prompt_tokens: 6,000\n"
                   "base_input: $3.00 / MTok\ncache_read: $0.30 / MTok\ncache_write: $3.75 / MTok\ncalls: 25k\n"
                   "observed_hit_rate: 96%\nnet per business day?")
    assert "6,000 × ($3.00/1M − $0.30/1M) = *$0.0162*" in reply.text
    assert "*$384.30 a day*" in reply.text  # 24,000 × $0.0162 − 1,000 × $0.0045


def test_an_hourly_rate_keyed_per_unit() -> None:
    # before: "Hourly rate ........ $21.50 per model unit" was not the unit-hour price, and a quote was given
    for line in ("Hourly rate ........ $21.50 per model unit", "hourly price: $21.50 / unit"):
        reply = _reply(f"console export:\n  Model units ........ 6\n  {line}\nTheir on-demand usage last month was "
                       "18bn input tok + 4.2bn output tok @ $2.50 / $10 per M. Is the monthly commit more or less "
                       "than those tokens on-demand?")
        assert reply.intent == "break_even", line
        assert "*$94,170.00*" in reply.text, line  # 6 × $21.50 × 730
        assert "$7,170.00" in reply.text, line


def test_an_invoices_month_in_brackets_and_the_direct_equivalent_for_the_same_tokens() -> None:
    # before: "(March)" was dropped as an aside and the $40,000 was left unused
    reply = _reply("Azure invoice excerpt (March):\n  list uplift vs direct API:  +28%\n"
                   "  EA discount applied:      12%\n"
                   "  Direct-API equivalent spend for the same tokens:  $40,000.00\nthe bill after EA?")
    assert "*$45,056.00* a month" in reply.text  # $40,000 × 1.28 × 0.88


def test_two_keys_on_one_line_the_second_in_words() -> None:
    # before: "cache hit rate: 88%" after the calls on the same line hid both
    reply = _reply("week of Mar 10\n  input          $15.00/MTok\n  cache read      $1.50/MTok\n"
                   "  cache write    $18.75/MTok\n  shared prefix: 8k tokens\n"
                   "  calls this week: 50,000      cache hit rate: 88% (misses were writes)\nnet saving this week?")
    assert "*$4,572.00* net" in reply.text  # 44,000 × $0.108 − 6,000 × $0.03


def test_a_price_lists_fee_per_thousand_calls_in_a_unit_column() -> None:
    # before: "$7.00" under "price" beside "per 1,000 calls" was a fee of $7.00 a call
    for sheet in ("SKU            unit             price\nagent-step     per 1,000 calls  $7.00",
                  "| SKU | unit | price |\n|---|---|---|\n| agent-step | per 1,000 calls | $7.00 |"):
        reply = _reply(f"vendor price list:\n{sheet}\nvs per-token $2 per M input, $8 per M output; calls average "
                       "1,200 in and 400 out. At what call size does the flat fee win?")
        assert "Per-call fee: *$0.007*" in reply.text, sheet
        assert "*2,000 tokens per call*" in reply.text, sheet  # $0.007 ÷ $3.50/1M at 75% input


def test_a_spend_keyed_with_a_short_period_in_a_table() -> None:
    # before: "current direct API spend/mo | $42,000" was left unused
    reply = _reply("| line | value |\n|---|---|\n| Bedrock list vs direct API | +30% |\n| AWS EDP discount | 18% |\n"
                   "| current direct API spend/mo | $42,000 |\nafter the EDP, what would that look like on Bedrock?")
    assert "*$44,772.00* a month" in reply.text  # $42,000 × 1.3 × 0.82


def test_a_hit_rate_keyed_as_a_percentage_with_a_bare_value() -> None:
    # before: "observed_hit_% : 92" was unused and the writes were modelled as one a day
    for key in ("observed_hit_% ", "hit_pct", "actual hit rate (%)"):
        reply = _reply(f"cache config:\n  system_prefix  : 6,000 tok\n  base_input     : $3.00 / MTok\n"
                       f"  cache_read     : $0.30 / MTok\n  cache_write    : $3.75 / MTok\n  calls_per_day  : 25k\n"
                       f"  {key}: 92   (every miss re-writes the prefix)\nnet per day?")
        assert "*$363.60 a day*" in reply.text, key  # 23,000 × $0.0162 − 2,000 × $0.0045


def test_ptus_dictated_letter_by_letter() -> None:
    # before: "6 p t u's" was no count of units, and one unit was priced
    for said in ("6 p t u's", "6 p t us", "6 p.t.u's"):
        reply = _reply(f"sizing call. {said} at $21 a unit hour, 24/7 for the month. their on demand bill for the same "
                       "tokens is 120k/mo. monthly commit + saving?")
        assert "*$91,980.00*" in reply.text, said  # 6 × $21 × 730
        assert "$28,020.00" in reply.text, said


def test_a_cache_price_with_no_currency_sign_labelled_before_it() -> None:
    # before: "cache writes 3.125" was asked about as 3,125 and "cache hits 0.25" was not read, beside "2,500" and
    # "2.50" that show the message writes its decimals with a point
    reply = _reply("2,500 tok prefix, base input 2.50/mtok, cache hits 0.25, cache writes 3.125. 40k calls a week, 96% "
                   "hits, every miss is a write. net per week?")
    assert "3,125" not in reply.text
    assert "*$213.50* net" in reply.text  # 38,400 × $0.005625 − 1,600 × $0.0015625


def test_the_monthly_bills_compared_at_a_count() -> None:
    # before: the 3M calls were asked about (a day, an hour or a month?)
    reply = _reply("3,000,000 calls at $1.50 per 1,000 calls. each call 850 in / 60 out at $0.40/$1.60 per M. how do "
                   "the two monthly bills compare at the 3M calls?")
    assert "$4,500.00" in reply.text
    assert "$1,308.00" in reply.text  # 3M × $0.000436


def test_the_crossover_asked_at_a_total_call_size() -> None:
    # before: "would the two structures cost the same" made it a choice of structure
    reply = _reply("The classification vendor is quoting $0.004 flat per call. Our typical call is 1,500 input tokens "
                   "and 250 output tokens, and the per-token alternative is $1 per million input and $4 per million "
                   "output. At what total call size would the two structures cost the same?")
    assert reply.intent == "per_call"
    assert "*2,800 tokens per call*" in reply.text


def test_a_load_window_in_brackets_after_a_sheets_key() -> None:
    # before: "(30d)" after "avg tokens/min" hid both loads, and the peak-to-average ratio was asked for
    reply = _reply("| metric | value |\n|---|---|\n| avg tokens/min (30d) | 120k |\n| peak tokens/min (30d) | 300k |\n"
                   "| PT discount vs on-demand | 40% |\nsized for the peak, what utilization and how vs on-demand?")
    assert "*2.5*" in reply.text
    assert "1.5× on-demand" in reply.text


def test_an_invoices_cache_events_with_the_prefix_in_their_description() -> None:
    # before: the counts were read as prefix sizes ("I read 1,460 and 87,600 and 10,000")
    reply = _reply("Invoice, March:\nLine  Description                                   Qty\n"
                   "3     Prompt cache writes, 10K-token prefix          1,460\n"
                   "4     Prompt cache reads, 10K-token prefix           87,600\n"
                   "input $15/MTok, cache write $18.75/MTok, cache read $1.50/MTok. net for the month?")
    assert "*$11,771.25* net" in reply.text  # 87,600 × $0.135 − 1,460 × $0.0375


def test_a_spaced_rate_sheets_fee_beside_its_basis() -> None:
    # before: the fee under "rate" beside "per call" was not read, and the fee was asked for
    reply = _reply("rate sheet:\nendpoint                 pricing        rate\n"
                   "/v1/extract (flat)       per call       $0.008\n"
                   "/v1/chat (same model)    per token      $2/M in · $8/M out\n\nour avg call is 1,600 in / 400 "
                   "out. how big does a call have to get before the flat one wins?")
    assert "*2,500 tokens per call*" in reply.text


def test_a_markup_over_whoevers_direct_price() -> None:
    # before: "30% over the model vendor's direct API" was no markup, and the paste was answered as a choice of
    # structure asking what 30% is
    reply = _reply("from the AWS quote:\n  Service: Amazon Bedrock\n  Rate basis: list, approx 30% over the model "
                   "vendor's direct API\n  Billing: under existing Enterprise Agreement\nwhat does the markup really "
                   "come to after their EA? what do I tell them?")
    assert reply.intent == "markup"
    assert "the buyer's EA discount" in reply.text


def test_a_direct_price_per_million_output_tokens() -> None:
    # before: "$10 per million output tokens" was labelled the input rate, and the output bill was not worked out
    reply = _reply("direct API at $10 per million output tokens. Azure at a quarter above list, EA takes 12% off. "
                   "effective markup, and what would 800M output tokens a month cost through Azure?")
    assert "Effective output rate" in reply.text
    assert "Effective input rate" not in reply.text
    assert "*$8,800.00* on the hyperscaler" in reply.text


def test_an_on_demand_price_per_unit_hour_said_before_the_units_own() -> None:
    # before: both prices were the units' price and "one unit can carry" a second count of units
    reply = _reply("30-day month. On-demand: the traffic that one provisioned unit can carry at full load would cost "
                   "$32 per unit-hour at on-demand rates. Provisioned: four units at $21.60 per unit-hour. Monthly "
                   "bill for the four units, and the break-even utilisation?")
    assert "*$62,208.00*" in reply.text  # 4 × $21.60 × 720
    assert "*67.5%*" in reply.text  # $21.60 ÷ $32


def test_writes_priced_as_a_premium_the_verb_run() -> None:
    # before: "writes run 25% over input" was a write price of 25% of input ($0.625/M), a negative premium
    for said in ("writes run 25% over input", "cache writes come in 25% over input"):
        reply = _reply(f"monthly pls: 40k calls, 3k token cached prefix, hit rate 85% and every miss writes. rates "
                       f"$2.50/M input, reads $0.25/M, {said}. net?")
        assert "$3.125/1M" in reply.text, said
        assert "*$218.25* net" in reply.text, said  # 34,000 × $0.00675 − 6,000 × $0.001875; "monthly pls:" the period


def test_a_snake_case_row_label_before_its_price() -> None:
    # before: "input_cache_hit $0.25 per 1m tok" was no cache-read price, and a per-token quote was asked for
    reply = _reply("billing export:\nline_item        | unit       | rate\ninput_standard   | per 1M tok | $2.50\n"
                   "input_cache_hit  | per 1M tok | $0.25\nshared prefix on every request: 8,000 tok\nhow much would "
                   "prompt caching take off their monthly bill?")
    assert reply.intent == "caching"
    assert "*$0.018*" in reply.text
    assert "the call volume" in reply.text


def test_all_of_a_periods_queries() -> None:
    # before: "All 600 of the day's queries" was no volume, and the volume was asked for
    reply = _reply("80k-token manual in an explicit context cache, one-hour TTL, recreated each hour across a 9-hour "
                   "day, creation billed at the normal input rate. Input $1.25 per 1M, cached reads $0.25 per 1M, "
                   "storage $4.50 per 1M tokens per hour. All 600 of the day's queries read from the cache. Read "
                   "savings against storage a day?")
    assert "600 hits × $0.08 ($48.00)" in reply.text
    assert "$3.24" in reply.text


def test_items_counted_by_the_word_before_what_each_is() -> None:
    # before: "3 million shipping labels a month" beside "each label image works out to 850 input tokens" was no
    # volume, and the monthly bills were not given
    reply = _reply("scanning ~3 million shipping labels a month. A: $1.50 per thousand images. B: each label image "
                   "works out to about 850 input tokens and 60 output tokens, at $0.40 per million in and $1.60 per "
                   "million out. Which is cheaper monthly and by how much?")
    assert "$4,500.00" in reply.text
    assert "$1,308.00" in reply.text
    assert "$3,192.00" in reply.text


def test_a_switch_to_per_call_weighed_with_no_fee() -> None:
    # before: a per-token quote, and the fee was never asked for
    reply = _reply("billed per token at $1 per million input and $4 per million output; each call averages 800 input "
                   "tokens and 50 output tokens, two million calls a month. The vendor wants to move them onto a flat "
                   "per-call rate instead. Would the switch save them money or cost them more?")
    assert reply.intent == "per_call"
    assert "the fee per call" in reply.text


def test_a_direct_spend_said_as_what_their_usage_comes_to_going_direct() -> None:
    # before: the spend was not read, and the markup had no dollars
    reply = _reply("Going direct to the model provider, their usage comes to about $10,000 a month. Through Azure the "
                   "list price is 30% higher, but their EA gives them 18% off. Effective markup, and the Azure bill?")
    assert "*$10,660.00* a month" in reply.text


def test_units_of_average_load_sized_for_the_peak() -> None:
    # before: the 2 average units were billed as the block bought ($73,000 against $219,000)
    reply = _reply("their avg load is like 2 units n peak-to-avg is 3:1. if we size for peak, units run $50/hr each "
                   "(thats 40% under on demand). monthly bill?")
    assert "*6 units*" in reply.text
    assert "*$219,000.00*" in reply.text


def test_a_consoles_keys_in_pascal_case() -> None:
    # before: "ModelUnits: 2" and "HourlyRatePerModelUnit: $9.50" were not read, and a quote was given
    reply = _reply("Bedrock console export:\nModelUnits: 2\nHourlyRatePerModelUnit: $9.50\nTheir on-demand usage last "
                   "month: 2.1bn input tokens at $3/M, 450M output tokens at $15/M. Is the commitment cheaper or "
                   "pricier per month, and by how much?")
    assert reply.intent == "break_even"
    assert "*$13,870.00*" in reply.text  # 2 × $9.50 × 730
    assert "*$820.00 a month more*" in reply.text


def test_calls_that_land_on_a_cold_cache_are_writes() -> None:
    # before: the 240 were not read, and the writes were modelled as one a day
    reply = _reply("3,000-token shared prefix; input $15/M, cache read $1.50/M, cache write $18.75/M. ~18k calls a "
                   "day, and of those roughly 240 land on a cold cache and write it; the rest hit. Daily net?")
    assert "240 writes × $0.01125 ($2.70)" in reply.text
    assert "*$716.58 a day*" in reply.text


def test_a_usage_csv_with_a_unit_column_under_a_months_export() -> None:
    # before: no pricing question was found (the sheet was not read), and the help text came back
    reply = _reply("billing export, march:\nline_item,usage,unit\ninput_tokens,1.2bn,tokens\n"
                   "output_tokens,180M,tokens\nrate card: input $3/MTok, output $15/MTok\n"
                   "what should the invoice come to? split in/out pls")
    assert reply.intent == "quote"
    assert "• Per month: $3,600.00 + $2,700.00 = *$6,300.00*" in reply.text


def test_going_straight_to_the_model_provider_is_going_direct() -> None:
    # before: the $40k was left unused, and the markup had no dollars
    reply = _reply("They would spend roughly $40k a month if they went straight to the model provider. Bedrock lists "
                   "the model at a quarter above direct, and their AWS EA gives them 12% off. Extra dollars a month?")
    assert "$4,000.00 a month more than direct" in reply.text


def test_two_clouds_markups_each_with_its_own_agreement() -> None:
    # before: "which route has the lower effective markup" was a choice of structure asking which markup to use
    reply = _reply("Bedrock lists an 18% markup over the direct API, and their AWS EA takes 10% off. Vertex lists 35% "
                   "over direct, but their Google agreement knocks off a fifth. Which route has the lower effective "
                   "markup?")
    assert reply.intent == "markup"
    assert "*6.2%*" in reply.text and "*8%*" in reply.text


def test_a_pair_of_on_demand_rates_is_no_spend() -> None:
    # before: "on demand those would be $5 and $15 per million" was an on-demand spend of $5 a month, and 4 units
    # were "$61,915.00 a month more than on-demand"
    reply = _reply("4 provisioned units at $21.50 per unit-hour for a 30-day month. Those units would serve 9bn input "
                   "tokens and 2bn output tokens over the month; on demand those would be $5 and $15 per million "
                   "respectively. The commitment, the on-demand cost and the difference?")
    assert "$5.00 a month" not in reply.text
    assert "*$75,000.00* a month" in reply.text
    assert "*$13,080.00 a month less*" in reply.text


def test_the_output_said_as_a_share_of_the_input() -> None:
    # before: "a fifth of that back as output" was asked about ("What is 20%")
    reply = _reply("a batch of 1.5bn input tokens, and they get about a fifth of that back as output. 80 cents per "
                   "million input and $3.20 per million output. What does it come to?")
    assert "300,000,000 tokens × $3.20/1M = $960.00" in reply.text
    assert "*$2,160.00*" in reply.text


def test_a_calls_input_and_output_said_as_what_it_reads_and_writes() -> None:
    # before: the tokens were asked for ("Not used: 350")
    reply = _reply("Their bot summarises tickets: each summary reads about two thousand four hundred tokens and writes "
                   "about three hundred and fifty. At $0.15 per million input tokens and $0.60 per million output "
                   "tokens, what does one cost?")
    assert "350 tokens × $0.60/1M = $0.00021" in reply.text
    assert "*$0.00057*" in reply.text


def test_two_offers_on_a_days_tokens_are_set_against_each_other_by_the_day() -> None:
    # before: only the monthly difference was given ($182.50), and the label lost its capital ("Offer b")
    reply = _reply("Two offers for the same workload, 18 million input tokens and 4 million output tokens a day.\n"
                   "Offer A: $3 per MTok input, $15 per MTok output.\n"
                   "Offer B: $4 per MTok input, $12 per MTok output.\nWhich one is cheaper per day, and by how much?")
    assert "*Offer B against Offer A:* $120.00 − $114.00 = *$6.00 a day more*" in reply.text
