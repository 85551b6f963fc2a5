"""Round 44's fix rounds: classes of misread found by blind batches 172 and later. Each message is our own; each
reply is checked for what a rep would read."""

from __future__ import annotations

from bot import router


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


def test_the_same_traffic_named_by_its_measure_is_set_against_the_capacity() -> None:
    # before: "$40k" was left unused and the comparison never made
    for said in ("the same token volume", "the same number of requests", "the same call volume"):
        reply = _reply(f"Five units at $12 an hour each, around the clock, 30-day month. Their on-demand invoice for "
                       f"{said} was $40k even last month, so how far over or under would they land?")
        assert "*$3,200.00 a month more*" in reply.text, said  # 5 × 12 × 720 − 40,000


def test_a_load_tables_unit_named_by_its_value_column_or_its_introduction() -> None:
    # before: "45,000 average, 90,000 p99 peak" had no unit, and the ratio was asked for again
    for table in ("| stat | RPM |\n|---|---|\n| average | 1,200 |\n| p99 peak | 3,000 |",
                  "load over the last week (requests per minute):\n| metric | value |\n|---|---|\n"
                  "| average | 1,200 |\n| p99 peak | 3,000 |"):
        reply = _reply(f"{table}\nprovisioned at 30% off, sized for the peak: utilization and cost vs on-demand?")
        assert "*2.5*" in reply.text, table  # 3,000 ÷ 1,200
        assert "40%" in reply.text and "1.75×" in reply.text  # 1 ÷ 2.5; (1 − 30%) × 2.5


def test_a_quantity_column_counted_in_millions_scales_the_cache_lines_too() -> None:
    # before: "50" cache read tokens under "Qty (MTok)" were priced as 50 tokens ($0.0001 saved)
    reply = _reply("September bill:\n\nItem                 Qty (MTok)   Rate    Amount\n"
                   "input tokens         200          $2.00   $400.00\n"
                   "cache read tokens    50           $0.20   $10.00\n"
                   "cache write tokens   5            $2.50   $12.50\n\n"
                   "what did caching save, net of the write premium?")
    assert "*$90.00*" in reply.text  # 50M × ($2.00 − $0.20)
    assert "*$2.50*" in reply.text  # 5M × ($2.50 − $2.00)
    assert "*$87.50*" in reply.text


def test_a_sheets_period_said_in_brackets_before_it_includes_a_quarter() -> None:
    # before: a quarter's tokens were read as a year's
    reply = _reply("forecast (per quarter):\n\nteam,input_tokens,output_tokens,input_$per_M,output_$per_M\n"
                   "search,400M,100M,1.00,4.00\n\nwhat's the yearly cost?")
    assert "*$3,200.00*" in reply.text  # 4 × (400 × 1 + 100 × 4)


def test_a_table_of_plans_and_their_prices_in_words() -> None:
    # before: the per-call row was joined to the per-token row, and its fee never read
    reply = _reply("| plan | price |\n|---|---|\n| flat | a penny per call |\n"
                   "| metered | $1/M input, $3/M output |\n"
                   "calls run 4,000 in / 1,000 out. which is cheaper per call, and where do they cross?")
    assert "*$0.007*" in reply.text  # 4,000 × 1 + 1,000 × 3, per 1M
    assert "*$0.01*" in reply.text


def test_rows_under_a_titles_rule_are_keyed_lines_and_a_share_off_on_demand_is_an_offer() -> None:
    # before: the first row was taken as the header, and "35% below on-demand" as the on-demand baseline
    reply = _reply("Call notes | Acme | claims bot\n---|---\ntraffic | steady 24/7\n"
                   "peak-to-average | 1.25\nreserved offer | 35% below on-demand\n"
                   "what should they buy?")
    assert "Break-even utilization at a 35% discount: 1 − 35% = 65%." in reply.text
    assert "0.8125× on-demand" in reply.text  # (1 − 35%) × 1.25


def test_a_share_said_again_with_their_is_the_one_said_before() -> None:
    # before: "their 10%" was read as the list markup too: (1 + 10%) × (1 − 10%) − 1
    reply = _reply("Direct is $2.00 per million input tokens; Vertex lists $2.40 per million. The customer's Google "
                   "Cloud enterprise discount is 10%. What is Vertex's list markup, and where does it land after "
                   "their 10%?")
    assert "*20%*" in reply.text  # 2.40 ÷ 2.00 − 1
    assert "*8%*" in reply.text  # 1.2 × 0.9 − 1


def test_what_the_prefix_costs_over_the_month_with_no_caching() -> None:
    # before: only a day's figures, and only when "with and without" was asked
    reply = _reply("a 4,000-token system prompt goes on every call. input $1 per million, cached reads $0.10 per "
                   "million, writes free. 500k calls a month, 90% hit the cache. what does the system prompt cost "
                   "per month with no caching, and what do they save?")
    assert "*$2,000.00* without caching" in reply.text  # 500k × 4,000 × $1/M
    assert "*$1,620.00*" in reply.text  # 450k hits × 4,000 × $0.90/M


def test_a_column_of_calls_per_business_day() -> None:
    # before: "calls/biz day" was read as "calls/biz a day", and the day asked about
    reply = _reply("they run on business days only, 20 a month:\n\n"
                   "app\tcalls/biz day\tavg in\tavg out\tin rate\tout rate\n"
                   "triage\t10,000\t1,000\t200\t$0.002/1K\t$0.008/1K\n\nmonthly cost?")
    assert "*$720.00*" in reply.text  # 10,000 × 20 × (1,000 × 2 + 200 × 8) / 1M


def test_a_csv_headers_structure_column_asks_no_structure() -> None:
    # before: "id,structure,term" was read as a question of which structure fits
    reply = _reply("deal sheet:\n\nid,structure,term,forecast_util,notes\n"
                   'D-7,provisioned,12mo,50%,"rep says the vendor offers a fifth off on-demand"\n\n'
                   "what utilization do they need to break even, and at the 50% forecast what is the cost as a "
                   "multiple of on-demand?")
    assert reply.intent == "break_even"
    assert "1.6× on-demand" in reply.text  # (1 − 20%) ÷ 50%
