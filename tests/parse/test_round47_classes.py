"""Round 47's fix rounds: classes of misread found by blind batches 202 and later, and the leftovers of Round 46.
Each message is our own; each reply is checked for what a rep would read."""

from __future__ import annotations

from bot import router


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


def test_cache_lines_of_a_usage_export_with_the_count_after_the_key() -> None:
    # before: "cache_read_input_tokens  500M  @ $0.30/MTok" was an input rate and an input count, and a quote asked for
    # the tokens (the console's key carries "input"; its price is the cache's)
    for model in ("", "claude-sonnet   ", "acct-7 sonnet   "):
        reply = _reply(f"September usage export:\n{model}input_tokens                  900M   @ $3.00/MTok\n"
                       f"{model}cache_creation_input_tokens   40M    @ $3.75/MTok\n"
                       f"{model}cache_read_input_tokens       500M   @ $0.30/MTok\n"
                       f"{model}output_tokens                 60M    @ $15.00/MTok\n"
                       "what did caching save us net of the writes?")
        assert reply.intent == "caching", model
        assert "*$1,350.00*" in reply.text, model  # 500M × ($3.00 − $0.30)
        assert "*$30.00*" in reply.text, model  # 40M × ($3.75 − $3.00)
        assert "*$1,320.00*" in reply.text, model


def test_a_date_written_the_iso_way_is_no_figure() -> None:
    # before: "Invoice 2025-03" left "2025" and "03" as figures not used
    reply = _reply("Invoice 2025-03\ncache_read_tokens: 200M at $0.30/MTok\ncache_write_tokens: 10M at $3.75/MTok\n"
                   "input $3.00/MTok. net saving from caching?")
    assert "*$540.00*" in reply.text  # 200M × $2.70 = 540, less 10M × $0.75 = 7.50
    assert "Not used" not in reply.text


def test_the_peak_to_average_in_a_sheet_row_written_before_its_key() -> None:
    # before: "| peak / avg | 3 |" became "3 peak / avg", which was no ratio, and the ratio was asked for
    for row in ("| peak / avg | 3 |", "| peak/avg | 3 |", "| peak:avg | 3 |"):
        reply = _reply(f"| item | value |\n|---|---|\n| mean load | 20k TPM |\n{row}\n| commit discount | 40% |\n"
                       "sized to cover peak, what utilization and cost vs on-demand?")
        assert reply.intent == "break_even", row
        assert "*33.33%*" in reply.text, row  # 1 ÷ 3
        assert "1.8×" in reply.text, row  # (1 − 40%) × 3


def test_calls_counted_by_a_two_letter_acronym() -> None:
    # before: "2,500 PR reviews a week" was no call volume ("Not used: 2500 pr"), and only the per-call cost was shown
    for count in ("2,500 PR reviews a week", "two and a half thousand QA checks a week", "2500 HR tickets per week"):
        reply = _reply(f"each one sends about 10k input tokens and gets 1k back. {count}. $2/M in, $8/M out, weekly "
                       "cost?")
        assert "*$70.00*" in reply.text, count  # 2,500 × (10k × $2 + 1k × $8)/1M
        assert "Not used" not in reply.text, count


def test_a_spend_said_as_a_period_worth_of_usage() -> None:
    # before: "a $30,000 month of direct-API usage" and "a $12,000 month of on-demand usage" were not used
    reply = _reply("Vertex lists 15% over direct and their EA takes 10% off. what would a $30,000 month of direct-API "
                   "usage come to on Vertex?")
    assert "$30,000.00 a month direct" in reply.text
    assert "*$31,050.00*" in reply.text  # 30,000 × 1.15 × 0.9
    reply = _reply("3 PTUs at $3/hr against a $12,000 month of on-demand usage: worth it?")
    assert "*$6,570.00*" in reply.text  # 3 × $3 × 730
    assert "$5,430.00 a month less" in reply.text


def test_two_on_demand_spends_one_at_full_load_give_the_load() -> None:
    # before: "Which on demand spend should I use?" with the capacity's worth at full load beside the bill paid
    reply = _reply("8 PTUs at $2.50 an hour, 30-day month. Fully loaded those units would serve about $24k/mo of "
                   "tokens at on-demand rates; the actual on-demand bill last month was $16.8k. break-even load, and "
                   "what would the units have saved?")
    assert "*70%*" in reply.text  # 16,800 ÷ 24,000
    assert "*$14,400.00*" in reply.text  # 8 × $2.50 × 720
    assert "*60%*" in reply.text  # 14,400 ÷ 24,000
    assert "$2,400.00 a month less" in reply.text
    assert "$16,800.00 on-demand bill" in reply.text
    assert "Which on demand" not in reply.text


def test_a_key_with_a_note_in_brackets_before_its_value() -> None:
    # before: "EA discount (applies to Azure consumption)  12%" left the 12% unexplained and asked what it was
    reply = _reply("Azure list uplift vs direct: +25%\nEA discount (on all Azure consumption)  20%\n"
                   "effective markup after the EA?")
    assert "*0%*" in reply.text  # 1.25 × 0.8 − 1
    assert "What is 20%" not in reply.text


def test_a_direct_spend_in_a_bill_row_with_its_model_and_period_word() -> None:
    # before: "DIRECT API  gpt-4o  monthly est.  $20,000.00" was not used
    reply = _reply("compare:\nDIRECT API  gpt-4o  monthly est.   $20,000.00\nAZURE   list uplift vs direct  +10%\n"
                   "EA 5%\nmonthly Azure bill?")
    assert "*$20,900.00*" in reply.text  # 20,000 × 1.1 × 0.95


def test_a_bare_what_is_it_after_a_figure_wanted_asks_the_figure() -> None:
    # before: the buyer's enterprise discount named before "what is it?" looked up a glossary entry instead
    reply = _reply("Vertex is about 18% over direct for Gemini. The customer has an enterprise agreement with Google, "
                   "so procurement wants the effective markup after their enterprise discount - what is it?")
    assert reply.intent == "markup"
    assert "EA discount" in reply.text and "tell me" in reply.text


def test_rates_split_by_a_pipe_on_one_line() -> None:
    # before: "input rate $3/MTok | output rate $15/MTok" read both as output rates and asked which
    reply = _reply("input rate $3/MTok | output rate $15/MTok\n1M input and 200k output a day, monthly cost?")
    assert "*$182.50*" in reply.text  # (1 × $3 + 0.2 × $15) × 730 / 24
    assert "Which output rate" not in reply.text
