"""Round 45's fix rounds: classes of misread found by blind batches 180 and later. Each message is our own; each
reply is checked for what a rep would read."""

from __future__ import annotations

from bot import router


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


def test_a_direct_spend_said_as_what_going_direct_would_run_them_or_keyed_as_list() -> None:
    # before: the spend was left unused, and the markup answer gave no dollars
    for said, period in (("If they bought direct, the usage would cost them $120k over the year.", "a year"),
                         ("Went direct, the workload would run us $10,000 a month.", "a month"),
                         ("direct_list_monthly: $10,000", "a month"),
                         ("direct_api_list_annual: $120,000", "a year")):
        reply = _reply(f"{said}\nVertex is 20% over direct; their commit discount is 10%. Effective markup, in "
                       "dollars too?")
        assert "*8%*" in reply.text, said  # 1.2 × 0.9 − 1
        amount = "$129,600.00" if period == "a year" else "$10,800.00"
        assert f"*{amount}* {period}" in reply.text, said


def test_a_break_even_said_first_then_the_discount_it_stands_for_asked() -> None:
    # before: the 60% was checked against the 30% offer ("No: ... not 60%") and the discount it stands for not given
    for ask in ("What discount would that correspond to?", "which discount does that imply?",
                "What discount does that translate to"):
        reply = _reply(f"Our offer is 30% off on-demand: break-even utilisation? Another vendor's reserved tier breaks "
                       f"even at 60% utilisation. {ask} Sanity check please.")
        assert "*70%*" in reply.text, ask  # 1 − 30%
        assert "*40%*" in reply.text, ask  # 1 − 60%
        assert "*No:*" not in reply.text, ask


def test_a_terms_meaning_asked_of_its_part_of_a_paste() -> None:
    # before: the pasted figures made it a caching question, and the meaning was never given
    for asked in ("what the ttl bit means for their bill", "what the TTL on this response means",
                  "what the ttl part in the console means for their bill"):
        reply = _reply(f'customer dev pasted this and asked {asked}:\n{{\n  "input_tokens": 180,\n'
                       f'  "cache_creation_input_tokens": 3000,\n  "cache_ttl": "1h"\n}}\nquick explainer?')
        assert reply.intent == "glossary", asked
        assert "TTL (cache lifetime)" in reply.text, asked


def test_a_continental_messages_cache_price_with_three_decimals_and_a_forecast_over_one_week() -> None:
    # before: "$3,125" was read as three thousand dollars a million beside "$2,50", and the week's counts were asked
    # about again
    for prices in ("input $2,50, cache write $3,125, cache read $0,25", "input: $2,50, write: $3,125, read: $0,25"):
        reply = _reply(f"Prefix: 4.000 tokens. Prices per million tokens: {prices}.\nOver one week they expect twenty "
                       "thousand cache hits and one thousand cache writes. Net for the week?")
        assert "$3,125" not in reply.text, prices
        assert "$180.00" in reply.text, prices  # 20,000 × 4,000 × ($2.50 − $0.25) / 1M
        assert "$2.50" in reply.text, prices  # 1,000 × 4,000 × ($3.125 − $2.50) / 1M
        assert "*$177.50*" in reply.text, prices


def test_a_thousands_comma_stays_thousands_beside_decimal_points() -> None:
    reply = _reply("input $2.50/M, cache read $0.25/M, 4,000-token prefix, 3,125 calls a day: saving a day?")
    assert "3,125" in reply.text and "*$28.13 a day*" in reply.text  # 3,125 × 4,000 × $2.25 / 1M


def test_a_fee_in_hyphenated_fraction_words_or_after_in() -> None:
    # before: "four-tenths-of-a-cent" was read as a 40% share, and "in $0.005 fee per call" as an input price
    for fee, shown in (("a flat three-tenths-of-a-cent per call", "$0.003"), ("a half-cent fee per call", "$0.005"),
                       ("a quarter-of-a-cent per call", "$0.0025"), ("$0.004 fee per call", "$0.004")):
        reply = _reply(f"The vendor wraps the model in {fee}. Underneath it bills $1/M in and $4/M out. A typical call "
                       "is 1,000 in and 500 out. Which is cheaper per call?")
        assert reply.intent == "per_call", fee
        assert f"Per-call fee: *{shown}*" in reply.text, fee
        assert "together $0.001 + $0.002 = *$0.003*" in reply.text, fee  # 1,000 × $1/1M + 500 × $4/1M
        assert "$1.00/1M" in reply.text, fee  # the input price is still $1, not the fee


