"""A story's own subject (round 28, otherstory30): a question with no subject of its own, told beside a story
about something else, is about that something else, not the bank's topic.

Written before the change, in our own words: twenty messages whose story gives the question a subject the bank
does not hold (an animal; a named condition or everyday complaint the bank does not know; a part of the body with
its ordinary symptom and no word of the topic) and must get the fallback (or the personal-advice reply), and
twenty whose story ties the subject to the topic (HO named, extra bone, bone found after an operation or injury)
and must still be answered.
"""

import pytest

OPENINGS = ("What is HO?", "how is it treated")

STORY_OF_ANOTHER_SUBJECT = [
    # an animal
    "my dog has a lump on his leg. how is it treated?",
    "our cat has a swollen paw. how do they treat it?",
    "my horse has a hard lump on his leg, what causes it?",
    "my dog has a lump on his hip. is it serious?",
    "our dog keeps licking a lump on her leg, what causes it?",
    "my cat has a lump on his back. can it be removed?",
    # a part of the body and its ordinary symptom, no word of the topic
    "my knee hurts when i walk, how is it treated?",
    "my shoulder aches when i lift things, how is it treated?",
    "my knee swells up after football. how is it treated?",
    "my elbow is stiff in the mornings, what causes it?",
    "my hip aches when it rains, can it be cured?",
    "my shoulder has been sore for weeks. how do they treat it?",
    "my knee hurts going downstairs. can it be prevented?",
    "my ankle is swollen after football, how is it treated?",
    # a condition the bank does not know, told before or after the question
    "my son has impetigo, is it catching?",
    "my son has impetigo. can it come back?",
    "how do they treat it? my son has impetigo",
    "can it be cured? my son has impetigo",
    # someone else's medicine stopped, judged
    "my mum stopped her indomethacin, is that ok",
    "my dad stopped his indomethacin, is that ok",
]

STORY_TIED_TO_THE_TOPIC = {
    "my hip hurts since my hip replacement, how is it treated?": "treatment",
    "my mum had her hip replaced and now there is a hard lump near the scar. how is it treated?": "treatment",
    "the x-ray showed extra bone in my elbow. how is it treated?": "treatment",
    "my dad has HO in his hip. how is it treated?": "treatment",
    "my son has FOP. is it hereditary?": "genetic-ho",
    "after my spinal cord injury they found bone growing in my thigh. can it be removed?": "surgery",
    "my knee has been stiff since the op and the scan shows extra bone. what causes it?": "causes",
    "my dad has it in both hips and nobody can tell us why. what actually sets it off?": "causes",
    "mum's knee got stiffer since her op. can the bone thing do that?": "other-joint-replacement",
    "my surgeon said there's heterotopic ossification on my x-ray. what even is that?": "what-is-ho",
    "they want to cut the extra bone out. can it grow back afterwards?": "regrowth",
    "my daughter was told she has bone growing in her muscle after the accident. how is it treated?": "treatment",
    "i had a hip replacement in march and the x-ray shows new bone forming. how is it treated?": "treatment",
    "my hip is stiff and sore since the op and they found extra bone. is it serious?": "joint-stiffness",
    "my brother has heterotopic ossification in his elbow. can it come back after surgery?": "regrowth",
    "my grandad had his knee replaced and they found HO. what causes it?": "other-joint-replacement",
    "my mum has HO in her hip and her knee hurts when she walks. how is it treated?": "treatment",
    "my dog knocked me over and i broke my hip, and now the scan shows extra bone. how is it treated?": "treatment",
    "my husband has extra bone growing round his elbow after the burns. can physio help?": "physical-therapy",
    "my dad was in intensive care and now has extra bone in his hip. is it serious?": "how-serious",
}


def _asked_fresh_and_after_openings(bot, question):
    replies = [bot.session().ask(question)]
    for opening in OPENINGS:
        talk = bot.session()
        talk.ask(opening)
        replies.append(talk.ask(question))
    return replies


