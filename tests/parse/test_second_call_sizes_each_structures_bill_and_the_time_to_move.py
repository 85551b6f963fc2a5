"""A second call size said beside the planned one (a longer kind of document, runs that now come in larger) is priced
against the fee as said, first size first; the bill "on each structure" is the per-call comparison; "is this the time to
move them?" for a described steady load sized for its peak is the advice across structures; and "how much do they need
to buy" for a load sized for its peak asks for the peak-to-average ratio. Units are counted with up to two words
before them ("6 reserved compute units")."""

from __future__ import annotations

from bot import router


def answer(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


def test_a_longer_kind_of_document_said_with_in_before_a_bracket_is_priced_beside_the_usual_one() -> None:
    reply = answer("Invoice-parsing API at $2 per 1,000 calls. A normal invoice is 800 tokens in and 100 tokens out; "
                   "the multi-page ones run 7,000 in (output still 100). Per-token would be $0.50/M in, $2/M out. "
                   "How does each kind compare with the flat price?")
    assert reply.intent == "per_call"
    text = reply.text
    assert "input 800 × $0.50/1M" in text  # the size said first is the planned call
    assert "$0.0006" in text  # 800 × 0.5/1M + 100 × 2/1M
    assert "7,000 in / 100 out" in text and "$0.0037" in text  # 7,000 × 0.5/1M + 100 × 2/1M
    assert "flips" in text  # the fee ($0.002) sits between the two
    assert "2× larger" not in text  # the second size said replaces the default what-if


def test_runs_coming_in_larger_on_average_now_are_the_planned_run_grown() -> None:
    text = answer("the vendor bills 5c per task flat. we scoped 2k tokens a task, tasks are coming in at 10k avg now, "
                  "same 4:1 in:out. per token it'd be $2 in / $8 out per M. per token cost per task at 2k vs 10k?").text
    assert "$0.0064" in text  # 1,600 × 2/1M + 400 × 8/1M
    assert "$0.032" in text  # 8,000 × 2/1M + 2,000 × 8/1M
    assert "5× larger" in text


def test_the_bill_on_each_structure_is_the_per_call_comparison() -> None:
    reply = answer("800k calls a month via the partner's endpoint at 0.9 cents a call. The model underneath is $1/$4 "
                   "per million in/out, calls average 3,000 input and 500 output tokens. What's the month under each "
                   "structure?")
    assert reply.intent == "per_call"
    assert "$7,200.00" in reply.text  # 800k × $0.009
    assert "$4,000.00" in reply.text  # 800k × (3,000 × 1/1M + 500 × 4/1M)


def test_is_this_the_time_to_move_a_described_steady_load_is_the_advice_across_structures() -> None:
    reply = answer("Contract-review service, live for a year, load flat around the clock at about 300M tokens a day, "
                   "peak-to-average 1.25. No shared prefix, direct API. Offered 30% off provisioned sized for the "
                   "peak. Is now the time to move them, and what utilization would they run at?")
    assert reply.intent == "scenario"
    assert "*Provisioned throughput: recommended.*" in reply.text
    assert "80%" in reply.text and "70%" in reply.text  # 1 ÷ 1.25, and the break-even at 30% off


def test_the_time_to_refresh_the_prompts_is_no_commitment_question() -> None:
    reply = answer("steady production RAG, PAR 1.2, 40% off provisioned sized for peak. is this the time to move the "
                   "prompts to a cached prefix? what utilization would it run at?")
    assert "*Provisioned throughput: recommended.*" not in reply.text


def test_how_much_to_buy_for_a_spiky_load_sized_for_peak_asks_for_the_peak_to_average_ratio() -> None:
    reply = answer("customer averages 3M tokens a minute, bursty in the afternoons. if we size provisioned for the "
                   "peak how much do they have to buy and what utilization do they get?")
    assert reply.intent == "break_even"
    assert "peak-to-average" in reply.text
    assert "Per-token quote" not in reply.text


def test_units_counted_with_two_words_before_them_are_the_units() -> None:
    text = answer("The offer: 6 reserved compute units at $18 per unit-hour, billed all month. They spend $90,000 a "
                  "month on-demand today. Monthly commitment and the saving?").text
    assert "6 × $18.00 × 730 h = *$78,840.00*" in text
    assert "*$11,160.00 a month less*" in text
