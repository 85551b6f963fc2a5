"""Round 53's fix rounds: classes of misread found by blind batches 273 and later. Each message is our own; each reply
is checked for what a rep would read."""

from __future__ import annotations

import pytest

from bot import router


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


@pytest.mark.parametrize("said,through,period", [
    ("what would $50k of direct spend cost them through Azure?", "$53,200.00", ""),
    ("and by how much on 600k a year of direct spend?", "$638,400.00", " a year"),
    ("what does $50,000 of their direct-API list usage come to on Azure?", "$53,200.00", ""),
])
def test_a_direct_spend_said_as_what_it_is_of(said: str, through: str, period: str) -> None:
    # before: the amount was unused ("Not used: $50k") or a count of calls a year, and no spend was priced
    reply = _reply(f"Azure lists 40% over direct and their EA takes 24% off. {said}")
    assert f"On the hyperscaler: ${'600,000.00' if period else '50,000.00'}{period} direct × (1 + 6.4%) = *{through}*" \
        in reply.text


@pytest.mark.parametrize("key", ["cached_tokens", "corpus tokens", "prefix"])
def test_an_aligned_key_before_a_figure_grouped_by_thousands(key: str) -> None:
    # before: the line under a title holding a comma was read as a CSV row, "80,000" as the cells "80" and "000"
    reply = _reply(f"cache sheet, legal corpus\n{key}      80,000\ninput        $1.25 / 1M\n"
                   "cached input $0.3125 / 1M\nqueries      500 a day\nsaving per hit and per day?")
    assert "80,000 × ($1.25/1M − $0.3125/1M) = *$0.075*" in reply.text


@pytest.mark.parametrize("said", ["ignore the hourly re-creation cost for now", "leaving aside the daily re-writes",
                                  "excluding the hourly recreation costs"])
def test_writes_set_aside_with_how_often_they_happen(said: str) -> None:
    # before: the writes were billed, so the net was the hits' saving less writes and storage
    reply = _reply("100,000-token context cache, $1.25/M input, $0.3125/M cached, storage $4.50 per 1M tokens per "
                   f"hour, recreated each hour over 10 active hours a day, 400 queries a day all from the cache. "
                   f"net per day? {said}")
    assert "$37.50 − $4.50 storage = *$33.00 a day*" in reply.text


@pytest.mark.parametrize("head,label", [("usage_date", "daily avg"), ("window", "avg/day"), ("period", "per day")])
def test_a_rows_label_names_its_period_whatever_its_column(head: str, label: str) -> None:
    # before: the tokens were one call's, and the quote asked for a call volume
    reply = _reply(f"{head} | input_tokens | output_tokens\n{label} | 20M | 4M\n\n$2 per 1M in, $8 per 1M out. "
                   "30-day month number?")
    assert "Per month of 30 days: $72.00 × 30 days = *$2,160.00*" in reply.text


@pytest.mark.parametrize("said", ["what discount would make provisioned ten per cent cheaper than on-demand?",
                                  "what discount would make the PTU deal 10% cheaper than OD?",
                                  "what discount makes it 10% less than on-demand?"])
def test_a_discount_that_makes_it_a_share_cheaper(said: str) -> None:
    # before: the 10% was read as the discount on offer (provisioned "25% above on-demand")
    reply = _reply(f"They forecast a steady 80% utilisation. {said}")
    assert "discount = 1 − 80% × (1 − 10%) = *28%*" in reply.text


@pytest.mark.parametrize("asked", ["are they cheaper than on-demand at 80% use?",
                                   "is that below on-demand at 80% use?"])
def test_a_load_said_as_use_right_after_its_figure(asked: str) -> None:
    # before: "80% use" was a second discount, the two compared
    reply = _reply(f"PTUs at 30% off. {asked}")
    assert "(1 − 30%) ÷ 80% = 0.875× on-demand" in reply.text


@pytest.mark.parametrize("fee,asked", [
    ("flat fee per invocation, amount TBD from their AE", "which option comes out cheaper for them per month?"),
    ("flat fee per call, figure still to be confirmed", "which plan works out cheaper?"),
])
def test_a_per_call_option_whose_amount_is_open(fee: str, asked: str) -> None:
    # before: a recommendation of per-token with no fee asked for
    reply = _reply(f"| option | detail |\n|---|---|\n| A: per-token | $0.50 / 1M input, $2 / 1M output |\n"
                   f"| B: per-call | {fee} |\navg call: 1,000 in / 200 out, ~1M calls/month\n\n{asked}")
    assert reply.intent == "per_call"
    assert {m["field"] for m in reply.data["missing"]} == {"per_call_fee"}
    assert "input 1,000 × $0.50/1M = $0.0005" in reply.text


