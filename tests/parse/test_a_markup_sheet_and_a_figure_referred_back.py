"""A sheet of channels with a "list_vs_direct" column is a markup question (its "channel" column asks nothing about
the route), and a percentage referred back to ("how much of that 30% survives the EA?") is the one said before, never
a second figure: with no EA discount given, the reply asks for it."""

from __future__ import annotations

from bot import router


def test_a_channel_sheet_with_the_markup_column() -> None:
    answer = router.answer("from the proposal:\nchannel,model,list_vs_direct\nAWS Bedrock,claude-sonnet,+18%\n"
                           "what does the markup work out to after their 10% EA?", rate_cards={})
    # (1.18 × 0.9) − 1 = 6.2%
    assert answer.intent == "markup"
    assert "*6.2%*" in answer.text


def test_that_percentage_again_is_not_the_ea_discount() -> None:
    answer = router.answer("forwarded from their quote:\n  direct_rate_in: $2.00/MTok\n  vertex_rate_in: $2.50/MTok  "
                           "(25% over direct)\n  enterprise_agreement: yes\nhow much of that 25% survives once the EA "
                           "kicks in?", rate_cards={})
    assert answer.intent == "markup"
    assert "EA discount" in answer.text.split("tell me:")[-1]
    assert "(1 − 25%)" not in answer.text
