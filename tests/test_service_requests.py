"""Asking the bot for a service it cannot give is never answered from the bank (round 18, clinicwrong20).

Looking at a photo, judging a rash from a description, moving or cancelling an appointment, naming a private
specialist, writing a poem, or what one clinic's waiting list is: each shares a word with some entry ("appointment",
"rash", "snoring"), and a clinic's entry with two or three phrasings was answered on that word alone. They get the
personal-advice reply, as booking or prescribing already did. A small wart clinic's bank of our own, with our own
wordings."""

from __future__ import annotations

import pytest
from conftest import entries_yaml

from chatbot import Bot

META = "meta: {title: Warts, topic: warts, short_name: wart, source: tests, reviewed: 2024-01-01}\n"
ENTRIES = (
    (
        "what-is-a-wart",
        "What is a wart?",
        ["what are warts", "explain what a wart is"],
        "A wart is a small rough lump on the skin caused by a common virus. Most go away on their own in time.",
    ),
    (
        "appearance",
        "What does a wart look like?",
        ["how do I recognise a wart", "what does a verruca look like on the foot"],
        "A firm, rough bump, sometimes with tiny dark dots. On the sole of the foot it is flat and called a verruca.",
    ),
    (
        "freezing",
        "What happens at a freezing appointment?",
        ["how is a wart frozen off", "does freezing a wart hurt"],
        "The nurse sprays a very cold liquid on the wart for a few seconds. It stings and a blister may form.",
    ),
    (
        "spreading",
        "Can warts spread to other people?",
        ["are warts catching", "can I pass a verruca on at the swimming pool"],
        "They can spread by close skin contact or shared towels. Covering a verruca when swimming helps.",
    ),
    (
        "specialist",
        "When would I see a skin specialist about a wart?",
        ["will I be referred to a dermatologist", "who treats warts that will not go"],
        "Most warts are treated by a GP or pharmacist. A specialist sees warts that are large, painful or spreading.",
    ),
)


@pytest.fixture
def clinic(make_bank):
    return Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES)}))


@pytest.mark.parametrize(
    "question",
    [
        "could you look at a photo of the lump on my thumb",
        "if i describe it can you say whether its a wart",
        "i need to move my appointment for the freezing to friday",
        "please cancel my appointment on tuesday",
        "is there a good private skin doctor you would suggest",
        "write a poem about warts for my son",
        "whats the waiting list for freezing at your clinic these days",
        "is there parking at this hospital",
    ],
)
def test_asking_for_a_service_the_bot_cannot_give_is_never_answered(clinic, question):
    reply = clinic.ask(question)
    assert reply.kind == "fallback"
    assert reply.id is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what happens at a freezing appointment?", "freezing"),
        ("what does a wart look like", "appearance"),
        ("will i be referred to a dermatologist for my wart", "specialist"),
    ],
)
def test_questions_with_the_same_words_are_still_answered(clinic, question, expected):
    reply = clinic.ask(question)
    assert "personal medical advice" not in reply.text
    assert reply.kind == "answer"
    assert reply.id == expected


@pytest.mark.parametrize(
    "question",
    [
        "can you pass it on before the wart shows",
        "could I pass them on to my partner",
        "can you pass it on",
    ],
)
def test_passing_it_on_asks_whether_it_spreads_not_for_a_message(clinic, question):
    # Round 26 (hostile28): "pass it on" was read as a message to relay, and the reply said the bot cannot pass
    # on messages; with no one named to pass it to, it asks whether the condition spreads.
    session = clinic.session()
    session.ask("what is a wart")
    reply = session.ask(question)
    assert reply.via != "request"
    assert reply.id == "spreading"


def test_asking_whether_i_can_pass_it_on_to_my_children_is_no_request(clinic):
    reply = clinic.ask("can I pass it on to my kids")
    assert reply.via != "request"
    assert "pass on messages" not in reply.text


@pytest.mark.parametrize(
    "question", ["can you pass this on to my GP", "please pass that on to the nurse", "could you pass it on for me"]
)
def test_passing_it_on_to_someone_named_is_still_a_message(clinic, question):
    reply = clinic.ask(question)
    assert reply.via == "request"
    assert "pass on messages" in reply.text
