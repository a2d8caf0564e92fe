"""A conversation lends "it" a subject only where a question asks something (issue 9, item 4).

After a few answers, "it" may mean the last answer's subject ("is it serious?", "how many people have it?"). An
everyday request with "it" and only words English's commonest words bring ("what day it will be in a week")
asks nothing of that subject: it gets the reply it gets in a fresh session, never an answer about HO.
"""

from __future__ import annotations

import pytest

PRIMERS = ["how is HO treated", "what is FOP", "what is brooker grade 2", "can a hip replacement cause HO"]
EVERYDAY = [
    "tell me what day it will be in a week",
    "can you work out what date it is in 12 days",
    "what will the date be in 10 days",
]


@pytest.mark.parametrize("primer", PRIMERS)
@pytest.mark.parametrize("request_", EVERYDAY)
def test_an_everyday_request_with_it_gets_its_fresh_session_reply(bot, primer, request_):
    fresh = bot.session().ask(request_)
    session = bot.session()
    assert session.ask(primer).kind == "answer"
    reply = session.ask(request_)
    assert reply.kind != "answer", (primer, request_, reply.id, reply.via)
    assert reply.kind == fresh.kind


@pytest.mark.parametrize(
    ("primer", "follow_up", "expected"),
    [
        ("what is FOP", "how many people get it", "genetic-ho"),
        ("tell me about fibrodysplasia ossificans progressiva", "how common is it", "genetic-ho"),
        ("what is FOP", "is it serious", "fop-symptoms"),
    ],
)
def test_a_question_that_asks_something_still_follows_up(bot, primer, follow_up, expected):
    # "How many people" is read as the bank's concept "rare", whose stem the everyday word "rarely" shares:
    # it still asks something, so the question leans on the last answer.
    session = bot.session()
    session.ask(primer)
    reply = session.ask(follow_up)
    assert (reply.kind, reply.id, reply.via) == ("answer", expected, "follow-up")
