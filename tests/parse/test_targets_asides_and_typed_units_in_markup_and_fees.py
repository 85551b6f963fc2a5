"""A percentage compared against again ("should come in under 18% after the EA") is no EA discount; the EA discount a
target markup needs ("what EA would they need to get it down to 5%?"); "direct from the lab: $2.00"; a message that
says its commas are decimals, with a price spelt again in words; "0,63 US cents"; "a cal", "per unit our"; a console's
"last 24h"; "spend $25k/mo with us direct"; a sheet of side rows ("input $/MTok") under route columns."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_a_markup_compared_against_again_is_no_ea_discount() -> None:
    text = reply("bedrock_list_premium: 15%\ncustomer_cloud_agreement: AWS EA (they say it's big)\nthe real premium "
                 "should come in under 15% after the EA. effective markup for the deck?")
    assert "(1 − 15%)" not in text
    assert "EA discount" in text.split("tell me:")[-1]


def test_the_ea_discount_a_target_markup_needs() -> None:
    text = reply("list markup is 25% over direct, they have a 5% EA today. whats the effective markup now, and what EA "
                 "would they need to get it down to 10%?")
    # now (1.25 × 0.95) − 1 = 18.75%; needed 1 − 1.10 ÷ 1.25 = 12%
    assert "*18.75%*" in text
    assert "= *12%*, against 5% today" in text


def test_direct_from_the_lab_and_a_hyperscalers_price() -> None:
    text = reply("Direct from the lab: $4.00 per million input tokens. Through Vertex: $4.40 per million. Their EA "
                 "takes 5% off. List markup and effective markup?")
    # 4.40 ÷ 4.00 − 1 = 10%; (1.1 × 0.95) − 1 = 4.5%
    assert "*10%*" in text
    assert "*4.5%*" in text


def test_a_message_whose_commas_are_decimals() -> None:
    text = reply("partner deck (EU formatting, so commas are decimals): prefix of 8 000 tokens, input $2,00/MTok, "
                 "cache write $2,500/MTok (two dollars and a half), cache read $0,20/MTok. 1 000 calls a day, hit "
                 "rate 90 %. net per day?")
    # 900 × 8,000 × $1.80/1M = $12.96; 100 × 8,000 × $0.50/1M = $0.40; net $12.56
    assert "*$12.56 a day*" in text


def test_us_cents_and_a_typed_call() -> None:
    text = reply("vendor wants 0,5 US cents a cal flat. per token $1/M in, $5/M out, calls avg 2k in 200 out. "
                 "crossover at the same mix?")
    # blended (10 × $1 + $5) ÷ 11 = $1.3636/1M; $0.005 ÷ that = 3,667 tokens
    assert "*$0.005*" in text
    assert "3,667 tokens per call" in text


def test_per_unit_our_is_a_unit_hour() -> None:
    text = reply("3 PTUs at $4 per unit our, full 730 hr month. what's the commit?")
    assert "*$8,760.00* a month" in text  # 3 × $4 × 730


def test_a_consoles_last_24_hours() -> None:
    text = reply("usage console for the agent (Sonnet), last 24h:\n| metric | value |\n|---|---|\n"
                 "| cached_prefix_tokens | 4,000 |\n| base input $/MTok | 3.00 |\n| cache write $/MTok | 3.75 |\n"
                 "| cache read $/MTok | 0.30 |\n| calls | 10,000 |\n| cache hit rate | 90% |\nnet for the day?")
    # 9,000 × 4,000 × $2.70/1M = $97.20; 1,000 × 4,000 × $0.75/1M = $3.00; net $94.20
    assert "*$94.20 a day*" in text


def test_side_rows_under_route_columns_and_a_spend_with_us_direct() -> None:
    text = reply("line_item            direct     vertex_list\ninput $/MTok         2.00       2.30\n"
                 "output $/MTok        8.00       9.20\nlist markup 15%, EA 10%. if they spend $10k/mo with us direct, "
                 "what's that on Vertex after EA?")
    # (1.15 × 0.9) − 1 = 3.5%; $10,000 × 1.035 = $10,350
    assert "row by row" not in text
    assert "*$10,350.00* a month" in text
