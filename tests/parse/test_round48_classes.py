"""Round 48's fix rounds: classes of misread found by blind batches 210 and later. Each message is our own; each reply
is checked for what a rep would read."""

from __future__ import annotations

from bot import router


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


def test_a_second_offer_below_on_demand_with_a_condition_after_it() -> None:
    # before: "40% below but locks them in" was the utilization, and offer two's break-even was not worked out
    for joined in ("but needs a two-year term", "though it locks them in", "while the first is month to month"):
        reply = _reply(f"Offer A is 25% below on-demand; offer B is 40% below {joined}. Break-even for each?")
        assert "*75%*" in reply.text, joined
        assert "*60%*" in reply.text, joined
        assert "At 40% utilization" not in reply.text, joined


def test_cache_prices_keyed_without_a_dollar_sign_after_the_input_price() -> None:
    # before: "writes 3.75, hits 0.30" was not read, so the read price was asked for
    reply = _reply("3,000-token preamble, input $3 per million, writes 3.75, hits 0.30. 2k calls a day, 20 of them "
                   "writes. net per day?")
    assert "*$0.0081*" in reply.text  # 3,000 × ($3.00 − $0.30) / 1M
    assert "*$15.99 a day*" in reply.text  # 1,980 × $0.0081 − 20 × $0.00225


def test_a_sheet_of_keys_values_and_notes_under_a_price_column() -> None:
    # before: "on_demand,4.00" was read with the column's name in it and the utilization row as the discount
    reply = _reply("option,price_usd_per_mtok,comment\non_demand,4.00,list blended\nreserved,2.60,12-month term\n"
                   "expected_util,80%,their plan\n\nbreak-even, and at 80% are they paying less than on-demand?")
    assert "*35%*" in reply.text  # 1 − 2.60 ÷ 4.00
    assert "0.8125×" in reply.text  # 0.65 ÷ 0.80


def test_a_load_keyed_with_its_unit_in_brackets_and_a_key_cut_short() -> None:
    # before: "(TPM)" was dropped from the keys and "disc." ended the clause, so the ratio and the discount were asked
    reply = _reply("| metric | value |\n|---|---|\n| mean load (TPM) | 250k |\n| peak load (TPM) | 750k |\n"
                   "| reserved disc. vs on-demand | 50% |\n\nsized for peak, what utilization and cost vs on-demand?")
    assert "*3*" in reply.text  # 750k ÷ 250k
    assert "33.33%" in reply.text
    assert "1.5× on-demand" in reply.text  # (1 − 50%) × 3


def test_an_on_demand_bill_said_as_an_even_amount() -> None:
    # before: "$48k even" left the on-demand bill unread beside the units' bill
    reply = _reply("20 units at $3.00 per unit-hour for 730 hours. on-demand for the same traffic came to $48k even. "
                   "what's the monthly gap?")
    assert "*$43,800.00*" in reply.text
    assert "*$4,200.00 a month less*" in reply.text


def test_a_title_naming_the_period_of_the_keyed_counts_below_it() -> None:
    # before: with no colon after the title, the counts' period was asked
    reply = _reply("cache stats, weekday averages per day\nprefix_tokens: 5,000\ninput: $2.00 / MTok\n"
                   "cache_read: $0.20 / MTok\ncache_write: $2.50 / MTok\ncache_hits: 9,000\ncache_writes: 100\n\n"
                   "net per day?")
    assert "*$80.75 a day*" in reply.text  # 9,000 × $0.009 − 100 × $0.0025


def test_a_keyed_line_whose_value_counts_calls_among_words_is_no_header() -> None:
    # before: "arrivals   random, ~60 calls/hr ..." was read as a header over the lines below, and its calls were lost
    reply = _reply("traffic notes (from the APM export):\nactive window     09:00-17:00 weekdays\n"
                   "arrivals          random, ~60 calls/hr during the window\ncached prefix     4k tokens\n"
                   "cache TTL         5 min, refreshed on each hit\n"
                   "rates $/MTok      input 3.00 | write 3.75 | read 0.30\n\nnet per active day?")
    assert "(480 calls a day)" in reply.text  # 60 × 8
    assert "Poisson" in reply.text


