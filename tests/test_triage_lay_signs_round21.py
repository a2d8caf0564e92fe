"""Round 21 (issue 13, lay signs): urgent signs told in everyday words, read through the `lay_signs:` families.

`chatbot/safety/lay_signs.py` reads each family's everyday descriptions ("fat and shiny", "green gunk", "talking to the
telly", "wee won't come out") as a word the rules already know ("swollen", "pus", "seeing things", "cant pee"), only
with the family's body part or context near and none of its near-misses in the sentence; the rule's own time frame,
denials, context and tier then decide. Every sentence here is our own, written for these tests (none is a line of a
tuning or held-apart set): told now they escalate; told in the past, asked in general, said of a shirt, the weather,
a joke or a lifelong trait, they stay routine."""

from __future__ import annotations

import pytest

from chatbot.safety.lay_signs import LayFamily, LaySigns
from chatbot.safety.triage import general_triage


@pytest.fixture(scope="module")
def triage():
    return general_triage(frozenset({"ho", "heterotopic ossification"}))


TOLD_NOW = [
    ("two weeks after my knee replacement my calf has gone tight and shiny and it aches", "urgent"),
    ("my husband's ankle came up like a balloon yesterday, 10 days after his hip op, and it hurts", "urgent"),
    ("the stitches on my hip have got green gunk coming out since this morning", "urgent"),
    ("the scar from my op last week has pink watery stuff seeping through the dressing", "urgent"),
    ("the graze on my son's knee has red lines going up his leg since this afternoon", "urgent"),
    ("my new knee is hot to the touch and throbbing, op was 3 weeks ago", "urgent"),
    ("10 days after my hip replacement i feel hot and cold and shaky", "urgent"),
    ("my poo has been like tar since yesterday and I take warfarin", "emergency"),
    ("my wee looks like cola today and i'm on apixaban", "urgent"),
    ("since her hip operation on monday mum has been talking to the telly", "urgent"),
    ("grandad had his knee done 4 days ago and now i cant wake him properly", "emergency"),
    ("my wee wont come out since the operation yesterday and my tummy is tight", "urgent"),
    ("my dad fell off a ladder an hour ago and his forearm has a kink in it", "urgent"),
    ("nan tripped on the rug this morning and her leg is lying at a funny angle, she says it hurts", "urgent"),
    ("my new hip wound looks angry and inflamed", "urgent"),
    ("there's a red hot patch on my calf that's bigger than it was this morning", "urgent"),
    ("my 80 year old dad has gone off his legs since yesterday", "urgent"),
    ("my mum keeps seeing people who arent there since this morning, it's not like her", "urgent"),
    ("35 weeks and I think my waters have gone, it's still trickling", "urgent"),
    ("my 15 year old has pain in his balls that came on this evening and they look swollen", "urgent"),
    ("sharp pain low down on the right of my tummy since breakfast, getting worse and I'm sick", "urgent"),
    ("i'm 72 with a new headache, my jaw hurts when i chew and my scalp is tender", "urgent"),
    ("a bit of metal flew in my eye at work and it still feels like grit", "urgent"),
    ("my 6 month old has a cold and is breathing a bit faster than usual", "urgent"),
    ("mum is bed bound and the skin on her heel has gone a dark purple blister, and it's warm", "urgent"),
    ("30 weeks pregnant and the baby isnt moving as much as usual since last night", "urgent"),
    ("4 days after my hip op I feel rough and hot and my wound is sore", "urgent"),
    ("my new knee has been on fire since yesterday and it's swollen, had it done 3 weeks ago", "urgent"),
    ("my 1 year old banged his head on the table and has a lump like an egg on his forehead", "urgent"),
    ("had the runs since my op 3 days ago and feel weak", "urgent"),
    ("mum is 89, wont touch her drinks since yesterday and is more sleepy", "urgent"),
]


@pytest.mark.parametrize(("text", "tier"), TOLD_NOW)
def test_an_everyday_description_told_now_gets_its_tier(triage, text, tier):
    assert triage.assess(text).tier == tier


