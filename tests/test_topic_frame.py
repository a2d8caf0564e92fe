"""A clinic's meta names its topic: a short form in capitals ("AF") and a word of the topic line that frame the
whole bank ("iron" at a low-iron clinic) let a message be read against the bank whole (round 22, clinicrecall24).

Before: "what is the difference between permanent and persistent AF" fell back at an AF clinic (the main topic keeps
words of three letters or more), and "how fast does iron work" at a low-iron clinic ("iron" is a common word in
English). Both only open the whole message's reading at the ordinary bar, never the clinic's looser leads.
"""

from chatbot.bot import Bot
from chatbot.conversation import message_readings

AF_BANK = """\
meta:
  title: "Atrial fibrillation: your questions"
  topic: an irregular heartbeat (atrial fibrillation, AF)
  short_name: AF
  source: "A test bank written for this test"
  reviewed: 2026-11-30
  contact: "the heart clinic"
entries:
  - id: af-kinds
    question: What are the kinds of AF?
    alternates:
      - What is the difference between paroxysmal, persistent and permanent AF?
    answer: Some people have spells that stop by themselves, some have it until it is treated, and some have it all
      the time. Your heart team tells you which kind you have.
    source: Kinds
    related: [af-clots]
  - id: af-clots
    question: Why does AF raise the chance of a stroke?
    alternates:
      - How is AF linked to a stroke?
    answer: When the top of the heart does not squeeze well, blood can pool and form a clot. Blood thinners lower
      the chance of one.
    source: Strokes
    related: [af-kinds]
  - id: af-drinks
    question: Can coffee or alcohol set off AF?
    alternates:
      - Do drinks make AF worse?
    answer: Alcohol is a common trigger, and cutting down often helps. Ordinary amounts of tea and coffee are
      usually fine, but tell your heart team if they seem to set it off.
    source: Triggers
    related: [af-kinds]
"""

IRON_BANK = """\
meta:
  title: "Low iron: your questions"
  topic: low iron and anaemia
  short_name: anaemia
  source: "A test bank written for this test"
  reviewed: 2026-11-30
  contact: "the practice"
entries:
  - id: iron-speed
    question: How quickly do iron tablets start to help?
    alternates:
      - When will iron make me feel less tired?
    answer: Many people feel less tired within a few weeks of starting iron tablets. Blood levels take a few months
      to come back up, so keep taking them until you are told to stop.
    source: Treatment
    related: [iron-food]
  - id: iron-food
    question: Which foods have iron in them?
    alternates:
      - How can I eat more iron?
    answer: Red meat, beans, lentils, dark green leaves and cereals with added iron all have some. Vitamin C with a
      meal helps the body take it up.
    source: Food
    related: [iron-speed]
  - id: iron-sides
    question: What side effects can iron tablets have?
    alternates:
      - Can iron upset my stomach?
    answer: Iron can upset the stomach, cause constipation and turn your stools dark. Tell the practice if it
      bothers you, as another kind or dose timing may suit you better.
    source: Treatment
    related: [iron-speed]
  - id: tiredness
    question: Why does anaemia make me so tired?
    alternates:
      - Why am I tired all the time with anaemia?
    answer: With fewer red cells, less oxygen reaches your muscles and brain, so you tire sooner. It eases as your
      levels come back up.
    source: Symptoms
    related: [iron-speed]
"""


def _bot(make_bank, text):
    return Bot.load(make_bank({"entries.yaml": text}))


def test_a_short_form_in_capitals_names_the_clinics_topic(make_bank):
    bot = _bot(make_bank, AF_BANK)
    assert "af" in bot.analyzer.name_parts
    for question in (
        "what is the difference between persistent and permanent af",
        "difference between paroxysmal persistent and permanent AF",
    ):
        reply = bot.ask(question)
        assert (reply.kind, reply.id) == ("answer", "af-kinds"), question


def test_two_letters_not_written_as_the_short_form_name_nothing(make_bank):
    """A word of two letters the meta writes in lower case, or a short form of three letters or more ("IBS", read
    as the main topic already), is no short form of this rule."""
    bot = _bot(make_bank, AF_BANK.replace("short_name: AF", "short_name: af clinic"))
    assert "af" not in bot.analyzer.name_parts
    bot = _bot(make_bank, AF_BANK.replace("short_name: AF", "short_name: IBS"))
    assert not {"ib", "ibs"} & bot.analyzer.name_parts


def test_the_short_form_and_the_framing_word_open_no_looser_lead(make_bank):
    """Read whole at the ordinary bar only: the words do not make a message about health, the gate of the clinic's
    looser leads (late, trusted, named, close, choice), which a story's words can sway (in the tuning banks: "my son
    has AF and drinks about 5 monsters a day" went to the alcohol entry when they did)."""
    for text, message in ((AF_BANK, "can u have af and not even know it"), (IRON_BANK, "how fast does iron work")):
        bot = _bot(make_bank, text)
        assert not message_readings.is_about_health(bot, bot.analyzer.analyze(message)), message


def test_a_word_that_frames_the_bank_reads_a_message_against_it(make_bank):
    bot = _bot(make_bank, IRON_BANK)
    assert "iron" in bot.analyzer.name_parts
    for question, entry in (
        ("how fast does iron work", "iron-speed"),
        ("which foods have iron", "iron-food"),
    ):
        reply = bot.ask(question)
        assert (reply.kind, reply.id) == ("answer", entry), question


def test_a_topic_word_few_entries_say_or_a_very_common_one_frames_nothing(make_bank):
    """"low" is in the topic line but very common in English; "anaemia" is the short name's already."""
    bot = _bot(make_bank, IRON_BANK)
    assert "low" not in bot.analyzer.name_parts
    # Only one entry's questions of four say "upset": in the topic line, it frames nothing; "iron" (all four) does.
    bot = _bot(make_bank, IRON_BANK.replace("topic: low iron and anaemia", "topic: upset and low iron"))
    assert "upset" not in bot.analyzer.name_parts and "iron" in bot.analyzer.name_parts
    bot = _bot(make_bank, IRON_BANK.replace("topic: low iron and anaemia", "topic: upset and anaemia"))
    assert "iron" not in bot.analyzer.name_parts


def test_the_framing_word_alone_answers_nothing_off_the_topic(make_bank):
    bot = _bot(make_bank, IRON_BANK)
    for chat in ("how hot should the iron be for a cotton shirt", "who played iron man", "what is my credit score"):
        assert bot.ask(chat).kind != "answer", chat
