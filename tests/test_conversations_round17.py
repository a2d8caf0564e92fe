"""Conversations of round 17 (issue 9, part 4): follow-ups and changes of topic that never mislead (conv19).

Three conversations of our own per clinic tuning bank (tests/data/tuning) and three on the HO bank, written for
this round in the style of the banks' question sets, never copied from them: follow-ups ("and for kids?", "how long
does that take", "what about the other one", "is that painful too", "and after the op?"), new complete questions
between them, and a change of topic inside the conversation. A turn marked `FRESH` is a complete question: it must
get exactly what it gets in a fresh session. Every turn must reach its entry or get no answer (a fallback or a
choice), never another entry; and most turns reach their entry (the floor below).
"""

from __future__ import annotations

import pytest
from conftest import DATA
from conversation_support import FRESH

from chatbot.bot import Bot

TUNING = DATA / "tuning"

CONVERSATIONS = {
 "afib": {
  "what it is, then the tests": [
    ("what is atrial fibrillation", "what-is-afib", FRESH),
    ("how do they find out you have it", "ecg"),
    ("and what is a heart monitor test", "heart-monitors", FRESH),
  ],
  "blood thinners then a change of topic": [
    ("why do i need a blood thinner for af", "blood-thinners", FRESH),
    ("what should i know about bleeding on a blood thinner", "bleeding", FRESH),
    ("can i still have a glass of wine with af", "alcohol", FRESH),
    ("and coffee?", "caffeine"),
  ],
  "procedures": [
    ("what is a cardioversion", "cardioversion", FRESH),
    ("what about an ablation", "ablation"),
    ("will i need a pacemaker for af", "pacemaker", FRESH),
  ],
 },
 "anaemia": {
  "tablets then how soon": [
    ("what is the best way to take iron tablets", "taking-iron-tablets", FRESH),
    ("do they have side effects", "iron-side-effects"),
    ("how soon will i feel better on iron", "feeling-better", FRESH),
  ],
  "causes then periods": [
    ("what causes iron deficiency anaemia", "causes", FRESH),
    ("can heavy periods cause anaemia", "heavy-periods", FRESH),
    ("and can it come back", "coming-back"),
  ],
  "infusion then transfusion": [
    ("what is an iron infusion", "iron-infusion", FRESH),
    ("will i need a blood transfusion for anaemia", "blood-transfusion", FRESH),
    ("can children get iron deficiency anaemia", "children", FRESH),
  ],
 },
 "eczema": {
  "contagious then school": [
    ("is eczema contagious", "is-it-contagious", FRESH),
    ("can my child go to nursery with eczema", "school-and-nursery", FRESH),
    ("and swimming?", "swimming-and-sport"),
  ],
  "flare then infection": [
    ("what should i do when my childs eczema flares up", "flare-ups", FRESH),
    ("how can i tell if eczema is infected", "infected-eczema", FRESH),
    ("when should i get medical help for eczema", "when-to-get-help", FRESH),
  ],
  "steroids then other treatments": [
    ("are steroid creams safe for children", "steroid-safety", FRESH),
    ("what other treatments are there for eczema", "other-treatments", FRESH),
    ("will my child grow out of eczema", "grow-out-of-it", FRESH),
  ],
 },
 "glaucoma": {
  "drops then side effects": [
    ("what are prostaglandin eye drops", "prostaglandin-drops", FRESH),
    ("what side effects can they cause", "drop-side-effects"),
    ("what if i miss a dose of my drops", "missed-drops", FRESH),
  ],
  "laser then surgery": [
    ("what is laser treatment for glaucoma", "laser-treatment", FRESH),
    ("what operations are there for glaucoma", "glaucoma-surgery", FRESH),
    ("what is recovery like after glaucoma surgery", "recovery-after-surgery", FRESH),
  ],
  "family then driving": [
    ("should my family be checked if i have glaucoma", "family-risk", FRESH),
    ("can glaucoma be cured", "can-it-be-cured", FRESH),
    ("can i drive with glaucoma", "driving", FRESH),
  ],
 },
 "gout": {
  "a flare, how long, self care": [
    ("how is a gout flare treated", "treating-a-flare", FRESH),
    ("how long does a flare last", "flare-how-long", FRESH),
    ("what can i do myself during a flare", "self-care-during-flare", FRESH),
  ],
  "long term medicine": [
    ("what are urate lowering medicines", "urate-lowering-medicines", FRESH),
    ("how long will i need to take them", "how-long-on-treatment"),
    ("why do i need regular blood tests for gout", "blood-tests-target", FRESH),
  ],
  "drink then tophi": [
    ("can i drink alcohol with gout", "alcohol", FRESH),
    ("what should i drink if i have gout", "drinks-fluids", FRESH),
    ("what are tophi", "tophi", FRESH),
  ],
 },
 "hayfever": {
  "tablets then side effects": [
    ("how do antihistamine tablets help hay fever", "antihistamine-tablets", FRESH),
    ("what are the side effects", "antihistamine-side-effects"),
    ("what can i use for itchy eyes", "eye-drops", FRESH),
  ],
  "pollen": [
    ("what is the pollen count", "pollen-count", FRESH),
    ("how can i keep pollen away", "self-care-pollen", FRESH),
    ("when is the hay fever season", "pollen-seasons", FRESH),
  ],
  "children then pregnancy": [
    ("how is hay fever treated in children", "hay-fever-in-children", FRESH),
    ("can i treat hay fever when pregnant", "pregnancy-breastfeeding", FRESH),
    ("can hay fever make asthma worse", "asthma-and-hay-fever", FRESH),
  ],
 },
 "hearing": {
  "aids then cleaning": [
    ("what types of hearing aid are there", "types-of-aids", FRESH),
    ("how do i clean my hearing aid", "cleaning-and-care", FRESH),
    ("and how long do the batteries last", "batteries"),
  ],
  "tinnitus": [
    ("what is tinnitus", "tinnitus", FRESH),
    ("what can help tinnitus", "tinnitus-help", FRESH),
    ("what is a cochlear implant", "cochlear-implants", FRESH),
  ],
  "earwax then a test": [
    ("can earwax cause hearing loss", "earwax", FRESH),
    ("what happens at a hearing test", "hearing-test", FRESH),
    ("how can i protect my hearing", "protecting-hearing", FRESH),
  ],
 },
 "ibs": {
  "diet then probiotics": [
    ("what should i eat if i have ibs", "diet-first-steps", FRESH),
    ("do probiotics help ibs", "probiotics", FRESH),
    ("what about exercise", "exercise"),
  ],
  "serious then tests": [
    ("is ibs serious", "is-ibs-serious", FRESH),
    ("what is the difference between ibs and ibd", "ibs-vs-ibd", FRESH),
    ("do i need a colonoscopy", "colonoscopy", FRESH),
  ],
  "stress then therapy": [
    ("can stress make ibs worse", "stress-and-ibs", FRESH),
    ("can talking therapies help ibs", "talking-therapies", FRESH),
    ("why is my ibs worse around my period", "periods-and-ibs", FRESH),
  ],
 },
 "migraine": {
  "aura then triggers": [
    ("what is a migraine aura", "aura", FRESH),
    ("what can trigger a migraine attack", "triggers", FRESH),
    ("why should i keep a headache diary", "headache-diary", FRESH),
  ],
  "triptans then side effects": [
    ("what are triptans", "triptans", FRESH),
    ("are there medicines to prevent migraine", "preventive-treatment", FRESH),
    ("what newer treatments are there for migraine", "newer-treatments", FRESH),
  ],
  "an attack": [
    ("how long does a migraine attack last", "how-long-attack", FRESH),
    ("what can i do myself during an attack", "self-care-during-attack", FRESH),
    ("is migraine linked to periods", "hormones-periods", FRESH),
  ],
 },
 "osteoporosis": {
  "scan then risk": [
    ("what is a dexa bone density scan", "dexa-scan", FRESH),
    ("how is my fracture risk worked out", "frax-fracture-risk", FRESH),
    ("which bones break most often with osteoporosis", "fractures", FRESH),
  ],
  "medicines": [
    ("what is denosumab", "denosumab", FRESH),
    ("what is a zoledronic acid infusion", "infusion", FRESH),
    ("how long will i need to take bone medicine", "treatment-length", FRESH),
  ],
  "calcium then falls": [
    ("do i need calcium and vitamin d", "calcium-vitamin-d", FRESH),
    ("how can i lower my risk of falling", "falls-prevention", FRESH),
    ("can men get osteoporosis", "men", FRESH),
  ],
 },
 "psoriasis": {
  "creams": [
    ("how do steroid creams work for psoriasis", "steroid-creams", FRESH),
    ("what are vitamin d creams for psoriasis", "vitamin-d-creams", FRESH),
    ("what is light therapy", "light-therapy", FRESH),
  ],
  "nails then joints": [
    ("can psoriasis affect the nails", "nail-psoriasis", FRESH),
    ("what is psoriatic arthritis", "psoriatic-arthritis", FRESH),
    ("is psoriasis contagious", "is-it-contagious", FRESH),
  ],
  "biologics then bloods": [
    ("what are biologic treatments", "biologics", FRESH),
    ("why do i need blood tests on my psoriasis treatment", "blood-tests-monitoring", FRESH),
    ("does sunshine help psoriasis", "sun-and-holidays", FRESH),
  ],
 },
 "sciatica": {
  "how long then scans": [
    ("how long does sciatica last", "how-long-does-it-last", FRESH),
    ("do i need an mri scan for sciatica", "scans", FRESH),
    ("should i use heat or ice", "heat-and-cold"),
  ],
  "medicines": [
    ("which painkillers can i take for sciatica", "painkillers", FRESH),
    ("what are nerve pain medicines", "nerve-pain-medicines", FRESH),
    ("what are steroid injections for sciatica", "injections", FRESH),
  ],
  "the op then after": [
    ("when is surgery considered for sciatica", "surgery", FRESH),
    ("how long does it take to recover from sciatica surgery", "recovery-after-surgery", FRESH),
    ("can sciatica come back", "preventing-it-coming-back", FRESH),
  ],
 },
 "shingles": {
  "rash then catching": [
    ("how should i look after the shingles rash", "rash-care", FRESH),
    ("is shingles contagious", "is-it-contagious", FRESH),
    ("do i need to stay off work with shingles", "work-and-school", FRESH),
  ],
  "pain then after": [
    ("what can help with the pain of shingles", "pain-relief", FRESH),
    ("what is postherpetic neuralgia", "nerve-pain-after", FRESH),
    ("how long does shingles last", "how-long-it-lasts", FRESH),
  ],
  "vaccine then again": [
    ("is there a vaccine for shingles", "vaccine", FRESH),
    ("can you get shingles more than once", "coming-back", FRESH),
    ("what happens if shingles affects the eye", "eye-shingles", FRESH),
  ],
 },
 "tonsillitis": {
  "catching then tests": [
    ("is tonsillitis catching", "contagious", FRESH),
    ("will i need a test for tonsillitis", "tests", FRESH),
    ("which painkillers can be used for tonsillitis", "painkillers", FRESH),
  ],
  "the operation then after": [
    ("what happens during a tonsillectomy", "the-operation", FRESH),
    ("how much pain is normal after a tonsillectomy", "pain-after-surgery", FRESH),
    ("when can the patient go home after a tonsillectomy", "going-home", FRESH),
  ],
  "adults then risks": [
    ("can adults have their tonsils removed", "tonsillectomy-adults", FRESH),
    ("what are the risks of a tonsillectomy", "tonsillectomy-risks", FRESH),
    ("can large tonsils cause snoring", "tonsils-and-sleep", FRESH),
  ],
 },
}

