"""Readings of round 18 (issue 9, horeading20): HO questions as other people write them, in our own phrasings.

- "What does that mean (for him)?" after a story that names a kind the bank defines asks what that kind is, as
  "what is that?" does; never the overview of the topic when the story says more ("bits under a centimetre apart").
- "Can the bone thing do that?" (a question naming only the topic and pointing back) is read with the story's signs
  first, a joint gone stiff among them (the general layer's `told_signs`), not with the operation the story names.
- "What dose grade 3 mean": "dose" before "... mean" is "does", never a dose asked.
- What someone said or what happened, told after a comma behind the question, is story; a phrase of when at the
  start of a run-on question ("after a fall can it ...") is part of the question.
- "In a rush", "in a hurry" tell how someone was, never how fast a thing grows.
- "Is that from the operation?", "could it be down to the fall?" ask what caused it (the general `cause` concept);
  "is that from HO?" after signs asks as "is that HO?" does.
"""

from __future__ import annotations

import pytest
from conftest import kind_and_id

from chatbot.understanding.message import split_message


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("the consultant told us dad's is the acquired type. what does that mean", "non-genetic-ho"),
        ("the letter says it is the non genetic form, what does that mean for him", "non-genetic-ho"),
        ("my dad's shoulder has been stiff for weeks since his accident, could HO do that", "joint-stiffness"),
        ("his elbow went stiff after the op, can HO do that", "joint-stiffness"),
        ("what dose brooker grade 3 mean", "grade-3"),
        ("what dose grade 1 mean on the brooker scale", "grade-1"),
        ("what are the signs of POH, the doctor says my nephew has it", "poh-symptoms"),
        ("how soon after a fracture can it form, the physio said to watch out for it", "when-does-it-form"),
        ("my consultant brought up HO but was in a hurry. why does it happen?", "causes"),
        (
            "my gran had a new hip put in last spring and the x-ray shows bone near it now. could that be from the op?",
            "hip-replacement",
        ),
        ("her ankle won't bend properly any more, is that from HO", "joint-stiffness"),
    ],
)
def test_other_peoples_wording_reaches_its_entry(bot, question, entry):
    assert kind_and_id(bot, question) == ("answer", entry)


def test_what_does_that_mean_after_signs_is_not_the_topic_overview(bot):
    # The story tells signs, not a kind the bank defines: the overview of HO would answer another question.
    assert kind_and_id(bot, "little bits of bone under a centimetre apart near my hip, what does that mean") != (
        "answer",
        "what-is-ho",
    )


def test_a_dose_asked_for_someone_is_still_refused(bot):
    assert kind_and_id(bot, "what dose should my dad take") != ("answer", "medicines-for-ho")
    assert kind_and_id(bot, "what dose of naproxen does he take")[0] != "answer"


def test_an_operation_asked_of_after_a_stiff_joint_is_still_the_operation(bot):
    # The question names more than the topic (an operation to take the bone out): the signs are not read first.
    question = "my hip has been stuck solid for two years because of the bone, would they operate to take it out"
    assert kind_and_id(bot, question) == ("answer", "surgery")


@pytest.mark.parametrize(
    ("text", "question", "story"),
    [
        ("what is grade 2, my surgeon said mine is grade 2", "what is grade 2", "my surgeon said mine is grade 2"),
        ("how is it treated, the nurse mentioned surgery", "how is it treated", "the nurse mentioned surgery"),
        ("is it common, i want to know before my op", "is it common", "i want to know before my op"),
    ],
)
def test_what_someone_said_after_the_question_is_story(text, question, story):
    message = split_message(text)
    assert message.questions == (question,)
    assert message.story == (story,)


def test_a_phrase_of_when_before_a_run_on_question_stays_in_it():
    message = split_message("after a bad fracture can it grow in the muscle")
    assert message.questions == ("after a bad fracture can it grow in the muscle",)
    assert message.story == ()
    # A story that tells of someone is still a story.
    message = split_message("after my mum broke her leg can it grow in the muscle")
    assert message.questions == ("can it grow in the muscle",)


def test_in_a_rush_is_no_speed(bot):
    analyze = bot.analyzer.analyze
    assert analyze("the GP was in a rush").tokens == analyze("the GP was").tokens
