"""One question of a longer message, sure on its own at a clinic's entry, with the whole message leading there too,
is answered (see `understanding.sure_question`).

The bank (tests/data/ligament-bank) and the messages are our own, written as a clinic and its patients write.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import chatbot.understanding.sure_question as sure_question
from chatbot import Bot

BANK = Path(__file__).parent / "data" / "ligament-bank"


@pytest.fixture(scope="module")
def clinic():
    return Bot.load(BANK)


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # The story says nothing the clinic wrote ("box set", "bored"): read whole, it costs every entry its bars.
        ("Honestly I'm so bored, I have watched every box set going. When can I go back to football?", "sport"),
        ("My physio is lovely and the nurses were great. What are the options for the graft?", "graft-choice"),
    ],
)
def test_a_sure_question_in_a_story_is_answered(clinic, monkeypatch, message, entry):
    reply = clinic.ask(message)
    assert (reply.kind, reply.id, reply.via) == ("answer", entry, "question alone")
    monkeypatch.setattr(sure_question, "SURE_QUESTION_SCORE", 1000.0)
    # Without the sure reading, the message fell back until round 18; since round 19 the later clinic gates (a late or
    # trusted lead, another subject read as context) may answer it too, and then only with the same entry.
    without = clinic.ask(message)
    assert without.kind == "fallback" or (without.kind, without.id) == ("answer", entry)


def test_a_question_that_points_back_at_the_story_is_not_read_alone(clinic):
    # "Is this normal?" asks about what the story told, not about the clinic's topic in general.
    reply = clinic.ask("Honestly I'm so bored, I have watched every box set going. Is this normal?")
    assert reply.via != "question alone"


def test_a_story_about_another_health_matter_keeps_the_question_from_being_read_alone(clinic):
    # Since round 19 (`understanding/other_subject.py`) a condition only the story names is context: "My son has
    # asthma ... When can I go back to football?" may be answered. A question that asks about that other condition
    # itself is never answered from the clinic's entries.
    for question in ("Can asthma stop him going back to football?", "Will his asthma get better?"):
        reply = clinic.ask(f"My son has asthma and I have been up all night with him. {question}")
        assert reply.kind != "answer"


def test_two_questions_that_reach_two_entries_are_not_settled_by_one(clinic):
    reply = clinic.ask("I'm so bored. When can I go back to football, and how soon can I drive again?")
    assert not (reply.kind == "answer" and reply.via == "question alone")


def test_a_question_that_only_asks_a_kind_takes_no_topic(clinic):
    analyzer = clinic.analyzer
    assert not sure_question.says_own_thing(analyzer, analyzer.analyze("why tho").tokens)
    assert not sure_question.says_own_thing(analyzer, analyzer.analyze("what should it look like").tokens)
    assert sure_question.says_own_thing(analyzer, analyzer.analyze("when can I play football").tokens)


def test_only_a_clinics_sparse_entry_is_read_so(clinic):
    analysis = clinic.analyzer.analyze("When can I go back to football?")
    ranking = clinic.matcher.rank(analysis.tokens, analysis.concepts)
    assert sure_question.sure_clinic_lead(ranking)
    many = [ranking[0]._replace(phrasings=12), *ranking[1:]]  # an entry that lists a dozen ways of asking
    assert not sure_question.sure_clinic_lead(many)


def test_the_packaged_bank_never_reads_so():
    bot = Bot.load()
    reply = bot.ask("I'm so bored, I have watched every box set going. What is HO?")
    assert reply.via != "question alone"
