"""Round 18 of the triage table (issue 13), the shape of a message: a sign counts only when it is reported as
current for a real person (`chatbot/safety/message_shape.py`, the table's `message_shape` lists). Told of an animal,
of someone in a story on screen or paper, of people in general in a question, quoted from a leaflet, asked of as a
risk or prevention, said to be asked in general, or told as over and seen to by a clinician, it gets the answer and
the safety line. Every case here was written for these tests (none is a line of a tuning or held-apart set); each
shape is checked both ways: the same sign told of a real person now still escalates."""

from __future__ import annotations

import pytest

from chatbot.safety.message_shape import REPORT, MessageShape, Shape

CASES = [
    # Who: an animal (a vet's matter), with its owner's word; a person told with it is a report.
    ("our rabbit is bleeding heavily from a cut paw", "routine"),
    ("the puppy swallowed a packet of paracetamol", "routine"),
    ("my pony has a hot swollen leg", "routine"),
    ("the dog pulled me over and now I cant breathe properly", "emergency"),
    ("my cat scratched my hand and it is pouring blood and wont stop", "emergency"),
    ("the vet said the dog is fine but my chest is crushing", "emergency"),
    ("our dog knocked her over and her wound is pouring blood", "emergency"),  # "her" in another clause: hers
    ("been sick as a dog, vomiting blood", "emergency"),  # a figure: no owner before the animal
    # Who: someone in a story on screen or paper; the writer told in the sign's clause is a report.
    ("in a soap a woman took an overdose after her op, is that realistic?", "routine"),
    ("reading a novel where the hero collapses with a clot in his lung, could that happen after a hip op?", "routine"),
    ("in the film a man collapsed and now I have crushing chest pain", "emergency"),
    ("watching a drama and suddenly my mum cannot lift her arm and her speech is slurred", "emergency"),
    ("we were at the theatre watching a play and a man in the row behind collapsed and isn't breathing", "emergency"),
    # Who: people in general, asked of; not someone here now.
    ("can people collapse from a clot weeks after a knee op?", "routine"),
    ("someone is fitting on the floor in the shop and won't stop", "emergency"),
    ("can anybody help, my dad has collapsed and is not breathing", "emergency"),
    ("one calf is swollen and hot since my op, is it a clot?", "urgent"),  # "one" is no one in general
    # Does: quotes a leaflet, a label, a web page; a real person in the sentence makes it a report.
    ("the handout says vomiting blood means ring 999, do people often vomit after the op?", "routine"),
    ("the booklet says hot red swollen calf can be a clot, how common is that after a new knee?", "routine"),
    ("the booklet says a hot swollen calf can be a clot, my calf is hot and swollen since the op", "urgent"),
    ("the leaflet says crushing chest pain, what do I do, I have it now", "emergency"),
    ("He had his new knee 4 days ago. It says 39.8 on the thermometer.", "urgent"),  # a reading, not a quote
    # Does: asks about risk or prevention in the sign's own clause; a report in another clause stays one.
    ("what goes in a first aid kit for dysreflexia when we travel?", "routine"),
    ("how likely is a clot in the lung after a hip replacement?", "routine"),
    ("what are the warning signs of a clot in the lung after a hip op?", "routine"),
    ("showing signs of a stroke", "emergency"),  # "signs of" alone is no question
    ("should we worry about bleeding during the HO operation on warfarin?", "routine"),
    ("my calf is hot red and swollen since the op, how likely is a clot?", "urgent"),
    ("is there a risk of a stroke? his face is drooping on one side right now", "emergency"),
    # Does: said to be asked in general, of a question naming no one; not of a report.
    ("fever after a knee op, at what number does it matter? asking out of interest", "routine"),
    ("fever 39.6 after my op, just curious", "urgent"),
    ("just asking, coughing up blood on rivaroxaban", "emergency"),
    # Does: tells that an emergency sign, over and told in the past tense, was seen to by a clinician.
    ("my wife had chest pains at lunchtime, the paramedics came, her ECG was normal. Can she go swimming?", "routine"),
    ("the GP said my chest pain was a pulled muscle and gave me ibuprofen. is ibuprofen ok with HO?", "routine"),
    (
        "my wife had chest pains at lunchtime, the paramedics came, her ECG was fine, now she is grey and sweaty",
        "emergency",
    ),
    ("had chest pain this morning, the GP said it was indigestion but it is still crushing", "emergency"),
    ("I've had chest pain since this morning, the GP said it was indigestion", "emergency"),
    ("I had a crushing pain in my chest, the GP said it was angina, what should I do?", "emergency"),
    ("I swallowed 24 paracetamol two hours ago, the pharmacist said I'd be fine", "emergency"),  # an event
    # A crisis is never lowered by the shape.
    ("the leaflet says to call if you feel like ending it, and I want to end my life", "emergency"),
]


@pytest.mark.parametrize(("text", "tier"), CASES)
def test_round18_shape(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


def test_a_sign_told_of_no_one_keeps_its_safety_line(bot):
    assessment = bot.triage.assess("our rabbit is bleeding heavily from a cut paw")
    assert assessment.informational and assessment.rule


def test_the_reader_alone():
    reader = MessageShape({"person": (("my",), ("i",)), "animal": (("dog",),), "quoting": (("leaflet",),)})
    words = "my dog is bleeding".split()
    found = {("my",): [(0, 1)], ("dog",): [(1, 2)]}
    assert reader.shape({3}, found, words, [0] * 4, [0] * 4, frozenset(), set()) == Shape("animal", "report")
    # A time now in the sign's clause is a report whatever else it holds.
    assert reader.shape({3}, found, words, [0] * 4, [0] * 4, frozenset(), {0}) == REPORT
    # A person between the mark and the sign: a report.
    words = "leaflet says i am bleeding".split()
    found = {("leaflet",): [(0, 1)], ("i",): [(2, 3)]}
    assert reader.shape({4}, found, words, [0] * 5, [0] * 5, frozenset(), set()).is_report
    assert MessageShape({}).shape({0}, {}, ["x"], [0], [0], frozenset(), set()) == REPORT
