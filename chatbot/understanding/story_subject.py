"""What a story makes the subject of a question that names none (round 28, otherstory30).

A question with no subject of its own ("how is it treated?", "what causes it?") is about the bank's main topic by
default. Told beside a story, it is about what the story is about, and a story may be about something the bank does
not hold: "my dog has a lump on his leg. how is it treated?" asks how a dog's lump is treated, "my knee hurts when i
walk, how is it treated?" how knee pain is, "how do they treat it? my son has impetigo" how impetigo is. The bank's
answer about its own topic would mislead; the fallback is right.

Only a question that points ("it", "that") and asks nothing but an aspect of it, in words of asking, care, general
health and everyday English: a question with a thing of its own ("can physio help with the pain?", "how much time
off will I need?", "is that the bone?") says itself what it is about. The story owns its subject, by general English
knowledge and the bank's own words, never a topic named in code:

- *an animal*: a word the general layer's lay lexicon files under one of its `animal_concepts` ("dog", "cat",
  "pony" are kinds of pet);
- *a condition or everyday complaint the bank does not know*: a name by the general layer's condition names and
  endings ("psoriasis", "tonsillitis"), one of its `everyday_complaints` ("a cold", "a verruca"), or a word English
  rarely uses, or a general health word that is no part of the body, told right after a verb of having ("my son has
  impetigo", "she's got the flu");
- *a part of the body and a sign*: a body word and one of the general layer's signs (pain, swelling, a lump,
  stiffness: "my knee hurts", "our cat has a swollen paw"); only in a bank of many phrasings an entry, as the
  packaged one: a clinic's bank is about a part of the body and its complaints.

Unless the story ties it to the topic: it names the topic or a word of the bank's own names for it (`subject_names`:
"the bone", "bone growth" for HO), or another subject of the bank that is neither a part of the body nor a sign
("hip replacement", "surgery", "injury", "NSAIDs": the bank's own occasions and treatments). A story that says
someone has "it" ("my dad has it in both hips") points at the topic too, and owns nothing.
"""

from __future__ import annotations

import functools