def test_items_counted_in_the_plural_of_a_keyword_are_the_calls() -> None:
    # before: "agreements" and "averages" were "corrected" to the keywords "agreement" and "average", so the count of
    # items was never read as the calls
    for item, verb in (("agreement", "they feed it averages"), ("contract", "averages"),
                       ("proposal", "we send it averages")):
        reply = _reply(f"Each {item} {verb} around 20k input tokens and gets 2k tokens back. They run about 500 "
                       f"{item}s a week. $2 per million in, $10 per million out. Weekly cost?")
        assert "*$30.00*" in reply.text, item  # 500 × (20,000 × 2 + 2,000 × 10) / 1M


def test_cache_hits_said_as_the_requests_the_cache_served() -> None:
    # before: "requests served from cache: 20k" was left unused and the week's saving never given
    for said in ("requests served from cache: 20k", "cached requests: 20k", "calls answered from the cache: 20k"):
        reply = _reply(f"usage export, one week (automatic caching, no write surcharge):\ninput rate $2.00/1M\n"
                       f"cached input rate $0.20/1M\ncached prefix per request: 10k tokens\n{said}\n"
                       "what did caching save that week?")
        assert "*$360.00 a week*" in reply.text, said  # 20,000 × 10,000 × ($2.00 − $0.20) / 1M
    reply = _reply("90% of requests served from cache, 50k calls a week, 10k-token prefix, input $2.00/1M, cached "
                   "$0.20/1M: weekly saving?")
    assert "90%" in reply.text and "50,000" in reply.text  # a share of the calls, not a count of hits


def test_an_explicit_cache_with_no_storage_price_still_gives_the_saving_per_hit() -> None:
    # before: the reply asked for the storage price and the volume and gave no figure, though a hit's saving needs
    # neither
    reply = _reply("gemini explicit context cache: 40k token manual, input $2.00/M, cached $0.50/M. saving per hit?")
    assert "*$0.06*" in reply.text  # 40,000 × ($2.00 − $0.50) / 1M
    assert "storage price per 1M tokens per hour" in reply.text and "call volume" in reply.text
    assert "pays for itself" not in reply.text  # no break-even that leaves the storage out


def test_an_invoice_lines_own_amounts_are_checked_and_its_day_span_read() -> None:
    # before: "$6,000.00" and "$3,100.00" were listed as unused, and the "31" of "Mar 1-31" too
    reply = _reply("invoice, usage period Mar 1–31:\ninput tokens 2,400,000,000 @ $2.50/M = $6,000.00\n"
                   "output tokens 300,000,000 @ $10/M = $3,100.00\nmonthly total?")
    assert "*$9,000.00*" in reply.text
    assert "$6,000.00 checks out" in reply.text and "$3,100.00 is none of the figures above" in reply.text
    assert "Not used" not in reply.text


def test_billions_of_tokens_with_no_period_are_never_offered_as_one_call() -> None:
    # before: the reply said "if that is one call" of 2.7 billion tokens
    reply = _reply("input tokens 2,400,000,000 @ $2.50/M; output tokens 300,000,000 @ $10/M. total?")
    assert "*$9,000.00*" in reply.text
    assert "one call" not in reply.text.replace("No single call", "") and "a period's" in reply.text
    small = _reply("2k in 300 out at $3/$15 per M, cost?")
    assert "If that is one call" in small.text


