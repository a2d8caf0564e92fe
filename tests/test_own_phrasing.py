"""A question in everyday words that asks one of a clinic entry's own phrasings is answered (round 24, clinicrecall26).

Before: "how long till i feel better" at a clinic whose entry asks "How long until I feel better on vitamin D?" got
"I can only answer questions about ...": no word of it is a health word, so the general test read it as off the
topic, however well the entry explained it. Now the entry's own phrasing, asked the same way with two of the bank's
words besides the way of asking, is answered when its leader is clear. Everyday requests that share one word with the
bank ("what age are you") still are not.
"""

from chatbot.bot import Bot
from chatbot.conversation import whole_message
from chatbot.understanding.own_phrasing import ECHO_WORDS, asked_words

VITAMIN_BANK = """\
meta:
  title: "Low vitamin D: your questions"
  topic: low vitamin D
  source: "A test bank written for this test"
  reviewed: 2026-11-30
entries:
  - id: feeling-better
    question: How long until I feel better on vitamin D?
    alternates:
      - When will my energy come back?
    answer: Many people notice they are less tired after a few weeks of treatment. A blood test after about three
      months shows whether your level is back to normal.
    source: Treatment
    related: [taking-tablets]
  - id: taking-tablets
    question: When should I take my vitamin D tablets?
    alternates:
      - Is it best to take the tablets with food?
    answer: Take them at the same time each day, ideally with a meal that has some fat in it, which helps the
      body absorb them.
    source: Treatment
    related: [who-gets-it]
  - id: who-gets-it
    question: Who is most at risk of low vitamin D?
    alternates:
      - Does age make low vitamin D more likely?
    answer: People who spend little time outdoors, who cover most of their skin or who have darker skin are more
      likely to run low, and so are older people.
    source: Causes
    related: [feeling-better]
"""


def _bot(make_bank):
    return Bot.load(make_bank({"entries.yaml": VITAMIN_BANK}))


def test_the_entry_s_own_question_in_everyday_words_is_answered(make_bank):
    bot = _bot(make_bank)
    reply = bot.session().ask("how long till i feel better")
    assert (reply.kind, reply.id) == ("answer", "feeling-better")


def test_the_same_reply_mid_conversation(make_bank):
    bot = _bot(make_bank)
    session = bot.session()
    session.ask("who is most at risk of low vitamin d?")
    reply = session.ask("how long till i feel better")
    assert (reply.kind, reply.id) == ("answer", "feeling-better")


def test_an_everyday_request_with_one_bank_word_is_not_answered(make_bank):
    bot = _bot(make_bank)
    for message in ("what age are you", "how long till the shop opens", "when will my parcel arrive"):
        reply = bot.session().ask(message)
        assert reply.kind != "answer", message


def test_a_story_around_it_is_not_read_so(make_bank):
    # The rule reads a single question only: a story's words could be what the question is about.
    bot = _bot(make_bank)
    analysis = bot.analyzer.analyze("my car broke down again. how long till i feel better")
    message = whole_message.split(bot.session(), "my car broke down again. how long till i feel better")
    assert whole_message.whole_message_decision(bot, analysis, message).kind != "answer"


def test_ways_of_asking_do_not_count_as_bank_words(make_bank):
    bot = _bot(make_bank)
    matcher, analyzer = bot.matcher, bot.analyzer
    concepts = analyzer.analyze("how long till i feel better").concepts
    words = asked_words(concepts, matcher.phrasing_concept_words(), analyzer.stopwords)
    assert len(words - {"timing"}) >= ECHO_WORDS
    concepts = analyzer.analyze("how long till it opens").concepts
    assert len(asked_words(concepts, matcher.phrasing_concept_words(), analyzer.stopwords) - {"timing"}) < ECHO_WORDS


def test_a_question_pointing_back_is_not_read_so(make_bank):
    # "how do I use it properly" echoed a hay fever clinic's "How do I use a nasal spray properly?" while "it" was the
    # eye drops just asked about: a pronoun stands for a thing the echoed phrasing may not name.
    bot = _bot(make_bank)
    for message, answered in (("how long till i feel better", True), ("how long till i feel better on it", False)):
        analysis = bot.analyzer.analyze(message)
        split = whole_message.split(bot.session(), message)
        assert (whole_message.whole_message_decision(bot, analysis, split).kind == "answer") is answered, message
