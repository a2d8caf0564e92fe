"""Round 6 of the triage table: time frames that make a sign current, a sign that came and went today, and
same-day rules from the NHS pages (a hot red joint, pain that painkillers do not ease, a water infection with a
fever, a headache with a fever). Every phrasing here was written for these tests; each behaviour is checked both
ways, so a rule that fires on everything fails as surely as one that never fires."""

from __future__ import annotations

import pytest

# A date after one's own operation, or a span of the last few days, makes the sign now (time_frame: recent),
# even inside "is it normal ...?", and a date of the operation is not the sign's date ("surgery last week").
RECENT = [
    "is it usual for my calf to feel hot and tight ten days after my knee replacement?",
    "the wound is weeping and red, surgery last week",
    "my hip replacement was a week ago and my calf is sore and puffy",
    "is it normal that my scar is oozing 6 days post op?",
    "my new knee has gone hot and puffy over the last few days",
]
# A past date or a word that it is over still makes it a mention.
RECENT_BUT_PAST = [
    "my leg swelled up 10 days after my op in 2017, could that have been HO?",
    "the skin by my stitches went hot and puffy a week after my op in 2015 but it settled",
]


@pytest.mark.parametrize("text", RECENT)
def test_a_date_after_ones_own_operation_makes_a_sign_current(bot, text):
    assert bot.triage.assess(text).tier == "urgent"


@pytest.mark.parametrize("text", RECENT_BUT_PAST)
def test_a_date_after_an_operation_long_ago_stays_a_mention(bot, text):
    assert bot.triage.assess(text).tier == "routine"


def test_now_at_the_end_of_a_sentence_belongs_to_it(bot):
    # "now" ends the clause it closes; it does not start a new, empty one ("for three days now").
    assert bot.triage.assess("the scar has been leaking for three days now, is that ok?").tier == "urgent"


def test_a_part_that_has_gone_a_colour_is_a_change_now_even_beside_gone(bot):
    # "now it's gone" alone says a sign went away; "now it's gone dark" says it changed.
    assert bot.triage.assess("the pile came down and now its gone purple and it wont go back").tier == "urgent"
    assert bot.triage.assess("the skin by my stitches has gone hot and puffy").tier == "urgent"


# A sign over and done with today (if_resolved): NHS chest pain that went away quickly, a mini stroke that
# passed, a settled dysreflexia episode: urgent, never routine; with a word that it is back, still the emergency.
@pytest.mark.parametrize(
    "text",
    [
        "had a tight chest for a few minutes yesterday, it went away on its own",
        "my chest felt tight for a few minutes but it eased off",
        "my arm and leg on the right went numb for ten minutes yesterday but it's passed",
        "woke with the left arm and leg all pins and needles, it has gone away now",
    ],
)
def test_a_red_flag_that_came_and_went_today_is_urgent(bot, text):
    assert bot.triage.assess(text).tier == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "chest pain earlier that went away but now it's back and crushing",
        "he had chest pain an hour ago, it went away with his spray, then came back",
        "my face drooped this morning and it settled but my speech is still slurred",
        "crushing chest pain right now",
    ],
)
def test_a_red_flag_that_is_back_or_still_there_stays_an_emergency(bot, text):
    assert bot.triage.assess(text).tier == "emergency"


def test_a_red_flag_over_long_ago_stays_a_mention(bot):
    assert bot.triage.assess("I had a mini stroke in 2019 that passed quickly, am I at risk of HO?").tier == "routine"
    assert bot.triage.assess("my chest pain went away years ago, can HO affect the heart?").tier == "routine"


# Same-day rules from the NHS pages.
SAME_DAY = [
    "my ankle is red, hot and swollen since yesterday",
    "the pain in my hip is unbearable and the painkillers aren't doing anything",
    "my back is agony and nothing helps, I can't sleep",
    "it stings when I wee and I'm shivery with a temperature",
    "I've got a pounding headache and a temperature of 38.6",
    "pain after my banding is getting worse and I have a fever",
]
SAME_DAY_LOOK_ALIKES = [
    "my knee was warm and swollen after physio, is that normal?",
    "are there stronger painkillers if the normal ones don't work?",
    "my eczema is bad and nothing works, is there an injection?",
    "can a water infection cause a fever?",
    "can a migraine give you a temperature?",
]


@pytest.mark.parametrize("text", SAME_DAY)
def test_same_day_signs_from_the_nhs_pages_are_urgent(bot, text):
    assert bot.triage.assess(text).tier == "urgent"


@pytest.mark.parametrize("text", SAME_DAY_LOOK_ALIKES)
def test_their_look_alikes_are_answered(bot, text):
    assert bot.triage.assess(text).tier == "routine"


def test_a_gout_flare_told_as_gout_is_not_read_as_a_hot_joint(bot):
    assert bot.triage.assess("my gouty big toe is red hot and swollen again").rule != "hot-red-joint"


def test_if_resolved_must_be_a_tier_above_routine(tmp_path):
    from chatbot.errors import BankError
    from chatbot.safety.triage import _general_document, rules_from_document

    document = _general_document()
    broken = dict(document, rules=[dict(document["rules"][0], if_resolved="routine"), *document["rules"][1:]])
    with pytest.raises(BankError, match="if_resolved"):
        rules_from_document(broken)


