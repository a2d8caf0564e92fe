"""A clipped medical word is read as the bank's word it starts (round 23, clinicrecall25).

Before: "does levo cause diarrhoea" at an underactive-thyroid clinic fell back: "levo" is no English word and no
slip from one of the bank's, so it was left unknown, and weighed against every entry. Patients clip long medical
words ("levo", "sclero"); the bank's own questions say them in full. Only a word rare in English is completed, and
only when the bank says no other word of another stem that starts the same way.
"""

from chatbot.bot import Bot

GOUT_BANK = """\
meta:
  title: "Gout: your questions"
  topic: gout
  short_name: gout
  source: "A test bank written for this test"
  reviewed: 2026-11-30
  contact: "the joint clinic"
entries:
  - id: colchicine
    question: What side effects can colchicine have?
    alternates:
      - Is colchicine safe to take for a flare?
    answer: Colchicine can upset the stomach and cause loose stools, most often at higher amounts. Tell the clinic if
      that happens, as the amount may need to change.
    source: Medicines
    related: [allopurinol]
  - id: allopurinol
    question: How long do I stay on allopurinol?
    alternates:
      - Why must I keep taking allopurinol?
    answer: Allopurinol lowers the uric acid that forms crystals, so it is usually taken for years, even between
      flares. Stopping it lets the level rise again.
    source: Medicines
    related: [colchicine]
  - id: clots
    question: Can gout raise the risk of thrombosis?
    alternates:
      - Is thrombophlebitis linked to gout?
    answer: Gout itself is not known to cause clots in the veins. A painful, red, swollen leg needs to be seen the
      same day whatever the cause.
    source: Other conditions
    related: [diet]
  - id: diet
    question: Which foods should I definitely avoid with gout?
    alternates:
      - Does what I eat bring on gout?
    answer: Large amounts of red meat, offal, shellfish, beer and sugary drinks raise uric acid. A balanced diet and
      plenty of water help, but food alone rarely controls gout.
    source: Living with gout
    related: [allopurinol]
"""


def _bot(make_bank):
    return Bot.load(make_bank({"entries.yaml": GOUT_BANK}))


def test_a_clipped_medical_word_is_read_as_the_bank_word_it_starts(make_bank):
    bot = _bot(make_bank)
    assert bot.analyzer.correct("colch") == "colchicine"
    clipped = bot.session().ask("what side effects can colch have")
    full = bot.session().ask("what side effects can colchicine have")
    assert (clipped.kind, clipped.id) == ("answer", "colchicine") == (full.kind, full.id)


def test_the_clipped_word_gets_the_same_reply_mid_conversation(make_bank):
    bot = _bot(make_bank)
    fresh = bot.session().ask("what side effects can colch have")
    session = bot.session()
    session.ask("how long do I stay on allopurinol?")
    later = session.ask("what side effects can colch have")
    assert (fresh.kind, fresh.id) == (later.kind, later.id) == ("answer", "colchicine")


def test_a_start_two_words_of_other_stems_share_is_left_alone(make_bank):
    # The bank says both "thrombosis" and "thrombophlebitis": "thrombo" may be either, so it is neither.
    assert _bot(make_bank).analyzer.correct("thrombo") == "thrombo"


def test_a_common_word_is_never_reached_by_its_start(make_bank):
    # "Definitely" is a bank word, but common English: "defo" is a quick spelling, not a clipped medical name.
    assert _bot(make_bank).analyzer.correct("defo") != "definitely"


def test_a_word_one_letter_short_is_a_slip_not_a_clip(make_bank):
    # Fewer than three letters cut off is a slip, read by the ordinary typo reading (here through its stem).
    assert _bot(make_bank).analyzer._clipped_bank_word("colchicin") is None