def test_what_goes_in_the_proposal_is_the_structure_asked() -> None:
    # before: a break-even was answered, with no verdict across the structures
    reply = _reply("Notes: steady 24/7 workload, ~500M tokens/day, peak-to-average 1.1, PT offer 30% off on-demand, "
                   "prompts short and unique. What goes in the proposal?")
    assert reply.intent == "scenario"
    assert "*Provisioned throughput: recommended.*" in reply.text


def test_units_sized_for_a_spiky_load_ask_for_its_peak_to_average_ratio() -> None:
    # before: "need a steer" made it a choice of structure, and "it jumps a lot ... doesn't spill over" was no swing
    for text in ("Need a steer: their average is 600k tokens per minute and their agents are very bursty. Each unit "
                 "handles 50k tokens per minute. How many units should go in the proposal so nothing spills over?",
                 "Average load is thirty million tokens an hour, but it jumps a lot at quarter end. Each unit handles "
                 "two million tokens an hour. How many units would they need so that quarter end doesn't spill over "
                 "to on-demand?"):
        reply = _reply(text)
        assert reply.intent == "break_even", text
        assert "peak-to-average" in reply.text, text
        assert any(m.get("field") == "peak_to_average" for m in reply.data.get("missing") or []), text


def test_units_counted_again_without_their_noun() -> None:
    # before: "those 4 can push" left "4 can" unread and the on-demand worth was read as calls
    reply = _reply("4 provisoned units @ $10/hr each, 24/7, 30 day month. on demand for what those 4 can push at full "
                   "tilt is about 40k/mo. monthly commit and break-even utilization?")
    assert "*$28,800.00*" in reply.text  # 4 × $10 × 720
    assert "*72%*" in reply.text  # 28,800 ÷ 40,000
    assert "Not used" not in reply.text


def test_a_price_said_again_in_dollars_and_cents_words() -> None:
    # before: "(three dollars and twelve and a half cents)" was read as a second price, and the input rate was asked
    reply = _reply("Ten-thousand-token prefix. Input is $2,50 per million; writes $3,125 per million (three dollars "
                   "and twelve and a half cents); reads $0,25 per million. 800 calls a day, 90% hit rate. Net per day?")
    assert "Which input rate" not in reply.text
    assert "*$15.70 a day*" in reply.text  # 720 × $0.0225 − 80 × $0.00625


def test_ptus_said_by_voice() -> None:
    # before: "p t use" was no unit, so one unit was priced
    reply = _reply("5 p t use at 20 bucks/hr each, running all month. on demand the same traffic is ~90k/mo. monthly "
                   "commit and saving?")
    assert "*$73,000.00*" in reply.text  # 5 × $20 × 730
    assert "*$17,000.00 a month less*" in reply.text


def test_the_part_of_the_prompt_said_identical_on_every_call_is_the_prefix() -> None:
    # before: the small varying part was the prefix ("a short prefix"), and caching was not the lever
    reply = _reply("Prompt layout: 16k-token rules library and checklist up front, identical on every call; then "
                   "~1.2k tokens of the ticket itself. Volume 5k to 9k calls/day. Which pricing structure should we "
                   "lead with?")
    assert "*Prompt caching: recommended.* The 16,000-token repeated prefix" in reply.text
    # ("into the front of the prompt": where the same part goes)
    reply = _reply("Every call stuffs the same ~15k-token product catalogue and pricing policy into the front of the "
                   "prompt, then appends the shopper's question (a couple hundred tokens). Volume is healthy, tens of "
                   "thousands of calls a day, but seasonal. Which lever matters most?")
    assert "The 15,000-token repeated prefix" in reply.text


def test_a_buyer_with_no_appetite_for_a_commitment_is_told_so() -> None:
    reply = _reply("Commit appetite: none. Volume steady around 300M tokens a day, prompts unique. Which structure?")
    assert "*Provisioned throughput: not recommended.*" in reply.text


