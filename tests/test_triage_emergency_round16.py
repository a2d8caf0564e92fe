"""Round 16 of the triage table, emergency tier: the causes of the 999 misses and false emergencies found on the
tuning sets (triage-dev to dev11, the retired parts, the clinic banks' triage and question sets, the fresh
tenniselbow, acne and IBS banks), each fixed as a class in `triage.yaml`.

Every sentence here was written for these tests, in the words carers and lay people use (none is a line of a tuning
or held-apart set). Each cause is checked both ways: the red flag escalates, and the everyday, figurative, past or
general version of the same words does not. The fresh wordings at the end were written in four blocks, each measured
on the table of the moment before the fixes it led to (see the docs for the first-sight figures).
"""

from __future__ import annotations

import pytest

from chatbot.bot import Bot


@pytest.fixture(scope="module")
def triage():
    return Bot.load().triage


A_PLAN_WITH_THE_MEANS = [
    # Not being able to live with something any more, with a means or a place at hand, is a plan (NHS, help for
    # suicidal thoughts) ...
    ("cant live with this hip pain any more, im sat on the bridge", "emergency"),
    ("i cannot take living like this, i have the tablets in my hand", "emergency"),
    ("can't live with it anymore, counted them out on the table", "emergency"),
    # ... despair told alone is the same-day crisis reply, and a complaint is no crisis.
    ("i cant face living like this any longer", "urgent"),
    ("I can't live with this itching anymore, which cream is best?", "routine"),
    ("I have the pills ready for tomorrow's op, do I take them with water?", "routine"),
]

HEAVY_BLEEDING_TOLD_OTHERWISE = [
    # The amount with the colour between, clots from the bottom, or blood lost with signs of shock (NHS, bleeding
    # from the bottom; St John Ambulance, shock).
    ("there is loads of dark red blood coming from my bottom", "emergency"),
    ("big clots in my poo and the pan is red", "emergency"),
    ("blood everywhere in the toilet and now he's gone pale and shaky", "emergency"),
    # A streak on the paper, clots in a period or feeling clammy at a blood test are not.
    ("a streak of bright red blood on the paper after a hard poo", "urgent"),
    ("I pass some clots with my period, is that normal?", "routine"),
    ("had a blood test and went a bit clammy, is that normal?", "routine"),
]

A_BONE_SEEN = [
    ("came off the trampoline and you can see bone in his arm", "emergency"),
    ("my wrist is bent the wrong way after I slipped on ice", "urgent"),
    ("can the x-ray see bone forming yet?", "routine"),
]

SEVERE_SKIN_REACTION = [
    # A rash that blisters or peels with sores in the mouth or sore eyes (NHS, Stevens-Johnson syndrome).
    ("new tablets for my fits and now my skin is blistering, my mouth is full of sores", "emergency"),
    ("rash peeling off in sheets and her eyes are red and sore", "emergency"),
    # A sunburn peeling, or a blood blister in the mouth, is not.
    ("my skin is peeling all over after the sunburn", "routine"),
    ("can carbamazepine cause stevens johnson syndrome?", "routine"),
]

FIGURES_AND_PLACES = [
    # Dying of a feeling, a boil or a spot on the chest, a closed space, a word "out of" someone.
    ("gonna die of boredom waiting for this scan", "routine"),
    ("I nearly died laughing at the physio's jokes", "routine"),
    ("sore cystic acne on my chest and back, what helps?", "routine"),
    ("painful pimples on her chest since puberty", "routine"),
    ("I could not breathe in the scanner, can I have an open one?", "routine"),
    ("I can't get a word out of him about how the op went", "routine"),
    # The same words beside a sign of now still escalate.
    ("spots on my chest and a crushing pain in the middle of it", "emergency"),
    ("bored to death but now my chest is tight and I'm sweating", "emergency"),
]

ALREADY_IN_EMERGENCY_CARE = [
    # A 999 sign told as already being treated in hospital, asking about something else.
    ("mum is in intensive care with sepsis, will it make her HO worse?", "routine"),
    ("dad was admitted with a stroke on sunday, could HO affect his rehab?", "routine"),
    # A sign told now is still now.
    ("dad is recovering from his knee op and now he suddenly can't breathe", "emergency"),
]

