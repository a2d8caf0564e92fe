"""Round 30 (falsealarm28): false alarms and over-triage fixed as classes, each beside the emergency case in near words
that must still escalate (docs/triage.md, "Round 30 (falsealarm28)")."""

import pytest


def _tier(bot, text: str) -> str:
    return bot.triage.assess(text).tier


# A general question about a named condition, its opener run together ("whats", "hows"): no alarm.
@pytest.mark.parametrize(
    "text",
    [
        "whats the treatment for sepsis",
        "whats the usual treatment after a stroke",
        "hows a stroke treated in hospital",
    ],
)
def test_a_general_question_with_a_run_together_opener_raises_no_alarm(bot, text):
    assert _tier(bot, text) == "routine"
    assert bot.session().ask(text).kind not in ("emergency", "urgent")


# A question opener that asks what is going on now is a report of the sign after it: still 999.
@pytest.mark.parametrize(
    "text",
    [
        "what is wrong crushing chest pain",
        "what is wrong, crushing chest pain",
        "whats wrong, crushing chest pain",
        "what is going on with me crushing chest pain",
        "what is happening to me, i cant breathe",
        "whats happening, my face has dropped on one side",
        "what is the matter with him, he wont wake up",
    ],
)
def test_a_question_about_what_is_happening_now_still_escalates(bot, text):
    assert _tier(bot, text) == "emergency"
    assert bot.session().ask(text).kind == "emergency"


def test_a_pointing_word_after_the_opener_points_back_at_a_named_condition(bot):
    # "that" points at the a-fib just named, no sign told now (a false emergency with "that" in `asks_about_now`).
    assert _tier(bot, "my mum has just been told she has angina. what is that exactly, is it a heart attack?") == (
        "routine"
    )


def test_a_definition_asked_stays_general(bot):
    # The sign is the thing asked about, no opener asks about now.
    assert _tier(bot, "what is crushing chest pain") == "routine"
    assert _tier(bot, "what is the treatment for sepsis") == "routine"


# The glass test told as done and passed, in the words of pressing the glass: no sign of a rash that does not fade.
@pytest.mark.parametrize(
    "text",
    [
        "my son has a temp of 38.4 and a rash but the spots fade when i press a glass on them, he is eating fine",
        "my girl has a high temp and a rash, it faded when i pressed the glass on it and she is chatty",
    ],
)
def test_a_rash_that_fades_when_the_glass_is_pressed_is_urgent_not_999(bot, text):
    assert _tier(bot, text) == "urgent"


def test_a_rash_that_faded_under_the_glass_alone_raises_no_alarm(bot):
    assert _tier(bot, "my 3 year olds spots faded when we pressed the glass on them, shes playing happily") == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "my son has a temp of 38.4 and a rash, the spots dont fade when i press a glass on them",
        "my son has a temp and a rash, some spots fade when i press a glass but others dont",
        "rash on her legs, it doesnt fade when i press a glass on it",
        "my girl has a high temp and a rash that fades when i press a glass on it but she is floppy",
    ],
)
def test_a_rash_that_does_not_fade_under_the_glass_still_escalates(bot, text):
    assert _tier(bot, text) == "emergency"


# A weakness dated from an old stroke, whatever word names the stroke: the baseline, no stroke now.
@pytest.mark.parametrize(
    "text",
    [
        "weak since the stroke",
        "his right leg has been weak ever since the stroke, can HO make it stiffer?",
        "she has been a bit weak on one side since a stroke, is physio still worth it?",
    ],
)
def test_weakness_since_an_old_stroke_raises_no_alarm(bot, text):
    assert _tier(bot, text) == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "weak since the stroke, and now her face has dropped and she cant speak",
        "he has been weak on one side since the stroke and today he suddenly cant talk",
        "she is having a stroke",
    ],
)
def test_a_new_stroke_sign_beside_the_old_stroke_still_escalates(bot, text):
    assert _tier(bot, text) == "emergency"
