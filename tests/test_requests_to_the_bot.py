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
