"""Round 15 of the triage table (issue 13), the urgent tier: a same-day red flag that a clinician has already looked
at, read across the sentences of a story (`seen_by_clinician`), and a worse sign told after a reassurance; then
general causes of urgent misses and false urgents (a reading just over the Fahrenheit fever line, a blood thinner
skipped, a clot in an arm by a drip site, a joint that went hot and red, a short nosebleed asked about, a tight calf
explained by walking). Every case here was written for these tests (none is a line of a tuning or held-apart set);
each cause is checked both ways."""

from __future__ import annotations

import pytest

from chatbot.safety.triage_numbers import read_numbers

ALREADY_SEEN = [
    # A clinician examined, scanned, treated or explained the sign, before or after it is told: in care already.
    ("I was treated for a clot in my calf last month, it turns out it was bone. Is that common?", "routine"),
    (
        "my knee was hot and swollen so the GP looked at it yesterday and said it's probably HO. How is it treated?",
        "routine",
    ),
    (
        "Her wound was red and leaking, the nurse saw it this morning and put her on antibiotics. How long before "
        "the HO tablets start?",
        "routine",
    ),
    (
        "my husband's calf is swollen and tight. The doctor did an ultrasound on Tuesday and ruled out a DVT. Could it "
        "be HO?",
        "routine",
    ),
    ("The consultant checked my hot swollen thigh and thinks it's early HO. What happens next?", "routine"),
    (
        "Mum's temperature was 38.3 after her hip op and the ward doctors checked her over and found no infection. Is "
        "fever part of HO?",
        "routine",
    ),
    (
        "the surgeon examined my swollen leg at clinic and said it's normal swelling after a hip replacement, how long "
        "does it last",
        "routine",
    ),
    # The same sign going on after the look ("still") is the sign that was looked at.
    (
        "the vascular team scanned my sore calf on friday and said no clot. still a bit tender. could it be HO?",
        "routine",
    ),
]

SEEN_BUT_NEW_OR_NOT_SEEN = [
    # Something new or worse told after the look is a new call.
    ("they said it was fine but now it is hot and red and I have a fever", "urgent"),
    ("The GP said it was a pulled muscle on Monday. Today my calf is much more swollen and hot.", "urgent"),
    ("the doctor checked my wound on Friday and said it was healing, but since yesterday it's leaking pus", "urgent"),
    ("the GP saw me last week for my hip, and now my wound is red and oozing after the op", "urgent"),
    ("I was diagnosed with HO last year and my calf is swollen and hot", "urgent"),
    ("My calf is swollen and hot today. The GP checked my hip last year and said it was HO.", "urgent"),
    # A look not yet had, denied, asked about, or one that sent them on, settles nothing.
    ("my calf is swollen and hot and I haven't seen a doctor yet", "urgent"),
    ("my calf is swollen and hot, has a doctor got to check it?", "urgent"),
    ("my calf is swollen and hot and my GP thinks I should go to A&E", "urgent"),
    ("We're seeing the doctor on Monday but his calf is red, hot and swollen after his knee op", "urgent"),
    ("my calf is red and swollen after the op, going to see the doctor tomorrow", "urgent"),
    ("the nurse said to ring if my calf got swollen, and it is swollen and hot now", "urgent"),
    # A physio does not rule out a clot: "said that's normal" from one is no look.
    ("my calf is swollen and warm since the op, the physio said that's normal", "urgent"),
    # "turned out" alone is no look: a foot turned out is a sign of a dislocated hip.
    ("heard a clunk in my new hip, now the leg is shorter and the foot is turned out", "urgent"),
    # An emergency is never lowered by a look.
    ("the GP said it was a chest infection yesterday but now I have crushing chest pain", "emergency"),
]

WORSE_AFTER_A_REASSURANCE = [
    # A word that it was fine does not reach past a later clause that it got worse.
    ("The GP said it was fine but it's got worse, my calf is red hot and swollen", "urgent"),
    ("the nurse said it was normal on Monday but now the wound is red and leaking", "urgent"),
    # ... nor past a later clause told against it in the present, of a sign ("thought it was X but it's ...").
    ("the doctor said it was a sprain but it's swollen and red and hot, a week after my knee op", "urgent"),
    ("my wound leaked for a day, the nurse said it was fine but I'm worried", "routine"),
    # ... but a worse asked about is no report.
    ("had a fall six weeks after my op, the x-ray was fine, does a fall make HO worse?", "routine"),
]

