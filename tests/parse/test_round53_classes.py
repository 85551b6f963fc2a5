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
