"""A clinic's clear leader answered when no other reading did (`understanding.late_lead`), on a small bank of our own
(tests/data/cast-bank: two or three phrasings an entry, as clinics write) with our own wordings."""

from pathlib import Path

import pytest

from chatbot.bot import Bot
from chatbot.understanding.late_lead import late_lead

CAST = Path(__file__).parent / "data" / "cast-bank"


@pytest.fixture(scope="module")
def bot():
    return Bot.load(CAST)


def _lead(bot, text, questions=None):
    analysis = bot.analyzer.analyze(text)
    return late_lead(bot.matcher, bot.analyzer, analysis.tokens, analysis.concepts, True, questions)


def test_a_clear_leader_no_other_reading_answers_is_answered(bot):
    reply = bot.session().ask("My cast is cracked. Do I need a new one?")
    assert (reply.kind, reply.id, reply.via) == ("answer", "damaged-cast", "late lead")
    assert reply.score is not None and reply.score >= 55


def test_the_same_answer_in_a_conversation(bot):
    session = bot.session()
    session.ask("Can I drive with a cast on?")
    session.ask("How is a cast taken off?")
    reply = session.ask("My cast is cracked. Do I need a new one?")
    assert (reply.kind, reply.id) == ("answer", "damaged-cast")


def test_a_leader_that_leaves_two_other_entries_words_is_not_answered(bot):
    # "itchy" and "wet" are the itching and wet-cast entries' own words: the cracked-cast entry leads, but not alone.
    assert _lead(bot, "my cast is cracked and loose and itchy and wet what now") is None
    assert _lead(bot, "my cast is cracked and loose what now").entry.id == "damaged-cast"


def test_after_a_story_a_question_in_no_word_the_bot_reads_lets_the_story_decide_nothing(bot):
    # Read whole, the story's "cut off" picks the entry on taking a cast off; the question asks who gets "it".
    reply = bot.session().ask("My nan had her cast cut off last week. Who actually gets it?")
    assert reply.id != "removal"
    asked = [bot.analyzer.analyze("Who actually gets it?").tokens]
    assert _lead(bot, "My nan had her cast cut off last week. Who actually gets it?", asked) is None


@pytest.mark.parametrize(
    "text",
    [
        "what is the weather tomorrow",
        "how do I cancel my card",
        "can I get a refund on my flight",
        "what should I cook tonight",
        "is it time for new tyres on the car",
    ],
)
def test_everyday_requests_are_not_answered(bot, text):
    assert bot.session().ask(text).kind != "answer"


def test_the_packaged_bank_never_answers_so():
    packaged = Bot.load()
    assert not packaged.matcher.lists_sparse_entries
    for text in ("what is HO", "can HO come back after surgery", "is HO cancer"):
        analysis = packaged.analyzer.analyze(text)
        assert late_lead(packaged.matcher, packaged.analyzer, analysis.tokens, analysis.concepts, True) is None
