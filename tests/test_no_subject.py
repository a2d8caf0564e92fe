"""A clinic's question with no subject, answered when its bare reading and its reading with the bank's topic for "it"
lead to one entry clearly (`understanding.no_subject`), on a small bank of our own (tests/data/cast-bank: two or three
phrasings an entry, as clinics write) with our own wordings."""

from pathlib import Path

import pytest

from chatbot.bot import Bot
from chatbot.understanding.no_subject import readings, rule_holds

CAST = Path(__file__).parent / "data" / "cast-bank"


@pytest.fixture(scope="module")
def bot():
    return Bot.load(CAST)


def _row(**changes):
    row = {
        "bare": {"id": "a", "score": 75.0, "coverage": 0.9, "margin": 20.0, "phrasings": 2, "asks_more": False},
        "topic": {"id": "a", "score": 80.0, "coverage": 0.95, "margin": 20.0, "phrasings": 2, "asks_more": False},
        "left": {"exclusive": 1, "own": 2, "left_other": 0, "left_health": 0, "left_rare": 0, "left_everyday": 0,
                 "left_number": 0, "left": 0},  # fmt: skip
        "pronoun": True,
        "only_asks": False,
    }
    for key, value in changes.items():
        if isinstance(value, dict):
            row[key] = {**row[key], **value}
        else:
            row[key] = value
    return row


def test_a_question_with_no_subject_both_readings_agree_on_is_answered(bot):
    reply = bot.session().ask("what if it goes soft?")
    assert (reply.kind, reply.id, reply.via) == ("answer", "damaged-cast", "no subject")
    assert reply.score is not None and reply.score >= 70


def test_the_same_answer_in_a_conversation(bot):
    session = bot.session()
    session.ask("Can I drive with a cast on?")
    session.ask("How is a cast taken off?")
    reply = session.ask("what if it goes soft")
    assert (reply.kind, reply.id) == ("answer", "damaged-cast")


@pytest.mark.parametrize(
    "text",
    ["what time is it", "what date will it be in three days", "is it raining", "how much does it cost"],
)
def test_everyday_requests_with_a_dummy_it_are_not_answered(bot, text):
    assert bot.session().ask(text).kind != "answer"


def test_the_rule_needs_both_readings_on_one_entry():
    assert rule_holds(_row())
    assert not rule_holds(_row(bare={"id": "b"}))


def test_the_rule_needs_a_pronoun_and_more_than_common_words():
    assert not rule_holds(_row(pronoun=False))  # "when do i get my next day off"
    assert not rule_holds(_row(only_asks=True))  # "what time of day is it": timing alone


def test_the_rule_leaves_no_other_entrys_word_or_health_word():
    assert not rule_holds(_row(left={"left_other": 1}))
    assert not rule_holds(_row(left={"left_health": 1}))
    assert not rule_holds(_row(left={"left_number": 1}))


def test_the_rule_needs_a_clear_lead_and_a_clinic_entry():
    assert not rule_holds(_row(topic={"margin": 10.0}))
    assert not rule_holds(_row(topic={"score": 65.0}))
    assert not rule_holds(_row(topic={"phrasings": 12}))  # a bank of many phrasings per entry never reads so
    assert not rule_holds(_row(topic={"asks_more": True}))


def test_no_reading_without_a_main_topic_or_tokens(bot):
    assert readings(bot.matcher, bot.analyzer, (), ("soft",), ("soft",)) is None
    assert readings(bot.matcher, bot.analyzer, bot.default_subject, (), ()) is None


def test_the_packaged_bank_never_answers_so():
    # Its entries list many phrasings: the general no-subject gate alone decides there.
    packaged = Bot.load()
    assert readings(packaged.matcher, packaged.analyzer, packaged.default_subject, ("cost",), ("cost",)) is None