@pytest.mark.parametrize("key", ["Of which cache writes", "of which: cache writes", "incl. cache writes"])
def test_a_count_keyed_as_part_of_the_line_above(key: str) -> None:
    # before: the writes were unread and came from a random-arrival model instead
    reply = _reply(f"invoice, April\n  Input                  $3.00 / MTok\n  Cache write            $3.75 / MTok\n"
                   f"  Cache read             $0.30 / MTok\n  Prefix                 10,000 tokens\n"
                   f"  Requests               30,000\n  {key}   3,000  (rest were hits)\n\nwhat did caching net?")
    assert "hits save $729.00 − writes cost $22.50 = *$706.50* net" in reply.text


@pytest.mark.parametrize("asked", ["what did caching net us, and what's a single hit worth?",
                                   "what caching netted us vs none at all. and what's one hit worth?"])
def test_a_value_asked_after_pasted_lines_is_no_glossary_question(asked: str) -> None:
    # before: "what's a single hit worth?" was a meaning asked, and the reply opened on the glossary entry
    reply = _reply("usage, May:\n  Input        $3.00 / MTok\n  Cache read   $0.30 / MTok\n"
                   f"  Prefix       10,000 tokens\n  Requests     30,000\n\n{asked}")
    assert reply.intent == "caching"
    assert "A discounted rate for a prompt prefix" not in reply.text
    assert "*$0.027*" in reply.text


@pytest.mark.parametrize("said", ["Each unit chews through roughly 3M tokens an hour flat out",
                                  "one PTU gets through about 3M tokens an hour",
                                  "3M tokens each unit churns through an hour"])
def test_a_units_throughput_said_as_what_it_works_through(said: str) -> None:
    # before: one unit's tokens were the whole reservation's (on-demand priced for a fifth of the traffic)
    reply = _reply(f"five units at $20 per unit-hour, on around the clock for the month. {said}, and their blended "
                   "on-demand rate is $10 per million. monthly bill for the units vs on-demand for those tokens?")
    assert "5 × 3,000,000 tokens/hour × 730 h × 100% = 10,950,000,000" in reply.text
    assert "10,950,000,000 × $10.00/1M = *$109,500.00*" in reply.text


@pytest.mark.parametrize("said", ["$0.30 on a cache hit, $3.75 for a cache write",
                                  "$0.30 on each cache read and $3.75 for every cache write"])
def test_cache_prices_said_as_what_one_hit_or_write_is_billed(said: str) -> None:
    # before: both prices were unused, and the reply asked for the cache-read price
    reply = _reply(f"4,000-token system prompt, $3 in, {said}. 2,000 calls a day, 90% hits. net per day?")
    assert "4,000 × ($3.00/1M − $0.30/1M) = *$0.0108*" in reply.text
    assert "200 writes × $0.003" in reply.text


def test_what_a_hit_saves_is_no_cache_price() -> None:
    # (a guard on the class above) a saving said of one hit stays out of the cache prices
    reply = _reply("4,000-token system prompt, $3/M in, $0.30/M cached. the prefix saves $0.0108 on a cache hit. "
                   "2,000 calls a day, 90% hits. net per day?")
    assert "4,000 × ($3.00/1M − $0.30/1M) = *$0.0108*" in reply.text


@pytest.mark.parametrize("said", ["on demand for the same tokens wouldve been 6k",
                                  "on-demand for the same traffic would have been 6k"])
def test_what_on_demand_would_have_cost_said_bare(said: str) -> None:
    # before: "6k" was unused and no saving was worked out
    reply = _reply(f"4 ptus at $2/hr each, 24/7 for a 30 day month. {said}. what do the ptus cost and how much do "
                   "they save?")
    assert "4 × $2.00 × 720 h = *$5,760.00* a month, against $6,000.00 a month on-demand" in reply.text


@pytest.mark.parametrize("heading", ["yesterday's totals", "yesterday's numbers"])
def test_a_consoles_totals_named_by_the_period_they_cover(heading: str) -> None:
    # before: the reply asked whether the requests were a day's, an hour's or a month's
    reply = _reply(f"from the Anthropic console, {heading} for their claims-processing agent:\n\nrequests: 10,000\n"
                   "cache_creation_calls: 500\n"
                   "cached prefix: 4,000 tokens\nbase input: $3/MTok | cache read: $0.30/MTok | cache write: "
                   "$3.75/MTok\n\nwhat did caching net after the write premium?")
    assert "9,500 hits × $0.0108 ($102.60) − 500 writes × $0.003 ($1.50) = *$101.10 a day*" in reply.text


@pytest.mark.parametrize("said", ["choosing between per-token and a per-call tagging endpoint",
                                  "torn between a per-call endpoint and per-token"])
