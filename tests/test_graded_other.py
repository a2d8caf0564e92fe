"""Another condition's grade or stage is never answered with the bank's own grades (understanding/graded_other.py).

Found by round 26's hostile-input hunt: "grade 3 cancer" got the Brooker grade 3 answer."""

import pytest
from conftest import entries_yaml

from chatbot.bot import Bot

OTHER_SCALES = [
    "grade 3 cancer",
    "what is stage 3 cancer",
    "breast cancer grade 3 what does it mean",
    "what is a grade 2 tear",
    "my son has grade 2 burns on his arm, what does that mean",
    "is a grade 3 hamstring tear serious",
    "what does grade 2 pressure sore mean",
]

OWN_GRADES = {
    "what does grade 3 mean": "grade-3",
    "grade 2 HO - wat dose that mean": "grade-2",
    "is grade 3 painful": "grade-3",
    "my x-ray says brooker grade 4, what now": "grade-4",
}


@pytest.mark.parametrize("question", OTHER_SCALES)
def test_another_conditions_grade_is_not_answered_with_ours(bot, question):
    fresh = bot.session().ask(question)
    assert fresh.kind == "fallback", fresh.id
    talk = bot.session()
    talk.ask("What is the Brooker scale?")
    talk.ask("what does grade 1 mean")
    assert talk.ask(question).kind == "fallback"


@pytest.mark.parametrize(("question", "entry"), OWN_GRADES.items())
def test_our_own_grades_are_still_answered(bot, question, entry):
    assert entry in bot.bank.by_id, "the packaged bank's grade entries are named grade-N"
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", entry)


def test_a_condition_told_beside_another_number_keeps_its_answer(bot):
    # "type 2" grades diabetes, but the answer is not one of the bank's grades: it stands.
    reply = bot.session().ask(
        "I'm 62 and type 2 diabetic, had my elbow plated in March and it is stuck at 90 degrees. "
        "Could HO be the reason?"
    )
    assert reply.kind == "answer" and reply.id not in bot.graded_other.numbered_ids


def test_a_bank_that_grades_the_condition_itself_answers_it(make_bank):
    entries = [
        ("grade-1", "What is a grade 1 sprain?", ["mild sprain"], "A grade 1 sprain is a stretched ligament."),
        ("grade-2", "What is a grade 2 sprain?", ["moderate sprain"], "A grade 2 sprain is a partly torn ligament."),
        ("grade-3", "What is a grade 3 sprain?", ["severe sprain"], "A grade 3 sprain is a fully torn ligament."),
        ("rest", "How long should I rest my ankle?", ["rest time"], "Most people rest for a few days."),
    ]
    meta = "meta:\n  title: Sprains\n  topic: ankle sprains\n  short_name: sprains\n  source: tests\n"
    meta += "  reviewed: 2026-01-01\n"
    bot = Bot.load(make_bank({"entries.yaml": meta + entries_yaml(entries)}))
    reply = bot.session().ask("what is a grade 2 sprain")
    assert (reply.kind, reply.id) == ("answer", "grade-2")
    assert bot.session().ask("what is grade 2 cancer").kind != "answer"