# The HO bank: follow-ups after the answer, and complete questions between them.
HO_CONVERSATIONS = {
  "grades then treatment": [
    ("what is the brooker classification of ho", "brooker-scale", FRESH),
    ("what does grade 3 mean", "grade-3", FRESH),
    ("and grade 4?", "grade-4"),
    ("how is ho treated", "treatment", FRESH),
  ],
  "joint replacement then risk": [
    ("can a hip replacement cause ho", "hip-replacement", FRESH),
    ("what about a shoulder replacement", "other-joint-replacement"),
    ("who is most likely to get ho", "who-is-at-risk", FRESH),
  ],
  "after the op": [
    ("when is surgery used for ho", "surgery", FRESH),
    ("can ho come back after surgery", "regrowth", FRESH),
    ("why is radiation therapy used for ho", "radiation-therapy", FRESH),
  ],
}

# Of the 137 turns above, 126 reached their entry when they were written, 127 after this round's work. A floor, so
# that a later change that loses several shows here.
MIN_TURNS_RIGHT = 125

_BOTS: dict[str, Bot] = {}


def _bot(bank: str | None) -> Bot:
    key = bank or ""
    if key not in _BOTS:
        _BOTS[key] = Bot.load(TUNING / f"{bank}-bank") if bank else Bot.load()
    return _BOTS[key]


