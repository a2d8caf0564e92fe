"""Conversations of round 16 (issue 9, part 4): follow-ups that point back at a thing, and what they never mislead.

Three conversations of our own per clinic tuning bank (tests/data/tuning), written in the style of the banks' question
sets (follow-ups with "it", "they", "and for ...?", "what about ...", a new question between) to check that what
this round built carries to banks and wordings it was not tuned on. A turn marked `FRESH` is a complete question: it
must get exactly what it gets in a fresh session. Every turn must reach its entry or get no answer (a fallback or a
choice), never another entry; and most turns reach their entry (the floor below).

- "How should they be taken?" after when antibiotics are needed: the last question, with what the message asks put
  in for one of its words, reaches one entry clearly (`conversation.follow_ups.last_question_reading`).
- "What can she eat after?" after the tonsillectomy answer: a question that ends on "after" and names nothing it is
  after leans on the last answer up to eight words (`MAX_LEANING_WORDS`).
- "Does fibre help?" after the low FODMAP answer names its own thing, the title of the entry it reaches: read alone,
  not turned into a choice led by the thing talked of (`conversation.contrasts.entry_of_the_thing_talked_of`).
- "And ibuprofen type drugs?": a word of kind between two words is left out with the class after it (the general
  layer's `kind_words`, `Analyzer._without_kind_words`).
"""

from __future__ import annotations

import pytest
from conftest import DATA
from conversation_support import FRESH, talk

from chatbot.bot import Bot

TUNING = DATA / "tuning"
NOT_AN_ANSWER = ("fallback", "clarify")
# Of the 113 turns below, this many reached their entry when they were written (101 after this round's work, 97
# before it). A floor, so that a later change that loses several shows here.
MIN_TURNS_RIGHT = 99