def test_the_on_demand_spend_for_the_units_traffic_said_at_length() -> None:
    # before: the spend was listed as unused, and the units' bill never set against it
    for said in ("how much lower is it than the sixty thousand dollars a month the customer says the same tokens "
                 "would cost them on-demand?",
                 "Their on-demand bill for the token volume those three units would serve came to $60,000 last month. "
                 "How much lower is the commitment?",
                 "Offer B: stay on demand; their finance team puts the same tokens at $60,000 a month. "
                 "Which is lower?"):
        reply = _reply(f"Offer: 3 provisioned units at $20 per unit-hour, 24/7 for a 730-hour month. {said}")
        assert "*$43,800.00*" in reply.text, said  # 3 × 20 × 730
        assert "*$16,200.00 a month less*" in reply.text, said
    reply = _reply("3 provisioned units at $20 per unit-hour, $43,800 a month for the commitment instead of paying "
                   "on-demand. Break-even at 30% off?")
    assert "$43,800.00 a month on-demand" not in reply.text  # the commitment's own bill is no on-demand spend


def test_a_decimal_point_said_as_a_word_between_numerals() -> None:
    # before: "point 7 cents" was read as 7 cents, ten times the fee
    for fee, shown in (("point 7 cents a call", "$0.007"), ("point 75 cents per call", "$0.0075"),
                       ("1 point 2 cents a call", "$0.012")):
        reply = _reply(f"vendor wants {fee} flat. our calls avg 1,000 in / 500 out at $2/M in, $8/M out. cheaper?")
        assert f"Per-call fee: *{shown}*" in reply.text, fee


def test_an_hours_sample_and_hits_counted_among_hourly_calls_over_active_hours() -> None:
    # before: the sample's counts had no period, and hits counted beside hourly calls made a second call volume
    for heading in ("usage export, one-hour sample (14:00-15:00)", "usage export, one hour sample:"):
        reply = _reply(f"{heading}\ncalls            200\ncache_hits       190\ncache_writes     10\n"
                       "prefix_tokens    4,000\ninput_per_mtok   3.00\nread_per_mtok    0.30\nwrite_per_mtok   3.75\n"
                       "same rate 10 hrs every business day. net saving per business day after the write premium?")
        assert "*$20.22 a day*" in reply.text, heading  # 1,900 × $0.0108 − 100 × $0.003
        assert "Not used" not in reply.text, heading
    reply = _reply("4,000-token prefix, input $3/M, read $0.30/M, write $3.75/M. 200 calls an hour: 190 cache hits and "
                   "10 cache writes an hour, 10 hrs a day. net per day?")
    assert "*$20.22 a day*" in reply.text


def test_a_unit_hour_price_and_an_on_demand_worth_without_a_currency_sign() -> None:
    # before: "2.50/unit/hr" was left unread ("2" unused) and "worth 12k on demand" too
    for price in ("@ 2.50/unit/hr", "at 2.50 per unit per hour"):
        reply = _reply(f"5 units {price}, runs 24/7, call it a 30 day month. whats the monthly bill. at full tilt "
                       "those 5 units push tokens worth 12k on demand for that month, so what util to break even")
        assert "*$9,000.00*" in reply.text, price  # 5 × 2.50 × 720
        assert "*75%*" in reply.text, price  # 9,000 ÷ 12,000


def test_how_much_capacity_for_a_spiky_load_asks_its_peak_to_average_ratio() -> None:
    # before: "how much capacity do i size for" was priced as a quote of the load's tokens
    for ask in ("how much capacity do i size for", "how much capacity?", "how much capacity should we plan for"):
        reply = _reply(f"avg is about 3M tok/min but very spiky agent traffic. provisioned sized to peak. {ask}")
        assert reply.intent == "break_even", ask
        assert "peak-to-average" in reply.text and "3,000,000 tokens/min" in reply.text, ask


def test_a_table_of_units_and_the_tokens_they_serve_is_one_deal() -> None:
    # before: each row was answered apart ("row by row"), and the units never set against the tokens on-demand
    reply = _reply("PT quote vs on-demand, monthly (730h)\n\n| item | qty | rate |\n|---|---|---|\n"
                   "| model units | 5 | $4.00 / unit-hour |\n| input tokens served | 2bn | $3.00 / MTok |\n"
                   "| output tokens billed | 500M | $15.00 / MTok |\n\ncommitment vs on-demand for the same tokens?")
    assert reply.intent == "break_even"
    assert "*$14,600.00*" in reply.text  # 5 × 4 × 730
    assert "*$13,500.00*" in reply.text  # 2,000 × 3 + 500 × 15
    assert "*$1,100.00 a month more*" in reply.text


