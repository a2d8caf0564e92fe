"""Readings of round 14 (issue 9, horeading16), in our own phrasings.

- An adjective's comparative and superlative are read as its plain form ("earliest", "earlier" -> "early";
  "biggest" -> "big"), only where English knows the other degree too ("forest", "shower", "liver" stay).
- "Back" meaning "again" after a verb of getting ("get my movement back") is not the body part; the back after an
  owner ("my back"), before a noun ("back pain") or in a return ("back to work") stays.
- Injuries of the brain or spinal cord and bad burns, in the HO bank, ask about other health problems; being born
  with it asks about genetic HO; an operation on the knee reaches the entry on other joints; "take it out" is
  surgery; "gud" is "good".
"""

from __future__ import annotations

import pytest
from conftest import kind_and_id

from chatbot.understanding import english


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("earliest", "early"),
        ("earlier", "early"),
        ("biggest", "big"),
        ("hotter", "hot"),
        ("stiffer", "stiff"),
        ("latest", "late"),
        ("longest", "long"),
        ("easiest", "easy"),
    ],
)
def test_degrees_are_read_as_the_plain_form(word, base):
    assert english.degree_base(word) == base
    assert english.stem(word) == english.stem(base)


@pytest.mark.parametrize(
    "word", ["forest", "modest", "interest", "shower", "flower", "corner", "tender", "butter", "liver", "better"]
)
def test_words_that_only_look_like_degrees_stay(word):
    assert english.degree_base(word) is None


@pytest.mark.parametrize(
    "question",
    ["what are the very earliest signs of HO", "which symptoms come earliest with extra bone"],
)
def test_the_earliest_signs_are_the_early_signs(bot, question):
    assert kind_and_id(bot, question) == ("answer", "early-symptoms")


def test_early_stage_is_no_grade_1(bot):
    assert kind_and_id(bot, "early stage ho symptoms")[1] != "grade-1"


@pytest.mark.parametrize(
    "question",
    ["would physio help me get the movement back", "can exercises give him the bend back in his elbow"],
)
def test_back_as_again_is_no_body_part(bot, question):
    assert "back" not in bot.analyzer.analyze(question).tokens


def test_back_as_again_leaves_the_question_answered(bot):
    assert kind_and_id(bot, "would physio help me get the movement back") == ("answer", "physical-therapy")


@pytest.mark.parametrize(
    "text",
    ["can i get my back checked for ho", "he got back pain from the op", "when can I get back to work after it"],
)
def test_the_body_part_and_a_return_stay(bot, text):
    assert "back" in bot.analyzer.analyze(text).tokens


@pytest.mark.parametrize(
    "question",
    [
        "can damage to the spinal cord lead to extra bone",
        "my nephew had a head injury, is that one of the things that can bring HO on",
        "do severe burns cause HO",
    ],
)
def test_nerve_injuries_and_burns_ask_about_other_health_problems(bot, question):
    assert kind_and_id(bot, question) == ("answer", "other-conditions")


def test_nerve_injuries_never_read_as_ho(bot):
    assert "ho" not in bot.analyzer.analyze("he had a brain injury last year").tokens


@pytest.mark.parametrize("question", ["are some people born with HO", "is HO something a baby can be born with"])
def test_born_with_it_asks_about_genetic_ho(bot, question):
    assert kind_and_id(bot, question) == ("answer", "genetic-ho")


def test_a_knee_operation_reaches_the_entry_on_other_joints(bot):
    assert kind_and_id(bot, "could HO form after an operation on my knee") == ("answer", "other-joint-replacement")


def test_taking_it_out_is_surgery(bot):
    assert kind_and_id(bot, "can the surgeon take it out") == ("answer", "surgery")


def test_a_quick_spelling_of_good(bot):
    assert "good" in bot.analyzer.analyze("is swimming gud for ho").concepts


def test_stages_named_as_a_range_ask_about_the_scale(bot):
    assert kind_and_id(bot, "can you tell me what grades 1 to 4 of HO mean") == ("answer", "brooker-scale")


def test_likely_to_get_it_asks_who_is_at_risk(bot):
    assert kind_and_id(bot, "which people are likely to get HO") == ("answer", "who-is-at-risk")
