"""What the same usage would cost going direct, said the ways a rep or an invoice says it ("would have been $X that
month", "$X a month of direct-rate usage", "direct wouldve been 40k/yr", an equivalent line padded with one dot, a
numbered invoice line with no header), is priced through the hyperscaler after the EA."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_what_the_direct_api_would_have_been_that_month() -> None:
    text = reply("Vertex lists it 25% over direct and their EA knocks 8% off. On the direct API the same traffic would "
                 "have been $32,000 that month. Real markup, and what did the month cost on Vertex?")
    # (1.25 × 0.92) − 1 = 15%; $32,000 × 1.15 = $36,800
    assert "*15%*" in text
    assert "*$36,800.00* a month" in text


def test_a_month_of_direct_rate_usage() -> None:
    text = reply("Bedrock is 20% above the direct rate and the customer's EDP takes 10% off. What would fifty thousand "
                 "dollars a month of direct-rate usage cost them through Bedrock?")
    # 1.2 × 0.9 = 1.08; $50,000 × 1.08 = $54,000
    assert "*$54,000.00* a month" in text


def test_direct_would_have_been_a_bare_amount_a_year() -> None:
    text = reply("azure markup vs direct is 40%, EA 20% off. direct wouldve been 90k/yr, what do they pay a year on "
                 "azure")
    # 1.4 × 0.8 = 1.12; $90,000 × 1.12 = $100,800
    assert "*12%*" in text
    assert "*$100,800.00* a year" in text


def test_an_equivalent_line_padded_with_one_dot() -> None:
    text = reply("From the invoice:\n  Azure OpenAI tokens ........... list = direct + 20%\n  EA discount applied ..."
                 "....... 5%\n  direct-API equivalent for the month . $10,000.00\nreal markup and the month on Azure?")
    # 1.2 × 0.95 = 1.14; $10,000 × 1.14 = $11,400
    assert "*14%*" in text
    assert "*$11,400.00* a month" in text


def test_numbered_invoice_lines_with_no_header() -> None:
    text = reply("invoice review:\nLine 3 | Bedrock Claude consumption | uplift over direct: twenty percent\n"
                 "Line 9 | EDP discount applied | 10%\nthe same tokens direct would have been $5,000 that month. real "
                 "markup, and the month on Bedrock?")
    # 1.2 × 0.9 = 1.08; $5,000 × 1.08 = $5,400; the line numbers are not figures
    assert "*8%*" in text
    assert "*$5,400.00* a month" in text
    assert "Not used" not in text


def test_a_quarters_invoice_lines_with_the_same_tokens_at_direct_rates() -> None:
    text = reply("from the customer's Q2 AWS invoice:\n  Amazon Bedrock - model inference (list) ........ $30,000.00\n"
                 "  same tokens at direct API rates ................ $25,000.00\n"
                 "  EA discount applied to the Bedrock line ........ 10%\nreal markup after the EA, and the line after "
                 "the discount?")
    # list markup 30,000 ÷ 25,000 − 1 = 20%; (1.2 × 0.9) − 1 = 8%; the line after the EA: $27,000 for the quarter
    assert "*20%*" in text
    assert "*8%*" in text
    assert "*$27,000.00* a quarter" in text


def test_an_on_demand_bill_said_in_the_sentence_that_names_on_demand() -> None:
    answer = router.answer("They run on-demand on Vertex today, the bill is $20,000 a month and flat. Google offered "
                           "provisioned throughput at 30% below on-demand; they'd keep 80% of it busy. What would "
                           "that month cost provisioned?", rate_cards={})
    # $20,000 × (1 − 30%) ÷ 80% = $17,500
    assert "*$17,500.00* a month" in answer.text
