"""Round 33 (the lead): readings fixed from the engineers' reports.

A fear word that ends its clause is a feeling about what is told, not a fear of what may come: "we are worried because
he can't breathe" was read as a worry about the future and scored routine (found by the hostory31 engineer). A fear
word followed by what is feared ("worried I might get a clot") still supposes it. Also bone "showing" on an x-ray
(clinicstory31) and sight gone in one eye (triage31).
"""

import pytest

from chatbot.bot import Bot


@pytest.fixture(scope="module")
def triage():
    return Bot.load().triage


@pytest.mark.parametrize(
    "text",
    [
        "we are worried because he cant breathe",
        "im worried because she can't breathe",
        "he cant breathe and im worried",
        "we're so scared cos my mum's lips have gone blue",
        "I am frightened because my chest is crushing and my left arm is numb",
    ],
)
def test_a_feeling_about_an_emergency_told_now_escalates(triage, text):
    assert triage.assess(text).tier == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "im worried i might get a clot after my op",
        "im scared of getting a clot on the flight",
        "I am worried about chest pain after surgery, is that common?",
        "worried because my dad had a heart attack last year, is HO hereditary?",
        "I'm worried. Can HO cause breathing problems?",
    ],
)
def test_a_fear_of_what_may_come_raises_no_alarm(triage, text):
    assert triage.assess(text).tier == "routine"


@pytest.mark.parametrize(
    "text, tier",
    [
        # Bone "showing" on an x-ray, or extra bone that grew, is what a picture shows (found by clinicstory31).
        ("extra bone showing on the x ray after the fracture of my elbow", "routine"),
        ("the x ray showed the fracture of my wrist, is bone showing on the x ray normal?", "routine"),
        # A bone through the skin after a break still calls for an ambulance.
        ("bone showing after the fracture of my elbow", "emergency"),
        ("he fell off his bike and broke his arm, the bone is showing", "emergency"),
    ],
)
def test_bone_showing_on_an_x_ray_is_no_bone_through_the_skin(triage, text, tier):
    assert triage.assess(text).tier == tier


@pytest.mark.parametrize(
    "text, tier",
    [
        # The sight of one eye told as gone now, with no word of onset (found by triage31: it was routine).
        ("my vision has gone in one eye", "emergency"),
        ("my sight has gone in my right eye since lunch", "emergency"),
        # "has gone" of a slow change, an old loss, a general question: no alarm.
        ("my vision has gone a bit worse with age", "routine"),
        ("he lost the sight in one eye years ago", "routine"),
        ("can you lose the sight in one eye with HO?", "routine"),
    ],
)
def test_sight_gone_in_one_eye_now_is_an_emergency(triage, text, tier):
    assert triage.assess(text).tier == tier


@pytest.mark.parametrize(
    "text, tier",
    [
        # Missed emergencies of triage-dev28 as classes: a plan to cut deep with "myself" untold; the angina spray
        # used again and the pain still there, told by its feel only; a fit told in other words, the first ever.
        ("got the blade out, gonna cut deep this time", "emergency"),
        ("i cut deep into the onion with a sharp knife", "routine"),
        ("had two puffs of my gtn spray 15 mins ago and its still squeezing", "emergency"),
        ("my gtn spray works in a couple of minutes, is that normal?", "routine"),
        ("my son just jerked all over on the sofa for a minute, he's never had a fit before", "emergency"),
        ("my son shook all over with a fever last year, first time it happened", "routine"),
    ],
)
def test_missed_emergencies_of_dev28_as_classes(triage, text, tier):
    assert triage.assess(text).tier == tier
