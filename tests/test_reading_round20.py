"""Readings of round 20 (issue 9, horeading22): HO questions as other people write them, in our own phrasings.

- The packaged bank's leader under the answer bar is answered when a second reading of each entry's questions,
  answer and title agrees on it clearly (`understanding.dense_lead`); never with a rare word left that the entry does
  not say, and after a story only when the entry says a word of the question.
- HO data: a medicine that stops more bone growing is the medicines entry (the article: corticosteroids "to help
  stop more extra bone from growing"); stopping HO before it starts stays prevention.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import kind_and_id

from chatbot.bot import Bot
from chatbot.understanding import dense_lead


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("could my red sore knee really be bone and not an infection", "mistaken-symptoms"),
        ("im 45 and just had my thigh bone pinned, am i one of the people who gets HO more", "who-is-at-risk"),
        ("is there a tablet that stops the bone growing", "medicines-for-ho"),
        ("Are there any tablets that can stop it growing more? I'm in a lot of pain too.", "medicines-for-ho"),
        ("can medicine prevent it", "prevention"),
        ("can anything stop it growing", "prevention"),
    ],
)
def test_round20_answers(bot, question, entry):
    assert kind_and_id(bot, question) == ("answer", entry)


def test_dense_lead_answers_with_its_path(bot):
    reply = bot.session().ask("could my red sore knee really be bone and not an infection")
    assert (reply.kind, reply.id, reply.via) == ("answer", "mistaken-symptoms", "dense lead")
    assert reply.score is not None


@pytest.mark.parametrize(
    "question",
    [
        # "recovery" is what is asked, and no entry says it: the timing entry leads, but is not the answer.
        "how long is recovery after they cut the HO out",
        # The story chose the entry (bone growth in a knee: where HO grows); the question asks the outlook.
        "my mum just learnt about the bone growth in her knee and she is upset. whats the prognosis?",
    ],
)
def test_dense_lead_never_answers_what_is_not_said(bot, question):
    reply = bot.session().ask(question)
    assert reply.via != "dense lead"
    assert reply.kind != "answer" or reply.id not in ("when-does-it-form", "where-in-body")


def test_dense_lead_is_not_opened_for_a_clinic_bank():
    # A clinic's bank (two or three phrasings an entry) has its own leads; this gate never opens for it.
    clinic = Bot.load(Path(__file__).parent / "data" / "cast-bank")
    assert clinic.matcher.lists_sparse_entries
    analysis = clinic.analyzer.analyze("how do I look after my cast")
    ranking = clinic.matcher.rank(analysis.tokens, analysis.concepts)
    assert dense_lead.dense_lead(clinic.matcher, clinic.analyzer, ranking, analysis.tokens, True, True) is None


@pytest.mark.parametrize(
    ("turns", "entries"),
    [
        (["what does brooker grade 2 mean", "and the one above it?", "what about the worst one"],
         ["grade-2", "grade-3", "grade-4"]),
        (["what does grade 3 mean", "and the mildest one?", "and the next one"], ["grade-3", "grade-1", "grade-2"]),
        (["what does grade 4 mean", "ok and the one below that"], ["grade-4", "grade-3"]),
    ],
)  # fmt: skip
def test_a_step_along_the_scale(bot, turns, entries):
    session = bot.session()
    for turn, entry in zip(turns, entries, strict=True):
        reply = session.ask(turn)
        assert (reply.kind, reply.id) == ("answer", entry), turn
    assert reply.via == "follow-up" and reply.score is not None


@pytest.mark.parametrize(
    "turns",
    [
        ["what does grade 2 mean", "what is the first sign"],  # a sign is asked, not the first grade
        ["what does grade 4 mean", "and the next one"],  # no grade above the top
        ["what causes it", "and the worst one?"],  # the last answer is on no scale
    ],
)
def test_no_step_where_none_is_asked(bot, turns):
    session = bot.session()
    for turn in turns:
        reply = session.ask(turn)
    assert not (reply.kind == "answer" and reply.id and reply.id.startswith("grade-"))


@pytest.mark.parametrize(
    "question",
    [
        "can my mum start taking diclofenac herself",
        "can i start taking steroid tablets for it myself",
    ],
)
def test_doing_it_alone_weighs_asking_first(bot, question):
    # Refused as personal advice, then answered by the entry worded as that request: ask first.
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", "ask-before-medicine")
    assert reply.text.startswith("I can't give personal medical advice")


@pytest.mark.parametrize(
    "question",
    ["when can I climb stairs after my hip replacement", "how long till i can drive after my hip replacement"],
)
def test_dense_lead_never_folds_another_joint_in(question):
    # A knee clinic's bank of many phrasings an entry: its stairs or driving entry leads, but it speaks of the knee.
    knee = Bot.load(Path(__file__).parent / "data" / "heldout" / "knee-bank")
    reply = knee.session().ask(question)
    assert reply.via != "dense lead"
    assert reply.kind != "answer"
