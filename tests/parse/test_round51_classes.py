"""Round 51's fix rounds: classes of misread found by blind batches 252 and later. Each message is our own; each reply
is checked for what a rep would read."""

from __future__ import annotations

import pytest

from bot import router


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


@pytest.mark.parametrize("peak", ["peak running only 1.25x the average", "peak topping out at 1.25x the average",
                                  "peaks hitting about 1.25 times the average"])
def test_a_peak_said_with_a_verb_in_ing_against_the_average(peak: str) -> None:
    # before: the ratio was unread, so the capacity's utilization was unknown and provisioned only "worth evaluating"
    reply = _reply(f"fraud team, in prod for a year. {peak}, 24/7, growing. 40% off for a one-year provisioned "
                   "commitment. which structure should we steer them to?")
    assert "*Provisioned throughput: recommended.* Sized for peak it runs at about 80% utilization" in reply.text


def test_a_ratio_said_beside_the_loads_it_comes_from_is_one_ratio() -> None:
    # before: "~1.17" and 1.05M ÷ 900k were two ratios, and the reply asked which one to use
    reply = _reply("capacity sheet:\nAvg tokens/min: 900k\nPeak tokens/min: 1.05M\nPeak-to-average: ~1.17\n"
                   "Hours: 24x7, volume flat through FY\nwhich pricing structure do we lead with?")
    assert not reply.data.get("ambiguities")
    assert "*Provisioned throughput: recommended.* Sized for peak it runs at about 85.7% utilization" in reply.text


def test_a_ratio_said_beside_loads_it_does_not_match_is_still_asked_about() -> None:
    reply = _reply("avg 900k TPM, peak 1.5M TPM, peak-to-average ~1.17, 35% off provisioned: cost sized for peak?")
    assert "I read 1.67 and 1.17" in reply.text


@pytest.mark.parametrize("line", ["Direct-API equivalent spend, year one: $250,000",
                                  "direct spend (year 1): $250,000",
                                  "Direct API spend, first year: $250,000"])
def test_a_direct_spend_over_the_contracts_first_year(line: str) -> None:
    # before: the amount was unused, so the markup had no bill through the hyperscaler
    reply = _reply(f"Bedrock lists 20% over direct, their EDP is 10%.\n{line}\nwhat does year one cost through "
                   "Bedrock?")
    assert "On the hyperscaler: $250,000.00 a year direct × (1 + 8%) = *$270,000.00* a year" in reply.text


@pytest.mark.parametrize("asked", [
    "Where's the break-even utilization, and what does that 90% put their cost at against on-demand? Go?",
    "Where does break-even sit, and what does that 90% put their cost at against on-demand? Go?",
    "How does that compare with paying as they go?",
])
def test_the_break_even_asked_beside_a_yes_or_no(asked: str) -> None:
    # before: a flat round-the-clock load with a yes/no (or what read as one: "as they go?") was mapped across the
    # structures, with no cost at the utilization said
    reply = _reply("Northwind run a triage model flat out around the clock; the provider offered reserved capacity "
                   f"at 25% below on-demand, and they'd keep it about 90% busy. {asked}")
    assert reply.intent == "break_even"
    assert "(1 − 25%) ÷ 90% = 0.8333× on-demand" in reply.text


def test_a_console_table_of_deployments_with_a_price_per_unit_per_hour() -> None:
    # before: "Price/PTU/hr" was no unit-hour price, so the 20 units had no bill and a quote was given instead
    reply = _reply("console, deployments:\n\nDeployment\tSKU\tPTUs\tPrice/PTU/hr\nchat-prod\tProvisionedManaged\t20\t"
                   "$3.00\n\nmonthly forecast:\ninput_tokens\t4bn\t@ $2.50/M\noutput_tokens\t500M\t@ $10.00/M\n\n"
                   "provisioned vs on-demand for a month?")
    assert reply.intent == "break_even"
    assert "20 × $3.00 × 730 h = *$43,800.00* a month, against $15,000.00 a month on-demand" in reply.text


