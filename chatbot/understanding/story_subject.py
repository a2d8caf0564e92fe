"""What a story makes the subject of a question that names none (round 28, otherstory30).

A question with no subject of its own ("how is it treated?", "what causes it?") is about the bank's main topic by
default. Told beside a story, it is about what the story is about, and a story may be about something the bank does
not hold: "my dog has a lump on his leg. how is it treated?" asks how a dog's lump is treated, "my knee hurts when i
walk, how is it treated?" how knee pain is, "how do they treat it? my son has impetigo" how impetigo is. The bank's
answer about its own topic would mislead; the fallback is right.

A story owns its subject, by general English knowledge and the bank's own words, never a topic named in code:

- *an animal*: a word the general layer's lay lexicon files under an animal concept (`animal_concepts`: "dog",
  "cat", "puppy" are kinds of pet);
- *a condition or everyday complaint the bank does not know*: a health word of the general layer that is no part of
  the body ("shingles", "flu"), a name by the general layer's condition names and endings ("psoriasis",
  "tonsillitis"), one of its `everyday_complaints` ("a cold", "hiccups"), or a word English rarely uses told right
  after a verb of having ("my son has impetigo", "she's got scabies");
- *a part of the body and its ordinary complaint*: a body word and a sign (pain, swelling, a lump, stiffness), a
  general health word, or a word neither English's everyday words nor the bank know ("my knee clicks").

Unless the story ties it to the topic: it names the topic ("HO", "extra bone" read as HO) or another subject of the
bank that is neither a part of the body nor a sign ("hip replacement", "surgery", "injury", "NSAIDs": the bank's own
occasions and treatments). And only a question that names no subject of the bank: "my dog has a lump, is it HO?"
asks about the topic by name. A story that says someone has "it" ("my dad has it in both hips") points at the topic
too, and owns nothing.
"""

from __future__ import annotations

import functools

from chatbot.understanding import english
from chatbot.understanding.having_it import TOPIC_PRONOUNS, having_verbs
from chatbot.understanding.language import CONDITION_NAME_ZIPF, general_vocabulary, stem

# A name told after a verb of having: at most this many words between ("has a bad ...", "has got the ...").
NAME_AFTER_HAVING = 3
# ... and at least this many letters ("has a ...": no short word names a condition the bank would not know).
NAME_LETTERS = 4
# The words that may stand between a verb of having and what is had ("has a bad cold", "has got the flu").
HAVING_FILLERS = frozenset("a an the some got bad nasty terrible really little bit of".split())


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    vocabulary = general_vocabulary()
    complaints = vocabulary.get("everyday_complaints", ())
    return (
        frozenset(vocabulary.get("animal_concepts", ())),
        frozenset(complaints) | frozenset(english.stem_many(complaints)),
    )


def subject_told(bot, story_parts, questions) -> str | None:
    """What the story makes the subject of its questions, when that is not the bank's topic: "animal", "condition" or
    "complaint"; None when a question names a subject of the bank, the story ties to the topic, or owns nothing."""
    analyzer = bot.analyzer
    subjects = analyzer.subjects
    topic = frozenset(bot.default_subject) | analyzer.main_topic
    signs = bot.told_signs

    def own_subject(t: str) -> bool:
        # The topic, or a subject of the bank that is no general health word, part of the body or sign: "is it
        # HO?", "could it be FOP?" name what they ask about; "can it be removed?" (surgery) asks it of "it".
        if t in topic:
            return True
        return t in subjects and not _general_health(analyzer, t) and t not in analyzer.body and t not in signs

    for question in questions:
        if any(own_subject(t) for t in analyzer.analyze(question).tokens):
            return None  # "my dog has a lump, is it HO?": the question names its own subject
    readings = [analyzer.analyze(part) for part in story_parts]
    tokens = [t for reading in readings for t in reading.tokens]
    if any(t in topic or (t in subjects and t not in analyzer.body and t not in signs) for t in tokens):
        return None  # the story names the topic, or the bank's own occasion or treatment
    said = [w for reading in readings for w in reading.words]
    verbs = having_verbs()
    if any(w in verbs and nxt in TOPIC_PRONOUNS for w, nxt in zip(said, said[1:], strict=False)):
        return None  # "my dad has it in both hips": "it" is the topic
    animals, complaints = _lists()
    if animals.intersection(tokens):
        return "animal"
    if _names_condition(bot, tokens, said, complaints):
        return "condition"
    if any(t in analyzer.body for t in tokens) and any(_complaint(bot, t) for t in tokens):
        return "complaint"
    return None


def _names_condition(bot, tokens, said, complaints) -> bool:
    analyzer, matcher = bot.analyzer, bot.matcher
    for token in tokens:
        if matcher.knows(token):
            continue
        if token in complaints or (_general_health(analyzer, token) and token not in analyzer.body):
            return True
    for word in said:
        if analyzer.names_condition(word) and not any(matcher.knows(t) for t in analyzer.analyze(word).tokens):
            return True
    verbs = having_verbs()
    for index, word in enumerate(said):
        if word not in verbs:
            continue
        for after in said[index + 1 : index + 1 + NAME_AFTER_HAVING]:
            if after in HAVING_FILLERS:
                continue
            if _rare_unknown_name(bot, after):
                return True
            break
    return False


def _general_health(analyzer, token: str) -> bool:
    """A health word of the general layer, as typed or stemmed ("surgery", "injury"): any clinic's word."""
    return token in analyzer.health or stem(token) in analyzer.health


def _rare_unknown_name(bot, word: str) -> bool:
    """A word the bank does not know, English rarely uses and no everyday word is: "impetigo", "scabies"."""
    if not word.isalpha() or len(word) < NAME_LETTERS or english.zipf(word) >= CONDITION_NAME_ZIPF:
        return False
    analyzer = bot.analyzer
    tokens = analyzer.analyze(word).tokens
    return bool(tokens) and not any(bot.matcher.knows(t) or analyzer.is_everyday(t) for t in tokens)


def _complaint(bot, token: str) -> bool:
    """A sign, a general health word, or a word neither the bank nor English's everyday words know ("clicks")."""
    analyzer = bot.analyzer
    if token in analyzer.body or token.isdigit():
        return False
    if token in bot.told_signs or _general_health(analyzer, token):
        return True
    return not (
        bot.matcher.knows(token)
        or analyzer.is_everyday(token)
        or analyzer.is_aspect(token)
        or token in analyzer.framing
        or token in analyzer.stopwords
    )
