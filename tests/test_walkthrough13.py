"""Bugs found by using the product as its people do (walkthrough 13), each pinned by a test of the real reply."""

from __future__ import annotations

import json
import time
import warnings

import pytest

from chatbot.frontends.web.app import COOKIE, create_app
from chatbot.session_store import SessionStore

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's test client asks for httpx2; httpx works the same
    from starlette.testclient import TestClient

JSON = {"content-type": "application/json"}


# "What is it?" inside a story asks what the condition the story names is.


@pytest.mark.parametrize(
    "message",
    [
        "My doctor said I have heterotopic ossification after my hip op. What is it?",
        "My doctor said I have heterotopic ossification after my hip op. what is it",
        "my gp mentioned heterotopic ossification what is it",
        "My physio said I might have HO. What is it?",
        "the consultant told me i have heterotopic ossification. what is it",
    ],
)
def test_what_is_it_after_a_story_naming_ho_gets_what_ho_is(bot, message):
    reply = bot.session().ask(message)
    assert (reply.kind, reply.id) == ("answer", "what-is-ho"), (reply.kind, reply.id)
    assert reply.text.startswith(bot.bank.by_id["what-is-ho"].answer)


@pytest.mark.parametrize("message", ["doctor said HO what is it", "doctor mentioned HO what is that"])
def test_what_is_it_run_on_after_a_short_story_keeps_its_what(bot, message):
    # Split as "doctor said HO what" + "is it", the question lost its "what" and the story's "doctor" picked the
    # entry on tests.
    from chatbot.understanding.message import split_message

    assert split_message(message).questions[0].startswith("what is")
    assert bot.session().ask(message).id == "what-is-ho"


def test_what_is_it_in_a_story_is_the_same_after_other_questions(bot):
    session = bot.session()
    for earlier in ("hello", "how is it treated", "what is the brooker scale", "hi"):
        session.ask(earlier)
    reply = session.ask("My doctor said I have heterotopic ossification after my hip op. What is it?")
    assert reply.id == "what-is-ho"


@pytest.mark.parametrize(
    ("first", "entry"),
    [
        ("my dad has heterotopic ossification", "what-is-ho"),
        ("i had my hip replaced 6 weeks ago and the physio says it is not bending. she mentioned HO", "what-is-ho"),
        ("grade 3", "brooker-scale"),
        ("what is FOP", "genetic-ho"),
    ],
)
@pytest.mark.parametrize("then", ["what is it?", "what is that", "whats that?"])
def test_what_is_it_after_an_answer_asks_what_the_conversation_is_about_not_who_the_bot_is(bot, first, entry, then):
    # "What is that?" got "I'm an FAQ bot, a computer program ..." ("what" is a word of "what are you").
    session = bot.session()
    session.ask(first)
    reply = session.ask(then)
    assert (reply.kind, reply.id) == ("answer", entry), (reply.kind, reply.id, reply.text[:60])


def test_who_the_bot_is_is_still_small_talk(bot):
    for message in ("what are you", "what is your name", "who are you"):
        assert bot.session().ask(message).kind == "smalltalk"


def test_should_ending_one_sentence_and_she_opening_the_next_ask_no_advice(bot):
    # "... not bending like it should. She mentioned HO" read as "should she" + "physio": a personal decision.
    message = "i had my hip replaced and the physio says my hip is not bending like it should. she mentioned HO"
    assert not bot.advice.asks_for_advice(message)
    assert not bot.session().ask(message).text.startswith(bot.bank.messages["personal_advice"])
    assert bot.advice.asks_for_advice("my hip is not bending. should she have physio?")


# A diagnosis the doctor reported is a story, not a request for one.


@pytest.mark.parametrize(
    "message",
    [
        "the doctor said it might be HO. What can be done?",
        "The doctor said it might be HO. what can be done",
        "My mum has HO after her stroke. What can be done?",
        "my surgeon told me i have HO. what can be done",
        "my physio thinks it might be HO, what treatments are there",
    ],
)
def test_what_can_be_done_after_a_reported_diagnosis_gets_the_treatment_answer(bot, message):
    reply = bot.session().ask(message)
    assert (reply.kind, reply.id) == ("answer", "treatment"), (reply.kind, reply.id, reply.text[:80])
    # The answer itself, with no "I can't give personal medical advice" before it.
    assert reply.text.startswith(bot.bank.by_id["treatment"].answer)


