"""Round 52's fix rounds: classes of misread found by blind batches 264 and later. Each message is our own; each reply
is checked for what a rep would read."""

from __future__ import annotations

import pytest

from bot import router


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


@pytest.mark.parametrize("pair", ["cache_hit_ratio=0.80", "hit_rate=.8", "observed_hit_ratio=0.8"])
def test_a_hit_ratio_keyed_among_pairs_is_a_share_of_calls(pair: str) -> None:
    # before: "0.80 cache hit ratio" was a second cache-read price ($0.80), and the reply asked which price to use
    reply = _reply(f"prefix_tokens=6000 input=$3/MTok cache_read=$0.30/MTok cache_write=$3.75/MTok\n"
                   f"calls_week=70000 {pair}\nnet saving per week?")
    assert not reply.data.get("ambiguities")
    assert "Per week (70,000 calls, 56,000 hits): hits save $907.20 − writes cost $63.00 = *$844.20* net." in reply.text


@pytest.mark.parametrize("comment,asked", [("# $/MTok", "net for the day?"),
                                           ("// usd per 1M tokens", "savings for the day?"),
                                           ("# $ per million", "what did caching net that day?")])
def test_a_price_whose_unit_is_in_the_lines_comment(comment: str, asked: str) -> None:
    # before: "rate.input 3.00 # $/MTok" was no input rate, so the catalog's price for the model was used instead
    reply = _reply("$ usage-report --date 2026-01-05 --model sonnet\nprefix_tokens          5000\n"
                   f"cache_creation_calls   100\ncache_read_calls       4900\nrate.input             3.00   {comment}\n"
                   f"rate.cache_write       3.75   {comment}\nrate.cache_read        0.30   {comment}\n{asked}")
    assert "5,000 × ($3.00/1M − $0.30/1M) = *$0.0135*" in reply.text
    assert "4,900 hits × $0.0135 ($66.15) − 100 writes × $0.00375 ($0.375) = *$65.78 a day*" in reply.text


def test_an_other_call_size_priced_over_the_days_volume() -> None:
    # before: only the planned size was priced over the day, though the rep asked about the real size
    reply = _reply("flat fee $0.004 a call vs per-token at $1/M in and $4/M out. planned calls 1,000 in / 200 out, "
                   "but real calls run 3,000 in / 400 out. at 20k calls a day, what does the fee save on the real "
                   "size?")
    assert ("At the 3,000 in / 400 out size, 20,000 calls a day: per-token $92.00 vs per-call $80.00 a day" in
            reply.text)
    assert "per-call is cheaper by $12.00 a day" in reply.text


@pytest.mark.parametrize("said", ["they only work business days so use 21 of them",
                                  "business days only, assume 21",
                                  "weekdays aren't it: working days, count 21 of them"])
def test_business_days_counted_after_them_make_the_month(said: str) -> None:
    # before: the count was unread and the month was 730 hours (× 5 ÷ 7 at best)
    reply = _reply(f"10k calls per business day, 1,000 in / 100 out, $1/$5 per M. monthly cost? {said}, not a full "
                   "month")
    assert "Per month of 21 days: $15.00 × 21 days = *$315.00*" in reply.text


@pytest.mark.parametrize("name", ["Model X", "Vendor Y", "Titan"])
def test_an_invoice_line_whose_description_names_a_model_first(name: str) -> None:
    # before: "Model X input tokens" was no token line, so the ask was "not understood"
    reply = _reply("INVOICE PREVIEW\nLine  Description              Qty      Unit price\n"
                   f"1     {name} input tokens     800M     $1.25 / 1M\n"
                   f"2     {name} output tokens    90M      $5.00 / 1M\n"
                   "input, output and total for the month?")
    assert reply.intent == "quote"
    assert "$1,000.00 + $450.00 = *$1,450.00*" in reply.text