NEAR_MISSES = [
    "I got a fat lip from my toddler headbutting me, any tips?",
    "his ankle was like a balloon last month after the op but the scan was clear and it's gone down",
    "what does yellow stuff from a wound after surgery mean?",
    "my new knee was hot to the touch for a few weeks last year, is that normal with HO?",
    "it's so hot to the touch outside today, my knee is fine though",
    "I feel hot all the time since the menopause started, is it related to HO?",
    "my wee was pink after eating beetroot, nothing else wrong",
    "what does it mean if poo looks like tar?",
    "my dad always talks to the tv when the football is on",
    "my husband keeps falling asleep in front of the tv, he always has",
    "I sometimes only get a trickle when I'm in a public toilet, is that normal?",
    "I was born with a kink in my little finger, could that be HO?",
    "she was not herself after the funeral last week, very quiet, but eating fine",
    "my red shirt got a hot iron mark on it lol",
    "my son is breathing faster after running around the park, he's fine",
    "my waters went at 39 weeks with my first baby, will HO affect my next pregnancy?",
    "he threw the balls for the dog and his hip ached after, is that HO?",
    "my jaw aches when eating toffee, always has",
    "my eyes feel scratchy from the screens at work, any drops?",
    "grandma has been off her food since the cold but she's walking about fine",
    "my new shoes gave me a blood blister on my heel, should I pop it?",
    "my feet feel like they're on fire at night with my nerve pain, is that HO?",
    "the baby wasnt moving as much last week but the midwife checked and all was fine, how often should I count kicks?",
    "my son had a lump like an egg on his head after a fall last year, could that cause HO?",
    "does HO run in families or is it like the runs after antibiotics?",
    "my 8 month old prefers water from a cup and keeps refusing his bottle, any tips?",
    "my mum has had arthritis in both knees for years, she is in a lot of pain and can't get about,"
    " when do they offer a new knee?",
    "The surgeon looked at my warm puffy knee and thinks it's early HO, what comes next?",
    "we're seeing people from the clinic tomorrow about dad's hip, what should we ask?",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_near_miss_stays_routine(triage, text):
    assert triage.assess(text).tier == "routine"


def test_sudden_severe_pain_in_the_balls_is_the_general_emergency(triage):
    # NHS, testicle pain: sudden, very bad pain needs help at once; told in lay words it meets the general rule.
    assessment = triage.assess("my balls suddenly started hurting really badly this morning")
    assert assessment.tier == "emergency"
    assert triage.assess("the balls of my feet suddenly started hurting really badly this morning").tier == "routine"


def test_every_family_names_its_source_and_near_misses(triage):
    families = triage.rules.lay_signs
    assert len(families) >= 15
    for family in families:
        assert family.unless, f"{family.name} needs near-misses (unless)"
        assert family.phrases and family.reads_as


def test_every_family_reads_as_a_word_a_rule_knows(triage):
    known = set(triage._parts_of)  # the sign phrases
    for family in triage.rules.lay_signs:
        read = triage._index.find(list(family.reads_as))
        assert known.intersection(read), f"{family.name}: no rule's sign holds {' '.join(family.reads_as)!r}"


def test_a_description_the_rules_already_know_is_left_to_them():
    family = LayFamily("test", ("swollen",), (("cant", "walk", "on", "it"), ("fat",)), (), (("joke",),))
    signs = LaySigns((family,), known={("cant", "walk", "on", "it")})
    assert ("fat",) in signs.items() and ("cant", "walk", "on", "it") not in signs._of


def test_a_reading_only_adds_where_the_setting_is_given():
    family = LayFamily("swollen", ("swollen",), (("fat",),), (("leg",),), (("joke",),))
    signs = LaySigns((family,))
    words = "his leg is fat".split()

    def find(read):
        return {("swollen",): [(i, i + 1) for i, w in enumerate(read) if w == "swollen"]}

    found = {("fat",): [(3, 4)], ("leg",): [(1, 2)]}
    read = signs.read(words, [0] * 4, found, find, lambda item: True)
    assert read[("swollen",)] == [(3, 4)]
    assert ("fat",) not in read  # the description's own words are read as the family word
    without_leg = {("fat",): [(3, 4)]}
    assert signs.read(words, [0] * 4, without_leg, find, lambda item: True) is without_leg
    joke = {("fat",): [(3, 4)], ("leg",): [(1, 2)], ("joke",): [(0, 1)]}
    assert signs.read(words, [0] * 4, joke, find, lambda item: True) is joke


def test_no_family_names_the_condition_of_any_bank(triage):
    for family in triage.rules.lay_signs:
        for phrase in (*family.phrases, *family.near, *family.unless):
            assert "heterotopic" not in phrase and "ho" not in phrase