def test_a_peak_said_as_a_spike_and_a_load_table_with_a_median_beside_the_mean() -> None:
    # before: "spikes to 500k around lunch" was left unused; a table's p50 row made the mean the only load read
    reply = _reply("chat assistant averages about 250k tokens a minute but spikes to 500k around lunch. sized for "
                   "that peak, 30% off: utilization and cost vs on-demand?")
    assert "= *2*" in reply.text and "1 ÷ 2 = 50%" in reply.text and "1.4×" in reply.text  # (1 − 30%) × 2
    reply = _reply("dashboard, last 30 days:\n\n| stat | tokens/min |\n|---|---|\n| p100 (peak) | 800,000 |\n"
                   "| p99 | 700,000 |\n| mean | 200,000 |\n| p50 | 150,000 |\n\n40% off. sized to cover peak, what "
                   "utilization and cost vs on-demand?")
    assert "= *4*" in reply.text and "1 ÷ 4 = 25%" in reply.text  # 800,000 ÷ 200,000
    assert "2.4×" in reply.text  # (1 − 40%) × 4


def test_sheets_keyed_by_numbered_lines_a_terms_length_in_a_header_and_a_sku_price_list() -> None:
    # before: the numbered lines were left as raw CSV (the discount never read), "1-month commit" made the header a
    # row of figures, and a SKU sheet's "1M tokens" unit was priced as a million tokens a call
    reply = _reply("deal desk paste:\n\nquote_line,item,value\n1,commit_term_months,12\n"
                   "2,provisioned_discount_vs_paygo,0.30\n3,forecast_avg_utilization,0.60\n\nbreakeven, and the cost "
                   "vs paygo at their forecast?")
    assert "*70%*" in reply.text and "1.1667×" in reply.text  # 1 − 30%; 70% ÷ 60%
    reply = _reply("sheet:\n\nmodel_units\t1-month commit $/unit-hr\tschedule\n4\t5.00\t24x7\n\n"
                   "on-demand for the same traffic ran $16,000 last month. monthly commitment, and how far under?")
    assert "*$14,600.00*" in reply.text  # 4 × 5 × 730
    reply = _reply("sku export:\n\nservice,sku,unit,unit_price\nflat-api,STD,call,0.004\nllm,IN,1M tokens,0.50\n"
                   "llm,OUT,1M tokens,2.00\n\ncalls run 2,000 in and 500 out. flat vs per token per call?")
    assert "$0.50/1M" in reply.text and "1,000,000" not in reply.text
    assert "together $0.001 + $0.001 = *$0.002*" in reply.text and "Per-call fee: *$0.004*" in reply.text


def test_cache_misses_said_with_a_verb_are_the_writes() -> None:
    # before: "300 missed" was left unused and a random-arrival model put the writes at one a day
    for said in ("about 9,800 calls hit the cache and roughly 200 missed and had to rewrite it",
                 "9,800 calls hit the cache; 200 didn't hit"):
        reply = _reply(f"4,000-token preamble, input $3/M, reads $0.30/M, writes $3.75/M. Yesterday: {said}. "
                       "net for the day?")
        assert "200 writes" in reply.text, said
        assert "*$105.24 a day*" in reply.text, said  # 9,800 × $0.0108 − 200 × $0.003


def test_one_explicit_cache_a_day_is_one_creation_stored_for_its_lifetime() -> None:
    # before: three creations a day were assumed and 24 hours of storage billed, against the one cache said
    for said in ("one cache per business day", "cache created once a day"):
        reply = _reply("context cache: 100k tokens, input $2/M, cached $0.20/M, storage $5 per 1M tokens per hour. "
                       f"created 9am, fixed 8h TTL, {said}. 1,000 queries per business day, all against the cache. "
                       "month: 20 business days. net monthly?")
        assert "Creations a day = 1, as given" in reply.text, said
        assert "× 8 h = $4.00 a day" in reply.text, said  # 100k × $5/1M × 8 h
        assert "*$3,516.00* net" in reply.text, said  # 20 × (1,000 × $0.18 − $0.20 creation − $4.00)


