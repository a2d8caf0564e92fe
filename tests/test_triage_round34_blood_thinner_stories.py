"""Round 34 (triage32): warning signs told in a later sentence, bleeding that will not stop, falls on a blood thinner.

- a head knock's warning sign told in the next sentence or two joins the knock: being sick told as "thrown up" and
  sleepiness told as wanting nothing but sleep are warning signs (`@head_warning`); a sign in a later sentence
  about someone else ("My husband has been sick all day") or told as usual ("I always get sleepy after lunch")
  joins nothing (`story_joins.py`), while a pronoun or the same person named again keeps the story on its person;
- bleeding that will not stop on a blood thinner, told with how long it has gone on, is 999
  (`bleeding-that-will-not-stop-on-a-blood-thinner-told-with-a-time`), even with gums told beside it as usual;
  told as slow or small, or with the person well, it is the same day; a bleed told as over stays the same day;
- a bleed on a blood thinner, then the person going pale, confused or faint, also in the next sentence, is 999
  (`bleeding-on-a-blood-thinner-then-pale-or-confused`); bleeding gums stay the same day, as before;
- a fall or knock on a blood thinner, then going dizzy, faint or pale, is 999
  (`fall-on-a-blood-thinner-then-dizzy-or-pale`); a plain fall, a bruise or swelling that grows with no dizziness or
  paleness (the tier line of the tuning sets), or dizziness told as what made the person fall stays the same day.

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class is
checked both ways."""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

from chatbot.safety.story_joins import told_apart
from chatbot.safety.triage import general_triage

ROUND34_RULES = {
    "bleeding-that-will-not-stop-on-a-blood-thinner-told-with-a-time",
    "bleeding-on-a-blood-thinner-then-pale-or-confused",
    "fall-on-a-blood-thinner-then-dizzy-or-pale",
}

EMERGENCIES = [
    # a head knock, the warning sign in the next sentence or two, in lay words
    "I'm on apixaban. Banged my head on a shelf this morning. Since then I've thrown up three times",
    "knocked my head on the car door at lunch. Now I've thrown up.",
    "she hit her head on the table, she takes warfarin. now she just wants to sleep",
    "Dad fell and hit his head. My mum says he has been sick twice.",
    "Grandad fell in the garden and hit his head. My nan says grandad is really drowsy now.",
    # bleeding that will not stop on a blood thinner, with a time
    "on edoxaban, cut my thumb opening a tin, it has been bleeding for 40 minutes and wont stop",
    "my gums always bleed a little when I brush, but tonight the bleeding won't stop, it's been over an hour. "
    "I take warfarin",
    # a bleed on a blood thinner, then going pale or confused in the next sentence
    "grandad takes warfarin and his nose started bleeding after tea. it's 9pm now and he has gone very pale",
    # a fall or knock on a blood thinner, then going dizzy or pale
    "on warfarin. tripped over the dog an hour ago, my arm is a mess and now I'm going pale and dizzy",
    "mum takes apixaban, she slipped in the bathroom, her hip is swelling and she has gone grey",
]

URGENT = [
    # a plain knock or fall on a blood thinner
    "on warfarin, slipped in the garden this afternoon, my leg is a bit sore",
    # a bruise that grows with no dizziness or paleness; a bruise told as not spreading; dizziness told as what made the
    # person fall
    "on rivaroxaban, fell off the step this morning and the bruise on my knee keeps getting bigger",
    "on apixaban, tripped over the cat this morning, big bruise on my hip but it's not spreading and I feel fine",
    "on apixaban, felt dizzy and fell over in the kitchen",
    # a head knock on a blood thinner, the later sentence about someone else or usual
    "I'm on warfarin and hit my head on the cupboard. My husband has been sick all day with a bug.",
    # bleeding gums on a blood thinner with a long-standing dizziness stay the same day
    "my gums have been bleeding on apixaban since Sunday and I go pale and dizzy when I stand, always have",
    # bleeding that will not stop on a blood thinner told as slow or with the person well
    "on warfarin, my cut has been oozing for an hour and it won't stop, I feel fine otherwise",
    # a bleed on a blood thinner that took long to stop, told as over
    "on warfarin, cut my finger, it bled for an hour but it has stopped now",
]

ROUTINE = [
    # a head knock with no blood thinner, the later sentence about someone else or usual
    "I hit my head on the cupboard. My husband has been sick all day with a bug.",
    "My son bumped his head at school. His sister was sick last night.",
    "I hit my head on the cupboard. I'm always sleepy after lunch, that's normal for me.",
    # wanting to sleep with no knock at all
    "i just want to sleep all day, is that normal after an operation?",
    # a general question about bruises on a blood thinner
    "does a bruise spread more on warfarin after a fall?",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(EMERGENCIES, URGENT, ROUTINE))
def test_each_class_both_ways(text, tier):
    assert_tier(text, tier)


def test_bleeding_with_a_time_is_its_own_rule_beside_usual_gums():
    assessment = general_triage().assess(
        "my gums bleed a bit when I floss, that's normal, but my mouth won't stop bleeding, it's been an hour. "
        "on warfarin"
    )
    assert assessment.rule == "bleeding-that-will-not-stop-on-a-blood-thinner-told-with-a-time", assessment


def test_a_fall_then_going_pale_is_its_own_rule():
    assessment = general_triage().assess("on dabigatran, fell on the stairs, my shin is swelling and I've gone pale")
    assert (assessment.tier, assessment.rule) == (
        "emergency", "fall-on-a-blood-thinner-then-dizzy-or-pale"
    ), assessment


# told_apart itself: words, sentence and clause numbers as the reader gives them.
PERSONS = frozenset(("i", "my", "he", "his", "husband", "dad", "mum"))
OWNERS = frozenset(("my", "his", "her"))


def _told_apart(text: str, positions: set[int], usual_clauses=(), event=False) -> bool:
    words, sentence, clause = [], [], []
    for number, part in enumerate(text.split(". ")):
        for word in part.split():
            words.append(word)
            sentence.append(number)
            clause.append(number)
    kinds = {number: {"chronic", "typical"} for number in usual_clauses}
    return told_apart(positions, words, sentence, clause, kinds, PERSONS, OWNERS, event=event)


def test_a_later_sentence_about_another_person_is_told_apart():
    # "I hit my head. my husband has been sick": the knock at 1, the sign at 7
    assert _told_apart("I hit my head. my husband has been sick", {1, 3, 7})


def test_a_pronoun_or_the_same_person_keeps_the_story():
    assert not _told_apart("dad hit his head. mum says he has been sick", {1, 3, 9})
    assert not _told_apart("dad hit his head. my dad has been sick", {1, 3, 8})


def test_a_later_sentence_told_as_usual_is_told_apart_for_an_event_and_one_sentence_never_is():
    assert _told_apart("I hit my head. I get sleepy", {1, 3, 6}, usual_clauses=(1,), event=True)
    # a rule of no event reads the later clause's time words itself
    assert not _told_apart("I hit my head. I get sleepy", {1, 3, 6}, usual_clauses=(1,))
    assert not _told_apart("I hit my head and my husband was sick", {1, 3, 8})


def test_every_rule_of_this_round_has_a_public_source():
    assert_each_rule_has_a_public_source(ROUND34_RULES)
