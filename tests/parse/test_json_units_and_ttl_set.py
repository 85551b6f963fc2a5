"""A pasted JSON object read as a sheet's key=value pairs, a target cost said as what finance "wants" on keyed lines,
"capacity units", and a TTL "set to 1 hour". Our own sentences."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_a_json_object_of_figures() -> None:
    text = ('```\n{"model":"small","in_tok_per_hr":100000,"out_tok_per_hr":20000,"in_usd_per_mtok":2.00,'
            '"out_usd_per_mtok":8.00}\n```\nruns around the clock. daily?')
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(2), Decimal(8))
    assert "$8.64" in reply_text(text)  # 24 × (0.1 × $2 + 0.02 × $8)


def test_json_that_is_not_a_flat_object_of_figures_stays_as_written() -> None:
    assert parse('config {"a": [1, 2], "b": 3} - what is a PTU?').fields.input_rate is None


def test_a_cost_target_wanted_on_keyed_lines() -> None:
    text = "util=80%\nwant_cost_vs_ondemand=90%\nwhat discount do we need?"
    assert "28%" in reply_text(text)  # 1 − 0.8 × 0.9


def test_capacity_units_are_units() -> None:
    assert parse("3 capacity units at $10 per unit-hour all month").fields.units == Decimal(3)


def test_a_ttl_set_to_an_hour() -> None:
    assert parse("explicit cache, TTL set to 1 hour, 50k-token prefix, $2/M in, $0.50/M cached").fields.ttl_minutes == \
        Decimal(60)


def _object_of_length(inner: int) -> str:
    """A flat JSON object whose text between the braces is ``inner`` characters long, with a price and a count."""
    head = '"in_usd_per_mtok":2.00,"out_usd_per_mtok":8.00,"note":"'
    return "{" + head + "x" * (inner - len(head) - 1) + '"}'


def test_a_json_object_at_the_length_bound_is_read_and_one_past_it_is_left_as_written() -> None:
    from bot.parse.tables import read_tables

    assert "in_usd_per_mtok=2.0 " in read_tables(_object_of_length(2000))
    assert read_tables(_object_of_length(2001)) == _object_of_length(2001)
