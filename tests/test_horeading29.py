"""Round 27 (horeading29): a story's one question answered when the question read alone, the story read alone and the
second reading of the whole message agree on its entry (`understanding.story_agreement`); the near-misses that
sank horeading28's asking clause keep falling back. Our own story sentences, not the tuning sets'."""

from pathlib import Path

import pytest

from chatbot.bot import Bot
from chatbot.conversation import last_resort, whole_message
from chatbot.understanding.first_alternative import first_alternative_lead
from chatbot.understanding.story_agreement import story_agreement_lead

# (message, entry): each fell back (or offered a choice) before the lead; each is answered by it.
AGREED = [
    (
        "my uncle hurt his spine falling off scaffolding, is he likely to get bone growing round his hips because of "
        "that injury",
        "injury-cause",
    ),
    (
        "my mother saw some pills online for her bone growth. does she need to ask her doctor first?",
        "ask-before-medicine",
    ),
    (
        "my sister bought some supplements online for her bone growth. does she have to check with her doctor first?",
        "ask-before-medicine",
    ),
    (
        "ok bit of background. i hurt my thigh playing rugby in march, it went hard, my gp said a dead leg, then the "
        "physio said it might be something else. can extra bone be mistaken for a dead leg?",
        "mistaken-symptoms",
    ),
]

# A short clause any entry "explains", a story about another condition, joint or thing: never this lead's answer.
NEAR_MISSES = [
    "my hip hurts at night, why",
    "how is it treated? my mum has shingles",
    "my mum has shingles. how is it treated?",
    "broke my wrist on the ice last week. how long will i be in this cast for",
    "I have a bone spur on my heel. what's the best way to get rid of it?",
    "my kidney stones are calcium, are they the same thing as HO?",
]

OPENINGS = ("What is HO?", "How is HO treated?", "Can children get HO?")


@pytest.mark.parametrize(("message", "entry"), AGREED)
def test_agreeing_readings_answer_the_story_question(bot, message, entry):
    reply = bot.session().ask(message)
    assert (reply.kind, reply.id, reply.via) == ("answer", entry, "story agreement")
    assert reply.score is not None and reply.score > 0


@pytest.mark.parametrize(("message", "entry"), AGREED)
def test_the_same_answer_mid_conversation(bot, message, entry):
    for opening in OPENINGS:
        session = bot.session()
        session.ask(opening)
        reply = session.ask(message)
        assert (reply.kind, reply.id) == ("answer", entry), opening


@pytest.mark.parametrize(("message", "entry"), AGREED)
def test_without_the_lead_they_are_not_answered(bot, message, entry, monkeypatch):
    monkeypatch.setattr(last_resort, "story_agreement_lead", lambda *args, **kwargs: None)
    assert bot.session().ask(message).kind != "answer"


@pytest.mark.parametrize("message", NEAR_MISSES)
def test_near_misses_fall_back(bot, message):
    for opening in (None, *OPENINGS):
        session = bot.session()
        if opening:
            session.ask(opening)
        reply = session.ask(message)
        assert reply.kind != "answer", (opening, reply.id, reply.via)


def test_a_knee_replacement_story_never_gets_what_ho_is(bot):
    # "that" is the knee replacement: read alone, "Could that give me HO?" is what HO is.
    reply = bot.session().ask("I'm booked in for a knee replacement in the spring. Could that give me HO?")
    assert reply.via != "story agreement"
    assert reply.id != "what-is-ho"


def test_the_story_must_rank_the_clause_leader(bot):
    # "how is it treated" alone leads the treatment entry clearly, and the second reading of the whole message may
    # agree, but "my mum has shingles" read alone ranks nothing about treatment: no agreement.
    session = bot.session()
    text = "my mum has shingles. how is it treated?"
    message = whole_message.split(session, text)
    assert message.story and len(message.questions) == 1
    analysis = bot.analyzer.analyze(text)
    names = bot.bank.subject_names
    lead = story_agreement_lead(bot.matcher, bot.analyzer, analysis, message, True, bot.bank.topic, names)
    assert lead is None