@pytest.mark.parametrize("said,read", [
    ("peak to avg ~4:1 wait no 2.5 to 1", "peak-to-average ratio of 2.5"),
    ("peak-to-average 4x, sorry, 2.5x", "peak-to-average ratio of 2.5"),
    ("peak to average is 4 to 1, actually 2.5 to 1", "peak-to-average ratio of 2.5"),
])
def test_a_ratio_taken_back_and_said_again(said: str, read: str) -> None:
    # before: the first ratio was used (or the two were asked about)
    reply = _reply(f"spiky traffic, {said}. sized for peak, 30% discount: utilization and cost vs on-demand?")
    assert read in reply.text
    assert "1.75× on-demand" in reply.text


@pytest.mark.parametrize("said", ["at 30% off, sorry 35% off", "at 30% off wait no 35%", "discount 30%, no wait, 35%"])
def test_a_discount_taken_back_is_no_second_option(said: str) -> None:
    # before: 30% and 35% were two discounts compared side by side
    reply = _reply(f"provisioned {said}, we run them at 70%. worth it?")
    assert reply.data["request"]["fields"]["discount"] == "0.35"
    assert "(1 − 35%) ÷ 70% = 0.9286× on-demand" in reply.text


@pytest.mark.parametrize("term", ["peak-to-average ratio (busiest hour divided by a typical hour) is 2.5",
                                  "peak-to-average (peak load over the average one) of 2.5"])
def test_a_terms_meaning_in_brackets_before_its_figure(term: str) -> None:
    # before: the ratio was unread, and the reply asked for it
    reply = _reply(f"the architect says our {term}, sized for peak. discount 30% off on-demand. utilization and "
                   "cost vs on-demand?")
    assert "peak-to-average ratio of 2.5" in reply.text
    assert "1.75× on-demand" in reply.text


@pytest.mark.parametrize("key", ["cache hit rate last month", "hit rate (30d)", "observed hit ratio, mtd"])
def test_a_hit_rate_keyed_with_the_span_it_was_observed_over(key: str) -> None:
    # before: the 80% was unread and the writes came from a random-arrival model instead
    reply = _reply(f"usage export, summarised:\ncalls per day: 2,000\nshared prefix: 10,000 tokens\n"
                   f"input: $2.00/1M   cached input: $0.50/1M\n{key}: 80%\nnet saving a day?")
    assert "Writes a day = misses = 2,000 × (1 − 80%) = 400; hits = 2,000 × 80% = 1,600" in reply.text


def test_lines_of_one_day_priced_over_the_week_asked() -> None:
    # before: the day's token counts were read as the week's (a seventh of the bill)
    reply = _reply("invoice lines from Monday (one day of traffic, typical):\n"
                   "  LINE  DESCRIPTION                QTY          UNIT PRICE\n"
                   "  001   Input tokens - model Q     20,000,000   $3.00 / 1M\n"
                   "  002   Output tokens - model Q    2,000,000    $15.00 / 1M\n"
                   "they want a weekly number, 7 days a week at the same volume")
    assert "Per day: $60.00 + $30.00 = *$90.00*" in reply.text
    assert "Per week: $90.00 × 7 days = *$630.00*" in reply.text


@pytest.mark.parametrize("heading", ["Week 23 summary, from the billing export:", "week 7 report (provider console)"])
def test_a_numbered_weeks_counts_are_that_weeks(heading: str) -> None:
    # before: the calls had no period, and the reply asked whether they were a day's, an hour's or a month's
    reply = _reply(f"{heading}\ncalls                70,000\ncache hit rate       90%\ncached prefix        4,000 tok\n"
                   "input rate           $3.00 / 1M\ncache read           $0.30 / 1M\ncache write          $3.75 / 1M\n"
                   "weekly net after the write premium?")
    assert "Per week (70,000 calls, 63,000 hits)" in reply.text


