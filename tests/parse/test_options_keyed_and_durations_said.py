"""Spends, periods and meanings said around the figures (our own sentences, not a scored batch's): an option named in
a few words before its colon, a sheet key's period before its amount, a length of time "and a half" that is no share,
a spiky load's units asked with only a unit price, a meaning asked "vs" another row, and a second price list's
quarter beside the first's."""

from __future__ import annotations

from tests.support.replies import reply_text


def test_an_option_named_in_words_before_its_colon_gives_its_spend() -> None:
    # 1.2 × 0.85 − 1 = 2%; $30,000 × 1.02 = $30,600.00, $600.00 more than direct
    reply = reply_text("Option one, the direct API at public pricing: they would spend thirty thousand dollars a "
                       "month. Option two, Azure, lists 20% above direct with a 15% EA discount. effective markup, the "
                       "monthly bill on azure and the gap?")
    assert "*2%*" in reply and "*$30,600.00* a month" in reply and "$600.00 a month more" in reply


def test_a_keys_period_before_its_amount_is_the_amounts_period() -> None:
    # 1.25 × 0.8 = 1.0: $9,000 a quarter stays $9,000.00 a quarter
    reply = reply_text("direct_quote_per_quarter: $9k\nvertex_list_premium: 25%\nea_discount: 20%\n"
                       "quarterly bill on vertex after the EA?")
    assert "*$9,000.00* a quarter" in reply


def test_a_length_of_time_and_a_half_is_not_a_utilization() -> None:
    reply = reply_text("they have run steady traffic around the clock for two years and a half, peak about 1.25x the "
                       "average, and get 30% off for a reservation. which structure?")
    assert "50% utilization" not in reply and "80% average utilization" in reply
    assert "*Provisioned throughput: recommended.*" in reply


def test_units_for_a_spiky_load_priced_per_unit_hour_ask_for_the_ratio() -> None:
    reply = reply_text("their average is about three units' worth of traffic at $12 a unit-hour, but it's bursty in "
                       "the afternoons. how many units to cover the peak?")
    assert "peak-to-average" in reply


def test_a_meaning_asked_against_another_row_is_the_entry() -> None:
    reply = reply_text("prod   gpt-4o   Provisioned   50 PTU\ndev   gpt-4o   Standard   10K TPM\n\n"
                       "what a PTU really is vs the standard one? they asked and I froze")
    assert reply.startswith("*PTU (Provisioned Throughput Unit)*")


def test_a_second_price_lists_quarter_beside_the_first() -> None:
    # A: 90M × $1 + 30M × $4 = $210.00 a quarter; B: 90M × $0.80 + 30M × $5 = $222.00; B $12.00 more
    reply = reply_text("90 million input and 30 million output tokens a quarter. offer A is $1 in / $4 out per "
                       "million, offer B $0.80 in / $5 out. quarterly cost of each?")
    assert "*$210.00*" in reply and "*$222.00*" in reply and "*$12.00 a quarter more*" in reply
