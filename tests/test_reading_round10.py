"""General readings of round 10 (issue 9, horeading12), in our own phrasings.

- A question typed with quick-message spellings ("wat", "wen", "cud", "wich") is found where the same question
  spelled out is: the splitter reads the general layer's `spellings` one for one.
- A pronoun said to be a subject of the bank ("whether it's HO", "is that the bone thing?") leans on no subject of
  the story: the question names what it asks about and is read on its own first.
- A choice between close entries is settled by the one whose own question says what is asked ("should I check with
  my doctor before I take anything ...": "Should I talk to my doctor before taking medicine for HO?").
- A story and a question that name no subject of the bank ("my uncle has it in his elbow ... what sets it off?")
  take the main topic for "it", where the story tells of health in the bank's own words, told before the question,
  and names no part of the body the bank never speaks of.
"""

from __future__ import annotations

import pytest
from conftest import kind_and_id

from chatbot import Bot
from chatbot.conversation import story_questions
from chatbot.understanding.message import is_question, split_message


@pytest.mark.parametrize(
    "part",
    ["wat causes the extra bone", "wen does it start", "cud it come back", "wich people get it", "hw is it found"],
)
def test_a_question_word_in_a_quick_spelling_opens_a_question(part):
    assert is_question(part), part


@pytest.mark.parametrize(
    ("quick", "spelled"),
    [
        ("gr 1 on my xray wat does it mean", "gr 1 on my xray what does it mean"),
        ("my mum had her hip done in june hw is it found", "my mum had her hip done in june how is it found"),
    ],
)
def test_a_run_on_question_in_quick_spellings_splits_where_the_spelled_one_does(quick, spelled):
    split_quick, split_spelled = split_message(quick), split_message(spelled)
    assert split_quick.story == split_spelled.story
    assert len(split_quick.questions) == len(split_spelled.questions) == 1


def test_a_story_word_is_still_no_question_word():
    # "u" is "you", which opens no question here: the splitter reads a spelling only as the word it means.
    assert not is_question("u know my hip has been sore")


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("my uncle has it in his elbow now and nobody knows why. what sets it off?", "causes"),
        ("my brother got it round his shoulder. what sets it off?", "causes"),
        (
            "my nan's hip went puffy and sore after her fall and the nurse mentioned bone growing. "
            "what are the first signs of that?",
            "early-symptoms",
        ),
    ],
)
def test_a_story_and_question_naming_no_subject_take_the_main_topic(bot, message, entry):
    assert kind_and_id(bot, message) == ("answer", entry)


@pytest.mark.parametrize(
    "message",
    [
        # The heel is a part of the body the bank never speaks of: "it" is the spur, not the bank's topic.
        "i have a bone spur on my heel and it hurts every morning. how do i get rid of it",
        # Nothing of the bank's own in the story: no topic to lend.
        "my tooth has been aching for a week. what causes that?",
        "i get headaches every day. what causes that?",
        # Told after the question, the pain may be what "it" is.
        "how is it treated? my mum keeps getting pain in her shoulder",
        # A request, not a question: "it" asks nothing of the topic.
        "the dance teacher says my hips are stiff, shake it, shake it",
    ],
)
def test_the_main_topic_is_not_lent_where_the_story_may_say_what_it_is(bot, message):
    kind, entry = kind_and_id(bot, message)
    assert kind != "answer" or entry not in {"treatment", "causes"}, (message, kind, entry)


@pytest.mark.parametrize("message", ["is this advice from a nurse", "does this advice come from doctors"])
def test_a_clear_lead_that_points_at_the_topic_leaves_only_unwritten_words(bot, message):
    # "Nurse" and "come" are words the bank never writes; "this" points at the topic: the source entry's clear lead.
    assert kind_and_id(bot, message) == ("answer", "about-source")


@pytest.mark.parametrize(
    "message",
    # No pointer at the topic: a clear lead of bank words is no answer for another thing ("density", "children").
    ["what is a bone density scan", "what causes a fever in children"],
)
def test_a_clear_lead_needs_the_topic_named_or_pointed_at(bot, message):
    assert bot.session().ask(message).kind == "fallback"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "my elbow has been swollen since my op last month and nobody can say why. "
            "how do the doctors work out whether it's HO?",
            "diagnosis",
        ),
        (
            "my scan after the knee op shows bone in the soft tissue and i was too scared to ask. "
            "is that the bone thing?",
            "what-is-ho",
        ),
    ],
)
def test_a_pronoun_said_to_be_the_subject_leans_on_no_story_subject(bot, message, entry):
    # The operation is only the occasion: read with it, the question reached the entry about surgery.
    assert kind_and_id(bot, message) == ("answer", entry)


def test_a_pronoun_before_a_clause_still_points_at_the_story(bot):
    # "Is that what HO feels like?" after a lump: "that" is the lump, not HO itself.
    message = (
        "ive got a hard lump near my elbow that doesnt budge when i push it. had a fracture there in the spring. "
        "is that what HO feels like?"
    )
    assert kind_and_id(bot, message) == ("answer", "lump")


@pytest.mark.parametrize(
    ("question", "identified"),
    [
        ("how do they know whether it's HO", True),
        ("is that the bone thing", True),
        ("is that what HO feels like", False),
        ("is it to stop the extra bone", False),
        ("can it come back after surgery", False),
    ],
)
def test_which_pronouns_are_said_to_be_a_subject(bot, question, identified):
    analysis = bot.analyzer.analyze(question)
    assert bool(story_questions.pronouns_identified(bot, analysis)) is identified, question


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("should I check with my doctor before I take anything to stop the extra bone", "ask-before-medicine"),
        ("can HO make it hard to move my shoulder", "joint-stiffness"),
    ],
)
def test_a_close_choice_is_settled_by_the_entry_whose_own_question_says_it(bot, message, entry):
    reply = bot.session().ask(message)
    assert (reply.kind, reply.id) == ("answer", entry)
    # The close rival stays one choice away, first among the follow-ups.
    assert len(reply.suggestions) >= 1


def test_a_close_choice_no_title_settles_is_not_settled_by_the_circumstances():
    # "How common" is asked, and no title of the close entries says it; "after ... elbow" only matches the title
    # "How soon after an injury or surgery does HO form?" by its circumstances: never that answer.
    reply = Bot.load().session().ask("how common is it after a broken elbow")
    assert reply.kind == "clarify"
