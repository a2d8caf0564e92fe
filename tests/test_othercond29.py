"""Another condition beside the question (round 27, othercond29): a message that names something the bank does not
cover gets the fallback, never the bank's answer about its own topic.

Four classes, each with our own sentences and near-misses that must still be answered:
- the question asked first about "it", then a story that names another condition ("can it be cured? my husband has
  psoriasis"): the general layer's condition names and endings say it is a condition (`Analyzer.names_condition`);
- a short form typed in capitals that is also an English word or title ("symptoms of MS", "is POTS hereditary"):
  a name, not "Ms" or "pots" (`Analyzer.typed_names`);
- what the writer did with their own medicine, then "is that ok?": personal advice (general/advice.yaml);
- "is it HO or a blood clot": the personal-advice reply keeps the one-line safety net, fresh and mid-conversation.
"""

import pytest

OPENINGS = ("What is HO?", "how is it treated", "can kids get it")

OTHER_CONDITION_AFTER = [
    "how is it treated? my dad has sarcoidosis",
    "is it curable? my wife has psoriasis on her elbows",
    "what brings it on? my nephew has eczema",
    "how do you manage it? my aunt has fibrositis",
    "is it passed down in families? my niece has eczema",
    "what causes it? my grandson has lupus",
]

OWN_TOPIC_AFTER = {
    "how is it treated? my dad has HO in his hip": "treatment",
    "what brings it on? my nephew has FOP": "causes",
    "what causes it? my grandson has it in both knees": "causes",
    "how is it treated? my mum has it after her hip op": "treatment",
    "how do they treat it?": "treatment",
}

CAPITAL_NAMES = [
    "symptoms of MS",
    "what are the early signs of ALS",
    "is POTS hereditary",
    "what are the symptoms of POTS",
    "is PANS hereditary",
    "how do they treat it? my mum has MS",
]

OWN_SHORT_FORMS = {
    "symptoms of HO": "early-symptoms",
    "is it OK to exercise with HO": "physical-therapy",
    "is POH hereditary": "genetic-ho",
    "what does HO look like on an MRI": "imaging-tests",
    "does indomethacin help prevent HO": "nsaids",
}

OWN_MEDICINE_JUDGED = [
    "I stopped my indomethacin is that ok",
    "ive doubled my painkillers is that bad?",
    "i came off the anti inflammatories early, is that ok",
    "I stopped my indomethacin. Is that alright?",
]


def _asked_fresh_and_after_openings(bot, question):
    replies = [bot.session().ask(question)]
    for opening in OPENINGS:
        talk = bot.session()
        talk.ask(opening)
        replies.append(talk.ask(question))
    return replies


@pytest.mark.parametrize("question", OTHER_CONDITION_AFTER)
def test_another_condition_told_after_the_question_is_not_answered(bot, question):
    for reply in _asked_fresh_and_after_openings(bot, question):
        assert reply.kind == "fallback", (reply.id, reply.via)


@pytest.mark.parametrize(("question", "entry"), OWN_TOPIC_AFTER.items())
def test_the_banks_own_topic_told_after_the_question_is_answered(bot, question, entry):
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", entry)


def test_condition_names_come_from_the_general_layer_and_word_endings(bot):
    analyzer = bot.analyzer
    for word in ("sarcoidosis", "psoriasis", "eczema", "tendinitis", "fibrositis", "thalassaemia", "paraplegia"):
        assert analyzer.names_condition(word), word
    # Everyday words first (the general layer grades tears and burns), and words with no condition's ending.
    for word in ("tear", "burn", "strain", "nostalgia", "grandson", "hip"):
        assert not analyzer.names_condition(word), word


@pytest.mark.parametrize("question", CAPITAL_NAMES)
def test_a_short_form_in_capitals_names_another_condition(bot, question):
    for reply in _asked_fresh_and_after_openings(bot, question):
        assert reply.kind == "fallback", (reply.id, reply.via)


@pytest.mark.parametrize(("question", "entry"), OWN_SHORT_FORMS.items())
def test_the_banks_own_short_forms_and_shouted_small_words_still_answer(bot, question, entry):
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", entry)


def test_capitals_make_a_name_only_in_that_message(bot):
    analyzer = bot.analyzer
    analyzer.start_message()
    assert "ms" not in analyzer.analyze("symptoms of ms").tokens or analyzer.is_everyday("ms")
    analyzer.start_message()
    tokens = analyzer.analyze("symptoms of MS").tokens
    assert "ms" in tokens and not analyzer.is_everyday("ms") and analyzer.zipf("ms") == 0.0
    analyzer.start_message()  # the next message ("Ms Smith") is read as English again
    assert analyzer.is_everyday("ms")
    # Words English uses commonly are shouted, not names; the bank's own short forms are its words.
    assert analyzer.typed_names(frozenset({"help", "why", "ho", "fop", "ok", "us"})) == frozenset()
    analyzer.start_message()


@pytest.mark.parametrize("question", OWN_MEDICINE_JUDGED)
def test_what_i_did_with_my_own_medicine_is_not_judged(bot, question):
    personal = bot.bank.messages["personal_advice"].strip()
    for reply in _asked_fresh_and_after_openings(bot, question):
        assert reply.kind == "fallback", (reply.id, reply.via)
        assert reply.text.startswith(personal[:40])
    assert bot.advice.asks_for_advice(question)


def test_a_question_about_the_medicine_in_general_is_still_answered(bot):
    assert not bot.advice.asks_for_advice("does indomethacin help prevent HO")
    reply = bot.session().ask("Can indomethacin stop HO?")
    assert (reply.kind, reply.id) == ("answer", "nsaids")


BLOOD_CLOT_NAMED = ["is it HO or a blood clot", "Is it HO or a blood clot?", "HO or a DVT, how can you tell?"]


@pytest.mark.parametrize("question", BLOOD_CLOT_NAMED)
def test_a_clot_named_as_what_it_may_be_brings_the_safety_line(bot, question):
    assessment = bot.triage.assess(question)
    assert (assessment.tier, assessment.rule, assessment.informational) == ("routine", "blood-clot-in-leg", True)
    line = bot.triage.safety_line(assessment, bot.emergency_number, bot.contact, bot.services)
    for reply in _asked_fresh_and_after_openings(bot, question):
        assert reply.kind != "answer" and line in reply.text


def test_a_clot_with_its_signs_now_still_escalates(bot):
    told_now = "my calf is swollen and hot since this morning, is it HO or a blood clot?"
    assert bot.session().ask(told_now).kind == "urgent"
    # A past clot is a story, no sign now.
    assert bot.triage.assess("i had a clot in my leg 5 years ago, can i still get HO?").tier == "routine"
