"""What-ifs said as the new value: a caching ask's volume "more like 14,000 calls a day, what then?", the prompt
trimmed "to 4,500 tokens", and a quote's side doubled shown over the quarter asked. Our own sentences."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_a_second_call_volume_said_as_the_new_one_is_the_what_if() -> None:
    text = ("2,000-token prefix, $3/M input, cache hits $0.30/M, every call hits, 10,000 calls a day. the customer now "
            "says volume will be more like 15,000 calls a day, what then?")
    fields = parse(text).fields
    assert fields.calls_per_day == Decimal(10000) and fields.volume_factor == Decimal("1.5")
    reply = reply_text(text)
    assert "$54.00" in reply and "$81.00" in reply  # 2,000 × $2.70/M × 10,000 and × 15,000


def test_the_prompt_trimmed_is_the_prefix_what_if() -> None:
    text = ("our 5,000-token system prompt goes out on all 20k calls a day, input $3 per million, cached reads "
            "30 cents. every call a hit. and if legal makes them trim the prompt to 4,000 tokens, daily saving then?")
    fields = parse(text).fields
    assert (fields.prefix_tokens, fields.what_if_prefix) == (Decimal(5000), Decimal(4000))
    assert "$216.00" in reply_text(text)  # 4,000 × $2.70/M × 20,000


def test_a_side_doubled_over_the_quarter_asked() -> None:
    text = ("forecast: 600M input and 150M output per quarter at $1/M in and $4/M out. if output doubles, the new "
            "quarterly total?")
    assert "$1,800.00" in reply_text(text)  # 600 × $1 + 300 × $4
