"""Triage rules added in round 5 for problems that need a clinician the same day (NHS pages named in the table's
sources), each with the look-alikes that must stay routine."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # A fall or knock, then a limb that looks bent, or is swollen and will not be moved.
        "tripped on the kerb and now my wrist looks a bit bent",
        "my son fell off the climbing frame, his arm is swollen and he won't move it",
        # A pressure sore that grows or smells.
        "the pressure sore on his heel is getting deeper and smells",
        # No poo for days with a swollen, hard tummy.
        "haven't had a poo for 5 days and my tummy is swollen and hard",
        # Shingles near an eye, with a drooping face, or very painful in a band.
        "I've got shingles near my eye",
        "shingles on my forehead and now my face is drooping on that side",
        # A red, painful eye with sight changing; an eye seeing less after an operation on it.
        "my eye is red and sore and everything looks blurry",
        # A new rash after a new medicine; tummy pain on an anti-inflammatory.
        "itchy rash all over since starting the new antibiotics",
        "since taking naproxen my stomach hurts and I've been sick",
        # Very high readings.
        "my blood pressure is 192 over 110",
        "his blood sugar is 27 and he's really thirsty",
        # Confusion with signs of a water infection; a catheter that has stopped draining.
        "my nan is confused and her wee smells really strong",
        "his catheter has stopped draining",
        # Sick straight after a blood thinner; missed clot injections (lay words for the medicine).
        "I threw up straight after taking my apixaban",
        "missed 2 days of my clot injections",
        # A son or daughter with a child's age, and a temperature.
        "daughter 6 has a temperature of 38.9 since last night",
        # A foot that slaps or will not lift after an operation.
        "since the op my foot slaps down when I walk",
        # A hip that felt like it slipped and hurts to stand on.
        "my new hip felt like it slipped when I turned over and now it hurts to stand",
    ],
)
def test_problems_that_need_a_clinician_today(bot, text):
    assert bot.triage.assess(text).tier == "urgent", bot.triage.assess(text)


@pytest.mark.parametrize(
    "text",
    [
        "I broke my wrist as a child, could that give me HO?",
        "how do I prevent pressure sores in a wheelchair?",
        "does shingles ever affect the eye?",
        "can antibiotics cause a rash?",
        "my son is 25 and has a cold",
        "is ibuprofen safe with HO?",
        "what is a normal blood pressure after surgery?",
        "feeling tired and a bit weepy, week 2 after my hip op, eating and sleeping ok",
        "my temp went up to 39 in hospital but it settled. Now I'm home and fine, could that fever have been HO?",
    ],
)
def test_look_alikes_stay_routine(bot, text):
    assert bot.triage.assess(text).tier == "routine", bot.triage.assess(text)