def test_a_choice_between_per_token_and_a_per_call_offer_asks_for_the_fee(said: str) -> None:
    # before: a per-token quote, with no fee asked for
    reply = _reply(f"They're {said}. Each request is about 1,000 in and 100 out at $1/M in and $4/M out. "
                   "Which way should they go?")
    assert reply.intent == "per_call"
    assert {m["field"] for m in reply.data["missing"]} == {"per_call_fee"}


def test_an_azure_provisioned_deployments_sku_capacity_is_its_units() -> None:
    # before: the units were unread, and the reply asked how many
    reply = _reply("sku.name:            ProvisionedManaged\nsku.capacity:        25\nprice_per_unit_hour: 2.00 USD\n"
                   "reservation:         24/7, 30-day month\n\nsame traffic on pay-as-you-go was $40k last month. "
                   "provisioned bill and saving?")
    assert "25 × $2.00 × 720 h = *$36,000.00* a month, against $40,000.00 a month on-demand" in reply.text


def test_a_standard_deployments_capacity_is_no_count_of_units() -> None:
    # (a guard on the class above) a standard SKU's capacity counts thousands of tokens a minute
    reply = _reply("sku.name: Standard\nsku.capacity: 250\n$2.50/M in, $10/M out, 1,000 in / 200 out per call. "
                   "cost per call?")
    assert "250 units" not in reply.text and "× 250 ×" not in reply.text


@pytest.mark.parametrize("label", ["rate/MTok", "$/1M", "price per 1M"])
def test_a_row_pricing_each_sides_tokens_under_the_usage_columns(label: str) -> None:
    # before: the price row was read as a second usage row, and neither row was priced
    reply = _reply(f"daily averages off the dashboard:\n\nday_avg\tinput_tok\toutput_tok\nprod\t10M\t2M\n"
                   f"{label}\t$3\t$15\n\n30-day month number?")
    assert "Per month of 30 days: $60.00 × 30 days = *$1,800.00*" in reply.text


@pytest.mark.parametrize("part", ["200 of them are misses that write the cache and the other 3,800 are hits",
                                  "200 of those were cache writes, the rest hits"])
def test_a_part_of_the_count_after_its_colon_is_not_the_count(part: str) -> None:
    # before: "4,000 calls a week: 200 of them ..." made the week 200 calls (a net loss where it saves $404.40)
    reply = _reply("8,000-token prefix; input $15 per million, cache write $18.75 per million, cache hit $1.50 per "
                   f"million. Over a week we see 4,000 calls: {part}. net for the week?")
    assert "Per week (4,000 calls, 3,800 hits): hits save $410.40 − writes cost $6.00 = *$404.40* net." in reply.text


@pytest.mark.parametrize("said", ["Last quarter they pushed about 1.2bn input tokens and 150M output tokens",
                                  "Last month we sent about 1.2bn input tokens and 150M output tokens"])
def test_counts_said_after_the_past_period_they_cover(said: str) -> None:
    # before: with an annual figure asked, the counts were the year's (a quarter's bill read as a year's)
    period = "quarter" if "quarter" in said else "month"
    reply = _reply(f"{said} through it, at $0.15 per million in and $0.60 per million out. what's the annual run rate?")
    assert f"Per {period}" in reply.text
    assert ("*$1,080.00*" if period == "quarter" else "*$3,240.00*") in reply.text


@pytest.mark.parametrize("said,share", [("expect 96 hits in every hundred", "96%"),
                                        ("expect 96 hits in every 100 calls", "96%"),
                                        ("about 40 misses per 1,000 calls", "96%")])
def test_a_hit_rate_said_as_hits_or_misses_in_so_many_calls(said: str, share: str) -> None:
    # before: the share was unread, and the writes came from a random-arrival model (one a day)
    reply = _reply(f"6,000-token system prompt; input $3 per million, cache reads $0.30 per million, cache writes "
                   f"$3.75 per million. 25,000 calls a day, {said}. net per day?")
    assert "24,000 hits × $0.0162 ($388.80) − 1,000 writes × $0.0045 ($4.50) = *$384.30 a day*" in reply.text


@pytest.mark.parametrize("hedge", ["maybe", "probably"])
def test_a_hedged_average_is_the_load_not_another_discount(hedge: str) -> None:
    # before: "avg maybe 70%" was a second discount set beside the first
    reply = _reply(f"ptu offer at a quarter off on demand. what util to break even? theyll avg {hedge} 70%")
    assert "(1 − 25%) ÷ 70% = 1.0714× on-demand" in reply.text


def test_the_discount_that_gets_the_cost_under_on_demand_without_to() -> None:
    # before: the 10% was read as the discount on offer
    reply = _reply("they'll keep reserved capacity around 60% utilised. what discount gets their effective cost 10% "
                   "under on-demand at that utilisation?")
    assert "discount = 1 − 60% × (1 − 10%) = *46%*" in reply.text


