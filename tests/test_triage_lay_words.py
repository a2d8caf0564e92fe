"""Triage of red flags in lay words written for round 5 (from the NHS pages the table names), and the look-alikes
that must stay routine."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # Stroke (FAST): an arm that will not lift or grip, words that will not come, half a face that will not move.
        ("suddenly I can't lift my right arm", "emergency"),
        ("grandad keeps losing his words and his right hand won't grip", "emergency"),
        ("woke up and half my face won't move", "emergency"),
        ("she keeps dropping things and her speech is slurry", "emergency"),
        # Too breathless to speak in sentences.
        ("she can only get a couple of words out between breaths", "emergency"),
        ("he can't finish a sentence without stopping", "emergency"),
        # More of a medicine than one should, the medicine named in between.
        ("I took way more of my tramadol than I should have", "emergency"),
        # Self-harm named as such, or on purpose.
        ("I've self harmed and it's deep", "emergency"),
        ("I cut my arm on purpose last night", "emergency"),
        # An amount told after the blood.
        ("dark red blood coming out of my bottom, loads of it", "emergency"),
        # Pain after an operation said to be more than before, against a past time.
        ("my hip replacement hurts much more than it did last week", "urgent"),
        # A lump that grew over a stretch of time up to now.
        ("there's a lump on my arm that's got bigger in the last month", "urgent"),
    ],
)
def test_red_flags_in_lay_words(bot, text, tier):
    assert bot.triage.assess(text).tier == tier, bot.triage.assess(text)


@pytest.mark.parametrize(
    "text",
    [
        "the heat in here is suffocating",
        "I need much more information about the surgery, it hurts to think about",
        "I took more than I should of my painkillers in 2015",
        "I used to self harm as a teenager, does it matter for HO?",
        "is self harm common in people with HO?",
        "my dad had a lump removed in the last year, could HO come back like that?",
        "can't find the words to thank the nurses",
        "does HO hurt more than a hip replacement?",
        "I lost my grip on the kettle yesterday and burnt my hand",
    ],
)
def test_look_alikes_stay_routine(bot, text):
    assert bot.triage.assess(text).tier == "routine", bot.triage.assess(text)


@pytest.mark.parametrize(
    "text",
    [
        # A story dated long ago goes on in the past tense, across "and" and into the next sentence.
        "I was knocked off my scooter back in 2017 and lost loads of blood. Now my knee is stiff, is that HO?",
        "My uncle crashed his car in 2012. Broke both legs, was knocked out for a day. Can that cause HO?",
        "years ago I fell down the stairs and hit my head and passed out, could that be why I have HO?",
        # "can I get ... from HO?" asks about a risk.
        "can i get stroke from HO?",
        "can I get a blood clot from HO?",
    ],
)
def test_old_stories_and_risk_questions_stay_routine(bot, text):
    assert bot.triage.assess(text).tier == "routine", bot.triage.assess(text)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # A present clause ends the old story; a recent date does not carry at all.
        ("I had a stroke in 2015 and now my face is drooping", "emergency"),
        ("I had my op last week and developed a fever", "urgent"),
        ("back in 2019 I had my hip done. Now my calf is swollen and red", "urgent"),
        ("can I get help, my chest hurts", "emergency"),
    ],
)
def test_a_story_of_now_after_an_old_one_still_escalates(bot, text, tier):
    assert bot.triage.assess(text).tier == tier, bot.triage.assess(text)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # A means at hand with a goodbye or a sense of being finished.
        ("my brother is on the roof and keeps saying goodbye", "emergency"),
        ("she has a bottle of pills and says she's had enough", "emergency"),
        # Thoughts told with no plan to act on them: help today, with the crisis lines.
        ("I keep thinking I'd be better off dead but I have no plans to do anything", "urgent"),
        ("I've been in a really dark place since my injury", "urgent"),
        ("my mum says she's a burden to everyone since her stroke", "urgent"),
        # Anaphylaxis told by the voice or swallowing; a cut that spurts; a child grunting with each breath.
        ("after the peanut butter his voice has gone hoarse and he can't swallow", "emergency"),
        ("sliced my thumb on a glass and it's spurting", "emergency"),
        ("my little boy is grunting with every breath", "emergency"),
        # A context said to be absent is no context: without a spinal cord injury, no dysreflexia.
        ("my son is tetraplegic, his bp is sky high and his head is pounding", "emergency"),
        # A past time after "from" tells where a thing came from, not when the sign was.
        ("the wound from 2 weeks ago is hot and there's a red streak going up my leg", "urgent"),
    ],
)
def test_crisis_allergy_bleeding_and_breathing_in_more_words(bot, text, tier):
    assessment = bot.triage.assess(text)
    assert assessment.tier == tier, assessment
    if "burden" in text or "dark place" in text or "no plans" in text:
        assert "crisis line" in bot.triage.reply_text(assessment), "an urgent crisis reply still gives the crisis lines"


@pytest.mark.parametrize(
    "text",
    [
        "I'm hopeless at cooking",
        "I've got a rope for the garden swing, is that ok after HO surgery?",
        "I'm not on warfarin but I hit my head",
        "I don't have a spinal injury, can a bad headache be HO?",
        "the financial burden of the surgery worries me",
    ],
)
def test_look_alikes_of_crisis_and_context_words_stay_routine(bot, text):
    assert bot.triage.assess(text).tier == "routine", bot.triage.assess(text)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # Typed without punctuation: a new subject, "now" or a question starts a part of its own.
        ("my dads calf is swollen and hot he had his knee done last month", "urgent"),
        ("sudden severe pain in the hip that was replaced 6 weeks ago i cant walk on it", "urgent"),
        ("the lump on my arm is getting bigger and harder what is it", "urgent"),
        ("i am really worried my husband is wheezing and can barely speak", "emergency"),
        ("while i was brushing my teeth i suddenly couldnt get my breath my chest hurts", "emergency"),
        # ... and an old story stays old.
        ("i was suicidal a few years ago after my accident now doing fine", "routine"),
        ("dad had a fit after his head injury years ago hes been fine for ages now his elbow wont bend", "routine"),
        ("back in january i hit my head while on warfarin and got checked at a and e the scan was clear", "routine"),
    ],
)
def test_messages_typed_without_punctuation(bot, text, tier):
    assert bot.triage.assess(text).tier == tier, bot.triage.assess(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi, quick question about HO. one leg has swelled up suddenly Anyway, how long does HO take to form?",
        "question about HO. my calf is agony after my hip op btw how long does HO take to form?",
    ],
)
def test_a_word_that_turns_to_another_subject_starts_a_new_sentence(bot, text):
    assert bot.triage.assess(text).tier == "urgent", bot.triage.assess(text)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # A long word two slips from a long sign word, or a plural with a slip in it.
        ("she's ucnoncious", "emergency"),
        ("took 30 paracetaamols", "emergency"),
        ("i have a fever after my hip surggury", "urgent"),
    ],
)
def test_long_words_two_slips_away_are_read_as_the_sign_word(bot, text, tier):
    assert bot.triage.assess(text).tier == tier, bot.triage.assess(text)


def test_a_real_word_or_a_short_one_is_never_read_two_slips_away(bot):
    spelling = bot.triage._spelling
    assert spelling.correct("physiotherapy") == "physiotherapy"  # English: never changed
    assert spelling.correct("atck") == "atck"  # too short for two slips


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # Cauda equina in lay words: the saddle area named otherwise, leaking without knowing, with a bad back.
        ("sore back and now I can't feel my private parts properly", "emergency"),
        ("backache and I keep leaking wee without knowing", "emergency"),
        # A baby who will not feed and is sleepy; very sleepy with a temperature.
        ("baby won't feed and is really sleepy and hot", "emergency"),
        ("my toddler is very drowsy and burning up", "emergency"),
        # Saying one feels like taking all one's tablets.
        ("I feel like taking all my tablets tonight", "emergency"),
        # Welts after an antibiotic with breathing fine: same day, not 999.
        ("my face has come up in big itchy welts after the antibiotic, but breathing is ok", "urgent"),
    ],
)
def test_more_signs_in_lay_words(bot, text, tier):
    assert bot.triage.assess(text).tier == tier, bot.triage.assess(text)


@pytest.mark.parametrize(
    "text",
    [
        "my legs ache after football on Sundays",
        "my baby had her jabs today and is a bit grizzly",
        "is it normal to leak a bit of wee when I sneeze after having a baby?",
    ],
)
def test_look_alikes_of_these_stay_routine(bot, text):
    assert bot.triage.assess(text).tier == "routine", bot.triage.assess(text)


def test_a_knock_that_names_the_head_with_a_warning_sign(bot):
    assert bot.triage.assess("my daughter headbutted the table and has been sick twice since").tier == "emergency"
    assert bot.triage.assess("what are the signs of concussion, like being sick?").tier == "routine"


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # A denied word next to the sign leaves its other words to be read.
        ("no swelling in my calf but it's really red and hot since my op", "urgent"),
        ("my wound isn't leaking but the skin around it is red and hot, had surgery last week", "urgent"),
        # Bleeding that went on and on while on a blood thinner, though it has stopped.
        ("not bleeding anymore but I'm on warfarin and the cut bled for over an hour", "urgent"),
    ],
)
def test_the_words_of_a_sign_beside_a_denied_one(bot, text, tier):
    assert bot.triage.assess(text).tier == tier, bot.triage.assess(text)


@pytest.mark.parametrize(
    "text",
    [
        # A negation runs along a list across its commas when the list ends in "or".
        "my calf isn't hot, red or swollen, it just feels tired",
        # A friend's story, and asking how one would tell a sign.
        "my friend said her leg went numb after her hip op, is that common?",
        "how would I know if my hip had dislocated?",
    ],
)
def test_denied_lists_friends_stories_and_how_would_i_know(bot, text):
    assert bot.triage.assess(text).tier == "routine", bot.triage.assess(text)


def test_a_face_that_blew_up_after_an_allergen(bot):
    text = "my son's whole face and lips blew up after eating a cashew and he's coughing"
    assert bot.triage.assess(text).tier == "emergency"
    assert bot.triage.assess("my lip blew up after the dentist, no trouble breathing").tier == "urgent"
