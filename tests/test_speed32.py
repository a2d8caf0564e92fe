"""Round 30 speed (storyspeed32): a story is read whole again only for a question that needs it, every reply the same.

`story_references.signs_asked_about` read the whole story joined (and "cause") for every story that tells a sign,
though only a yes-or-no question pointing back at the story ("does that happen a lot?") with no subject of its own
asks whether the story names the topic. These tests pin the lazy reading to the replies the eager one gave."""

import pytest

from chatbot.bot import Bot
from chatbot.conversation import story_references
from chatbot.conversation.whole_message import split_once

# The benchmark's first 60-word story (benchmarks/run.py): signs told, then a "how" question.
HOW_STORY = (
    "My mother is 74 and she had her left hip replaced in March at the county hospital. Since then she has been "
    "doing her exercises every morning but the joint feels stiff and there is a hard lump near the scar that she "
    "noticed last week. The surgeon mentioned extra bone on the last x-ray. How is heterotopic ossification treated?"
)
# A yes-or-no question that points back at a story naming the topic: the whole story is read, as before.
POINTING_BACK = (
    "my doctor first thought my swollen hip was arthritis and it turned out to be HO. does that happen a lot?"
)


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


def _analyzed(bot, text: str) -> tuple[list[str], object]:
    """The texts the analyzer was asked to read while answering `text` in a fresh session, and the reply."""
    seen: list[str] = []
    analyze = bot.analyzer.analyze

    def spy(read: str, fix_typos: bool = True):
        seen.append(read)
        return analyze(read, fix_typos)

    bot.analyzer.analyze = spy
    try:
        reply = bot.session().ask(text)
    finally:
        del bot.analyzer.analyze
    return seen, reply


def _joined_story(bot, text: str) -> str:
    return " ".join(split_once(bot, text).story)


def test_a_story_with_no_yes_or_no_question_is_not_read_whole_again(bot):
    seen, reply = _analyzed(bot, HOW_STORY)
    assert _joined_story(bot, HOW_STORY) not in seen
    assert "cause" not in seen
    assert (reply.kind, reply.id) == ("answer", "treatment")


def test_a_question_pointing_back_at_the_story_still_reads_it_whole(bot):
    seen, reply = _analyzed(bot, POINTING_BACK)
    assert _joined_story(bot, POINTING_BACK) in seen
    assert (reply.kind, reply.id, reply.via) == ("answer", "early-symptoms", "story")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (POINTING_BACK, "early-symptoms"),
        # The story names no topic word: "does that ..." is read by the other readings (as before).
        (
            "My son's swollen elbow was treated as an infection at first, and now they say it's bone. "
            "Does that kind of mix-up happen a lot?",
            "mistaken-symptoms",
        ),
        ("my healed fracture has a bump where the bone knitted back together, is that normal", "lump"),
        # "is that from HO?" reads "from" as a cause: the tokens of "cause" are still read for it.
        ("My dad has a hard lump by his hip scar and his hip is stiff. Is that from HO?", "lump"),
        (HOW_STORY, "treatment"),
    ],
)
def test_story_replies_are_those_of_the_eager_reading(bot, text, expected):
    reply = bot.session().ask(text)
    assert (reply.kind, reply.id, reply.via) == ("answer", expected, "story")


@pytest.mark.parametrize("bare", [True, False])
@pytest.mark.parametrize("skip_advice", [True, False])
@pytest.mark.parametrize(
    "text",
    [
        POINTING_BACK,
        "My dad has a hard lump by his hip scar and his hip is stiff. Is that from HO?",
        "My dad has a hard lump by his hip scar. Should he take ibuprofen for it? Is that HO?",
        HOW_STORY,
    ],
)
def test_signs_asked_about_finds_what_the_story_read_first_finds(bot, text, bare, skip_advice, monkeypatch):
    """The lazy reading against the eager one: the story's naming of the topic worked out before the questions."""
    bot.session()  # a new message's memos
    bot.analyzer.start_message()
    message = split_once(bot, text)
    lazy = story_references.signs_asked_about(bot, message, skip_advice, bare=bare)
    eager_value = story_references._names_topic(bot, message.story) if message.story else False
    monkeypatch.setattr(story_references, "_names_topic", lambda *_: eager_value)
    eager = story_references.signs_asked_about(bot, message, skip_advice, bare=bare)
    assert [c.entry.id for c in lazy] == [c.entry.id for c in eager]
    assert [c.score for c in lazy] == [c.score for c in eager]