def test_a_steady_load_sized_for_peak_with_the_choice_asked_is_a_scenario() -> None:
    # before: "would size it to cover their peak" read as the size asked, so no verdict across the structures
    reply = _reply("in production two years, steady round the clock, peak-to-average 1.25. offered provisioned at 40% "
                   "off and they would size it to cover their peak. is provisioned the right call?")
    assert reply.intent == "scenario"
    assert "*Provisioned throughput: recommended.*" in reply.text


def test_stay_on_per_token_or_pitch_something_else_is_the_choice_asked() -> None:
    reply = _reply("cust in prod, support bot flat ~85% of committed capacity 24/7, rarely spikes, 40% off for "
                   "provisioned on a 12 mo term. stay on per token or pitch something else?")
    assert reply.intent == "scenario"
    assert "*Provisioned throughput: recommended.*" in reply.text


@pytest.mark.parametrize("said", ["direct: input $4.00/1M, output $12.00/1M. vertex: input $5.00/1M, output $15.00/1M.",
                                  "Vertex = in $5 per million, out $15 per million; direct = in $4, out $12.",
                                  "               direct     vertex\ninput/1M       $4.00      $5.00\n"
                                  "output/1M      $12.00     $15.00\n"])
def test_each_channels_two_rates_after_its_name(said: str) -> None:
    # before: no rate was read, and the reply asked for the list markup
    reply = _reply(f"{said}\ntheir GCP commit takes 20% off. list markup, and the effective one after it?")
    assert "(1 + 25%) × (1 − 20%) − 1 = *0%*" in reply.text


def test_a_sheets_spend_cell_named_by_its_column_with_whose_it_is_in_brackets() -> None:
    # before: the $40,000 was left unused, so no bill through the hyperscaler
    reply = _reply("Vendor,Monthly spend (direct API),Hyperscaler list markup,Customer EA discount\n"
                   'Bedrock,"$50,000",20%,10%\nwhat would they pay a month through Bedrock?')
    assert "On the hyperscaler: $50,000.00 a month direct × (1 + 8%) = *$54,000.00* a month" in reply.text


@pytest.mark.parametrize("key", ["trailing on-demand invoice for same traffic (monthly)",
                                 "current on-demand charges, same traffic, per month"])
def test_an_on_demand_invoice_keyed_beside_units(key: str) -> None:
    # before: the $250k was unused, so the units' bill was set against nothing
    reply = _reply(f"Reservation summary\n  units: 10\n  rate_per_unit_hour: $30.00\n  billing: 24x7, 730 hrs/mo\n"
                   f"  {key}: $250k\nwhat does the reservation run per month, and how far under on-demand?")
    assert "10 × $30.00 × 730 h = *$219,000.00* a month, against $250,000.00 a month on-demand" in reply.text
    assert "*$31,000.00 a month less* than on-demand" in reply.text


def test_a_long_format_export_with_columns_before_the_metric() -> None:
    # before: no row was read, and the reply asked for the prefix and the calls
    reply = _reply("billing export (June, 30-day month):\ndate_range,model,metric,value\n"
                   "2024-06,gpt-4o,input_rate_per_1m,2.50\n2024-06,gpt-4o,cached_input_rate_per_1m,1.25\n"
                   "2024-06,gpt-4o,requests,900000\n2024-06,gpt-4o,avg_cacheable_prefix_tokens,2000\n"
                   "about 3 in 4 requests hit the cache. what's one hit saving them?")
    assert "2,000 × ($2.50/1M − $1.25/1M) = *$0.0025*" in reply.text


@pytest.mark.parametrize("said", ["automatic caching doesn't charge anything extra on writes",
                                  "the provider does not bill anything more for cache writes",
                                  "there's nothing extra for the writes"])
