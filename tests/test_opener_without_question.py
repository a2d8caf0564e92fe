"""A follow-up opener and then only a circumstance ("what about at night") asks nothing in a fresh session: with
the main topic lent as its subject it answered HO's fever. An opener before a question of its own still asks it."""

import pytest


@pytest.mark.parametrize(
    "message",
    ["what about at night", "what about at night?", "and in winter", "how about at work"],
)
def test_an_opener_and_a_circumstance_alone_is_not_answered_fresh(bot, message):
    reply = bot.session().ask(message)
    assert reply.kind == "fallback", (message, reply.id, reply.via)


@pytest.mark.parametrize(
    ("message", "entry"),
    [("and can it come back after surgery?", "regrowth"), ("what about FOP", None)],
)
def test_an_opener_before_a_question_or_a_name_of_the_bank_is_still_read(bot, message, entry):
    reply = bot.session().ask(message)
    assert reply.kind == "answer", (message, reply.kind)
    if entry is not None:
        assert reply.id == entry
