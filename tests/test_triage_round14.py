"""Round 14 of the triage table (issue 13), the urgent tier: general readings of how a same-day red flag is told
(the operation named by the part that was done, numbness that began on a recent date, an undated moment that
"since then" points back to, a question typed without its mark) and of how a routine question is told (anyone's
child, what a joint can do, a pattern that repeats over months, a reading back to normal). Every case here was
written for these tests (none is a line of a tuning or held-apart set); each cause is checked both ways."""

from __future__ import annotations

import pytest

OPERATION_TOLD_OTHERWISE = [
    # The part that was done, or the metal put in, names an operation, so the same-day signs after one reach it.
    ("had my elbow done on friday and tonight I'm running 38.4", "urgent"),
    ("mum got her ankle done a week ago, she's 38.3 and feels rotten", "urgent"),
    ("since they did my knee the skin over it is hot and red", "urgent"),
    ("my grandson had k wires put in his finger and now the skin round the wires is weeping pus", "urgent"),
    ("the skin round the pin sites on his frame is red and oozing", "urgent"),
    ("I had my shoulder done years ago, can HO give you a temperature?", "routine"),
    ("how long do the wires stay in after a broken wrist?", "routine"),
]

NUMBNESS_NEW_OR_GOING = [
    # Numbness, tingling or weakness begun on a recent date, or feeling lost bit by bit (NHS, numbness: same day).
    ("my fingers have been tingling and going numb since tuesday", "urgent"),
    ("he's been losing the feeling in his toes over the last few days", "urgent"),
    ("my right hand got clumsy and weaker over the past week", "urgent"),
    ("a new numb feeling down my shin that wasn't there before the op", "urgent"),
    ("my fingers have gone numb on and off for years with my carpal tunnel", "routine"),
    ("can HO near the elbow make your fingers go numb?", "routine"),
]

SINCE_AN_UNDATED_MOMENT = [
    # "since then" points back to a moment told by what was being done: now, not long-standing.
    ("my new hip clunked when I was getting out of the car and since then it hurts to weight bear", "urgent"),
    # ... but not to an age, or to a moment after a date long ago.
    ("when I was 19 my knee went pop and since then it hurts to weight bear, I had it replaced in 2020", "routine"),
]

BLOOD_THINNERS = [
    # Text speak for double, and a blood thinner taken less often than prescribed, found out later.
    ("dbl dosed my rivaroxaban this morning by accident", "urgent"),
    ("been taking my edoxaban once a day but the leaflet says it should be twice a day", "urgent"),
    ("my apixaban is twice a day, can I take both at breakfast?", "routine"),
    # A blood thinner stopped early "last week" is still stopped: the rule's own time words date the story.
    ("I came off my clexane last week as I thought I had finished, the nurse said 28 days", "urgent"),
    ("I came off my warfarin years ago as I was told to, then I had my hip done", "routine"),
]

FEVER_AND_FITS = [
    # A fit with a fever now (NHS, febrile seizures; epilepsy): same day; a first fit or a long one is 999.
    ("my wife has epilepsy, she had one of her usual fits an hour ago and now she has a temperature of 38.7", "urgent"),
    ("can a temperature make fits more likely?", "routine"),
]

CAST_CHECKS = [
    # Fingers or toes swollen and changing colour in a cast are same day; warm and pink, they are the good signs.
    ("her fingers are swollen and a bit purple in the plaster", "urgent"),
    ("his toes are a little puffy in the cast but still warm and pink, is that ok?", "routine"),
    # The figure needs the words that check a limb: heat round a wound is still heat.
    ("the skin round my knee wound is pink and warm and wet", "urgent"),
]

JOINT_NOISES_AND_PATTERNS = [
    # Other noises a joint makes as something gives, then it cannot take weight or feels unstable (NHS, hip
    # replacement).
    ("there was a crunch in my new hip as I turned and now it won't take my weight", "urgent"),
    ("my knee jolted on the step and since the op it feels unstable and sore", "urgent"),
    ("my knee went crunch years ago playing rugby, is that why I have HO?", "routine"),
    # A swelling that goes down overnight is a daily pattern, not a sudden swelling.
    ("my feet puff up a little by teatime since my op and it goes down overnight, is that normal?", "routine"),
    ("my calf swelled up overnight and it's hot, had my knee done last week", "urgent"),
    # Measuring a temperature is no fever; the reading is.
    ("how often should I take my temperature after the operation?", "routine"),
    ("I took her temperature and it's 38.8, she had her hip replaced 5 days ago", "urgent"),
    # "fit" alone is health, and an age after "I'm only" is no temperature.
    ("I'm only 39 and really fit, why did I get HO after my op?", "routine"),
]

