"""Numbers as reps write them: read right, or asked about; never a silently different number."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import router
from bot.parse import parse
from bot.parse.forms import read_forms


def _fields(text: str) -> dict[str, object]:
    return {k: v for k, v in parse(text).fields.model_dump().items() if v not in (None, [])}


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # number words and fractions
        ("seven million input tokens a day and two million output at $1/$2", "input_tokens_per_day", 7_000_000),
        ("forty-five percent discount on PTUs and 90% utilization", "discount", Decimal("0.45")),
        ("a fifth off provisioned, 90% utilization", "discount", Decimal("0.2")),
        ("30% off provisioned and they'd run at three quarters", "utilization", [Decimal("0.75")]),
        ("35% off provisioned, utilisation about one half", "utilization", [Decimal("0.5")]),
        ("vendor wants half a cent per request, 1k in / 100 out at $1/$2", "per_call_fee", Decimal("0.005")),
        ("two tenths of a cent per call, 1k in / 100 out at $1/$2", "per_call_fee", Decimal("0.002")),
        ("¼ cent per call, 1k in / 100 out at $1/$2", "per_call_fee", Decimal("0.0025")),
        ("a flat 3c a request, 1k in / 100 out at $1/$2", "per_call_fee", Decimal("0.03")),
        ("one and a half million input tokens a day, 300k output, $1/$2", "input_tokens_per_day", 1_500_000),
        ("a couple of thousand calls a day, 1k in / 100 out at $1/$2", "calls_per_day", 2000),
        ("a half-billion input tokens a month and 10M output a month at $1/$2", "input_tokens_per_day",
         Decimal(500_000_000) * 24 / 730),
        ("0.6 utilisation at a 30% discount", "utilization", [Decimal("0.6")]),
        ("discount is 0.3 and utilization 80%", "discount", Decimal("0.3")),
        # grouping and notation
        ("3,5k calls a day, 2k in / 100 out at $1/$2", "calls_per_day", 3500),
        ("20.000 calls a day, 2k in / 100 out at $1/$2", "calls_per_day", 20000),
        ("2.000.000 calls a month, 2k in / 100 out at $1/$2", "calls_per_day", Decimal(2_000_000) * 24 / 730),
        ("5'000 calls a day, 2k in / 100 out at $1/$2", "calls_per_day", 5000),
        ("20,00,000 calls a month, 2k in / 100 out at $1/$2", "calls_per_day", Decimal(2_000_000) * 24 / 730),
        ("10^5 calls a day, 2k in / 100 out at $1/$2", "calls_per_day", 100_000),
        ("2**16 calls a day, 2k in / 100 out at $1/$2", "calls_per_day", 65536),
        ("3e4 calls a day, 2k in / 100 out at $1/$2", "calls_per_day", 30_000),
        # typos in keywords and model names
        ("2k tokns in and 500 tokns out per call at $1/$2", "input_tokens_per_call", 2000),
        ("40% discount, 70% utilisaton", "utilization", [Decimal("0.7")]),
    ],
)
def test_number_forms_are_read(text: str, field: str, value: object) -> None:
    got = _fields(text)[field]
    if isinstance(value, list):
        assert got == value
    else:
        assert isinstance(got, Decimal) and abs(got - Decimal(value)) < Decimal("1e-9") * max(1, abs(got))


def test_a_model_name_typo_is_read_as_the_model() -> None:
    assert parse("5k calls a day, 1k in / 200 out on haiku 3.5, cost?").fields.model == "haiku 3.5"
    assert parse("5k calls a day, 1k in / 200 out on hiaku 3.5, cost?").fields.model == "haiku 3.5"


@pytest.mark.parametrize(
    "model", ["gemini-2.5-pro", "gemini-2.5-flash", "gemini-1.5-pro", "claude-3.5-sonnet", "mistral-large-2",
              "llama-3.1-70b", "gpt-4.1-mini"])
def test_a_model_id_with_a_version_after_a_hyphen_is_read_as_typed(model: str) -> None:
    """The typo check reads words that end in a letter: "gemini-" of "gemini-2.5-pro" is not a misspelt "gemini"."""
    ask = parse(f"quote {model} for 2M input and 500k output tokens a day")
    assert ask.fields.model == model
    reply = router.answer(ask.text, rate_cards={})
    assert "unknown model" not in reply.text and "$" in reply.text


@pytest.mark.parametrize("form", ["1.500", "2.250", "10^40", "9e30"])
def test_a_form_with_two_readings_or_out_of_reach_is_asked_about(form: str) -> None:
    ask = parse(f"{form} calls a day, 1k in / 200 out at $1/$2")
    assert "calls_per_day" not in _fields(ask.text)
    assert any(a.field == "number" and form in a.question for a in ask.ambiguities)


@pytest.mark.parametrize(
    "text",
    ["thousands of calls a day", "half an hour of traffic", "the quarter closes friday", "per million tokens"],
)
def test_vague_or_non_number_words_stay_words(text: str) -> None:
    assert not any(ch.isdigit() for ch in read_forms(text)[0])


# Any mix of the forms reads as the value written, or the ask says it could not read it.
def _forms(n: int) -> list[str]:
    plain = f"{n:,}"
    out = [str(n), plain, plain.replace(",", "."), plain.replace(",", "'"), plain.replace(",", " ")]
    if n >= 1000 and n % 100 == 0:
        out.append(f"{n / 1000:g}k".replace(".", ","))
    if n >= 100_000:
        s = str(n)
        head, tail = s[:-3], s[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        out.append(",".join([head, *groups, tail]))
    if n % 1_000_000 == 0:
        out += [f"{n // 1_000_000} million", f"{n // 1_000_000}M"]
    elif n % 100_000 == 0 and n > 1_000_000:
        out.append(f"{n / 1_000_000:g} million")
    exponent = len(str(n)) - 1
    if n == 10**exponent:
        out += [f"10^{exponent}", f"1e{exponent}", f"10**{exponent}"]
    return out


@given(st.sampled_from([1000, 2500, 10_000, 40_000, 100_000, 1_000_000, 1_500_000, 2_000_000, 10_000_000]),
       st.data())
def test_number_forms_never_read_as_a_different_number(n: int, data: st.DataObject) -> None:
    calls, prompt = data.draw(st.sampled_from(_forms(n))), data.draw(st.sampled_from(_forms(2000)))
    ask = parse(f"{calls} calls a day, {prompt} tokens in and 300 out per call at $2/$8")
    f = ask.fields
    asked = {a.field for a in ask.ambiguities}
    assert f.calls_per_day == n or (f.calls_per_day is None and asked)
    assert f.input_tokens_per_call == 2000 or (f.input_tokens_per_call is None and asked)


# Decimals as they are written across Europe and elsewhere: a point, a decimal comma, and thousands grouped by commas,
# dots or spaces before the decimal mark. Any mix reads as the value written, or the reply asks; never another number.
def _decimal_forms(value: Decimal) -> list[str]:
    whole, _, frac = f"{value:f}".partition(".")
    grouped = f"{int(whole):,}"
    if not frac:
        return [whole, grouped]
    out = [f"{grouped}.{frac}", f"{grouped.replace(',', '.')},{frac}", f"{grouped.replace(',', ' ')},{frac}"]
    if int(whole) < 1000:
        out.append(f"{whole},{frac}")
    return out


_RATES = st.decimals(min_value=Decimal("0.05"), max_value=Decimal("2500"), places=2)
_RATE_FORMS = ["input {a} $/M and output {b} $/M", "${a}/M in, ${b}/M out", "in {a} USD/MTok, out {b} USD/MTok",
               "{a} dollars input and {b} dollars output per million"]


@given(_RATES, _RATES, st.sampled_from(_RATE_FORMS), st.sampled_from([1000, 2500, 10_000, 40_000]), st.data())
def test_decimal_forms_never_read_as_a_different_rate(a: Decimal, b: Decimal, form: str, n: int,
                                                      data: st.DataObject) -> None:
    shown_a, shown_b = data.draw(st.sampled_from(_decimal_forms(a))), data.draw(st.sampled_from(_decimal_forms(b)))
    calls = data.draw(st.sampled_from(_forms(n)))
    ask = parse(f"{calls} calls a day, 2k tokens in and 300 out per call, {form.format(a=shown_a, b=shown_b)}")
    f, asked = ask.fields, {x.field for x in ask.ambiguities}
    assert f.input_rate == a or (f.input_rate is None and asked)
    assert f.output_rate == b or (f.output_rate is None and asked)
    assert f.calls_per_day == n or (f.calls_per_day is None and asked)


@given(st.decimals(min_value=Decimal("1.01"), max_value=Decimal("9.99"), places=2),
       st.decimals(min_value=Decimal("5"), max_value=Decimal("80"), places=1), st.data())
def test_decimal_commas_in_ratios_and_percentages_are_read(par: Decimal, discount: Decimal,
                                                           data: st.DataObject) -> None:
    shown_par = data.draw(st.sampled_from(_decimal_forms(par)))
    shown_d = data.draw(st.sampled_from(_decimal_forms(discount)))
    unit = data.draw(st.sampled_from(["%", " %", " percent"]))
    ask = parse(f"peak-to-average ratio is {shown_par}, {shown_d}{unit} off provisioned, sized for peak: utilisation?")
    f, asked = ask.fields, {x.field for x in ask.ambiguities}
    assert f.peak_to_average == par or (f.peak_to_average is None and asked)
    assert f.discount == discount / 100 or (f.discount is None and asked)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("the peak to average here is 1,4 and PTUs are 35% off, sized for the peak", "peak_to_average", "1.4"),
        ("they get 17,5 percent off provisioned and would run at 85%", "discount", "0.175"),
        ("20k calls a day, 800 in / 150 out, input 0,9 and output 3,6 USD per million", "output_rate", "3.6"),
        ("on-demand bill 12.400,50 USD a month; provisioned 30% off at 80% utilisation", "on_demand_spend",
         "12400.50"),
    ],
)
def test_a_decimal_comma_is_read_wherever_it_stands(text: str, field: str, value: str) -> None:
    assert _fields(text)[field] == Decimal(value)


@pytest.mark.parametrize("form", ["1,2345", "3,000,5", "10,20,30"])
def test_commas_in_no_known_grouping_are_asked_about(form: str) -> None:
    ask = parse(f"{form} calls a day, 1k in / 200 out at $1/$2")
    assert "calls_per_day" not in _fields(ask.text)
    assert any(a.field == "number" and form in a.question for a in ask.ambiguities)


@pytest.mark.parametrize("text", ["5,000 calls a day", "1,234,567 calls a day", "calls: 10, 20 or 30 a day"])
def test_thousands_groups_and_spaced_lists_are_not_decimal_commas(text: str) -> None:
    assert "." not in read_forms(text)[0] and not read_forms(text)[1]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # the message writes continental numbers elsewhere: "1.200" is twelve hundred
        ("pilot: 25.000 calls/day, 1.200 in and 250 out each, 2/8 per MTok", "input_tokens_per_call", 1200),
        ("prefix 3.500 tokens, input 1,10 $/MTok, cached 0,11, 8.000 calls/day", "prefix_tokens", 3500),
        ("1.000.000 calls a month, 1.500 in / 300 out, $1/$4", "input_tokens_per_call", 1500),
    ],
)
def test_a_dot_group_follows_the_messages_own_convention(text: str, field: str, value: int) -> None:
    assert _fields(text)[field] == value


@pytest.mark.parametrize(
    "text",
    [
        # English signs beside it (a point decimal, a comma group): "1.200" keeps both readings and is asked about
        "25.000 tokens of context, 1.200 calls a day, 250 in and 50 out each, $0.80/$3.20 per MTok",
        "250 in and 50 out, 1.200 calls an hour, 25,000 calls a day at peak, $2/$8",
        # nothing to tell by
        "250 in and 50 out each, 1.200 calls a minute at $2/$8",
    ],
)
def test_a_dot_group_without_a_clear_convention_is_asked_about(text: str) -> None:
    ask = parse(text)
    assert not {Decimal("1.2"), Decimal(1200)} & set(_fields(text).values())  # neither reading is guessed
    assert any(a.field == "number" and "1.200" in a.question for a in ask.ambiguities)


@pytest.mark.parametrize("text", ["25.000 calls/day, 1.200 in and 250 out each, $0.80/$3.20 per MTok",
                                  "1.200 in and 250 out, 25,000 calls a day, $2/$8",
                                  "1.200 in and 250 out each, 5k calls a day at $2/$8"])
def test_a_dot_group_of_tokens_on_a_side_is_their_count(text: str) -> None:
    # no call carries 1.2 input tokens: the one reading a count of tokens can have
    assert parse(text).fields.input_tokens_per_call == Decimal(1200)


# The same forms after a label ("input: 2,500,000 tokens a day", "out: 2.5M/day"): never cut at a grouping comma.
_LABEL_FIRST = ["input: {a} tokens a day, output: {b} tokens a day at $1/$2",
                "in: {a} tok/day. out: {b}/day. rates $1 / $2. daily?",
                "input {a} tokens per day and output {b} tokens per day, $1/$2"]


@given(st.sampled_from([10_000, 40_000, 100_000, 1_000_000, 2_000_000, 10_000_000]),
       st.sampled_from([100_000, 1_000_000, 2_500_000]), st.sampled_from(_LABEL_FIRST), st.data())
def test_label_first_counts_never_read_as_a_different_number(a: int, b: int, form: str, data: st.DataObject) -> None:
    shown_a, shown_b = data.draw(st.sampled_from(_forms(a))), data.draw(st.sampled_from(_forms(b)))
    ask = parse(form.format(a=shown_a, b=shown_b))
    f, asked = ask.fields, {x.field for x in ask.ambiguities}
    assert f.input_tokens_per_day == a or (f.input_tokens_per_day is None and asked)
    assert f.output_tokens_per_day == b or (f.output_tokens_per_day is None and asked)
