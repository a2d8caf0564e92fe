"""A complete question gets the same answer in a fresh session and in the middle of any conversation.

Issue 9: a new question must never be read as a follow-up of the last one
and answered wrongly. Every bank question and the eval set's single
in-scope paraphrases that stand on their own are asked fresh, then after
each of several other questions: the reply must be the same entry, or a
clarifying question, never a different answer.
"""

from __future__ import annotations

import random

import pytest
from conftest import DATA

from chatbot.bot import Bot
from chatbot.quality.evaluation import load_cases
from chatbot.understanding.text import words

PRIMERS = (
    "what is FOP",
    "what does Brooker grade 2 mean",
    "can a hip replacement cause HO",
    "how is HO treated",
    "does HO cause a fever",
)


def _stands_alone(bot, question: str) -> bool:
    """Questions that point back ("is it serious?", "and grade 3?") may rightly depend on the conversation."""
    typed = words(question)
    follow_up = bot.bank.follow_up
    if any(" ".join(typed).startswith(opener + " ") or typed == opener.split() for opener in follow_up.openers):
        return False
    return not any(word in follow_up.pronouns for word in typed)


def _questions(bot) -> list[str]:
    cases, _ = load_cases(DATA / "eval.yaml")
    paraphrases = [case.question for case in cases if case.expects_entry]
    asked = [entry.question for entry in bot.bank.entries] + paraphrases
    return [q for q in dict.fromkeys(asked) if _stands_alone(bot, q)]


def test_enough_questions_are_checked(bot):
    questions = _questions(bot)
    answered = [q for q in questions if bot.ask(q).kind == "answer"]
    assert len(answered) >= len(bot.bank.entries) + 200


def test_a_complete_question_is_answered_the_same_after_any_other_question(bot):
    changed = []
    for question in _questions(bot):
        fresh = bot.ask(question)
        if fresh.kind != "answer":
            continue
        for primer in PRIMERS:
            session = bot.session()
            session.ask(primer)
            later = session.ask(question)
            if later.kind == "clarify":
                continue
            if (later.kind, later.id) != (fresh.kind, fresh.id):
                changed.append(f"{question!r} after {primer!r}: {fresh.id} fresh, {later.kind} {later.id} later")
    assert not changed, "\n".join(changed[:20])


def test_follow_up_and_story_answers_carry_their_score_and_path(bot):
    session = bot.session()
    session.ask("what is FOP")
    follow_up = session.ask("what are its symptoms?")
    assert (follow_up.id, follow_up.via) == ("fop-symptoms", "follow-up") and follow_up.score >= 60
    story = bot.ask("My dad had his hip replaced in March and he is very stiff now. How common is HO after that?")
    assert story.kind == "answer" and story.via in ("story", "direct") and story.score >= 60


def _key(reply) -> tuple:
    return (reply.kind, reply.id)


def test_a_complete_question_after_a_follow_up_opener_is_read_as_in_a_fresh_session(bot):
    # "So" opens follow-ups ("so what about FOP?"), but "so what is HO anyway" names its subject and asks
    # something of it: after an answer about injuries it must not turn into the causes of HO.
    before = ("can HO be genetic", "when do they operate on HO", "can a bad injury lead to bone growing in muscle")
    for question in ("so what is HO anyway", "and how is FOP treated?"):
        fresh = bot.ask(question)
        session = bot.session()
        for earlier in before:
            session.ask(earlier)
        assert _key(session.ask(question)) == _key(fresh), question
    # A bare opener with a new subject still goes on with what was asked last.
    session = bot.session()
    session.ask("what are the symptoms of FOP")
    assert session.ask("and what about POH").id == "poh-symptoms"


def test_every_eval_question_gets_the_same_reply_after_three_other_questions(bot):
    """The eval set's questions, each asked fresh and after three others drawn from the set (as a patient would go
    on): the reply is the same, or a clarifying question, never another answer. Questions that point back ("is it
    serious?") are included: the conversation may only help them to the same entry or to a choice."""
    cases, _ = load_cases(DATA / "eval.yaml")
    questions = list(dict.fromkeys(case.question for case in cases))
    rng = random.Random(7)
    preludes = [rng.sample(questions, 3) for _ in range(2)]
    changed = []
    for question in questions:
        fresh = _key(bot.ask(question))
        for prelude in preludes:
            session = bot.session()
            for earlier in prelude:
                session.ask(earlier)
            later = session.ask(question)
            if later.kind != "clarify" and _key(later) != fresh:
                changed.append(f"{question!r} after {prelude}: {fresh} fresh, {_key(later)} later")
                break
    assert not changed, "\n".join(changed[:20])


