"""A usage export with a row a day ("date,input_tokens,output_tokens" over dated rows) is days in a row: each row
priced, an average day worked out from their total, the month from that average day and the days' total beside it;
never the rows added up and called one day."""

from __future__ import annotations

from bot import router

EXPORT = ("usage.csv\ndate,input_tokens,output_tokens\n2026-11-02,10000000,2000000\n2026-11-03,12000000,2400000\n"
          "2026-11-04,8000000,1600000\n2026-11-05,10000000,2000000\nrates $3/$15 per M. daily and monthly cost?")


def test_rows_of_days_give_an_average_day_and_their_total() -> None:
    text = router.answer(EXPORT, rate_cards={}).text
    # the four days: 40M in × $3/1M + 8M out × $15/1M = $120 + $120 = $240; an average day $60
    assert "An average day of the 4 in the table" in text
    assert "*$60.00*" in text
    assert "$60.00 × 730 h ÷ 24 h = *$1,825.00*" in text
    assert "Over 4 days: $60.00 × 4 days = *$240.00*" in text


def test_rows_of_workloads_are_still_added_up() -> None:
    text = router.answer("workload,input_tokens,output_tokens\nsupport,10000000,2000000\nsearch,12000000,2400000\n"
                         "rates $3/$15 per M, tokens a day. daily cost?", rate_cards={}).text
    assert "*$132.00*" in text  # 22M × $3/1M + 4.4M × $15/1M = $66 + $66
    assert "average day" not in text
