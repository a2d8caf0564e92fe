"""A clinic's answer that won only by fit yields to a rival that explains as much of the message and says the word
typed (round 25, clinicrecall27; `understanding.asked_word.EVEN_RIVAL_GAP`).

"Teenagers" and "age" are one concept, so at a clinic whose who-gets-it entry asks "At what age ..." and whose
children's entry asks "Can children and teenagers get ...", "do teenagers get ingrown toenails" reached the who-gets-it
entry by ten points of fit, both entries explaining the whole message. The children's entry says the word typed:
it is what was asked. The near misses: a rival that says only an everyday word the answer lacks ("people" of "young
people" for "do older people get ..."), a rival that explains less of the message, a rival far behind.
"""

from chatbot.bank.model import FaqEntry
from chatbot.bot import Bot
from chatbot.understanding.asked_word import (
    EVEN_RIVAL_GAP,
    RIVAL_GAP,
    asked_stems,
    phrasing_stems,
    rival_saying_asked_words,
)
from chatbot.understanding.language import stem
from chatbot.understanding.matcher import Candidate

NAIL_BANK = """\
meta:
  title: "Ingrown toenails: your questions"
  topic: ingrown toenails
  source: "A test bank written for this test"
  reviewed: 2026-12-01
entries:
  - id: what-is-it
    question: What is an ingrown toenail?
    alternates:
      - What does an ingrown toenail look like?
    answer: The edge of the nail grows into the skin beside it, which becomes red, sore and swollen.
    source: Overview
    related: [who-gets-it]
  - id: who-gets-it
    question: Who gets ingrown toenails?
    alternates:
      - At what age are ingrown toenails most common?
    answer: Anyone can get one. Cutting nails too short, tight shoes and sweaty feet make them more likely.
    source: Causes
    related: [children-and-teenagers]
  - id: children-and-teenagers
    question: Can children and teenagers get an ingrown toenail?
    alternates:
      - Is a sore toe nail in young people an ingrown toenail?
    answer: They are common in teenagers, whose feet grow fast and sweat more; tight school shoes add to it.
    source: Causes
    related: [who-gets-it]
  - id: nail-surgery
    question: What happens in the nail operation?
    alternates:
      - How is part of the nail removed?
    answer: The toe is numbed with an injection, the edge of the nail is taken away and a chemical stops it
      growing back.
    source: Treatment
    related: [what-is-it]
  - id: cutting-nails
    question: How should I cut my toenails?
    alternates:
      - What is the right way to trim toenails?
    answer: Cut straight across, not too short, and leave the corners showing over the skin.
    source: Prevention
    related: [who-gets-it]
"""


def _bot(make_bank):
    return Bot.load(make_bank({"entries.yaml": NAIL_BANK}))


def _ask(bot, message, before=()):
    session = bot.session()
    for earlier in before:
        session.ask(earlier)
    reply = session.ask(message)
    return reply.kind, reply.id


def test_the_entry_that_says_the_word_typed_answers(make_bank):
    bot = _bot(make_bank)
    analysis = bot.analyzer.analyze("do teenagers get ingrown toenails")
    ranking = bot.matcher.rank(analysis.tokens, analysis.concepts)
    # What the check works on: the who-gets-it entry leads by more than the ordinary gap, both explaining it all.
    assert ranking[0].entry.id == "who-gets-it" and ranking[1].entry.id == "children-and-teenagers"
    assert RIVAL_GAP < ranking[0].score - ranking[1].score <= EVEN_RIVAL_GAP
    assert ranking[1].coverage >= ranking[0].coverage
    assert _ask(bot, "do teenagers get ingrown toenails") == ("answer", "children-and-teenagers")


def test_the_same_reply_mid_conversation(make_bank):
    bot = _bot(make_bank)
    before = ("how should i cut my toenails?",)
    assert _ask(bot, "do teenagers get ingrown toenails", before) == ("answer", "children-and-teenagers")


def test_a_rival_saying_only_an_everyday_word_does_not_take_the_answer(make_bank):
    # "people" is the children's entry's word ("young people"), but an everyday one: older people are not asked of it.
    bot = _bot(make_bank)
    assert _ask(bot, "do older people get ingrown toenails") != ("answer", "children-and-teenagers")


def test_questions_the_entries_ask_keep_their_answers(make_bank):
    bot = _bot(make_bank)
    assert _ask(bot, "who gets ingrown toenails") == ("answer", "who-gets-it")
    assert _ask(bot, "can kids get ingrown toenails") == ("answer", "children-and-teenagers")


def _entry(entry_id: str, *phrasings: str) -> FaqEntry:
    return FaqEntry(entry_id, phrasings[0], tuple(phrasings[1:]), "an answer", "", ())


def _candidate(entry: FaqEntry, score: float, coverage: float) -> Candidate:
    return Candidate(entry, score, coverage, coverage, phrasings=len(entry.alternates) + 1)


WHO = _entry("who", "Who gets gum disease?", "At what age is gum disease most common?")
TEENS = _entry("teens", "Can teenagers get gum disease?", "Is gum disease in young people the same?")
ASKED = asked_stems("do teenagers get gum disease".split(), frozenset({"do"}), stem)


def _telling(word: str) -> bool:
    return word not in {stem("people"), stem("get")}


def test_the_wider_gap_needs_a_rival_that_explains_as_much():
    gap = (RIVAL_GAP + EVEN_RIVAL_GAP) / 2
    even = [_candidate(WHO, 90, 0.9), _candidate(TEENS, 90 - gap, 0.9)]
    found = rival_saying_asked_words(even, WHO, ASKED, phrasing_stems, telling=_telling)
    assert found is not None and found.entry.id == "teens"
    less = [_candidate(WHO, 90, 0.95), _candidate(TEENS, 90 - gap, 0.9)]
    assert rival_saying_asked_words(less, WHO, ASKED, phrasing_stems, telling=_telling) is None
    far = [_candidate(WHO, 90, 0.9), _candidate(TEENS, 90 - EVEN_RIVAL_GAP - 1, 0.9)]
    assert rival_saying_asked_words(far, WHO, ASKED, phrasing_stems, telling=_telling) is None
    # Without a test of telling words (the check as it was): only the ordinary gap.
    assert rival_saying_asked_words(even, WHO, ASKED, phrasing_stems) is None


def test_the_wider_gap_needs_a_telling_word():
    asked = asked_stems("do young people get gum disease".split(), frozenset({"do"}), stem)
    gap = (RIVAL_GAP + EVEN_RIVAL_GAP) / 2
    even = [_candidate(WHO, 90, 0.9), _candidate(TEENS, 90 - gap, 0.9)]
    # "young" and "people" are the rival's and not the answer's; "young" tells, so the rival wins ...
    assert rival_saying_asked_words(even, WHO, asked, phrasing_stems, telling=_telling) is not None
    # ... but with "young" everyday too, nothing the rival says tells what is asked.
    everyday = {stem("people"), stem("get"), stem("young")}
    assert rival_saying_asked_words(even, WHO, asked, phrasing_stems, telling=lambda w: w not in everyday) is None