SAME_DAY_NOT_999 = [
    # Hives alone (NHS, hives), a quinsy (NHS, quinsy), a red painful eye losing sight (NHS, red eye).
    ("hives everywhere since lunch, very itchy, lips and breathing fine", "urgent"),
    ("hives all over and my tongue is swelling", "emergency"),
    ("sore throat for 5 days, now one tonsil is huge and swollen, breathing ok", "urgent"),
    ("tonsillitis and now my throat is so swollen I can't swallow my own spit", "emergency"),
    ("my eye is really red and sore and I can't see properly out of it", "urgent"),
    ("suddenly can't see out of my right eye and my face feels numb", "emergency"),
]

A_FUNNY_COLOUR = [
    # A person gone a colour in a carer's words, or "a funny colour" with being unwell (NHS, when to call 999) ...
    ("grandad has gone a strange bluish grey and he's gasping", "emergency"),
    ("my wife's turned a funny colour and she's cold to touch", "emergency"),
    # ... never the weather, clothes, a photo or hair, nor a colour long ago.
    ("the sky went all grey so we came home early", "routine"),
    ("my white shirt has gone a funny grey in the wash", "routine"),
    ("my hair has gone a weird grey since the HO tablets", "routine"),
    ("she went a funny colour after her op years ago, is that linked?", "routine"),
]

BLACK_POO_TOLD_OF_ANOTHER = [
    # A carer telling that the person feels fine (Rotherham NHS FT, anticoagulation: same day), not when faint.
    ("dad's poo is black, he's on apixaban, he says he feels fine", "urgent"),
    ("dad's poo is black, he's on apixaban and he feels faint", "emergency"),
]


