"""The engine's decisions: answer, clarify or fall back, as patients really type."""

from __future__ import annotations

import pytest

from chatbot.understanding.language import stem

ANSWERS = [
    # lay words and short forms
    ("what is extra bone growth", "what-is-ho"),
    ("what's HO", "what-is-ho"),
    ("can a new hip cause extra bone", "hip-replacement"),
    ("does ibuprofen help prevent HO", "nsaids"),
    ("can a blood thinner help", "warfarin"),
    ("will physio help", "physical-therapy"),
    ("will an x-ray show it", "imaging-tests"),
    ("FOP symptoms", "fop-symptoms"),
    ("what is POH", "genetic-ho"),
    # misspellings
    ("what is hetrotopic ossfication", "what-is-ho"),
    ("brooker clasification", "brooker-scale"),
    ("symtoms of ho", "early-symptoms"),
    ("does physio therapy help", "physical-therapy"),
    ("hetero topic ossification treatment", "treatment"),
    # each grade on its own
    ("grade 1", "grade-1"),
    ("what is grade two", "grade-2"),
    ("brooker grade III", "grade-3"),
    ("stage 4 HO", "grade-4"),
    # the facts people look for
    ("how fast does the extra bone grow", "how-fast"),
    ("how many weeks after surgery does HO start", "when-does-it-form"),
    ("who is most likely to get HO", "who-is-at-risk"),
    ("is fever worse at night", "fever"),
    ("can it come back after surgery", "regrowth"),
    ("why is radiation used", "radiation-therapy"),
    ("where does this information come from", "about-source"),
]


@pytest.mark.parametrize(("question", "entry_id"), ANSWERS)
def test_answers_as_patients_type(bot, question, entry_id):
    reply = bot.ask(question)
    assert (reply.kind, reply.id) == ("answer", entry_id)
    assert reply.question == bot.bank.by_id[entry_id].question
    assert reply.source and "2022" in reply.source


OFF_TOPIC = [
    "what is lupus?",
    "how do I treat a sprained ankle?",
    "what is heterotopic gastric mucosa?",
    "how long does a knee brace last?",
    "how fast does hair grow",
    "please talk faster",
    "how old are you",
    "what is the capital of france",
    "where did you come from",
    "is my order here yet",
    "what was the temperature yesterday",
]


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_off_topic_questions_fall_back_even_when_they_share_words(bot, question):
    reply = bot.ask(question)
    assert reply.kind == "fallback"
    assert reply.id is None and reply.score is None and reply.source is None


def test_off_topic_fallback_offers_example_questions(bot):
    reply = bot.ask("what's the weather like")
    assert reply.text == bot.bank.messages["off_topic"]
    assert [s.id for s in reply.suggestions] == list(bot.bank.example_ids)


def test_medical_question_outside_the_article_says_ask_your_doctor(bot):
    reply = bot.ask("what is lupus?")
    assert reply.text == bot.bank.messages["not_covered"]


@pytest.mark.parametrize(
    "question",
    ["should I take ibuprofen for HO?", "how many mg of warfarin do I need", "what dose of steroids is right for me"],
)
def test_personal_advice_and_doses_are_refused_kindly_with_related_questions(bot, question):
    reply = bot.ask(question)
    assert reply.kind == "fallback"
    assert reply.text == bot.bank.messages["personal_advice"]
    assert reply.suggestions  # general questions on the same medicine


def test_close_entries_ask_which_one_is_meant(bot):
    # "can anybody get HO" is now answered by an alternate of non-genetic-ho; "everybody" still sits between entries.
    reply = bot.ask("can everybody get HO")
    assert reply.kind == "clarify"
    assert reply.text == bot.bank.messages["clarify"]
    assert 2 <= len(reply.suggestions) <= 3
    assert "non-genetic-ho" in {s.id for s in reply.suggestions}


def test_every_canonical_question_answers_its_own_entry(bot):
    wrong = {}
    for entry in bot.bank.entries:
        reply = bot.ask(entry.question)
        if reply.id != entry.id:
            wrong[entry.id] = reply.id or reply.kind
    assert wrong == {}


def test_an_answer_offers_its_related_questions(bot):
    reply = bot.ask("what is HO")
    assert [s.id for s in reply.suggestions] == list(bot.bank.by_id["what-is-ho"].related[:3])


def test_scores_are_between_0_and_100(bot):
    for question, _ in ANSWERS:
        assert 0 <= bot.ask(question).score <= 100


@pytest.mark.parametrize(
    ("word", "root"), [("symptoms", "symptom"), ("grows", "grow"), ("growing", "grow"), ("bones", "bone")]
)
def test_stemmer_meets_plurals_and_verb_forms(word, root):
    assert stem(word) == root


def test_typo_fixing_leaves_everyday_words_alone(bot):
    # Five-letter words are too close to other real words to guess at.
    assert bot.analyzer.correct("phone") == "phone"
    assert bot.analyzer.correct("order") == "order"
    assert bot.analyzer.correct("ossfication") == "ossification"
    assert bot.analyzer.correct("hetrotopic") == "heterotopic"