@pytest.mark.parametrize(
    "message",
    [
        "could it be HO?",
        "the doctor said it might be HO?",  # asked back, with a question mark
        "my hip is stiff, might be HO?",
        "I think it might be HO. What can be done?",  # the writer's own guess: still asks whether it is
    ],
)
def test_asking_whether_it_is_ho_is_still_personal_advice(bot, message):
    reply = bot.session().ask(message)
    assert reply.text.startswith(bot.bank.messages["personal_advice"]), reply.text[:80]


def test_a_story_that_denies_ho_does_not_get_hos_treatment_for_what_can_be_done(bot):
    reply = bot.session().ask("the doctor said it is not HO. What can be done?")
    assert reply.id != "treatment"


# A Brooker grade that does not exist is never answered as the nearest one.


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("grade 3.5", "grade 3.5"),
        ("what does grade 2.5 mean", "grade 2.5"),
        ("is there a grade 4.5", "grade 4.5"),
        ("grade 3,5", "grade 3,5"),
        ("grade 3 and a half", "grade 3 and a half"),
        ("grade 3\u00bd", "grade 3 1/2"),
        ("what is brooker grade 3.5?", "grade 3.5"),
        ("what is grade 5", "grade 5"),
        ("brooker grade 0", "grade 0"),
    ],
)
def test_a_grade_the_scale_does_not_have_gets_the_scale_explained(bot, message, asked):
    reply = bot.session().ask(message)
    assert (reply.kind, reply.id) == ("answer", "brooker-scale"), (reply.kind, reply.id)
    note = bot.bank.messages["number_not_covered"].replace("{asked}", asked)
    assert reply.text.startswith(note + "\n\n" + bot.bank.by_id["brooker-scale"].answer), reply.text


def test_a_grade_that_is_not_there_as_a_follow_up_is_explained_too(bot):
    session = bot.session()
    session.ask("what is the brooker scale")
    reply = session.ask("and grade 3.5?")
    assert reply.id == "brooker-scale" and "grade 3.5" in reply.text
    # The nearest grades are offered first.
    assert [s.id for s in reply.suggestions][:2] == ["grade-3", "grade-4"]
    assert session.ask("and grade 3?").id == "grade-3"
    # After grade 4, "what about grade 5" was read with the conversation's grade and got grade 2's answer.
    assert session.ask("grade 4").id == "grade-4"
    reply = session.ask("what about grade 5")
    assert reply.id == "brooker-scale" and reply.suggestions[0].id == "grade-4"


def test_a_grade_that_is_not_there_in_a_story_is_never_a_grades_answer(bot):
    reply = bot.session().ask("My report says Brooker grade 3.5, is that bad?")
    assert reply.text.startswith(bot.bank.messages["number_not_covered"].replace("{asked}", "grade 3.5"))
    assert reply.id is None or not reply.id.startswith("grade-")


@pytest.mark.parametrize(
    ("message", "entry"), [("grade 3", "grade-3"), ("grade three", "grade-3"), ("grade 4", "grade-4")]
)
def test_a_grade_the_scale_has_is_still_answered(bot, message, entry):
    reply = bot.session().ask(message)
    assert reply.id == entry and "nothing on" not in reply.text


def test_only_numbers_the_entries_own_questions_count_by_make_a_scale():
    from chatbot.understanding.numbered import NumberedWords

    numbered = NumberedWords(["What does grade 1 mean?", "What does grade 2 mean?", "What to do on day 2 of prep?"])
    assert numbered.numbers == {"grade": frozenset({1, 2})}
    assert numbered.unlisted("is day 3 ok") is None  # one title with "day 2" counts nothing
    assert numbered.unlisted("grade 2/3 on my report") is None  # a range names numbers the bank has
    found = numbered.unlisted("what does grade 7 mean?")
    assert found is not None and found.asked == "grade 7" and found.without == "what does grade mean?"


# A clinic's answer that opens with "No" as a word of its sentence is no bare "No.".


@pytest.mark.parametrize(
    "opening",
    ["No particular diet has been shown to cure it.", "No one knows why it starts.", "No-one can say for sure."],
)
def test_an_answer_opening_with_no_as_a_determiner_loads(make_bank, opening):
    from conftest import META, entry_yaml

    from chatbot.bank.loader import load_bank

    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("a-one", "What is A?", answer=opening + " Two.")})
    assert load_bank(folder).entries[0].answer == opening + " Two."


