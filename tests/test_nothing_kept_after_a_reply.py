"""What a patient typed does not outlive the reply in the shared bot (the kiosk's next person uses the same one)."""

from chatbot import Bot


def _holds(value, word: str) -> bool:
    return word in repr(value)


def test_no_reading_of_a_message_is_kept_once_it_is_answered():
    bot = Bot.load()
    session = bot.session()
    secret = "zebrafinch"
    story = f"My neighbour {secret} had his hip replaced in March and now there is a hard lump. Is that HO?"
    session.ask(story)
    assert not _holds(bot.matcher.__dict__.get("_rankings", {}), secret)
    assert not _holds(getattr(bot.analyzer, "_message_analyses", {}), secret)


def test_a_long_message_still_gets_the_same_reply_twice():
    bot = Bot.load()
    story = "My dad had his hip replaced in March and now there is a hard lump by the scar. What tests will they do?"
    first = bot.session().ask(story)
    second = bot.session().ask(story)
    assert (first.kind, first.id, first.text) == (second.kind, second.id, second.text)


def test_no_folded_text_of_a_message_is_kept_once_it_is_answered():
    from chatbot.understanding import text

    bot = Bot.load()
    secret = "quokkaberry"
    bot.session().ask(f"My aunt {secret} broke her elbow last spring and it is still stiff. Could that be HO?")
    assert not _holds(text._FOLDED, secret)
