"""General readings of round 11 (issue 9, horeading13), in our own phrasings.

- In a synonym phrase an owner stands for any owner: a list that spells "my temperature" also reads "his
  temperature", "her temp", "my dad's temperature" (typed "dads"), since carers write of someone else's body.
- Likewise a pronoun inside a phrase, after its first word: "make that happen", "stop this happening", "cut them
  out" read as the lists' "make it happen", "stop it happening", "cut it out"; "this bone ..." keeps its own reading.
- "Because of" asks a cause, as "due to" does (general synonyms).
- "This" or "that" after a story that names the topic may mean the topic, as "it" does: the topic's reading competes
  on its score with the story's other subjects ("... after a fall, they found bone in the muscle. How serious is
  this?" is how serious HO is, not the injury entry, whose answer says "a bad injury").
"""

from __future__ import annotations

import pytest
from conftest import kind_and_id


@pytest.mark.parametrize(
    "question",
    [
        "why does her temperature go up in the evenings",
        "why is his temperature higher at night",
        "why is my dad's temperature higher at night",
        "why is my wifes temperature higher at night",
    ],
)
def test_a_carers_owner_reads_as_the_phrase_spelled_with_my(bot, question):
    assert kind_and_id(bot, question) == ("answer", "fever")


def test_a_persons_possessive_is_an_owner_and_the_person_is_kept(bot):
    tokens = bot.analyzer.analyze("bone in my dad's muscles").tokens
    assert "ho" in tokens and "dad" in tokens
    assert "fever" in bot.analyzer.analyze("our sons temp keeps going up").tokens


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("can my kids catch it off me", "kid"),  # "kids" is a person, read once, not an owner of "catch"
        ("his temperature outside the house", None),
    ],
)
def test_an_owner_is_only_one_before_a_thing(bot, text, absent):
    concepts = bot.analyzer.analyze(text).concepts
    if absent:
        assert absent not in concepts and concepts.count("child") == 1
    else:
        assert "fever" in concepts


def test_an_object_pronoun_is_no_owner(bot):
    # "her" before a small word is the person acted on ("put her to sleep"), and the phrase still reads as written.
    assert bot.analyzer.analyze("will they put her to sleep").tokens == ("anaesthetic",)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("what illnesses make that happen", "cause"),
        ("how do you stop this happening", "prevent"),
        ("can they cut them out", "surgery"),
        ("can they cut it out", "surgery"),
    ],
)
def test_a_pronoun_inside_a_phrase_stands_for_any_pronoun(bot, text, concept):
    assert concept in bot.analyzer.analyze(text).tokens


def test_a_pointing_word_first_in_a_phrase_is_not_generalised(bot):
    # "this bone" names the topic; "it bone" or "them bone" is no phrase of the list and reads as typed.
    assert "ho" in bot.analyzer.analyze("what is this bone thing").tokens
    assert "ho" not in bot.analyzer.analyze("is it bone").tokens


@pytest.mark.parametrize(
    "message",
    [
        "My aunt broke her hip in a fall and had it replaced, and now they have found bone in the muscle. How serious"
        " is this?",
        "My uncle was in a car crash and they told him he has extra bone in his thigh muscle. Is this dangerous?",
        "I have HO in my elbow after a fall. How serious is this?",
    ],
)
def test_this_after_a_story_naming_the_topic_may_mean_the_topic(bot, message):
    assert kind_and_id(bot, message) == ("answer", "how-serious")


def test_that_still_points_at_the_stories_own_subject_when_it_answers_better(bot):
    # The story names FOP, more specific than the topic: the question is about FOP's signs.
    reply = bot.session().ask("Our daughter was diagnosed with FOP last year. What signs does that cause?")
    assert (reply.kind, reply.id) == ("answer", "fop-symptoms")


def test_because_of_asks_a_cause_as_due_to_does(bot):
    # General English: "is it because of X" asks what "is it due to X" asks.
    assert "cause" in bot.analyzer.analyze("is the stiffness because of the extra bone").tokens
    assert bot.analyzer.analyze("is it because of the op").tokens == bot.analyzer.analyze("is it due to the op").tokens
