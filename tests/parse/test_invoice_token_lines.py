"""An invoice pasted as a table of token lines (a description, a quantity of tokens, a unit price per million, an
amount) is read line by line: its cache read and cache write lines against its uncached input line give what caching
saved, never a table of calls or a day's tokens."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


INVOICE = ("March invoice, did caching pay?\n"
           "| # | Description | Quantity | Unit price ($/1M) | Amount |\n|---|---|---|---|---|\n"
           "| 1 | Prompt tokens, uncached | 50,000,000 | 4.00 | 200.00 |\n"
           "| 2 | Prompt tokens, cache read | 400,000,000 | 0.40 | 160.00 |\n"
           "| 3 | Prompt tokens, cache write | 20,000,000 | 5.00 | 100.00 |\n"
           "| 4 | Completion tokens | 10,000,000 | 16.00 | 160.00 |\n"
           "read saving, write premium and net?")


def test_an_invoices_cache_lines_give_what_caching_saved() -> None:
    text = reply(INVOICE)
    assert "$1,440.00" in text  # 400M × ($4 − $0.40) / 1M
    assert "$20.00" in text  # 20M × ($5 − $4) / 1M
    assert "$1,420.00" in text
    assert "calls a day" not in text


def test_a_table_without_token_lines_is_left_to_the_other_readers() -> None:
    text = reply("| item | qty | unit price |\n|---|---|---|\n| seats | 10 | $30 |\n| support | 1 | $500 |\n"
                 "what's the total?")
    assert "cache" not in text.lower()
