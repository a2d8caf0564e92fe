"""Stories around a question, read by general rules (issue 9, story11), in our own phrasings.

- A story names what merely happened ("a simple op", "the physio comes weekly"): a reading that takes that as the
  question's subject must not win over the question read on its own when that reading explains all of the question
  and scores clearly higher. Where the story's subject explains the whole question ("radiation ... why would they
  do that?") it still decides.
"""

from __future__ import annotations

import pytest
from conftest import kind_and_id


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("my brother had a small op on his thigh last spring and then a hard bit of bone came up near the scar. "
         "why does this happen?", "causes"),
        ("my dad had a simple op on his leg and healed well, then a hard lump of bone turned up by the scar. "
         "what makes that happen?", "causes"),
    ],
)
def test_what_merely_happened_in_a_story_does_not_outweigh_the_question(bot, message, entry):
    assert kind_and_id(bot, message) == ("answer", entry), message


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("My consultant wants to give my hip a dose of radiation next week. Why would they do that?",
         "radiation-therapy"),
        ("The report gave my wife's hip a 2 on that scale. What does a 2 mean?", "grade-2"),
    ],
)
def test_a_story_subject_that_explains_the_whole_question_still_decides(bot, message, entry):
    assert kind_and_id(bot, message) == ("answer", entry), message


def test_whether_the_signs_a_story_tells_are_the_topic_is_read_with_those_signs(bot):
    # The story's signs (tender, puffy) are what is asked about; where and when (six weeks, the side) only tell.
    message = ("my gran got a new hip six weeks back and the side of it is tender and a bit puffy now, could she be "
               "getting that extra bone thing")
    assert kind_and_id(bot, message) == ("answer", "early-symptoms")


@pytest.mark.parametrize(
    "message",
    ["my daughter keeps waking with sore swollen knees after netball. is that normal?",
     "my son gets achy legs at night and the GP says it's growing pains. is that common?"],
)
def test_signs_in_a_story_about_something_else_are_not_the_topic(bot, message):
    assert bot.session().ask(message).kind != "answer"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # The bank's own words for a joint that will not move, and for the mildest and worst grades.
        ("my hip is stuck, can extra bone do that?", "joint-stiffness"),
        ("the scan report put my hip at the lowest grade. what does that grade mean?", "grade-1"),
        ("what does the highest grade mean", "grade-4"),
    ],
)
def test_lay_names_for_a_stuck_joint_and_the_end_grades(bot, message, entry):
    assert kind_and_id(bot, message) == ("answer", entry), message


def test_is_that_ho_after_signs_gets_the_personal_note_and_what_the_signs_are_in_general(bot):
    # Whether this person has HO is a diagnosis (refused, first); what a hard lump is in HO is general.
    reply = bot.session().ask(
        "my uncle has a firm lump by the scar on his arm from the accident, it does not move at all. "
        "could that be the extra bone?"
    )
    assert (reply.kind, reply.id) == ("answer", "lump")
    assert reply.text.startswith(bot.bank.messages["personal_advice"])


def test_a_request_for_a_dose_after_signs_is_still_refused(bot):
    reply = bot.session().ask("my dad has a sore lump by his scar. how much ibuprofen should he take?")
    assert reply.kind != "answer"


@pytest.mark.parametrize(
    "message",
    [
        "can it grow back after excision",
        "the letter says surgical removal of the bone next month, can it come back after that",
    ],
)
def test_the_clinical_words_for_cutting_out_are_an_operation(bot, message):
    # The general layer's surgery concept: "excision" and "surgical removal" as a letter or report words them.
    assert kind_and_id(bot, message) == ("answer", "regrowth"), message