# More same-day signs from the NHS pages, told in lay words.
MORE_SAME_DAY = [
    # a slow bleed weeks after a head injury (NHS head injury; subdural haematoma)
    "my son banged his head playing football last month and since then he keeps getting headaches and throwing up",
    # a foot cooler than the other since the operation (circulation)
    "since my knee op one foot is colder than the other one",
    # blood thinner injections lost or spoilt
    "I left my clot injections at my sister's and I'm due one tonight",
    "the hospital sent me home with tummy injections and I've lost the box",
    # back pain after an accident that keeps getting worse
    "came off my bike on sunday and my back pain is getting worse every day",
    # new headaches with cancer; a first aura late in life
    "I'm on chemo and I've started getting headaches that I never used to get",
    "flashing zigzag lights in one eye for the first time ever, I'm 61",
    # a bad headache on a blood thinner that will not go
    "I take apixaban and I've had a headache for 3 days that won't shift",
    # bleeding with a change in the bowels
    "blood every time I go and my bowel habits have changed, going much more often",
    # a wound that smells, in slang
    "my op wound pongs and there's greenish gunk on the dressing",
]
MORE_LOOK_ALIKES = [
    "I had a head injury years ago and get headaches sometimes, is that HO?",
    "my ankles swell a little by the end of the day since the op, the physio said that's normal",
    "I get out of breath climbing stairs, I always have, is that HO?",
    "what happens if I forget one of my tummy injections?",
    "can piles change your bowel habits?",
]


@pytest.mark.parametrize("text", MORE_SAME_DAY)
def test_more_same_day_signs_are_urgent(bot, text):
    assert bot.triage.assess(text).tier == "urgent"


@pytest.mark.parametrize("text", MORE_LOOK_ALIKES)
def test_their_look_alikes_are_not_escalated(bot, text):
    assert bot.triage.assess(text).tier == "routine"


def test_a_calf_is_never_a_small_expected_swelling(bot):
    # "a little" and "the physio said that's normal" lower an ankle swelling, never a calf (a clot's sign).
    assert bot.triage.assess("my calf is a little swollen since the op, the physio said that's normal").tier == "urgent"


def test_not_able_to_swallow_ones_own_spit_is_an_emergency(bot):
    assert bot.triage.assess("his throat is closing up, he can't swallow his own spit").tier == "emergency"
    assert bot.triage.assess("struggling to swallow her saliva and drooling").tier == "emergency"


# Messages typed without commas or full stops, and stories that turn to another subject.
def test_a_question_after_a_turn_to_another_subject_asks_nothing_about_the_sign(bot):
    # "a little" with "how long does ...?" asked about HO after "anyway" is no question whether the sign is normal.
    text = "Quick one. My wound is seeping through the dressing a little Anyway, how long does HO take to form?"
    assert bot.triage.assess(text).tier == "urgent"
    assert bot.triage.assess("my wound is seeping a little, is that normal?").tier == "routine"


def test_a_date_of_ones_own_operation_is_not_the_signs_date(bot):
    assert bot.triage.assess("back of my calf is swollen and sore had surgery 3 weeks ago").tier == "urgent"
    assert bot.triage.assess("I'm 5 weeks post op from HO excision and my elbow scar is leaking pus").tier == "urgent"


def test_a_simile_in_the_past_tense_is_no_past(bot):
    text = "sudden headache like an explosion felt like i was hit with a bat never had one like it"
    assert bot.triage.assess(text).tier == "emergency"


def test_a_minute_ago_is_now(bot):
    assert bot.triage.assess("worst headache of my life started a minute ago").tier == "emergency"


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # the person feels fine: the sign is still there
        ("swallowed 3 extra tramadol by mistake feel fine", "urgent"),
        ("my 7 week old has a temp of 38.3 feeding ok", "urgent"),
        # the sign itself is said to be fine, right after it or after one linking word
        ("had my hip done, my calf feels fine, just wondering about HO", "routine"),
        ("breathing fine, wound fine, when can I drive?", "routine"),
    ],
)
def test_a_denial_after_a_sign_reaches_it_only_over_a_linking_word(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


def test_a_supposition_is_never_now_whatever_state_it_names(bot):
    assert bot.triage.assess("what if my calf is swollen?").tier == "routine"
    assert bot.triage.assess("suppose my wound is leaking, who do I call?").tier == "routine"
    # a condition with a state now still is: "is it a DVT if my calf is sore?"
    assert bot.triage.assess("is it a DVT if my calf is sore right now?").tier == "urgent"


def test_what_one_was_told_to_ring_about_is_a_list_to_watch_for(bot):
    assert bot.triage.assess("the nurse told me to ring if my scar leaks, how much is too much?").tier == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "slipped on the stairs this morning and my wrist is swollen and bent",
        "she's paraplegic and the sore on her heel has gone black",
        "his leg bag hasn't filled all day, he has a spinal injury",
    ],
)
def test_same_day_signs_after_a_fall_or_a_spinal_cord_injury(bot, text):
    assert bot.triage.assess(text).tier == "urgent"


def test_a_state_said_right_after_the_owner_is_now_even_in_a_question(bot):
    # "could my swollen calf be a clot?" tells of a calf that is swollen; "could my calf swell?" asks what may come.
    assert bot.triage.assess("could my puffy calf be a clot? my knee op was 12 days ago").tier == "urgent"
    assert bot.triage.assess("could my calf swell after the operation?").tier == "routine"
    assert bot.triage.assess("could my stiff knee be HO?").tier == "routine"


def test_a_leg_doubled_in_size_is_a_clot_sign(bot):
    assert bot.triage.assess("dunno if it matters but his leg has doubled in size since the op").tier == "urgent"


def test_a_temperature_in_pregnancy_or_with_a_spinal_cord_injury_is_urgent(bot):
    assert bot.triage.assess("I'm 20 weeks pregnant and I've got a temperature of 38.3").tier == "urgent"
    assert bot.triage.assess("he's paraplegic and has a temperature tonight").tier == "urgent"
    assert bot.triage.assess("can a fever in pregnancy harm the baby?").tier == "routine"
