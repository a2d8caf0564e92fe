"""Round 28 (conv30): a follow-up that only adds a circumstance ("what about at night") is read against what was
just answered, and falls back when that reading is weak (docs/evaluation.md, "Round 28: follow-ups and topic
changes, by cause (conv30)")."""

from __future__ import annotations

import pytest
from conftest import DATA
from conversation_support import last_reply, same_reply

from chatbot.bot import Bot
from chatbot.conversation.circumstance_follow_up import circumstance_named


@pytest.fixture(scope="module")
def ho():
    return Bot.load()


@pytest.fixture(scope="module")
def psoriasis():
    return Bot.load(DATA / "tuning" / "psoriasis-bank")


@pytest.mark.parametrize(
    "before",
    [
        "how is HO treated?",  # the fever entry's "at night" has nothing to do with treatment
        "what are the symptoms of HO?",  # fever is tied to the symptoms answer, but not asked
        "what is HO?",
        "can a hip replacement cause HO?",
    ],
)
@pytest.mark.parametrize("circumstance", ["what about at night", "and at night?", "what about during the night"])
def test_a_circumstance_after_another_answer_falls_back(ho, before, circumstance):
    reply = last_reply(ho, before, circumstance)
    assert reply.kind == "fallback", (reply.kind, reply.id)


def test_a_circumstance_the_last_answer_speaks_of_is_answered_again(ho):
    # "Can HO cause a fever?" asked again at night reaches the fever entry surely: it says the fever is often
    # higher at night.
    reply = last_reply(ho, "can HO cause a fever?", "what about at night")
    assert (reply.kind, reply.id) == ("answer", "fever")


def test_a_place_the_entry_is_titled_by_is_still_answered(psoriasis):
    # "On my scalp" names the entry's own subject: the follow-up reading stands (dev24 psoriasis, "vitamin d").
    turns = ("what about vitamin d creams", "can i use them when pregnant", "what about on my scalp")
    reply = last_reply(psoriasis, *turns)
    assert (reply.kind, reply.id) == ("answer", "scalp-psoriasis")


@pytest.mark.parametrize(
    "question", ["can HO cause a fever at night?", "why is my fever worse at night", "is a night fever part of ho"]
)
def test_a_complete_question_with_a_circumstance_is_answered_as_fresh(ho, question):
    fresh = last_reply(ho, question)
    assert (fresh.kind, fresh.id) == ("answer", "fever")
    for before in ("how is HO treated?", "what are the symptoms of HO?"):
        assert same_reply(last_reply(ho, before, question), fresh), before


@pytest.mark.parametrize(
    ("message", "named"),
    [
        ("what about at night", ["night"]),
        ("and in winter?", ["winter"]),
        ("what about during the day", ["day"]),
        ("what about warfarin", []),  # a thing, not a circumstance: the follow-up reading decides as before
        ("what about for her temperature", []),
        ("and with coffee?", []),
        ("and when can I drive?", []),  # a question of its own after the opener
        ("at night", []),  # no opener
    ],
)
def test_what_counts_as_a_circumstance(ho, message, named):
    session = ho.session()
    assert circumstance_named(session, message) == named


def test_names_after_an_opener_keep_their_follow_up(ho):
    assert last_reply(ho, "what does Brooker grade 3 mean", "what about 4").id == "grade-4"
    assert last_reply(ho, "can ibuprofen stop it forming", "what about warfarin").id == "warfarin"