def test_writes_treated_as_a_wash() -> None:
    # before: the hourly re-creations were priced though the ask leaves them out
    reply = _reply("Gemini explicit cache of 100,000 tokens, input $1.25 per 1M, cached reads $0.31 per 1M, storage "
                   "$4.50 per 1M tokens per hour, kept 8 hrs a day (TTL 1h, recreated hourly), 2k calls a day. Treat "
                   "the hourly re-creation as a wash. Net per day?")
    assert "*$184.40 a day*" in reply.text  # 2,000 × $0.094 − 8 × $0.45


def test_a_count_of_acronym_items_over_working_weeks() -> None:
    # before: "3,000 PRs a week" was no volume, and "48 working weeks" was no year
    reply = _reply("Each pull request reads about 5,000 tokens and writes 500. They do 3,000 PRs a week. $2 in / $8 "
                   "out per million. Annual cost over 48 working weeks?")
    assert "*$2,016.00*" in reply.text  # 144,000 PRs × ($0.01 + $0.004)


def test_a_fee_said_as_a_whole_and_parts_of_a_cent() -> None:
    # before: "one and three-quarter cents" was read as three quarters of a cent
    for said, fee in (("one and three-quarter cents", "$0.0175"), ("two and a quarter cents", "$0.0225")):
        reply = _reply(f"The fee is {said} per call; per-token is $2.50/M in and $10/M out; calls are 1,000 in + 200 "
                       "out. Which is cheaper per call?")
        assert f"*{fee}*" in reply.text, said


def test_a_mix_said_in_words_as_tokens_to_every_token() -> None:
    # before: "three input tokens to every output token" priced 3 input tokens and asked for the tokens
    reply = _reply("Flat $0.004 per call vs $2 per million input and $6 per million output. Calls run four input tokens"
                   " to every output token, about 2,000 tokens per call in total. Which is cheaper?")
    assert "1,600 × $2.00/1M" in reply.text


def test_a_billing_export_with_a_quantity_of_tokens_column() -> None:
    # before: "qty_tokens" put "qty" between each count and its side, and the prefix and calls were asked
    reply = _reply("billing export, one week:\nline_item              qty_tokens     unit_price\n"
                   "input_tokens           300,000,000    $3.00/MTok\n"
                   "cache_read_tokens      1.2bn          $0.30/MTok\n"
                   "cache_write_tokens     20M            $3.75/MTok\n"
                   "output_tokens          40,000,000     $15.00/MTok\nwhat did caching save net of the writes?")
    assert "*$3,240.00*" in reply.text  # 1.2bn × $2.70
    assert "*$3,225.00*" in reply.text  # less 20M × $0.75


def test_a_keyed_spend_with_its_period_cut_short() -> None:
    reply = _reply("list_markup_vs_direct: 20%\nea_discount: 10%\ndirect_spend_qtr: $30,000\nreal premium and the "
                   "quarterly figure?")
    assert "*$32,400.00* a quarter" in reply.text  # 30,000 × 1.2 × 0.9


def test_a_keyed_spend_with_its_period_and_a_note_in_brackets() -> None:
    reply = _reply("Direct API list (monthly, same traffic)     $20,000.00\nBedrock list markup over direct      "
                   "25%\nEA discount on AWS spend      12%\nEffective markup and what they pay a month on Bedrock?")
    assert "*$22,000.00* a month" in reply.text  # 20,000 × 1.25 × 0.88


def test_a_console_key_with_the_currency_between_price_and_hour() -> None:
    reply = _reply("provisioned_units:    3\nunit_rate_usd_hr:     20.00\nthroughput_per_unit:  1M tokens/hr\n"
                   "billing_period:       30 days\non-demand is $25 per million blended. commit for the period and "
                   "break-even utilization?")
    assert "*$43,200.00*" in reply.text  # 3 × $20 × 720
    assert "*80%*" in reply.text  # $20 ÷ $25


def test_a_keyed_volume_with_what_it_counts_and_its_period() -> None:
    reply = _reply("model=gpt-4o in_tokens/req=2k out_tokens/req=500 in_rate=$2.50/1M out_rate=$10/1M "
                   "est_volume=1.2M req/yr\ncost per request and the year?")
    assert "*$12,000.00*" in reply.text  # 1.2M × $0.01


