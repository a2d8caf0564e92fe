"""What a question's "it" stands for after a story that already says "it" of a thing it named.

"My son broke his elbow and it's in a cast, how long will it take?": the story's own "it" stands for the elbow it
named just before, and the question's "it" goes on with the story, as a pronoun goes on with the last thing it
stood for. The bank's main topic put in for that "it" answers a question nobody asked (how long the topic takes to
form). A story that names the topic itself ("... the scan shows the condition and it hurts. Is it serious?") lends it,
and so does one whose "it" comes before any thing it could stand for ("My dad has it in both knees"): there "it" is
the topic the patient does not name. "Is it normal to hurt this much?" has an "it" that stands for nothing at all:
English puts the long subject ("to hurt this much") last and "it" first in its place (`only_anticipatory_it`).

Read from the grammar of reference alone: the thing before the story's "it" is any word about health the message
uses (`Analyzer.is_about_health`: "elbow", "cast", "wound"), never a list written for a case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.understanding.message import AUXILIARIES
from chatbot.understanding.story_agreement import names_the_topic
from chatbot.understanding.text import expand_contractions, words

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.bot import Bot

# The story's own "it", as folded ("it's" is "it is" once contractions are read; "its" is its possessive or "it's"
# with the apostrophe dropped).
_IT = frozenset(("it", "its"))
# Words that join a new clause, after which "it" is that clause's subject ("... broke his elbow and it's in a cast").
_CLAUSE_JOINERS = frozenset("and but now so then".split())


def story_says_it_of_a_thing(bot: Bot, story: str) -> bool:
    """True when the story's first "it" comes after a word about health that it can stand for ("broke his elbow and
    it's in a cast"); False for a story with no "it", or whose "it" comes first ("has it in both knees")."""
    typed = words(expand_contractions(story))
    first = next((index for index, word in enumerate(typed) if word in _IT), None)
    if not first or typed[first - 1] not in _CLAUSE_JOINERS:
        return False  # "getting it", "has it": an object "it" is often the topic the patient does not name
    analyzer = bot.analyzer
    if any(
        token in analyzer.subjects or token in analyzer.main_topic
        for token in analyzer.analyze(" ".join(typed[first:])).tokens
    ):
        return False  # "... and it turned out to be the condition": what the story's "it" is, it names
    return any(analyzer.is_about_health(token) for token in analyzer.analyze(" ".join(typed[:first])).tokens)


# Words after "it" that make it the subject put first for what comes later ("is it normal to hurt this much?", "is
# it ok for me to drive?"): "to" or "for" and the one who does it, two words after "it" (after the word that judges).
_LATER_SUBJECT = frozenset(("to", "for"))
_BE = frozenset(("is", "was", "be"))


def only_anticipatory_it(said: list[str]) -> bool:
    """True when every "it" of a question stands first for what it says later, as English puts a long subject last:
    "is it normal to hurt this much?" asks whether hurting is normal, about no thing; "is it normal for it to come
    back?" has a second "it" that does stand for a thing."""
    places = [index for index, word in enumerate(said) if word == "it"]
    return bool(places) and all(
        # "is it normal to ...", "it is normal to ...": a form of "be", the word that judges, then "to" or "for"
        (index and said[index - 1] in _BE and said[index + 2 : index + 3] and said[index + 2] in _LATER_SUBJECT)
        or (
            said[index + 1 : index + 2]
            and said[index + 1] in _BE
            and said[index + 3 : index + 4]
            and said[index + 3] in _LATER_SUBJECT
        )
        for index in places
    )


def story_names_topic(bot: Bot, story: str, story_subjects) -> bool:
    """True when the story names the bank's main topic: as one of its subjects, by its name, or by one of the bank's
    `subject_names` said whole ("turned out it was bone forming")."""
    if set(bot.default_subject) <= set(story_subjects):
        return True
    tokens = bot.analyzer.analyze(story).tokens
    return names_the_topic(bot.analyzer, tokens, bot.bank.topic, bot.bank.subject_names)


# "this much", "that bad": "this" and "that" before a word of how much say a degree, they point at nothing.
_DEGREE_AFTER = frozenset("much many bad long far big often badly".split())


def pointing_words(said: list[str], pronouns) -> set[str]:
    """The pronouns of a question that point at a thing, less "it" and a "this" or "that" of degree ("hurt this
    much")."""
    return {
        word
        for index, word in enumerate(said)
        if word in pronouns and word != "it" and not (said[index + 1 : index + 2] and said[index + 1] in _DEGREE_AFTER)
    }


def it_as_subject(said: list[str]) -> bool:
    """True when a question's "it" is its subject, as the story's "it" was ("how long will it take?", "will it heal"):
    a subject pronoun goes on with the story's subject. An object "it" ("how do they diagnose it?") is as often the
    topic, which the story does not name, as the thing the story said "it" of."""
    return any(word == "it" and (not index or said[index - 1] in AUXILIARIES) for index, word in enumerate(said))
