"""A request to the bot about the talk itself is no follow-up (issue 9, part 4: a wrong answer is worse than a
fallback). After "How fast does the extra bone grow?", "please talk faster" got the how-fast entry and "stop it"
the prevention entry; a fresh session falls back on both."""

from __future__ import annotations

import pytest

PRIMERS = ["What is heterotopic ossification (HO)?", "How fast does the extra bone grow?", "Can HO be prevented?"]


@pytest.mark.parametrize(
    "request_", ["please talk faster", "stop it", "stop please", "please stop it", "slow down", "go faster please"]
)
def test_a_request_to_the_bot_gets_its_fresh_session_reply(bot, request_):
    fresh = bot.session().ask(request_)
    session = bot.session()
    for primer in PRIMERS:
        assert session.ask(primer).kind == "answer"
    reply = session.ask(request_)
    assert reply.kind != "answer", (request_, reply.id, reply.via)
    assert reply.kind == fresh.kind


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [("and grade 3?", "grade-3"), ("how is it treated then", "treatment"), ("symptoms", "early-symptoms")],
)
def test_real_follow_ups_still_follow_up(bot, follow_up, expected):
    session = bot.session()
    for primer in PRIMERS:
        session.ask(primer)
    reply = session.ask(follow_up)
    assert (reply.kind, reply.id) == ("answer", expected)


@pytest.mark.parametrize(
    "question", ["why does my hip hurt at night", "why is the pain worse at night", "my hip hurts at night, why"]
)
def test_night_pain_asked_with_why_never_gets_the_fever_answer(bot, question):
    # The article says nothing of pain at night; the fever entry says fever is often higher at night. The reading
    # "another sign is not the sign asked" (`Matcher._asks_of_another_sign`) must hold for "why" wordings too,
    # fresh and after each bank question.
    assert bot.session().ask(question).kind != "answer"
    for entry in bot.bank.entries:
        session = bot.session()
        session.ask(entry.question)
        reply = session.ask(question)
        assert reply.kind != "answer" or reply.id != "fever", (entry.id, reply.id, reply.via)
