"""Round 23 (horeading25): HO questions as other people write them: letters, numbered lists, "this condition" after a
story and two questions with no story, in our own wordings (docs/how-it-decides.md)."""

from __future__ import annotations

import pytest
from conversation_support import last_reply, reply_in_every_turn

from chatbot.bot import Bot
from chatbot.conversation.message_readings import question_with_pointing_phrase_as_it
from chatbot.understanding.message import without_courtesies
from chatbot.understanding.numbered_list import with_list_numbers_ended

ask = last_reply  # the reply to the last of these messages, asked in one session


@pytest.fixture(scope="module")
def bot() -> Bot:
    return Bot.load()


def courtesies_cut(bot: Bot, text: str) -> str:
    analyzer = bot.analyzer
    return without_courtesies(
        text, analyzer.courtesy_openings, analyzer.courtesy_closings, analyzer.courtesy_introductions
    )


# A letter: its salutation and its sign-off with a signature of initials are left out.
@pytest.mark.parametrize(
    "letter",
    [
        "Dear Sir, what causes HO? Yours sincerely, K. Brown",
        "Dear Dr Okafor, what causes HO? With thanks, Tom",
        "Dear madam, what causes HO? Yours faithfully, Mrs T. Evans",
        "To whom it may concern, what causes HO? Kind regards, B. L. Cho",
    ],
)
def test_a_letters_salutation_and_signature_are_left_out(bot, letter):
    assert courtesies_cut(bot, letter) == "what causes HO?"


def test_the_word_i_after_thanks_is_no_initial(bot):
    assert courtesies_cut(bot, "Is it serious? Thanks, I") == "Is it serious? Thanks, I"


def test_dear_before_no_name_is_no_salutation(bot):
    assert courtesies_cut(bot, "Dear me, what causes HO") == "Dear me, what causes HO"


def test_three_names_without_an_initial_are_not_cut_as_one_signature(bot):
    # Two names may be a signature ("Maria Lopez"); a third is cut only with an initial among them.
    cut = courtesies_cut(bot, "is grade 2 worse than grade 1? Cheers, Anna Maria Lopez")
    assert cut.startswith("is grade 2 worse than grade 1?") and "Anna" in cut


def test_politeness_inside_a_question_wrapper_asks_nothing(bot):
    plain = bot.analyzer.analyze("what causes HO").tokens
    assert bot.analyzer.analyze("could you kindly tell us what causes HO").tokens == plain
    assert bot.analyzer.analyze("I would be most grateful if you could tell me what causes HO").tokens == plain
    assert bot.analyzer.analyze("I should like to know what causes HO").tokens == plain


def test_a_filler_before_the_wrapper_or_a_wrapper_with_nothing_after_is_not_cut(bot):
    # "please" opens no wrapper; a wrapper that leaves nothing to ask is no wrapper.
    assert "ho" in bot.analyzer.analyze("kindly HO").tokens
    assert bot.analyzer.analyze("i would be grateful to know").tokens


@pytest.mark.parametrize(
    ("letter", "expected"),
    [
        (
            "Dear Sir, I write about my brother, who has heterotopic ossification in his shoulder after a bad fall. "
            "I would be most grateful to know how serious this condition is. Yours sincerely, A. Novak",
            "how-serious",
        ),
        (
            "Dear Doctor, My aunt has been told she has heterotopic ossification in her elbow. Could you kindly tell "
            "us what causes this condition? Best wishes, Ruth",
            "causes",
        ),
    ],
)
def test_a_letter_is_answered_in_every_turn(bot, letter, expected):
    assert reply_in_every_turn(bot, letter).id == expected


# "This condition" after a story that names the topic points at it, as "it" does.
def test_this_condition_after_a_story_naming_the_topic_reads_as_it(bot):
    story = "My aunt was diagnosed with heterotopic ossification in her hip."
    assert question_with_pointing_phrase_as_it(bot, "How serious is this condition?", story) == "how serious is it?"
    reply = reply_in_every_turn(
        bot, "My aunt was diagnosed with heterotopic ossification in her hip. How serious is this condition?"
    )
    assert reply.id == "how-serious"


def test_this_condition_after_a_story_of_an_operation_is_left_as_typed(bot):
    # The story names a hip replacement, not the topic: "it" there would be the operation.
    story = "My aunt had a hip replacement last spring and is still sore."
    question = "What is this condition?"
    assert question_with_pointing_phrase_as_it(bot, question, story) == question


# A numbered list of questions: each number a line break, never a word of the question.
@pytest.mark.parametrize(
    "text",
    [
        "1) what causes HO 2) how is it treated",
        "Two questions: 1. what causes HO? 2. how is it treated?",
        "(1) what causes HO (2) how is it treated",
        "Quick ones. 1. What causes HO 2. How is it treated",
    ],
)
def test_a_numbered_list_of_questions_loses_its_numbers(text):
    listed = with_list_numbers_ended(text)
    assert listed.count("\n") == 2
    assert not any(char.isdigit() for char in listed)


@pytest.mark.parametrize(
    "text",
    [
        "My hip was grade 1. Now it is grade 2. Is that bad?",
        "Brooker grade 3. What does that mean?",
        "I had 2 operations. 1. was on my hip",
        "grade 2. how bad is that",
        "what is grade 1) and grade 2)",
    ],
)
def test_numbers_of_prose_are_no_list(text):
    assert with_list_numbers_ended(text) is text


def test_a_numbered_list_is_answered_by_its_questions_not_a_grade(bot):
    listed = "Questions please. 1. What causes HO 2. How is it treated 3. Can it come back"
    reply = reply_in_every_turn(bot, listed)
    assert reply.kind == "answer" and not reply.id.startswith("grade")
    assert reply_in_every_turn(bot, "1) what causes heterotopic ossification").id == "causes"


# Two questions and no story, neither answered read together: read one by one.
def test_two_questions_with_no_story_are_read_one_by_one(bot):
    reply = reply_in_every_turn(bot, "what kind of people get it, is it mostly old people?")
    assert reply.id == "who-is-at-risk"


@pytest.mark.parametrize(
    "question",
    [
        "what is a bunion? what's the treatment?",  # a thing the bank does not know is what is asked
        "what is a heel spur and how do you treat it",  # "it" is the heel spur
        "what is the weather today? what is your name?",
    ],
)
def test_two_questions_about_something_else_are_not_read_alone(bot, question):
    assert reply_in_every_turn(bot, question).kind != "answer"
