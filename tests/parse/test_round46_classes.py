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
    assert "input $3,000.00, output $3,400.00" in reply.text


def test_an_invoices_cache_lines_said_as_calls_times_the_prefix() -> None:
    # before: the write price was taken for the input rate and the hits were asked about
    for ref in ("INV-88213  ", "", "7  "):
        reply = _reply(f"Invoice lines from last week:\n{ref}cache_read    40,000 requests x 2,500 tok  @ $0.25/MTok\n"
                       f"{ref}cache_write    1,600 requests x 2,500 tok  @ $3.125/MTok\nbase input rate: $2.50/MTok\n"
                       "net of the write premium, what did caching save that week?")
        assert "*$0.005625*" in reply.text, ref  # 2,500 × ($2.50 − $0.25) / 1M
        assert "*$222.50* net" in reply.text, ref  # 40,000 × $0.005625 − 1,600 × $0.0015625