SECOND_PROBE_CAUSES = [
    # A temperature named just before a number makes it a reading, even after "over" (not an age).
    ("my boy is 4 and his temp has been over 39 since last night", "urgent"),
    ("I'm over 40, am I more at risk of HO after my hip op?", "routine"),
    # "on and off" over a span of today is an episode now, not a long-standing pattern.
    ("been throwing up on and off since this morning, had my knee done on monday, can't keep anything down", "urgent"),
    ("I've had headaches on and off for years, can HO cause them?", "routine"),
    # A joint told as going out and back now; the habit of one is not.
    ("my new knee keeps slipping in and out since I twisted it this afternoon", "urgent"),
    ("my kneecap pops in and out, it has done since I was a teenager, could that lead to HO?", "routine"),
    # No poo for days after an operation, with a bloated or sore tummy (NHS, bowel obstruction).
    ("not been for a poo for four days since the operation and my tummy is swollen and sore", "urgent"),
    ("is it normal to be constipated after an operation?", "routine"),
    # New confusion with passing urine a lot (NHS, urinary tract infections).
    ("dad is all muddled today and keeps needing the toilet, he's 88", "urgent"),
    # A crust on a skin break that is hot or red; a new warm lump by the wound.
    ("the graze on his knee has a yellow crust and the skin round it is hot", "urgent"),
    ("there's a sore, warm lump next to my scar that wasn't there a few days ago", "urgent"),
    ("the small lump in my scar has been there since the op two years ago, is it HO?", "routine"),
    # A hard, sore lump by the scar is the HO bank's own question: only heat or redness makes it same day.
    ("there's a hard lump by my hip scar, it's tender when I press it, could it be HO?", "routine"),
]

THIRD_PROBE_CAUSES = [
    # A stay in hospital just over is told by leaving it; the same-day signs after an operation reach it.
    ("three days since he came home from hospital after his hip and he's hot and shivery tonight", "urgent"),
    # New confusion in the days after an operation (NHS, confusion: delirium needs checking the same day).
    ("my nan has been quite confused since yesterday, she had her hip replaced on monday", "urgent"),
    ("dad was confused for a day after his op in 2018, will that happen with the HO surgery?", "routine"),
    # A knee or hip that gave way after its operation.
    ("my new knee gave way on the kerb this morning and it's swollen and sore", "urgent"),
    # A dose given when one had already been had.
    ("I gave mum her rivaroxaban at tea time but she'd already had it this morning", "urgent"),
    # A red patch on a pressure point that does not fade, with a spinal cord injury.
    ("I'm paraplegic and there's a red mark on my bottom that doesn't fade when I press it", "urgent"),
    ("how do I stop getting red marks on my heels in bed, I'm paraplegic?", "routine"),
    # Redness told spreading after it (NHS, cellulitis).
    ("the redness round the bite on my leg is spreading and it's hot", "urgent"),
]

OVER_SINCE_YESTERDAY = [
    # A sign told in the past tense at a day just gone, then said to be over, is over (answered with the safety line).
    ("her temperature was 38.6 last night but it's back to normal now and she's playing, can HO do that?", "routine"),
    ("my ankle was puffy and sore yesterday after the shopping trip, it's fine today, is that HO?", "routine"),
    # Not when the day word is all there is, or another part of the sign is told now, or it is an event.
    ("her temperature was 38.6 last night, she had her knee done on friday", "urgent"),
    ("bad tummy pain last night with my gallstones, it eased but I'm still shivery and feverish", "urgent"),
    ("I took 2 extra co-codamol by mistake last night, I'm fine today", "urgent"),
]

FOURTH_PROBE_CAUSES = [
    # A device site that leaks pus is infected even without redness told (NHS, urinary catheters; pin sites).
    ("yellow stuff is coming out where the wires go in", "urgent"),
    ("how often should the pin sites be cleaned?", "routine"),
    # "hurts a lot to stand" after a click in an operated joint.
    ("my new hip clicked as I got out of the car and now it hurts a lot to stand", "urgent"),
]

ROUTINE_QUESTIONS = [
    # A person word after a/any names anyone ("a child"), not someone the message tells of.
    ("what temperature is too high for a toddler", "routine"),
    ("my toddler's temperature is 39.4 and he won't settle", "urgent"),
    # What a joint can, might or will do, and how it is put right, asked about or feared.
    ("heard that new knees can dislocate, how likely is that?", "routine"),
    ("I'm frightened my hip will pop out when I sleep, what should I do?", "routine"),
    ("how do they fix a knee that has dislocated", "routine"),
    ("my hip popped out an hour ago and my leg looks shorter", "urgent"),
    # A span that repeats over months or seasons is a pattern, not a new red flag.
    ("my catheter blocks every couple of months and the nurse changes it, is that HO?", "routine"),
    ("my catheter has stopped draining since this morning", "urgent"),
    # A reading back to normal, or gone after a while, is over.
    ("I had a temp of 38.2 after the op on the ward but it went after a day, could that be HO?", "routine"),
    # A question typed without its mark that asks whether a small after-effect is normal.
    ("is a little clear fluid on the plaster on day 3 normal", "routine"),
    ("is yellow pus on the dressing on day 3 normal", "urgent"),
]


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        *OPERATION_TOLD_OTHERWISE,
        *NUMBNESS_NEW_OR_GOING,
        *SINCE_AN_UNDATED_MOMENT,
        *BLOOD_THINNERS,
        *FEVER_AND_FITS,
        *CAST_CHECKS,
        *JOINT_NOISES_AND_PATTERNS,
        *SECOND_PROBE_CAUSES,
        *THIRD_PROBE_CAUSES,
        *OVER_SINCE_YESTERDAY,
        *FOURTH_PROBE_CAUSES,
        *ROUTINE_QUESTIONS,
    ],
)
def test_round14_urgent_tier(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


def test_round14_general_questions_keep_their_safety_line(bot):
    # Answered, not silenced: the rule is still named, so the reply carries its one safety line.
    assessment = bot.triage.assess("what temperature is too high for a child?")
    assert assessment.tier == "routine"
    assert assessment.rule == "child-fever" and assessment.informational