def test_a_rise_in_traffic_said_without_a_verb_or_as_how_much_more_and_its_quarter() -> None:
    # before: "half again as much traffic" and "both up 50%" were not read, and the grown quarter never given
    for said in ("They are planning for half again as much traffic in Q4", "input and output both up 50% in Q4",
                 "Q4 traffic up 50%"):
        reply = _reply(f"Q3 bill: 1bn input tokens at $2/M and 200M output at $8/M for the quarter. {said}. "
                       "Quote Q4 with input and output broken out?")
        assert "With the volume × 1.5" in reply.text, said
        assert "*$5,400.00* (input $3,000.00, output $2,400.00)" in reply.text, said  # 1.5 × (2,000 + 1,600)


def test_a_csv_record_of_rates_keyed_at_full_use_gives_the_discount() -> None:
    # before: "at 100% use" in a key was read as a 100% discount, and the reply refused it as out of range
    reply = _reply("PTU quote, CSV:\n\nterm,metric,value\n12mo,on-demand equiv rate (USD/MTok),10.00\n"
                   "12mo,provisioned effective rate at 100% use (USD/MTok),6.00\n"
                   "12mo,customer forecast sustained utilization,75%\n\nwhere does this break even, and at 75% are "
                   "they actually ahead of on-demand?")
    assert "out of range" not in reply.text
    assert "1 − $6.00 ÷ $10.00 = *40%*" in reply.text and "*60%*" in reply.text
    assert "0.8× on-demand" in reply.text  # (1 − 40%) ÷ 75%
    assert "*No:*" not in reply.text  # "break even, and at 75%" claims no break-even


def test_keyed_cache_writes_share_the_usage_summarys_period_with_the_hits() -> None:
    # before: "cache_writes: 50" was left unused, and a random-arrival model put the writes at one a day
    reply = _reply("Usage summary (last 24h)\n  cached_prefix_tokens: 5,000\n  base_input_rate: $3.00/MTok\n"
                   "  cache_write_rate: $3.75/MTok\n  cache_read_rate: $0.30/MTok\n  cache_hits: 10,000\n"
                   "  cache_writes: 50\nnet after the write premium?")
    assert "50 writes" in reply.text and "*$134.81 a day*" in reply.text  # 10,000 × $0.0135 − 50 × $0.00375


def test_a_keyed_count_of_tokens_whose_key_names_its_period() -> None:
    # before: "45bn" under "forecast_tokens_month" was left unused, and the on-demand cost never worked out
    for key in ("forecast_tokens_month: 20bn (blended)", "monthly tokens: 20bn", "total tokens (month): 20bn"):
        reply = _reply(f"units: 4\nprice_per_unit_hour: $25\nschedule: 24x7, full month\n{key}\n"
                       "on_demand_blended_rate: $4.00/MTok\nprovisioned bill vs the same tokens on demand?")
        assert "*$80,000.00* a month" in reply.text, key  # 20,000 M × $4
        assert "*$73,000.00*" in reply.text, key  # 4 × 25 × 730


def test_the_other_share_that_pays_a_write_is_the_miss_rate() -> None:
    # before: "95%" and "5%" were both asked about
    reply = _reply("4k-token prefix, input $3/M, reads $0.30/M, writes $3.75/M. 10,000 calls a week and the cache "
                   "catches 90% of them; the other 10% pay a write. net per week?")
    assert "What is" not in reply.text
    assert "9,000 hits" in reply.text and "*$94.20* net" in reply.text  # 9,000 × $0.0108 − 1,000 × $0.003


def test_an_on_demand_spend_set_against_units_priced_per_unit_is_the_whole_traffics() -> None:
    # before: "$18/hr per unit ..., vs the 52k/mo they pay on demand" multiplied the 52k by the 3 units ($156,000), and
    # "what they pay on demand now for the same tokens which is abt 52k/mo" was not read
    for said in ("vs the 52k/mo they pay on demand now", "vs what they pay on demand now for the same tokens which is "
                 "abt 52k/mo"):
        reply = _reply(f"3 provisioned units @ $18/hr per unit running the whole month, {said}. monthly commit and "
                       "saving?")
        assert "$156,000" not in reply.text, said
        assert "*$12,580.00 a month less*" in reply.text, said  # 52,000 − 3 × 18 × 730


