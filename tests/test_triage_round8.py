"""Round 8 of the triage table: families of lay words and story shapes that the table missed on sets written by
someone else (a plural known only inside a phrase, sudden confusion in lay words, a face "falling" with another
FAST sign, a leg "come up big", a click and a hip "not sitting right", a story told over three sentences), new
rules from the NHS pages (a bone through the skin, serious burns, infected eczema and cellulitis), and the tier
line for dark poo on a blood thinner told with feeling well. Every phrasing here was written for these tests;
each behaviour is checked both ways."""

from __future__ import annotations

import pytest

CASES = [
    # A plural that the table knows only inside a longer phrase is still its singular.
    ("my poos are black and sticky", "urgent"),
    ("his poos have turned black since Sunday", "urgent"),
    # Sudden confusion told in lay words (NHS: sudden confusion); a muddle with no "sudden" stays as it was.
    ("grandad all of a sudden doesnt know where he is", "emergency"),
    ("my wife is suddenly talking gibberish at the table", "emergency"),
    # A face falling with another FAST sign; a face that "fell" at news is a figure of speech.
    ("his face is falling on the left side and his words are wrong", "emergency"),
    ("her face fell when the surgeon said she needed another operation", "routine"),
    # A leg that came up big and warm (a clot), and a hip that clicked and is not sitting right (same day).
    ("my calf has come up big and hot since yesterday", "urgent"),
    ("the new hip clunked when I turned over and now it's not sitting right", "urgent"),
    # A story over three sentences with no question between: the knock, the blood thinner, the vomiting.
    (
        "Slipped in the garden and hit my head on the step. I take warfarin. Since then I have been sick three times.",
        "emergency",
    ),
    # A bone through the skin is 999; a bone that "sticks out" as HO is no injury.
    ("my daughter fell off the trampoline and there's bone sticking out of her arm", "emergency"),
    ("the bone under the skin of my thigh feels like it is sticking out, is that HO?", "routine"),
    # Serious burns go to A&E; a small blister on a finger is looked after at home.
    ("his sleeve caught fire on the hob and the skin is burnt", "emergency"),
    ("I scalded my hand with the kettle, small blister, what cream do I use?", "routine"),
    ("spilt acid on my arm at work and it's burnt", "emergency"),
    # Infected eczema, eczema herpeticum and cellulitis are same day; weeping eczema asked about alone is not.
    ("my eczema is crusty and oozing yellow and I feel unwell and shivery", "urgent"),
    ("sores on his eczema look punched out since he had a cold sore", "urgent"),
    ("my toe is swollen, red and throbbing where I cut it", "urgent"),
    ("why does eczema sometimes weep?", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), CASES)