def test_a_pronoun_question_is_not_turned_into_the_last_answer_again(bot):
    # Read with the last answer's subject, "which meds work 4 it" only lands on the answer just given; its own
    # reading is a choice, and the choice is what the person gets, as in a fresh session.
    fresh = bot.ask("which meds work 4 it")
    session = bot.session()
    session.ask("Where does this information come from?")
    later = session.ask("which meds work 4 it")
    assert later.id != "about-source" and _key(later) == _key(fresh)


def test_a_barely_clear_follow_up_yields_to_a_far_clearer_reading_of_it_as_the_topic(bot):
    # After "can HO come back after surgery?", "can it kill you" read with "surgery" barely reaches the surgery
    # entry; with HO for "it" it is the bank's own question about how serious HO is.
    for question in ("can it kill you", "is it serious", "how bad is it rly"):
        fresh = bot.ask(question)
        assert fresh.id == "how-serious", question
        session = bot.session()
        session.ask("Can HO come back after surgery?")
        assert _key(session.ask(question)) == _key(fresh), question
    # A strong follow-up still goes on with the last subject.
    session = bot.session()
    session.ask("what is FOP")
    assert session.ask("what are its symptoms?").id == "fop-symptoms"


def test_a_number_told_in_a_story_is_no_grade_for_a_follow_up(bot):
    # "My niece is 3" tells an age: the answer about genetic HO says nothing of a 3, so "how do they grade it"
    # afterwards is the grading scale, as in a fresh session, not grade 3.
    fresh = bot.ask("how do thye grade it")
    session = bot.session()
    session.ask(
        "my niece is 3 and the specialists mentioned a rare inherited disease where bone grows in the wrong "
        "places. honestly how many people in the world have the genetic kind?"
    )
    assert _key(session.ask("how do thye grade it")) == _key(fresh) == ("answer", "brooker-scale")


# A clinic bank too (issue 9, part 4, round 13): its questions, their alternates and its eval sets' questions that stand
# on their own, fresh and after each of several of its own questions.
CLINIC_BANKS = {
    "heel-bank": ("heel-eval.yaml", "heel-eval2.yaml"),
    "tuning/gout-bank": ("tuning/gout-questions.yaml",),
    "reflux-bank": (),  # two medicines with their own side effects (round 14)
    "tuning/osteoporosis-bank": ("tuning/osteoporosis-questions.yaml",),
    "rosacea-bank": (),  # what brings it on, a kind of it, medicines and pregnancy (round 15)
    "heldout/thyroid-bank": ("heldout/thyroid-questions.yaml",),  # retired to tuning; fertility and pregnancy
}
CLINIC_PRIMERS = 5


def _clinic_questions(clinic_bot, files) -> list[str]:
    asked = [q for entry in clinic_bot.bank.entries for q in (entry.question, *entry.alternates)]
    for name in files:
        cases, _ = load_cases(DATA / name)
        asked += [case.question for case in cases if case.expects_entry]
    return [q for q in dict.fromkeys(asked) if _stands_alone(clinic_bot, q)]


@pytest.mark.parametrize("folder", sorted(CLINIC_BANKS))
def test_a_clinic_banks_complete_questions_are_answered_the_same_after_any_other_question(folder):
    clinic_bot = Bot.load(DATA / folder)
    entries = clinic_bot.bank.entries
    primers = [entries[i].question for i in range(0, len(entries), max(1, len(entries) // CLINIC_PRIMERS))]
    checked, changed = 0, []
    for question in _clinic_questions(clinic_bot, CLINIC_BANKS[folder]):
        fresh = clinic_bot.ask(question)
        if fresh.kind != "answer":
            continue
        checked += 1
        for primer in primers:
            session = clinic_bot.session()
            session.ask(primer)
            later = session.ask(question)
            if later.kind != "clarify" and _key(later) != _key(fresh):
                changed.append(f"{question!r} after {primer!r}: {fresh.id} fresh, {later.kind} {later.id} later")
    assert checked >= len(entries) * 3, checked
    assert not changed, "\n".join(changed[:20])
