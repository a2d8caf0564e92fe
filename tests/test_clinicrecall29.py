"""A word spelled by its sound meets the bank's word (round 27, clinicrecall29).

Before: "excersize" (three slips from "exercise") and "exema" (two from "eczema", more than a five-letter typo may be
corrected by) stayed unknown, and a clinic with two or three phrasings per entry could not answer "does excersize
help" or "whats exema". Now a typo no bank word is within reach of is read as the bank's word with the same sounds
(`understanding.sound_alike`); a word English knows is still never corrected, and a different word keeps its own.
"""

import pytest

from chatbot.bot import Bot
from chatbot.understanding.sound_alike import sound_key

# A clinic bank written for this test (no real clinic's wording), with a busy clinic's two phrasings per entry.
SKIN_BANK = """\
meta:
  title: "Itchy skin rash: your questions"
  topic: eczema (atopic dermatitis)
  short_name: eczema
  source: "A test bank written for this test"
  reviewed: 2026-12-02
  contact: "the skin clinic"
entries:
  - id: what-is-it
    question: What is eczema?
    alternates:
      - What does eczema mean?
    answer: Eczema is a long-lasting condition that makes the skin dry, itchy and sore in patches.
    source: About eczema
    related: [exercise]
  - id: exercise
    question: Can I exercise with eczema?
    alternates:
      - Does sweat from sport make eczema worse?
    answer: Exercise is good for you. Rinse off sweat afterwards and put on your moisturiser.
    source: Everyday life
    related: [physio]
  - id: physio
    question: Will the physio see me about my hand splint?
    alternates:
      - When do I see the physiotherapist?
    answer: The clinic's physio sees you within two weeks of your first appointment.
    source: Your care
    related: [what-is-it]
"""


@pytest.fixture(scope="module")
def skin_bot(tmp_path_factory):
    folder = tmp_path_factory.mktemp("skin-bank")
    (folder / "entries.yaml").write_text(SKIN_BANK, encoding="utf-8")
    return Bot.load(folder)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("exema", "eczema"), ("exzema", "eczema"), ("excersize", "exercise"), ("exercizes", "exercises"),
     ("fisio", "physio"), ("flebitis", "phlebitis"), ("ulsers", "ulcers"), ("hemmoroids", "hemorrhoids")],
)
def test_spellings_of_one_sound_share_a_key(typed, meant):
    assert sound_key(typed) == sound_key(meant)


@pytest.mark.parametrize(("one", "other"), [("eczema", "edema"), ("ulcers", "users"), ("physio", "fiscal")])
def test_different_words_keep_different_keys(one, other):
    assert sound_key(one) != sound_key(other)


def test_the_analyzer_reads_a_sounded_out_word_as_the_banks(skin_bot):
    analyzer = skin_bot.analyzer
    assert analyzer.analyze("whats exema").tokens == analyzer.analyze("whats eczema").tokens
    assert analyzer.analyze("does excersize help").tokens == analyzer.analyze("does exercise help").tokens


@pytest.mark.parametrize(
    ("question", "entry"),
    [("whats exema", "what-is-it"), ("can i do excersize with exzema", "exercise"),
     ("when do i see the fisio", "physio")],
)
def test_a_sounded_out_question_is_answered_fresh_and_mid_conversation(skin_bot, question, entry):
    fresh = skin_bot.session().ask(question)
    assert fresh.kind == "answer" and fresh.id == entry
    session = skin_bot.session()
    session.ask("What is eczema?")
    assert session.ask(question).text == fresh.text


def test_a_word_english_knows_is_not_read_by_its_sound(skin_bot):
    # "physics" is English: never read as the bank's "physio", whatever it sounds like.
    assert "physio" not in skin_bot.analyzer.analyze("physics homework").tokens