@pytest.mark.parametrize("said", ["We can get them provisioned at 30% below on-demand",
                                  "The provisioned rate we can get them is 30% below on-demand"])
def test_a_discount_we_can_get_them_is_the_discount(said: str) -> None:
    # (a guard on the class above) what the rep can get the buyer is the discount on offer, not a saving wanted
    reply = _reply(f"{said}. At 80% utilization, what's the cost vs on-demand?")
    assert "(1 − 30%) ÷ 80% = 0.875× on-demand" in reply.text


@pytest.mark.parametrize("asked", ["who comes out cheaper for them",
                                   "which one comes out cheaper at their volume?"])
def test_a_per_call_pitch_weighed_sentences_later_asks_for_the_fee(asked: str) -> None:
    # before: a per-token quote, the competitor's fee never asked for
    reply = _reply("comp is pitching a flat per-call price on their classifier endpoint, we're per token at $2 in / "
                   f"$8 out per million. avg call is ~1500 tokens in and 100 out. {asked}")
    assert reply.intent == "per_call"
    assert {m["field"] for m in reply.data["missing"]} == {"per_call_fee"}


def test_per_call_vs_per_token_named_on_a_described_workload_is_the_comparison() -> None:
    # before: a recommendation of structures led the reply, its heading "Which pricing structure fits"
    reply = _reply("Agent orchestration platform charges two cents per call at their layer. Each call is about 5,000 "
                   "tokens in and 800 out at $2/$8 per million. 300,000 calls a month. Per-call vs per-token: what "
                   "does each look like?")
    assert reply.intent == "per_call"
    assert "per-token 300,000 × $0.0164 = $4,920.00 vs per-call 300,000 × $0.02 = $6,000.00" in reply.text


@pytest.mark.parametrize("month", ["May", "March"])
def test_a_direct_spend_for_a_named_month(month: str) -> None:
    # before: the amount was unused, and only the effective markup was shown
    reply = _reply(f"INV-2291   Azure OpenAI   direct-API equivalent for {month}: $50,000.00\nAzure markup vs "
                   "direct: 20%\nEA discount: 10%\nwhat does it come to through Azure?")
    assert "$50,000.00 a month direct × (1 + 8%) = *$54,000.00* a month" in reply.text


@pytest.mark.parametrize("aside", ["(prompt caching)", "(context caching)"])
def test_invoice_cache_lines_with_the_feature_in_brackets(aside: str) -> None:
    # before: the lines' counts were split at their commas and unread, and the reply asked for a prefix and volume
    reply = _reply(f"Invoice (April), line items:\n  Input tokens              100,000,000   $3.00/MTok    $300.00\n"
                   f"  Cache write {aside}      10,000,000   $3.75/MTok     $37.50\n"
                   f"  Cache read  {aside}     500,000,000   $0.30/MTok    $150.00\n"
                   "what did caching save net of the write premium?")
    assert "500,000,000 tokens × ($3.00/1M − $0.30/1M) = *$1,350.00*" in reply.text
    assert "Net saving = $1,350.00 − $7.50 = *$1,342.50*" in reply.text


@pytest.mark.parametrize("note", ["$/MTok", "usd per 1M tokens"])
def test_a_bare_keyed_rate_whose_comment_names_it_per_million(note: str) -> None:
    # before: "input=2.00  # $/MTok" was 2 input tokens a call, and the reply asked for the rates
    reply = _reply(f"input=2.00     # {note}\noutput=8.00    # {note}\n1,000 in / 100 out. cost per call?")
    assert "1,000 tokens × $2.00/1M = $0.002" in reply.text


@pytest.mark.parametrize("said", ["too cents per call flat lol i mean 2 cents", "3 cents a call, sorry, 2 cents",
                                  "$0.03 per request i mean $0.02"])
def test_a_fee_taken_back_after_its_unit(said: str) -> None:
    # before: the fee said again had no unit, so the reply asked for the fee (or priced the first one)
    reply = _reply(f"vendor quoting {said}. avg call 1500 in / 500 out. per token is $2.50/M input and $10/M output. "
                   "which wins?")
    assert "Per-call fee: *$0.02*" in reply.text


@pytest.mark.parametrize("key", ["prov_discount", "commit_discount"])
def test_a_snake_key_whose_value_is_a_word_is_no_header(key: str) -> None:
    # before: "sized_for  peak" was a header over the next line, and the discount was read as "30% peak" (asked about)
    reply = _reply(f"$ capacity-planner --summary acme\navg_tpm          200,000\npeak_tpm         400,000\n"
                   f"sized_for        peak\n{key}    30%\n\nsized for peak, what does it cost relative to on-demand?")
    assert "(1 − 30%) × 2 = 1.4× on-demand" in reply.text
