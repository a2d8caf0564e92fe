"""Triage of a procedure's expected after-effects: a small one asked about as normal is answered (with a safety
line), a large or dangerous one still escalates; and the table refuses a rule lowered to its own tier or above."""

from __future__ import annotations

import copy

import pytest

from chatbot import BankError
from chatbot.safety.triage import GENERAL_TRIAGE, rules_from_document
from chatbot.safety.triage_file import read_triage_document


@pytest.mark.parametrize(
    "text",
    [
        "I had a colonoscopy yesterday and there's a little blood when I wipe, is that normal?",
        "had 2 polyps removed this morning, a few spots of blood in my poo, is this ok?",
        "my tooth was taken out today and the socket is still oozing a bit of blood, is that normal?",
        "my arm is still numb from the nerve block they gave me this morning, is that normal?",
        "my knee is slightly numb around the scar since the operation, is that common?",
        "the wound has been oozing a little since the stitches came out yesterday, is that normal?",
    ],
)
def test_a_small_expected_after_effect_asked_about_is_answered_with_a_safety_line(bot, text):
    assessment = bot.triage.assess(text)
    assert assessment.tier == "routine", assessment
    assert assessment.informational and bot.triage.safety_line(assessment), assessment


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # The same after-effects, told without the question, large, or with a sign that is never small.
        ("I had a colonoscopy yesterday and there's blood when I wipe", "urgent"),
        ("my arm has gone numb since this morning", "urgent"),
        ("I'm on warfarin and my poo is black, is that normal?", "emergency"),
        ("had a polyp removed, a little blood but my poo is black and tarry now, is that normal?", "urgent"),
        ("a little pus coming out of my wound after the op, is that normal?", "urgent"),
        ("my wound is a bit red around the edges, is that ok?", "urgent"),
        ("the wound is oozing a bit and I have a temperature after surgery, is that normal?", "urgent"),
        ("my wound keeps oozing loads of fluid after my operation, is that normal?", "urgent"),
        ("my arm is still numb from the nerve block and it's getting worse, is that normal?", "urgent"),
        ("the tingling in my foot is spreading up my leg", "urgent"),
        # No rule that an emergency sign belongs to is ever lowered.
        ("a little short of breath since my op yesterday, is that normal?", "emergency"),
        ("my calf is a bit swollen and sore after my hip replacement, is that normal?", "urgent"),
    ],
)
def test_a_large_or_dangerous_after_effect_still_escalates(bot, text, tier):
    assert bot.triage.assess(text).tier == tier, bot.triage.assess(text)


@pytest.mark.parametrize(
    "text",
    [
        # Questions a clinic bank about a procedure gets about its own after-effects.
        "is a bit of bleeding from the gums normal after a scale and polish?",
        "had my wisdom tooth out this morning and there's a little blood in my spit, is that ok?",
        "my lip is still numb from the local anaesthetic, is that normal?",
        "I've got a little bit of bloody discharge from my knee arthroscopy wound, is that expected?",
        "my stools are a bit loose after the prep, how long will that last?",
        "when should I worry about bleeding after a colonoscopy?",
        "do they numb your eyeball or are you out cold",
    ],
)
def test_questions_about_a_procedures_after_effects_stay_routine(bot, text):
    assert bot.triage.assess(text).tier == "routine", bot.triage.assess(text)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("my tooth socket is bleeding heavily and won't stop", "emergency"),
        ("had a colonoscopy this morning and now I have severe tummy pain and feel faint", "emergency"),
        ("I had a polyp removed 5 days ago and I'm now passing lots of blood clots", "emergency"),
        ("had a cataract op yesterday, eye is really painful and I can barely see out of it", "urgent"),
        ("I have shingles and the rash is spreading to my eye", "urgent"),
        ("the arthroscopy wound is red, hot and leaking pus", "urgent"),
    ],
)
def test_real_red_flags_after_a_procedure_still_escalate(bot, text, tier):
    assert bot.triage.assess(text).tier == tier, bot.triage.assess(text)


def test_if_mild_must_name_a_tier_below_the_rules_own():
    document = copy.deepcopy(read_triage_document(GENERAL_TRIAGE))
    rule = next(rule for rule in document["rules"] if rule["name"] == "new-numbness-anywhere")
    rule["if_mild"] = {"tier": "urgent"}
    with pytest.raises(BankError, match="if_mild needs a tier below"):
        rules_from_document(document)


def test_without_expected_after_effects_a_table_still_loads_and_lowers_nothing():
    document = copy.deepcopy(read_triage_document(GENERAL_TRIAGE))
    del document["expected_after_effects"]
    from chatbot.safety.triage import Triage

    triage = Triage(rules_from_document(document))
    text = "my arm is still numb from the nerve block they gave me this morning, is that normal?"
    assert triage.assess(text).tier == "urgent"
