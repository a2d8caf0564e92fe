"""A personal request read as grammar (chatbot/safety/personal_requests.py, the general layer's
`personal_advice.requests`): someone + a modal + an act + a medicine or treatment is refused as advice; the same
topic asked of people in general is still a question for the bank."""

import pytest

from chatbot import BankError, Bot

PERSONAL = [
    "can I just come off the naproxen now",
    "is it alright if I miss tonight's indomethacin",
    "do I have to carry on with the tablets once the pain has gone",
    "would you go ahead with the radiotherapy",
    "what would you pick, the op or the tablets",
    "should my grandad have the operation at his age",
    "is it worth my wife having the surgery",
    "shud he come off his warfarin",  # a quick-message spelling
    "should I stop the indomethicin",  # a slip in a long medicine name
    "pls tell me if I should have the radiotherapy",  # a statement frame after "if"
    "what should my son take for the pain",  # the thing is what is asked
    "can my little boy stop his physio",  # "my *" and a word more before the act
    "can I have a glass of wine while I'm on naproxen",  # a second thing after "while"
    "is it ok to take my warfarin with paracetamol",  # a frame naming no one, with the person's own medicine
    "Bad x-ray today. Stop physio?",  # a decision opening its clause
    "can I stop the antiviral tablets early",  # a word naming the kind of thing just before it
    "what happens if I give up my naproxen before the six weeks",
    "my elbow has gone stiff and sore, can it wait till next week",  # whether to seek care now
]

GENERAL = [
    "do people come off naproxen after a few weeks",
    "why do surgeons use radiotherapy after the operation",
    "is indomethacin given to stop the bone growing",
    "when do doctors operate on the extra bone",
    "can I stop HO from coming back",  # the act is on the condition
    "can I get HO after a knee replacement",  # "HO" is what is got, not the replacement
    "is it ok to mix medicines without asking a doctor",  # no one's own medicine
    "what can I do to stop it coming back",
]


@pytest.mark.parametrize("message", PERSONAL)
def test_a_personal_request_about_a_treatment_is_refused_as_advice(bot, message):
    assert bot.advice.asks_for_advice(message)
    assert bot.advice.rule_for(message) is not None
    assert bot.ask(message).kind == "fallback"


@pytest.mark.parametrize("message", GENERAL)
def test_the_same_topic_asked_in_general_is_no_request(bot, message):
    assert not bot.advice.asks_for_advice(message), bot.advice.rule_for(message)


def test_a_general_twin_still_gets_its_answer(bot):
    # The request and its general twin: only the first names someone who would act.
    assert bot.ask("should my mum have the operation to take the bone out").kind == "fallback"
    reply = bot.ask("when do surgeons operate to take the bone out")
    assert (reply.kind, reply.id) == ("answer", "surgery")


def test_a_frame_that_ends_its_clause_acts_on_the_thing_named_before(bot):
    assert bot.advice.asks_for_advice("The surgeon offered me a second course of tablets. Should I?")
    assert bot.advice.asks_for_advice("my gp gave me celecoxib last week. can I stop it?")
    # "can he?" asks whether he may drive, not advice on the operation named before.
    assert not bot.advice.asks_for_advice("he says he can drive home after the op, can he?")
    # "get it" needs its thing named: "it" here is the condition, not the replacement.
    assert not bot.advice.asks_for_advice("my knee replacement is next month, can I get it too?")


def test_a_statement_frame_counts_only_in_a_question(bot):
    assert bot.advice.asks_for_advice("my brother takes indomethacin. He can stop it now?")
    assert not bot.advice.asks_for_advice("my sister says painkillers are bad and I should stop.")


def test_aids_count_only_after_a_decision(bot):
    assert bot.advice.asks_for_advice("can I stop using the walking frame yet")
    assert not bot.advice.asks_for_advice("how long will my dad need the walking frame")


def test_a_question_asking_advice_only_with_its_story_is_not_answered_from_the_story(bot):
    # The question alone names no medicine; with the story it asks whether to stop one.
    message = "My wife takes naproxen for her hip. It hurts her stomach a lot. She can stop it?"
    assert not bot.advice.asks_for_advice("She can stop it?")
    assert bot.ask(message).kind == "fallback"


def test_a_question_naming_no_one_after_a_story_is_still_answered(bot):
    # The story names a scan and the question asks whether it is dangerous: no one is asked about, so the question
    # is read with the story as any other, not refused for words the two share.
    story = "My uncle had a bad fall in March and the scan shows extra bone around his elbow."
    assert not bot.advice.asks_with_its_story(story, "Is it serious?")
    assert bot.advice.asks_with_its_story("My wife takes naproxen for her hip.", "She can stop it?")