def test_a_sheets_quantity_of_units_beside_its_rate_per_unit_hour() -> None:
    # before: the 30 units were one unit ($4,380.00 a quarter against $140,000.00), and "one quarter (3 x 730 h)"
    # was a 25% utilization
    reply = _reply("sku,qty,rate_per_unit_hr,hours\nPTU (eastus),30,2.00,2190\n\n^ that's one quarter (3 x 730 h). "
                   "on-demand last quarter came to about $140k. what's the reservation for the quarter, and the "
                   "saving?")
    assert "30 × $2.00 × 2,190 h = *$131,400.00* a quarter" in reply.text
    assert "*$8,600.00 a quarter less*" in reply.text
    assert not reply.data["request"]["fields"].get("utilization")


def test_a_quarter_with_its_weeks_in_brackets() -> None:
    # before: the quarter was 91.25 days ($5,286.00) though the message counts thirteen weeks
    reply = _reply("prefix of 3,000 tokens, $3/M input, $0.30/M cached, 50,000 calls a week. what's it worth over a "
                   "quarter (thirteen weeks), every call a hit?")
    assert "$57.86 × 91 ≈ *$5,265.00* net" in reply.text


@pytest.mark.parametrize("growth", ["forecast +5%/qtr", "volume growing 5% a quarter",
                                    "traffic up 8% month over month"])
def test_a_rate_of_growth_is_no_utilization(growth: str) -> None:
    # before: 5% (or 25%, "a quarter") was the utilization, and provisioned was "not recommended" at 12× on-demand
    reply = _reply(f"prod service, flat 24/7, peak-to-average ~1.2, {growth}. 40% off on-demand for a provisioned "
                   "commitment. which pricing structure should we lead with?")
    assert not reply.data["request"]["fields"].get("utilization")
    assert "*Provisioned throughput: recommended.* Sized for peak it runs at about 83.3% utilization" in reply.text


def test_a_fee_written_per_call_with_a_hyphen() -> None:
    # before: "$0.012 per-call fee" was unused and the reply asked for the fee
    reply = _reply("calls/qtr | avg in | avg out | per-call fee | in $/MTok | out $/MTok\n"
                   "1.2M | 640 | 35 | 1.2¢ | 1.25 | 5.00\nthe quarter under each?")
    assert "per-call 1,200,000 × $0.012 = $14,400.00" in reply.text


def test_the_spend_they_would_have_going_direct_said_first() -> None:
    # before: "spend would be 40k a month if they went direct" was unused: no bill through the hyperscaler
    reply = _reply("all in on azure. list is 30% over going direct, EA knocks fifteen percent off. effective markup? "
                   "spend would be 40k a month if they went direct")
    assert "$40,000.00 a month direct × (1 + 10.5%) = *$44,200.00* a month" in reply.text


def test_a_hyperscaler_at_list_price_plus_a_share() -> None:
    # before: "the same usage ... at list price plus 40%" was a 40% utilization, and the markup was asked for
    reply = _reply("direct at $18,000 a month, or the same usage through Bedrock at list price plus 40%, less their "
                   "EA of 12.5%. effective markup and the monthly bill on Bedrock?")
    assert "(1 + 40%) × (1 − 12.5%) − 1 = *22.5%*" in reply.text
    assert not reply.data["request"]["fields"].get("utilization")


def test_half_as_an_adverb_is_no_share() -> None:
    # before: "I half get it" was a 50% figure, and the Okta comparison asked for was a break-even asking for a discount
    reply = _reply('Their identity team says provisioned throughput is "just like our Okta concurrent licenses". '
                   "I half get it. Can you walk me through that comparison?")
    assert reply.intent == "glossary"
    assert "Okta" in reply.text and "50%" not in reply.text