def test_an_acronym_as_voice_to_text_writes_its_letters() -> None:
    # before: "tee tee el" was no pricing question at all
    for said, title in (("what does tee tee el mean on the prompt cashing stuff", "TTL (cache lifetime)"),
                        ("whats a pee tee you again", "PTU (Provisioned Throughput Unit)")):
        reply = _reply(said)
        assert reply.intent == "glossary" and title in reply.text, said


def test_calls_on_an_ordinary_day_said_before_them() -> None:
    # before: "on an ordinary day" was not read, and the day's calls were asked about again
    reply = _reply("4,000-token prefix, input $3/M, write $3.75/M, read $0.30/M. On an ordinary day they make 1,000 "
                   "calls: 980 of them hit the cache and 20 are writes. net daily saving?")
    assert "Is that 1,000 calls" not in reply.text
    assert "*$10.52 a day*" in reply.text  # 980 × $0.0108 − 20 × $0.003


def test_whether_they_come_out_ahead_asked_without_a_question_mark() -> None:
    # before: the workload was mapped across every structure, as though nothing had been asked
    reply = _reply("cust wants provisioned sized to cover their peak. traffic is bursty around quarter close, "
                   "average is like 40k tok per min. they get 25% off on-demand w the commit. r they gonna come out "
                   "ahead or nah")
    assert reply.intent == "break_even"
    assert "*75%*" in reply.text and "peak-to-average" in reply.text


def test_a_discount_written_as_a_signed_cut_and_a_shares_key_with_an_aside() -> None:
    # before: "-40%" was refused as a discount out of range, and "(aoai) 10%" left the EA discount unplaced
    reply = _reply("Reservation summary\n  term ................ 12 mo\n  price vs on-demand .. -40%\n"
                   "  forecast avg util ... 50%\nbreak-even utilization, and at 50% more or less than on-demand?")
    assert "out of range" not in reply.text and "*60%*" in reply.text and "1.2× on-demand" in reply.text
    reply = _reply("INV-1   Azure OpenAI   list uplift vs direct API   +20%\n"
                   "                       EA consumption discount (AOAI)   -10%\n"
                   "direct-API equivalent is $50k a month. effective markup, and the monthly bill through Azure?")
    assert "*8%*" in reply.text and "$54,000.00" in reply.text  # 1.2 × 0.9 − 1; 50,000 × 1.08


def test_a_quarters_term_counted_in_days_bills_those_days() -> None:
    # before: the quarter was billed as three 730-hour months (2,190 h) against the 92 days said (2,208 h)
    reply = _reply("our Q3 reservation:\n  Units            2\n  Rate             $5.00 / unit-hour\n"
                   "  Term             Jul 1 - Sep 30 (92 days, billed 24x7)\n"
                   "the same tokens would've run $25k on demand for the quarter. reservation cost and saving?")
    assert "× 2,208 h = *$22,080.00* a quarter" in reply.text  # 2 × 5 × 92 × 24
    assert "*$2,920.00 a quarter less*" in reply.text


def test_a_two_column_price_sheet_under_a_per_million_header_and_hits_on_n_in_m() -> None:
    # before: "input (cached),0.50" was read as a 0.5-token prefix, no rates were read, and "9 in 10" was unused
    reply = _reply("Billing export, one week (automatic caching, no write surcharge):\n\nline_item,usd_per_1M_tokens\n"
                   "input (uncached),3.00\ninput (cached),0.75\n\nshared prefix on every call: 2,000 tokens\n"
                   "calls this week: 100,000, cache hit on 4 in 5 of them\nwhat did caching save this week?")
    assert "0.5 tokens" not in reply.text and "0.75 tokens" not in reply.text
    assert "2,000 × ($3.00/1M − $0.75/1M) = *$0.0045*" in reply.text
    assert "80,000 hits" in reply.text and "*$360.00* net" in reply.text  # 80,000 × $0.0045


