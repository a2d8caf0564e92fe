"""A clinic's own bank, written as clinics write them: meta with a topic only, a question and two alternates
per entry, no word lists. The general layer must read its patients' stories, lay words, quick spellings and
questions with no subject, and still leave everyday requests alone."""

from __future__ import annotations

import pytest
from conftest import DATA, entries_yaml, rankings_with_and_without_pruning

from chatbot import Bot
from chatbot.understanding import english
from chatbot.understanding import matcher as matcher_module

ENTRIES = (
    (
        "what-is-it",
        "What is wisdom tooth removal?",
        ["what happens when a wisdom tooth is taken out", "explain wisdom tooth surgery"],
        "A dentist or oral surgeon takes out one or more of the back teeth. It is usually done with a local "
        "anaesthetic and takes under an hour.",
    ),
    (
        "flying",
        "Can I fly after wisdom tooth removal?",
        ["is it safe to fly after a wisdom tooth is taken out", "can I travel by air after wisdom tooth removal"],
        "Most people can fly a day or two later. Air pressure changes rarely cause trouble; ask your dentist if "
        "you had an upper tooth out close to the sinus.",
    ),
    (
        "swelling",
        "How long does swelling last after wisdom tooth removal?",
        ["when will my face stop being swollen after wisdom tooth removal", "is swelling normal after the surgery"],
        "Swelling is usual and is worst on the second or third day. It settles over about a week. Cold packs on "
        "the cheek help in the first day.",
    ),
    (
        "smoking",
        "When can I smoke after wisdom tooth removal?",
        ["is smoking bad after wisdom tooth removal", "how long should I wait to smoke after the surgery"],
        "Wait at least two days, longer if you can. Smoking slows healing and makes a dry socket more likely.",
    ),
    (
        "stitches",
        "Do the stitches need to come out after wisdom tooth removal?",
        ["will I have stitches after wisdom tooth removal", "do the stitches dissolve after the surgery"],
        "Most stitches used in the mouth dissolve by themselves within one to two weeks. Some clinics use "
        "stitches that are taken out at a check-up.",
    ),
    (
        "dry-socket",
        "What is a dry socket?",
        ["what does dry socket mean", "signs of a dry socket after wisdom tooth removal"],
        "A dry socket is when the blood clot in the gap left by the tooth comes away too early. It causes a "
        "throbbing ache a few days after the surgery and needs a visit to the dentist.",
    ),
    (
        "eating",
        "What can I eat after wisdom tooth removal?",
        ["which foods are best after wisdom tooth removal", "when can I eat normally after the surgery"],
        "Soft, cool foods for the first few days: yoghurt, soup that is not hot, mashed potato. Chew on the "
        "other side and go back to normal food as it feels comfortable.",
    ),
)

META = "meta:\n  title: Wisdom Teeth\n  topic: wisdom tooth removal\n  source: tests\n  reviewed: 2025-01-01\n"


@pytest.fixture
def clinic(make_bank):
    return Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES)}))


def test_a_bank_without_a_subjects_list_derives_its_subjects(clinic):
    subjects = clinic.analyzer.subjects
    assert {english.stem("wisdom"), english.stem("socket")} <= subjects  # its topic's words and its own
    assert "pain" not in subjects and english.stem("after") not in subjects  # no health word, no common word


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can I fly?", "flying"),
        ("what can I eat", "eating"),  # no word the bank makes its own, but nearly one of its questions
        ("when can I smoke", "smoking"),
        ("do the sutures dissolve", "stitches"),  # a general synonym: sutures are stitches
        ("is it safe to get on a plane after wisdom tooth removal", "flying"),
        ("wen can i smoke agen", "smoking"),  # quick-message spellings
    ],
)
def test_questions_in_the_banks_own_words_or_lay_words_are_answered(clinic, question, expected):
    reply = clinic.ask(question)
    assert (reply.kind, reply.id) == ("answer", expected)


@pytest.mark.parametrize(
    "request_",
    [
        "what's the time",
        "what time of day is it",
        "what is this place",
        "what holiday is coming up",
        "how do I get to the airport",
        "stop please",
        # An opening that tells something gives "it" and "why" their meaning: not the bank's topic.
        "great film last night, what was it called",
        "my bank card was declined at the shop, can you tell me why",
    ],
)
def test_everyday_requests_stay_out(clinic, request_):
    assert clinic.ask(request_).kind != "answer"
    assert Bot.load().ask(request_).kind != "answer"


