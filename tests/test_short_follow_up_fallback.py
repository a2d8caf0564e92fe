"""A short follow-up the bank cannot answer is "not covered", never "not about the topic"."""

from chatbot import Bot


def _first_line(text: str) -> str:
    return " ".join(text.split())[:40]


def test_a_short_follow_up_after_an_answer_is_not_covered_rather_than_off_topic():
    bot = Bot.load()
    messages = bot.bank.messages
    session = bot.session()
    assert session.ask("what is HO").kind == "answer"
    reply = session.ask("and for kids?")
    assert reply.kind == "fallback"
    assert _first_line(reply.text) == _first_line(messages["not_covered"])
    # A grade the scale does not have says so, then what the scale is (walkthrough 13), never off the topic.
    reply = session.ask("what about grade 5?")
    assert reply.text.startswith(messages["number_not_covered"].replace("{asked}", "grade 5"))
    assert reply.id == "brooker-scale"


def test_the_same_words_in_a_fresh_session_are_off_the_topic():
    bot = Bot.load()
    reply = bot.session().ask("and for kids?")
    assert reply.kind == "fallback"
    assert _first_line(reply.text) != _first_line(bot.bank.messages["not_covered"])


def test_a_second_question_asked_with_an_auxiliary_is_found_and_offered():
    from chatbot.understanding.message import split_message

    assert split_message("What is it and will she need an operation?").questions == (
        "What is it",
        "will she need an operation?",
    )
    assert split_message("is it painful and does it go away").questions == ("is it painful", "does it go away")
    # A story going on with "did" is no second question.
    assert split_message("I fell over and did my back in").questions != ("I fell over", "did my back in")
    # Since round 28 (horeading30, `first_asked`), two questions each clear alone get the first asked as the answer
    # and the other offered first.
    reply = Bot.load().session().ask("What is HO and will she need an operation?")
    assert reply.id == "what-is-ho"
    assert reply.suggestions[0].id == "surgery"