def test_cache_stats_keyed_by_creation_and_read_events_over_their_window() -> None:
    # before: the 100 creations and 4,900 reads were left unused, and the day's calls asked about again
    reply = _reply("-- prompt cache stats, last 24h (prod) --\nrequests              5,000\n"
                   "cache_creation          100\n"
                   "cache_read            4,900\ncached prefix size    4,000 tok\n\nrates: input $3/MTok, cache read "
                   "$0.30/MTok, cache write $3.75/MTok. net for the day?")
    assert "4,900 hits" in reply.text and "100 writes" in reply.text
    assert "*$52.62 a day*" in reply.text  # 4,900 × $0.0108 − 100 × $0.003


def test_an_active_window_on_the_24_hour_clock() -> None:
    # before: "07:00-19:00 (12h)" was not read as the active hours, so the arrivals were spread over 24 hours
    for window in ("active window: 07:00-19:00 (12h)", "traffic 07:00-19:00 (12h)"):
        reply = _reply(f"app: onboarding\n{window}, calls arrive at random\ncalls/day: 360\n"
                       "cached prefix: 8,000 tokens\n"
                       "ttl: 5 min\nrates ($/MTok): input 3.00 | cache write 3.75 | cache read 0.30\n"
                       "share of calls that write, and net per day?")
        assert "Not used" not in reply.text, window
        assert "360 × 5 ÷ 720 = 2.5" in reply.text and "8.21%" in reply.text, window  # e^(−2.5)


def test_a_dashboards_heading_that_says_what_its_numbers_are_per() -> None:
    # before: "Requests: 10k" under "(numbers are per business day, ...)" was asked about again
    reply = _reply("from the pilot's usage dashboard (numbers are per business day, they run a 5-day week):\n"
                   "Requests: 10k\nAvg prompt: 1,000 tok\nAvg completion: 200 tok\n"
                   "Rate card: $2 per million in, $10 per million out\nweekly run rate?")
    assert "Is that 10,000 calls" not in reply.text
    assert "*$200.00*" in reply.text  # 5 × 10,000 × (1,000 × 2 + 200 × 10) / 1M


def test_a_sheets_peak_keyed_as_a_multiple_of_the_average() -> None:
    # before: "2 times" was left unused, and the ratio asked for again
    for key in ("peak ............ 2 times average", "peak: 2 times average"):
        reply = _reply(f"sizing sheet:\navg load ........ 50k TPM\n{key}\nPTU discount .... 25% off pay-go\n"
                       "plan: buy PTUs to cover peak. utilization and cost vs pay-go?")
        assert "1 ÷ 2 = 50%" in reply.text and "1.5×" in reply.text, key  # (1 − 25%) × 2


def test_a_price_per_million_ending_a_line_never_takes_the_next_lines_side() -> None:
    # before: "$4.00/M" then "output_tokens" on the next line read both prices as output rates
    reply = _reply("units\tusd_per_unit_hr\n5\t10.00\n\non-demand usage those 5 units would serve:\n"
                   "input_tokens\t5bn\t@ $4.00/M\noutput_tokens\t1bn\t@ $12.00/M\nmonthly (730h): worth it?")
    assert "Which output rate" not in reply.text
    assert "*$32,000.00* a month" in reply.text  # 5,000 × 4 + 1,000 × 12
    assert "*$36,500.00* a month" in reply.text  # 5 × 10 × 730


def test_a_rate_card_of_routes_under_one_sides_price_column() -> None:
    # before: "2.50 direct api, 3.00 azure openai" were bare figures, and the list markup was asked for
    reply = _reply("Rate card comparison, same model, input side:\n\nsource\tinput $/1M\ndirect API\t4.00\n"
                   "Azure OpenAI (list)\t5.00\n\ncustomer's EA takes 10% off everything on Azure. real markup over "
                   "direct once the EA is applied?")
    assert "*25%*" in reply.text and "*12.5%*" in reply.text  # 5 ÷ 4 − 1; 1.25 × 0.9 − 1


def test_a_terms_meaning_asked_of_a_quoted_clause_with_who_is_to_explain_after() -> None:
    # before: the quoted clause's figures made it a break-even ask
    reply = _reply('contract redline, section 7.1:\n\n  "Customer commits to forty (40) PTUs for a term of twelve (12) '
                   'months, billed monthly whether or not consumed."\n\nlegal wants to know what a PTU is in plain '
                   "english, can someone explain")
    assert reply.intent == "glossary" and "PTU (Provisioned Throughput Unit)" in reply.text


