"""Conversations of round 15 (issue 9, part 4): conversations that never mislead, follow-ups that are understood.

On the HO bank, on a small clinic bank written for these tests (tests/data/rosacea-bank: things that bring rosacea on,
a kind of it with its own signs, medicines with what to know in pregnancy) and on the retired thyroid bank. The
wordings are our own. A turn marked `FRESH` is a complete question: it must get exactly what it gets in a fresh
session.

- "Is it serious?" after an answer about what causes the topic, and a follow-up between, asks how serious the topic
  is: the message alone is nearly one of the bank's questions and says what it asks in that entry's own question; the
  cause added to it reached the cause's entry again, which does not ask it
  (`conversation.follow_ups.asks_what_own_title_says`).
  After "what is FOP?" the same question asks of FOP, and leans on it as before.
- "And its symptoms?" after a message about POH that got no answer asks POH's symptoms: a message with no answer still
  tells the conversation the subjects it named (`conversation.follow_ups.told_subjects_of`).
- "And during pregnancy?" after the periods-and-fertility answer gets pregnancy's own entry, not the last answer again
  because its words mention pregnancy (`conversation.follow_ups.own_entry_named`).
"""

from __future__ import annotations

import pytest
from conftest import DATA
from conversation_support import FRESH, talk

from chatbot.bot import Bot

NOT_AN_ANSWER = ("fallback", "clarify")

HO_CONVERSATIONS = {
    "a fall, how soon, then how serious and who": [
        ("can a bad injury cause HO?", "injury-cause", FRESH),
        ("how soon would it start", "when-does-it-form"),
        ("is it serious", "how-serious", FRESH),
        ("who tends to get it", "who-is-at-risk", FRESH),
    ],
    "a new hip, how soon, then who gets it": [
        ("can a hip replacement cause HO", "hip-replacement", FRESH),
        ("how soon would it start", "when-does-it-form"),
        ("who tends to get it", "who-is-at-risk", FRESH),
        ("can it be prevented", "prevention"),
    ],
    "POH named in a message that gets no answer, then its signs": [
        ("is POH something i should read up on", NOT_AN_ANSWER),
        ("and its symptoms?", "poh-symptoms"),
        ("how is HO diagnosed", "diagnosis", FRESH),
    ],
    "FOP named in a message that gets no answer, then its signs, then small talk": [
        ("is FOP something i should google", NOT_AN_ANSWER),
        ("and its symptoms?", "fop-symptoms"),
        ("thank you", "smalltalk"),
    ],
    "a message with no answer names nothing the bank lists: the topic's signs": [
        ("what time is it", "fallback"),
        ("and its symptoms?", ("answer", "clarify", "fallback")),
        ("what are the first symptoms of HO", "early-symptoms", FRESH),
    ],
    "FOP asked, then how serious: FOP's": [
        ("what is FOP", "genetic-ho", FRESH),
        ("how rare is it", "genetic-ho"),
        ("is it life threatening", "fop-symptoms"),  # of FOP, not a cause of HO: the follow-up stands
        ("how is HO treated", "treatment", FRESH),
    ],
    "grades, a new complete question, then a grade again": [
        ("what does brooker grade 3 mean", "grade-3", FRESH),
        ("and grade 4?", "grade-4"),
        ("can HO come back after surgery", "regrowth", FRESH),
        ("cheers", "smalltalk"),
    ],
}

ROSACEA_CONVERSATIONS = {
    "sunlight, then how serious, then who": [
        ("can sunlight cause rosacea flares", "sunlight", FRESH),
        ("is it serious", "how-serious", FRESH),
        ("who is most likely to get it", "who-gets-it", FRESH),
        ("thanks", "smalltalk"),
    ],
    "tablets and fertility, then pregnancy": [
        ("do rosacea tablets affect fertility", "tablets-and-the-pill", FRESH),
        ("and in pregnancy?", "pregnancy"),
        ("can lasers treat rosacea", "lasers", FRESH),
    ],
    "alcohol, then how serious, then a cure": [
        ("can alcohol cause rosacea", "alcohol", FRESH),
        ("how serious is it", "how-serious", FRESH),
        ("can it be cured", "cure"),
        ("what causes rosacea", "causes", FRESH),
    ],
    "creams, their side effects, then tablets": [
        ("which creams are used for rosacea", "creams", FRESH),
        ("any side effects?", "cream-side-effects"),
        ("what about tablets", "tablets"),
        ("is rosacea dangerous", "how-serious", FRESH),
    ],
    "the eyes, then their signs": [
        ("what is ocular rosacea", "ocular-rosacea", FRESH),
        ("what are the symptoms of ocular rosacea", "ocular-symptoms", FRESH),
        ("can rosacea be cured", "cure", FRESH),
    ],
}

