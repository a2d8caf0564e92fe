"""The entry that says what a clinic's topic is answers a question one of its own phrasings asks (round 24,
clinicrecall26).

Before: a clinic that filed "What causes scabies?" under its overview ("What is scabies?") got a choice for "what causes
scabies", its own phrasing word for word, because the overview check (`understanding.what_is_check`) read "what"
without "is" as asking for something an overview does not say. The check still offers a choice where the question
asks with a word another entry's phrasings use, or names no more than the topic.
"""

from chatbot.bot import Bot
from chatbot.understanding.own_phrasing import asked_in_own_phrasing

SCABIES_BANK = """\
meta:
  title: "Scabies: your questions"
  topic: scabies
  source: "A test bank written for this test"
  reviewed: 2026-11-30
entries:
  - id: what-is-scabies
    question: What is scabies?
    alternates:
      - What causes scabies?
      - Is scabies an infection?
    answer: Scabies is a skin condition caused by tiny mites that burrow under the skin. It gives an itchy rash and
      spreads by close skin contact.
    source: About scabies
    related: [treatment]
  - id: treatment
    question: How is scabies treated?
    alternates:
      - Which cream gets rid of scabies?
    answer: A cream or lotion that kills the mites is put on the whole body and washed off later. Everyone in the
      home is treated on the same day.
    source: Treatment
    related: [itching]
  - id: itching
    question: Why does the itching go on after treatment?
    alternates:
      - Why is the itch worse at night?
    answer: The itch can last a few weeks after the mites are gone, while the skin settles. It often feels worse
      at night when you are warm.
    source: Itching
    related: [what-is-scabies]
"""


def _bot(make_bank):
    return Bot.load(make_bank({"entries.yaml": SCABIES_BANK}))


def test_a_question_the_overview_files_is_answered_by_it(make_bank):
    bot = _bot(make_bank)
    reply = bot.session().ask("what causes scabies")
    assert (reply.kind, reply.id) == ("answer", "what-is-scabies")


def test_the_same_reply_mid_conversation(make_bank):
    bot = _bot(make_bank)
    session = bot.session()
    session.ask("how is scabies treated?")
    reply = session.ask("what causes scabies")
    assert (reply.kind, reply.id) == ("answer", "what-is-scabies")


def test_a_word_another_entry_asks_with_keeps_the_choice(make_bank):
    # "night" is the itching entry's: the overview does not say why the itch is worse at night.
    bot = _bot(make_bank)
    reply = bot.session().ask("what causes scabies to itch at night")
    assert not (reply.kind == "answer" and reply.id == "what-is-scabies")


def test_asking_another_way_keeps_the_check():
    phrasings = (frozenset({"what", "cause", "scabies"}), frozenset({"what", "is", "scabies"}))
    bank_words = frozenset({"what", "how", "cause", "scabies", "treat", "is"})
    small = frozenset({"what", "how", "is"})
    subject = frozenset({"scabies"})
    assert asked_in_own_phrasing(phrasings, ("what", "cause", "scabies"), bank_words, small, subject)
    # "how do you treat scabies": "how" and "treat" are asked by no phrasing of the overview.
    assert not asked_in_own_phrasing(phrasings, ("how", "treat", "scabies"), bank_words, small, subject)
    # "how scabies": no word beyond the topic, so nothing says the overview asks it.
    assert not asked_in_own_phrasing(phrasings, ("how", "scabies"), bank_words, small, subject)
    # the words of the overview's phrasing, but asked how: another way of asking
    assert not asked_in_own_phrasing(phrasings, ("how", "cause", "scabies"), bank_words, small, subject)