def test_a_sheet_of_quantities_and_prices_each_in_its_rows_unit() -> None:
    # before: the "unit" column was read as words beside the figures, and the units priced were asked about
    reply = _reply("the reservation quote, from their sheet:\nline_item,qty,unit_price,unit\n"
                   "capacity_units,3,18.00,USD per unit-hour\ncommitment,1,,month\n"
                   "expected_input_tokens,4bn,,per month\nexpected_output_tokens,500M,,per month\n"
                   "on_demand_input,,2.50,USD per 1M\non_demand_output,,10.00,USD per 1M\n"
                   "the monthly commit against on-demand for the same tokens?")
    assert "*$39,420.00*" in reply.text  # 3 × $18 × 730
    assert "*$15,000.00*" in reply.text  # 4bn × $2.50 + 500M × $10


def test_a_usage_export_headed_with_its_one_period_in_brackets() -> None:
    # before: "(one day)" was dropped with the heading's other asides, so the day's calls were asked about
    reply = _reply("console usage export for the tutoring assistant, all regions combined (one day):\n"
                   "  date        model          cached_prefix_tok  base_in_$/MTok  cache_read_$/MTok  requests\n"
                   "  2025-02-03  claude-sonnet  4k                 3.00            0.30               20,000\n"
                   "treat all of them as hits. what's the day worth?")
    assert "*$216.00 a day*" in reply.text  # 20,000 × 4,000 × $2.70 / 1M


def test_a_cache_price_said_as_where_it_comes_in() -> None:
    # before: "cached reads come in at ..." left the read price unlabelled, and the input rate was asked about
    reply = _reply("Every call sends the same 5,000-token preamble up front. Input is $2 per million; cached reads "
                   "come in at twenty cents per million. 10k calls a day, ignore writes. Saving per hit and per day?")
    assert "*$0.009*" in reply.text  # 5,000 × $1.80 / 1M
    assert "*$90.00 a day*" in reply.text


def test_a_fixed_block_followed_by_the_rest_of_the_prompt() -> None:
    # before: the rest of the prompt was the prefix and the fixed block the whole prompt
    reply = _reply("Each request is a fixed 2,000-token rubric followed by another 500 tokens of the essay. Input "
                   "$4/M, cached reads a tenth of that. 100k calls a week, every call a hit, ignore writes. Saving per "
                   "call and per week?")
    assert "*$0.0072*" in reply.text  # 2,000 × $3.60 / 1M
    assert "$720.00" in reply.text


def test_a_term_the_rep_has_no_idea_about() -> None:
    # before: the other term named after it was looked up, or a pasted capacity made it a break-even
    reply = _reply("New here: I have no idea what a TTL is or how it differs from a cache hit. Could someone explain?")
    assert reply.intent == "glossary"
    assert "TTL" in reply.text.split("\n")[0]
    reply = _reply("Capacity:   40 PTU\nRegion:     westus\n^ from their portal. the CFO asked me what exactly \"a "
                   "PTU\" is. short answer?")
    assert reply.intent == "glossary"
    assert "PTU (Provisioned Throughput Unit)" in reply.text


def test_a_title_saying_yesterday_over_keyed_counts() -> None:
    # before: the counts' period was asked
    reply = _reply("Cache report for the triage bot, yesterday:\nsystem_prompt_tokens: 4,000\ninput_rate: $2.00 / MTok"
                   "\ncache_read_rate: $0.20 / MTok\ncache_write_rate: $2.50 / MTok\ncalls: 10,000\ncache_hits: 9,900"
                   "\ncache_writes: 100\nnet for the day after the write premium?")
    assert "*$71.08 a day*" in reply.text  # 9,900 × $0.0072 − 100 × $0.002


def test_traffic_the_buyer_plans_to_double() -> None:
    # before: the plan to double traffic was not read, and only today's month was priced
    reply = _reply("current monthly usage: 100M input tokens at $3/MTok and 20M output at $15/MTok. they expect to "
                   "double their traffic next quarter - what does a month look like then?")
    assert "*$1,200.00* a month" in reply.text  # 2 × ($300 + $300)


