"""Conversations of round 18 (issue 9, part 4): follow-ups and changes of topic that never mislead (conv20).

Three conversations of our own per clinic tuning bank (tests/data/tuning, menopause and acne included), written for
this round in the style of the banks' question sets, never copied from them: a treatment that fails ("what if it
doesn't work"), "will I always have it", "and for kids?", "how long will I need them", "what about ...", with
complete questions between them and a change of topic inside the conversation. A turn marked `FRESH` is a complete
question: it must get exactly what it gets in a fresh session. Every turn must reach its entry or get no answer (a
fallback or a choice), never another entry; and most turns reach their entry (the floor below). Also the HO bank:
"what about POH?" after a message about FOP that got no answer asks what that message asked of FOP.
"""

from __future__ import annotations

import pytest
from conftest import DATA
from conversation_support import FRESH

from chatbot.bot import Bot

TUNING = DATA / "tuning"

CONVERSATIONS = {
    "acne": {
        "a cream that fails": [
            ("what is benzoyl peroxide", "benzoyl-peroxide", FRESH),
            ("what if it doesn't work", "when-to-see-doctor"),
            ("are antibiotic tablets used for acne", "antibiotic-tablets", FRESH),
        ],
        "isotretinoin then mood": [
            ("what are the side effects of isotretinoin", "isotretinoin-side-effects", FRESH),
            ("can it change your mood", "isotretinoin-mood"),
            ("and why can't i get pregnant on it", "isotretinoin-pregnancy"),
        ],
        "marks then make-up": [
            ("why do my spots leave red marks", "dark-marks", FRESH),
            ("will i always have them", "scarring"),
            ("can i wear make-up if i have acne", "make-up", FRESH),
        ],
    },
    "menopause": {
        "hrt then risks": [
            ("what is hrt", "hrt-what-is", FRESH),
            ("what are the risks", "hrt-risks"),
            ("and the side effects?", "hrt-side-effects"),
        ],
        "flushes then other options": [
            ("what are hot flushes", "hot-flushes", FRESH),
            ("are there medicines for menopause symptoms that are not hormones", "non-hormone-medicines", FRESH),
            ("what about herbal remedies", "herbal-remedies"),
        ],
        "how long then bones": [
            ("how long do menopause symptoms last", "how-long-symptoms-last", FRESH),
            ("how does the menopause affect my bones", "bone-health", FRESH),
            ("and my mood?", "mood-changes"),
        ],
    },
    "afib": {
        "medicines that fail": [
            ("what medicines control the heart rate in af", "rate-control", FRESH),
            ("what if they don't work", "rhythm-control"),
            ("what is a cardioversion", "cardioversion", FRESH),
        ],
        "coffee then wine": [
            ("do i need to stop coffee with af", "caffeine", FRESH),
            ("and alcohol?", "alcohol"),
            ("can i still drive with af", "driving", FRESH),
        ],
        "tests": [
            ("how is af diagnosed", "ecg", FRESH),
            ("what other tests might i need", "other-tests", FRESH),
            ("what is a heart monitor test", "heart-monitors", FRESH),
        ],
    },
    "anaemia": {
        "tablets that fail": [
            ("how are iron tablets used to treat anaemia", "iron-tablets", FRESH),
            ("how long will i need them", "how-long-treatment"),
            ("what if they don't help", "iron-infusion"),
        ],
        "food then children": [
            ("what foods are high in iron", "diet", FRESH),
            ("can i get enough iron as a vegan", "vegetarian-and-vegan", FRESH),
            ("and for kids?", "children"),
        ],
        "black stools": [
            ("do iron tablets turn your poo black", "dark-stools", FRESH),
            ("do they have other side effects", "iron-side-effects"),
            ("will i need more blood tests", "follow-up-tests", FRESH),
        ],
    },
    "eczema": {
        "creams that fail": [
            ("what are emollients", "emollients", FRESH),
            ("what if they don't work", "other-treatments"),
            ("are steroid creams safe for children", "steroid-safety", FRESH),
        ],
        "lifelong": [
            ("what causes eczema in children", "causes", FRESH),
            ("will he always have it", "grow-out-of-it"),
            ("can he go swimming with eczema", "swimming-and-sport", FRESH),
        ],
        "bath then clothes": [
            ("how should i bath my child with eczema", "bathing", FRESH),
            ("what washing powder is best for eczema", "clothing-and-washing", FRESH),
            ("how can i stop her scratching at night", "itching-and-sleep", FRESH),
        ],
    },
    "glaucoma": {
        "drops that fail": [
            ("what are prostaglandin eye drops", "prostaglandin-drops", FRESH),
            ("what if they don't work", "other-drop-types"),
            ("what is laser treatment for glaucoma", "laser-treatment", FRESH),
        ],
        "family": [
            ("who is more likely to get glaucoma", "who-gets-it", FRESH),
            ("should my children be checked", "family-risk"),
            ("can glaucoma be cured", "can-it-be-cured", FRESH),
        ],
        "surgery then driving": [
            ("what operations are there for glaucoma", "glaucoma-surgery", FRESH),
            ("and what is recovery like", "recovery-after-surgery"),
            ("can i drive with glaucoma", "driving", FRESH),
        ],
    },
    "gout": {
        "medicine then how long": [
            ("what are urate lowering medicines", "urate-lowering-medicines", FRESH),
            ("how long will i need to take them", "how-long-on-treatment"),
            ("what side effects can they cause", "urate-lowering-side-effects"),
        ],
        "flare then drink": [
            ("how is a gout flare treated", "treating-a-flare", FRESH),
            ("how long does a gout flare last", "flare-how-long", FRESH),
            ("can i drink beer with gout", "alcohol", FRESH),
        ],
        "lumps": [
            ("what are tophi", "tophi", FRESH),
            ("can gout cause other problems", "complications", FRESH),
            ("will losing weight help my gout", "weight-exercise", FRESH),
        ],
    },
    "hayfever": {
        "spray that fails": [
            ("what are steroid nasal sprays", "nasal-steroid-sprays", FRESH),
            ("how do i use it properly", "using-nasal-spray"),
            ("what if it doesn't help", "treatment-not-working"),
        ],
        "for life": [
            ("what causes hay fever", "causes-pollen", FRESH),
            ("will i always have it", "grow-out-of-it"),
            ("what is immunotherapy for hay fever", "immunotherapy", FRESH),
        ],
        "children then eyes": [
            ("how is hay fever treated in children", "hay-fever-in-children", FRESH),
            ("what can i use for itchy eyes with hay fever", "eye-drops", FRESH),
            ("can hay fever make asthma worse", "asthma-and-hay-fever", FRESH),
        ],
    },
    "hearing": {
        "aid stops working": [
            ("how do i get a hearing aid", "getting-an-aid", FRESH),
            ("what if it stops working", "repairs-and-follow-up"),
            ("why does my hearing aid whistle", "whistling", FRESH),
        ],
        "tinnitus": [
            ("what is tinnitus", "tinnitus", FRESH),
            ("what can help it", "tinnitus-help"),
            ("how can i protect my hearing", "protecting-hearing", FRESH),
        ],
        "wax": [
            ("can earwax cause hearing loss", "earwax", FRESH),
            ("how do i get rid of earwax", "earwax-removal", FRESH),
            ("what is a cochlear implant", "cochlear-implants", FRESH),
        ],
    },
    "ibs": {
        "fodmap that fails": [
            ("what is the low fodmap diet", "low-fodmap", FRESH),
            ("what if it doesn't help", "fallback"),
            ("can talking therapies help ibs", "talking-therapies", FRESH),
        ],
        "forever": [
            ("what causes ibs", "ibs-causes", FRESH),
            ("will i always have it", "long-term-outlook"),
            ("is ibs serious", "is-ibs-serious", FRESH),
        ],
        "medicines": [
            ("what medicines help with ibs diarrhoea", "medicines-diarrhoea", FRESH),
            ("and for constipation?", "medicines-constipation"),
            ("does exercise help ibs", "exercise", FRESH),
        ],
    },
    "migraine": {
        "triptans that fail": [
            ("what are triptans", "triptans", FRESH),
            ("what side effects can they cause", "side-effects"),
            ("are there medicines to prevent migraine", "preventive-treatment", FRESH),
        ],
        "for life": [
            ("what causes migraine", "causes", FRESH),
            ("will i always have them", "outlook"),
            ("what is chronic migraine", "chronic-migraine", FRESH),
        ],
        "attack": [
            ("how long does a migraine attack last", "how-long-attack", FRESH),
            ("what can i do myself during an attack", "self-care-during-attack", FRESH),
            ("is migraine linked to periods", "hormones-periods", FRESH),
        ],
    },
    "osteoporosis": {
        "tablets": [
            ("how do i take alendronate", "bisphosphonate-tablets", FRESH),
            ("how long will i need to take it", "treatment-length"),
            ("what are the rare side effects in the jaw", "rare-side-effects", FRESH),
        ],
        "men then falls": [
            ("can men get osteoporosis", "men", FRESH),
            ("how can i lower my risk of falling", "falls-prevention", FRESH),
            ("what exercise is safe with osteoporosis", "exercise", FRESH),
        ],
        "scan": [
            ("what is a dexa scan", "dexa-scan", FRESH),
            ("what is osteopenia", "osteopenia", FRESH),
            ("do i need calcium and vitamin d", "calcium-vitamin-d", FRESH),
        ],
    },
    "psoriasis": {
        "creams that fail": [
            ("what are vitamin d creams for psoriasis", "vitamin-d-creams", FRESH),
            ("what if they don't work", "fallback"),
            ("what is light therapy", "light-therapy", FRESH),
        ],
        "for life": [
            ("is psoriasis contagious", "is-it-contagious", FRESH),
            ("will i always have it", "cure-and-outlook"),
            ("does sunshine help psoriasis", "sun-and-holidays", FRESH),
        ],
        "nails then joints": [
            ("can psoriasis affect the nails", "nail-psoriasis", FRESH),
            ("what is psoriatic arthritis", "psoriatic-arthritis", FRESH),
            ("what are biologic treatments", "biologics", FRESH),
        ],
    },
    "sciatica": {
        "painkillers that fail": [
            ("which painkillers can i take for sciatica", "painkillers", FRESH),
            ("what if they don't help", "nerve-pain-medicines"),
            ("can physiotherapy help sciatica", "physiotherapy", FRESH),
        ],
        "how long then back": [
            ("how long does sciatica last", "how-long-does-it-last", FRESH),
            ("can it come back", "preventing-it-coming-back"),
            ("do i need an mri scan for sciatica", "scans", FRESH),
        ],
        "surgery": [
            ("when is surgery considered for sciatica", "surgery", FRESH),
            ("how long does it take to recover from sciatica surgery", "recovery-after-surgery", FRESH),
            ("can i drive with sciatica", "driving", FRESH),
        ],
    },
    "shingles": {
        "medicines then pain": [
            ("what medicines are used to treat shingles", "antiviral-medicines", FRESH),
            ("what side effects can they cause", "side-effects"),
            ("what can help with the pain of shingles", "pain-relief", FRESH),
        ],
        "again": [
            ("how long does shingles last", "how-long-it-lasts", FRESH),
            ("can you get it again", "coming-back"),
            ("is there a vaccine for shingles", "vaccine", FRESH),
        ],
        "eye then work": [
            ("what happens if shingles affects the eye", "eye-shingles", FRESH),
            ("do i need to stay off work with shingles", "work-and-school", FRESH),
            ("is shingles contagious", "is-it-contagious", FRESH),
        ],
    },
    "tonsillitis": {
        "antibiotics that fail": [
            ("when are antibiotics needed for tonsillitis", "when-antibiotics-help", FRESH),
            ("how should they be taken", "antibiotic-course"),
            ("which painkillers can be used for tonsillitis", "painkillers", FRESH),
        ],
        "after the op": [
            ("what happens during a tonsillectomy", "the-operation", FRESH),
            ("how much pain is normal after a tonsillectomy", "pain-after-surgery", FRESH),
            ("what can be eaten after a tonsillectomy", "eating-after-surgery", FRESH),
        ],
        "catching": [
            ("is tonsillitis catching", "contagious", FRESH),
            ("what causes tonsillitis", "causes", FRESH),
            ("will i need a test for tonsillitis", "tests", FRESH),
        ],
    },
}