CLINIC_CONVERSATIONS = {
 "anaemia": {
  "low iron, tablets, how long, then kids": [
    ("what is iron deficiency anaemia", "what-is-anaemia", FRESH),
    ("how do iron tablets work", "iron-tablets", FRESH),
    ("how long will i need to take them", "how-long-treatment"),
    ("and for kids?", "children"),
  ],
  "tiredness, then blood tests, then when to worry": [
    # "what are the symptoms of anaemia" gets when to get urgent help (97.5), fresh too: its alternate "which
    # symptoms need emergency care?" says "symptoms" and "anaemia" where the symptoms entry says "iron-deficiency
    # anaemia". A single question's miss, not the conversation's: left to the bank's editor.
    ("what symptoms does iron deficiency anaemia cause", "symptoms", FRESH),
    ("which blood tests show it", "blood-tests"),
    ("will i need more blood tests later", "follow-up-tests", FRESH),
    ("when should i get help urgently", "when-to-get-help", FRESH),
  ],
  "diet then pregnancy": [
    ("which foods have lots of iron", "diet", FRESH),
    ("is that enough if i'm vegan", "vegetarian-and-vegan"),
    ("what about anaemia when pregnant", "pregnancy"),
  ],
 },
 "eczema": {
  "emollients then steroids then safety": [
    ("what are emollients", "emollients", FRESH),
    ("how do i apply them", "using-emollients"),
    ("what are steroid creams for eczema", "steroid-creams", FRESH),
    ("are they safe for a toddler", "steroid-safety"),
  ],
  "catching, then school": [
    ("is eczema catching", "is-it-contagious", FRESH),
    ("can she still go to nursery", "school-and-nursery"),
    ("will she grow out of eczema", "grow-out-of-it", FRESH),
  ],
  "infection then herpeticum": [
    ("how can i tell if eczema is infected", "infected-eczema", FRESH),
    ("and what is eczema herpeticum", "eczema-herpeticum"),
    ("when should i get medical help", "when-to-get-help", FRESH),
  ],
 },
 "glaucoma": {
  "drops, side effects, missed dose": [
    ("what are prostaglandin eye drops", "prostaglandin-drops", FRESH),
    ("do they have side effects", "drop-side-effects"),
    ("what if i miss a dose of my drops", "missed-drops", FRESH),
    ("and the beta blocker ones?", "beta-blocker-drops"),
  ],
  "tests, then family": [
    ("how do they measure the eye pressure", "pressure-test", FRESH),
    ("what other tests are there at the clinic", "other-tests"),
    ("should my children be checked for glaucoma", "family-risk", FRESH),
  ],
  "laser then surgery then driving": [
    ("what is laser treatment for glaucoma", "laser-treatment", FRESH),
    ("and what operations are there", "glaucoma-surgery"),
    ("can i still drive with glaucoma", "driving", FRESH),
  ],
 },
 "gout": {
  "a flare, how long, what to do": [
    ("what are the symptoms of a gout flare", "symptoms", FRESH),
    ("how long does it last", "flare-how-long"),
    ("how is a flare treated", "treating-a-flare", FRESH),
    ("what can i do myself", "self-care-during-flare"),
  ],
  "diet then drink": [
    ("what should i eat with gout", "diet", FRESH),
    ("and alcohol?", "alcohol"),
    ("is beer ok", "alcohol"),
  ],
  "tophi then other problems": [
    ("what are tophi", "tophi", FRESH),
    ("can gout cause other problems", "complications", FRESH),
    ("how often will the clinic see me", "follow-up", FRESH),
  ],
 },
 "hayfever": {
  "tablets, drowsy, then sprays": [
    ("how do antihistamine tablets help", "antihistamine-tablets", FRESH),
    ("will they make me drowsy", "antihistamine-side-effects"),
    ("what are steroid nasal sprays", "nasal-steroid-sprays", FRESH),
    ("how do i use it properly", "using-nasal-spray"),
  ],
  "children then pregnancy": [
    ("how is hay fever treated in children", "hay-fever-in-children", FRESH),
    ("and in pregnancy?", "pregnancy-breastfeeding"),
  ],
  "season then pollen count": [
    ("when is hay fever season", "pollen-seasons", FRESH),
    ("what is the pollen count", "pollen-count", FRESH),
    ("how can i keep pollen out of the house", "self-care-pollen", FRESH),
  ],
 },
 "ibs": {
  "diet, fodmap, fibre": [
    ("what should i eat if i have ibs", "diet-first-steps", FRESH),
    ("what is the low fodmap diet", "low-fodmap", FRESH),
    ("does fibre help", "fibre"),
  ],
  "diagnosis then colonoscopy": [
    ("how is ibs diagnosed", "diagnosis", FRESH),
    ("will i need a colonoscopy", "colonoscopy"),
    ("is ibs serious", "is-ibs-serious", FRESH),
  ],
  "medicines then stress": [
    ("what medicines help with ibs diarrhoea", "medicines-diarrhoea", FRESH),
    ("and for constipation?", "medicines-constipation"),
    ("can stress make it worse", "stress-and-ibs"),
  ],
 },
 "migraine": {
  "aura then treatment then triptans": [
    ("what is a migraine aura", "aura", FRESH),
    ("how is a migraine attack treated", "acute-treatment", FRESH),
    ("what are triptans", "triptans", FRESH),
    ("do they have side effects", "side-effects"),
  ],
  "an attack, how long, then driving": [
    ("how long does a migraine attack last", "how-long-attack", FRESH),
    ("can i drive with migraine", "work-and-driving", FRESH),
    ("will my migraines ever go away", "outlook", FRESH),
  ],
  "periods then the pill": [
    ("is migraine linked to periods", "hormones-periods", FRESH),
    ("can i take the pill if i have migraine", "contraception-pregnancy", FRESH),
  ],
 },
 "osteoporosis": {
  "dexa, then osteopenia, then men": [
    ("what is a dexa scan", "dexa-scan", FRESH),
    ("what is osteopenia", "osteopenia", FRESH),
    ("can men get osteoporosis", "men", FRESH),
  ],
  "alendronate then side effects then how long": [
    ("how do i take alendronate", "bisphosphonate-tablets", FRESH),
    ("what are the side effects of bone medicines", "side-effects", FRESH),
    ("how long will i need to take it", "treatment-length"),
  ],
  "falls then exercise": [
    ("how can i lower my risk of falling", "falls-prevention", FRESH),
    ("what exercise is safe with osteoporosis", "exercise", FRESH),
    ("do i need calcium and vitamin d", "calcium-vitamin-d", FRESH),
  ],
 },
 "psoriasis": {
  "scalp then nails": [
    ("how is scalp psoriasis treated", "scalp-psoriasis", FRESH),
    ("and the nails?", "nail-psoriasis"),
    ("is psoriasis contagious", "is-it-contagious", FRESH),
  ],
  "creams then light therapy then biologics": [
    ("how do steroid creams work for psoriasis", "steroid-creams", FRESH),
    ("what is light therapy", "light-therapy", FRESH),
    ("what are biologics", "biologics", FRESH),
  ],
  "joints then sunshine": [
    ("what is psoriatic arthritis", "psoriatic-arthritis", FRESH),
    ("does sunshine help psoriasis", "sun-and-holidays", FRESH),
    ("can it be cured", "cure-and-outlook"),
  ],
 },
 "sciatica": {
  "how long, then exercises, then heat": [
    ("how long does sciatica last", "how-long-does-it-last", FRESH),
    ("what exercises help", "exercises"),
    ("should i use heat or ice", "heat-and-cold"),
  ],
  "surgery then recovery": [
    ("when is surgery considered for sciatica", "surgery", FRESH),
    ("how long does recovery take after the operation", "recovery-after-surgery"),
    ("can sciatica come back", "preventing-it-coming-back", FRESH),
  ],
  "injections then pregnancy": [
    ("what are steroid injections for sciatica", "injections", FRESH),
    ("can you get sciatica in pregnancy", "pregnancy", FRESH),
    ("do i need an mri scan", "scans"),
  ],
 },
 "shingles": {
  "rash, then how long, then catching": [
    ("what are the symptoms of shingles", "symptoms", FRESH),
    ("how long does it last", "how-long-it-lasts"),
    ("is shingles contagious", "is-it-contagious", FRESH),
  ],
  "antivirals then side effects then the vaccine": [
    ("what medicines treat shingles", "antiviral-medicines", FRESH),
    ("what are the side effects", "side-effects"),
    ("is there a vaccine for shingles", "vaccine", FRESH),
  ],
  "eye then complications": [
    ("what happens if shingles affects the eye", "eye-shingles", FRESH),
    ("what other complications are there", "complications"),
    ("can you get shingles twice", "coming-back", FRESH),
  ],
 },
 "tonsillitis": {
  "antibiotics then the course then painkillers": [
    ("when are antibiotics needed for tonsillitis", "when-antibiotics-help", FRESH),
    ("how should they be taken", "antibiotic-course"),
    ("which painkillers can be used", "painkillers"),
  ],
  "tonsillectomy, risks, recovery": [
    ("when is a tonsillectomy offered", "tonsillectomy-when", FRESH),
    ("what are the risks", "tonsillectomy-risks"),
    ("how long is the recovery", "recovery-time"),
    ("what can he eat after", "eating-after-surgery"),
  ],
  "catching then school": [
    ("is tonsillitis catching", "contagious", FRESH),
    ("when can my child go back to school", "school-and-work"),
  ],
 },
}


