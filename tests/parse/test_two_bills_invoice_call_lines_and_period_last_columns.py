"""Bills and sheet lines as deal desks paste them: the hyperscaler's bill beside the direct one gives the effective
markup paid; an invoice line's amount after "calls @ fee" is their product, not a second fee; a snake-case column
named with its period last ("in_tok_day") counts per that period; a route's row of a sheet carries its spend."""

from __future__ import annotations

import pytest

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


@pytest.mark.parametrize("bills", [
    "our Vertex bill came to $8,640 a month and direct would be $7,200 a month",
    "invoice lines for June:\n  Vertex AI (net of EA) ...... $8,640.00\n  direct API equivalent ...... $7,200.00",
])
def test_two_bills_give_the_effective_markup_and_with_the_list_markup_the_ea_discount(bills: str) -> None:
    text = reply(f"{bills}. list markup is 30%. what are they really paying over direct, and what EA is that?")
    assert "$8,640.00 a month on the hyperscaler ÷ $7,200.00 direct − 1 = *20%*" in text  # 8,640 / 7,200 = 1.2
    assert "$1,440.00 a month more than direct" in text
    assert "= *7.69%*" in text  # 1 − 1.2 ÷ 1.3 = 0.0769
    assert "EA discount, e.g." not in text


def test_two_bills_and_the_ea_discount_give_the_list_markup() -> None:
    text = reply("they pay Bedrock $8,640 a month after a 10% EA discount; direct would be $7,200 a month. "
                 "list markup?")
    assert "= *33.33%*" in text  # 1.2 ÷ 0.9 − 1


def test_two_bills_alone_are_the_effective_markup_with_no_ea_question() -> None:
    text = reply("they pay Azure $8,640 a month; direct would be $7,200 a month. what markup is that?")
    assert "$8,640.00 a month on the hyperscaler ÷ $7,200.00 direct − 1 = *20%*" in text
    assert "assumes no EA discount" not in text and "EA discount, e.g." not in text


@pytest.mark.parametrize("line", ["requests: 400,000 @ $0.002 = $800.00",
                                  "TAGGER   400,000 requests   @ $0.002/request   $800.00",
                                  "400k calls at $0.002 each $800"])
def test_an_invoice_lines_amount_is_the_calls_times_the_fee(line: str) -> None:
    text = reply(f"May invoice:\n{line}\neach call ~900 tokens in and 60 out. on per-token at $1/M in and $4/M out, "
                 "what's a call and what would May have cost?")
    assert "Which per-call fee" not in text
    assert "$0.00114" in text  # 900 × $1/1M + 60 × $4/1M
    assert "*$456.00*" in text  # 400,000 × $0.00114


def test_an_amount_that_is_not_the_product_is_still_a_figure_to_place() -> None:
    text = reply("May invoice:\nrequests: 400,000 @ $0.002 = $950.00\neach call ~900 tokens in and 60 out; "
                 "per-token at $1/M in and $4/M out instead?")
    assert "$950" in text  # never dropped quietly: asked about or listed as not used


def test_columns_named_with_their_period_last_count_per_that_period() -> None:
    text = reply("daily averages from the export:\nteam,input_tokens_day,output_tokens_day\nsearch,20m,2m\n"
                 "chat,10m,4m\n$2/M in, $8/M out. monthly on a 30-day month?")
    assert "(a day)" in text
    assert "*$3,240.00*" in text  # (30m × $2 + 6m × $8) / 1M = $108 a day × 30


def test_a_routes_row_of_a_sheet_carries_its_spend() -> None:
    text = reply("| route | yearly_spend |\n|---|---|\n| direct API | $400k/yr |\n| Vertex | list +20% |\n"
                 "EA discount 10%. premium net of EA in dollars a year?")
    assert "$432,000.00" in text and "$32,000.00 a year more than direct" in text  # 400k × 1.2 × 0.9