def test_writes_said_to_cost_nothing_extra(said: str) -> None:
    # before: the writes were priced at 1.25× input, a net short of what caching saved
    reply = _reply(f"6,000 token prefix, input $2/M, cached input $0.50/M, 10k calls a day, 90% hit rate; {said}. "
                   "net saving a day?")
    assert "9,000 hits × $0.009 ($81.00) − 1,000 writes × $0.00 ($0.00) = *$81.00 a day*" in reply.text


def test_offers_whose_reads_are_shares_of_input_priced_over_the_month_of_days() -> None:
    # before: offer B (reads as a quarter of input, writes at input) was not an option, so only A was priced
    reply = _reply("Prefix 4,000 tokens, input $3 per million, 20,000 calls per business day, 21 business days in "
                   "their month, 90% of calls hit the cache and each miss is a write.\n"
                   "Offer A: reads at 10% of input ($0.30/MTok), writes at $3.75/MTok.\n"
                   "Offer B: reads at a quarter of input ($0.75/MTok), writes cost the same as normal input.\n"
                   "net monthly saving under each?")
    assert "= *$188.40 a day*; × 21 days = *$3,956.40* a month of 21 days" in reply.text
    assert "= *$162.00 a day*; × 21 days = *$3,402.00* a month of 21 days" in reply.text


@pytest.mark.parametrize("row", ["error_rate,30d,0.4%", "timeout_rate,30d,2%"])
def test_a_service_metrics_percentage_is_no_utilization(row: str) -> None:
    # before: "0.4%" under an error rate was the utilization: "16150% above on-demand"
    reply = _reply(f"grafana export, last 30 days:\nmetric,window,value\navg_tokens_per_minute,30d,40000\n"
                   f"p50_latency_ms,30d,820\n{row}\nvendor offers 35% off on-demand for provisioned. traffic is "
                   "bursty. how many TPM should we commit to cover the peaks, and does it break even?")
    assert "% utilization: cost vs on-demand" not in reply.text
    assert "the peak-to-average inference ratio" in reply.text


def test_a_capacitys_tokens_at_full_use_keyed() -> None:
    # before: "tokens_at_full_use: 14.6bn / month" was a call of 14.6bn tokens, and the full-use cost was not worked out
    reply = _reply("$ deployments show\n  capacity_units:      4\n  unit_price:          3.00 USD / unit-hour\n"
                   "  tokens_at_full_use:  10bn / month\non-demand blended rate is $1.00 per million tokens. monthly "
                   "commit, what those tokens cost on-demand, and the break-even utilization?")
    assert "10,000,000,000 × $1.00/1M = *$10,000.00*" in reply.text
    assert "break-even utilization = $3.00 ÷ $3.4247 = *87.6%*" in reply.text


@pytest.mark.parametrize("key", ["cache writes observed", "cache writes measured", "cache writes (logged)"])
def test_a_keyed_count_said_with_how_it_was_seen(key: str) -> None:
    # before: the 100 writes were a second call volume, and the reply asked which to use
    reply = _reply(f"prefix: 6,000 tokens\nbase input: $3.00 / MTok\ncache read: $3.00 x 0.1 = $0.30 / MTok\n"
                   f"cache write: $3.75 / MTok\ntraffic: 8,000 calls per day\n{key}: 100 per day\nnet per day?")
    assert "7,900 hits × $0.0162 ($127.98) − 100 writes × $0.0045 ($0.45) = *$127.53 a day*" in reply.text


def test_a_fixed_preamble_inside_a_summed_call_keeps_its_figure() -> None:
    # before: the prefix was the call's whole 10,000 tokens (a saving of $281.25 a day against $225.00)
    reply = _reply("Each call sends an 8 000-token fixed preamble followed by about 2 000 tokens of question, so "
                   "10 000 input tokens per call. Input is $1.25 per million, cached reads a quarter of that, "
                   "no extra charge "
                   "for writing; every call hits. At 30 000 calls per day, the daily saving?")
    assert "8,000 × ($1.25/1M − $0.3125/1M) = *$0.0075*" in reply.text
    assert "*$225.00 a day*" in reply.text


