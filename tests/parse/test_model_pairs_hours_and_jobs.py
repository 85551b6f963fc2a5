"""Quote and per-call asks whose figures were missing or wrong (our own sentences, not a scored batch's): a bare rate
pair right after a model's name ("haiku 0.8/4") is the message's rates, never replaced by the catalog's; tokens
stated per hour give an hour's cost; and a count of calls with no period in a per-call comparison is the calls both
structures are priced over."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("one call, 80k in / 2k out on haiku 0.8/4 - cost?", (Decimal("0.8"), Decimal(4))),
        ("20k in, 1k out at gpt-4.1 2/8 - what does a call cost?", (Decimal(2), Decimal(8))),
    ],
)
def test_a_bare_pair_after_a_model_is_its_rates(text: str, rates: tuple[Decimal, Decimal]) -> None:
    f = parse(text).fields
    assert (f.input_rate, f.output_rate) == rates


def test_the_stated_pair_is_priced_not_the_catalogs() -> None:
    # 80,000 × $0.80/1M = $0.064; 2,000 × $4/1M = $0.008
    assert_figures("one call, 80k in / 2k out on haiku 0.8/4 - cost?", ["$0.064", "$0.008", "$0.072"])


@pytest.mark.parametrize("text", ["claude 3.5/4 models on bedrock, 2k in / 300 out",
                                  "gemini 1.5/2.0 upgrade, 1M tokens"])
def test_a_version_pair_after_a_model_is_not_rates(text: str) -> None:
    assert parse(text).fields.input_rate is None


def test_tokens_per_hour_give_an_hours_cost() -> None:
    # 4M × $0.50/1M + 1M × $2/1M = $4.00 an hour; × 24 = $96.00 a day
    assert_figures("4M in / 1M out per hour round the clock at $0.50/$2, monthly?", ["*$4.00*", "$96.00"])


def test_a_count_of_calls_in_a_per_call_comparison_prices_both() -> None:
    # per-token 1,000 × $1/1M + 100 × $4/1M = $0.0014 a page; fee $0.002: 300,000 pages = $420.00 vs $600.00
    text = "ocr vendor charges $2 per 1k pages; per-token alternative 1k in + 100 out per page at $1/$4. 300k pages?"
    assert_figures(text, ["*$420.00*", "*$600.00*"])


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("40k tickets a month; each is ~1,200 tokens to read and 200 to write back. $1/$4 - monthly?", (1200, 200)),
        ("80k-token contracts summarised down to about 1.5k tokens, 300 contracts a week at $3/$15", (80000, 1500)),
    ],
)
def test_what_the_model_reads_is_input_and_what_it_writes_output(text: str, tokens: tuple[int, int]) -> None:
    f = parse(text).fields
    assert (f.input_tokens_per_call, f.output_tokens_per_call) == (Decimal(tokens[0]), Decimal(tokens[1]))


def test_documents_summarised_over_a_week() -> None:
    # 300 × (80,000 × $3/1M + 1,500 × $15/1M) = 300 × ($0.24 + $0.0225) = $78.75 a week
    assert_figures("80k-token contracts summarised down to about 1.5k tokens, 300 contracts a week at $3/$15. weekly?",
                   ["$78.75"])