def test_a_story_lends_its_subject_to_a_question_that_points_back(clinic):
    reply = clinic.ask("My dentist said I might get a dry socket. What actually is it?")
    # "Dentist" names care in lay words, so the message read whole is about health and may reach it first; or
    # "it" is read as the story's subject, as the bank's own subject is.
    assert (reply.kind, reply.id) == ("answer", "dry-socket") and reply.via in ("story", "direct", "default subject")


@pytest.mark.parametrize(
    "message",
    [
        "My nan had her wisdom tooth out. Who actually gets it?",
        "I had my wisdom tooth removal last week. Who actually gets it?",
        "I had my wisdom tooth removal last week. How can that be?",
    ],
)
def test_a_question_in_everyday_words_after_a_story_is_not_answered_from_the_storys_words(clinic, message):
    # The question's own words say nothing the bank knows: the story's words ("removal", "last week") must not
    # pick an entry ("what is wisdom tooth removal?", "how long does swelling last?").
    assert clinic.ask(message).kind != "answer"


def test_family_words_and_days_count_for_little(clinic):
    analyzer = clinic.analyzer
    for word in ("grandad", "hubby", "nan", "monday", "saturday", "fortnight"):
        assert analyzer.is_everyday(english.stem(word)), word
    reply = clinic.ask("Can my grandad fly on Saturday after his wisdom tooth removal?")
    assert (reply.kind, reply.id) == ("answer", "flying")


def test_two_real_words_are_never_joined_into_a_guess(clinic):
    # "smoke in" is no slip of a bank word; "wisdom tooth" stays two words.
    assert clinic.analyzer.analyze("smoke in").words == ("smoke", "in")
    heel = Bot.load(DATA / "heel-bank")
    assert "recoveri" not in heel.analyzer.analyze("remove my todo list").tokens


def test_an_entry_about_another_number_does_not_answer(make_bank):
    entries = (
        "entries:\n"
        + "".join(
            f"  - id: stage-{n}\n    question: What happens at stage {n} of gum disease?\n"
            f"    alternates: [what does stage {n} gum disease mean, is stage {n} gum disease serious]\n"
            f"    answer: Stage {n} is one step of gum disease. A dentist explains it.\n    source: Test\n"
            f"    related: []\n"
            for n in (1,)
        )
        + (
            "  - id: treatment\n    question: How is gum disease treated?\n"
            "    alternates: [treatment for gum disease, can gum disease be cured]\n"
            "    answer: Cleaning by a hygienist and brushing well. A dentist explains more.\n    source: Test\n"
            "    related: []\n"
        )
    )
    bot = Bot.load(make_bank({"bank.yaml": META + entries}))
    assert bot.ask("what happens at stage 1 of gum disease").id == "stage-1"
    assert bot.ask("what happens at stage I of gum disease").id == "stage-1"  # a Roman numeral after "stage"
    assert bot.analyzer.analyze("I had an IV drip").tokens == bot.analyzer.analyze("had an iv drip").tokens
    # Only stage 1 is in the bank: a question about stage 2 does not get it.
    assert bot.ask("what happens at stage 2 of gum disease").kind != "answer"
    assert bot.ask("is stage 2 gum disease serious").kind != "answer"


@pytest.mark.parametrize(
    "message",
    [
        "Sorry to bother you, can I fly?",
        "Hello, could you please tell me: can I fly?",
        "We are all a bit worried. Can I fly?",
        "had my wisdom tooth out on monday can i fly",
    ],
)
def test_an_opening_that_names_nothing_leaves_the_question_as_if_asked_alone(clinic, message):
    reply = clinic.ask(message)
    assert (reply.kind, reply.id) == ("answer", "flying")


def test_a_clear_leader_that_leaves_only_everyday_detail_is_answered(clinic):
    # "sip through a straw" is detail in everyday words: the dry-socket entry leads far ahead, below the usual bar.
    reply = clinic.ask("can a wisdom tooth socket go dry if I sip through a straw")
    assert (reply.kind, reply.id) == ("answer", "dry-socket")
    # A health word or a rare word the entry does not explain is another question, however far it leads.
    assert clinic.ask("can a wisdom tooth socket go dry if I have diabetes").kind != "answer"
    assert clinic.ask("can a wisdom tooth socket go dry with sarcoidosis").kind != "answer"
    # Without the bank's topic named ("wisdom tooth"), nothing says the question is about it.
    assert clinic.ask("can a socket go dry if I sip through a straw").kind != "answer"


