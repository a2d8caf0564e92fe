"""Round 19 of the engine / round 23 of triage (clinicwrong21): a clinic's wrong answers and false alarms fixed by
cause. Our own wordings, on tests/data/dryeye-bank (a small bank of our own, two alternates an entry).

- an answer only the topic put in for "it" decided, nearly level with the message's own leader, becomes a choice
  (`understanding.subject_tipped`);
- an answer about the very thing the question puts aside ("if I don't treat it", "other than drops") is withdrawn
  (`understanding.negated_word`);
- "fitting" as a device's appointment, a test of the heart or chest, "hot and bothered" and a wearer's own voice are
  no signs (triage figures of speech); the same signs told plainly still escalate.
"""

from pathlib import Path

import pytest
from ranking_support import candidate

from chatbot.bot import Bot
from chatbot.understanding.negated_word import put_aside, speaks_of_it
from chatbot.understanding.subject_tipped import TIPPED_GAP, tipped_by_topic
from chatbot.understanding.text import words

DRY_EYE = Path(__file__).parent / "data" / "dryeye-bank"


@pytest.fixture(scope="module")
def bot():
    return Bot.load(DRY_EYE)


# --- the topic put in for "it" -------------------------------------------------------------------------------------


def test_an_answer_nearly_level_with_the_message_own_leader_is_offered_beside_it():
    whole = [candidate("drop-types", 55, 0.7), candidate("putting-in-drops", 54, 0.7)]
    assert tipped_by_topic(whole, "putting-in-drops").entry.id == "drop-types"


def test_an_answer_far_behind_the_message_own_leader_is_left_alone():
    whole = [candidate("screens", 50, 0.7), candidate("left-alone", 50 - TIPPED_GAP, 0.5)]
    assert tipped_by_topic(whole, "left-alone") is None


def test_an_answer_the_message_itself_leads_with_or_does_not_rank_is_left_alone():
    whole = [candidate("plugs", 60, 0.8), candidate("treatment", 58, 0.8)]
    assert tipped_by_topic(whole, "plugs") is None
    assert tipped_by_topic(whole, "screens") is None
    assert tipped_by_topic([], "plugs") is None


# --- the thing a question puts aside --------------------------------------------------------------------------------


def _aside(bot, text, framed=True):
    return put_aside(words(text), lambda word: bot.analyzer.analyze(word).tokens, framed)


@pytest.mark.parametrize(
    "question, thing",
    [
        ("what happens if i dont treat my dry eyes", "treat"),
        ("what if the dryness isnt treated at all", "treat"),
        ("are there options that arent drops", "drop"),
        ("anything other than drops for it", "drop"),
        ("something instead of the gel please", "gel"),
    ],
)
def test_a_question_that_asks_to_do_without_a_thing_puts_it_aside(bot, question, thing):
    assert thing in _aside(bot, question)


@pytest.mark.parametrize(
    "question",
    [
        "why dont the drops work",
        "my eyes arent any better",
        "I cant see well in the evening",
        "how is dry eye treated",
        "do screen breaks help even if i dont stop using drops",
    ],
)
def test_a_plain_negation_or_none_puts_nothing_aside(bot, question):
    assert not _aside(bot, question)


def test_an_entry_that_speaks_of_doing_without_the_thing_still_answers(bot):
    tokens_of = lambda word: bot.analyzer.analyze(word).tokens  # noqa: E731
    aside = _aside(bot, "what if I don't use drops")
    assert speaks_of_it([words("which eye drops are best")], aside, tokens_of)
    assert not speaks_of_it([words("what if you cannot use drops")], aside, tokens_of)
    assert not speaks_of_it([words("what are punctal plugs")], aside, tokens_of)


@pytest.mark.parametrize(
    "question", ["what happens if i dont treat dry eye", "what happens if dry eye isnt treated at all"]
)
def test_not_treating_is_never_answered_with_how_it_is_treated(bot, question):
    reply = bot.session().ask(question)
    assert reply.id != "treatment"
    assert reply.kind in ("clarify", "fallback")


def test_what_else_other_than_drops_never_answers_with_drops(bot):
    reply = bot.session().ask("is there anything other than drops")
    assert reply.kind != "answer" or reply.id not in ("drop-types", "putting-in-drops")


@pytest.mark.parametrize(
    "question, entry",
    [
        ("how is dry eye treated", "treatment"),
        ("which eye drops are best for dry eye", "drop-types"),
        ("what are punctal plugs", "plugs"),
    ],
)
def test_plain_questions_keep_their_answers(bot, question, entry):
    assert bot.session().ask(question).id == entry


# --- false alarms: figures of speech --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "will someone check my hearing again after the fitting",
        "my nan has her hearing aid fitting next tuesday, what happens there",
        "is the heart trace test painful for a child?",
        "is a chest x ray painful",
        "she's all hot and bothered and moody lately, is that the change",
        "new hearing aids today and my own voice sounds really odd, will that pass",
    ],
)
def test_figures_of_speech_raise_no_alarm(bot, message):
    assert bot.triage.assess(message).tier != "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "my son is fitting and it wont stop",
        "she has been fitting for 6 minutes",
        "crushing chest pain since the heart trace test",
        "his voice sounds slurred and his face has dropped on one side",
        "burning hot, shivering and not herself at all",
    ],
)
def test_the_same_signs_told_plainly_still_escalate(bot, message):
    assert bot.triage.assess(message).tier == "emergency"