CASES = [(bank, name) for bank, conversations in sorted(CONVERSATIONS.items()) for name in sorted(conversations)]
CASES += [(None, name) for name in sorted(HO_CONVERSATIONS)]


def _turns(bank, name):
    return (CONVERSATIONS[bank] if bank else HO_CONVERSATIONS)[name]


def _problems(bank, name) -> tuple[list[str], int]:
    bot = _bot(bank)
    session = bot.session()
    problems, right = [], 0
    for message, want, *marks in _turns(bank, name):
        reply = session.ask(message)
        right += reply.kind == "answer" and reply.id == want
        if reply.kind == "answer" and reply.id != want:
            problems.append(f"{message!r}: expected {want} or no answer, got {reply.id}")
        if FRESH in marks:
            fresh = bot.ask(message)
            if (fresh.kind, fresh.id) != (reply.kind, reply.id):
                got = f"{reply.kind} {reply.id} in the conversation"
                problems.append(f"{message!r}: {got}, {fresh.kind} {fresh.id} fresh")
    return problems, right


@pytest.mark.parametrize(("bank", "name"), CASES)
def test_a_conversation_never_misleads(bank, name):
    problems, _ = _problems(bank, name)
    assert not problems, "\n".join(problems)


def test_most_turns_reach_their_entry():
    right = total = 0
    for bank, name in CASES:
        right += _problems(bank, name)[1]
        total += len(_turns(bank, name))
    assert total == 137
    assert right >= MIN_TURNS_RIGHT, f"{right}/{total}"


