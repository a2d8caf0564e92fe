"""Questions after a story, and questions with no subject, in our own phrasings (issue 9, items 2-3).

- A story that names the main topic itself lets "it" mean the topic: "... the scan shows extra bone. Is it
  dangerous?" asks how serious HO is, not whether scans are dangerous.
- "You" after a verb is anyone ("can it kill you?"), not the bot asked to act ("can you fix it?").
- Getting better by itself ("will it go away?", "when will it clear up?") is one concept in every bank.
- Lay names for HO once it has been named to someone ("this bone thing", "turning into bone"), and lay words
  for a mix-up ("mixed up", "mistook").
"""

from __future__ import annotations

import pytest
from conftest import entries_yaml

from chatbot import Bot


@pytest.mark.parametrize(
    "message",
    [
        "My dad had his hip replaced in May and the scan shows extra bone. Is it dangerous?",
        "Our daughter fell off her bike and the doctors now say she has HO in her elbow. Is it serious?",
        "The x-ray after my knee op picked up heterotopic ossification. Is it serious?",
    ],
)
def test_it_after_a_story_naming_the_topic_means_the_topic(bot, message):
    reply = bot.session().ask(message)
    assert (reply.kind, reply.id) == ("answer", "how-serious"), message


def test_a_story_naming_the_topic_does_not_change_a_question_pointing_at_the_story(bot):
    # "That" points at what the story said, not at the topic: the story's rarer subject still decides.
    reply = bot.session().ask("My wife's hip has been given Brooker grade 3. What does that mean?")
    assert (reply.kind, reply.id) == ("answer", "grade-3")


@pytest.mark.parametrize("question", ["can it kill you", "could it kill you?"])
def test_you_after_a_verb_is_anyone(bot, question):
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", "how-serious"), question


@pytest.mark.parametrize("request_", ["can you kill it", "could you do it for me", "do you know what it is"])
def test_you_as_the_subject_is_the_bot(bot, request_):
    assert bot.session().ask(request_).kind != "answer", request_


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can it be mixed up with an infection", "mistaken-symptoms"),
        ("what kind of scan would pick up this bone", "imaging-tests"),
        ("can other illnesses cause this bone growth", "other-conditions"),
    ],
)
def test_lay_names_and_lay_words(bot, question, expected):
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", expected), question


def test_new_bone_after_a_break_is_not_ho(bot):
    # A broken bone heals by growing new bone: "bone growth" alone is not folded into HO.
    assert bot.analyzer.analyze("is new bone growth after a fracture normal").tokens.count("ho") == 0
    assert "ho" in bot.analyzer.analyze("is this bone growth serious").tokens


TENNIS_ELBOW = (
    (
        "what-is-it",
        "What is tennis elbow?",
        ["explain tennis elbow", "what causes tennis elbow"],
        "Tennis elbow is pain on the outside of the elbow from overusing the tendons of the forearm.",
    ),
    (
        "how-long",
        "How long does tennis elbow last?",
        ["when will tennis elbow go away", "does tennis elbow get better on its own"],
        "Most cases settle within six months to two years, with rest from what set it off.",
    ),
    (
        "symptoms",
        "What are the symptoms of tennis elbow?",
        ["does tennis elbow make your grip weak", "signs of tennis elbow"],
        "Pain on the outside of the elbow, worse when you grip or twist, and sometimes a weak grip.",
    ),
    (
        "brace",
        "Does a brace help tennis elbow?",
        ["should I wear a strap for tennis elbow", "do elbow supports work"],
        "A strap just below the elbow can ease the pull on the tendon while it recovers.",
    ),
    (
        "injection",
        "Are steroid injections good for tennis elbow?",
        ["should I have an injection for tennis elbow", "do steroid jabs help tennis elbow"],
        "An injection can ease pain for a few weeks, but the pain often comes back later.",
    ),
)


@pytest.fixture
def tennis_elbow(make_bank):
    meta = "meta:\n  title: Tennis elbow\n  topic: tennis elbow\n  source: tests\n  reviewed: 2025-01-01\n"
    return Bot.load(make_bank({"bank.yaml": meta + entries_yaml(TENNIS_ELBOW)}))


@pytest.mark.parametrize(
    "message",
    [
        "will it clear up",
        "when does it settle down",
        "The physio told me last week that I have tennis elbow. Will it go away?",
        "I was told I have tennis elbow after painting the fence all summer. When will it clear up?",
    ],
)
def test_getting_better_by_itself_is_one_concept(tennis_elbow, message):
    reply = tennis_elbow.session().ask(message)
    assert (reply.kind, reply.id) == ("answer", "how-long"), message


def test_a_story_asked_about_as_normal_is_read_as_its_claim(tennis_elbow):
    # A bank with no subject list reads the story's last sentence as what is asked only when the question asks
    # whether it is normal: "How can that be?" still says nothing the bank knows.
    reply = tennis_elbow.session().ask("My grip has gone weak since my tennis elbow started, is that normal?")
    assert (reply.kind, reply.id) == ("answer", "symptoms")
    assert tennis_elbow.session().ask("I was told I have tennis elbow last week. How can that be?").kind != "answer"


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("what are the symptoms of POH", "and FOP?", "fop-symptoms"),
        ("what are the signs of FOP", "and what about POH", "poh-symptoms"),
    ],
)
def test_a_follow_up_naming_a_new_subject_asks_what_was_asked_of_the_last(bot, first, then, expected):
    session = bot.session()
    session.ask(first)
    reply = session.ask(then)
    assert (reply.kind, reply.id, reply.via) == ("answer", expected, "follow-up")


