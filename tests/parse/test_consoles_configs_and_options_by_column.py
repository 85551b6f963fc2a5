"""Forms a second round of blind asks showed read wrong or not at all, in our own sentences: a discount needed at a
utilization asked beside units priced by the hour; writes counted "of those a day"; working days a week; a CSV whose
first line names the model; invoice lines of calls at a fee with "@"; a line billed per thousand images; a price sheet
aligned by spaces; options side by side in columns with a worded first row; the peak-to-average ratio as "p2a"; a
period after what the counts are ("workload per day is"); a direct spend with its period an adjective; a key's aside
before a spaced colon; a row label's gloss in brackets; a config's TTL keyed with its unit, and a bill's count of
tokens written (never a TTL); a quote's sides asked "broken out"; a meaning asked "in plain words"; two colleagues'
structures to settle; "$2.50-per-million"; and repeated unused figures said once."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_the_discount_needed_at_a_utilization_beside_units_priced_by_the_hour() -> None:
    reply = reply_text("quoting 3 provisioned units @ $20/unit-hour. also what discount vs on demand would they need "
                       "so it breaks even at 75% util")
    # 1 − 75% = 25%
    assert "breaks even at a discount of 1 − 75% = *25%*" in reply


def test_writes_counted_of_those_a_day_and_working_days_a_week() -> None:
    ask = parse("4k prefix, $3/M input, hits $0.30/M, writes $3.75/M. 2,000 calls per business day, 5 business days a "
                "week; 50 of those a day are misses that write, rest hit. net per week?")
    assert ask.fields.writes_per_day == Decimal(50)
    assert ask.unused == []


def test_a_csv_whose_first_line_names_the_model() -> None:
    ask = parse("from our sheet:\nmodel,claude-sonnet (illustrative)\ncached_prefix_tokens,5000\ninput_per_mtok,3.00\n"
                "cache_read_per_mtok,0.30\ncalls_per_day,10000\n\nsaving per hit and per day?")
    assert (ask.fields.prefix_tokens, ask.fields.calls_per_day) == (Decimal(5000), Decimal(10000))
    assert ask.fields.cache_read_rate == Decimal("0.3")


def test_an_invoice_line_of_calls_at_a_fee_with_an_at_sign() -> None:
    # 60,000 × (2,500 × $3 + 500 × $15)/1M = 60,000 × $0.015 = $900.00 per-token, against 60,000 × $0.012 = $720.00
    reply = reply_text("INV-20931   Doc-extract API   60,000 calls   @ $0.012   $720.00\n\neach call ~2,500 in / 500 "
                       "out at $3/M in and $15/M out. per-token or per-call?")
    assert "*$900.00*" in reply and "*$720.00*" in reply


def test_a_line_billed_per_thousand_images() -> None:
    ask = parse("billing export, May:\nservice            unit         qty      unit_price   amount\n"
                "tagger-api         1k images    1,200    $2.00        $2,400.00\n\nper-token at $0.10/M in and "
                "$0.40/M out, ~5,000 in and 100 out per image. cheaper?")
    assert ask.fields.per_call_fee == Decimal("0.002")
    assert ask.fields.calls_total == Decimal(1_200_000)


def test_a_price_sheet_aligned_by_spaces_is_prices_not_token_counts() -> None:
    ask = parse("Billing export - line items\n\nsku                          unit       rate\n"
                "claude input tokens          1M tok     $3.00\nclaude cache read            1M tok     $0.30\n\n"
                "support bot sends the same 9k-token preamble every request. worth caching per month?")
    assert ask.fields.cache_lines == ()
    assert (ask.fields.input_rate, ask.fields.cache_read_rate) == (Decimal(3), Decimal("0.3"))


def test_options_side_by_side_with_a_worded_first_row() -> None:
    # 1,000 × $2/1M + 250 × $12/1M = $0.005 = the flat fee: the crossover at the planned size
    ask = parse("| | Vendor A | Vendor B |\n|---|---|---|\n| pricing | flat, half a cent per call | per-token: $2 in / "
                "$12 out per MTok |\n| avg call | n/a | 1,500 in / 300 out |\n\nwhich is cheaper per call?")
    assert ask.fields.per_call_fee == Decimal("0.005")
    assert (ask.fields.input_rate, ask.fields.output_rate) == (Decimal(2), Decimal(12))


def test_the_peak_to_average_ratio_as_p2a() -> None:
    for said in ("p2a ratio | 1.5", "pk:avg 1.5", "peak2avg: 1.5"):
        assert parse(f"customer | Acme\n{said}\noffered | provisioned @ 30% off\nwhich pricing model?"
                     ).fields.peak_to_average == Decimal("1.5"), said


def test_the_period_after_what_the_counts_are() -> None:
    ask = parse("The prospect's workload per day is 2 million input tokens and 0,5 million output tokens. $3/$15 per "
                "million. daily and monthly?")
    assert ask.fields.input_tokens_per_day == Decimal(2_000_000)
    assert ask.fields.output_tokens_per_day == Decimal(500_000)


def test_a_direct_spend_with_its_period_as_an_adjective() -> None:
    ask = parse("bedrock list 40% above direct, EA takes a quarter off. Going direct, their annual spend would be "
                "$800k. effective markup and the annual bill via bedrock?")
    assert ask.fields.direct_spend == Decimal(800_000)
    assert ask.fields.spend_period == "year"


def test_a_keys_aside_before_a_spaced_colon() -> None:
    ask = parse("Direct API list (same model, their forecast) : $40,000 per quarter\nAzure premium over direct : 25%\n"
                "EA discount : 10%\neffective markup and quarterly via Azure?")
    assert ask.fields.direct_spend == Decimal(40_000)


def test_a_row_labels_gloss_in_brackets_is_set_aside() -> None:
    ask = parse("Resource\tQty\tUnit price\tBilling\nProvisioned model units\t5\t$20.00 / unit-hr\thourly, full year\n"
                "On-demand equivalent (their forecast tokens through those 5 units)\t-\t$1M / yr\tusage\n"
                "annual: is the reservation under on-demand?")
    assert (ask.fields.units, ask.fields.on_demand_spend) == (Decimal(5), Decimal(1_000_000))
    assert ask.fields.spend_period == "year"


def test_a_configs_ttl_keyed_with_its_unit_is_no_call_size() -> None:
    ask = parse('{"cache": "docs-v2", "type": "explicit", "prefix_tokens": 20000, "ttl_minutes": 30, '
                '"input_usd_per_mtok": 1.25, "cached_input_usd_per_mtok": 0.125}\nsaving per hit?')
    assert ask.fields.ttl_minutes == Decimal(30)
    assert ask.fields.input_tokens_per_call is None


def test_a_bills_count_of_tokens_written_is_no_ttl() -> None:
    # 1,000M × ($3 − $0.30)/1M = $2,700 saved; 20M × ($3.75 − $3)/1M = $15 more: net $2,685
    reply = reply_text("invoice lines (Anthropic direct), base input $3/MTok:\n  Cache read input tokens ...... 1bn  @ "
                       "$0.30/MTok\n  Cache write input tokens ..... 20m  @ $3.75/MTok\nwhat did caching net them?")
    assert "*$2,685.00*" in reply
    assert parse("cache write input tokens ..... 20m @ $3.75/MTok").fields.ttl_minutes is None


def test_a_quotes_sides_asked_broken_out() -> None:
    ask = parse("RAG assistant for go-live: 3k-token prompts, 400 out, 20k questions per business day, a 22-business-"
                "day month, $3/$15 per million. Can I get the month broken out input vs output?")
    assert ask.intent.value == "quote"


def test_a_meaning_asked_in_plain_words() -> None:
    ask = parse('Our customer wrote "we\'d need around 40 PTUs". What is a PTU, in plain words?')
    assert ask.intent.value == "glossary"


def test_two_colleagues_structures_to_settle() -> None:
    ask = parse("Steady pipeline, peak is 1.2 times average, offered provisioned at 30% off sized for peak. I think "
                "they should move to provisioned; my colleague says they should stay on per-token. Who's right?")
    assert ask.intent.value == "scenario"


def test_a_price_per_million_said_as_one_word() -> None:
    ask = parse("2,000-token prefix on OpenAI, cached input at half the normal $2.50-per-million input rate, 10k calls "
                "a day. saving per day?")
    assert ask.fields.input_rate == Decimal("2.5")
    assert ask.unused == []


def test_a_figure_left_unused_is_listed_once() -> None:
    ask = parse("workload | triage agent, in prod 9 months\nnote | 9 months of logs\noffered | provisioned @ 35% off\n"
                "which pricing model?")
    assert len(ask.unused) == len(set(ask.unused))
