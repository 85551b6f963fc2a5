"""A pasted table whose rows are separate items (bots, deals, deployments) is answered row by row: each row's own
figures under its name, and the rows added up where a total means something (our own tables, not a scored
batch's)."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse.tables import item_rows
from tests.support.replies import reply_text


def _in_order(reply: str, *parts: str) -> None:
    """Each part is in the reply, each after the one before it."""
    at = 0
    for part in parts:
        found = reply.find(part, at)
        assert found >= 0, f"{part!r} not after position {at} in:\n{reply}"
        at = found + len(part)


def test_each_assistant_gets_its_caching_saving_and_the_day_is_added_up() -> None:
    # $2.50 - $0.25 = $2.25/M: 6,000 x 2.25/1M = $0.0135 x 10,000 = $135.00; 2,000 x 2.25/1M = $0.0045 x 40,000 =
    # $180.00; together $315.00 a day
    text = ("two assistants on one model, $2.50/M input and $0.25/M cached input; count every call as a hit:\n\n"
            "| assistant | prefix tokens | requests/day |\n|---|---|---|\n| onboarding | 6,000 | 10,000 |\n"
            "| billing | 2,000 | 40,000 |\n\ndaily saving for each and combined?")
    reply = reply_text(text)
    _in_order(reply, "*onboarding*", "$0.0135", "$135.00 a day", "*billing*", "$0.0045", "$180.00 a day",
              "$135.00 + $180.00 = *$315.00 a day*")


def test_each_deployment_in_a_csv_gets_its_monthly_bill_and_the_total_splits_input_and_output() -> None:
    # search: 200M x $0.40 = $80.00, 20M x $1.60 = $32.00, $112.00; agent: 50M x $3 = $150.00, 25M x $15 = $375.00,
    # $525.00; together $637.00 (input $230.00, output $407.00)
    text = ("deployment,input_mtok_month,output_mtok_month,input_usd_per_m,output_usd_per_m\n"
            "search,200,20,0.40,1.60\nagent,50,25,3,15\nmonthly bill per deployment and overall?")
    reply = reply_text(text)
    _in_order(reply, "*search*", "$80.00", "$32.00", "$112.00", "*agent*", "$150.00", "$375.00", "$525.00",
              "$112.00 + $525.00 = *$637.00*", "input $230.00, output $407.00")


def test_each_deal_in_a_csv_gets_its_break_even_and_no_total() -> None:
    # Northwind: 1 - 25% = 75%, 0.75 / 0.70 = 107.14%; Contoso: 1 - 45% = 55%, 0.55 / 0.50 = 110%
    reply = reply_text("renewals to check:\ncustomer,ptu_discount,avg_utilisation\nNorthwind,25%,70%\n"
                       "Contoso,45%,50%\nbreak-even and cost vs on-demand for each?")
    _in_order(reply, "*Northwind*", "75%", "107.14%", "*Contoso*", "55%", "110%")
    assert "Both rows" not in reply  # percentages of different deals do not add up


def test_a_row_with_a_number_out_of_range_is_refused_alone() -> None:
    reply = reply_text("| deal | discount | utilization |\n|---|---|---|\n| Initech | 140% | 80% |\n"
                       "| Hooli | 30% | 80% |\nbreak-even for each?")
    _in_order(reply, "*Initech*", "140%", "out of range", "*Hooli*", "70%")
    assert reply.startswith("*Provisioned throughput: break-even, row by row*"), reply
    assert "Traceback" not in reply


def test_rows_that_need_more_ask_for_it_under_their_name_and_are_not_added() -> None:
    # per hit only: 3,000 x ($3 - $0.30)/1M = $0.0081; 9,000 x 2.70/1M = $0.0243; no call volume, so no day total
    reply = reply_text("| bot | prefix tokens |\n|---|---|\n| triage | 3,000 |\n| research | 9,000 |\n"
                       "$3/M input, $0.30/M cache read: saving per hit for each?")
    _in_order(reply, "*triage*", "$0.0081", "call volume", "*research*", "$0.0243", "call volume")
    assert "Both rows" not in reply


def test_the_reply_reports_the_rows_intent_and_names_every_row() -> None:
    reply = router.answer("deal,discount,utilization\nA1,20%,90%\nB2,35%,75%\nC3,50%,60%\nbreak-even each?",
                          rate_cards={})
    assert reply.intent == "break_even"
    assert [row["label"] for row in reply.data["result"]["rows"]] == ["A1", "B2", "C3"]


def test_a_table_of_one_items_fields_or_a_workloads_parts_is_not_split() -> None:
    assert item_rows("| line | value |\n|---|---|\n| direct spend | $9,000/mo |\n| list markup | 20% |") is None
    assert item_rows("| workload | calls/day | input tok/call | output tok/call |\n|---|---|---|---|\n"
                     "| chat | 10,000 | 1,000 | 200 |\n| search | 5,000 | 3,000 | 100 |") is None
    assert item_rows("| deal | discount |\n|---|---|\n| A | 30% |") is None  # one row is the ask itself


def test_a_table_of_options_whose_cells_are_sentences_is_read_whole() -> None:
    text = ("options on the table, 2M calls a month:\n\n| route | price |\n|---|---|\n"
            "| vendor X endpoint | $0.0009 per call |\n| small model | $0.20/M input, $0.80/M output |\n\n"
            "each call ~1,500 in / 80 out: monthly cost of each?")
    assert item_rows(text) is None


def test_two_rows_are_added_up_as_both_rows_and_share_their_assumptions_once() -> None:
    # alpha: 5,000 x ($3 - $0.30)/1M = $0.0135 a hit; beta: 3,000 x 2.70/1M = $0.0081
    text = ("| team | prefix tokens | calls/day | hit rate |\n|---|---|---|---|\n| alpha | 5,000 | 6,000 | 85% |\n"
            "| beta | 3,000 | 9,000 | 70% |\n\nclaude sonnet 4.5 on anthropic, caching saving a day for each?")
    reply = reply_text(text)
    _in_order(reply, "*alpha*", "$0.0135", "*beta*", "$0.0081", "*Both rows, net of cache writes:*",
              "*Assumptions (both rows):*")
    assert reply.count("*Assumptions") == 1, reply
    assert "All 2 rows" not in reply and "the 2 rows" not in reply


def test_three_rows_share_their_assumptions_once_for_every_row() -> None:
    text = ("| team | prefix tokens | calls/day | hit rate |\n|---|---|---|---|\n| alpha | 5,000 | 6,000 | 85% |\n"
            "| beta | 3,000 | 9,000 | 70% |\n| gamma | 8,000 | 1,000 | 90% |\n\n"
            "claude sonnet 4.5 on anthropic, caching saving a day for each?")
    reply = reply_text(text)
    _in_order(reply, "*gamma*", "*All 3 rows, net of cache writes:*", "*Assumptions (every row):*")
    assert reply.count("*Assumptions") == 1, reply


def test_rows_with_different_assumptions_keep_their_own() -> None:
    from bot.present import _rows_of

    anthropic = router.understand("3,000 token prefix, 2,000 calls a day, sonnet 4.5 on anthropic, caching saving?",
                                  rate_cards={})
    openai = router.understand("9,000 token prefix, 1,000 calls a day, gpt-4o on openai, caching saving?",
                               rate_cards={})
    rows, shared = _rows_of([anthropic, openai])
    assert shared is None
    assert all("*Assumptions:*" in row for row in rows)
    rows, shared = _rows_of([anthropic, anthropic])
    assert shared is not None and shared.startswith("*Assumptions:*")
    assert not any("*Assumptions" in row for row in rows)


def test_each_flow_in_a_bulleted_list_gets_its_day_and_the_flows_are_added_up() -> None:
    # support: 2,000 × $0.50/1M + 300 × $2/1M = $0.0016 × 10,000 = $16.00 a day;
    # summaries: 6,000 × $0.50/1M + 500 × $2/1M = $0.004 × 2,000 = $8.00 a day; together $24.00 a day,
    # $24.00 × 730 ÷ 24 = $730.00 a month
    text = ("same customer, two flows on one model at $0.50 in / $2 out per M:\n"
            "- support bot: 10k calls/day, 2,000 in / 300 out\n"
            "- nightly summaries: 2k calls/day, 6,000 in / 500 out\n"
            "cost per flow per day, both together per day and per month?")
    reply = reply_text(text)
    _in_order(reply, "*support bot*", "$0.0016", "*$16.00*", "*nightly summaries*", "$0.004", "*$8.00*",
              "$16.00 + $8.00 = *$24.00*", "*$730.00*")


def test_flows_listed_with_a_dash_after_the_name_are_separate_items() -> None:
    # a: 1,000 × $3/1M + 200 × $15/1M = $0.006 × 5,000 = $30.00; b: 4,000 × $3/1M + 800 × $15/1M = $0.024 × 500
    # = $12.00; $42.00 a day
    text = ("$3/$15 per million.\n• triage — 5,000 requests a day, 1k in / 200 out\n"
            "• escalations — 500 requests a day, 4k in / 800 out\ndaily per flow and total?")
    _in_order(reply_text(text), "*triage*", "*$30.00*", "*escalations*", "*$12.00*", "$30.00 + $12.00 = *$42.00*")


@pytest.mark.parametrize(
    "text",
    [
        # one deal's fields, one per line: a single quote, not items
        "quote please:\n- calls: 20k/day\n- input: 1,500 tokens\n- output: 400 tokens\n- rates: $1/$4",
        # two price lists for the same tokens: a switch, priced both ways in one quote
        "20k calls/day, 1,500 in / 400 out.\n- current: $5/$20\n- proposed: $1/$4\nmonthly saving?",
        # the parts of one day's traffic, each with its hours: one workload's profile, not two flows
        "one weekday, daily cost at $1/$4:\n- business hours 09:00–17:00 (8h): 60 requests/min, 2k in / 300 out\n"
        "- rest of the day (16h): 10 requests/min, 2k in / 300 out",
        "- weekdays: 80k calls a day, 1,500 in / 400 out\n- weekends: 15k calls a day, 1,500 in / 400 out\n"
        "$1.10/$4.40. week cost?",
    ],
)
def test_a_list_of_one_deals_fields_is_not_split_into_items(text: str) -> None:
    assert item_rows(text) is None
    assert "row by row" not in reply_text(text)


def test_call_shapes_beside_a_fee_per_call_are_each_priced_against_it() -> None:
    # 500 × $2 + 100 × $10 = $0.002 per call; 2,000 × $2 + 400 × $10 = $0.008; the fee $0.005 sits between them
    text = ("vendor fee $0.005/call; per-token $2/M in, $10/M out. our two call shapes:\n"
            "| shape | in | out |\n|---|---|---|\n| short | 500 | 100 |\n| long | 2,000 | 400 |\n"
            "which should go per-call?")
    reply = reply_text(text)
    _in_order(reply, "*short*", "*$0.002*", "per-token is cheaper", "*long*", "*$0.008*", "the flat fee is cheaper")
    assert "For 2 calls" not in reply  # two kinds of call, not two calls


def test_usage_rows_of_one_workload_still_add_up() -> None:
    text = ("last month's usage at $2/M in, $10/M out:\n| team | calls | in | out |\n|---|---|---|---|\n"
            "| sales | 10,000 | 500 | 100 |\n| support | 20,000 | 1,000 | 200 |\nwhat did the month cost?")
    assert item_rows(text) is None
