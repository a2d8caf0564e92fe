"""Round 32 (the lead): two misreadings found in the engineers' reports. "Fit" meaning healthy or able is no seizure,
and a person "confused with a temperature" is confused, not a sign mistaken for another."""

import pytest


@pytest.mark.parametrize(
    ("message", "tier"),
    [
        ("I'm fit and healthy, I walk 30 minutes now every day", "routine"),
        ("trying to keep fit, 30 minutes walking now, is that ok after my hip", "routine"),
        ("is he fit to drive after the fit last year", "routine"),
        ("he is having a fit, 10 minutes now", "emergency"),
        ("my dad is fit and well but fitting for 6 minutes now", "emergency"),
        ("she had a fit 6 minutes ago and its still going", "emergency"),
    ],
)
def test_fit_as_healthy_is_no_seizure(bot, message, tier):
    assert bot.triage.assess(message).tier == tier


@pytest.mark.parametrize(
    ("message", "tier", "informational"),
    [
        ("grandad has a uti and is confused with a temperature of 38.9", "emergency", False),
        ("can HO be confused with a blood clot?", "routine", True),
        ("is it often confused with arthritis", "routine", False),
    ],
)
def test_confused_with_a_temperature_is_confusion(bot, message, tier, informational):
    assessment = bot.triage.assess(message)
    assert (assessment.tier, assessment.informational) == (tier, informational)


@pytest.mark.parametrize(
    ("message", "tier"),
    [
        ("nan has a uti, shes confused and hasnt had a wee all day", "emergency"),
        ("nan has a water infection, shes confused and hasnt had a wee all day", "emergency"),
        ("can a uti make you confused?", "routine"),
    ],
)
def test_a_uti_told_by_its_short_name_with_confusion_and_no_pee_is_sepsis(bot, message, tier):
    assert bot.triage.assess(message).tier == tier


@pytest.mark.parametrize(
    ("message", "tier"),
    [
        ("I'm sat in my chair and I can't really get to the end of a sentence without stopping for air", "emergency"),
        ("i can talk without stopping for air now, much better", "routine"),
        ("my toddler has a grape stuck in his throat and he's not making any sound", "emergency"),
        ("a grape got stuck in his throat yesterday but he coughed it up", "routine"),
        ("thinking about doing it tonight when everyone's asleep. i know how i'd do it", "emergency"),
        ("thinking about doing it tonight, the exercises i mean", "routine"),
    ],
)
def test_three_emergencies_told_calmly(bot, message, tier):
    # triage-dev27's three missed emergencies (tuning), each beside a near-miss of its own.
    assert bot.triage.assess(message).tier == tier
