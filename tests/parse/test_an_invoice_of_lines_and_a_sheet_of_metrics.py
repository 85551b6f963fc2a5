"""An invoice pasted as lines under "LINE DESCRIPTION RATE" (a numbered line's words, then its value: "+30%",
"-12%", "$480,000"), a sheet headed "metric,value" over snake_case keys, and a key with an aside before its colon
("EA discount (applies to AI services): 12%") are read as the keyed figures they are."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_an_invoice_of_numbered_lines_under_a_header() -> None:
    text = reply("their Bedrock invoice summary:\nLINE  DESCRIPTION                               RATE\n"
                 "001   Bedrock Claude list uplift vs direct API   +20%\n"
                 "002   EDP discount (applies to AI services)      -10%\n"
                 "003   Direct-API equivalent spend, annual        $200,000\n"
                 "effective markup after the EDP, and the annual Bedrock number?")
    # (1.2 × 0.9) − 1 = 8%; $200,000 × 1.08 = $216,000 a year
    assert "*8%*" in text
    assert "*$216,000.00* a year" in text
    assert "out of range" not in text


def test_a_metric_value_sheet_of_snake_case_keys() -> None:
    text = reply("from the usage export; price it per-token, call it a 30-day month.\nmetric,value\n"
                 "avg_input_tokens_per_day,~20M\navg_output_tokens_per_day,2M\ninput_rate_usd_per_mtok,3.00\n"
                 "output_rate_usd_per_mtok,15.00")
    # a day: 20M × $3/1M + 2M × $15/1M = $60 + $30 = $90; 30 days: $2,700
    assert "*$90.00*" in text
    assert "*$2,700.00*" in text


def test_an_aside_before_a_keys_colon() -> None:
    text = reply("vertex list uplift: 25%\nEA discount (their enterprise agreement, all GCP services): 8%\n"
                 "effective markup?")
    # (1.25 × 0.92) − 1 = 15%
    assert "*15%*" in text
