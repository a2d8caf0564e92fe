"""Round 28 (horeading30): two questions asked together, each answered clearly alone, where the message read whole
led with the second one's entry: the first asked is answered and the second offered first
(`conversation.first_asked`). Our own paraphrases, not the tuning sets'."""

import pytest

from chatbot.conversation import first_asked
from chatbot.conversation.first_asked import asked_as_two

# (message, the first question's entry, the second question's entry): read whole, each got the second's entry.
TWO_QUESTIONS = [
    ("how do doctors diagnose HO and will it show on an x-ray", "diagnosis", "imaging-tests"),
    ("how is HO diagnosed and will it show up on a scan", "diagnosis", "imaging-tests"),
    ("how bad can HO become? and can it return after an operation", "how-serious", "regrowth"),
    ("how serious can it get? and will it come back after they remove it", "how-serious", "regrowth"),
    ("what causes HO and also can it grow back after surgery", "causes", "regrowth"),
    ("does HO give you a fever and can you feel it as a hard lump", "fever", "lump"),
]

# One question in two parts, or a second part that asks of the first's thing: the whole message decides, as before.
ONE_QUESTION = [
    ("how do doctors find HO, is it an x-ray or a different scan", "imaging-tests"),
    ("is there an inherited kind of HO and how rare is it", "genetic-ho"),
    ("what is grade 3 HO and is it serious", "grade-3"),
]

OPENINGS = ("What is HO?", "How is HO treated?", "Can children get HO?")


@pytest.mark.parametrize(("message", "first", "second"), TWO_QUESTIONS)
def test_the_first_question_is_answered_and_the_second_offered(bot, message, first, second):
    session = bot.session()
    reply = session.ask(message)
    assert (reply.kind, reply.id, reply.via) == ("answer", first, "first asked")
    assert reply.suggestions[0].id == second
    # The conversation is about what was answered: the offer and the last entry are the reply's own.
    assert session.memory.last_entry.id == first
    assert session.memory.offered == reply.suggestions


@pytest.mark.parametrize(("message", "first", "second"), TWO_QUESTIONS)
def test_the_same_reply_mid_conversation(bot, message, first, second):
    fresh = bot.session().ask(message)
    for opening in OPENINGS:
        session = bot.session()
        session.ask(opening)
        reply = session.ask(message)
        assert (reply.kind, reply.id, reply.text) == (fresh.kind, first, fresh.text)


@pytest.mark.parametrize(("message", "first", "second"), TWO_QUESTIONS)
def test_without_the_reading_the_second_question_wins(bot, monkeypatch, message, first, second):
    monkeypatch.setattr(first_asked, "first_asked_reply", lambda *args, **kwargs: None)
    reply = bot.session().ask(message)
    assert (reply.kind, reply.id) == ("answer", second)


@pytest.mark.parametrize(("message", "entry"), ONE_QUESTION)
def test_one_question_in_two_parts_is_left_to_the_whole_message(bot, message, entry):
    reply = bot.session().ask(message)
    assert (reply.kind, reply.id) == ("answer", entry)
    assert reply.via != "first asked"


@pytest.mark.parametrize(
    ("text", "first", "second", "expected"),
    [
        ("how bad can it get? and can it come back", "how bad can it get?", "can it come back", True),
        ("what causes it and also can it come back", "what causes it and", "can it come back", True),
        ("how is it found and does it show on xray", "how is it found", "does it show on xray", True),
        ("can surgery remove it, and will it come back", "can surgery remove it", "and will it come back", True),
        ("how do they find it, is it an xray or a scan", "how do they find it", "is it an xray or a scan", False),
        ("what if i need another op, can they stop it", "what if i need another op", "can they stop it", False),
        ("sandwich grand, can they stop it", "sandwich grand", "can they stop it", False),
        ("how is it found", "how is it found", "not in the text", False),
    ],
)
def test_asked_as_two(text, first, second, expected):
    assert asked_as_two(text, first, second) is expected


def test_a_story_and_its_question_are_not_two_questions(bot):
    # One question after a story: never this reading, whatever the whole message leads with.
    reply = bot.session().ask("My mum had her hip replaced last year. How is HO diagnosed?")
    assert reply.via != "first asked"