def test_the_peak_keyed_by_its_top_percentile() -> None:
    # before: "p100_tpm" was not the peak beside "avg_tpm", so the ratio was asked
    reply = _reply("gateway metrics, last 30 days:\navg_tpm: 500k\np100_tpm: 2.0M\nprovisioned offer: 40% below "
                   "on-demand\nsized to cover peak, utilization and cost vs on-demand?")
    assert "*4*" in reply.text  # 2.0M ÷ 500k
    assert "2.4× on-demand" in reply.text  # (1 − 40%) × 4


def test_the_reads_of_one_cache_entry() -> None:
    # before: the reads per write were not read, and the call volume was asked
    reply = _reply("2,000-token prefix, input $3/MTok, writes $3.75/MTok, reads $0.30/MTok. Each entry is written "
                   "once and then read fifty times before it lapses. Net per entry?")
    assert "50 hits × $0.0054 ($0.27)" in reply.text
    assert "*$0.2685* net" in reply.text or "*$0.27* net" in reply.text
    assert "Not used" not in reply.text


def test_an_on_demand_estimate_after_a_semicolon() -> None:
    reply = _reply("Option 1: four provisioned units at $30 per unit-hour, 730-hour month\nOption 2: stay on-demand; "
                   "their estimate for the same tokens is about 100k dollars a month\nwhich is cheaper, by how much?")
    assert "*$87,600.00*" in reply.text
    assert "*$12,400.00 a month less*" in reply.text


def test_units_billed_for_the_hours_said_after_their_price() -> None:
    # before: "720 hours" after the unit-hour price was left unread and a 730-hour month was priced
    reply = _reply("5 units at $20.00 per unit-hour, 720 hours. on-demand for the same traffic came to $80,000 a "
                   "month. are we ahead?")
    assert "5 × $20.00 × 720 h = *$72,000.00*" in reply.text
    assert "*$8,000.00 a month less*" in reply.text


def test_an_on_demand_bill_over_the_prior_thirty_days() -> None:
    reply = _reply("billing export (30-day month):\npt-prod, 2 units, $30.00 per unit-hour, 720 hours.\non-demand bill "
                   "for the same traffic over the past 30 days came to $50,000. ahead or behind, by how much a month?")
    assert "*$6,800.00 a month less*" in reply.text  # 50,000 − 43,200


def test_a_spend_keyed_with_its_period_after_a_slash() -> None:
    reply = _reply("pasted from the sheet:\nchannel\tlist markup vs direct\tEA discount\tdirect spend/mo\n"
                   "Bedrock\t20%\t10%\t$30,000\nreal markup and the monthly bill through Bedrock?")
    assert "*$32,400.00* a month" in reply.text  # 30,000 × 1.2 × 0.9


def test_an_invoice_line_of_calls_at_a_fee_in_words() -> None:
    # before: "@ half a cent each" was dollars only after the line was read, so the calls were lost
    reply = _reply("from last month's invoice:\n  CLASSIFY calls ........ 200,000 @ a quarter of a cent each\n"
                   "avg call is 1,000 in / 100 out tokens\nper-token: $1 per M input, $4 per M output\n"
                   "what would that month have cost per-token, vs the per-call line?")
    assert "per-token 200,000 × $0.0014 = $280.00 vs per-call 200,000 × $0.0025 = $500.00" in reply.text


def test_a_saving_required_against_on_demand_keyed() -> None:
    reply = _reply("deal desk targets:\n\tsustained util (forecast)\t80%\n\trequired saving vs on-demand\t25%\n"
                   "minimum discount to hit that, and break-even at that discount?")
    assert "*40%*" in reply.text  # 1 − 0.80 × 0.75
    assert "*60%*" in reply.text


def test_a_preamble_named_by_what_it_holds_plus_the_question() -> None:
    reply = _reply("- RAG bot; every call carries the same 8,000-token FAQ preamble + ~200 tok of user question\n"
                   "- $2/M input, cache reads $0.20/M\nwhat structure do we pitch?")
    assert "Which prefix size" not in reply.text
    assert "8,000-token" in reply.text