# Of the 144 turns above, 124 reached their entry before this round's work (2 answered with another entry: "what if
# it doesn't help" after the low FODMAP diet and after sciatica painkillers), 134 after (none). A floor, so that a
# later change that loses several shows here.
MIN_TURNS_RIGHT = 131

_BOTS: dict[str, Bot] = {}


def _bot(bank: str) -> Bot:
    if bank not in _BOTS:
        _BOTS[bank] = Bot.load(TUNING / f"{bank}-bank")
    return _BOTS[bank]


CASES = [(bank, name) for bank, conversations in sorted(CONVERSATIONS.items()) for name in sorted(conversations)]


def _problems(bank, name) -> tuple[list[str], int]:
    bot = _bot(bank)
    session = bot.session()
    problems, right = [], 0
    for message, want, *marks in CONVERSATIONS[bank][name]:
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
        total += len(CONVERSATIONS[bank][name])
    assert total == 144
    assert right >= MIN_TURNS_RIGHT, f"{right}/{total}"


@pytest.mark.parametrize(
    ("bank", "turns"),
    [
        # A treatment that fails, asked with "it" or "they" after the treatment's answer: the bank's entry on it.
        (
            "eczema",
            [("what are steroid creams for eczema", "steroid-creams"), ("what if they don't work", "other-treatments")],
        ),
        (
            "hayfever",
            [
                ("what are steroid nasal sprays", "nasal-steroid-sprays"),
                ("what if it isn't working", "treatment-not-working"),
            ],
        ),
        # "Always have it" asks whether it ever goes away.
        ("migraine", [("what is migraine", "what-is-migraine"), ("will i always have it", "outlook")]),
        ("ibs", [("what is ibs", "what-is-ibs"), ("will i always have this", "long-term-outlook")]),
    ],
)
def test_a_failing_treatment_and_always_having_it_are_understood(bank, turns):
    session = _bot(bank).session()
    for message, want in turns:
        reply = session.ask(message)
        assert (reply.kind, reply.id) == ("answer", want), (message, reply.kind, reply.id)


