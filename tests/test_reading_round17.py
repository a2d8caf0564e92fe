"""Readings of round 17 (issue 9, horeading19): HO questions as other people write them, in our own phrasings.

- A word of condition right after the topic's name is part of the name ("this bone condition", "the HO problem"):
  the general layer's `topic_heads`; with a word between ("is HO a disease?") it stays.
- "For sure", "for certain" ask nothing; "quick one" or "quick question" before a question is a courtesy.
- Where the bot's words come from, asked as of a website ("where did you get that", "is this info reliable").
- A request that weighs asking the care team first gets the entry worded as that request, after the advice note,
  never with a dose, a decision or "do I have" (`understanding.ask_first`).
- "This condition" read as the main topic wins over the entry that only says what the topic is.
- A joint named is read as a joint in general where the bank speaks of joints, only for an entry about no particular
  joint and only when the topic is named or pointed at (`understanding.joint_reading`).
"""

from __future__ import annotations

import pytest
from conftest import kind_and_id


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("why does this bone condition happen", "causes"),
        ("what brings on this bone problem", "causes"),
        ("what causes the HO problem", "causes"),
        ("how would a doctor check whether someone has HO", "diagnosis"),
        ("where did you get that from", "about-source"),
        ("is this info reliable", "about-source"),
        ("which website do these answers come from", "about-source"),
        ("are there a few forms of this disease", "types-of-ho"),
        ("quick question - what are the kinds of this condition", "types-of-ho"),
        ("could it make my shoulder stiff", "joint-stiffness"),
        ("can the extra bone stop a wrist from bending", "joint-stiffness"),
    ],
)
def test_other_peoples_wording_reaches_its_entry(bot, question, entry):
    assert kind_and_id(bot, question) == ("answer", entry)


def test_a_word_of_condition_after_the_topic_is_part_of_its_name(bot):
    analyze = bot.analyzer.analyze
    assert analyze("what causes this bone condition").tokens == analyze("what causes HO").tokens
    # With a word between it asks what kind of thing HO is.
    assert "disease" in bot.analyzer.analyze("is HO a disease").tokens


@pytest.mark.parametrize(
    "question",
    [
        "could I get some tablets at the pharmacy for it or should I speak to my GP first",
        "can I just start the anti-inflammatories myself or do I ask someone first",
    ],
)
def test_asking_whether_to_ask_first_gets_the_ask_first_answer_after_the_note(bot, question):
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", "ask-before-medicine")
    assert reply.text.startswith(bot.bank.messages["personal_advice"].strip()[:40])


@pytest.mark.parametrize(
    "question",
    [
        "can I take 600mg of ibuprofen or should I check with my doctor first",
        "should I come off my warfarin or ask my doctor first",
        "have I got HO or should I ask the doctor first",
    ],
)
def test_a_dose_a_decision_or_a_diagnosis_is_never_answered_so(bot, question):
    assert bot.session().ask(question).id != "ask-before-medicine"


@pytest.mark.parametrize(
    "question",
    [
        "what is the best stretch for a frozen shoulder",
        "my knee has been stiff since I fell",
        "can a knee replacement cause HO",
        "how often does HO follow a shoulder replacement",
    ],
)
def test_a_joint_is_never_read_as_another(bot, question):
    reply = bot.session().ask(question)
    assert reply.via != "joint"
    assert reply.id != "hip-replacement"


@pytest.mark.parametrize("question", ["is this for sure", "quick question, what time is it", "is this website ok"])
def test_the_new_words_make_no_everyday_question_medical(bot, question):
    assert kind_and_id(bot, question)[0] != "answer"
