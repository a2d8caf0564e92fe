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
