"""Message shortcut "Check field language": private result for whoever used it."""

from __future__ import annotations

from bot import router
from bot.listeners import shortcuts
from tests.slack.listeners.conftest import Kit
from tests.support import payloads


def test_result_goes_to_the_response_url(kit: Kit) -> None:
    shortcut = payloads.message_shortcut("Token costs are up.", kit.stub.response_url("unit"))
    shortcuts.check_field_language(shortcut, kit.client, kit.respond)
    [answer] = kit.stub.calls_to("response_url")
    assert answer.get("response_type") == "ephemeral"
    assert answer.get("text") == router.fieldcheck_reply("Token costs are up.").text


def test_without_a_response_url_it_posts_an_ephemeral_to_the_user(kit: Kit) -> None:
    shortcut = payloads.message_shortcut("Token costs are up.", "")
    shortcuts.check_field_language(shortcut, kit.client, kit.respond)
    [note] = kit.stub.calls_to("chat.postEphemeral")
    assert (note.get("user"), note.get("channel")) == (payloads.USER, payloads.CHANNEL)
    assert note.get("thread_ts") == shortcut["message"]["ts"]
