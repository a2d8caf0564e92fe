"""A clinic's topic name the bank reads as one phrase ("hearing loss") still makes its words the bank's topic.

Round 17: on a bank named "hearing loss", "what types of hearing aid are there?" (one of the bank's own
questions) fell back as off the topic: "hearing loss" is one token, and "hearing" and "aid" alone are common words.
"""

from chatbot.bot import Bot

BANK = """\
meta:
  title: "Hearing loss: your questions"
  topic: hearing loss in adults and hearing aids
  short_name: hearing loss
  source: "A test bank written for this test"
  reviewed: 2026-11-30
  contact: "the clinic"
entries:
  - id: aid-kinds
    question: What kinds of hearing aid can I get?
    alternates:
      - Can I get a hearing aid that sits in the ear?
    answer: Some aids sit behind the ear and some sit inside it. The clinic helps you pick one that suits you.
    source: Aids
    related: [aid-cleaning]
  - id: aid-cleaning
    question: How should I clean my hearing aid?
    alternates:
      - How do I look after my hearing aid?
    answer: Wipe it with a soft dry cloth each day and keep it away from water. The clinic can change worn parts.
    source: Aids
    related: [aid-kinds]
  - id: hearing-test
    question: What happens at a hearing test?
    alternates:
      - How is my hearing checked?
    answer: You wear headphones and press a button each time you hear a sound. It takes about half an hour.
    source: Tests
    related: [aid-kinds]
"""


def _bot(make_bank):
    return Bot.load(make_bank({"entries.yaml": BANK}))


def test_the_banks_own_questions_in_common_words_are_answered(make_bank):
    bot = _bot(make_bank)
    for question, entry in (
        ("What kinds of hearing aid can I get?", "aid-kinds"),
        ("how should i clean my hearing aid", "aid-cleaning"),
        ("how do you look after a hearing aid", "aid-cleaning"),
    ):
        reply = bot.ask(question)
        assert (reply.kind, reply.id) == ("answer", entry), question


def test_the_names_words_alone_answer_nothing_off_the_topic(make_bank):
    bot = _bot(make_bank)
    for chat in ("i did not hear what you said", "sorry for your loss", "what did you hear about the weather"):
        assert bot.ask(chat).kind != "answer", chat