def test_a_per_call_price_weighed_with_no_fee_asks_for_it() -> None:
    # before: a per-token quote of the call, with no word that the fee is needed to compare
    reply = _reply("A competitor quoted them a flat per-call price. Calls average 900 input and 50 output tokens; our "
                   "rates are $0.15/M in and $0.60/M out. Is their per-call price the better deal?")
    assert reply.intent == "per_call"
    assert "per_call_fee" in {m["field"] for m in reply.data["missing"]}


def test_a_cache_that_never_hits_costs_its_writes_over_the_month_too() -> None:
    reply = _reply("a job fires every 12 minutes around the clock with a 9,000-token prefix marked for caching; the "
                   "TTL is 5 minutes. input $3/MTok, writes $3.75/MTok. what does caching cost them a month?")
    assert "= *$0.81 a day* over sending the prefix uncached ($0.81 × 730 h ÷ 24 h = *$24.64 a month*)" in reply.text


def test_a_weeks_export_of_keyed_counts_and_the_writes_among_its_requests() -> None:
    # before: the requests had no period, "prefix tokens per request" was no prefix, and the writes were unread
    reply = _reply("Billing export, week of 3/10, Orion Legal:\n\nrequests: 1.4M\nprefix tokens per request: 12k\n"
                   "input $1.25/1M, cache read $0.125/1M, cache write $1.5625/1M\n\n3,200 of those requests wrote the "
                   "cache, every other one was a hit. What did caching net them for the week?")
    assert "Per week (1,400,000 calls, 1,396,800 hits): hits save $18,856.80 − writes cost $12.00 = *$18,844.80*" in (
        reply.text)


def test_an_invoice_line_of_calls_at_a_unit_price() -> None:
    # before: the quantity had no period asked and the unit price was no fee: a per-token quote of one call
    reply = _reply("INVOICE 1042 (vision API)\n  Item: classification   Qty: 1,250,000 calls   Unit: $0.0022   "
                   "Amount: $2,750.00\n\nour endpoint: 1,000 input and 25 output tokens a doc at $0.40/M in and "
                   "$1.60/M out. those same calls per-token, and how big before the flat fee comes out ahead?")
    assert reply.intent == "per_call"
    assert "*5,125 tokens per call*" in reply.text
    assert "per-token 1,250,000 × $0.00044 = *$550.00*" in reply.text


def test_two_offers_each_with_its_cache_prices_as_shares_of_input() -> None:
    # before: offer B's writes were priced at A's 125% ($185.00 a day instead of $190.00)
    reply = _reply("Two offers, same workload: 5,000-token prefix, 40,000 calls a day, 95% hits, input $2 per MTok on "
                   "both.\nOffer A: cache reads at 10% of the input rate, cache writes at 125% of the input rate.\n"
                   "Offer B: cache reads at half the input rate, no write surcharge at all.\nWhich nets more a day?")
    assert "38,000 hits × $0.005 − 2,000 writes × $0.00 (no write premium) = *$190.00 a day*" in reply.text
    assert "A) nets $147.00 a day more." in reply.text


@pytest.mark.parametrize("offer", ["aws is floating 35 off", "they offered 35 off on-demand"])
def test_a_share_off_said_without_its_sign(offer: str) -> None:
    # before: "35 off" was no discount, and the cost at the utilization said was not worked out
    reply = _reply(f"cust thinks theyll avg ~72% util on the reserved capacity. {offer}, where does that land them?")
    assert "(1 − 35%) ÷ 72% = 0.9028× on-demand" in reply.text


def test_what_going_direct_would_run_them() -> None:
    # before: "direct would run them 40k/qtr" was unused, so no quarter's bill through the hyperscaler
    reply = _reply("bedrock list sits 25% above direct, their EA knocks 12% off that. direct would run them 40k/qtr. "
                   "what do they pay per quarter thru aws?")
    assert "$40,000.00 a quarter direct × (1 + 10%) = *$44,000.00* a quarter" in reply.text


