"""The initials of a clinic's medical name for its topic are read as the name (round 23, clinicrecall25).

Before: at a clinic whose meta names "adhesive capsulitis", "how long does ac last" fell back, while the same
question with the name in full was answered; a patient's "pf" for plantar fasciitis was read as an unknown word.
Only a name medical throughout is shortened, and only to initials no reader knows as a word already.
"""

from chatbot.bot import Bot
from chatbot.understanding import english
from chatbot.understanding.language import quick_spellings
from chatbot.understanding.name_initials import name_initials, names_in

SHOULDER_BANK = """\
meta:
  title: "Frozen shoulder: your questions"
  topic: frozen shoulder (adhesive capsulitis)
  short_name: frozen shoulder
  source: "A test bank written for this test"
  reviewed: 2026-11-30
  contact: "the shoulder clinic"
entries:
  - id: how-long
    question: How long does a frozen shoulder last?
    alternates:
      - When will my stiff shoulder get better?
    answer: It often goes through a painful stage, a stiff stage and a thawing stage, and can take one to three
      years to settle. Most people get most of their movement back.
    source: Outlook
    related: [exercises]
  - id: exercises
    question: Which exercises help a frozen shoulder?
    alternates:
      - What stretches can I do at home for my shoulder?
    answer: Gentle stretches within what you can bear keep the joint moving. The physiotherapist shows you which ones
      suit the stage you are in.
    source: Exercises
    related: [injections]
  - id: injections
    question: Can a steroid injection help a frozen shoulder?
    alternates:
      - Is a shoulder injection worth having?
    answer: An injection into the joint can ease the pain for a few weeks, most in the early painful stage. It does
      not cure the stiffness by itself.
    source: Treatment
    related: [how-long]
"""

NO_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in"})


def _never_known(word):
    return False


def _bot(make_bank, text=SHOULDER_BANK):
    return Bot.load(make_bank({"entries.yaml": text}))


def test_the_initials_of_the_medical_name_are_read_as_the_name(make_bank):
    bot = _bot(make_bank)
    short = bot.session().ask("how long does ac last")
    full = bot.session().ask("how long does adhesive capsulitis last")
    assert (short.kind, short.id) == ("answer", "how-long") == (full.kind, full.id)


def test_the_initials_get_the_same_reply_mid_conversation(make_bank):
    bot = _bot(make_bank)
    fresh = bot.session().ask("any exercises for ac")
    session = bot.session()
    session.ask("can a steroid injection help a frozen shoulder?")
    later = session.ask("any exercises for ac")
    assert (fresh.kind, fresh.id) == ("answer", "exercises") == (later.kind, later.id)


def test_a_name_of_everyday_words_is_not_shortened(make_bank):
    # "Frozen shoulder" is common English: its "fs" is no name, and "thin bones" would make "tb" a bone clinic's.
    bot = _bot(make_bank)
    assert "fs" in bot.analyzer.analyze("exercises for fs").words
    assert name_initials(["thin, fragile bones (osteoporosis)"], NO_SMALL_WORDS, _never_known) == {}


def test_initials_that_are_a_known_word_are_left_alone():
    assert english.is_known("at")  # "Achilles tendinopathy": "at" is a word of every sentence
    assert name_initials(["Achilles tendinopathy"], NO_SMALL_WORDS, _never_known) == {}
    # The reader knows "ct" already (a scan): "carpal tunnel" does not take it.
    assert name_initials(["carpal tunnel"], NO_SMALL_WORDS, lambda word: word == "ct") == {}
    assert name_initials(["plantar fasciitis"], NO_SMALL_WORDS, _never_known) == {"pf": ("plantar", "fasciitis")}


def test_a_short_form_the_meta_writes_itself_is_read_as_written():
    assert name_initials(["an irregular heartbeat (atrial fibrillation, AF)"], NO_SMALL_WORDS, _never_known) == {
        "ih": ("irregular", "heartbeat")
    }


def test_two_names_with_the_same_initials_shorten_to_neither():
    found = name_initials(["plantar fasciitis (posterior fasciopathy)"], NO_SMALL_WORDS, _never_known)
    assert found == {}


def test_names_are_split_at_brackets_commas_and_and():
    assert names_in("tonsillitis and tonsil removal (tonsillectomy)", NO_SMALL_WORDS) == [
        ("tonsillitis",),
        ("tonsil", "removal"),
        ("tonsillectomy",),
    ]


def test_the_packaged_bank_takes_no_initials():
    # It lists its own subjects (HO, FOP, POH) and their short forms: it reads only the general quick spellings.
    assert Bot.load().analyzer._spellings == quick_spellings()


def test_a_clinic_bank_reads_its_initials_beside_the_general_spellings(make_bank):
    spellings = _bot(make_bank).analyzer._spellings
    assert spellings == {**quick_spellings(), "ac": ("adhesive", "capsulitis")}
