"""Sports and exercise are acts in WordNet, which the related-word table otherwise leaves out (procedures and
tests are acts too); a sport is never a procedure, so a patient's "rugby" or "weightlifting" reaches a clinic's
entry about getting back to sport or exercise (tools/build_word_relations.py, ACTIVITY_ROOTS)."""

from __future__ import annotations

import pytest
from conftest import entries_yaml

from chatbot import Bot
from chatbot.understanding import relations

ENTRIES = (
    (
        "sport",
        "When can I get back to sport after my knee replacement?",
        ["return to sport after knee replacement", "sport with a new knee"],
        "Low-impact sport is usually fine from about three months; ask the team before anything with twisting.",
    ),
    (
        "exercise",
        "Which exercise should I do at home after my knee replacement?",
        ["exercise after knee replacement", "home exercise for a new knee"],
        "Your physiotherapist gives you a sheet of exercises to bend and straighten the knee several times a day.",
    ),
    (
        "driving",
        "When can I drive after my knee replacement?",
        ["driving after a knee replacement", "can I drive with a new knee"],
        "Most people drive again at about six weeks, once they can do an emergency stop.",
    ),
    (
        "stitches",
        "When do the stitches come out after a knee replacement?",
        ["removing stitches after knee surgery", "knee replacement stitches"],
        "Stitches or clips usually come out after ten to fourteen days, at your practice nurse.",
    ),
)
META = "meta:\n  title: Knee replacement\n  topic: knee replacement\n  source: tests\n  reviewed: 2025-01-01\n"


@pytest.fixture
def clinic(make_bank):
    return Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES)}))


@pytest.mark.parametrize(
    "word, kind",
    [("rugby", "sport"), ("badminton", "sport"), ("swimming", "sport"), ("skiing", "sport"), ("golf", "sport"),
     ("weightlifting", "exercise"), ("aerobics", "exercise")],
)
def test_a_sport_or_an_exercise_is_read_as_its_kind(word, kind):
    assert kind in relations.kinds(word)


@pytest.mark.parametrize(
    "word",
    # Verbs first ("clean", "squat", "plunge"), another thing as often ("conditioner"), a plural of another word
    # ("doubles", "singles"), a form of a verb that means something else ("hurling": to throw, or to be sick).
    ["clean", "squat", "plunge", "bathe", "conditioner", "doubles", "singles", "fives", "hurling"],
)
def test_words_used_mostly_otherwise_are_no_sport(word):
    kinds = relations.kinds(word)
    assert "sport" not in kinds and "exercise" not in kinds


def test_no_procedure_or_therapy_is_read_as_exercise():
    for word in ("physiotherapy", "physio", "surgery", "operation", "injection", "massage", "therapy", "rehab"):
        assert "exercise" not in relations.kinds(word) and "sport" not in relations.kinds(word)


@pytest.mark.parametrize(
    "question",
    ["when can i go back to rugby after my knee replacement", "back to skiing after the knee replacement, when?"],
)
def test_a_named_sport_reaches_the_sport_entry(clinic, question):
    reply = clinic.ask(question)
    assert reply.kind == "answer" and reply.id == "sport"


def test_a_sport_is_read_as_sport_where_the_text_is_about_care(clinic):
    analysis = clinic.analyzer.analyze("can i play badminton with my new knee")
    assert "sport" in analysis.tokens and "badminton" not in analysis.words[-1:]
    ranking = clinic.matcher.rank(analysis.tokens, analysis.concepts)
    assert ranking[0].entry.id == "sport"


def test_the_sport_word_is_read_only_in_a_message_about_care(clinic):
    # An everyday request that names a sport is not made about the knee by it.
    assert clinic.ask("what time does the rugby start on tv").kind != "answer"
