"""Break-even questions as reps write them: the cost ratio said both ways (a multiple of on-demand and a share of
the on-demand cost), a new bill from a current on-demand spend, sizing for peak from a peak-to-average ratio, and
the shorthand for the inputs ("disc 40%", "OD", "PAYG", "b/e", "util 65").

Every expected figure is worked here from the formulas (break-even = 1 − d; cost vs on-demand = (1 − d) ÷ u; sized
for peak, u = 1 ÷ PAR; new bill = spend × (1 − d) ÷ u), never copied from a reply."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.format import money, percent, ratio
from tests.support.replies import reply_text

D = Decimal


def cost_ratio(discount: str, utilization: str) -> Decimal:
    return (1 - D(discount)) / D(utilization)


def both_ways(value: Decimal) -> str:
    """How the reply states a cost ratio: the multiple and the share of the on-demand cost."""
    return f"{ratio(value, 4)}× on-demand ({percent(value)} of the on-demand cost)"


# --- the cost ratio, both ways ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "discount", "utilization"),
    [
        ("PTUs 35% off, they'd sit at 50% utilization. what's that as a percentage of on-demand?", "0.35", "0.5"),
        ("30% discount, 80% utilised: provisioned relative to on-demand?", "0.3", "0.8"),
        ("at 45% utilisation on a 50% discount are we over or under on-demand?", "0.5", "0.45"),
        ("discount 25%, utilization 75% - where does that leave us vs on-demand", "0.25", "0.75"),
    ],
)
def test_the_cost_ratio_is_given_as_a_multiple_and_as_a_share_of_on_demand(
        text: str, discount: str, utilization: str) -> None:
    value = cost_ratio(discount, utilization)
    reply = reply_text(text)
    assert both_ways(value) in reply, reply
    change = percent(abs(1 - value))
    if value < 1:
        assert f"{change} below on-demand" in reply
    elif value > 1:
        assert f"{change} above on-demand" in reply
    else:
        assert "the same as on-demand" in reply


def test_sized_for_peak_gives_the_ratio_both_ways() -> None:
    value = (1 - D("0.4")) * 3  # u = 1/3
    reply = reply_text("peak-to-average ratio 3, 40% discount, they want to size for peak")
    assert both_ways(value) in reply and "180% of the on-demand cost" in reply
    assert "80% above on-demand" in reply


def test_the_short_summary_carries_the_share_of_on_demand() -> None:
    summary = router.answer("30% discount at 60% utilization", rate_cards={}).summary
    assert f"({percent(cost_ratio('0.3', '0.6'))} of the on-demand cost)" in summary  # 0.7 ÷ 0.6 = 116.67%


# --- a new bill from the current on-demand spend ---------------------------------------------------------------

def new_bill(spend: str, discount: str, utilization: str) -> tuple[Decimal, Decimal]:
    bill = D(spend) * (1 - D(discount)) / D(utilization)
    return bill, D(spend) - bill


@pytest.mark.parametrize(
    ("text", "spend", "discount", "utilization", "period"),
    [
        ("customer's OD bill is $15k/mo, 35% off provisioned, they'd run ~70% - new monthly bill?",
         "15000", "0.35", "0.7", "month"),
        ("PAYG spend $3.6M a year; provisioned at 30% off, util 90%. what's the yearly bill", "3600000", "0.3", "0.9",
         "year"),
        ("OD spend 48k/mo. 40 pct off, util 75. new bill?", "48000", "0.4", "0.75", "month"),
        ("they're spending 1.5 mil a year pay-as-you-go. 25% off provisioned, 80% utilisation: savings?", "1500000",
         "0.25", "0.8", "year"),
        ("12.5k a month on demand, disc 20%, util 85%. what would provisioned cost them", "12500", "0.2", "0.85",
         "month"),
        ("$2,000/wk on-demand today; 30% off PTUs and they'd only hit 50. weekly bill?", "2000", "0.3", "0.5", "week"),
    ],
)
def test_a_spend_in_reps_words_gives_the_new_bill_and_the_saving(
        text: str, spend: str, discount: str, utilization: str, period: str) -> None:
    bill, saving = new_bill(spend, discount, utilization)
    reply = reply_text(text)
    assert f"*{money(bill)}* a {period}" in reply, reply
    if saving > 0:
        assert f"{money(saving)} less than {money(D(spend))} on-demand" in reply
    else:
        assert f"{money(-saving)} more than {money(D(spend))} on-demand" in reply


def test_several_utilizations_give_a_bill_each() -> None:
    reply = reply_text("$9k/mo OD, PTU 35% off. bill at 60% util? and at 90%?")
    low, high = new_bill("9000", "0.35", "0.6"), new_bill("9000", "0.35", "0.9")
    assert f"*{money(low[0])}* a month, {money(-low[1])} more than $9,000.00 on-demand" in reply  # 9,750: above
    assert f"*{money(high[0])}* a month, {money(high[1])} less than $9,000.00 on-demand" in reply  # 6,500
    even = reply_text("$8,000 a month PAYG. 20% off provisioned. bill at 80% utilization?")
    assert "*$8,000.00* a month, the same as $8,000.00 on-demand" in even  # exactly at break-even


def test_a_spend_sized_for_peak_gives_the_bill_at_one_over_the_ratio() -> None:
    reply = reply_text("$50k/mo PAYG, 40% off, peak to avg 1.25 and they'll size for peak. new monthly?")
    bill, saving = new_bill("50000", "0.4", "0.8")  # u = 1 ÷ 1.25
    assert f"*{money(bill)}* a month, {money(saving)} less" in reply
    # the line multiplies out from what it shows: the ratio, not the rounded 1 ÷ PAR
    assert f"sized for peak (80% utilization): $50,000.00 × (1 − 40%) × 1.25 = *{money(bill)}*" in reply


def test_the_bill_is_restated_in_another_period_the_ask_names() -> None:
    reply = reply_text("we pay $20k a month OD; PTUs 30% off at 80% util - what's the annual saving?")
    bill, saving = new_bill("20000", "0.3", "0.8")
    assert f"*{money(bill)}* a month" in reply
    # a year is 8,760 hours, a month 730: × 12
    assert "on-demand $20,000.00 × 8,760 h ÷ 730 h = $240,000.00 a year" in reply
    assert f"new bill $240,000.00 × (1 − 30%) ÷ 80% = *{money(bill * 12)}* a year, {money(saving * 12)} less" in reply
    monthly_only = reply_text("$20k/mo on-demand, 30% off at 80% util, new monthly bill?")
    assert "a year" not in monthly_only  # the period the spend was given in is not restated


@pytest.mark.parametrize(
    "text",
    [
        "they push 500M a month on demand, 40% off provisioned at 70% util",  # tokens, not dollars
        "on-demand is $3/M in and $15/M out, 2B tokens a month, 30% off provisioned at 80% util",  # rates
        "we spend 2M tokens a day on demand; PTUs 30% off at 75% utilization",
        "good method: 30% off provisioned at 80% util",  # "od" inside words
    ],
)
def test_token_counts_and_rates_are_not_read_as_an_on_demand_spend(text: str) -> None:
    from bot.parse import parse

    assert parse(text).fields.on_demand_spend is None
    assert "New monthly bill" not in reply_text(text)


# --- inputs in shorthand ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "discount", "utilizations"),
    [
        ("disc 0.35, util 0.8 -> vs on-demand?", "0.35", ["0.8"]),
        ("35% disc, b/e? and the ratio at 72% util", "0.35", ["0.72"]),
        ("PTU offer 30% below OD. if they only reach 80, where are we?", "0.3", ["0.8"]),
        ("util 65, disc 30%. over or under PAYG?", "0.3", ["0.65"]),
        ("40% discount. cost vs on-demand at 55?", "0.4", ["0.55"]),
        ("half price vs on-demand, utilisation 70%", "0.5", ["0.7"]),
        ("utilisation dropped to 45% and the discount is 40%", "0.4", ["0.45"]),
        ("if usage falls to 50% on a 35% disc, how far over OD?", "0.35", ["0.5"]),
        # a follow-on in one message: the new value replaces the one it names
        ("revised offer: 42% off instead of 35%, utilization 70%", "0.42", ["0.7"]),
        ("they moved the discount up from 30% to 40%, util 70%", "0.4", ["0.7"]),
        ("util 75 (was 60%), disc 25%", "0.25", ["0.75"]),
        ("PTU deal: 0.3 off, running 0.85 - vs OD?", "0.3", ["0.85"]),
        ("we're running them at 70, disc is 35%. over or under PAYG?", "0.35", ["0.7"]),
        # a keyword between two numbers is the nearer one's: "off" is the 30%'s, so 75% is the utilization
        ("30% off at 75% - vs OD?", "0.3", ["0.75"]),
        ("PTUs at 80% utilization on a 25% discount", "0.25", ["0.8"]),
    ],
)
def test_shorthand_inputs_are_read(text: str, discount: str, utilizations: list[str]) -> None:
    from bot.parse import parse

    ask = parse(text)
    assert ask.intent.value == "break_even"
    assert ask.fields.discount == D(discount)
    assert ask.fields.utilization == [D(u) for u in utilizations]
    assert not ask.ambiguities, ask.ambiguities
    assert both_ways(cost_ratio(discount, utilizations[0])) in reply_text(text)


@pytest.mark.parametrize(
    ("text", "utilizations"),
    [
        ("discount at 40, util 80%", ["0.8"]),  # "at 40" after discount is the discount's, not a utilization
        ("40% off, they hit 60k calls a day at 75% util", ["0.75"]),  # a count
        ("usage grew 20% last quarter; 30% discount at 80% utilization", ["0.8"]),  # a change, not a level
        ("30% off; PTUs at 60 per hour each, util 70%", ["0.7"]),  # a price
        ("they're running 2 PTUs - 30% off at 70% util", ["0.7"]),  # a count of units
    ],
)
def test_numbers_that_are_not_a_utilization_stay_out_of_it(text: str, utilizations: list[str]) -> None:
    from bot.parse import parse

    assert parse(text).fields.utilization == [D(u) for u in utilizations]


def test_a_bare_number_is_a_utilization_only_in_a_break_even_question() -> None:
    from bot.parse import parse

    ask = parse("2k in / 500 out per call at $3/$15, 10k calls a day, they hit 60 on a good day. monthly cost?")
    assert ask.intent.value != "break_even" and ask.fields.utilization == []


# --- sizing for peak ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "par", "discount"),
    [
        ("peak/avg of 2, 30% discount, sized for peak. util and cost vs OD?", "2", "0.3"),
        ("peak vs avg ~1.5x, PTUs 40% off, they'll buy for peak", "1.5", "0.4"),
        ("peak:average 4:1, disc 25%, they want enough PTUs to cover the peak", "4", "0.25"),
        ("PAR of 2.5, 45% off, peak-sized reservation: what does that cost relative to PAYG?", "2.5", "0.45"),
        ("PTUs at 45% under list, 1.8 PAR, sized for peak - still worth it?", "1.8", "0.45"),
        ("traffic is 3:1 peak to average, 40% off, sized for peak", "3", "0.4"),  # not a ratio of 1
    ],
)
def test_sizing_for_peak_runs_at_one_over_the_ratio(text: str, par: str, discount: str) -> None:
    utilization = 1 / D(par)
    value = (1 - D(discount)) * D(par)
    reply = reply_text(text)
    assert f"1 ÷ {ratio(D(par))} = {percent(utilization)}" in reply, reply
    assert both_ways(value) in reply


@pytest.mark.parametrize(
    "text",
    [
        "they'll provision for peak; 35% off. util and cost vs OD?",
        "enough PTUs to cover the peaks, 25% disc - what util do they run at?",
        "size PTUs to peak, discount 40%",
    ],
)
def test_sizing_for_peak_without_the_ratio_asks_for_it(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    asked = {m["field"] for m in reply.data.get("missing") or []}
    assert "peak_to_average" in asked and "peak-to-average" in reply.text
    assert "Sized for peak with" not in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "peak is at 9am; 30% discount, 70% util",
        "send the peaks to on-demand, 30% off at 80% util",
        "cover the peak with on-demand, 30% off at 80% util",
    ],
)
def test_peaks_mentioned_otherwise_are_not_sizing_for_peak(text: str) -> None:
    from bot.parse import parse

    f = parse(text).fields
    assert f.peak_to_average is None and "size_for_peak" not in f.traits


@pytest.mark.parametrize(
    ("text", "spend", "discount", "utilization", "period"),
    [
        ("monthly OD spend is $25k, PTUs 30% off, util 80% - new bill?", "25000", "0.3", "0.8", "month"),
        ("$25k/mo in OD today, 30% off at 80% util", "25000", "0.3", "0.8", "month"),
        ("annual PAYG spend of $1.2M; 35% off provisioned at 70% util, savings?", "1200000", "0.35", "0.7", "year"),
        ("yearly spend on pay-as-you-go: $300k. 30% off, util 90", "300000", "0.3", "0.9", "year"),
        ("they're paying $18k on-demand per month; 30% off PTUs at 75% util", "18000", "0.3", "0.75", "month"),
        ("on-demand costs them $18k monthly, 30% off at 75%", "18000", "0.3", "0.75", "month"),
        ("$1.2M annually on PAYG, 35% off at 70% utilization", "1200000", "0.35", "0.7", "year"),
    ],
)
def test_a_spend_with_its_period_said_first_gives_the_new_bill(
        text: str, spend: str, discount: str, utilization: str, period: str) -> None:
    bill, saving = new_bill(spend, discount, utilization)
    reply = reply_text(text)
    assert f"*{money(bill)}* a {period}, {money(saving)} less than {money(D(spend))} on-demand" in reply, reply


# --- a described workload asking what to propose --------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("steady 24/7 production load, they'd use ~85% of what they reserve, PAR 1.2. not sure what to pitch",
         "recommended"),
        ("pilot, volumes unknown, spiky traffic - what to lead with?", "not recommended"),
    ],
)
def test_what_to_propose_for_a_described_workload_maps_the_structures(text: str, verdict: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert f"*Provisioned throughput: {verdict}.*" in reply.text


def test_what_to_propose_with_a_per_call_fee_is_the_per_call_comparison() -> None:
    reply = router.answer("what to propose: 2k in / 500 out at $3/$15 per MTok, or $0.01 per call?", rate_cards={})
    assert reply.intent == "per_call"


def test_the_discount_that_breaks_even_at_a_utilization_said_as_b_e() -> None:
    from bot.parse import parse

    ask = parse("what disc gets us to b/e at 75%?")
    assert ask.fields.utilization == [D("0.75")] and ask.fields.discount is None
    assert "1 − 75% = *25%*" in reply_text("what disc gets us to b/e at 75%?")  # the discount needed


def test_an_on_demand_amount_right_after_od_is_the_spend() -> None:
    bill, saving = new_bill("60000", "0.35", "0.9")
    reply = reply_text("on a 35% PTU discount what's the bill if OD is 60k a month and util is 90?")
    assert f"*{money(bill)}* a month, {money(saving)} less" in reply
    from bot.parse import parse

    # a count named after the amount is not money
    assert parse("OD is 60k calls a month, 35% off at 90% util").fields.on_demand_spend is None


def test_a_bill_sized_for_peak_is_restated_with_the_ratio() -> None:
    reply = reply_text("customer has $5k/day OD spend, 40% PTU discount, PAR 1.25, sized to peak. daily + monthly?")
    on_demand = D(5000) * 730 / 24
    assert f"on-demand $5,000.00 × 730 h ÷ 24 h = {money(on_demand)} a month" in reply
    assert f"new bill {money(on_demand)} × (1 − 40%) × 1.25 = *{money(on_demand * D('0.75'))}* a month" in reply


@pytest.mark.parametrize(
    "text",
    [
        "customer has $5k/day OD spend, 40% PTU discount, ~65% util. daily + monthly?",
        "fabrikam OD ~$42k/mo; they'd take a 40% PTU discount; peak-to-avg 1.4; size to peak. monthly and yearly?",
        "spending 1.5 mil a year pay-as-you-go, 25% off provisioned, 80% utilisation: monthly saving?",
        "peak:avg 3:1, 35% disc, sized for peak; OD bill $12k/mo. new bill?",
    ],
)
def test_every_line_of_a_dollar_answer_multiplies_out(text: str) -> None:
    from tests.support.arithmetic import checks

    found = checks(reply_text(text))
    assert len(found) >= 3
    wrong = [f"{c.expression} = {c.shown} (recomputed {c.computed:.6g})" for c in found if not c.ok]
    assert not wrong, wrong


# --- follow-ups in a break-even thread ----------------------------------------------------------------------------

def _follow(first: str, then: str) -> str:
    previous = router.understand(first, rate_cards={}).ask
    return router.answer(then, rate_cards={}, previous=previous).text


@pytest.mark.parametrize(
    ("then", "discount", "utilization"),
    [
        ("they came back with 38% instead of 30%", "0.38", "0.7"),  # the 30% was the discount
        ("try 80% rather than 70%", "0.3", "0.8"),  # the 70% was the utilization
        ("42% now (was 30%)", "0.42", "0.7"),
        ("45%", "0.3", "0.45"),  # a lone figure, nothing replaced: the utilization, as before
    ],
)
def test_a_follow_up_value_said_to_replace_another_takes_its_place(then: str, discount: str, utilization: str) -> None:
    reply = _follow("30% off PTUs at 70% util", then)
    assert f"1 − {percent(D(discount))} = *{percent(1 - D(discount))}*" in reply
    assert both_ways(cost_ratio(discount, utilization)) in reply


def test_a_follow_up_on_demand_spend_stays_in_the_break_even_thread() -> None:
    reply = _follow("35% off PTUs at 80% util", "and if OD spend is $240k/yr?")
    assert reply.startswith("_Same as above with on-demand spend $240,000.00 a year:_")
    bill, saving = new_bill("240000", "0.35", "0.8")
    assert f"*{money(bill)}* a year, {money(saving)} less" in reply


def assert_shows(text: str, figures: list[str], absent: list[str]) -> None:
    """The reply to ``text`` holds every one of ``figures`` and none of ``absent``."""
    reply = reply_text(text)
    for figure in figures:
        assert figure in reply, (figure, reply)
    for figure in absent:
        assert figure not in reply, (figure, reply)


@pytest.mark.parametrize(
    ("text", "figures", "absent"),
    [
        # a figure said again more exactly replaces the approximate one: 1 − 36% = 64%; (1 − 36%) ÷ 80% = 0.8×
        ("PTUs come in at roughly a third off, call it 36%, and they'd run around ~80%",
         ["1 − 36% = *64%*", "At 80% utilization", "0.8× on-demand"], ["33.33%", "At 36% utilization"]),
        ("discount about 35%, say 36%, util 80%", ["1 − 36% = *64%*", "At 80% utilization"], ["At 36% utilization"]),
        ("around 40% off (well, 38%) at 70% util", ["1 − 38% = *62%*", "At 70% utilization"], ["At 38% utilization"]),
        ("roughly a third off, i.e. 36%, running at 75%", ["1 − 36% = *64%*", "At 75% utilization"], ["33.33%"]),
        ("a third off, so 36%, util 70%", ["1 − 36% = *64%*", "At 70% utilization"], ["33.33%"]),
        # near-misses: a second quantity, not the same one said again
        ("35% off, what if they run at 50%?", ["1 − 35% = *65%*", "At 50% utilization"], []),
        ("35% off, so 50% utilization?", ["1 − 35% = *65%*", "At 50% utilization"], []),
        ("35% off and they say 70% util", ["1 − 35% = *65%*", "At 70% utilization"], []),
        # a saving said after the discount is the saving, not the discount said again
        ("provisioned is 35% off so 40% savings at 90% utilisation?", ["1 − 35% = *65%*"], ["1 − 40% = *60%*"]),
        ("35% off, i.e. 38% cheaper at 95% util", ["1 − 35% = *65%*"], ["1 − 38% = *62%*"]),
    ],
)
def test_a_figure_restated_replaces_the_approximate_one(text: str, figures: list[str], absent: list[str]) -> None:
    assert_shows(text, figures, absent)


@pytest.mark.parametrize(
    ("text", "figures", "absent"),
    [
        # the discount changing: break-even at both, 1 − 38% = 62% and 1 − 44% = 56%
        ("a 38% discount means break-even at 62%. What if procurement squeezes it to 44%?",
         ["1 − 38% = *62%*", "1 − 44% = *56%*"], ["At 44% utilization"]),
        ("38% off, break-even 62%. what if they push it to 44%?", ["1 − 38% = *62%*", "1 − 44% = *56%*"],
         ["At 44% utilization"]),
        ("at 38% off where's break-even? what if it goes to 44%?", ["1 − 38% = *62%*", "1 − 44% = *56%*"],
         ["At 44% utilization"]),
        ("38% discount: break-even? and if procurement bumps it to 44%", ["1 − 38% = *62%*", "1 − 44% = *56%*"],
         ["At 44% utilization"]),
        ("38% off, break-even? what if they get it to 44%?", ["1 − 38% = *62%*", "1 − 44% = *56%*"],
         ["At 44% utilization"]),
        # near-misses: the utilization changing stays a utilization
        ("35% off, what if they run at 50%?", ["1 − 35% = *65%*", "At 50% utilization"], ["50% discount"]),
        ("35% off, what if utilization goes to 50%?", ["1 − 35% = *65%*", "At 50% utilization"], ["50% discount"]),
    ],
)
def test_a_discount_what_if_prices_break_even_at_both_discounts(text: str, figures: list[str],
                                                                absent: list[str]) -> None:
    assert_shows(text, figures, absent)


@pytest.mark.parametrize(
    ("text", "figures", "absent"),
    [
        # the discount a utilization needs: 1 − 72% = 28%
        ("they expect to run steadily at 72% of whatever capacity they reserve. What's the minimum provisioned "
         "discount for that to break even?", ["1 − 72% = *28%*"], ["What is 72%"]),
        ("they'll use 72% of whatever capacity they commit to. what discount do they need to break even?",
         ["1 − 72% = *28%*"], ["What is 72%"]),
        ("we'll be at 72% of whatever capacity we reserve - what discount makes provisioned break even?",
         ["1 − 72% = *28%*"], ["What is 72%"]),
        ("running at 72% of the capacity they buy, minimum discount to break even?", ["1 − 72% = *28%*"],
         ["What is 72%"]),
        # near-misses: with a discount said, the share of capacity is still the utilization priced
        ("35% off, they run at 50% of whatever capacity they reserve", ["1 − 35% = *65%*", "At 50% utilization"],
         ["1 − 50%"]),
        ("35% off, what if they run at 50%?", ["1 − 35% = *65%*", "At 50% utilization"], ["1 − 50%"]),
    ],
)
def test_the_discount_needed_at_a_share_of_capacity_used(text: str, figures: list[str], absent: list[str]) -> None:
    assert_shows(text, figures, absent)
