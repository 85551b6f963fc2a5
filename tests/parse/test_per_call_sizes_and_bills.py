"""Per-call asks whose figures were missing (our own sentences, not a scored batch's): a call given as a whole
size at an input:output mix ("1,600-token calls at 3:1"), a range of sizes at one mix priced at each end, a mix
named "in:out" that labels no count, a fee and a volume with no tokens (the fee's bill over the period), and a
per-call quote set against "the per-token alternative" with its fee still to ask for."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import Intent, parse
from tests.support.replies import assert_figures


def test_a_whole_call_size_at_a_mix_is_split_into_input_and_output() -> None:
    fields = parse("flat fee of $0.01 per call; calls are 1,600-token calls at 3:1 in:out on $1/$5").fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (Decimal(1200), Decimal(400))


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1,200 × $1/1M + 400 × $5/1M = $0.0032 at plan; at 4,000 tokens: 3,000 × $1/1M + 1,000 × $5/1M = $0.008
        ("we charge $0.006 a call. plan was 1,600-token calls at 3:1 in:out on a $1/$5 model; calls now average "
         "4,000 tokens. per-token cost at plan vs now?", ["$0.0032", "$0.008"]),
        # 4:1 on $2.50/$10: blended $4/1M. 300 tokens: 240 × 2.5 + 60 × 10 = $0.0012; 5,000: 4,000 × 2.5 + 1,000 × 10
        # = $0.02
        ("fee is 1 cent a request; calls run anywhere from 300 to 5,000 tokens at 4:1 in:out, per-token is "
         "$2.50/$10. per-token at both ends?", ["$0.0012", "$0.02"]),
    ],
)
def test_call_sizes_at_a_mix_are_priced_each(text: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.PER_CALL
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2,000 per 1,000 documents is $0.002 a document; 250,000 a month × $0.002 = $500.00
        ("the parsing vendor charges $2 per 1,000 documents and we send 250k documents a month. monthly bill?",
         ["$0.002", "$500.00"]),
        # 30,000 a day × $0.004 = $120 a day; a 730-hour month: 912,500 × $0.004 = $3,650.00
        ("api charges 0.4 cents a request, 30k requests a day", ["$3,650.00"]),
    ],
)
def test_a_fee_and_a_volume_without_tokens_give_the_fees_bill(text: str, figures: list[str]) -> None:
    answer = router.understand(text, rate_cards={})
    assert any(m.key == "tokens" for m in answer.missing)  # the comparison still needs them: asked, never guessed
    assert_figures(text, figures)


def test_a_per_call_quote_against_the_per_token_alternative_asks_for_the_fee() -> None:
    text = "supplier prices this per call. calls are 3k in / 300 out; the per-token option is $1/$4. which wins?"
    ask = parse(text)
    assert ask.intent is Intent.PER_CALL
    answer = router.understand(text, rate_cards={})
    assert any(m.key == "per_call_fee" for m in answer.missing)
    assert_figures(text, ["$0.0042"])  # 3,000 × $1/1M + 300 × $4/1M: the fee to beat
