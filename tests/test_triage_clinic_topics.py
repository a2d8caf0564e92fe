"""Triage on clinic topics other than HO (lungs, fits, the gallbladder, a throat operation, a child who will not drink).

Two kinds of fix, each checked both ways. Readings: a question about a sign ("when is breathlessness an
emergency?"), what to do if or when, a habitual episode ("whenever she climbs the stairs"), a sign said to be
absent ("seizure free") or asked about someone in general is no alarm, while the same sign happening now still
escalates. Rules: the common NHS red flags any clinic topic may meet (its page named in triage.yaml), told in lay
words. Every case here was written for these tests; none is a line of a tuning or held-apart set."""

from __future__ import annotations

import pytest

READINGS = [
    # A question about when a sign is serious.
    ("when does wheezing become an emergency", "routine"),
    ("how do i know when chest tightness needs an ambulance", "routine"),
    ("when is the ambulance coming, my dad cant breathe", "emergency"),
    # What to do if or when, about someone in general.
    ("what to do when a child has a fit", "routine"),
    ("how to help someone having a seizure at work", "routine"),
    ("someone is having a seizure in the street and it has gone on 6 minutes", "emergency"),
    # A habitual episode: whenever, every time, when I get ...
    ("my mum gets breathless when she gets into the bath, what helps", "routine"),
    ("when i get short of breath i panic, how can i calm down", "routine"),
    ("she is breathless right now and her lips are blue", "emergency"),
    # ... but a report told with "every time" or "when she is" still counts.
    ("my nose bleeds every time i blow it and i am on warfarin", "urgent"),
    ("he cant feel his feet when he is standing and has wet himself today", "emergency"),
    ("my tongue swelled up after eating peanuts", "emergency"),
    # ... but a report in the same words still escalates.
    ("there is someone having a fit outside the shop", "emergency"),
    ("my husband collapsed walking the dog", "emergency"),
    ("please help with my dad, he cant breathe", "emergency"),
    ("can you help with the bleeding, it wont stop", "emergency"),
    # Asked in general, without a question mark, about a treatment and a sign.
    ("does a spacer stop breathlessness", "routine"),
    ("will the rehab classes help with the breathlessness", "routine"),
    ("cant breathe help", "emergency"),
    # Slowly worse over a long span is long-standing; worse today is not.
    ("i get out of breath on the stairs, its been getting worse over the last year", "routine"),
    ("i get out of breath on the stairs and today i cant get my breath at all", "emergency"),
    # Free of a sign: no sign.
    ("he has been seizure free for two years, can he drive", "routine"),
    ("fit free since march, can i come off my tablets", "routine"),
    ("he is fitting and it wont stop", "emergency"),
    # A medicine named after what it treats.
    ("are seizure tablets safe when breastfeeding", "routine"),
    ("pregnant and on seizure meds, she just had a fit", "emergency"),
]


