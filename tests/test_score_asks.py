"""The blind-ask scorer: figures compared at the expected precision without rounding twice; verdicts however spelt."""

from __future__ import annotations

from bench.score_asks import expected_figure, figure_found, reply_figures


def found(expected: str, reply: str) -> bool:
    return figure_found(expected_figure(expected), reply_figures(reply))


def test_a_figure_the_reply_rounded_matches_the_hand_worked_figure_it_can_stand_for() -> None:
    # $0.3645 is a value in [0.36445, 0.36455): 0.36448 rounds to $0.364, so the reply can be right
    assert found("$0.364", "net saving $0.3645 a call")
    assert found("$0.365", "net saving $0.3645 a call")


def test_a_figure_no_value_of_which_rounds_to_the_expected_one_does_not_match() -> None:
    assert not found("$0.364", "net saving $0.3655 a call")
    assert not found("$0.364", "net saving $0.366 a call")
    assert not found("62.5%", "break-even at 62.6%")


def test_figures_at_the_same_or_fewer_places_compare_as_before() -> None:
    assert found("$0.018", "$0.0180 a hit")
    assert found("60%", "break-even at 60.00%")
    assert not found("$0.018", "$0.02 a hit")


def test_a_ratio_written_with_its_x_matches_the_ratio_the_reply_prints() -> None:
    assert found("2.5x", "provisioned costs 2.5x the on-demand bill")
    assert found("1.8x", "1.80× the headroom")
    assert not found("2.5x", "provisioned costs 2.4x the on-demand bill")


def test_a_count_written_with_its_unit_matches_the_count_the_reply_prints() -> None:
    assert found("2,000 tokens", "the fee beats per-token above 2,000 tokens a call")
    assert not found("2,000 tokens", "the fee beats per-token above 2,500 tokens a call")


def test_a_minus_sign_between_two_figures_is_a_subtraction_not_a_negative_figure() -> None:
    assert found("120", "$95.26 − 120 writes × $0.0045")
    assert not found("$0.012", "net −$0.012 a day")
    assert found("$-0.012", "net −$0.012 a day")


def test_a_verdict_spelt_with_hyphens_or_as_on_demand_names_the_same_structure() -> None:
    from bench.score_asks import structure_of, verdict_recommended

    assert structure_of("per-token") == structure_of("on-demand") == structure_of("per_token") == "per_token"
    assert structure_of("per-call") == "per_call"
    reply = "• Per-token: recommended. The default.\n• Provisioned throughput: not recommended yet."
    assert verdict_recommended(reply, structure_of("on-demand"))
    assert not verdict_recommended(reply, structure_of("provisioned"))
    assert not verdict_recommended(reply, "hyperscaler")
    assert verdict_recommended(reply + "\n*Hyperscaler tier:* FedRAMP points to it.", "hyperscaler")
