"""Round 16 (hostile18) leftovers: sounds before a question, and a question about what is to come. Our own wordings."""

from __future__ import annotations

import pytest

from chatbot.bot import Bot

HEEL = "tests/data/heel-bank"


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


@pytest.fixture(scope="module")
def clinic():
    return Bot.load(HEEL)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("ha is HO painful", "early-symptoms"),
        ("er what causes HO", "causes"),
        ("ha, how is HO treated", "treatment"),
    ],
)
def test_er_and_ha_before_a_question_change_nothing(bot, question, entry):
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", entry)


@pytest.mark.parametrize("sound", ["er", "erm", "ha", "hmm", "um"])
def test_a_sound_before_what_is_it_still_asks_what_the_conversation_is_about(bot, sound):
    session = bot.session()
    session.ask("what causes HO")
    reply = session.ask(f"{sound} what is it")
    assert (reply.kind, reply.id) == ("answer", "what-is-ho")


@pytest.mark.parametrize(
    ("message", "tier"),
    [
        ("went to the ER last night with crushing chest pain and it is still there", "emergency"),
        ("my leg is hot and swollen, should I go to the ER?", "urgent"),
    ],
)
def test_the_er_stays_a_place(bot, message, tier):
    assert bot.session().ask(message).kind == tier


@pytest.mark.parametrize(
    "question",
    [
        "will I have bleeding that won't stop after surgery?",
        "will I have pain that keeps getting worse after the operation?",
        "am I going to get swelling that keeps getting bigger after surgery?",
        "will he have a nosebleed that will not stop after the op",
    ],
)
def test_a_question_about_what_is_to_come_raises_no_alarm(bot, clinic, question):
    for which in (bot, clinic):
        assert which.triage.assess(question).tier == "routine", which.bank.meta.get("title", which)
        assert which.session().ask(question).kind not in ("urgent", "emergency")


@pytest.mark.parametrize(
    ("message", "tier"),
    [
        ("I have bleeding that won't stop after surgery", "emergency"),
        ("I have pain that keeps getting worse after the operation", "urgent"),
        ("will I have to go to A&E, my wound won't stop bleeding", "emergency"),
        ("will I get stitches my cut won't stop bleeding", "emergency"),
        ("will I have bleeding that won't stop now", "emergency"),
        ("I have a fever after surgery", "urgent"),
    ],
)
def test_a_sign_told_now_still_escalates(bot, clinic, message, tier):
    for which in (bot, clinic):
        assert which.triage.assess(message).tier == tier


def test_a_bank_that_names_ha_keeps_it(tmp_path):
    """"ha" is a sound for the general layer; a clinic whose bank names HA (hyaluronic acid) still reads it."""
    (tmp_path / "entries.yaml").write_text(
        """meta: {title: Joint clinic, topic: joint questions, source: tests, reviewed: 2024-01-01}
synonyms:
  ha: [hyaluronic acid]
entries:
  - id: ha-injection
    question: What is an HA injection?
    alternates: [what is hyaluronic acid, what are HA shots, gel injection for a joint, do HA jabs help,
      HA injection, what is HA]
    answer: It is a gel put into a joint. It may ease pain for some people.
    source: Test
    related: [steroid-injection]
  - id: steroid-injection
    question: What is a steroid injection?
    alternates: [what is a cortisone shot, steroid jab, do steroid injections work, steroid shot,
      cortisone injection, how long does a steroid injection last]
    answer: It is a medicine put into a joint to calm swelling. It may ease pain for a few weeks.
    source: Test
    related: [ha-injection]
""",
        encoding="utf-8",
    )
    clinic = Bot.load(str(tmp_path))
    assert clinic.session().ask("what is HA").id == "ha-injection"
    assert "ha" not in clinic.analyzer.stopwords
    assert "ha" in Bot.load().analyzer.stopwords  # a sound where the bank does not name it
