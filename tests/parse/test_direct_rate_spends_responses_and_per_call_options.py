"""Round 43's fourth fix round: a spend at direct rates, what the model responds with, an average call keyed under a
log's period, a per-call option with no fee set against per-token, items handled by someone between, and what a TTL
on the cache means. Each message is our own; each reply is checked for what a rep would read."""

from __future__ import annotations

from bot import router


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


def test_a_spend_at_direct_rates_beside_a_markup() -> None:
    # before: "0.25m a year" was read as 250,000 calls a year
    reply = _reply("Bedrock lists the model about 10% above the direct API; their agreement takes 10% off AWS spend. "
                   "Direct-rate spend would be around a quarter-million a year. Effective markup, and the annual "
                   "figure through Bedrock?")
    assert "$247,500.00" in reply.text  # 250,000 × 1.1 × 0.9


def test_what_the_model_responds_with_is_output() -> None:
    # before: the output was priced as 0 tokens, and its missing rate never asked for
    reply = _reply("Each report is ~3k tokens going in and the model responds with something like 500 tokens. "
                   "20k reports every business day. Input is $2/M. What does a business day cost?")
    assert "500 tokens × the output rate, not given" in reply.text
    assert "the output rate" in reply.text.split("tell me", 1)[-1]


def test_an_average_call_keyed_under_a_logs_period_is_one_calls_size() -> None:
    reply = _reply("vendor quote:\n  pricing: per-call\n  fee: a third of a cent per call\nour per-token rates:\n"
                   "  input  $1.00 / 1M\n  output $4.00 / 1M\navg call from last month's logs: 1,000 in / 250 out\n"
                   "is the flat fee a good deal, and where's the crossover at the same mix?")
    assert "*$0.002*" in reply.text  # 1,000 × 1 + 250 × 4, per 1M
    assert "2,083" in reply.text  # 1,250 × 0.0033333 / 0.002


def test_a_per_call_option_with_no_fee_set_against_per_token() -> None:
    reply = _reply("Prospect is doing claims intake. Every scan they process averages around 3,000 input tokens and "
                   "200 output tokens, maybe 150k scans a month. Per-token on the model is $1 per million in and $4 "
                   "per million out. Their other option is the vendor's per-call intake endpoint. Which one comes out "
                   "cheaper for them per month?")
    assert reply.intent == "per_call"
    assert "fee per call" in reply.text
    assert "$570.00" in reply.text  # 150k × (3,000 × 1 + 200 × 4) / 1M


def test_what_the_ttl_on_the_cache_means_for_a_bill() -> None:
    reply = _reply('usage: {"input_tokens": 300, "cache_creation_input_tokens": 2048, "cache_ttl": "5m"}\n'
                   "they're asking what the TTL on the cache actually means and why it matters for their bill. what "
                   "do I tell them?")
    assert reply.intent == "glossary"
    assert "TTL" in reply.text