from chatbot.understanding import english
from chatbot.understanding.having_it import TOPIC_PRONOUNS, having_verbs
from chatbot.understanding.language import CONDITION_NAME_ZIPF, general_vocabulary, stem
from chatbot.understanding.message import without_denied
from chatbot.understanding.other_subject import care_words

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
    "complaint"; None when a question asks more than an aspect of "it", the story ties to the topic, or owns nothing."""
    analyzer = bot.analyzer
    if not all(_asks_only_of_it(bot, analyzer.analyze(question)) for question in questions):
        return None
    return story_owns_subject(bot, story_parts)


def story_owns_subject(bot, story_parts) -> str | None:
    """What a story is about, when that is not the bank's topic: "animal", "condition" or "complaint" (see
    `subject_told`); None when it ties to the topic or owns nothing. Also read for a story told with no question at all
    (`understanding.told_statement`)."""
    analyzer = bot.analyzer
    # What the story says did not happen ("she doesn't have epilepsy") is no subject of it.
    readings = [analyzer.analyze(without_denied(part, bot.denials)) for part in story_parts]
    tokens = [t for reading in readings for t in reading.tokens]
    if _ties_to_topic(bot, tokens):
        return None
    said = [w for reading in readings for w in reading.words]
    verbs = having_verbs()
    if any(w in verbs and nxt in TOPIC_PRONOUNS for w, nxt in zip(said, said[1:], strict=False)):
        return None  # "my dad has it in both hips": "it" is the topic
    animals, complaints = _lists()
    if animals.intersection(tokens):
        return "animal"
    if _names_condition(bot, said, complaints):
        return "condition"
    # A body part's sign only in a bank of many phrasings an entry: a clinic's bank is about a part of the body and
    # its complaints ("and my joints ache too, is that linked" at a psoriasis clinic is its joint entry's question).
    signs = bot.told_signs
    dense = not bot.matcher.lists_sparse_entries
    if dense and any(t in analyzer.body for t in tokens) and any(t in signs for t in tokens):
        return "complaint"
    return None


def _asks_only_of_it(bot, analysis) -> bool:
    """A question that points ("it", "that") and asks only an aspect of it, in words of asking, care and everyday
    English: "how is it treated?", "what causes it?", "is it catching?", "is that ok". A question with a thing of its
    own ("can physio help with the pain?", "how much time off will I need?") says what it is about itself."""
    analyzer = bot.analyzer
    if not analysis.tokens or not (set(analysis.words) & (bot.bank.follow_up.pronouns | TOPIC_PRONOUNS)):
        return False
    named = frozenset(bot.default_subject) | analyzer.main_topic | _name_words(bot)
    if any(
        t in named or (t in analyzer.subjects and not _health_not_body(analyzer, t) and t not in analyzer.body)
        for t in analysis.tokens
    ):
        return False  # "is it HO?", "could that be thyroid", "could it be FOP?": the question names its subject
    care = care_words()
    return all(
        analyzer.is_aspect(t)
        or t in analyzer.framing
        or analyzer.is_everyday(t)
        or t in care
        or stem(t) in care
        or (_health_not_body(analyzer, t) and t not in bot.told_signs)  # "can it be removed?", "is it catching?"
        for t in analysis.tokens
    )


def _ties_to_topic(bot, tokens) -> bool:
    """The story names the topic (its name, a word of the bank's own names for it: "the bone", "bone growth"), or a
    subject of the bank that is neither a part of the body nor a sign ("hip replacement", "surgery", "injury")."""
    analyzer = bot.analyzer
    present = set(tokens)
    if present & (frozenset(bot.default_subject) | analyzer.main_topic | _name_words(bot)):
        return True
    signs = bot.told_signs
    return any(
        (t in analyzer.subjects or (analyzer.is_topic_word(t) and not _health_not_body(analyzer, t)))
        and t not in analyzer.body
        and t not in signs
        for t in present
    )


def _name_words(bot) -> frozenset[str]:
    """The words of the bank's own names for its condition (`subject_names`, else its short name and topic) that say
    something: "ho", "bone", "growth" for HO; not everyday or small words ("form", "kind")."""
    found = bot.__dict__.get("_story_subject_name_words")
    if found is None:
        analyzer = bot.analyzer
        names = bot.bank.subject_names or {n.lower() for n in (bot.bank.short_name, bot.bank.topic) if n}
        found = frozenset(
            t
            for name in names
            for t in analyzer.analyze(name, fix_typos=False).tokens
            if not analyzer.is_everyday(t) and t not in analyzer.stopwords and t not in analyzer.framing
        )
        bot.__dict__["_story_subject_name_words"] = found
    return found


def _names_condition(bot, said, complaints) -> bool:
    """A condition or complaint the bank does not know: a name by the general layer's condition names and endings,
    one of its everyday complaints, or a rare or health word told right after a verb of having ("has impetigo")."""
    analyzer, matcher = bot.analyzer, bot.matcher

    def unknown(word: str) -> bool:
        tokens = analyzer.analyze(word, fix_typos=False).tokens
        return bool(tokens) and not any(matcher.knows(t) for t in tokens)

    for word in said:
        if (analyzer.names_condition(word) or word in complaints or stem(word) in complaints) and unknown(word):
            return True
    verbs = having_verbs()
    for index, word in enumerate(said):
        if word not in verbs:
            continue
        for after in said[index + 1 : index + 1 + NAME_AFTER_HAVING]:
            if after in HAVING_FILLERS:
                continue
            if unknown(after) and (_rare_name(bot, after) or _health_not_body(analyzer, after)):
                return True
            break
    return False


def _health_not_body(analyzer, word: str) -> bool:
    """A health word of the general layer that is no part of the body ("flu", "shingles")."""
    return (word in analyzer.health or stem(word) in analyzer.health) and stem(word) not in analyzer.body


def _rare_name(bot, word: str) -> bool:
    """A word English rarely uses and no everyday word is: "impetigo", "scabies"."""
    if not word.isalpha() or len(word) < NAME_LETTERS or english.zipf(word) >= CONDITION_NAME_ZIPF:
        return False
    return not any(bot.analyzer.is_everyday(t) for t in bot.analyzer.analyze(word, fix_typos=False).tokens)