@pytest.mark.parametrize(
    ("hedged", "plain"),
    [
        ("how is HO actually treated", "how is HO treated"),
        ("what exactly are the symptoms of FOP", "what are the symptoms of FOP"),
        ("what even is brooker grade 3", "what is brooker grade 3"),
    ],
)
def test_words_that_only_frame_a_question_ask_nothing(bot, hedged, plain):
    # "Actually", "exactly", "even" say how a question is asked, not what: as words the bank never uses they
    # counted against every entry, and after a story ("... what can actually be done for her?") sank the answer.
    assert bot.analyzer.analyze(hedged).tokens == bot.analyzer.analyze(plain).tokens
    hedged_reply, plain_reply = bot.session().ask(hedged), bot.session().ask(plain)
    assert hedged_reply.kind == plain_reply.kind == "answer"
    assert hedged_reply.id == plain_reply.id


def test_a_story_part_loses_what_it_says_did_not_happen():
    from chatbot.understanding.message import without_denied

    denials = (("never",), ("no",), ("didnt", "have"))
    assert without_denied("He never had surgery on them.", denials) == "He"
    assert without_denied("I had no injury, but my hip has HO", denials) == "I had but my hip has HO"
    assert without_denied("I didn't have a fall or anything", denials) == "I"
    # "Nobody can tell us why" denies nothing the list names; a text with no denial comes back unchanged.
    assert without_denied("nobody can tell us why", denials) == "nobody can tell us why"


def test_a_subject_the_story_denies_is_not_the_question_subject(bot):
    # Told, surgery is what the question after the story is about; denied, it is not: "what causes it?" then asks
    # about HO, and must never get the answer about surgery. (Round 13: told, surgery and "causes" now reach the causes
    # entry, which asks "can surgery cause HO?" in its own words and says surgery is one of the main causes; before,
    # they reached the entry on when surgery is used to treat HO, through its "why" question.)
    told = bot.session().ask("My brother had surgery on his hip last year. What causes it?")
    assert (told.kind, told.id) == ("answer", "causes") and "surgery" in told.text
    denied = bot.session().ask("He never had surgery on his hip. What causes it then?")
    assert denied.id != "surgery"
    neither = bot.session().ask("Mum has HO in both knees. She has never had an injury or surgery. What brings it on?")
    assert (neither.kind, neither.id) == ("answer", "causes")


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("could it affect his walking when he is older", ("could", "it", "affect", "his", "walking")),
        ("what symptoms might he get as he grows up", ("what", "symptoms", "might", "he", "get")),
        ("as my son grows will it spread", ("will", "it", "spread")),
        # Not about a person's life: the growing is asked about.
        ("how fast does it grow", ("how", "fast", "does", "it", "grow")),
        ("does it grow as you get older", ("does", "it", "grow", "as", "you", "get", "older")),
    ],
)
def test_a_clause_that_only_says_when_in_someones_life_is_left_out(bot, message, words):
    # "As she grows" would be read as bone growth, "when he is older" as age: a carer says when, not what.
    assert bot.analyzer.analyze(message).words == words


def test_a_carers_question_about_growing_up_asks_about_the_storys_subject(bot):
    reply = bot.session().ask("Our little boy has FOP. Could it affect his breathing as he gets older?")
    assert (reply.kind, reply.id) == ("answer", "fop-symptoms")


SCOPE_TEST = (
    (
        "risks",
        "What are the risks of a colonoscopy?",
        ["is a colonoscopy dangerous", "what can go wrong with a colonoscopy"],
        "A colonoscopy is a safe test, but no test is free of risk: bleeding and a small tear are rare.",
    ),
    (
        "when-to-call",
        "When should I call the unit after a colonoscopy?",
        ["who do I phone if I feel unwell after the test", "when to get help after a colonoscopy"],
        "Call the unit if you have bad belly pain, a fever or heavy bleeding in the days after the test.",
    ),
    (
        "what-is-it",
        "What is a colonoscopy?",
        ["explain a colonoscopy", "what happens in a colonoscopy"],
        "A colonoscopy is a test that looks inside the large bowel with a thin camera.",
    ),
    (
        "bloating",
        "Why is my belly bloated after a colonoscopy?",
        ["tummy swollen after the test", "lots of wind after a colonoscopy"],
        "Air is put into the bowel during the test; it passes over a few hours.",
    ),
)


@pytest.fixture
def scope_test(make_bank):
    meta = "meta:\n  title: Colonoscopy\n  topic: colonoscopy\n  source: tests\n  reviewed: 2025-01-01\n"
    return Bot.load(make_bank({"bank.yaml": meta + entries_yaml(SCOPE_TEST)}))


@pytest.mark.parametrize(
    "message",
    [
        "My dad is home and he says his belly aches. Is this serious?",
        "My dad is home and he says his belly aches. Is this something to worry about?",
    ],
)
def test_is_this_serious_after_a_story_judges_the_story_not_the_topic(scope_test, message):
    # "This" points at the aching belly the story told, not at the test: the answer about the test's own risks
    # would answer another question.
    assert scope_test.ask(message).id != "risks"


def test_is_it_serious_alone_still_means_the_topic(scope_test):
    reply = scope_test.ask("is it something to worry about?")
    assert (reply.kind, reply.id) == ("answer", "risks")
