"""Round 33 (run-on): a story told as over ("went away now", "fine now") and, with no punctuation, a new clause told
now ("... now i cant breathe"): the ending reaches the story only, as it does with a full stop before "now"
(docs/triage.md, "Round 33 (run-on)")."""

import pytest


def _tier(bot, text: str) -> str:
    return bot.triage.assess(text).tier


# A word of now that closes a phrase of being over, then a new subject: the signs after it are told now.
@pytest.mark.parametrize(
    "text",
    [
        "the rash went away now i cant breathe",
        "it healed up fine now my lips are blue",
        "my wound was oozing, it cleared up now my chest hurts and I cant breathe",
        "he was fine now he cant breathe",
        "the swelling settled now she is unconscious",
        "it went away now my face is drooping",
        "it has cleared up now my husband cant wake her",
    ],
)
def test_a_new_clause_told_now_after_a_settled_story_escalates(bot, text):
    assert _tier(bot, text) == "emergency"
    assert bot.session().ask(text).kind == "emergency"


# The same with a full stop: the run-on reading is that reading (it was right before the change too).
@pytest.mark.parametrize(
    "text",
    [
        "the rash went away. now i cant breathe",
        "it healed up fine. now my lips are blue",
        "my wound was oozing, it cleared up. now my chest hurts and I cant breathe",
    ],
)
def test_the_full_stop_twin_is_an_emergency_too(bot, text):
    assert _tier(bot, text) == "emergency"


# Nothing told now after the ending, or only that all is well: still over, no alarm.
@pytest.mark.parametrize(
    "text",
    [
        "it was bad but it went away now",
        "the pain is fine now",
        "it's better now my leg doesn't hurt",
        "the bleeding stopped now",
        "the bleeding stopped now i feel fine",
        "the pain is fine now i can walk",
        "it settled now he is ok",
        "she fainted but she is fine now she is talking",
    ],
)
def test_a_settled_story_with_nothing_new_after_it_stays_routine(bot, text):
    assert _tier(bot, text) == "routine"


# A sign told before the ending keeps it: the break moves only the word of now, not the words of being over.
@pytest.mark.parametrize(
    "text",
    [
        "my chest pain went away now i feel ok",
        "my chest pain is better now i think",
        "i had crushing chest pain but it went away now i feel fine",
    ],
)
def test_a_sign_told_before_the_ending_is_still_over(bot, text):
    # (An over-and-done chest pain is the same-day tier of its own; told now it would be an emergency.)
    assert _tier(bot, text) == "urgent"


def test_the_word_of_now_opens_the_next_sentence(bot):
    message = bot.triage._read("the rash went away now i cant breathe")
    assert message.sentence == [0, 0, 0, 0, 1, 1, 1, 1]
    assert message.clause[3] // 1000 < message.clause[4] // 1000


def test_no_break_without_a_new_subject_after_the_word_of_now(bot):
    assert set(bot.triage._read("it was bad but it went away now thank you").sentence) == {0}
    assert set(bot.triage._read("the pain is fine now").sentence) == {0}


def test_a_question_mark_after_the_break_asks_in_the_later_sentence(bot):
    message = bot.triage._read("it went away now i wonder if it matters?")
    assert message.sentence[-1] == 1
    assert 1 in message.questions and 0 not in message.questions
