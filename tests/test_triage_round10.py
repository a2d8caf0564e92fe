"""Round 10 of the triage table: readings that carry to wording nobody tuned on. Each mechanism reads a
whole family (every person, every tense, every form of a word) rather than a phrase, and each is checked
both ways with sentences written for these tests (none is a line of a tuning or held-apart set)."""

from __future__ import annotations

import pytest

from chatbot.safety.triage import _Persons, _with_persons

# person_forms: a phrase told with I/me/my is read of anyone a carer may tell of.
PERSONS = [
    ("how would she know if her new hip had popped out?", "routine"),
    ("what should he do if his scar starts weeping?", "routine"),
    ("should they ring 999 if their dad gets chest pain after the op?", "routine"),
    ("the view from the ward window took his breath away", "routine"),
    ("the bill nearly gave her a heart attack", "routine"),
    ("my son keeps saying he wants to end his life", "emergency"),
    ("she has cut her wrists, there is blood everywhere", "emergency"),
    ("he has swallowed all of his sleeping pills", "emergency"),
    # The same phrases of the person herself still read as before.
    ("how would I know if my new hip had popped out?", "routine"),
    ("I have swallowed all of my sleeping pills", "emergency"),
]


@pytest.mark.parametrize(("text", "tier"), PERSONS)
def test_a_phrase_reads_of_every_person(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


def test_person_forms_put_the_verb_in_agreement():
    persons = _Persons({"i": ("she", "they")}, frozenset({"she"}), {"do": "does"}, {})
    variants = set(_with_persons((("how", "do", "i", "know", "if"),), persons))
    assert ("how", "does", "she", "know", "if") in variants  # agreed
    assert ("how", "do", "she", "know", "if") in variants  # as a second-language writer may put it
    assert ("how", "do", "they", "know", "if") in variants  # "they" takes no -s
    assert ("how", "does", "they", "know", "if") not in variants
    assert _with_persons((("i",),), persons) == (("i",),)  # single person words are left as they are


# English forms of a sign word: "can not" and "cannot" are "can't"; "swole", "swolen" are swollen; "is hurting to"
# is "hurts to".
FORMS = [
    ("I can not feel my feet since this morning", "emergency"),
    ("since my fall he cannot feel his legs at all", "emergency"),
    ("heard a crack in my new knee and i can not put weight on it", "urgent"),
    ("my calf is swole and hot 8 days after my hip op", "urgent"),
    ("her leg's swolen and warm since the op", "urgent"),
    ("my new hip went clunk getting out of the car and now it is hurting to stand", "urgent"),
    ("can not wait to get back to the gym after my op", "routine"),
    ("my biceps are swole from the gym, is that HO?", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), FORMS)
def test_forms_of_a_sign_word(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# A denial after a sign, across linking words in any tense.
DENIALS = [
    ("my calf has been swollen and hot since my knee op, breathing has been fine", "urgent"),
    ("leg red and swollen after my op and my breathing is still totally fine", "urgent"),
    # A denial must come after the sign: a word "ok" before it denies nothing.
    ("he hit his head on the shelf and seemed ok at first but now he is confused", "emergency"),
]


@pytest.mark.parametrize(("text", "tier"), DENIALS)
def test_a_denial_in_any_tense(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# A change told as it happens is the sign of the change done ("going purple" is "gone purple").
CHANGES = [
    ("my toes are going purple in the cast", "emergency"),
    ("his foot is turning cold and white", "emergency"),
    ("her lips are getting blue", "emergency"),
    ("what if my fingers start going purple?", "routine"),
    ("I'm going grey and my knees ache, is that HO?", "routine"),
    ("my hair is going white since the accident", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), CHANGES)
def test_a_change_as_it_happens(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# Time read from the grammar: a cause asked about, "ever", "how would I know if", and a date long ago at the end
# of a story in the past tense are no report of now; a story opened by a past time stays in the past.
TIMES = [
    ("could HO make my calf swollen and sore?", "routine"),
    ("can HO cause your knee to be hot and red?", "routine"),
    ("if my scar is ever hot and leaking, who do I call?", "routine"),
    ("how would I know if my foot is cold and blue because of a clot?", "routine"),
    ("my foot was cold and blue in 2016, could that have been HO?", "routine"),
    ("my scar was hot and leaking years ago, is that a risk for HO?", "routine"),
    ("when I was on apixaban I had black stools, will the new tablets do that?", "routine"),
    ("she got an infection in her wound last time, how do they stop that happening again?", "routine"),
    # ... and the look-alikes that stay reports of now.
    ("my calf is ever so swollen and sore since my knee op", "urgent"),
    ("my calf has been swollen and sore ever since the op last week", "urgent"),
    ("could HO make my calf swollen like this? it came on yesterday, a week after my hip op", "urgent"),
    ("my foot was cold and blue an hour ago and still is", "emergency"),
    ("a hard lump by my hip that is getting bigger and wasn't there a month ago", "urgent"),
    ("when I was walking to the car just now I got a crushing chest pain", "emergency"),
    ("it's happening again, my calf is swollen and hot a week after my op", "urgent"),
]


@pytest.mark.parametrize(("text", "tier"), TIMES)
def test_time_read_from_the_grammar(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# Word families from the NHS pages: doses counted in "lots"; a dry nappy (NHS, Dehydration).
FAMILIES = [
    ("grandad has had 2 lots of his rivaroxaban this morning", "urgent"),
    ("we had two lots of visitors on the ward today", "routine"),
    ("the baby has not had a wet nappy all day and keeps being sick", "urgent"),
    ("how many wet nappies a day is normal for a newborn?", "routine"),
    # Lay words for a clouded mind with a fever (NHS sepsis: confusion) read as the confusion family.
    ("grandma is totally out of it and has a high temperature", "emergency"),
    ("I feel a bit out of it after the anaesthetic, is that normal?", "routine"),
    # A normal reading told with a small word before it denies a fever; asking whether it counts names none.
    ("my daughter has a temperature of 37.1", "routine"),
    ("my daughter has a temperature of 37.4, is that a fever?", "routine"),
    ("my daughter has a temperature of 39.4, is that a fever?", "urgent"),
    ("is 37.8 a fever in a baby?", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), FAMILIES)
def test_word_families(bot, text, tier):
    assert bot.triage.assess(text).tier == tier