@pytest.mark.parametrize(("text", "tier"), READINGS)
def test_general_readings(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


RED_FLAGS = [
    # Severe tummy pain that will not settle (NHS, stomach ache; gallstones).
    ("agonising pain in my upper tummy for 6 hours now and painkillers do nothing", "emergency"),
    ("stomach pain so bad i cant sit still and it is not easing", "emergency"),
    ("can gallstones cause tummy pain that comes and goes?", "routine"),
    # A rigid, swollen belly (NHS, stomach ache).
    ("my belly has gone rigid and swollen since lunch", "emergency"),
    ("not had a poo for a week and my belly is hard and swollen", "urgent"),
    ("his tummy is hard and bloated and he is in agony", "emergency"),
    ("her belly has gone rock solid and swollen", "emergency"),
    # Yellow skin or eyes with a fever or shivers (NHS, jaundice: A&E); yellow alone the same day.
    ("my eyes have turned yellow and i am hot and shivery", "emergency"),
    ("dads skin looks yellow and he has a temperature of 39", "emergency"),
    ("the whites of my eyes look yellowish since yesterday", "urgent"),
    ("what does it mean if your skin goes yellow?", "routine"),
    ("everything looks foggy and yellowish in my eyes lately", "routine"),
    # Vomiting blood (NHS, vomiting blood: A&E or 999).
    ("i have just vomited blood", "emergency"),
    ("throwing up bright red blood tonight", "emergency"),
    ("my dad vomited blood years ago from an ulcer, can he still have the op?", "routine"),
    # Bleeding from the mouth or throat after an operation there (NHS, tonsillectomy recovery: A&E).
    ("spitting out fresh blood from the back of my throat 5 days after my tonsils were taken out", "emergency"),
    ("my son is bleeding from his mouth after his tonsillectomy", "emergency"),
    ("blood coming out of her mouth since her tonsils op on monday", "emergency"),
    ("how common is bleeding after a tonsillectomy?", "routine"),
    # A child who will not drink or has no wet nappies (NHS, dehydration).
    ("my toddler hasnt had a wet nappy since yesterday", "urgent"),
    ("my daughter refuses to drink anything since her op because it hurts to swallow", "urgent"),
    ("how many wet nappies should a baby have in a day?", "routine"),
    # A hernia with severe pain or being sick (NHS, hernia: A&E); stuck, hard or tender alone is same day here.
    ("my hernia has gone hard, the pain is severe and i cant push it back in", "emergency"),
    ("my hernia is stuck out and tender today", "urgent"),
    ("the bulge in my groin wont go back in tonight and ive been sick twice", "emergency"),
    ("my hernia is stuck and painful", "urgent"),
    ("my hernia is stuck and i keep being sick", "emergency"),
    ("what happens if a hernia cant be pushed back in?", "routine"),
    ("my hernia pops out when i cough and goes back when i lie down, is surgery needed?", "routine"),
    # A kidney stone with a fever or shivers (NHS, kidney stones: A&E); severe side pain that will not settle is
    # the same day.
    ("passing a kidney stone and now i have a temperature of 38.6 and shivers", "emergency"),
    ("terrible pain in my side that comes in waves and i cant get comfortable", "urgent"),
    ("can kidney stones give you a fever?", "routine"),
    # A first seizure, one that will not stop, no coming round, in water (NHS, epilepsy: when to call 999).
    ("my son is having his first ever fit", "emergency"),
    ("she had her first seizure an hour ago", "emergency"),
    ("he had a fit and hasnt come round yet", "emergency"),
    ("she fitted and hasnt come round after 10 mins", "emergency"),
    ("hes had his first fit and hes 40", "emergency"),
    ("she had a seizure in the swimming pool and swallowed water", "emergency"),
    ("my first seizure was when i was 12, can i drive now?", "routine"),
    # A flare-up the rescue medicine does not help (NHS, asthma attacks; COPD flare-ups).
    ("my inhaler isnt helping and my breathing is getting worse", "emergency"),
    ("used my reliever five times and still wheezing badly", "emergency"),
    ("how often should i use my blue inhaler?", "routine"),
    # Gone blue or grey (NHS, when to call 999).
    ("what do i do, hes gone blue now", "emergency"),
    ("my baby has turned grey and is very quiet", "emergency"),
    ("my toes go blue in the cold, is that my circulation?", "routine"),
    # Coughing up blood: a streak the same day, more than that now (NHS, coughing up blood).
    ("coughed up a streak of blood in my phlegm this morning", "urgent"),
    ("coughing up lots of blood", "emergency"),
    ("can a chest infection make you cough up blood?", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), RED_FLAGS)
def test_common_red_flags(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


SAME_DAY = [
    # Breathing worse than one's usual, with no sign of an emergency (NHS, COPD and asthma: a flare-up is the same
    # day); a sign of one still calls 999.
    ("more breathless than usual for 3 days and coughing more", "urgent"),
    ("shes much more short of breath than normal since the weekend", "urgent"),
    ("more breathless than usual and her lips are going blue", "emergency"),
    # Out of a medicine one cannot go without, or the oxygen supply failing (NHS 111: an urgent supply).
    ("ive run out of my inhalers and the chemist is shut", "urgent"),
    ("he ran out of his epilepsy tablets yesterday", "urgent"),
    ("my home oxygen machine has stopped working", "urgent"),
    ("what happens if i run out of my inhaler on holiday?", "routine"),
    ("ran out of paracetamol, which painkiller is best for HO?", "routine"),
    # A chest worse than one's usual (NHS, COPD and asthma flare-ups: the same day).
    ("his wheezing is much worse than usual since he caught a cold", "urgent"),
    ("my chest feels tighter than normal today", "urgent"),
    ("is a cough worse than usual in winter common with asthma?", "routine"),
    # A chest infection with a fever (NHS, chest infection: an urgent GP appointment or 111).
    ("bringing up green phlegm and a temperature since tuesday", "urgent"),
    ("sharp pain in my side when i take a deep breath and i feel feverish", "urgent"),
    ("can a chest infection give you a fever?", "routine"),
    # Fits changing from their usual pattern (NHS, epilepsy: see the team when seizures change).
    ("ive had 4 fits this week when i normally have one a month", "urgent"),
    ("her seizures look different since the new tablets", "urgent"),
    ("do seizures change as you get older?", "routine"),
    # Tummy pain with a fever, or lasting many hours (NHS, gallstones and stomach ache: urgent GP or 111).
    ("dull ache under my right ribs with a slight temperature since yesterday", "urgent"),
    ("tummy pain for 10 hours now that wont go away", "urgent"),
    ("another gallbladder attack overnight, still sore and i feel a bit feverish", "urgent"),
    ("can tummy pain cause a fever?", "routine"),
    # A reliever needed more and more, or a rescue pack started (NHS, asthma and COPD: tell the team the same day).
    ("my blue inhaler is wearing off quicker and im using it a lot more this week", "urgent"),
    ("started my standby antibiotics and steroids this morning", "urgent"),
    ("how long does a rescue pack last once opened?", "routine"),
    # No wind and no poo for days after an operation (NHS, bowel obstruction: an urgent GP appointment or 111).
    ("havent passed wind or pooed for three days since my op and feel bloated", "urgent"),
    ("is it normal not to poo for a day or two after an anaesthetic?", "routine"),
    # Sex without contraception, or a condom that split (NHS, emergency contraception: as soon as possible).
    ("the condom split last night and i dont want to get pregnant", "urgent"),
    ("had unprotected sex yesterday and my pill may not work with my tablets", "urgent"),
    ("does the morning after pill work with my tablets?", "routine"),
    # Cutting someone open is the operation, not a wound.
    ("do they cut you open for a hernia repair or is it keyhole", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), SAME_DAY)
def test_same_day_signs_of_other_topics(bot, text, tier):
    assert bot.triage.assess(text).tier == tier