def test_one_question_only(bot):
    session = bot.session()
    text = "my sister bought some supplements online for her bone growth. does she have to check with her doctor first?"
    message = whole_message.split(session, text)
    analysis = bot.analyzer.analyze(text)
    args = (bot.matcher, bot.analyzer, analysis)
    assert story_agreement_lead(*args, message, True, bot.bank.topic, bot.bank.subject_names) is not None
    two = message._replace(questions=(*message.questions, "what is HO?"))
    assert story_agreement_lead(*args, two, True, bot.bank.topic, bot.bank.subject_names) is None
    # Not about health, or asking something of the bot: no lead.
    assert story_agreement_lead(*args, message, False, bot.bank.topic, bot.bank.subject_names) is None


def test_a_clinic_bank_has_its_own_leads():
    folder = Path(__file__).parent / "data" / "tuning" / "shingles-bank"
    clinic = Bot.load(folder)
    assert clinic.matcher.lists_sparse_entries
    text = "my nan has had shingles for a week and the rash is fading. how long does the pain last after the rash?"
    message = whole_message.split(clinic.session(), text)
    analysis = clinic.analyzer.analyze(text)
    lead = story_agreement_lead(
        clinic.matcher, clinic.analyzer, analysis, message, True, clinic.bank.topic, clinic.bank.subject_names
    )
    assert lead is None


# (question, entry): two alternatives, the first asking it in the bank's words; fallbacks before the reading.
ALTERNATIVES = [
    ("can it turn up years later or is it always in the first weeks", "when-does-it-form"),
    ("could HO be mistaken for gout or a sprain", "mistaken-symptoms"),
    ("can ho be confused with a blood clot or something else", "mistaken-symptoms"),
    ("could it be mixed up with an infection or a clot early on", "mistaken-symptoms"),
]

# A choice asked of the bot, the topic against another condition, and everyday questions with "it ... or".
ALTERNATIVE_NEAR_MISSES = [
    "should I take ibuprofen or paracetamol for my HO",
    "should my dad have the surgery or not",
    "is that HO or just a bad bruise",
    "is my stiffness HO or arthritis",
    "is it going to rain today or tomorrow",
    "can you book it for monday or tuesday",
]


@pytest.mark.parametrize(("question", "entry"), ALTERNATIVES)
def test_the_first_alternative_answers(bot, question, entry, monkeypatch):
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id, reply.via) == ("answer", entry, "alternative")
    for opening in OPENINGS:
        session = bot.session()
        session.ask(opening)
        assert session.ask(question).id == entry, opening
    monkeypatch.setattr(last_resort, "first_alternative_lead", lambda *args, **kwargs: None)
    assert bot.session().ask(question).kind != "answer"


@pytest.mark.parametrize("question", ALTERNATIVE_NEAR_MISSES)
def test_alternatives_that_are_no_answer(bot, question):
    for opening in (None, *OPENINGS):
        session = bot.session()
        if opening:
            session.ask(opening)
        assert session.ask(question).via != "alternative", opening


def test_first_alternative_needs_a_clear_lead_and_agreement(bot):
    subject, topic = bot.default_subject, bot.bank.topic
    lead = first_alternative_lead(
        bot.matcher, bot.analyzer, "can it turn up years later or is it always in the first weeks", subject, True, topic
    )
    assert lead is not None and lead.entry.id == "when-does-it-form"
    # No "or": nothing to read apart. Not about the topic, or a clinic's bank: no reading.
    assert first_alternative_lead(bot.matcher, bot.analyzer, "can it turn up years later", subject, True, topic) is None
    assert (
        first_alternative_lead(bot.matcher, bot.analyzer, "can it turn up years later or not", subject, True, topic)
        is None
    )
    assert (
        first_alternative_lead(
            bot.matcher,
            bot.analyzer,
            "can it turn up years later or is it always in the first weeks",
            subject,
            False,
            topic,
        )
        is None
    )
