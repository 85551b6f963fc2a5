"""Bill and console rows read by what they name (our own sentences, not a scored batch's): a row's side or cache line
named in any of its leading cells, a bill's cache read and write lines as tokens and prices, a line's amount as what
it came to, a hyperscaler line marked before the discount as the list spend, dollars written by their currency code,
and a sheet of fields with a notes column."""

from __future__ import annotations

from tests.support.replies import reply_text


def test_a_side_named_in_the_second_cell_prices_that_side() -> None:
    # 800M × $1.25/1M = $1,000.00; 200M × $5/1M = $1,000.00; on-demand $2,000.00; 2 × $1.20 × 730 = $1,752.00
    reply = reply_text(
        "model   | line          | qty  | price\n"
        "mini-x  | input tokens  | 800M | $1.25 / 1M\n"
        "mini-x  | output tokens | 200M | $5.00 / 1M\n\n"
        "that's March on-demand. 2 provisioned units at $1.20/unit-hour would carry it. on-demand cost vs the units?")
    assert "*$2,000.00* a month" in reply and "$1,752.00" in reply and "*$248.00 a month less*" in reply


def test_a_bills_cache_lines_give_the_saving_and_the_net() -> None:
    # reads 500M × ($2.00 − $0.20)/1M = $900.00; writes 4M × ($2.50 − $2.00)/1M = $2.00; net $898.00
    reply = reply_text(
        "statement, May\n"
        "line                     tokens         rate ($/MTok)    amount\n"
        "Input tokens             60,000,000     2.00             120.00\n"
        "Cache write              4,000,000      2.50             10.00\n"
        "Cache read               500,000,000    0.20             100.00\n"
        "Output tokens            5,000,000      8.00             40.00\n\n"
        "what did caching save over the month, before and after the write premium?")
    assert "*$900.00*" in reply and "*$2.00*" in reply and "*$898.00*" in reply
    assert "I left these out" not in reply


def test_a_line_marked_pre_discount_is_the_list_spend() -> None:
    # after a 20% EA: $30,000 × 0.8 = $24,000.00; effective markup 1.25 × 0.8 − 1 = 0%
    reply = reply_text(
        "Azure bill, June\n  Azure OpenAI  tokens (standard)  ....  USD 30,000.00  (before discounts)\n\n"
        "list is 25% over direct and the EA knocks 20% off. what's the bill after the EA?")
    assert "*$24,000.00* a month" in reply


def test_a_key_in_dollars_carries_its_value_as_dollars() -> None:
    # 10 × $3.00 × 730 = $21,900.00 against $25,000.00 on-demand: $3,100.00 less
    reply = reply_text("units: 10\nunit_hourly_price: $3.00\nondemand_cost_usd_last_month: 25,000\n"
                       "do the units beat that?")
    assert "$21,900.00" in reply and "*$3,100.00 a month less*" in reply


def test_cache_counts_named_as_counts_are_hits_and_writes() -> None:
    # 4,000 × ($3 − $0.30)/1M = $0.0108 a hit; 9,000 hits $97.20; 1,000 writes × 4,000 × $0.75/1M = $3.00; net $94.20
    reply = reply_text("export, one week:\nprefix_tokens: 4000\ninput_rate_per_mtok: 3.00\n"
                       "cache_read_rate_per_mtok: 0.30\ncache_write_rate_per_mtok: 3.75\ncache_hit_count: 9,000\n"
                       "cache_write_count: 1,000\nnet saving that week?")
    assert "*$94.20*" in reply


def test_a_fields_sheet_with_notes_is_read_by_key_in_csv_and_in_a_pipe_table() -> None:
    # 1.3 × 0.9 − 1 = 17%; $20,000 × 1.17 = $23,400.00
    question = "\n\nwhat's the markup after the EA and the monthly bill on bedrock?"
    csv = ("metric,value,source\ndirect_spend_monthly_usd,20000,their finance team\nbedrock_list_markup,30%,AWS quote\n"
           "ea_discount,10%,EA, signed in May")
    pipe = ("| field | value | notes |\n|---|---|---|\n| direct_spend_monthly_usd | 20000 | their finance team |\n"
            "| bedrock_list_markup | 30% | AWS quote |\n| ea_discount | 10% | signed in May |")
    for sheet in (csv, pipe):
        reply = reply_text(sheet + question)
        assert "*17%*" in reply and "*$23,400.00* a month" in reply, sheet