def test_tokens_through_a_model_every_week() -> None:
    # before: the week's tokens were a year's, and the year was priced at a 52nd of its cost
    reply = _reply("Their summariser pushes about 2bn input tokens and 100M output tokens through a small model every "
                   "week; $0.10 per million in and $0.40 per million out. What's that over a 52-week year?")
    assert "*$12,480.00*" in reply.text  # 52 × ($200 + $40)


def test_calls_counted_over_a_period_said_first() -> None:
    reply = _reply("10k-token prefix, input $3/MTok, writes $3.75/MTok, reads $0.30/MTok. Over a business week they "
                   "make 20,000 calls, and of those about 100 end up writing the cache. Net weekly saving?")
    assert "*$536.55*" in reply.text  # 19,900 × $0.027 − 100 × $0.0075


def test_a_figure_said_again_in_words_settles_its_separator() -> None:
    # before: "3.600" was asked about (3.6 or 3,600?) and "1,5 times" was no ratio
    reply = _reply("Caching the 3.600-token (three thousand six hundred) prompt: input $3 per million, hits $0,30 per "
                   "million, 10k calls a day, ignore writes. Saving per hit and per day?")
    assert "*$0.00972*" in reply.text  # 3,600 × $2.70 / 1M
    assert "*$97.20 a day*" in reply.text
    reply = _reply("Their peak inference load is 2,5 times (two point five) their average, sized to cover the peak. "
                   "The discount is 50 % against on-demand. Utilisation and cost relative to on-demand?")
    assert "1.25× on-demand" in reply.text  # (1 − 50%) × 2.5


def test_an_on_demand_worth_keyed_at_full_use_and_one_said_without_a_dollar_sign() -> None:
    reply = _reply("units ............ 2\nrate ............. $25.00 / unit-hour\nOD value @100% ... $73k/mo\n"
                   "monthly commit, and the utilization to hold?")
    assert "$36,500.00 ÷ $73,000.00 = *0.5*" in reply.text
    reply = _reply("aws quoted 4 model units @ $15/hr each, 730 hr month. the tokens they push wud run 50k/mo on "
                   "demand. savings or nah")
    assert "*$6,200.00 a month less*" in reply.text  # 50,000 − 43,800


def test_the_structure_they_asked_to_move_to() -> None:
    reply = _reply("In production a year, steady 24x7, peak-to-average about 1.1, so capacity sized for peak sits near "
                   "90% busy. Prompts short and unique. They spend heavily on per-token and asked what they should "
                   "move to.")
    assert reply.intent == "scenario"
    assert "*Provisioned throughput: recommended.*" in reply.text


def test_not_one_hundred_percent_sure_is_no_figure() -> None:
    # before: "100% sure" was a percentage to place, so a break-even was answered instead of the term
    reply = _reply("Legal keeps writing TTL in the contract and I'm not 100% sure what it stands for. Short version?")
    assert reply.intent == "glossary"
    assert "What is 100%" not in reply.text


def test_a_prefix_keyed_per_call_with_its_unit_in_brackets() -> None:
    reply = _reply("console, last 7 days:\n  cached prefix per call (tokens):   2,000\n  cache writes:   1,000\n"
                   "  cache reads:   30,000\nrates: input $3/MTok, cache write $3.75/MTok, cache read $0.30/MTok\n"
                   "saving per read and the week's net after the write premium?")
    assert "*$0.0054*" in reply.text  # 2,000 × $2.70 / 1M
    assert "*$160.50*" in reply.text  # 30,000 × $0.0054 − 1,000 × $0.0015


def test_an_explicit_cache_created_once_each_business_morning_with_its_ttl() -> None:
    # before: with the TTL said, the cache was re-created all day and stored 24 hours
    reply = _reply("cached doc 100,000 tokens; TTL 6h, created once each business morning at the normal input rate; "
                   "input $2/MTok, cached input $0.20/MTok, storage $4.50 per MTok per hour, ~300 hits per day. Net "
                   "per business day after storage?")
    assert "$2.70 a day" in reply.text  # 0.1 MTok × 6 h × $4.50
    assert "*$51.30 a day*" in reply.text  # 300 × $0.18 − $2.70