def test_if_it_does_not_work_before_another_question_asks_that_question():
    # "If that doesn't work, is there an op?" asks of the op: the condition is no question of its own.
    session = _bot("eczema").session()
    session.ask("what are emollients")
    reply = session.ask("and if they don't work is there a cream with steroids")
    assert reply.kind != "answer" or reply.id in ("steroid-creams", "other-treatments")


def test_what_about_a_subject_after_a_message_about_another_that_got_no_answer(bot):
    # "What about POH?" after "what are the signs of FOP, my nephew was told he has it" (no answer): what that
    # message asked of FOP, asked of POH, at the usual bar; what its story said ("told") is not asked.
    session = bot.session()
    first = session.ask("what are the signs of FOP, my nephew was told he might have it")
    reply = session.ask("and POH?")
    if first.kind != "answer":
        assert (reply.kind, reply.id) == ("answer", "poh-symptoms")
    # Nothing asked of the subject told: nothing carried over, and no answer from another entry than POH's.
    session = bot.session()
    session.ask("my son has FOP, i am so tired")
    reply = session.ask("what about POH")
    assert reply.kind != "answer" or reply.id in ("genetic-ho", "poh-symptoms")


def test_a_question_pointing_at_a_thing_is_no_small_talk():
    # "What can help it?" after the tinnitus answer asks what helps tinnitus, not what the bot can help with.
    bot = _bot("hearing")
    session = bot.session()
    session.ask("what is tinnitus")
    assert session.ask("what can help it").id == "tinnitus-help"
    # Questions to the bot stay small talk, with "it" too when a pattern says it ("how does this work").
    for message in ("what can you help with", "how does it work", "can you help me", "what can i ask"):
        assert bot.ask(message).kind == "smalltalk", message


def test_bloods_checked_again_are_blood_tests():
    reply = _bot("anaemia").ask("when are my bloods rechecked")
    assert (reply.kind, reply.id) == ("answer", "follow-up-tests")