def test_asking_approval_of_what_the_story_asks_is_advice(bot):
    assert bot.ask("I would rather not have the radiotherapy, is that alright?").kind == "fallback"
    # Approval of a claim that asks no advice is a question about the claim.
    assert not bot.advice.asks_with_its_story("My physio says stiffness is common with HO.", "is that ok?")


def test_a_message_about_people_in_general_is_not_refused_by_a_combination_alone(bot):
    # The dose-amount combination's words ("how many" + "doses") about patients in general ask no dose of anyone.
    assert not bot.advice.asks_for_advice("how many doses of radiation do patients usually have")
    assert bot.advice.asks_for_advice("how many doses of radiation should I have")
    assert bot.advice.asks_for_advice("how many doses of radiation does my husband need")


SHINGLES_BANK = (
    "meta:\n  title: Shingles\n  topic: shingles\n  short_name: shingles\n  source: tests\n  reviewed: 2025-01-01\n"
    "entries:\n"
    "  - id: antivirals\n    question: What do antiviral tablets do for shingles?\n"
    "    alternates: [how do antivirals help shingles, why are antiviral tablets given for shingles]\n"
    "    answer: Antiviral tablets can make shingles shorter and milder when they are started early.\n"
    "  - id: cream\n    question: Can I use a cream on the shingles rash?\n"
    "    alternates: [is there a cream for the shingles rash, what cream helps a shingles rash]\n"
    "    answer: A plain cooling cream can ease the itch; a pharmacist can say which ones suit the rash.\n"
)


def test_a_clinic_bank_adds_its_own_medicines_to_the_grammar(make_bank):
    plain = Bot.load(make_bank({"bank.yaml": SHINGLES_BANK}))
    assert not plain.advice.asks_for_advice("is it ok if I skip my valaciclovir tonight")
    own = SHINGLES_BANK + "personal_advice:\n  requests:\n    things: [valaciclovir]\n"
    bot = Bot.load(make_bank({"bank.yaml": own}))
    assert bot.advice.asks_for_advice("is it ok if I skip my valaciclovir tonight")
    assert bot.ask("is it ok if I skip my valaciclovir tonight").kind == "fallback"
    # A general question about the same medicine is still the bank's.
    assert bot.ask("what do antiviral tablets do for shingles").id == "antivirals"


def test_asking_what_can_be_used_keeps_the_general_answer(make_bank):
    # "Can I use" is an answer_if_clear phrase: the request grammar does not take the general answer away.
    bot = Bot.load(make_bank({"bank.yaml": SHINGLES_BANK}))
    reply = bot.ask("can I use a cream on my shingles rash")
    assert (reply.kind, reply.id) == ("answer", "cream")
    assert "personal medical advice" in reply.text


@pytest.mark.parametrize(
    ("requests", "problem"),
    [("    acts: stop\n", "requests.acts"), ("    verbs: [stop]\n", "unknown list 'verbs'")],
)
def test_a_badly_shaped_request_grammar_is_a_bank_problem(make_bank, requests, problem):
    with pytest.raises(BankError) as raised:
        Bot.load(make_bank({"bank.yaml": SHINGLES_BANK + "personal_advice:\n  requests:\n" + requests}))
    assert problem in str(raised.value)


def test_a_personal_decision_is_asked_of_a_treatment_not_of_what_usually_happens(bot):
    # "Do I need radiation?" asks for a decision on a treatment; "will I need surgery?" what usually happens, and
    # "do I need a scan?" what is done to find out: a bank's general questions.
    assert bot.advice.asks_for_advice("do I need physio")
    assert not bot.advice.asks_for_advice("will I need an operation one day")
    assert not bot.advice.asks_for_advice("do I need an x ray to find it")


@pytest.mark.parametrize(
    "message",
    [
        "my consultant has offered me radiotherapy, is that a good idea for me?",
        "would the operation be right for my mum",
        "is it worth it at my age, the surgery I mean",
        "am I too old for the operation",
        "do you think I need the tablets",
        "what do you suggest for my stiff elbow",
    ],
)
def test_whether_a_treatment_suits_this_person_is_advice(bot, message):
    assert bot.advice.asks_for_advice(message)
    assert bot.ask(message).kind == "fallback"


def test_an_obligation_on_a_named_treatment_may_point_back(bot):
    # "have it" after "do I have to" is the operation the message names; after "can I" it may be the condition.
    assert bot.advice.asks_for_advice("they want to operate, but do I have to have it?")
    assert not bot.advice.asks_for_advice("I had a knee replacement last year, can I get it too?")


@pytest.mark.parametrize(
    "message",
    ["how much codeine is safe to take with paracetamol", "how much aspirin is too much", "max tramadol a day"],
)
def test_an_amount_of_a_common_medicine_named_by_name_is_a_dose_request(bot, message):
    # The dose combination knows common medicines by name, not only "pills" and "painkillers".
    assert "dose-amount" in (bot.advice.rule_for(message) or "")
    assert bot.ask(message).kind == "fallback"