EYE_CLINIC = (
    "meta:\n  title: Eye Clinic\n  topic: cataract surgery\n  source: tests\n  reviewed: 2025-01-01\n"
    "entries:\n"
    "  - id: hair\n    question: When can I wash my hair after cataract surgery?\n"
    "    alternates: [washing hair after cataract surgery, can I wash my hair in the shower after the op]\n"
    "    answer: Wash your hair from the next day, head tilted back so soapy water stays out of the eye.\n"
    "    source: Test\n    related: []\n"
    "  - id: swimming\n    question: When can I swim after cataract surgery?\n"
    "    alternates: [can I go swimming after cataract surgery, how soon can I swim after the op]\n"
    "    answer: Wait about two weeks before you swim, so the eye is not in pool water while it heals.\n"
    "    source: Test\n    related: []\n"
    "  - id: makeup\n    question: When can I wear eye make-up after cataract surgery?\n"
    "    alternates: [can I wear mascara after cataract surgery, eye make-up after the op]\n"
    "    answer: \"Leave eye make-up off for about two weeks: it can carry germs into the healing eye.\"\n"
    "    source: Test\n    related: []\n"
    "  - id: what-is-it\n    question: What is cataract surgery?\n"
    "    alternates: [what happens in cataract surgery, explain cataract surgery]\n"
    "    answer: The cloudy lens of the eye is taken out and a clear plastic lens is put in its place.\n"
    "    source: Test\n    related: []\n"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can I wash my hair", "hair"),  # "wash" is one of the bank's derived subjects, but no topic word
        ("when can I swim again", "swimming"),  # "swim" is a concept of the general layer, yet an act
        # A concept the bank makes its own ("make up", however spelt) names the subject of a question after a story.
        ("grandma had her eye op on friday and is off to a party on sunday. she wants to know if she can do her "
         "eye make up for it. is that ok", "makeup"),
    ],
)
def test_a_clinic_bank_s_own_things_and_acts_are_what_a_question_is_about(make_bank, question, expected):
    bot = Bot.load(make_bank({"bank.yaml": EYE_CLINIC}))
    reply = bot.ask(question)
    assert (reply.kind, reply.id) == ("answer", expected)


@pytest.mark.parametrize("request_", ["what is your name by chance", "what time is it", "stop it"])
def test_a_word_that_only_asks_names_no_thing(make_bank, request_):
    assert Bot.load(make_bank({"bank.yaml": EYE_CLINIC})).ask(request_).kind != "answer"


def test_a_number_that_counts_is_no_label():
    bot = Bot.load()
    tokens = bot.analyzer.analyze
    assert "4" not in tokens("I broke my elbow 4 days ago").tokens
    assert "3" not in tokens("3 to 12 weeks after surgery").tokens
    assert "2" not in tokens("what are the 2 types of HO").tokens
    assert "2" not in tokens("what are the 2 kinds of HO").tokens
    assert "2" in tokens("what is grade 2").tokens and "90" in tokens("is the 90 percent figure true").tokens
    reply = bot.ask("I broke my elbow 4 days ago. Could the extra bone already be starting?")
    assert reply.id != "grade-4"


def _asked_without_its_alternate(bot, entry_id, alternate):
    from chatbot.quality.generalization import _without_alternate

    index = [entry.id for entry in bot.bank.entries].index(entry_id)
    assert alternate in bot.bank.entries[index].alternates
    return Bot(_without_alternate(bot.bank, index, alternate)).ask(alternate)


def test_leave_one_out_finds_no_hip_figures_for_a_knee_and_no_grade_in_a_count():
    bot = Bot.load()
    # The hip answer says "hip or joint replacement": a knee is neither the hip nor any joint in general.
    knee = _asked_without_its_alternate(
        bot, "other-joint-replacement", "what percent of knee replacement patients get ho"
    )
    assert knee.id != "hip-replacement"
    assert bot.analyzer.analyze("new knee").tokens != bot.analyzer.analyze("new shoulder").tokens
    assert bot.analyzer.analyze("knee replacement").tokens != bot.analyzer.analyze("joint replacement").tokens
    count = _asked_without_its_alternate(bot, "types-of-ho", "what are the 2 types of ho")
    assert count.id != "grade-2"


def test_a_slip_never_takes_away_what_a_question_asks():
    bot = Bot.load()
    reply = _asked_without_its_alternate(bot, "how-serious", "can heterotopic ossification kill you")
    assert reply.id != "what-is-ho"
    assert bot.ask("what is planter fasciitis").kind == "fallback"  # nothing to mend on the HO bank
    heel = Bot.load(DATA / "heel-bank")
    assert heel.ask("what is planter fasciitis").id == "what-is-plantar-fasciitis"  # a slip that mends the subject


