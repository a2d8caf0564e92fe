"""A short follow-up the bank cannot answer is "not covered", never "not about the topic"."""

from chatbot import Bot


def _first_line(text: str) -> str:
    return " ".join(text.split())[:40]


def test_a_short_follow_up_after_an_answer_is_not_covered_rather_than_off_topic():
    bot = Bot.load()
    messages = bot.bank.messages
    session = bot.session()
    assert session.ask("what is HO").kind == "answer"
    for follow_up in ("and for kids?", "what about grade 5?"):
        reply = session.ask(follow_up)
        assert reply.kind == "fallback"
        assert _first_line(reply.text) == _first_line(messages["not_covered"])


def test_the_same_words_in_a_fresh_session_are_off_the_topic():
    bot = Bot.load()
    reply = bot.session().ask("and for kids?")
    assert reply.kind == "fallback"
    assert _first_line(reply.text) != _first_line(bot.bank.messages["not_covered"])
