"""The figure a rep asked for is in the reply, with its arithmetic, by class of wording (our own examples, not
sentences from a scored batch): markups written as multiples, fractions or two prices."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import router
from tests.support.replies import assert_figures, reply_text


# --- a markup as a multiple of direct, a fraction after its label, or two prices ---------------------------------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1.2x = 20% above direct: 1.2 × 0.85 − 1 = 2%
        ("vertex comes in at 1.2x the direct price; their EA takes 15% off. effective uplift?", ["(1 + 20%)", "*2%*"]),
        # 1.5 times list: 1.5 × 0.8 − 1 = 20%
        ("bedrock at 1.5 times list, 20% EA discount - what's the real markup", ["(1 + 50%)", "*20%*"]),
        # the multiple after the markup's label, or with words before "direct": 1.25 × 0.8 − 1 = 0%
        ("uplift is 1.25x, ea 20% - effective markup?", ["(1 + 25%)", "*0%*"]),
        ("their markup is 1.1x over direct; EA 10%; effective?", ["(1 + 10%)", "-1%"]),
        # the lab named between the direct rate and "direct": 3.60 ÷ 3 − 1 = 20%
        ("list is $3.60/M on bedrock vs $3/M on anthropic direct, EA 8%, effective markup?", ["*20%*", "*10.4%*"]),
        # fractions after their labels: 1.4 × 0.75 − 1 = 5%
        ("uplift 0.4 and ea 0.25, effective markup?", ["(1 + 40%)", "(1 − 25%)", "*5%*"]),
        # the direct price after its figure: 4.40 ÷ 4 − 1 = 10%; 1.1 × 0.9 − 1 = −1%
        ("google charges $4.40/M input vs $4/M direct, EA discount 10%. effective markup?",
         ["*10%*", "= -1%: *1% below*"]),
        # a plain hyperscaler rate beside "direct $X": 2.40 ÷ 2 − 1 = 20%; 1.2 × 0.95 − 1 = 14%
        ("azure bills $2.40/M vs direct $2/M, 5% EA, effective markup?", ["*20%*", "*14%*"]),
    ],
)
def test_markup_forms(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 40,000 × 1.15 × 0.92 = 42,320
        ("they spend $40k a month on openai direct; azure lists 15% above direct and their EA is 8%. azure monthly?",
         ["*$42,320.00* a month"]),
        # a day's spend with the markup as a multiple: 3,000 × 1.1 × 0.95 = 3,135
        ("$3k a day direct, vertex is 1.1x direct, 5% EA - daily on vertex?", ["*$3,135.00* a day"]),
    ],
)
def test_a_markup_on_a_direct_spend(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    ["30% above direct, EA 10%, direct list is $2/M in $8/M out - effective rates on bedrock?",
     "direct rates $2/M in, $8/M out; azure is 30% above direct with a 10% EA. per-token on azure?"],
)
def test_direct_rates_after_a_markup_are_the_rates_it_applies_to(text: str) -> None:
    # 1.3 × 0.9 = 1.17: $2 → $2.34, $8 → $9.36
    assert_figures(text, ["$2.00/1M × (1 + 17%) = *$2.34/1M*", "$8.00/1M × (1 + 17%) = *$9.36/1M*"])


def test_a_multiple_below_direct_is_not_read_as_a_markup() -> None:
    from bot.parse import parse

    assert parse("azure is 0.9x direct list, 10% EA, effective markup?").fields.markup is None


# --- caching inputs in short forms: all hits, writes as a share of the calls, the first part of the prompt ---------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # all hits is a 100% hit rate: no writes; 5,000 × 2.70/1M = $0.0135 a hit × 20,000 = $270 a day, × 7
        ("20k calls a day, 5k prefix, $3/M input, $0.30/M cached reads, assume all hits. weekly?",
         ["= 0;", "*$270.00 a day*", "*$1,890.00*"]),
        ("every call hits the cache: 2k prefix at $1/M in, reads $0.10, 1k calls a day", ["= 0;"]),
        # writes as "N of those": 1,000 − 40 = 960 hits × $0.0135 − 40 × ($3.75 − $3) × 5,000/1M
        ("1,000 calls a day, 5k prefix, $3/M in, $0.30 reads, $3.75 writes, roughly 40 of them are cache writes. net?",
         ["960 hits", "40 writes", "*$12.81 a day*"]),
        # writes stated against an hourly volume keep the hour: 25 × 24 = 600 a day
        ("500 calls an hour and 25 of those miss; 2k prefix, $3/M in, $0.30 reads, $3.75 writes. net per day?",
         ["600 writes"]),
        # the first part of the prompt is the prefix, the whole prompt stays the input: 3,000 × 2.70/1M = $0.0081
        ("4k input tokens per call, the first 3k are the same system prompt; $3/M in, $0.30/M reads, 2k calls a day",
         ["3,000 × ($3.00/1M − $0.30/1M) = *$0.0081*"]),
        # the input price and the cached price side by side: 6,000 × ($2 − $0.20)/1M = $0.0108; × 3,000 a day
        ("hits on a 6k prompt at $2 vs $0.20 - what's that worth at 3k calls a day?",
         ["= *$0.0108*", "$0.0108 × 3,000 = *$32.40 a day*"]),
        # "N cached tokens per call" is the prefix: 5,000 × ($2 − $0.50)/1M = $0.0075 (gpt-4.1)
        ("prefix caching on gpt-4.1, 5k cached tokens per call, 30k calls daily - savings/mo?",
         ["5,000 × ($2.00/1M − $0.50/1M) = *$0.0075*"]),
        # a modifier between the count and the calls: 730k a month is 24k a day
        ("730k cache-hit calls a month, 1k prefix, $2/M input, $0.20/M cached. monthly saving?",
         ["24,000 calls a day"]),
    ],
)
def test_caching_short_forms(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    ["40% of the prompt is the system prompt; 3k input per call, 2k prefix, sonnet 4, 5k calls a day - saving?",
     "bot where 90% of every prompt is the same 12k-token block, 8k calls a day on sonnet 4, caching worth it?"],
)
def test_a_share_of_the_prompt_is_neither_a_price_nor_a_question(text: str) -> None:
    from bot.parse import parse

    ask = parse(text)
    assert ask.fields.cache_read_share is None and ask.fields.cache_read_rate is None
    assert not [a for a in ask.ambiguities if a.field == "percent"]
    assert any("of the prompt" in u for u in ask.unused)


def test_nearly_all_hits_is_not_a_stated_hit_rate() -> None:
    from bot.parse import parse

    assert parse("nearly all hits, 8k prefix, 600 calls an hour on haiku 3.5").fields.hit_ratio is None


# --- rates and fees without a dollar sign before them -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("2k in / 400 out per call at 0.5 in / 2 out per million, 1k calls a day", "output_rate", "2"),
        ("2k in / 400 out per call at 0.5 in / 2 out per million, 1k calls a day", "input_rate", "0.5"),
        ("$0.25 / 1M in and 2.00 / 1M out, 10k calls a day, 1k in 200 out", "output_rate", "2"),
        ("0.30 per million input, $1.20/M output, 500 in 100 out per call", "input_rate", "0.3"),
        ("fee is 1,5 ct per call, 800 in / 200 out at $1/$4 per 1M", "per_call_fee", "0.015"),
        ("fee of 2 cts a request, 800 in / 200 out at $1/$4 per 1M", "per_call_fee", "0.02"),
        ("each call costs a flat $0.0025 vs per-token $1/$4 per M, 500 in 100 out", "per_call_fee", "0.0025"),
        ("every request is $0.01 vs $2/$8 per M, 1k in 300 out", "per_call_fee", "0.01"),
        # a price per thousand calls is a fee (it was read as $500 per million tokens)
        ("$0.50 per 1k calls flat vs per-token $1/$5, 1k in 100 out", "per_call_fee", "0.0005"),
        ("$2 per million requests vs $1/$4 per M, 500 in 100 out", "per_call_fee", "0.000002"),
        ("$0.50 per 1k tokens input, $1.50 per 1k output, 1k in 500 out per call", "input_rate", "500"),
        # a slash pair after the word tokens is input then output; a volume per second with its letter
        ("fee: $5 per 1,000 requests; tokens 800/200 at $2/$8 per M", "output_tokens_per_call", "200"),
        ("at 50 req/s, 400 in / 100 out, $0.10/$0.40 per M, cost per hour?", "calls_per_day", "4320000"),
        # an amount after a money verb is dollars, never a call volume
        ("spending 120k/mo on demand; PTUs at 30% off; they'd run ~80% busy - savings per month?", "on_demand_spend",
         "120000"),
        ("on-demand bill is 9,000 a month, 40% off, 75% utilization", "on_demand_spend", "9000"),
        ("they're spending 2M tokens a day at $3/$15", "tokens_per_day", "2000000"),
        # "of which N cached": the cached part of the prompt is the prefix
        ("prompt 2,000 tokens of which 1,500 cached; gpt-4o-mini; 50k req/day; saving?", "prefix_tokens", "1500"),
    ],
)
def test_rates_and_fees_in_other_notations(text: str, field: str, value: str) -> None:
    from decimal import Decimal

    from bot.parse import parse

    assert getattr(parse(text).fields, field) == Decimal(value)


# --- a thousands dot is asked about, and each spelling the question suggests reads one way ------------------------
@pytest.mark.parametrize(("form", "decimal", "whole"), [("1.500", "1.5", 1500), ("2.250", "2.25", 2250),
                                                       ("7.100", "7.1", 7100)])
def test_a_thousands_dot_is_asked_and_the_suggested_spellings_read(form: str, decimal: str, whole: int) -> None:
    from decimal import Decimal

    from bot.parse import parse

    ask = parse(f"{form} calls a day, 1k in / 200 out at $1/$4")
    assert ask.fields.calls_per_day is None
    question = next(a.question for a in ask.ambiguities if a.field == "number")
    assert f"is it {decimal} or {form.replace('.', ',')}?" in question
    assert parse(f"{whole} calls a day, 1k in / 200 out at $1/$4").fields.calls_per_day == whole
    # the decimal spelling is a decimal wherever a decimal is meant: "$1.500/M" is a dollar and a half
    assert parse(f"${form}/M input and $6/M output, 1k in / 200 out").fields.input_rate == Decimal(decimal)
    assert not parse(f"prefix at ${decimal}/M, 4k prefix, reads $0.1, 10k calls a day").ambiguities


# --- one cache write priced on its own: without a read price or a volume, from the message or the catalog --------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # no read price: 8,000 × $2.50/1M = $0.02; premium 8,000 × ($2.50 − $2)/1M = $0.004
        ("8k system prompt, $2/M input, cache writes $2.50/M - what does each write cost us, premium included?",
         ["= *$0.02* per write", "= *$0.004*"]),
        # catalog rates, no volume: haiku 3.5 $0.80 in, $0.08 read, $1 write; 5,000 tokens
        ("one write then one hit on a 5k prefix, haiku 3.5 - net vs uncached?",
         ["5,000 × $1.00/1M = $0.005 per write", "= $0.001", "$0.0036 − $0.001 = *$0.0026*"]),
    ],
)
def test_a_cache_write_on_its_own(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_write_price_beside_an_hour_ttl_is_the_hour_write_price() -> None:
    reply = reply_text("4k prefix, $1/M input, writes $2/M, 1-hour TTL, cost of a write?")
    assert "1h cache-write rate from rates given in the message" in reply
    assert "assumed" not in reply


def test_no_write_figure_is_invented_when_writes_are_not_asked_about() -> None:
    # input and read prices only, no write price and no question about writes: no assumed write line
    assert "Cache write" not in reply_text("4k prefix at $3/M, reads $0.30/M, saving per hit?")


# --- a per-call question without the fee: the per-token cost of the call is the fee to beat ----------------------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2,000 × $3/1M + 500 × $15/1M = $0.006 + $0.0075
        ("the vendor charges per call instead; calls are 2k in / 500 out at $3/$15 per M. better for us?",
         ["$0.006 + $0.0075 = *$0.0135*", "below $0.0135"]),
        # catalog: gpt-4o $2.50 / $10; 800 × 2.5/1M + 200 × 10/1M = $0.002 + $0.002
        ("per-call pricing vs per-token on gpt-4o via openai, calls are 800 in 200 out", ["*$0.004*"]),
    ],
)
def test_the_fee_to_beat_while_the_fee_is_asked_for(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert [m.key for m in reply.answer.missing] == ["per_call_fee"] if reply.answer else False
    assert_figures(text, figures)


# --- every total in the period the volume is stated in, or an hour asked for ------------------------------------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 50 a second = 180,000 an hour × (400 × $0.10 + 100 × $0.40)/1M = 180,000 × $0.00008
        ("at 50 req/s, 400 in / 100 out, $0.10/$0.40 per M, cost per hour and per month?",
         ["180,000 × $0.00008 = *$14.40*"]),
        # 90 a minute = 5,400 an hour × (1,000 × $1 + 100 × $4)/1M = 5,400 × $0.0014
        ("90 calls a minute, 1k in 100 out at $1/$4 per M - what's that an hour?", ["5,400 × $0.0014 = *$7.56*"]),
        # 2,000 an hour over an 8-hour day: 16,000 a day; an hour is 2,000 calls
        ("2k requests per hour for 8 hours a day, 500 in / 500 out at $2/$6 per M, hourly spend?",
         ["(2,000 calls): 2,000 × $0.004 = *$8.00*"]),
        # caching, hourly: 240 an hour = 5,760 a day, all hits × 10,000 × $2.70/1M = $155.52 a day ÷ 24 = $6.48
        ("240 calls an hour, 10k prefix, $3/M in, $0.30/M reads, all hits - net per hour?",
         ["$155.52 ÷ 24 active hours = *$6.48*"]),
        # per-call, weekly volume: 35,000 × $0.01 = $350 vs 35,000 × (500 × $2 + 500 × $8)/1M = $175
        ("35k calls a week, $0.01 per call or $2/$8 per million for 500 in 500 out, which is cheaper weekly?",
         ["35,000 × $0.005 = $175.00", "35,000 × $0.01 = $350.00", "cheaper by *$175.00*"]),
        # per-call, monthly volume stays whole: 250,000 × $0.002 vs 250,000 × $0.003
        ("250k calls a month at $0.002 a call vs 1k in / 200 out at $1/$10 per M",
         ["Per 730-hour month (250,000 calls)", "= $500.00", "= $750.00"]),
    ],
)
def test_totals_in_the_period_stated_or_asked(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


# --- the capacity form with a blended on-demand rate, a unit's throughput per hour, a token volume a day ----------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2 × $5 × 730 = $7,300; 2 × 3M tokens/hour × 730 h = 4.38B at $2/M blended = $8,760; 7,300 ÷ 8,760
        ("2 PTUs at $5 per PTU-hour, each unit handles 3M tokens an hour; on-demand is $2/M blended. break-even?",
         ["2 × 3,000,000 tokens/hour × 730 h", "4,380,000,000 × $2.00/1M = *$8,760.00*",
          "break even at 83.33% utilization"]),
        # a unit per second: 500 tokens a second is 30,000 a minute
        ("one unit at $4/unit-hour serves about 500 tokens a second; blended rate of $3/M. does it pay at 60% util?",
         ["1 × 30,000 tokens/min × 60 × 730 h × 60%"]),
        # a unit's price between the unit and its throughput: 7,300 ÷ (60,000 × 60 × 730 × $3/1M = $7,884)
        ("one PTU is $10 an hour and handles 60k tokens per minute; blended on-demand $3/M. break-even?",
         ["1 × 60,000 tokens/min × 60 × 730 h", "break even at 92.59% utilization"]),
        # 4 × $20 × 24 h = $1,920 a day against 400M × $6/M = $2,400 a day: 0.8
        ("4 provisioned units at $20/hr each vs the same load on-demand: 400M tokens a day at a $6/M blended rate",
         ["= *$2,400.00* a day", "= *$1,920.00* a day", "$1,920.00 ÷ $2,400.00 = *0.8*"]),
    ],
)
def test_capacity_with_a_blended_rate(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 8 × $15 × (12 h × 21 days = 252 h) = $30,240 against $36,000
        ("8 PTUs at $15/PTU-hr, only for a 12-hour day on 21 working days a month; that traffic is $36k/month "
         "on-demand", ["× 252 h (12 h a day × 21 days", "= *$30,240.00* a month", "*$5,760.00 a month less*"]),
        # an on-demand amount with no period is the month's where days a month are counted
        ("5 units at $9/unit-hr for a 10-hour workday, 20 days/mo. same tokens ~$12k on-demand. worth it?",
         ["× 200 h", "= *$9,000.00* a month", "against $12,000.00 a month"]),
    ],
)
def test_units_billed_only_over_the_working_hours(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_an_on_demand_amount_without_a_period_is_not_guessed() -> None:
    reply = router.answer("the tokens would be $60k on-demand, 40% discount, 70% utilization", rate_cards={})
    assert "$60k" in " ".join(reply.answer.ask.unused) if reply.answer else False


def test_a_blended_rate_gives_way_to_stated_input_and_output_rates() -> None:
    from decimal import Decimal

    from bot.parse import parse

    f = parse("$3/M input and $15/M output, about $6/M blended, 2M input 1M output tokens a day").fields
    assert (f.input_rate, f.output_rate) == (Decimal(3), Decimal(15))


# --- the cost ratio is shown to the precision of the percentage beside it, so the two agree --------------------------
@pytest.mark.parametrize(("discount", "utilization"), [(35, 85), (40, 70), (30, 90), (25, 55), (45, 65)])
def test_the_cost_ratio_and_its_percentage_agree(discount: int, utilization: int) -> None:
    import re
    from decimal import Decimal

    reply = reply_text(f"{discount}% discount on PTUs at {utilization}% utilization")
    m = re.search(r"= (?P<ratio>\d+\.\d+)× on-demand \((?P<share>\d+(?:\.\d+)?)% of the on-demand cost\) → "
                  r"\*(?P<pct>\d+(?:\.\d+)?)% (?P<side>below|above)", reply)
    assert m, reply
    ratio, share, pct = Decimal(m.group("ratio")), Decimal(m.group("share")), Decimal(m.group("pct"))
    change = (1 - ratio) if m.group("side") == "below" else (ratio - 1)
    assert abs(change * 100 - pct) <= Decimal("0.01"), reply
    assert abs(ratio * 100 - share) <= Decimal("0.01") and abs(abs(100 - share) - pct) <= Decimal("0.01"), reply


# --- a break-even hit rate answered from shares still says what the dollar figures need --------------------------
@pytest.mark.parametrize(
    ("text", "needed"),
    [
        # prefix and volume given, cache prices as shares: only the input rate is missing
        ("cached reads 10% of input, writes 125% of input, 3k prefix, 20k calls a day: break-even hit rate?",
         ["the normal input rate"]),
        # nothing but the shares: the prefix, the volume and the input rate
        ("what's the minimum hit rate for caching to pay if reads are 0.1x and writes 2x input?",
         ["the size of the repeated prefix", "the call volume", "the normal input rate"]),
    ],
)
def test_a_hit_break_even_from_shares_says_what_the_dollar_figures_need(text: str, needed: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert "Break-even hit rate" in reply.text
    line = next(ln for ln in reply.text.splitlines() if ln.startswith("_For the dollar figures"))
    assert all(n in line for n in needed), line
    assert reply.data.get("proposal"), "the hit rate itself is a complete answer"


# --- two cache lifetimes in one ask are compared, not asked about --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("5-min vs 1-hour TTL for a 6k prefix on sonnet 4 at 300 calls a day over 8 hours?", "5", "60"),
        ("8k prefix, ttl 1h or ttl 5m? $3/M in, reads $0.30, 1k calls a day", "60", "5"),
        ("a 5m or 1h cache for a 4k system prompt on sonnet 4, 2k calls a day - which is better?", "5", "60"),
    ],
)
def test_two_ttls_are_compared(text: str, first: str, second: str) -> None:
    from bot.parse import parse

    ask = parse(text)
    assert not [a for a in ask.ambiguities if a.field == "ttl_minutes"]
    reply = reply_text(text)
    lines = [ln for ln in reply.splitlines() if "-minute TTL:" in ln]
    assert [ln.split("–")[1].split("-minute")[0].strip() for ln in lines] == [first, second], reply
    assert "-minute TTL nets $" in reply


def test_a_ttl_comparison_picks_the_lifetime_that_nets_more() -> None:
    from decimal import Decimal

    from pricing.caching import CachingRequest, compare_ttls
    from pricing.rates import Rates

    rates = Rates(input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.3"), cache_write=Decimal("3.75"),
                  cache_write_1h=Decimal(6), source="test")
    sparse = CachingRequest(rates=rates, prefix_tokens=Decimal(6000), calls_per_day=Decimal(300),
                            active_hours_per_day=Decimal(8))
    # few calls: most 5-minute gaps expire, so the hour's dearer write pays
    result = compare_ttls(sparse, (Decimal(5), Decimal(60)))
    assert result.best_ttl_minutes == 60
    five, hour = result.options
    assert result.margin_per_day == hour.net_saving_per_day - five.net_saving_per_day > 0
    # a busy cache: every 5-minute window is hit, so the cheaper 5-minute write wins
    busy = compare_ttls(sparse.model_copy(update={"calls_per_day": Decimal(100_000)}), (Decimal(60), Decimal(5)))
    assert busy.best_ttl_minutes == 5


# --- a call's size and a list of periods asked for are not a per-call fee question ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "2k in, 300 out per call, 5k calls a day at $1/$5 per M. per call / day / month?",
        "1,500 input tokens per request and 200 output tokens per request at $2/$8 per 1M, 40k requests a day - cost?",
    ],
)
def test_call_sizes_and_period_lists_are_quotes(text: str) -> None:
    from bot.parse import Intent, parse

    assert parse(text).intent is Intent.QUOTE


def test_a_per_call_fee_question_stays_one() -> None:
    from bot.parse import Intent, parse

    assert parse("they charge per call; calls are 2k in / 300 out at $1/$5 per M - is that better?").intent is \
        Intent.PER_CALL


# --- a fee in cents, written any way, reads as the value written or is asked about; never another number -------------
def _cent_forms(tenths: int) -> list[str]:
    whole, frac = divmod(tenths, 10)
    dot = f"{whole}.{frac}" if frac else f"{whole}"
    comma = f"{whole},{frac}" if frac else f"{whole}"
    return [f"{dot} ct", f"{comma} ct", f"{dot} cents", f"{comma} cents", f"{dot}¢", f"{comma}¢", f"{dot}c",
            f"${tenths / 1000:g}"]


@given(st.integers(min_value=1, max_value=99), st.data())
def test_cent_forms_never_read_as_a_different_fee(tenths: int, data: st.DataObject) -> None:
    from decimal import Decimal

    from bot.parse import parse

    form = data.draw(st.sampled_from(_cent_forms(tenths)))
    ask = parse(f"fee is {form} per call, 800 in / 200 out at $1/$4 per 1M")
    fee = ask.fields.per_call_fee
    assert fee == Decimal(tenths) / 1000 or (fee is None and ask.ambiguities), (form, fee)


# --- a hit rate as people state it, including as misses (a 15% miss rate is an 85% hit rate, not 15%) ---------------
@pytest.mark.parametrize(
    ("words", "hit_ratio"),
    [("85% of calls hit the cache", "0.85"), ("cache hit ratio 0.85", "0.85"), ("85 percent cache hits", "0.85"),
     ("a 15% miss rate", "0.85"), ("about 10% of calls miss the cache", "0.9"), ("cache misses around 20%", "0.8")],
)
def test_hit_rate_forms(words: str, hit_ratio: str) -> None:
    from decimal import Decimal

    from bot.parse import parse

    assert parse(f"4k prefix, $3/M in, $0.30 reads, 10k calls a day, {words}").fields.hit_ratio == Decimal(hit_ratio)


def test_misses_a_day_are_writes() -> None:
    # every miss writes: 10,000 − 1,500 = 8,500 hits × 4,000 × $2.70/1M − 1,500 × 4,000 × $0.75/1M
    assert_figures("4k prefix, $3/M in, $0.30 reads, $3.75 writes, 10k calls a day, about 1,500 cache misses a day",
                    ["8,500 hits", "1,500 writes", "*$87.30 a day*"])


# --- a write price for each lifetime, and one write at each when two are compared without a volume -----------------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 4,000 × ($2 × 2 − $2)/1M and 4,000 × ($2 × 1.25 − $2)/1M
        ("4k prefix at $2/M: 5m writes at 1.25x input vs 1h writes at 2x - premium per write?",
         ["5-minute write: 4,000 × $2.50/1M", "= *$0.002*", "1-hour write: 4,000 × $4.00/1M", "= *$0.008*"]),
        # dollar write prices per lifetime
        ("6k prefix, $3/M in, 5-minute writes $3.75/M, 1-hour writes $6/M: what does a write cost at each ttl?",
         ["6,000 × $3.75/1M = *$0.0225*", "6,000 × $6.00/1M = *$0.036*"]),
        # catalog prices when only the lifetimes are named (sonnet 4: $3.75 and $6 per 1M)
        ("2k system prompt on sonnet 4: a 5m write vs a 1h write?", ["= *$0.0075* per write", "= *$0.012* per write"]),
    ],
)
def test_a_write_for_each_lifetime(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_millions_of_writes_a_day_are_a_count_not_a_lifetime() -> None:
    from decimal import Decimal

    from bot.parse import parse

    f = parse("2k prefix, $1/M in, reads $0.10, 5m writes a day").fields
    assert f.writes_per_day == Decimal(5_000_000) and f.ttl_minutes is None


# --- rates keep their labels whichever side the label is written on ------------------------------------------------
_PRICES = st.sampled_from(["0.15", "0.4", "1", "1.25", "2.5", "3", "5", "10", "15", "75"])


@given(_PRICES, _PRICES, st.sampled_from([
    "${a}/M in ${b}/M out", "in ${a}/M out ${b}/M", "${a}/M input, ${b}/M output", "input ${a}/M, output ${b}/M",
    "${a} in / ${b} out per million", "{a} in / {b} out per million", "{a} / 1M in and {b} / 1M out",
]))
def test_rates_keep_their_labels(a: str, b: str, form: str) -> None:
    from decimal import Decimal

    from bot.parse import parse

    f = parse(f"2k in 500 out per call, {form.format(a=a, b=b)}, 10k calls a day").fields
    assert (f.input_rate, f.output_rate) == (Decimal(a), Decimal(b)), form


@given(st.integers(min_value=1, max_value=60))
def test_a_miss_rate_is_the_hit_rate_complement(miss: int) -> None:
    from decimal import Decimal

    from bot.parse import parse

    f = parse(f"4k prefix, $3/M in, $0.30 reads, 10k calls a day, {miss}% miss rate").fields
    assert f.hit_ratio == 1 - Decimal(miss) / 100


# --- a period is named as English names it, whatever period the spend was stated in ---------------------------------
@pytest.mark.parametrize(
    ("text", "wording"),
    [("on-demand is $4k/day, 40% discount, 75% util, bill on PTUs?", ["New daily bill", "*$3,200.00* a day"]),
     ("$1,200/hr of on-demand, 30% PTU discount, 60% util", ["New hourly bill", "*$1,400.00* an hour"]),
     ("$4.2k/wk on-demand, 30% off provisioned, 84% utilised", ["New weekly bill", "*$3,500.00* a week"])],
)
def test_period_words(text: str, wording: list[str]) -> None:
    assert_figures(text, wording)


# --- the break-even hit rate asked as the point caching loses money -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "how low can the hit rate go before the cache loses money? $4/M input, $0.40 reads, $5/M writes",
        "input $4/M, reads $0.40/M, writes $5/M, every miss writes: caching goes net negative below which hit rate?",
        "$4/M in, cache reads $0.40, writes $5. what's the hit ratio where caching pays for itself?",
    ],
)
def test_the_hit_rate_where_caching_loses_money_is_its_break_even(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    # a hit saves 90% of the input price, a write costs 25% more: 25% ÷ (25% + 90%)
    assert "Break-even hit rate" in reply.text and "21.74%" in reply.text, reply.text


def test_a_stated_hit_rate_asked_about_gets_no_break_even() -> None:
    text = "70% hit rate, 4k prefix, 10k calls a day at $3/M in, $0.30 read, $3.75 write: is caching worth it?"
    assert "Break-even hit rate" not in router.answer(text, rate_cards={}).text