@pytest.mark.parametrize("asked", ["does that even pencil out", "does the maths hold up", "can they make that work"])
def test_a_yes_or_no_question_typed_without_its_mark(asked: str) -> None:
    # before: with no question mark the message asked nothing, so the workload was mapped across the structures
    reply = _reply(f"sizing ptus for a spiky support bot. peak to avg is 2.5 to 1 and they wanna size for peak. "
                   f"provisioned discount quoted is 40%. {asked}")
    assert reply.intent == "break_even"
    assert "(1 − 40%) × 2.5 = 1.5× on-demand" in reply.text


def test_a_spend_key_naming_its_period_before_its_noun() -> None:
    # before: "direct api quarterly spend = 60000" was unused: no quarter's bill through the hyperscaler
    reply = _reply("Vertex review:\n  direct_api_quarterly_spend = 60000\n  vertex_list_premium = 0.25\n"
                   "  ea_discount_on_gcp_commit = 0.2\n\neffective premium after the EA, and the quarterly number?")
    assert "$60,000.00 a quarter direct × (1 + 25%) = *$75,000.00* a quarter" in reply.text


def test_a_periods_numbers_named_inline_with_the_writes_among_them() -> None:
    # before: the calls had no period and "had to write the cache" was no count of writes
    reply = _reply("Weekly numbers from the pilot: 50k calls, of which 2,000 had to write the cache (the rest were "
                   "hits). Prefix 6,000 tokens; input $3/M, cache hits $0.30/M, writes $3.75/M. Net saving per week?")
    assert "hits save $777.60 − writes cost $9.00 = *$768.60* net" in reply.text


def test_a_period_before_the_calls_it_is_over() -> None:
    # before: "per day across 25000 calls" left the calls unread
    reply = _reply("3,000-token system prompt, $3/M input, cache reads at a tenth of that. Saving per day across "
                   "twenty-five thousand calls, every call a hit?")
    assert "*$202.50 a day*" in reply.text


def test_tokens_sent_uncached_are_not_read_from_the_cache() -> None:
    # before: "input uncached: 310,000,000 tokens" was the month's cached tokens ($697.50 of savings, a wrong figure)
    reply = _reply("March usage:\ninput_uncached: 310,000,000 tokens at $2.50/MTok\ncache_write: 40,000,000 tokens at "
                   "$3.125/MTok\ncache_read: 1,200,000,000 tokens at $0.25/MTok\nwhat did caching save vs the plain "
                   "input rate?")
    assert "$697.50" not in reply.text
    assert "10,191,780" not in reply.text  # 310,000,000 over a 730-hour month, as if read from the cache


@pytest.mark.parametrize("text", [
    "The SE told the customer their cache has a five-minute TTL. What does that actually mean for their bill?",
    'their dev pasted {"cache_control": {"type": "ephemeral", "ttl": "1h"}} and asked what does the TTL actually do '
    "to our bill?",
])
def test_what_a_ttl_means_for_the_bill(text: str) -> None:
    # before: a caching answer asking for a prefix and calls, with no word on what a TTL is
    reply = _reply(text)
    assert reply.intent == "glossary"
    assert "*TTL (cache lifetime)*" in reply.text


def test_units_shortened_to_prov() -> None:
    # before: "4 prov units" were no units, so the month's bill was not worked out
    reply = _reply("cust lookin at 4 prov units @ $1.85 per unit hr running 24/7. whats that a month? there on demand "
                   "bill for the same tokens is ~7k/mo so how much do they save")
    assert "4 × $1.85 × 730 h = *$5,402.00* a month" in reply.text
    assert "*$1,598.00 a month less*" in reply.text


def test_the_discount_that_gets_a_named_buyer_under_on_demand() -> None:
    # before: "gets Northwind to 10% under on-demand" was a 10% discount (1.64× on-demand)
    reply = _reply("forecast sustained util ~55%. what discount do we need to break even? and what discount gets "
                   "Northwind to 10% under on-demand?")
    assert "discount = 1 − 55% × (1 − 10%) = *50.5%*" in reply.text