FRESH_EMERGENCIES = [
    # Fresh 999 wordings in carers' and lay words: colours, speech, time words, stories, typos and text speak.
    ("mum's gone a funny grey colour and she's all sweaty, she was holding her chest a minute ago", "emergency"),
    ("dad's lips have gone a funny colour, sort of bluey, and he's puffing like he's run a race", "emergency"),
    ("my nan keeps talking nonsense since she woke up and her mouth looks lopsided", "emergency"),
    ("grandad can't get a word out and his right hand keeps dropping his cup, this started at teatime", "emergency"),
    ("husband is trying to talk but it's just noises coming out, face looks droopy on the left", "emergency"),
    ("son found his sister's tablets, the whole strip is empty, he's 3", "emergency"),
    (
        "my wife has gone floppy and i cant wake her properly, she took her sleeping pills and a bottle of wine",
        "emergency",
    ),
    (
        "hi, quick one about my knee op next month. also my husband collapsed in the kitchen ten mins ago and "
        "isnt really answering me, what do i do",
        "emergency",
    ),
    (
        "wanted to ask about HO exercises but right now my chest feels like its being squeezed in a vice and "
        "it's going down my left arm",
        "emergency",
    ),
    (
        "dad hip op 6 days ago. tonight he is burning hot, shaking, and not making any sense at all, skin looks patchy",
        "emergency",
    ),
    ("me chest is killin me an i cant get me breath proper", "emergency"),
    (
        "my little boy is really hot and has these tiny purple dots that don't go when i press the glass on them",
        "emergency",
    ),
    ("baby is 7 weeks, temp 38.4, very sleepy and won't feed", "emergency"),
    ("he fell off the ladder, hit his head, he's on warfarin and now he keeps throwing up", "emergency"),
    ("my sister's had a fit and it's been going on about 7 minutes now, she's still jerking", "emergency"),
    ("found my mum on the floor, she's breathing but I can't wake her up", "emergency"),
    ("my brother just told me he's taken all his antidepressants, about 40 of them, an hour ago", "emergency"),
    ("my daughter texted me goodbye and says she's going to end it tonight", "emergency"),
    ("i've written letters for my family and i'm going to take all my pills when they go to bed", "emergency"),
    ("theres blood pouring from the cut on his leg and it wont stop even when i press on it", "emergency"),
    ("im on rivaroxaban and ive been sick and it looks like coffee grounds", "emergency"),
    ("my legs have gone completely numb after my back op and i've wet myself without knowing", "emergency"),
    ("I'm T6 paraplegic, blinding headache, face is flushed and I'm sweating above my injury", "emergency"),
    (
        "my calf was swollen after my hip op and now i suddenly can't catch my breath and my chest hurts when "
        "i breathe in",
        "emergency",
    ),
    ("wasp got me on the neck, now my tongue feels huge and my voice has gone funny", "emergency"),
    ("my leg is ice cold, white and I can't feel my foot since this afternoon", "emergency"),
    ("worst headache of my life came on like a thunderclap while I was lifting", "emergency"),
    ("my husband's words are all jumbled and his arm went weak an hour ago, now it's still weak", "emergency"),
    ("sudden agony in my tummy, it's rock hard and i'm vomiting", "emergency"),
    ("grandma's fallen, her leg is twisted out and she can't get up, she's cold and confused", "emergency"),
    ("my toddler swallowed one of those button batteries from the remote", "emergency"),
    ("my mate took a load of paracetamol last night, says he feels fine now", "emergency"),
    ("cant breath properly lips going blu", "emergency"),
    ("pls help my mum she cant talk properly n her face is dropping", "emergency"),
    ("Dad says he feels like he's going to die, he's grey, sweaty and his chest is tight", "emergency"),
    ("my dad is slumped in his chair, he's breathing funny and I can't get any response", "emergency"),
    ("she's gone really pale and clammy and is bleeding heavily from down below after the birth", "emergency"),
    ("my husband is on the bathroom floor, he's breathing but he won't open his eyes", "emergency"),
    ("he's having a seizure in the bath right now", "emergency"),
    ("my son's lips and face are swelling up after eating a satay and he's coughing and wheezing", "emergency"),
    ("I think I've had too many of my codeine tablets, I'm so drowsy I can hardly keep my eyes open", "emergency"),
    (
        "Mum fell and banged her head this morning, she's on apixaban and now she's really sleepy and muddled",
        "emergency",
    ),
    ("my friend is unconscious, we cant wake him up after the party", "emergency"),
    ("hip went pop getting out of the bath, leg is shorter, foot is cold and blue", "emergency"),
    ("after my knee op my chest suddenly hurts and i'm coughing up blood", "emergency"),
    ("I'm bleeding from my back passage a lot, the toilet is all red and I feel faint", "emergency"),
    ("his breathing keeps stopping and he goes blue round the mouth", "emergency"),
    ("my baby is grunting with every breath and the skin under her ribs is sucking in", "emergency"),
    (
        "i feel really dizzy and my heart is going so fast i think im going to pass out, and my chest is tight",
        "emergency",
    ),
    ("my grandson's gone all limp and his lips are a funny purplish colour, he's 18 months", "emergency"),
    ("mum woke up and she's speaking gibberish, one side of her mouth won't move", "emergency"),
    (
        "dad's trying to say something but the words come out all wrong and his arm's gone heavy, since about 20 mins",
        "emergency",
    ),
    ("wife's just keeled over in the garden and she's not breathing right", "emergency"),
    ("I've been having chest pain for the last 20 minutes, it feels heavy and I'm sick", "emergency"),
    (
        "sorry if this is silly, had my knee done 10 days ago, calf went big and sore at the weekend, now "
        "since this morning I'm gasping going to the loo and my heart is racing",
        "emergency",
    ),
    (
        "hip op on friday. today wound is oozing, and now i am shivering, confused and my knees look blotchy",
        "emergency",
    ),
    ("i swallowed 30 of my co-codamol about an hour ago", "emergency"),
    ("my 2 year old drank some bleach from under the sink, shes coughing", "emergency"),
    ("took double my insulin by mistake and now i'm shaky, sweaty and confused, i'm diabetic", "emergency"),
    ("I'm stood on the edge of the multi storey, I can't do this anymore", "emergency"),
    ("been stockpiling my meds for weeks and tonight I'm going to take the lot", "emergency"),
    ("my partner cut his wrists, there's a lot of blood", "emergency"),
    (
        "my husband had a knock on the head playing football and now he's being sick over and over and seems confused",
        "emergency",
    ),
    ("I'm on warfarin and slipped in the shower, hit my head hard, now I've got double vision", "emergency"),
    (
        "my feet and legs suddenly went numb and weak and now I can't feel when I need a wee, I have a bad back",
        "emergency",
    ),
    ("i'm a c5 tetraplegic, my catheter's blocked, head is pounding and i'm sweating buckets", "emergency"),
    ("my leg went cold and white and mottled an hour after my knee op", "emergency"),
    ("theres a bone sticking through the skin on his shin after he came off his motorbike", "emergency"),
    ("mum's face went droopy at lunch and it's still droopy", "emergency"),
    (
        "my baby is 6 weeks old and feels really hot, 38.5, she's not feeding and won't stop crying in a weird "
        "high pitch",
        "emergency",
    ),
    ("his temp is 40 and he's got a stiff neck and the light is hurting his eyes", "emergency"),
    ("my daughter was stung by a bee and now she's wheezy and her face is blowing up", "emergency"),
    ("can't breathe in properly, sharp pain in my side when I breathe, 8 days after my hip replacement", "emergency"),
    ("my brother has been vomiting blood, bright red, a lot of it", "emergency"),
    ("the baby's gone blue and floppy", "emergency"),
    (
        "My dad, 79, got hit by a car crossing the road, he's conscious but his leg is bent the wrong way and "
        "there's loads of blood",
        "emergency",
    ),
    ("gran is in her chair grey and sweating, she says her jaw and left arm ache", "emergency"),
    ("i think my husband is having a heart attack, he's clutching his chest", "emergency"),
    ("my son has a fever and a rash of purple blotches on his legs that don't fade", "emergency"),
    ("my mum's been really drowsy and hard to wake since taking extra of her morphine", "emergency"),
    ("keep passing out when i stand up and my chest is hurting", "emergency"),
    ("i wanna end my life tonight, i have the rope", "emergency"),
    ("pls help hes not breathing", "emergency"),
    ("my lil girl swalowed a magnet and now her tummy hurts and shes being sick", "emergency"),
    ("my dad is confused, sweating and his sugar reading is 2.1", "emergency"),
    ("she's been fitting for 6 mins and wont stop", "emergency"),
    ("I got stabbed and it's bleeding loads", "emergency"),
    ("husband on apixaban, fell down the stairs, hit his head and now he's drowsy and slurring", "emergency"),
    ("sudden severe pain in my belly, it's hard as a board and I feel faint", "emergency"),
    (
        "so we were having tea at mums and out of nowhere her face dropped on one side and she couldnt lift "
        "her cup, she's still like it, anyway sorry what do I do",
        "emergency",
    ),
    (
        "Hi, my husband had his HO removed from his hip 3 weeks ago and recovery was going OK. We went for a "
        "short walk this afternoon and when we got home he suddenly said his chest hurt and he couldn't get "
        "his breath, and he's gone very pale. Is this normal after the op?",
        "emergency",
    ),
    ("as of about ten minutes ago my dad cant move his left side at all", "emergency"),
    ("just now my wife collapsed and shes twitching", "emergency"),
    ("for the past half hour he's been struggling to breathe and his lips look dusky", "emergency"),
    ("since lunchtime she's been really confused, burning up and her skin is blotchy", "emergency"),
    ("a few minutes ago my son fell off the trampoline, banged his head and has been sick 3 times since", "emergency"),
    ("it started 15 mins ago, crushing pain in the middle of my chest spreading to my back", "emergency"),
    ("chest pian and cant breth", "emergency"),
    ("my dads face is droopin and he cant tlak proply", "emergency"),
    ("mum took loads of her pils, shes sleepy n wont wake proper", "emergency"),
    ("hes unconsious after falling of the roof", "emergency"),
    ("i cnt feel my legz and i cant pee after my back op", "emergency"),
    ("sufocating cant get air in", "emergency"),
    ("baby not breathin properly and going blue", "emergency"),
    (
        "Long story, sorry. Mum (84) had her hip replaced last month, she's been doing her exercises and the "
        "physio is pleased. Her HO scan is booked for next week. Tonight she's suddenly got terrible chest "
        "pain and is breathless. I also wanted to ask how long the scan takes.",
        "emergency",
    ),
    (
        "Quick question about HO diet, also my husband has just collapsed and is making a snoring sound and "
        "not waking, what foods help bone healing",
        "emergency",
    ),
    (
        "thanks for the info yesterday. btw dad's arm has gone floppy and his speech is slurred since this "
        "morning. what exercises help HO?",
        "emergency",
    ),
    (
        "I've been on the forums reading about HO and I'm worried. I'm typing this because I can't talk, my "
        "mouth won't work properly and my right arm is numb, started 30 min ago.",
        "emergency",
    ),
    ("its my wife, she cant get her breath at all, shes sitting forward gasping and cant finish a word", "emergency"),
    ("the carer found nan on the floor this morning, she's cold, mumbling and not making sense", "emergency"),
    (
        "my fella's had a few drinks and took some of his tramadol too, now he's snoring weird and I can't rouse him",
        "emergency",
    ),
    ("mum's lips and tongue went blue just now and she is gasping", "emergency"),
    ("my mum is on the kitchen floor, eyes open but not responding to me at all", "emergency"),
    ("help my daughter's throat is closing up after she ate a cashew", "emergency"),
    ("my hubby's gone a weird bluey grey and he's making gurgling noises", "emergency"),
    ("nan's eyes have rolled back and she's gone stiff and she isn't answering", "emergency"),
    (
        "my son's lips have swollen up like balloons and he's scratching his throat after the prawn crackers",
        "emergency",
    ),
    ("he's bleeding from his ears after he came off his bike and he's really drowsy", "emergency"),
    ("grandad's fallen and cracked his head open, blood everywhere, he's on blood thinners", "emergency"),
    ("my wife is talking like she's drunk but she hasn't had a drop, and her smile is lopsided", "emergency"),
    ("dad's speech has gone all slurry and he can't hold his fork with his right hand, started at dinner", "emergency"),
    ("my 4 month old is burning up and has a rash like little bruises all over her tummy", "emergency"),
    ("my partner has took all his diazepam and a bottle of vodka, hes barely awake", "emergency"),
    ("i took 16 paracetamol this morning because of the pain, i feel ok but worried", "emergency"),
    ("I just want to go to sleep and never wake up, I have all my tablets here", "emergency"),
    ("our son says he's going to jump off the bridge, he's left the house", "emergency"),
    ("its like an elephant is sitting on my chest and my left arm is tingling", "emergency"),
    ("my chest feels like it's being crushed and im sweating buckets", "emergency"),
    ("i cant breath proply an my inhaler is doin nothin", "emergency"),
    (
        "my calf has been red and swollen since the op and now I'm coughing up pink frothy stuff and can't breathe",
        "emergency",
    ),
    ("mums wound has gone black around the edges, she's confused and her skin is cold and blotchy", "emergency"),
    ("i cant feel anything from my belly button down since i fell off the horse", "emergency"),
    ("my back's agony and I've lost control of my bowels and my bum feels numb", "emergency"),
    ("T4 para, my head is banging and my nose is stuffy and I'm flushed, my bladder's overfull", "emergency"),
    ("my foot's gone white and cold and really painful since the plaster went on this morning", "emergency"),
    ("he's having a fit and it's been 10 mins, he's never had one before", "emergency"),
    (
        "I've been hit in the chest by a car door at speed and now it hurts to breathe and I'm coughing blood",
        "emergency",
    ),
    ("sudden excruciating headache, I was sick and now my neck is stiff", "emergency"),
    ("the new hip came out when she sat down, she's screaming in agony and her foot is cold and blue", "emergency"),
]