@pytest.mark.parametrize("opening", ["No it is not.", "No \u2014 it is not.", "No\u2014it is not.", "No you cannot."])
def test_a_bare_no_without_a_comma_is_still_reported(make_bank, opening):
    from conftest import META, entry_yaml

    from chatbot.bank.loader import load_bank
    from chatbot.errors import BankError

    answer = "'" + opening + " Two sentences.'"
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("a-one", "What is A?", answer=answer)})
    with pytest.raises(BankError) as raised:
        load_bank(folder)
    assert "the answer opens with 'No'" in str(raised.value)


# The web page: a reset answered after the next question must not drop that question's cookie.


def _ask(client, text, **extra):
    return client.post("/api/ask", content=json.dumps({"text": text, **extra}), headers=JSON)


def test_a_reset_answered_after_the_next_question_keeps_that_questions_cookie(bot):
    # "Start again" sends /api/reset; the next person's first question (sent with "new": true) can overtake it.
    # The reset then arrived naming the old conversation and dropped the cookie the question had just set: the next
    # follow-up ("and grade 3?") silently started a conversation of its own.
    store = SessionStore(bot, max_sessions=50, ttl_seconds=600)
    client = TestClient(create_app(store), base_url="http://127.0.0.1")
    _ask(client, "what is FOP")
    old = client.cookies[COOKIE]
    assert _ask(client, "what is the brooker scale", new=True).json()["id"] == "brooker-scale"
    new = client.cookies[COOKIE]
    assert new != old
    # The reset the page sent before that question, carrying the cookie it had then, answered last.
    late = client.post("/api/reset", headers={"cookie": f"{COOKIE}={old}"})
    assert late.json() == {"reset": True} and "set-cookie" not in late.headers
    assert client.cookies[COOKIE] == new
    assert _ask(client, "and grade 3?").json()["id"] == "grade-3"
    # A reset of the conversation the browser holds still forgets it and drops its cookie.
    assert "set-cookie" in client.post("/api/reset").headers
    assert COOKIE not in client.cookies and len(store) == 0


# A symptom answer that opens by asking to have it checked does not get the same advice again at its end.


def test_a_symptom_answer_that_already_says_to_have_it_checked_gets_no_second_safety_line(bot):
    # The kiosk showed "A new or growing lump can have other causes, so have your doctor or care team check it. ..."
    # and then "A new or growing lump, swelling, fever ... can have other causes, so please tell your doctor ...".
    reply = bot.session().ask("My mum had her hip done, she has a hard lump, what is that")
    assert reply.id == "lump"
    assert reply.text == bot.bank.by_id["lump"].answer
    # Where the reply does not say it (a refusal), the line is still added.
    refused = bot.session().ask("I get night sweats, is that HO?")
    assert refused.text.startswith(bot.bank.messages["personal_advice"])
    assert "night sweats" in refused.text and "other causes" in refused.text


# A kiosk's untouched welcome asks nobody whether they are still there.


def test_an_untouched_kiosk_welcome_never_shows_the_idle_warning(kiosk_terminal):
    # The kiosk wiped itself, then asked "Are you still there? This screen will clear in 4 seconds" of the empty
    # welcome after every idle spell, all day, to whoever walked past.
    term = kiosk_terminal("--idle-seconds", "3", "--warn-seconds", "2")
    time.sleep(4)
    assert "Are you still there?" not in term.text()
    term.enter("what is HO")
    term.wait_for("Are you still there?", timeout=6)  # someone used it: warned, then wiped
    term.wait_for("1) What is heterotopic ossification (HO)?", timeout=6)
    time.sleep(3.5)  # a whole idle spell after the wipe
    assert "Are you still there?" not in term.text() and "You:" not in term.text()


def test_the_kiosk_countdown_never_says_0_seconds(bot):
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from chatbot.frontends.kiosk import Kiosk

    with create_pipe_input() as keys:
        kiosk = Kiosk(bot, 30, 10, None, terminal_input=keys, terminal_output=DummyOutput())
    kiosk.state.last_key = time.monotonic() - 29.8
    text = " ".join("".join(part for _, part in kiosk._warning_text()).split())
    assert "clear in 1 second to" in text and "0 seconds" not in text


# A question after a word of small talk is read, not answered with small talk.


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("ok what is it", "answer"),
        ("ok, can a knee replacement cause HO", "answer"),
        ("thanks, what a help", "smalltalk"),
    ],
)
def test_a_question_after_ok_or_thanks_is_read(bot, message, kind):
    # "ok and how do u get it" got "Okay. You can ask me another question about HO at any time."
    session = bot.session()
    session.ask("what is HO")
    assert session.ask(message).kind == kind
    assert bot.session().ask("ok and how do u get it").kind != "smalltalk"
