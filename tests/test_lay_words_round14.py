"""Round 14: the vocabulary bridge between how patients write and how clinic staff write, for any bank.

The groups were found from twelve clinic banks' misses; these tests use our own wordings, not the sets'. Each
pair is read on the small heel bank, which brings no synonyms of its own, so it tests the general layer alone.
"""

from __future__ import annotations

import pytest
from conftest import DATA, META

from chatbot import Bot

HEEL = DATA / "heel-bank"


@pytest.fixture(scope="module")
def heel() -> Bot:
    return Bot.load(HEEL)


def read(bot: Bot, text: str) -> set[str]:
    return set(bot.analyzer.analyze(text, fix_typos=False).tokens)


# A patient's word and a clinic's word for the same thing.
SAME = [
    ("shaky hands", "a tremor"),
    ("trembling", "tremors"),
    ("the tablets made me sleepy", "drowsiness from the tablets"),
    ("sensitive to light", "photophobia"),
    ("keep needing the loo", "frequent urination"),
    ("oozing", "weeping fluid"),
    ("a nose spray", "a nasal spray"),
    ("moisturiser", "emollients"),
    ("moisturizer", "moisturising cream"),
    ("flight socks", "compression stockings"),
    ("trying for a baby", "trying to conceive"),
    ("infertile", "fertility"),
    ("vitamins", "supplements"),
    ("home remedies", "self care"),
    ("keeping track", "a diary"),
    ("stay in overnight", "an overnight stay"),
    ("sent home", "discharged home"),
    ("melt", "dissolvable"),
    ("downstairs", "the staircase"),
    ("weight training", "lifting weights"),
    ("stilettos", "high heels"),
    ("kittens", "a cat"),
    ("dvla", "dmv"),
    ("chemo", "chemotherapy"),
    ("water retention", "fluid retention"),
    ("hot flashes", "hot flushes"),
    ("willy", "penis"),
    ("the itch keeps me awake", "insomnia from the itching"),
    ("e cig", "vaping"),
    ("puffed up", "swelling"),
    ("feels dead", "numbness"),
    ("still shattered", "tiredness"),
    ("skin doctor", "dermatologist"),
    ("will it sort itself out", "will it go away"),
    ("what are the red flags", "what are the warning signs"),
    ("tablets for the pain", "painkillers"),
]


@pytest.mark.parametrize(("patient", "clinic"), SAME)
def test_a_patients_word_meets_the_clinics_word(heel, patient, clinic):
    assert read(heel, patient) == read(heel, clinic), (patient, read(heel, patient), clinic, read(heel, clinic))


# Different things, never read as one (a test of the general rule: no group folds one thing into another).
APART = [
    ("high heels", "heel pain"),
    ("lifting weights", "losing weight"),
    ("nasal spray", "eye drops"),
    ("chemo", "radiotherapy"),
    ("trying for a baby", "pregnant"),
    ("fertility", "pregnant"),
    ("hot flushes", "a fever"),
    ("a hypo", "high blood sugar"),
    ("frequent urination", "incontinence"),
    ("oozing", "bleeding"),
    ("drowsy", "worn out"),
    ("drowsy", "put to sleep"),
    ("compression stockings", "a plaster cast"),
    ("an overnight stay", "a day case"),
    ("the scrotum", "the testicles"),
    ("a cat", "a dog"),
    ("golfers elbow", "tennis elbow"),
    ("tremor", "a fit"),
]


@pytest.mark.parametrize(("one", "other"), APART)
def test_different_things_stay_apart(heel, one, other):
    first, second = read(heel, one), read(heel, other)
    assert first and second
    assert not first <= second and not second <= first, (one, first, other, second)


# A kind names its kind, never the other way round.
KINDS = [
    ("pet", "kitten"),
    ("doctor", "skin specialist"),
    ("caffeine", "espresso"),
    ("blood sugar", "a hypo"),
    ("exercise", "lifting weights"),
    ("drive", "dvla"),
    ("urine", "peeing a lot"),
]


@pytest.mark.parametrize(("broad", "narrow"), KINDS)
def test_a_kind_names_its_kind(heel, broad, narrow):
    broad_tokens, narrow_tokens = read(heel, broad), read(heel, narrow)
    assert broad_tokens < narrow_tokens, (broad, broad_tokens, narrow, narrow_tokens)


# Words that look like a group's but mean something else in the sentence.
NOT_READ_AS = [
    ("can I pop the blisters", "softdrink"),
    ("pop to the chemist", "softdrink"),
    ("the pain in my heels", "highheels"),
    ("rolling a tennis ball under my foot", "testicle"),
    ("shake the inhaler first", "tremor"),
    ("shaking hands with people", "tremor"),
    ("things to keep in mind", "hospitalstay"),
    ("a shattered kneecap", "tiredness"),
    ("what sort of exercise", "resolve"),
    ("my grandad is weeping", "ooze"),
    ("breast milk", "dairy"),
    ("can I have a cat scan", "pet"),
]


@pytest.mark.parametrize(("text", "concept"), NOT_READ_AS)
def test_a_word_is_read_in_the_sense_its_sentence_gives(heel, text, concept):
    assert concept not in read(heel, text), (text, read(heel, text))


def test_a_word_family_meets_its_condition_in_a_bank(make_bank):
    """A bank about one condition answers its adjective: "asthmatic" meets "asthma"."""
    entries = (
        "  - id: asthma-children\n    question: Can children have asthma?\n"
        "    answer: Children can. It is common.\n"
        "  - id: asthma-exercise\n    question: Can I exercise with asthma?\n"
        "    answer: Most people can. Warm up first.\n"
    )
    meta = "meta: {title: Asthma, topic: asthma, source: tests, reviewed: 2024-01-01}\n"
    bot = Bot.load(make_bank({"entries.yaml": meta + "entries:\n" + entries}))
    assert bot.session().ask("can kids be asthmatic").id == "asthma-children"
    assert bot.session().ask("is it ok to exercise if you're asthmatic").id == "asthma-exercise"


def test_a_lay_thing_a_bank_says_often_is_its_own_word(make_bank):
    """A knee clinic that speaks of "stockings" again and again makes compression stockings its own word, as the
    plain word was: a story about them is about them. An everyday act ("exercise") never becomes one, so a
    request about a workout playlist stays off the topic."""
    entries = "".join(
        f"  - id: {entry_id}\n    question: {question}\n    answer: {answer}\n"
        for entry_id, question, answer in (
            (
                "stockings",
                "Why do I need to wear stockings after my operation?",
                "The stockings help stop clots. Wear the stockings day and night until your check.",
            ),
            ("stockings-off", "When can I take the stockings off?", "Most people wear them for six weeks."),
            ("exercise", "When can I exercise after my operation?", "Gentle exercise helps. Build up slowly."),
            ("gym", "Can I go back to the gym and exercise?", "Exercise at the gym after six weeks."),
            ("check", "When is my check after the operation?", "About six weeks after it."),
        )
    )
    bot = Bot.load(make_bank({"entries.yaml": META + "entries:\n" + entries}))
    assert "compressionstockings" in bot.analyzer.subjects
    assert "physicalactivity" not in bot.analyzer.subjects
    reply = bot.session().ask("my husband can't stand the flight socks, does he really need them after his op")
    assert reply.kind == "answer" and reply.id == "stockings"
    assert bot.session().ask("add this song to my workout playlist").kind == "fallback"
