"""Emergencies first, always; personal advice never."""

from __future__ import annotations

import pytest

from chatbot import Bot

EMERGENCIES = [
    "I can't breathe",
    "my chest hurts",
    "i think i'm having a heart attack",
    "her face is drooping and her speech is slurred",
    "he is bleeding heavily",
    "my mum collapsed",
    "my husband is not breathing",
    "I fainted",
    "i want to kill myself",
    "I took too many pills",
    "my throat is closing",
    "my calf is swollen and I am short of breath",
    "what is HO? also i cant breathe",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_emergencies_are_escalated_at_once(bot, text):
    reply = bot.ask(text)
    assert reply.kind == "emergency"
    assert "911" in reply.text and "112" in reply.text and "999" in reply.text
    assert reply.id is None and reply.suggestions == ()


@pytest.mark.parametrize(
    "text",
    [
        "can the genetic form affect how you breathe?",
        "can FOP make it hard to breathe",
        "does HO cause trouble breathing",
        "what are the symptoms of HO",
    ],
)
def test_informational_questions_about_the_condition_are_not_emergencies(bot, text):
    assert bot.ask(text).kind != "emergency"


def test_self_harm_gets_a_crisis_line(bot):
    reply = bot.ask("I want to end my life")
    assert reply.kind == "emergency"
    assert "988" in reply.text and "116 123" in reply.text


def test_the_emergency_number_is_configurable(monkeypatch):
    assert "000" in Bot.load(emergency_number="000").ask("chest pain").text
    monkeypatch.setenv("CHATBOT_EMERGENCY_NUMBER", "15")
    text = Bot.load().ask("chest pain").text
    assert "call your local emergency number now: 15." in text.lower()


def test_an_emergency_does_not_end_the_conversation(session):
    assert session.ask("what is FOP").id == "genetic-ho"
    assert session.ask("I can't breathe").kind == "emergency"
    assert session.ask("what are its symptoms?").id == "fop-symptoms"


@pytest.mark.parametrize(
    "text",
    [
        "should I stop my warfarin",
        "how much ibuprofen can I take",
        "do I have HO?",
        # putting off or turning down a planned treatment is a decision for the care team, not the bank's facts
        "should I cancel my hip replacement because I'm scared of HO",
        "should my dad have his hip replacement",
        "should i postpone the op",
    ],
)
def test_personal_advice_is_never_answered_from_the_bank(bot, text):
    reply = bot.ask(text)
    assert reply.kind == "fallback" and "pharmacist" in reply.text


GOUT_BANK = (
    "meta:\n  title: Gout\n  topic: gout\n  short_name: gout\n  source: tests\n  reviewed: 2025-01-01\n"
    "entries:\n"
    "  - id: what-is-gout\n    question: What is gout?\n    alternates: [explain gout, what does gout mean]\n"
    "    answer: Gout is a painful swelling of a joint, often the big toe, caused by uric acid crystals.\n"
    "  - id: spread\n    question: Is gout contagious?\n    alternates: [can you catch gout, can gout spread]\n"
    "    answer: Gout does not pass from one person to another, it comes from uric acid in the body.\n"
)


@pytest.mark.parametrize(
    "message",
    [
        "do I have gout?",
        "could my husband have gout",
        "my dog keeps licking his paw, could he have gout lol",
        "is it gout, or just a sprain?",
    ],
)
def test_asking_whether_someone_has_the_banks_condition_is_personal_advice(make_bank, message):
    # The bank's meta names its condition; no phrase of the bank's own mentions it: the general rule does.
    bot = Bot.load(make_bank({"bank.yaml": GOUT_BANK}))
    assert bot.advice.asks_for_advice(message)
    assert "gout" in bot.advice.rule_for(message)
    assert bot.ask(message).kind != "answer"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("is gout contagious", "spread"),  # the name does not end the clause: a question about gout
        ("is it gout that people catch from each other?", "spread"),
        ("what is gout", "what-is-gout"),
    ],
)
def test_a_question_about_the_condition_is_no_question_about_the_person(make_bank, message, expected):
    bot = Bot.load(make_bank({"bank.yaml": GOUT_BANK}))
    assert not bot.advice.asks_for_advice(message)
    reply = bot.ask(message)
    assert (reply.kind, reply.id) == ("answer", expected)


@pytest.mark.parametrize(
    "message",
    [
        "I want to kill\u200bmyself",  # a zero-width space in place of the space
        "I want to kill\u200dmyself",  # a zero-width joiner in place of the space
        "i can't\u2060breathe",  # a word joiner
        "I want to kill\u00admyself",  # a soft hyphen
        "I want to ki\u200dll my\u200bself",  # inside the words as well
    ],
)
def test_an_invisible_character_typed_for_a_space_never_hides_an_emergency(bot, message):
    assert bot.ask(message).kind == "emergency"


def test_an_invisible_character_never_raises_an_alarm_of_its_own(bot):
    assert bot.ask("what is HO\u200b").kind == "answer"
    assert bot.ask("can HO\u200bcause chest pain?").kind != "emergency"
