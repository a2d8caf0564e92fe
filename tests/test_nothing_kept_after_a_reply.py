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


def _reply(bot, question: str) -> tuple:
    reply = bot.session().ask(question)
    return reply.kind, reply.id, reply.text


def test_what_one_person_typed_never_changes_the_next_ones_reply():
    # "Bridging" typed by one person made a later "bridged" a plain word for everyone after: the same question
    # was answered on a shared bot and fell back on a fresh one.
    earlier = "is grade 4 the one with bridging across the joint?"
    question = "what does it mean if the bone has bridged the whole joint, grade four"
    shared = Bot.load()
    shared.session().ask(earlier)
    assert _reply(shared, question) == _reply(Bot.load(), question)
    assert not _holds(shared.analyzer.__dict__.get("_typed_zipf", {}), "bridging")


def test_replies_do_not_depend_on_the_order_people_ask_in():
    from chatbot.quality.evaluation import load_cases

    questions = []
    # Our own questions and a set by an outside writer (retired to tuning: see tests/data/heldout/README.md).
    for path in ("tests/data/eval.yaml", "tests/data/heldout/ho-questions-part6.yaml"):
        cases, conversations = load_cases(path)
        questions += [case.question for case in cases] + [turn.question for turns in conversations for turn in turns]
    forwards, backwards = Bot.load(), Bot.load()
    first = {question: _reply(forwards, question) for question in questions}
    second = {question: _reply(backwards, question) for question in reversed(questions)}
    differing = [question for question in questions if first[question] != second[question]]
    assert not differing, differing[:5]


def test_no_folded_text_of_a_message_is_kept_once_it_is_answered():
    from chatbot.understanding import text

    bot = Bot.load()
    secret = "quokkaberry"
    bot.session().ask(f"My aunt {secret} broke her elbow last spring and it is still stiff. Could that be HO?")
    assert not _holds(text._FOLDED, secret)