OTHER_CAUSES = [
    # A Fahrenheit reading just over the fever line (38 °C, 100.4 °F).
    ("100.7 fahrenheit this evening, knee surgery on thursday", "urgent"),
    ("temp 100.2F after my hip op, is that a fever?", "routine"),
    # Skipping a blood thinner for days.
    ("we think mum has been skipping her apixaban all week", "urgent"),
    ("is it dangerous to skip apixaban?", "routine"),
    # A clot in an arm, by the site of a drip or a line (NHS, DVT).
    ("his arm is puffy and aching where the cannula was after his op", "urgent"),
    ("my arm was sore where the drip was years ago, could that be HO?", "routine"),
    ("can a drip in your arm cause HO", "routine"),
    # A joint that went hot and red, or hurts too much to move.
    ("my knee went hot and red this afternoon and I can hardly bend it", "urgent"),
    ("can HO make a joint go hot and red?", "routine"),
    # A short nosebleed on a blood thinner, over, asked about.
    ("on rivaroxaban, had a nosebleed that lasted 3 minutes and stopped, anything I need to do?", "routine"),
    ("on rivaroxaban, had a nosebleed for 25 minutes, anything I need to do?", "urgent"),
    # A calf tight from exertion is explained, not a clot.
    ("calves tight from all the running at the weekend, can exercise bring on HO?", "routine"),
    ("my calf is tight and swollen since this morning, two weeks after my knee op", "urgent"),
    # A fading bruise on a blood thinner, asked what to look out for.
    ("my bruise from the op is nearly gone, just yellow now, on apixaban. anything to look out for?", "routine"),
    ("big new bruises all over my legs on apixaban, anything to look out for?", "urgent"),
    # A sign told with a frame at a day just gone and said to be over in its sentence.
    ("I had a sore calf last night after the walk, gone now, is that a clot?", "routine"),
    ("I had a fever of 38.6 last night and I still feel hot and shivery, 4 days after my op", "urgent"),
    # Hearing lost suddenly, or an ear leaking with a high temperature (NHS, hearing loss; earache).
    ("woke up today and I can't hear anything in my left ear", "urgent"),
    ("his ear is leaking yellow gunk and he has a temp of 38.7", "urgent"),
    ("can HO cause hearing loss?", "routine"),
    ("I lost the hearing in one ear as a child, can that affect HO?", "routine"),
    # A fever, a sore throat or mouth ulcers on a medicine that lowers the defences against infection, and methotrexate
    # taken every day instead of once a week (NHS, methotrexate; biologic medicines).
    ("on methotrexate and I've had a sore throat and a temp of 38.2 since last night", "urgent"),
    ("I'm on adalimumab and feel feverish and shivery today", "urgent"),
    ("I've been taking my methotrexate daily instead of weekly for 4 days", "urgent"),
    ("can methotrexate stop HO coming back?", "routine"),
    ("what should I do if I get a sore throat on methotrexate?", "routine"),
    # Watching for something names no eye.
    (
        "the physio said to keep an eye on my knee, it has been swollen for weeks since the accident. what are "
        "the first signs of HO?",
        "routine",
    ),
]


@pytest.mark.parametrize(
    ("text", "tier"),
    [*ALREADY_SEEN, *SEEN_BUT_NEW_OR_NOT_SEEN, *WORSE_AFTER_A_REASSURANCE, *OTHER_CAUSES],
)
def test_round15_urgent_tier(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


def test_a_sign_already_looked_at_keeps_its_safety_line(bot):
    # Answered, not silenced: the rule is still named, so the reply carries its one safety line.
    assessment = bot.triage.assess("had the scan for my swollen calf on monday and it was all clear, could it be HO?")
    assert assessment.tier == "routine"
    assert assessment.rule == "blood-clot-in-leg" and assessment.informational


@pytest.mark.parametrize(
    ("text", "reading"),
    [("100.4F", "101f"), ("100.9 fahrenheit", "101f fahrenheit"), ("100.3F", "100f"), ("101.3F", "101f")],
)
def test_fahrenheit_over_the_fever_line_reads_as_the_first_fever_degree(text, reading):
    assert read_numbers(text) == reading