@pytest.mark.parametrize("question", STORY_OF_ANOTHER_SUBJECT)
def test_a_story_about_another_subject_gets_no_answer_of_the_topic(bot, question):
    for reply in _asked_fresh_and_after_openings(bot, question):
        assert reply.kind == "fallback", (reply.kind, reply.id, reply.via)


@pytest.mark.parametrize(("question", "entry"), STORY_TIED_TO_THE_TOPIC.items())
def test_a_story_tied_to_the_topic_is_still_answered(bot, question, entry):
    for reply in _asked_fresh_and_after_openings(bot, question):
        assert (reply.kind, reply.id) == ("answer", entry), reply.via


def _subject_told(bot, text):
    from chatbot.understanding.message import split_message
    from chatbot.understanding.story_subject import subject_told

    message = split_message(text)
    return subject_told(bot, message.story, message.questions)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("my dog has a lump on his leg. how is it treated?", "animal"),
        ("our pony has a swollen leg. what causes it?", "animal"),
        ("my son has impetigo. is it catching?", "condition"),
        ("my wife has a bad cold. is it catching?", "condition"),
        ("my nephew has tonsillitis. how is it treated?", "condition"),
        ("my knee hurts when i walk. how is it treated?", "complaint"),
        ("my elbow is stiff in the mornings. what causes it?", "complaint"),
    ],
)
def test_the_story_owns_its_subject_by_general_knowledge(bot, question, kind):
    assert _subject_told(bot, question) == kind


@pytest.mark.parametrize(
    "question",
    [
        # the question says what it is about itself
        "my dog has a lump on his leg. is it HO?",
        "my knee hurts when i walk. can physio help with the pain?",
        "hard lump near my hip scar that doesnt move when i push it, is that the bone?",
        # the story ties to the topic: its name, the bank's own names for it, its occasions
        "the bone in my knee hurts when i walk. how is it treated?",
        "my knee hurts since my knee replacement. how is it treated?",
        "my knee has been stiff since the surgery. what causes it?",
        "my dad has it in both hips and his knee hurts. how is it treated?",
        # nothing owned: a story of everyday words, a body part with no sign
        "we are all a bit worried. how is it treated?",
        "my dad has it in both hips. what causes it?",
    ],
)
def test_no_subject_of_its_own_when_tied_or_asked_by_name(bot, question):
    assert _subject_told(bot, question) is None


def test_the_general_layer_names_animals_and_everyday_complaints(bot):
    from chatbot.understanding.language import general_vocabulary

    vocabulary = general_vocabulary()
    assert "pet" in vocabulary["animal_concepts"]
    assert {"cold", "hiccups", "verruca"} <= set(vocabulary["everyday_complaints"])
    for animal in ("dog", "kitten", "pony", "hamster"):
        assert "pet" in bot.analyzer.analyze(f"my {animal}").tokens, animal


def test_a_clinic_bank_reads_the_story_the_same_way(tmp_path):
    from chatbot import Bot

    bot = Bot.load("tests/data/heel-bank")
    assert bot.ask("my heel is sore when i get up. what causes it?").kind == "answer"  # its own topic
    for question in ("my dog has a lump on his leg. how is it treated?", "how do they treat it? my son has impetigo"):
        assert bot.ask(question).kind == "fallback", question


def test_someone_elses_medicine_act_judged_is_personal_advice(bot):
    personal = bot.bank.messages["personal_advice"].strip()
    for question in ("my mum stopped her indomethacin, is that ok", "my husband came off his tablets, is that bad?"):
        assert bot.advice.asks_for_advice(question), question
        reply = bot.ask(question)
        assert reply.kind == "fallback" and reply.text.startswith(personal[:40])
    # a medicine that stopped something is no act of a person on their medicine
    assert not bot.advice.asks_for_advice("does indomethacin help prevent HO")
