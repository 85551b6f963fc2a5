"""A ceiling the call is cut to ("truncated to ≤ 400 tokens", "trimmed to 2k tokens") bounds the prompts, and a sheet's
"volume: fixed at ..." fixes the volume: with a fixed cost per item wanted, per-call is the structure."""

from __future__ import annotations

import pytest

from bot import router


@pytest.mark.parametrize("ceiling", ["each claim truncated to ≤ 400 tokens", "claims trimmed to 400 tokens max",
                                     "every claim cut to <= 400 tokens"])
def test_a_fixed_run_of_capped_claims_with_a_price_per_claim_wanted_is_per_call(ceiling: str) -> None:
    text = router.answer(f"scenario from the RFP:\n  volume: fixed at 30,000 claims a month\n  prompts: {ceiling}\n"
                         "  finance: wants a fixed price per claim\nwhich pricing structure fits?", rate_cards={}).text
    assert "*Per-call: recommended.*" in text