THYROID_CONVERSATIONS = {
    "conceiving, then pregnancy": [
        ("can an underactive thyroid affect fertility", "periods-and-fertility", FRESH),
        ("and in pregnancy?", "pregnancy"),
    ],
    "fertility in other words, then during pregnancy": [
        ("will my thyroid problem affect my periods", "periods-and-fertility", FRESH),
        ("and during pregnancy?", "clarify"),  # as fresh: pregnancy offered first, never the last answer again
    ],
}


@pytest.fixture(scope="module")
def rosacea_bot():
    return Bot.load(DATA / "rosacea-bank")


@pytest.fixture(scope="module")
def thyroid_bot():
    return Bot.load(DATA / "heldout" / "thyroid-bank")


@pytest.mark.parametrize("name", sorted(HO_CONVERSATIONS))
def test_ho_conversation(bot, name):
    wrong = talk(bot, HO_CONVERSATIONS[name])
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", sorted(ROSACEA_CONVERSATIONS))
def test_clinic_conversation(rosacea_bot, name):
    wrong = talk(rosacea_bot, ROSACEA_CONVERSATIONS[name])
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", sorted(THYROID_CONVERSATIONS))
def test_thyroid_conversation(thyroid_bot, name):
    wrong = talk(thyroid_bot, THYROID_CONVERSATIONS[name])
    assert not wrong, "\n".join(wrong)


def test_a_cause_added_never_turns_a_sure_question_into_the_causes_answer(bot):
    # The follow-up reading (the injury added) reached the injury's entry; the message alone is how serious HO is.
    session = bot.session()
    for message in ("can a bad injury cause HO?", "how soon would it start"):
        session.ask(message)
    reply = session.ask("is it serious")
    assert reply.id == "how-serious" and reply.score >= 95


def test_a_follow_up_that_says_what_its_entry_asks_still_leans_on_the_subject(bot):
    # "And its symptoms?" after FOP's answer: the follow-up entry's own question says "symptoms", so it stays.
    session = bot.session()
    session.ask("what is FOP")
    assert session.ask("and its symptoms?").id == "fop-symptoms"


def test_subjects_told_without_an_answer_are_forgotten_after_an_answer(bot):
    # POH was told in a message that got no answer; the next answer carries its own subject on, POH no more.
    session = bot.session()
    session.ask("is POH something i should read up on")
    session.ask("how is HO diagnosed")
    assert session.ask("and its symptoms?").id != "poh-symptoms"


def test_a_message_with_no_answer_and_no_subject_lends_nothing(bot):
    session = bot.session()
    session.ask("what time is it")
    assert session.memory.told_subjects == frozenset()
    assert session.ask("is it raining").kind == "fallback"


def test_pregnancy_after_fertility_is_never_the_fertility_answer_again(thyroid_bot):
    for opening in ("can an underactive thyroid affect fertility", "will my thyroid problem affect my periods"):
        for follow_up in ("and in pregnancy?", "and during pregnancy?", "what about pregnancy"):
            session = thyroid_bot.session()
            session.ask(opening)
            reply = session.ask(follow_up)
            assert reply.id != "periods-and-fertility", (opening, follow_up)
            if reply.kind == "clarify":
                assert "pregnancy" in {s.id for s in reply.suggestions}, (opening, follow_up)


def test_a_follow_up_naming_a_thing_of_the_kind_talked_of_still_repeats(rosacea_bot, bot):
    # Round 14's "what about lansoprazole?" holds: a thing of the kind talked of is the last question asked again.
    reflux = Bot.load(DATA / "reflux-bank")
    session = reflux.session()
    session.ask("do antacids have side effects")
    session.ask("and omeprazole?")
    assert session.ask("what about lansoprazole").id == "acid-tablet-side-effects"