def test_how_long_asks_about_timing_and_a_span_that_is_over_does_not(clinic):
    tokens = clinic.analyzer.analyze
    assert "timing" in tokens("how long does it last").tokens and "timing" in tokens("how many weeks").tokens
    assert "timing" not in tokens("my first flare six months ago").tokens
    assert "timing" not in tokens("a couple of weeks ago").tokens
    reply = clinic.ask("how long does it last")
    assert (reply.kind, reply.id) == ("answer", "swelling")


@pytest.mark.parametrize(
    "request_", ["what time is it", "I need to know what time it is", "is there a holiday this month"]
)
def test_a_question_that_only_asks_when_stays_out(clinic, make_bank, request_):
    # "Time" means timing, as "how long" does; "this month" points at no subject: neither is about the bank.
    assert clinic.ask(request_).kind != "answer"
    assert Bot.load(make_bank({"bank.yaml": EYE_CLINIC})).ask(request_).kind != "answer"


def test_a_question_without_a_subject_that_echoes_a_bank_question_takes_the_main_topic():
    bot = Bot.load()
    reply = bot.ask("what kinds are there")  # with "HO" for its subject, one of the bank's own questions
    assert (reply.kind, reply.id, reply.via) == ("answer", "types-of-ho", "default subject")
    # About the person ("I"), or about something the bank does not know: an everyday request.
    for request_ in ("what can I do", "what is there", "what are they", "what kinds of music are there"):
        assert bot.ask(request_).kind != "answer", request_


KNEE_BANK = (
    "meta:\n  title: Knee replacement recovery\n  topic: knee replacement recovery\n  short_name: knee replacement\n"
    "  source: A test bank\n  reviewed: 2025-01-01\n"
    "entries:\n"
    "  - id: full-recovery\n    question: How long is full recovery after a knee replacement?\n"
    "    alternates: [knee replacement recovery time, when will my new knee feel normal]\n"
    "    answer: Most people feel much better by three months, and recovery goes on for about a year.\n"
    "  - id: stairs\n    question: When can I climb stairs after a knee replacement?\n"
    "    alternates: [stairs after knee surgery]\n"
    "    answer: Most people manage stairs with help before they leave hospital, one step at a time.\n"
)


def test_another_operation_named_in_an_uncommon_word_is_not_this_banks_recovery(make_bank):
    """A question about another operation is not answered with this bank's recovery entry."""
    bot = Bot.load(make_bank({"bank.yaml": KNEE_BANK}))
    assert bot.ask("recovery after a knee replacement").id == "full-recovery"
    assert bot.ask("recovery after cataract surgery").kind != "answer"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Only the answers name these things: a bank with two alternates an entry is matched on its answers too.
        ("is mashed potato ok after wisdom tooth removal", "eating"),
        ("will cold packs on my cheek help after wisdom tooth removal", "swelling"),
    ],
)
def test_a_thing_only_the_answer_names_reaches_an_entry_with_few_phrasings(clinic, question, expected):
    reply = clinic.ask(question)
    assert (reply.kind, reply.id) == ("answer", expected)


def test_the_answer_speaks_for_an_entry_only_while_it_lists_few_phrasings(clinic):
    # Three phrasings (a question and two alternates): the answer counts in full; the packaged bank lists many
    # ways of asking each question and is matched on them, its answers barely adding to the fit.
    assert set(clinic.matcher._answer_fit) == {matcher_module.ANSWER_FIT}
    packaged = Bot.load().matcher
    assert max(packaged._answer_fit) <= matcher_module.ANSWER_FIT / 4


def test_only_things_count_from_an_answer(clinic):
    analyzer, matcher = clinic.analyzer, clinic.matcher
    tokens = analyzer.analyze("yoghurt infection prevent safe socket").tokens
    # A thing counts; a health word (an answer mentions other conditions), a concept that says what is asked,
    # a common English word and a word of the bank's own questions ("socket": the dry-socket entry's) do not.
    assert matcher.things(tokens) == {english.stem("yoghurt")}


def test_pruning_never_changes_a_ranking_with_the_answers_things(clinic):
    questions = [
        "is mashed potato ok after wisdom tooth removal",
        "will cold packs on my cheek help",
        "does a throbbing ache mean a dry socket",
        "yoghurt soup potato",
        "local anaesthetic sinus upper tooth",
    ]
    for question in questions:
        pruned, full = rankings_with_and_without_pruning(clinic, question, 10)
        assert [(c.entry.id, c.score) for c in pruned] == [(c.entry.id, c.score) for c in full], question