def test_the_discount_asked_with_a_phone_spelling() -> None:
    # before: "wat discount wud they need" was not read as the discount asked, so only the utilization was worked out
    reply = _reply("acme gets 35% off for provisioned. they avg around 70% util, wat discount wud they need to land "
                   "10% under on-demand at that")
    assert "For a 10% saving at 70% utilization the discount must be 1 − 70% × (1 − 10%) = *37%*" in reply.text


def test_a_keyed_spend_with_a_dot_leader_after_est() -> None:
    # before: "est. ........ $18,400 / month" was no spend, so no monthly bill through Vertex
    reply = _reply("  direct OpenAI spend, est. ........ $20,000 / month\n"
                   "  Vertex list vs direct ............ +25%\n  Google EA discount ............... a fifth off\n"
                   "through Vertex: effective markup and monthly bill?")
    assert "$20,000.00 a month direct × (1 + 0%) = *$20,000.00* a month" in reply.text


@pytest.mark.parametrize("said", ["11.2bn est monthly input tokens, 1.4bn est monthly output tokens",
                                  "11.2bn monthly input tokens and 1.4bn monthly output tokens"])
def test_a_count_whose_period_is_an_adjective_before_it(said: str) -> None:
    # before: the counts were unread, and the reply asked for each unit's throughput
    reply = _reply(f"24 units, $2.75 per unit-hour, {said}. on-demand is $2.50 per M in and $10 per M out. "
                   "which is cheaper and by how much?")
    assert "$28,000.00 + $14,000.00 = *$42,000.00* a month" in reply.text


def test_a_repo_summary_sent_on_every_call_is_the_prefix() -> None:
    # before: no prefix was read, and the reply asked for it
    reply = _reply("code-review agent front-loads a 10,000-token repo summary on every review. input $2/M, cache "
                   "reads $0.20/M, writes $2.50/M. 7,000 reviews a week, 700 rewrites a week. net weekly saving?")
    assert "10,000 × ($2.00/1M − $0.20/1M) = *$0.018*" in reply.text


@pytest.mark.parametrize("row", ["| on-demand usage, last month  | -   | $14,000.00 total  |",
                                 "| on-demand spend, last month   | -   | $14,000.00        |"])
def test_an_on_demand_total_on_a_line_of_a_bill(row: str) -> None:
    # before: "$14,000.00 total" was unused, so the units' bill was set against nothing
    reply = _reply("| line                         | qty | unit price        |\n"
                   "|------------------------------|-----|-------------------|\n"
                   "| provisioned units (24x7)     | 8   | $2.00 / unit-hr   |\n"
                   f"{row}\nsame traffic either way. what would the 8 units cost a month and how much do they save?")
    assert "8 × $2.00 × 730 h = *$11,680.00* a month, against $14,000.00 a month on-demand" in reply.text


def test_a_sheets_key_cut_short_with_a_full_stop() -> None:
    # before: "offered provisioned disc.  40%" was no discount, and the reply asked what 40% was
    reply = _reply("metric                     value\nhours active               24x7\n"
                   "peak / avg                 1.25\noffered provisioned disc.  40% vs on-demand\n"
                   "what structure should we propose?")
    assert not reply.data.get("ambiguities")
    assert "Break-even utilization at a 40% discount: 1 − 40% = 60%." in reply.text


@pytest.mark.parametrize("head,cell", [("Direct API (mo)", "$20,000"), ("Direct spend (monthly)", "$20,000")])
def test_a_spend_cell_under_a_column_naming_whose_spend_and_its_period(head: str, cell: str) -> None:
    # before: "$20,000 direct api (mo)" was unused, so no monthly bill through the hyperscaler
    reply = _reply(f"Service              {head}   Bedrock list uplift   Customer EA discount\n"
                   f"Claude workload      {cell}           +25%                  20% off\n"
                   "what's the real markup, and their monthly Bedrock bill?")
    assert "$20,000.00 a month direct × (1 + 0%) = *$20,000.00* a month" in reply.text


