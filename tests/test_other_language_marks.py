"""Questions about the bank's own subject in another language get the English-only note (round 17 of the triage
work, docs/triage.md).

Their medical words look like slips of the bank's words ("osificación", "hétérotopique"), which used to make a
whole question in Spanish or French read as English the bank does not cover. A letter English does not use and
punctuation English never uses are now evidence of another language; an English message with one foreign word
or a name keeps its answer.
"""

from __future__ import annotations

import pytest

from chatbot.bot import Bot
from chatbot.understanding.other_language import foreign_punctuation, marked_words, mostly_not_english


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


def _is_note(bot, reply) -> bool:
    return reply.kind == "fallback" and reply.text == bot.bank.messages["not_english"]


QUESTIONS_IN_OTHER_LANGUAGES = [
    "¿qué es la osificación?",
    "¿Cuáles son los síntomas de la osificación heterotópica?",
    "¿La osificación heterotópica se puede heredar?",
    "osificación heterotópica tratamiento",
    "Qu'est-ce que l'ossification hétérotopique ?",
    "Est-ce que l'ossification peut revenir après la chirurgie ?",
    "Wie wird die heterotope Ossifikation behandelt?",
    "Welche Symptome hat eine Verknöcherung?",
    "O que é ossificação heterotópica?",
    "Quali sono i sintomi dell'ossificazione?",
]


@pytest.mark.parametrize("text", QUESTIONS_IN_OTHER_LANGUAGES)
def test_a_question_in_another_language_gets_the_english_only_note(bot, text):
    reply = bot.session().ask(text)
    assert _is_note(bot, reply), (reply.kind, reply.text[:60])
    assert bot.emergency_number in reply.text


ENGLISH_WITH_A_FOREIGN_WORD_OR_A_NAME = [
    ("what is HO, gracias", "what-is-ho"),
    ("merci! what are the symptoms of HO?", None),
    ("my friend José has HO, what causes it?", None),
    ("Dr. Müller says I have HO, what is it?", "what-is-ho"),
    ("my abuela had a hip replacement, can she get HO?", None),
    ("how is heterotopic ossificaton treated", None),
]


@pytest.mark.parametrize(("text", "entry"), ENGLISH_WITH_A_FOREIGN_WORD_OR_A_NAME)
def test_english_with_one_foreign_word_or_a_name_keeps_its_answer(bot, text, entry):
    reply = bot.session().ask(text)
    assert reply.kind == "answer", (reply.kind, reply.text[:60])
    if entry:
        assert reply.id == entry, reply.id


def test_an_emergency_the_table_reads_still_escalates_in_a_mixed_message(bot):
    # English sign words inside a message in another language: triage comes first, whatever the language.
    assert bot.session().ask("por favor ayuda, my husband can't breathe").kind == "emergency"
    assert bot.session().ask("s'il vous plaît, I have crushing chest pain right now").kind == "emergency"


def test_an_accent_is_never_read_as_a_slip():
    # "osificacion" is one slip from "ossification", but nobody types the accent of an English word by mistake.
    assert marked_words("¿qué es la osificación?") == {"que", "osificacion"}
    assert marked_words("what is HO") == frozenset()
    assert foreign_punctuation("¿qué es?") and foreign_punctuation("« bonjour »")
    assert not foreign_punctuation("what's HO? (a question)")
    knows = {"que", "la", "ossification"}.__contains__
    def slip(word):
        return word == "osificacion"
    assert not mostly_not_english("que es la osificacion", knows, slip)
    assert mostly_not_english("que es la osificacion", knows, slip, marked=frozenset({"osificacion"}))


def test_the_note_comes_from_the_general_layer(bot):
    assert "English" in bot.bank.messages["not_english"]