def test_what_is_it_after_a_figure_named_asks_the_figure() -> None:
    # before: "the effective markup after the EA. what is it?" gave the glossary entry first, as a definition asked
    reply = _reply("Bedrock is 20% over direct. they're on an AWS EA. their CFO wants the effective markup after the "
                   "EA. what is it?")
    assert reply.intent == "markup" and "EA discount" in reply.text
    assert _reply("my manager keeps saying break-even - what does it mean?").intent == "glossary"


def test_a_quarter_followed_by_what_happens_in_it_is_the_period() -> None:
    # before: "against a quarter where ..." was read as a 25% share and asked about
    reply = _reply("Bedrock lists the model 20% above going direct; their EDP takes 10% off. Effective markup? Put it "
                   "against a quarter where the direct-API equivalent would be $100k.")
    assert "What is 25%" not in reply.text
    assert "*8%*" in reply.text  # 1.2 × 0.9 − 1


def test_how_they_fare_off_and_the_cost_asked_as_what_they_would_pay() -> None:
    # before: "run it at like 60% how much worse off" was a second discount of 60%, and "leave them paying 10% less than
    # on-demand" a discount of 10% on the table
    reply = _reply("customer got offered a quarter off list for provisioned. whats the breakeven utilizaton and if "
                   "they only run it at like 60% how much worse off vs on demand are they")
    assert "60% discount" not in reply.text and "1.25× on-demand" in reply.text
    reply = _reply("their pilot sits at 80% utilization. what discount do they need to break even, and what discount "
                   "would leave them paying 20% less than on-demand?")
    assert "*20%*" in reply.text and "*36%*" in reply.text  # 1 − 80%; 1 − 80% × (1 − 20%)


def test_a_load_csv_whose_unit_column_is_snake_case_and_a_one_row_table_of_units() -> None:
    # before: "tokens_per_hour" left the peak and average unread; one row of units under "item qty rate hours" was
    # left as "4 qty"
    reply = _reply("hourly token load, last 30 days:\n\nstat,tokens_per_hour\navg,20M\np100 (peak),60M\n\nsized to "
                   "cover the peak at 40% off: utilization, cost vs on-demand?")
    assert "= *3*" in reply.text and "1.8×" in reply.text  # 60 ÷ 20; (1 − 40%) × 3
    reply = _reply("Vertex quote:\n\nitem\tqty\trate\thours\nprovisioned units\t3\t$20.00/unit-hr\t730 (1 mo, 24x7)\n\n"
                   "on-demand spend for the same traffic last month: $50,000\nmonthly cost and saving?")
    assert "*$43,800.00*" in reply.text and "*$6,200.00 a month less*" in reply.text  # 3 × 20 × 730


def test_the_other_calls_that_rewrite_the_cache_and_a_terms_effect_asked_of_a_paste() -> None:
    # before: "the other 500 ... re-write it" was left unused (a random-arrival model put the writes at one a day), and
    # "what the ttl in there actually controls" was a caching ask
    reply = _reply("Preamble is 4,000 tokens; $3/MTok input, $0.30/MTok cache hit, $3.75/MTok cache write. On a "
                   "typical day 9,500 calls hit the cache and the other 500 land after the entry expired and re-write "
                   "it. Net per day?")
    assert "500 writes" in reply.text and "*$101.10 a day*" in reply.text  # 9,500 × $0.0108 − 500 × $0.003
    reply = _reply('```\n{"cache_control": {"type": "ephemeral", "ttl": "1h"}}\n```\nthe eng lead asked what the ttl '
                   "in there actually controls. quick explainer?")
    assert reply.intent == "glossary" and "TTL (cache lifetime)" in reply.text


def test_items_pushed_through_over_a_period() -> None:
    # before: "1M contracts through over the year" was asked about as a day's, an hour's or a month's calls
    reply = _reply("each contract is 10k tokens going in and 1k coming back. They plan to push 1M contracts through "
                   "over the year. $1/M in, $4/M out. annual spend with input and output broken out?")
    assert "$10,000.00" in reply.text and "$4,000.00" in reply.text and "$14,000.00" in reply.text
