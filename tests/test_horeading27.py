"""Round 25 (issue 9, horeading27): a rare word of the bank's topic name said alone is read as the topic.

The HO vocabulary folds "heterotopic ossification" whole into HO; "ossification" or "hetero" said alone was a rare
word no entry says, so "what does grade three ossification mean" fell back. It is now read as the topic's short name
when it ends its phrase and the message does not name the topic whole (`understanding.topic_name`). A word that
begins a name of its own ("a heterotopic pregnancy", "ossification of the skull") is left as typed. Our own
paraphrases; each asked fresh and after four other questions (a complete question gets the same reply).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import kind_and_id

from chatbot.bot import Bot
from chatbot.understanding.topic_name import read_as_topic, topic_name_part

ANSWERED = [
    ("what does grade three ossification mean", "grade-3"),
    ("is the ossification thing dangerous", "how-serious"),
    ("how do they treat ossification in the elbow", "treatment"),
    ("can physio help with the ossifying thing", "physical-therapy"),
    ("does ossification come back after surgery", "regrowth"),
]
EARLIER = ("What is HO?", "can a hip replacement cause HO?", "what are the early signs?", "how is it treated?")


@pytest.mark.parametrize(("question", "entry"), ANSWERED)
def test_a_word_of_the_name_said_alone_is_the_topic(bot, question, entry):
    assert kind_and_id(bot, question) == ("answer", entry)


@pytest.mark.parametrize(("question", "entry"), ANSWERED[:3])
def test_the_same_reply_mid_conversation(bot, question, entry):
    session = bot.session()
    for earlier in EARLIER:
        session.ask(earlier)
    reply = session.ask(question)
    assert (reply.kind, reply.id) == ("answer", entry)


@pytest.mark.parametrize(
    "question",
    [
        "what is a heterotopic pregnancy",
        "ossification of the skull in babies",
        "heterotopic gray matter in the brain",
        "can ossification of a ligament cause back pain",
    ],
)
def test_a_word_that_begins_another_name_is_not_the_topic(bot, question):
    assert read_as_topic(bot.analyzer, bot.matcher, question, bot.bank.topic, bot.bank.short_name) is None
    assert kind_and_id(bot, question)[0] == "fallback"


def test_the_whole_name_is_left_as_it_is(bot):
    for question in ("what is heterotopic ossification", "the doctor said hetero.. hetero-something, what is it"):
        assert read_as_topic(bot.analyzer, bot.matcher, question, bot.bank.topic, bot.bank.short_name) is None


def test_the_rewritten_text_keeps_its_spacing(bot):
    text = "is the scan an x ray, for the ossifying thing?"
    assert read_as_topic(bot.analyzer, bot.matcher, text, bot.bank.topic, "HO") == (
        "is the scan an x ray, for the HO thing?"
    )


def test_only_rare_words_of_the_name_count():
    topic = "recovery after wisdom tooth removal"
    assert not topic_name_part("afternoon", topic)
    assert not topic_name_part("toothpast", topic)
    assert not topic_name_part("hetero", "heterotopic ossification")  # clipped: "hetero" has meanings of its own
    assert topic_name_part("ossifi", "heterotopic ossification")
    assert not topic_name_part("oss", "heterotopic ossification")


def test_a_clinic_word_is_never_rewritten():
    tooth = Bot.load(Path(__file__).parent / "data" / "heldout" / "tooth-bank")
    for text in ("I had it done yesterday afternoon. Can I start today?", "what's the best toothpaste for my teeth"):
        assert read_as_topic(tooth.analyzer, tooth.matcher, text, tooth.bank.topic, tooth.bank.short_name) is None
