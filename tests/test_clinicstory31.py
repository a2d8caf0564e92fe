"""A message that only tells and asks nothing (round 29, clinicstory31): about something the bank holds, it gets the
kind reply and the entries that fit it to pick from, not the fallback; about something else (an animal, a part of the
body and its ordinary complaint in a bank of many phrasings an entry, nothing of health) it still falls back.

The messages are our own, written for these tests, not taken from a tuning set.
"""

import pytest

from chatbot.bot import Bot
from chatbot.conversation import told_statement
from chatbot.understanding.message import split_message

HEARING = "tests/data/tuning/hearing-bank"


@pytest.fixture(scope="module")
def hearing() -> Bot:
    return Bot.load(HEARING)


def test_a_told_message_the_bank_reaches_gets_the_kind_reply_and_its_entries(hearing):
    message = "my ears have been ringing since the concert last weekend"
    assert not split_message(message).questions  # told, not asked
    reply = hearing.session().ask(message)
    assert reply.kind == "clarify"
    assert "tinnitus" in [s.id for s in reply.suggestions]
    assert reply.text.startswith("Thank you for telling me.")  # the general layer's story_only wording


def test_without_the_reading_the_same_message_falls_back(hearing, monkeypatch):
    monkeypatch.setattr(told_statement, "statement_ranking", lambda *args: None)
    reply = hearing.session().ask("my ears have been ringing since the concert last weekend")
    assert reply.kind == "fallback"


def test_a_number_then_picks_an_offered_entry(hearing):
    session = hearing.session()
    offered = session.ask("my ears have been ringing since the concert last weekend").suggestions
    reply = session.ask("1")
    assert reply.kind == "answer" and reply.id == offered[0].id


@pytest.mark.parametrize(
    "message",
    [
        "my cat keeps scratching her ear",  # an animal's story: not the clinic's topic
        "my card got declined at the shop",  # nothing of health
    ],
)
def test_a_told_message_about_something_else_still_falls_back(hearing, message):
    assert hearing.session().ask(message).kind == "fallback"


@pytest.mark.parametrize(
    "message",
    [
        "my knee hurts when i walk",
        "my shoulder has been aching for a couple of weeks",
    ],
)
def test_a_body_part_and_its_ordinary_complaint_falls_back_in_a_dense_bank(bot, message):
    # The packaged bank has many phrasings an entry: a part of the body and its complaint is not its topic
    # (`story_subject.story_owns_subject`, round 28).
    assert bot.session().ask(message).kind == "fallback"


def test_a_message_that_asks_is_not_read_as_told(hearing):
    analysis = hearing.analyzer.analyze("my ears ring after concerts, is that normal?")
    message = split_message("my ears ring after concerts, is that normal?")
    assert message.questions
    assert told_statement.entries_for_statement(hearing, analysis, message) == []


def test_a_told_message_that_speaks_to_the_bot_is_not_offered_entries(hearing):
    text = "you should tell me about the ringing in my ears"
    analysis = hearing.analyzer.analyze(text)
    assert told_statement.entries_for_statement(hearing, analysis, split_message(text)) == []




def test_a_message_that_tells_of_no_one_is_no_story_and_gets_no_entries(hearing, monkeypatch):
    # The lead, round 29: a search-box string or a request tells of no one; entries offered after it pointed at the
    # wrong topic ("book me a taxi to the hospital for 3pm" was offered an entry on grade 3 on the packaged bank).
    text = "ringing in the ears since the concert last weekend"
    analysis, message = hearing.analyzer.analyze(text), split_message(text)
    assert told_statement.entries_for_statement(hearing, analysis, message) == []
    monkeypatch.setattr(told_statement, "names_a_teller", lambda parts: True)
    assert told_statement.entries_for_statement(hearing, analysis, message)  # only the teller guard held it back


@pytest.mark.parametrize(
    "clause, is_request",
    [
        ("i need to know my credit limit", True),
        ("show me a hotel with good reviews", True),
        ("ok can you tell me the time", True),
        ("i would like my ears to stop ringing", True),
        ("my ears have been ringing since the concert", False),
        ("my mask keeps leaking and hissing", False),
    ],
)
def test_a_clause_that_opens_as_a_request(hearing, clause, is_request):
    assert hearing.requests.opens_as_a_request(clause) is is_request


def test_a_request_is_no_telling_and_gets_no_entries(hearing, monkeypatch):
    # The lead, round 29: "I need to know the credit limit" got "Thank you for telling me" and entries on the packaged
    # bank; a request, whatever it asks for, is not a telling of what is happening.
    text = "i would like my ears to stop ringing since the concert last weekend"
    analysis, message = hearing.analyzer.analyze(text), split_message(text)
    assert told_statement.entries_for_statement(hearing, analysis, message) == []
    monkeypatch.setattr(hearing.requests, "opens_as_a_request", lambda clause: False)
    assert told_statement.entries_for_statement(hearing, analysis, message)  # only the request guard held it back
