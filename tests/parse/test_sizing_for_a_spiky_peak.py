"""Capacity sized for the peak: where it costs more than on-demand, the discount it breaks even at (1 − 1/PAR) is
said; a spiky load whose units are asked with no peak-to-average ratio gets asked for the ratio."""

from __future__ import annotations

from bot import router


def test_the_discount_sized_for_peak_breaks_even_at() -> None:
    text = router.answer("avg 30k TPM, peak 90k TPM, PTU discount 40%. sized for the peak, what utilization, what "
                         "cost vs on-demand, and what discount would we need to break even?", rate_cards={}).text
    # PAR 3: 33.33% utilization; (1 − 40%) × 3 = 1.8× on-demand; breaks even at 1 − 33.33% = 66.67%
    assert "1.8×" in text
    assert "breaks even only at a discount of 1 − 33.33% = *66.67%*" in text


def test_a_spiky_load_asks_for_its_peak_to_average_ratio() -> None:
    text = router.answer("customer wants provisioned for their chatbot. average load is about 3 ptus worth but "
                         "traffic is really spiky on monday mornings. how many units should they commit?",
                         rate_cards={}).text
    assert "peak-to-average" in text.split("tell me:")[-1]
