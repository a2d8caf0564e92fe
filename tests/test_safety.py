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
