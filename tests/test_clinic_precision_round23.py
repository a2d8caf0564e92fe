"""Round 19 of the engine / round 23 of triage (clinicwrong21): a clinic's wrong answers and false alarms fixed by
cause. Our own wordings, on tests/data/dryeye-bank (a small bank of our own, two alternates an entry).

- an answer only the topic put in for "it" decided, nearly level with the message's own leader, becomes a choice
  (`understanding.subject_tipped`);
- "sex" alone is the act (`intercourse`), men and women are `gender` (general layer);
- "fitting" as a device's appointment, a test of the heart or chest, "hot and bothered" and a wearer's own voice are
  no signs (triage figures of speech); the same signs told plainly still escalate.
"""

from pathlib import Path

import pytest
from ranking_support import candidate

from chatbot.bot import Bot
from chatbot.understanding.subject_tipped import TIPPED_GAP, tipped_by_topic

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


# --- "sex" is the act, men and women are gender ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, concept",
    [
        ("can sex bring it on", "intercourse"),
        ("is it painful during sex", "intercourse"),
        ("are women more likely to get dry eyes", "gender"),
        ("do men get it too", "gender"),
    ],
)
def test_sex_alone_is_the_act_and_men_or_women_are_gender(bot, text, concept):
    tokens = bot.analyzer.analyze(text).tokens
    other = "gender" if concept == "intercourse" else "intercourse"
    assert concept in tokens
    assert other not in tokens
