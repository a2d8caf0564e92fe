"""A clinic's entry (two or three phrasings) far ahead of every other entry is answered below the answer score
when the words it leaves unexplained are ones the clinic never wrote anywhere (see `decision.sparse_lead`).

The bank (tests/data/grommets-bank) and the questions are our own, written as a clinic and its patients write.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import chatbot.understanding.decision as decision
from chatbot import Bot
from chatbot.conversation import leads

BANK = Path(__file__).parent / "data" / "grommets-bank"


@pytest.fixture(scope="module")
def clinic():
    return Bot.load(BANK)


def _top(bot: Bot, text: str):
    analysis = bot.analyzer.analyze(text)
    return bot.matcher.rank(analysis.tokens, analysis.concepts)[0]


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # "sea", "summer", "holiday": words no entry uses; swimming and the ear are what is asked.
        ("can my child swim in the sea with his ears on our summer holiday", "swimming"),
        ("can she swim in the sea with her ears on holiday", "swimming"),
    ],
)
def test_a_clear_lead_that_leaves_only_unwritten_words_is_answered(clinic, monkeypatch, message, entry):
    top = _top(clinic, message)
    assert top.entry.id == entry and top.sparse_lead
    assert top.score < decision.ANSWER_SCORE  # the usual gate alone would not answer it
    reply = clinic.ask(message)
    assert (reply.kind, reply.id) == ("answer", entry)
    # Without the sparse lead the same message falls back: the lead is what answers it.
    monkeypatch.setattr(decision, "SPARSE_LEAD_SCORE", 1000.0)
    # (The wider gate of a message that names health (`named_lead`, round 18) answers it by another road: left out.)
    monkeypatch.setattr(leads, "named_lead", lambda *args: None)
    assert clinic.ask(message).kind == "fallback"


def test_a_word_another_entry_uses_is_no_unwritten_word(clinic):
    # "runny" is the discharge entry's word: the swimming entry leaving it unexplained answers another question.
    top = _top(clinic, "can she swim in the sea with her runny ears on holiday")
    assert not (top.entry.id == "swimming" and top.sparse_lead)


def test_the_clinics_own_topic_left_unexplained_is_no_other_question(clinic):
    # The ear-plugs entry never writes "grommets", the topic every entry is about; "weekend" no entry writes.
    top = _top(clinic, "does my daughter need plugs in the bath with her grommets at the weekend")
    assert top.entry.id == "ear-plugs" and top.sparse_lead


def test_what_is_asked_must_be_the_entrys_own_question(clinic):
    # "How many weeks" asks when; only the swimming entry's answer says "weeks": its questions never ask when.
    top = _top(clinic, "how many weeks before she can swim in the sea with her ears")
    assert top.entry.id == "swimming" and not top.sparse_lead


def test_a_way_of_asking_is_no_evidence_of_its_own(clinic):
    # "What time" and the plane: the time of a flight is no question about flying with grommets.
    message = "what time does our plane from spain get in"
    assert not _top(clinic, message).sparse_lead
    assert clinic.ask(message).kind == "fallback"


def test_a_question_after_a_short_story_is_read_alone(clinic, monkeypatch):
    message = "She is seven. Can she swim in the sea with her ears?"
    assert (clinic.ask(message).kind, clinic.ask(message).id) == ("answer", "swimming")
    # Without the sparse lead the story reading of the same round (the question read on its own) finds the same
    # entry: the two readings agree, and neither turns the short story into another question.
    monkeypatch.setattr(decision, "SPARSE_LEAD_SCORE", 1000.0)
    assert (clinic.ask(message).kind, clinic.ask(message).id) == ("answer", "swimming")


def test_an_answers_words_in_passing_cannot_carry_the_lead_alone(clinic):
    # The discharge answer names antibiotic drops; its questions only share "ear": two of three words from the answer.
    message = "are antibiotic drops ok for her ears"
    top = _top(clinic, message)
    assert top.entry.id == "discharge" and top.score < decision.ANSWER_SCORE and not top.sparse_lead
    assert clinic.ask(message).kind == "fallback"


def test_one_shared_word_is_too_little_to_lead_on(clinic):
    # "colour" is never written, and "grommet" is the only word explained: no lead.
    top = _top(clinic, "what colour are grommets")
    assert not top.sparse_lead
    assert clinic.ask("what colour are grommets").kind != "answer"  # a choice of close entries at most


@pytest.mark.parametrize(
    "message",
    ["what is the weather like tomorrow", "book a table at the pool restaurant", "how long is the drive to spain"],
)
def test_everyday_requests_still_fall_back(clinic, message):
    assert clinic.ask(message).kind == "fallback"


def test_the_packaged_bank_never_leads_sparsely():
    # Its entries list ten or more phrasings each: the gates shaped on it are unchanged.
    bot = Bot.load()
    for message in ("can HO come back after surgery on holiday", "is HO painful in the summer heat"):
        analysis = bot.analyzer.analyze(message)
        assert all(not c.sparse_lead for c in bot.matcher.rank(analysis.tokens, analysis.concepts))
