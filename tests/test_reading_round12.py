"""General readings of round 12 (issue 9, horeading14), in our own phrasings.

- "How do/does/did <who> get|develop it/HO" asks what causes the condition; "how do I get rid of it", "how do I
  get it checked", "how can kids get it" and a "how ... get it" after the thing it points at are read as typed.
- An opening that only asks for material ("looking for information on ...", "any info about ...") is a question
  wrapper: what follows is what is asked.
- What someone can take or have "for the pain" is pain relief; "dangerous for life" (the word order of many other
  languages) asks how serious it is.
- A leader whose questions never name the sign asked about (pain), while its own question names another (fever), is
  never answered: "can HO cause pain at night?" must not get the night-time fever answer.
- A short question with no subject that asks a telling aspect (risk) in the bank's words is read with the main topic
  at the lower bar a bank-specific word gets ("which folk are most at risk?").
"""

from __future__ import annotations

import pytest
from conftest import kind_and_id

from chatbot.conversation import message_readings


@pytest.mark.parametrize(
    "question",
    [
        "how do you get HO?",
        "how does someone get heterotopic ossification",
        "so how did my mum get it",
        "how did i get it in the first place",
        "how does a person get HO",
    ],
)
def test_how_someone_gets_it_asks_the_cause(bot, question):
    assert kind_and_id(bot, question) == ("answer", "causes")


def test_the_clause_may_go_on_with_its_circumstance(bot):
    assert bot.analyzer.analyze("how do people develop it after an operation").concepts[:2] == ("cause", "it")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("how do you get rid of it", "treat"),  # another verb: "get rid of" is treatment
        ("how do i get it checked", "get"),  # a doing follows the thing got
        ("how do you get it out", "get"),  # a particle makes another verb
        ("how can children get it", "get"),  # whether they can, not how it comes about
        ("physio for HO how do I get it", "get"),  # "it" is the physio named before
    ],
)
def test_other_ways_of_getting_are_read_as_typed(bot, text, kept):
    concepts = bot.analyzer.analyze(text).concepts
    assert "cause" not in concepts and kept in concepts


@pytest.mark.parametrize(
    "question",
    [
        "looking for information on heterotopic ossification",
        "I'm looking for info about HO",
        "any information about heterotopic ossification please",
    ],
)
def test_asking_for_material_asks_what_it_is(bot, question):
    assert kind_and_id(bot, question) == ("answer", "what-is-ho")


def test_something_to_take_for_the_pain_is_pain_relief(bot):
    assert "painrelief" in bot.analyzer.analyze("is there anything she could take for the pain").tokens
    assert kind_and_id(bot, "what can my husband have for the pain from HO") == ("answer", "medicines-for-ho")


def test_dangerous_for_life_asks_how_serious(bot):
    assert kind_and_id(bot, "heterotopic ossification is danger for life?") == ("answer", "how-serious")


@pytest.mark.parametrize("question", ["can HO cause pain at night", "does HO make it hurt more in the night"])
def test_a_sign_no_entry_names_never_gets_another_signs_answer(bot, question):
    kind, entry_id = kind_and_id(bot, question)
    assert entry_id != "fever"
    assert kind in ("fallback", "clarify") or entry_id == "early-symptoms"


def test_the_sign_asked_about_still_reaches_its_own_entry(bot):
    assert kind_and_id(bot, "is a high temperature at night part of HO") == ("answer", "fever")


def test_the_sign_guard_is_a_flag_on_the_leader_only(bot):
    analysis = bot.analyzer.analyze("can HO cause pain at night")
    top = bot.matcher.rank(analysis.tokens, analysis.concepts)[0]
    assert top.entry.id == "fever" and top.asks_more


@pytest.mark.parametrize(
    "question", ["which folk are most at risk", "who is at most risk", "is my husband in the high-risk group"]
)
def test_a_risk_question_with_no_subject_is_about_the_main_topic(bot, question):
    assert kind_and_id(bot, question) == ("answer", "who-is-at-risk")


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("what is meant by grade2", "grade-2"),
        ("gr4 on the xray, what is that", "grade-4"),
        ("the report said gr 3, what does it mean", "grade-3"),
    ],
)
def test_a_grade_and_its_number_typed_as_one_or_cut_short(bot, question, entry_id):
    assert kind_and_id(bot, question) == ("answer", entry_id)


@pytest.mark.parametrize("text", ["gr8 thanks", "st 2", "covid19 and HO"])
def test_only_a_unique_short_form_of_a_numbered_word_is_read_as_it(bot, text):
    assert "grade" not in bot.analyzer.analyze(text).concepts


@pytest.mark.parametrize("question", ["when could my mum drive again", "which people are at most risk"])
def test_an_aspect_in_everyday_words_counts_as_the_banks_own_word(bot, question):
    analysis = bot.analyzer.analyze(question)
    assert message_readings.asks_only_an_aspect(bot, analysis)


def test_a_thing_of_its_own_is_no_aspect_in_everyday_words(bot):
    assert not message_readings.asks_only_an_aspect(bot, bot.analyzer.analyze("which petrol is best for city driving"))


def test_whether_it_can_be_stopped_asks_about_prevention(bot):
    assert "prevent" in bot.analyzer.analyze("could it ever be stopped").tokens
    assert kind_and_id(bot, "could HO be stopped") == ("answer", "prevention")


@pytest.mark.parametrize("condition", ["a stroke", "his stroke last spring"])
def test_a_story_that_names_another_health_problem_keeps_its_question(bot, condition):
    # Read as the general "disease" concept, the story's condition became a second subject: a choice, not the answer.
    assert kind_and_id(bot, f"My uncle got HO after {condition}. What can be done?") == ("answer", "treatment")
