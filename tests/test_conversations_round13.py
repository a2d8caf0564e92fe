"""Whole conversations as patients and carers have them, on the HO bank and a clinic bank (issue 9, part 4).

Each conversation mixes short follow-ups ("and grade 1?", "what about the knee"), new complete questions, small
talk, a red flag in the middle, a request for advice, a change of topic and a return to an earlier one. Every turn
says what it must get: an entry, or a kind of reply. A turn marked `FRESH` is a complete question: it must also get
exactly what it gets in a fresh session. The wordings are our own.
"""

from __future__ import annotations

import pytest
from conftest import DATA
from conversation_support import FRESH, talk

from chatbot.bot import Bot

# Every kind a reply may have that is not an answer.
NOT_AN_ANSWER = ("fallback", "clarify")

HO_CONVERSATIONS = {
    "a wife's new hip, then her knee and shoulders": [
        ("hello", "smalltalk"),
        ("can a new hip give you extra bone", "hip-replacement", FRESH),
        ("what about her knee, that was done two years ago", "other-joint-replacement"),
        ("is it the same for the elbow?", "other-joint-replacement"),
        ("how soon after the op would it show up", "when-does-it-form", FRESH),
        ("thanks, that helps", "smalltalk"),
        ("how do they stop it happening", "prevention"),
    ],
    "a grandparent asking about FOP, a collapse in the middle": [
        ("what is FOP exactly", "genetic-ho", FRESH),
        ("and what are the signs", "fop-symptoms"),
        ("what about POH", "poh-symptoms"),
        ("my grandson just collapsed and is not waking up", "emergency"),
        ("should he take ibuprofen", NOT_AN_ANSWER),
        ("going back to FOP, is it passed down in families", "genetic-ho"),
        ("how serious is HO", "how-serious", FRESH),
    ],
    "grades one after another, then treatment": [
        ("what does brooker grade 3 mean", "grade-3", FRESH),
        ("and grade 1?", "grade-1"),
        ("what about 4", "grade-4"),
        ("how is HO treated", "treatment", FRESH),
        ("can it grow back after they operate", "regrowth", FRESH),
        ("why do they use radiation", "radiation-therapy"),
    ],
    "a comparison the bank cannot answer gets a choice or the fallback, never a guess": [
        ("how is HO treated", "treatment", FRESH),
        ("is radiation used", "radiation-therapy"),
        ("is it the same for a knee", NOT_AN_ANSWER),
        ("is that the same for FOP?", NOT_AN_ANSWER),
        ("can physical therapy help with HO", "physical-therapy", FRESH),
    ],
    "new complete questions never read as follow-ups": [
        ("can a hip replacement cause HO", "hip-replacement", FRESH),
        ("can surgery cause HO", "causes", FRESH),
        ("how would the doctors check for it", "diagnosis"),
        ("which imaging tests are used for HO", "imaging-tests", FRESH),
        ("can NSAIDs help prevent HO", "nsaids", FRESH),
        ("and warfarin?", "warfarin"),
        ("where does this information come from", "about-source", FRESH),
    ],
    "requests to the bot in the middle of a conversation are not follow-ups": [
        ("how fast does the extra bone grow", "how-fast", FRESH),
        ("talk faster", "fallback"),
        ("quicker", "fallback"),
        ("can HO be prevented", "prevention", FRESH),
        ("answer slower", "fallback"),
    ],
}

HEEL_CONVERSATIONS = {
    "a runner with morning heel pain": [
        ("hi", "smalltalk"),
        ("why is heel pain worse first thing in the morning", "morning-pain", FRESH),
        ("would stretching help", "stretching"),
        ("and ice?", "rest-and-ice"),
        ("what about shoes", "shoes"),
        ("can running cause plantar fasciitis", "running", FRESH),
        ("how long does plantar fasciitis last", "how-long", FRESH),
    ],
    "a parent whose son has sore heels": [
        ("why do children get heel pain", "children", FRESH),
        ("what about adults", NOT_AN_ANSWER),
        ("what about teenagers", "children"),
        ("my son's foot is cold and blue and he can't feel it", "emergency"),
        ("does body weight affect heel pain", "weight", FRESH),
        ("when is heel pain a reason to see a doctor", "see-a-doctor", FRESH),
    ],
    "treatments one by one, a comparison and a return": [
        ("what is plantar fasciitis", "what-is-plantar-fasciitis", FRESH),
        ("what is shockwave therapy for heel pain", "shockwave", FRESH),
        ("and surgery?", "surgery"),
        ("talk faster", "fallback"),
        ("is a heel spur the same as plantar fasciitis", "spur-or-fasciitis", FRESH),
        ("back to shockwave therapy, what is it", "shockwave"),
    ],
}


@pytest.fixture(scope="module")
def heel_bot():
    return Bot.load(DATA / "heel-bank")


@pytest.mark.parametrize("name", sorted(HO_CONVERSATIONS))
def test_ho_conversation(bot, name):
    wrong = talk(bot, HO_CONVERSATIONS[name])
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", sorted(HEEL_CONVERSATIONS))
def test_clinic_conversation(heel_bot, name):
    wrong = talk(heel_bot, HEEL_CONVERSATIONS[name])
    assert not wrong, "\n".join(wrong)


def test_a_follow_up_naming_a_new_joint_asks_the_last_question_of_it(bot):
    # "What about the knee" added to the hip-replacement question reached where HO grows; it asks whether a knee
    # replacement can cause HO, and the bank says so in its own entry. The answer carries its path and its score.
    session = bot.session()
    session.ask("Can a hip replacement cause HO?")
    reply = session.ask("what about the knee")
    assert (reply.id, reply.via) == ("other-joint-replacement", "follow-up") and reply.score >= 60


def test_a_repeat_of_the_last_answer_must_name_what_the_follow_up_names(heel_bot):
    # "Adults" and "teenagers" are one concept (an age); the children's answer speaks of teenagers, not adults.
    session = heel_bot.session()
    session.ask("why do children get heel pain")
    assert session.ask("and what about adults").kind != "answer"


@pytest.mark.parametrize(
    "command", ["talk faster", "go slower", "be quiet", "get serious", "show me", "louder", "answer quicker"]
)
def test_a_command_to_the_bot_is_never_answered_as_a_follow_up(bot, command):
    fresh = bot.ask(command)
    for primer in ("How fast does the extra bone grow?", "How serious is HO?", "Can HO be prevented?"):
        session = bot.session()
        session.ask(primer)
        later = session.ask(command)
        assert later.via != "follow-up" and (later.kind, later.id) == (fresh.kind, fresh.id), (primer, command)


def test_the_comparison_words_are_general_data():
    # A clinic bank reads "is it the same for ..." as any bank does: the phrases live in the general layer.
    heel = Bot.load(DATA / "heel-bank")
    assert "is it the same for" in heel.bank.follow_up.comparisons
    assert "is it the same for" in heel.bank.follow_up.openers


def test_she_after_a_message_about_someone_with_a_subject_asks_of_that_subject(bot):
    # "She" is the person the last message told of; what she has (FOP) is the subject. Fresh, or after a message that
    # told of no one, the same question is about the main topic.
    session = bot.session()
    session.ask("my nephew was told last week he has FOP. is it very rare?")
    reply = session.ask("what symptoms will he get")
    assert (reply.id, reply.via) == ("fop-symptoms", "follow-up")
    session = bot.session()
    session.ask("what is FOP")
    assert session.ask("what symptoms will he get").id == bot.ask("what symptoms will he get").id