FRESH_LOOK_ALIKES = [
    # The same words told of the past, in general, as a figure, or already in a clinician's hands.
    ("my mum went a funny colour after her op two years ago, could that have caused her HO?", "routine"),
    ("dad used to talk nonsense after his strokes, does HO affect the brain?", "routine"),
    ("my nan had a fall last spring and was a bit muddled for a day, she's fine now, is she at risk of HO?", "routine"),
    ("what does a stroke look like, so I know what to watch for after dad's op?", "routine"),
    ("the waiting list for my op is giving me chest pains lol, how long is it usually", "routine"),
    ("my son gets breathless when he plays football, is that normal after his knee op?", "routine"),
    ("the nurse has already checked my calf today and says it's not a clot, can HO make the leg swell?", "routine"),
    ("I had a seizure once as a teenager, does that matter for HO surgery?", "routine"),
    ("can a blood clot in the leg travel to the lungs?", "routine"),
    ("my heart skipped a beat when the surgeon said I need another op haha", "routine"),
    ("I nearly passed out when I saw the bill for the physio", "routine"),
    ("how do I know if my wound is infected?", "routine"),
    ("I took 2 paracetamol for my knee pain this morning, can I take ibuprofen too?", "routine"),
    ("was unconscious for 3 days after my car crash in 2019, now I have HO in my hips, will it get worse?", "routine"),
    ("what should I do if my husband has a fit?", "routine"),
    (
        "my teenager says she'll die if I don't let her go to the party, anyway how long is recovery from HO surgery?",
        "routine",
    ),
    ("i get tight chest when i'm anxious about the op, is that common?", "routine"),
    ("my daughter is in A&E now with a head injury and they've done a scan, can she get HO?", "routine"),
    ("the bleeding from my cut stopped after 5 minutes with pressure, should I worry about HO?", "routine"),
    ("my knee went a bit blue from the bruise after the fall, it's fading now", "routine"),
    ("my dad's been in ICU with sepsis and is recovering, can sepsis cause HO?", "routine"),
    ("im dying to know if i can go swimming after the op", "routine"),
    ("he was struggling to breathe in hospital last year with covid, now he has HO in his elbow, why?", "routine"),
    ("my wife's face drooped for a bit when she had bells palsy years ago, is that linked to HO?", "routine"),
    ("my mum's been a funny colour since the chemo ended, she says she feels ok, can HO cause that?", "routine"),
    (
        "my dad got all muddled last winter with a chest infection but he's right as rain now, can HO affect memory?",
        "routine",
    ),
    ("what would slurred speech mean after a head injury?", "routine"),
    ("my son went blue holding his breath in a tantrum when he was two, he's 8 now", "routine"),
    ("Is it normal to feel faint at the sight of blood when they take bloods for HO?", "routine"),
    ("this traffic is going to give me a heart attack, anyway when is my HO scan", "routine"),
    ("the ambulance crew have taken dad in for his fall, when can I visit?", "routine"),
    ("can you die from HO?", "routine"),
    ("my cousin overdosed years ago, does that affect my risk of HO?", "routine"),
    ("he had a stroke in 2016 and now has HO in his hip, is surgery safe?", "routine"),
    (
        "my chest was tight yesterday after the gym but it went away quickly and hasn't come back, I'm fine "
        "now. is HO surgery painful?",
        "routine",
    ),
    ("do you need to call an ambulance if someone has a seizure that lasts 2 minutes?", "routine"),
    ("I'm so stressed about the op I could scream", "routine"),
    ("I'm literally dead on my feet after the physio, is that normal?", "routine"),
    ("the cat knocked over my tablets and there's pills everywhere, which ones were for HO?", "routine"),
    ("I had awful chest pain in 2019, it turned out to be a pulled muscle. Could HO cause chest pain?", "routine"),
    (
        "My dad had a mini stroke years ago and now they think he has HO in his hip, does one cause the other?",
        "routine",
    ),
    ("when I was little I swallowed a coin, anyway does HO run in families?", "routine"),
    ("Is breathlessness a side effect of the HO radiotherapy?", "routine"),
    ("my heart rate goes up to 150 when I run, is that normal after surgery?", "routine"),
    (
        "the doctor in A&E already checked dad's head after his fall yesterday and the scan was clear, can a "
        "head injury cause HO?",
        "routine",
    ),
    ("i was nearly sick when i saw my x-ray haha, is that bone normal?", "routine"),
    ("what's the first aid for someone who's collapsed?", "routine"),
    ("I felt like I was suffocating in the MRI, is there an open scanner for HO scans?", "routine"),
    ("my wife had sepsis after her hip op 3 years ago, she's fine now. could that be why she has HO?", "routine"),
    ("the physio said my leg is numb because of the nerve block, it's wearing off now", "routine"),
    ("I've had a fit before when my meds were changed, 5 years ago, will the HO meds interact?", "routine"),
    ("killing time in the waiting room, what does a HO scan involve?", "routine"),
    (
        "my legs were numb for a few hours after the spinal anaesthetic yesterday, now they're fine, is that normal?",
        "routine",
    ),
    ("he blacked out from drinking at his stag do years ago, not related to HO I know", "routine"),
    (
        "dad had a funny turn last year where his face went droopy for 5 minutes, the doctors said it was a "
        "TIA, can HO cause another?",
        "routine",
    ),
    (
        "my mum used to have panic attacks where she couldn't breathe, she's been fine for years. can stress cause HO?",
        "routine",
    ),
    ("what do you do if someone is choking?", "routine"),
    ("is it normal to feel a bit faint after standing up quickly after the op? it passes in seconds", "routine"),
    ("mum took her warfarin twice by mistake last month but her INR was fine, is she at risk of HO?", "routine"),
    ("that film was so scary I nearly had a heart attack, anyway, how long is HO recovery?", "routine"),
    ("I'm gasping for a cup of tea after the physio, is tea ok with HO meds?", "routine"),
    ("the A&E doctor checked him and his heart was fine, is chest pain common with HO?", "routine"),
    ("we were told to call 999 if he turns blue, what else should we watch for after his op?", "routine"),
    ("my dad's fit at the seaside 10 years ago was put down to low sugar, can HO cause fits?", "routine"),
    ("was my leg going numb during the epidural normal? it's back to normal now", "routine"),
    ("my uncle bled heavily during his HO surgery but the surgeon stopped it, is that common?", "routine"),
    ("what is sepsis and how would I know?", "routine"),
    ("lost a lot of blood in the crash in 2010, they gave me a transfusion, could that have caused my HO?", "routine"),
]

