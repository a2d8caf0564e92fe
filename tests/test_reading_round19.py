"""Readings of round 19 (issue 9, horeading21): HO questions as other people write them, in our own phrasings.

- After a story, an entry whose own question does not say what is asked ("Can you feel the extra bone as a lump?" for
  "what could have caused it?") yields to one whose own question says it, far ahead
  (`conversation.story_questions.own_reading_if_clearer`).
- "... might be POH. What are the symptoms of that?": "of that" at a question's end points at the subject the story
  named last, not at the signs it told before (`conversation.story_questions.last_named_subjects`).
- A trailing "or is it something else" / "and not something else" hedges the question (general `idioms`).
- A close runner-up whose own question says all that is asked answers ("what genetic HO is"), unless the leader
  defines the named subject ("tell me about FOP": "what is fop" is the leader's) (`conversation.stories.title_echo`).
- A head shared across "or" / "and" is read with both words where that makes a known phrase ("elbow or shoulder
  joint replacement") (`Analyzer._with_shared_heads`).
- Turning up or appearing beside "where" only says that it happens (general `where_happening`).
- "Too early", "too soon" ask about timing (general `timing`).
- HO data: the name half caught ("hetero ossification"), "in places it shouldn't be", "the top grade".
"""

from __future__ import annotations

import pytest
from conftest import kind_and_id


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("the scan picked up a calcium lump in his shin. what could have caused it?", "causes"),
        (
            "My daughter has a few hard lumps in the skin of her arm. Her specialist said it may be POH. "
            "What are the symptoms of that?",
            "poh-symptoms",
        ),
        (
            "Our baby has bony lumps under the skin. The geneticist mentioned FOP. What are the signs of that?",
            "fop-symptoms",
        ),
        (
            "my shoulder has been stiff since the accident, can HO make it stiff like that or is it something else",
            "joint-stiffness",
        ),
        ("how would a doctor tell it is HO and not something else", "diagnosis"),
        ("tell me what genetic HO is", "genetic-ho"),
        ("elbow or shoulder joint replacement, how likely is HO?", "other-joint-replacement"),
        ("in which parts of the body does it tend to turn up", "where-in-body"),
        ("what is hetero ossification", "what-is-ho"),
        ("my surgery was last week, is it too soon for HO to begin?", "when-does-it-form"),
        ("what is the top grade on the brooker scale", "grade-4"),
    ],
)
def test_other_peoples_wording_reaches_its_entry(bot, question, entry):
    assert kind_and_id(bot, question) == ("answer", entry)


def test_a_leader_that_defines_the_named_subject_keeps_it(bot):
    # "FOP" is named and the genetic entry says what FOP is: the FOP symptoms entry's title does not take it.
    assert kind_and_id(bot, "tell me about FOP") == ("answer", "genetic-ho")


def test_half_a_name_alone_is_not_the_topic(bot):
    # "Hetero" alone names nothing of ours.
    assert kind_and_id(bot, "what does hetero mean") != ("answer", "what-is-ho")


def test_a_shared_head_needs_a_known_phrase(bot):
    analyzer = bot.analyzer
    both = analyzer.analyze("elbow or shoulder joint replacement").tokens
    assert {"elbowreplace", "shoulderreplace"} <= set(both)
    # "fever knee replacement" is no phrase: the fever stays a fever, nothing is added.
    assert analyzer.analyze("fever and knee replacement").tokens == ("fever", "kneereplace")


def test_a_knee_is_never_read_as_a_hip(bot):
    tokens = set(bot.analyzer.analyze("knee or shoulder replacement").tokens)
    assert "hipreplace" not in tokens


def test_when_it_turns_up_still_asks_when(bot):
    # Without "where", turning up is when it starts.
    assert kind_and_id(bot, "how long after an operation does it usually turn up") == ("answer", "when-does-it-form")


def test_something_else_asked_alone_is_still_about_mistaking(bot):
    assert kind_and_id(bot, "could my symptoms be something else") == ("answer", "mistaken-symptoms")


def test_a_whether_question_keeps_the_leaders_answer(bot):
    # The types entry answers "is it inherited?" with its yes-or-no; the title of the genetic entry does not take it.
    assert kind_and_id(bot, "is HO something you inherit or not") != ("answer", "genetic-ho")


def test_a_story_that_only_says_who_mentioned_it_leaves_the_question_its_answer(bot):
    assert kind_and_id(bot, "what is HO? my GP mentioned it") == ("answer", "what-is-ho")


def test_a_story_that_names_another_joint_still_decides(bot):
    # The knee the story names is not the hip: never the hip's figures.
    assert kind_and_id(bot, "could I get HO? I'm having my knee replaced in May") != ("answer", "hip-replacement")


def test_how_they_know_asks_how_it_is_found(bot):
    assert kind_and_id(bot, "how do they know it's HO") == ("answer", "diagnosis")