_BOTS: dict[str, Bot] = {}


def _bot(bank: str) -> Bot:
    if bank not in _BOTS:
        _BOTS[bank] = Bot.load(TUNING / f"{bank}-bank")
    return _BOTS[bank]



CASES = [(bank, name) for bank, conversations in sorted(CLINIC_CONVERSATIONS.items()) for name in sorted(conversations)]


@pytest.mark.parametrize(("bank", "name"), CASES)
def test_a_clinic_conversation_never_misleads(bank, name):
    bot = _bot(bank)
    session = bot.session()
    problems = []
    for message, want, *marks in CLINIC_CONVERSATIONS[bank][name]:
        reply = session.ask(message)
        if reply.kind == "answer" and reply.id != want:
            problems.append(f"{message!r}: expected {want} or no answer, got {reply.id}")
        if FRESH in marks:
            fresh = bot.ask(message)
            if (fresh.kind, fresh.id) != (reply.kind, reply.id):
                got = f"{reply.kind} {reply.id} in the conversation"
                problems.append(f"{message!r}: {got}, {fresh.kind} {fresh.id} fresh")
    assert not problems, "\n".join(problems)


def test_most_turns_of_the_clinic_conversations_reach_their_entry():
    right = total = 0
    for bank, conversations in CLINIC_CONVERSATIONS.items():
        bot = _bot(bank)
        for turns in conversations.values():
            session = bot.session()
            for message, want, *_ in turns:
                reply = session.ask(message)
                right += reply.kind == "answer" and reply.id == want
                total += 1
    assert total == 113
    assert right >= MIN_TURNS_RIGHT, f"{right}/{total}"