FRESH_SAME_DAY = [
    # Pre-eclampsia signs: NHS, pre-eclampsia: call the midwife, GP or 111 at once.
    (
        "I'm 32 weeks pregnant with a pounding headache, flashing lights and my face and hands have swelled up today",
        "urgent",
    ),
]

FRESH_BLOCK_5 = [
    # A fifth block: overdoses, poisons, asthma, spinal cord injury, pregnancy, head injury on a blood thinner, and
    # routine questions that use the same words (history, general questions, figures of speech).
    ("mams had a funny turn, her arm's gone dead and she's slurring", "emergency"),
    ("my wee girl's breathing is really fast and noisy and she's hardly responding", "emergency"),
    ("he's taken something, don't know what, pupils are pinpoint and he's barely breathing", "emergency"),
    ("my daughter's had half a bottle of calpol, she's 2", "emergency"),
    ("my husband has had about 20 of his sleeping tablets with whisky", "emergency"),
    (
        "I'm in a wheelchair from a spinal injury, got a thumping headache and blotchy red skin on my neck, my "
        "leg bag hasn't filled",
        "emergency",
    ),
    ("cant feel my bum or private parts and cant wee, my back has been bad for a week", "emergency"),
    ("i'm 36 weeks pregnant and bleeding heavily and my tummy is rock hard and painful", "emergency"),
    ("my mum just had a seizure and she's pregnant", "emergency"),
    ("my son is having an asthma attack and his blue inhaler isn't touching it", "emergency"),
    ("ate a peanut and my mouth is tingling and now I feel like my throat is tightening", "emergency"),
    ("my husband's nose has been pouring blood for 40 minutes, he's on warfarin", "emergency"),
    (
        "dad fell and banged his head, he's on clopidogrel, and he keeps asking the same questions over and over",
        "emergency",
    ),
    ("my friend has passed out drunk and we cant wake her, shes vomiting", "emergency"),
    ("I've cut my hand badly on a broken glass and the blood is spurting out", "emergency"),
    ("my knee replacement leg has gone pale and cold and i cant move my toes", "emergency"),
    ("dad is sweating, grey, and says there's a tight band round his chest", "emergency"),
    ("my sister has taken an overdose of her antidepressants", "emergency"),
    ("got no feeling in either leg since this morning and my back is killing me", "emergency"),
    ("he is going to kill himself, he said so, he has a knife", "emergency"),
    ("mum's face has slipped on one side and her words are coming out funny", "emergency"),
    ("i think i'm having a stroke, my left arm won't work", "emergency"),
    ("my baby has a temperature and is floppy like a rag doll", "emergency"),
    ("wife cant stop fitting, been 8 mins", "emergency"),
    ("after the hip op last week my calf was sore and now I've collapsed and my chest hurts", "emergency"),
    ("its my nan, she's gasping and can't speak, her lips are grey", "emergency"),
    ("my little one put a washing tablet in her mouth and she's coughing and drooling", "emergency"),
    ("my fingers went blue and numb right after they put the cast on, now my whole hand is cold", "emergency"),
    ("husband took his wife's warfarin by mistake, a whole week's worth", "emergency"),
    ("baby's soft spot is bulging and she's been sick and is very sleepy", "emergency"),
    ("my dad had a heart attack five years ago, is he more likely to get HO?", "routine"),
    ("my brother overdosed on energy drinks at uni lol, anyway can HO come back after surgery?", "routine"),
    ("what does a heart attack feel like in women?", "routine"),
    ("should I call 999 if my calf swells after my hip op?", "routine"),
    ("I read an article about sepsis after surgery, how common is it?", "routine"),
    ("my physio is a slave driver, I'm dead after every session haha", "routine"),
    ("it took my breath away how fast the HO grew", "routine"),
    ("what is autonomic dysreflexia?", "routine"),
    ("my mum's stroke was 3 years ago and she now has HO in her shoulder, what can help?", "routine"),
    ("is it normal to get breathless climbing the stairs after 3 weeks in bed?", "routine"),
    ("my neighbour had cauda equina last year, what are the signs?", "routine"),
    ("i think i'm going to pass my driving test, is driving ok with HO in my hip?", "routine"),
    ("the kids are driving me mad, I could kill them! does HO affect sleep?", "routine"),
    ("if someone has a seizure should you put something in their mouth?", "routine"),
    ("I cut myself shaving this morning, is that an HO risk?", "routine"),
    ("can you overdose on vitamin D?", "routine"),
    ("how much paracetamol is too much?", "routine"),
    ("my son fell off his bike last month and broke his arm, it's healing fine, can HO form after a break?", "routine"),
    ("my husband snores and stops breathing at night, the GP has referred him for a sleep study", "routine"),
    ("I have a fear of choking on tablets, can the HO medicine be a liquid?", "routine"),
    ("does HO surgery involve a lot of blood loss?", "routine"),
    ("my grandad collapsed and died of a heart attack years ago, is HO hereditary?", "routine"),
    ("the stroke unit nurse said mum's HO is in her elbow, what is the treatment?", "routine"),
    ("my cat had a seizure, anyway what causes HO?", "routine"),
    ("what's the emergency number in Spain?", "routine"),
    ("I'm suffocating under all these forms for my HO benefits claim", "routine"),
    ("my leg went numb sitting on the loo too long, ha, but is HO numbness different?", "routine"),
]


@pytest.mark.parametrize(
    ("text", "tier"),
    A_PLAN_WITH_THE_MEANS
    + HEAVY_BLEEDING_TOLD_OTHERWISE
    + A_BONE_SEEN
    + SEVERE_SKIN_REACTION
    + FIGURES_AND_PLACES
    + ALREADY_IN_EMERGENCY_CARE
    + SAME_DAY_NOT_999
    + A_FUNNY_COLOUR
    + BLACK_POO_TOLD_OF_ANOTHER,
)
def test_round16_emergency_causes(triage, text, tier):
    assert triage.assess(text).tier == tier, text


@pytest.mark.parametrize(("text", "tier"), FRESH_EMERGENCIES + FRESH_LOOK_ALIKES + FRESH_SAME_DAY + FRESH_BLOCK_5)
def test_round16_fresh_wordings(triage, text, tier):
    assert triage.assess(text).tier == tier, text


def test_round16_has_forty_fresh_emergencies():
    assert len(FRESH_EMERGENCIES) + sum(tier == "emergency" for _, tier in FRESH_BLOCK_5) >= 40