# A concept the bank knows put for a thing the last question named in a plain word
# (`conversation.contrasts.same_kind_or_named_thing`).
NAMED_THING_FOLLOW_UPS = {
    "ibs": [
        ("do probiotics help ibs", "probiotics", FRESH),
        ("what about exercise", "exercise"),
    ],
    "sciatica": [
        ("can physiotherapy help sciatica", "physiotherapy", FRESH),
        ("and what about exercise?", "exercises"),
    ],
}


@pytest.mark.parametrize("bank", sorted(NAMED_THING_FOLLOW_UPS))
def test_a_concept_may_stand_for_a_thing_named_in_plain_words(bank):
    from conversation_support import talk

    wrong = talk(_bot(bank), NAMED_THING_FOLLOW_UPS[bank])
    assert not wrong, "\n".join(wrong)


def test_a_plain_word_never_stands_for_a_concept_nor_replaces_an_everyday_word(bot):
    # "the knee" after the radiation answer asks of radiation for a knee, never of the knee alone.
    session = bot.session()
    session.ask("why is radiation therapy used for ho")
    assert session.ask("what about the knee").id not in ("where-in-body", "other-joint-replacement")
    # "what about the weather" names no thing the bank knows: nothing leans on the last answer.
    session = _bot("ibs").session()
    session.ask("do probiotics help ibs")
    assert session.ask("what about the weather").kind != "answer"