def test_an_azure_cost_exports_units_billed_by_the_hour() -> None:
    # before: "ProvisionedManaged  4  1 Hour  26.50" was unread, and the reply asked for a discount
    reply = _reply("Azure cost export, provisioned deployment:\nResourceType        Qty  UnitOfMeasure  UnitPrice\n"
                   "ProvisionedManaged  3    1 Hour         20.00\nthe same traffic on paygo runs about $1,500/day. "
                   "over a 730-hr month, the PT bill vs the paygo bill?")
    assert "3 × $20.00 × 730 h = *$43,800.00* a month, against $45,625.00 a month on-demand" in reply.text


@pytest.mark.parametrize("aside", ["that's the hourly price of one reserved unit", "the cost of 1 unit for an hour"])
def test_the_price_of_one_unit_is_no_count_of_units(aside: str) -> None:
    # before: "one reserved unit" was a second unit count, and the reply asked whether 6 or 1 units were meant
    reply = _reply(f"The offer is six units at $4.00 per unit-hour ({aside}), billed round the clock for a month. On "
                   "demand the same traffic is 2bn input and 400M output tokens a month at $5 and $15 per million. "
                   "reservation per month against on-demand?")
    assert not reply.data.get("ambiguities")
    assert "6 × $4.00 × 730 h = *$17,520.00* a month" in reply.text


@pytest.mark.parametrize("key", ["calls_in_quarter: 900k", "calls in the quarter: 900k"])
def test_a_count_keyed_with_the_period_it_is_in(key: str) -> None:
    # before: the 900k had no period, and the reply asked for the call volume
    reply = _reply(f"Q3 export, not caching yet:\n{key}\nshared_prefix_tokens: 5,000\ninput_rate_per_mtok: 3.00\n"
                   "cache_write_rate_per_mtok: 3.75\ncache_read_rate_per_mtok: 0.30\nat a 90% hit rate, the quarter's "
                   "net saving?")
    assert "Per quarter" in reply.text
    assert "810,000 hits" in reply.text


def test_going_direct_would_cost_em() -> None:
    # before: "cost em 400k a yr" was no direct spend, so no yearly bill through the hyperscaler
    reply = _reply("bedrock runs ~25% over direct, client has a 20% EA discount w aws. going direct would cost em 400k "
                   "a yr. what do they pay per year thru aws?")
    assert "$400,000.00 a year direct × (1 + 0%) = *$400,000.00* a year" in reply.text


@pytest.mark.parametrize("claim", ['"pays for itself at anything above 65 %"', "pays off above 65%"])
def test_a_load_it_is_claimed_to_pay_at_is_no_discount(claim: str) -> None:
    # before: the 65% was the discount (a "yes" at 0.5× on-demand), though the quote gave none
    reply = _reply(f"a colleague told the client that provisioned {claim}. the client reckons they'd sustain roughly "
                   "seventy per cent utilisation, but the quote doesn't say what discount they'd get. does provisioned "
                   "break even for them?")
    assert reply.data["request"]["fields"].get("discount") is None
    assert "the provisioned discount versus on-demand" in reply.text


def test_units_keyed_with_what_was_done_to_them() -> None:
    # before: "units_provisioned: 50" was no unit count, so the quote priced only the on-demand tokens
    reply = _reply("units_provisioned: 40\nunit_rate: $2.00/unit-hour\nbilling_period: 30-day month\n"
                   "forecast_input_tokens_per_month: 10bn\nforecast_output_tokens_per_month: 2bn\n"
                   "on_demand_input: $2.50 per M\non_demand_output: $10 per M\nis the commit worth it?")
    assert "40 × $2.00 × 720 h = *$57,600.00* a month, against $45,000.00 a month on-demand" in reply.text
