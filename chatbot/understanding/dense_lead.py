"""The leader of a bank of many phrasings an entry, answered under the bar when a second reading agrees on it.

The packaged bank lists ten or more phrasings an entry, so the clinic leads (`late_lead`, `leader_evidence`,
`second_reading`, `close_lead`) never open for it: they were chosen for entries of two or three phrasings. Yet many
of its misses are fallbacks whose right entry leads the message read whole, clearly, under the answer bar: the
patient asks in words the phrasings lack but the answer has ("can ibuprofen stop the bone forming after a broken
elbow?"). The evidence that makes such a leader sure, calibrated on the retired HO parts 6, 8, 10 and 12
(docs/how-it-decides.md, round 20, horeading22):

- the matcher's leader of the message read whole at DENSE_SCORE and DENSE_COVERAGE, DENSE_MARGIN points ahead of
  the next entry, and not only asking what the topic is of an entry that says more (`Candidate.asks_more`);
- the second reading (`second_reading`: each entry's questions, answer and title as one document, words weighed by
  their rarity in the bank and in English) choosing the same entry, DENSE_RATIO times its runner-up, its document
  saying DENSE_SHARED of the message's distinct stems, DENSE_CONTENT of them words that say what it is about;
- the message names health itself (`health_evidence.names_health`) and leaves no number, no rare word and at most
  DENSE_HEALTH_LEFT health word the entry does not say (counted over the question, not the story around it:
  `late_lead.words_left_asked`; a word of the bank's own topic name, whole or clipped, is no such rare word:
  `topic_name.topic_name_part`), and no joint the entry's questions do not name where they name another (a knee
  clinic's entry is never the answer for a hip); after a story, the entry's document says a word of a question (the
  story may choose the subject, never what is asked).

Calibration (the whole message's leader for every fallback and choice of HO parts 6, 8, 10 and 12, eval.yaml,
tuning2.yaml and CLINC150): leaders at 50-60 points were right 13 times in 15 among in-scope misses, but off-topic
messages lead there too (9 of 115 HO off-topic cases); the gate above answers 3 of those fallbacks and 1 of
tuning2.yaml, all right, and nothing of eval.yaml or CLINC150.
"""

from __future__ import annotations

from functools import lru_cache

from chatbot.understanding import second_reading
from chatbot.understanding.health_evidence import names_health
from chatbot.understanding.language import general_vocabulary
from chatbot.understanding.late_lead import words_left_asked
from chatbot.understanding.matcher import Candidate
from chatbot.understanding.topic_name import names_topic, topic_name_part

DENSE_SCORE = 40.0
DENSE_COVERAGE = 0.4
DENSE_MARGIN = 15.0
DENSE_RATIO = 1.3
DENSE_SHARED = 3
DENSE_CONTENT = 2
# A health word the entry does not say may be left ("elbow" where the entry speaks of joints); no rare word or number.
DENSE_HEALTH_LEFT = 1


def dense_lead(
    matcher, analyzer, ranking: list[Candidate], tokens, about_health: bool, names_health: bool, questions=None,
    story=None, topic: str = "",
) -> Candidate | None:  # fmt: skip
    """The leader of `ranking` (the message read whole) in a bank of many phrasings an entry, when the evidence above
    agrees on it; else None. `questions`, `story`: the tokens of each question and story sentence, after a story.
    `topic`: the bank's meta topic ("heterotopic ossification"), whose words are never a rare word left."""
    if matcher.lists_sparse_entries or not (about_health and names_health) or not ranking:
        return None  # a clinic's bank has its own leads
    top = ranking[0]
    ahead = top.score - (ranking[1].score if len(ranking) > 1 else 0.0)
    if top.asks_more or top.score < DENSE_SCORE or top.coverage < DENSE_COVERAGE or ahead < DENSE_MARGIN:
        return None
    # "radiation for ossification what is it for": the bank folds only the whole name into its topic, so a word of
    # it said alone is rare and said by no entry; it names the bank's topic, not another subject.
    guarded = tuple(t for t in tokens if not topic_name_part(t, topic))
    left = words_left_asked(matcher, analyzer, top.entry, guarded, questions, story)
    if left["left_number"] or left["left_rare"] or left["left_health"] > DENSE_HEALTH_LEFT:
        return None  # "how long is the recovery after an operation to remove HO": "recovery" is what is asked
    if questions is not None and not any(second_reading.says(matcher, analyzer, top.entry, q) for q in questions):
        return None  # "... bone growth in my shoulder. Whats the outlook?": the story chose the entry, not the question
    if _names_another_part(matcher, analyzer, top.entry, tokens, questions):
        return None  # "how long is recovery from a hip replacement" at a knee clinic: another joint, never folded in
    second = second_reading.describe(matcher, analyzer, tokens)
    if second["id"] != top.entry.id or second["ratio"] < DENSE_RATIO:
        return None
    if second["shared"] < DENSE_SHARED or second["content"] < DENSE_CONTENT:
        return None
    return top


def _names_another_part(matcher, analyzer, entry, tokens, questions=None) -> bool:
    """True if the question names a joint (general `joint_names`) the entry's own questions do not, while they name
    another: the entry is about that other joint (a knee clinic's entry, asked of a hip). A joint named where the
    entry's questions name none ("my elbow" against "could it be mistaken for an infection") only says where."""
    joints = _joint_tokens(analyzer)
    asked = {t for q in questions for t in q} if questions is not None else set(tokens)
    said = _phrasing_tokens(analyzer, entry)
    return bool((asked & joints) - said) and bool(said & joints)


def _joint_tokens(analyzer) -> frozenset[str]:
    names = general_vocabulary().get("joint_names", ())
    return frozenset(t for name in names for t in analyzer.analyze(name, fix_typos=False).tokens)


@lru_cache(maxsize=4096)
def _phrasing_tokens(analyzer, entry) -> frozenset[str]:
    return frozenset(
        t for text in (entry.question, *entry.alternates) for t in analyzer.analyze(text, fix_typos=False).tokens
    )


def dense_lead_of_message(
    matcher, analyzer, analysis, message, about_health: bool, topic: str = ""
) -> Candidate | None:
    """`dense_lead` for a message (`analysis`: read whole; `message`: its questions and story, as text; `topic`: the
    bank's meta topic)."""
    questions, story = message.questions, message.story
    if matcher.lists_sparse_entries or not about_health:
        return None  # checked before anything is ranked: a clinic's bank, or a message not about health
    asked = [analyzer.analyze(part).tokens for part in questions] if story else None
    told = [analyzer.analyze(part).tokens for part in story] if story else None
    named = names_health(analyzer, analysis.words, analysis.tokens) or names_topic(analyzer, analysis.tokens, topic)
    ranking = matcher.rank(analysis.tokens, analysis.concepts)
    return dense_lead(matcher, analyzer, ranking, analysis.tokens, about_health, named, asked, told, topic)