FOLLOW_UPS = {
    "tonsillitis": [
        ("when are antibiotics needed for tonsillitis", "when-antibiotics-help", FRESH),
        ("how should they be taken", "antibiotic-course"),
        ("when is a tonsillectomy offered", "tonsillectomy-when", FRESH),
        ("what can she eat after", "eating-after-surgery"),
    ],
    "hayfever": [
        ("what are steroid nasal sprays", "nasal-steroid-sprays", FRESH),
        ("whats the right way to use them", "using-nasal-spray"),
        ("how do i use it properly", NOT_AN_ANSWER),  # the entry just given: nothing new to lean on
    ],
    "eczema": [
        ("what are emollients", "emollients", FRESH),
        ("and how do i put it on", "using-emollients"),
    ],
    "anaemia": [
        ("what are the side effects of iron tablets", "iron-side-effects", FRESH),
        ("and how long will i be on them", "how-long-treatment"),
    ],
    "ibs": [
        ("what is the low fodmap diet", "low-fodmap", FRESH),
        ("does fibre help", "fibre", FRESH),
        ("is fibre any good", "fibre"),
    ],
}


@pytest.mark.parametrize("bank", sorted(FOLLOW_UPS))
def test_follow_ups_that_point_back_at_a_thing(bank):
    wrong = talk(_bot(bank), FOLLOW_UPS[bank])
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("opening", ["when are antibiotics needed for tonsillitis", "when is a tonsillectomy offered"])
@pytest.mark.parametrize(
    "message", ["what time is it", "tell me what time it is", "what is this place", "where is this"]
)
def test_everyday_questions_with_it_or_this_lean_on_nothing(opening, message):
    session = _bot("tonsillitis").session()
    session.ask(opening)
    assert session.ask(message).kind != "answer"


def test_everyday_questions_lean_on_nothing_after_an_ho_answer(bot):
    for opening in ("What is HO?", "how is HO treated", "can a hip replacement cause HO"):
        everyday = ("tell me what time it is", "what time of day is it", "what is this place", "what location is this")
        for message in everyday:
            session = bot.session()
            session.ask(opening)
            assert session.ask(message).kind != "answer", (opening, message)


def test_the_thing_reading_needs_the_answer_just_given():
    # After a message that got no answer, "they" has nothing sure to point at: the last answer is two turns back.
    session = _bot("tonsillitis").session()
    session.ask("when are antibiotics needed for tonsillitis")
    session.ask("what is the capital of peru")
    assert session.ask("how should they be taken").kind != "answer"


def test_a_drug_of_a_kind_is_asked_as_the_drug(bot):
    for message in ("could ibuprofen type tablets help prevent HO", "can ibuprofen type painkillers stop HO"):
        assert bot.ask(message).id == "nsaids", message
    session = bot.session()
    session.ask("what about warfarin")
    assert session.ask("and ibuprofen type drugs?").id == "nsaids"


def test_a_word_of_kind_beside_a_small_word_or_a_number_stays(bot):
    analyzer = bot.analyzer
    assert "type" in analyzer.analyze("what type of drugs prevent HO").words
    assert "type" in analyzer.analyze("I have type 2 diabetes").words
    assert "type" in analyzer.analyze("the acquired type not the genetic one").words
    assert "type" not in analyzer.analyze("ibuprofen type drugs").words
    assert bot.ask("what are the types of HO").id == "types-of-ho"
