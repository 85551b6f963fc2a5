"""Scenario rows a buyer's words select: a commitment declined, a load that runs in a batch window, and the
hyperscaler tier's reason naming every need and, with a cloud agreement, what the agreement may do to the markup."""

from __future__ import annotations

import pytest

from pricing import WorkloadTraits, map_scenario

SUSTAINED = {"stage": "production", "high_volume": True}  # without a PAR: the commitment question is pending


def test_a_sustained_load_without_a_ratio_keeps_the_commitment_question_open() -> None:
    for said in ({}, {"commitment_declined": False}, {"batch_window": False}):
        advice = map_scenario(WorkloadTraits(**SUSTAINED, **said))  # type: ignore[arg-type]
        assert advice.provisioned_throughput.verdict == "pending", said
        assert "peak-to-average" in advice.provisioned_throughput.reason


def test_a_buyer_who_wants_no_commitment_is_not_steered_to_provisioned_throughput() -> None:
    advice = map_scenario(WorkloadTraits(**SUSTAINED, commitment_declined=True))  # type: ignore[arg-type]
    assert advice.provisioned_throughput.verdict == "not_recommended"
    assert "wants no commitment" in advice.provisioned_throughput.reason


def test_a_load_in_a_batch_window_rules_capacity_out_until_its_ratio_is_measured() -> None:
    advice = map_scenario(WorkloadTraits(**SUSTAINED, batch_window=True))  # type: ignore[arg-type]
    assert advice.provisioned_throughput.verdict == "not_recommended"
    assert "batch window" in advice.provisioned_throughput.reason
    sized = map_scenario(WorkloadTraits(**SUSTAINED, batch_window=True, peak_to_average=1.2))  # type: ignore[arg-type]
    assert "batch window" not in sized.provisioned_throughput.reason  # a measured ratio decides instead


@pytest.mark.parametrize(("needs", "said"), [
    (("data_residency", "private_networking", "hipaa"),
     "the buyer needs data kept in-region, private networking and HIPAA coverage,"),
    (("data_residency", "private_networking", "hipaa", "sla"),
     "the buyer needs data kept in-region, private networking, HIPAA coverage and SLA commitments,"),
    (("sla", "data_residency"), "the buyer needs data kept in-region and SLA commitments,"),
])
def test_the_tiers_reason_names_every_need_in_order(needs: tuple[str, ...], said: str) -> None:
    advice = map_scenario(WorkloadTraits(compliance_needs=needs))  # type: ignore[arg-type]
    assert advice.hyperscaler is not None and advice.hyperscaler.reason.startswith(said)


@pytest.mark.parametrize("agreement", [None, False])
def test_needs_without_a_cloud_agreement_say_nothing_of_one(agreement: bool | None) -> None:
    advice = map_scenario(WorkloadTraits(compliance_needs=("data_residency",), hyperscaler_agreement=agreement))
    assert advice.hyperscaler is not None and advice.hyperscaler.verdict == "recommended"
    assert "cloud agreement" not in advice.hyperscaler.reason


def test_needs_with_a_cloud_agreement_say_it_may_lower_the_markup() -> None:
    advice = map_scenario(WorkloadTraits(compliance_needs=("data_residency",), hyperscaler_agreement=True))
    assert advice.hyperscaler is not None and advice.hyperscaler.verdict == "recommended"
    assert advice.hyperscaler.reason.startswith("the buyer needs data kept in-region,")
    assert "existing cloud agreement may lower the effective markup" in advice.hyperscaler.reason