def test_round8_families_of_words_and_rules(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# Dark or black poo on a blood thinner: 999 without a word that the person is well, same day with one.
@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("I'm on apixaban and my poo is black", "emergency"),
        ("on apixaban, poo black since this morning and I feel dizzy", "emergency"),
        ("I'm on apixaban and my poo is black, I feel fine otherwise", "urgent"),
        ("black poo on rivaroxaban, not dizzy at all", "urgent"),
    ],
)
def test_black_poo_on_a_blood_thinner_with_feeling_well_is_same_day(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


def test_a_question_between_sentences_still_breaks_a_story(bot):
    # Parts of a sign never join across a question: "Is it HO?" stands between the knock and the sickness.
    text = "I knocked my head on the cupboard years ago. Is that a cause of HO? Being sick is what worries me."
    assert bot.triage.assess(text).tier == "routine"


@pytest.mark.parametrize(
    "text",
    [
        # A longer statement that names the condition and asks nothing is a report told in short.
        "swallowed a prawn by accident, throat closing, have HO and a shellfish allergy",
        "HO in both hips plus a new swollen painful calf since this morning",
    ],
)
def test_a_long_statement_naming_the_condition_is_a_report(bot, text):
    assert bot.triage.assess(text).tier != "routine"


@pytest.mark.parametrize("text", ["HO chest pain", "blood clot rates in HO patients", "can HO make my calf swell?"])
def test_a_short_search_or_a_question_naming_the_condition_stays_general(bot, text):
    assert bot.triage.assess(text).tier == "routine"


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # "n" in text speak is "and"; the short names people with a spinal cord injury use are the context.
        ("quad for years, face flushed n sweaty n my head is banging", "emergency"),
        ("shes a para, pounding head and goosebumps right now", "emergency"),
        # "para" alone is paracetamol: no spinal cord injury, no dysreflexia.
        ("took 2 para for a thumping head after a long day, face a bit flushed from the sun", "routine"),
    ],
)
def test_text_speak_and_short_names_for_a_spinal_cord_injury(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # Fluids or tablets that will not stay down for a day, or after an operation (NHS: same day).
        ("can't keep any water down since last night, been throwing up", "urgent"),
        ("threw up once after a dodgy curry, couldn't keep anything down for an hour, fine now", "routine"),
        # A fall or twist on an operated joint that brings the swelling back; a knee locked that won't straighten.
        ("tripped on the step and landed on my new knee, it's swollen again and really hurts", "urgent"),
        ("my knee is locked and I can't straighten it after I twisted it at football", "urgent"),
        # A numb patch of skin by the scar is expected; a numb foot told beside it is not.
        ("there's a numb patch next to my scar 3 months after my knee replacement", "routine"),
        ("numb skin by the scar and now my whole foot is numb since the op", "urgent"),
        # A warm knee that is less each week is settling.
        ("the new knee is a bit warm after walking but less every week, 6 weeks post op", "routine"),
    ],
)
def test_fluids_operated_joints_and_scar_numbness(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # Feeling faint only on standing is same day; a faint that does not wake, or with chest pain, is 999.
        ("i go faint every time i stand up since starting rivaroxaban", "urgent"),
        ("she fainted when she stood up and isn't responding", "emergency"),
        ("feel faint when I get up and there's a pain in my chest", "emergency"),
        # "prob" is "problem": the denial of breathlessness still reaches it.
        ("calf swollen and hot since the op 5 days ago, no probs breathing", "urgent"),
    ],
)
def test_a_lower_tier_said_in_words_and_its_never_words(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # A headache that keeps getting worse after a knock: same day alone, 999 on a blood thinner or with vomiting.
        ("knocked my head on a beam at work and the headache is getting worse and worse", "urgent"),
        ("knocked my head on a beam, on apixaban, headache getting worse by the hour", "emergency"),
        ("knocked my head on a beam, now keep being sick and the headache is getting worse", "emergency"),
        # A child's knock that raises a big lump is same day; a small bump is not.
        ("my 4 year old fell off the sofa and hit his head, there's a huge lump on his forehead", "urgent"),
        ("my daughter bumped her head on the door, tiny red mark, she's playing happily", "routine"),
    ],
)
def test_head_knocks_with_a_worse_headache_or_a_big_swelling(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # A later clause that points back with a long span makes the sign long-standing ...
        ("get tightness in my chest walking uphill, goes when I stop, had it for years", "routine"),
        ("my ankles are puffy by the evening. Been like that for months.", "routine"),
        # ... but a short span, or a "now", keeps it current.
        ("my calf is hot and swollen, been like this for 3 days", "urgent"),
        ("crushing chest pain right now, had it on and off for years", "emergency"),
    ],
)
def test_pointing_back_with_a_long_span(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(
    ("text", "tier", "crisis"),
    [
        # A carer telling in few words that someone does not wake is a collapse, not a crisis.
        ("my dad not wake up properly today and very hot, he is 90", "emergency", False),
        ("I can't wake her, she's breathing but won't respond", "emergency", False),
        # A wish not to wake is a crisis.
        ("some nights I hope I never wake up", "emergency", True),
        ("I'd rather not wake up tomorrow", "emergency", True),
    ],
)
def test_not_waking_told_by_a_carer_or_wished(bot, text, tier, crisis):
    assessment = bot.triage.assess(text)
    assert (assessment.tier, assessment.crisis) == (tier, crisis)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("after my op I cannot pass water since this morning, tummy feels tight", "urgent"),
        # A carer in a second language: the plain verb "say" tells of now; "say the ..." alone still supposes.
        ("my husband is a para, he say his head is banging and he is sweating", "emergency"),
        ("say the wound opened up, what would I see?", "routine"),
    ],
)
def test_can_not_pass_urine_and_a_carers_plain_say(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # Feeling a little sick on an anti-inflammatory is a common side effect; tummy pain or vomiting is same day.
        ("I feel a bit sick after my naproxen, should I eat first?", "routine"),
        ("since starting diclofenac I've had a burning in my stomach", "urgent"),
        # A limb thin and weak after a cast is lost muscle.
        ("after 8 weeks in plaster my arm is thin and weak, is that usual?", "routine"),
    ],
)
def test_common_side_effects_and_lost_muscle(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # A new joint hotter than the other and sore; a little warmer and not sore, asked as normal, is routine.
        ("my new hip is much warmer than the other side and sore at night", "urgent"),
        ("my new knee is a touch warmer than the other but not sore, normal at 3 months?", "routine"),
        # A pressure sore told without its name.
        ("mum's been in bed for weeks and the skin on her heel has gone black", "urgent"),
    ],
)
def test_a_hotter_new_joint_and_an_unnamed_pressure_sore(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # A history of dislocations, dated from after it, is a mention; the hip out again now is same day.
        ("my new hip dislocated three times in the first year, does HO make that likelier?", "routine"),
        ("the hip has dislocated before and tonight it's popped out again", "urgent"),
        ("my knee replacement leg is short and turned out since I slipped", "urgent"),
        ("the eczema came out again on his hands", "routine"),
    ],
)
def test_dislocation_history_and_now(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # An overdose told as it happens, with a whole pack; taking one's tablets as prescribed is no overdose.
        ("my son is taking a whole packet of ibuprofen right now", "emergency"),
        ("I'm taking all my tablets as the doctor said", "routine"),
        # A replacement joint red and hot, with its name mistyped or left out.
        ("the replacement is red and hot 8 days after the op", "urgent"),
    ],
)
def test_an_overdose_as_it_happens_and_a_red_hot_replacement(bot, text, tier):
    assert bot.triage.assess(text).tier == tier
