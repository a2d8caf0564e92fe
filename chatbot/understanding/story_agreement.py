"""A story's one question answered under the bar when three readings of the message agree on its entry.

A message that tells a story before (or after) its question often leaves the right entry under the bar: the story's
words, read with the question, outvote it ("my son is on a burns unit and the physios come every day ... does
physical therapy actually help with HO or are they just torturing him"). Reading the question alone is no evidence
by itself: a short clause ("why", "how is it treated?") is explained whole by any entry that says its few words, so
"how is it treated? my mum has shingles" would get HO's treatment (docs/how-it-decides.md, round 26: horeading28's
asking clause, taken out again). What is evidence is agreement between readings that do not share their words:

- the question read alone (bare: no subject put in) leads an entry at CLAUSE_SCORE or more;
- the story read alone, without the question, ranks that entry among its first STORY_RANKS: the story is about
  what the entry answers, not about another condition, joint or thing ("my mum has shingles" ranks nothing of ours
  there; "my hip hurts at night" ranks the night-fever entry, not the causes);
- the second reading of the whole message (`second_reading`: each entry's questions, answer and title as one
  document) chooses that entry too;
- the message is about health, asks nothing of the bot, and names the bank's topic: its name or a word of it
  (`topic_name.names_topic`), or one of the bank's names of its condition said whole ("bone growth", "extra bone").
  "broke my wrist on the ice last week. how long will i be in this cast for" names nothing of the topic.

Only for a bank of many phrasings an entry (the packaged bank): a clinic's two or three phrasings make any shared
word a lead, and the clinic banks have their own leads. Chosen on half a of the HO tuning sets (a hash of the
question), checked on half b: docs/how-it-decides.md, round 27, horeading29.
"""

from __future__ import annotations

from chatbot.understanding import second_reading
from chatbot.understanding.health_evidence import names_health
from chatbot.understanding.matcher import Candidate
from chatbot.understanding.topic_name import names_topic

# The question read alone: its leader at this score or more (a third under the answer bar: the agreement below is
# the evidence, the score only keeps a clause that reaches nothing clearly out).
CLAUSE_SCORE = 30.0
# The story read alone ranks the clause's leader among this many first entries.
STORY_RANKS = 3


def story_agreement_lead(
    matcher, analyzer, analysis, message, about_health: bool, topic: str, condition_names=frozenset()
) -> Candidate | None:
    """The clause's leader when the readings above agree on it; else None. `analysis`: the message read whole;
    `message`: its questions and story as text; `about_health`: about health and asking nothing of the bot; `topic`:
    the bank's meta topic; `condition_names`: the bank's `subject_names`."""
    if matcher.lists_sparse_entries or not about_health or not message.story or len(message.questions) != 1:
        return None
    tokens = analysis.tokens
    if not names_health(analyzer, analysis.words, tokens) and not names_topic(analyzer, tokens, topic):
        return None
    if not names_the_topic(analyzer, tokens, topic, condition_names):
        return None
    asked = analyzer.analyze(message.questions[0])
    if not asked.tokens:
        return None
    clause = matcher.rank(asked.tokens, asked.concepts)
    if not clause or clause[0].score < CLAUSE_SCORE:
        return None
    lead = clause[0]
    told = analyzer.analyze(" ".join(message.story))
    story = matcher.rank(told.tokens, told.concepts, limit=STORY_RANKS) if told.tokens else []
    if lead.entry.id not in {c.entry.id for c in story}:
        return None
    if second_reading.describe(matcher, analyzer, tokens)["id"] != lead.entry.id:
        return None
    return lead


def names_the_topic(analyzer, tokens, topic: str, condition_names) -> bool:
    """True if `tokens` name the bank's topic: its name or a word of it, or one of its `subject_names` said whole
    ("bone growth" in a bank about bone, as the bank lists it)."""
    if names_topic(analyzer, tokens, topic):
        return True
    present = set(tokens)
    for name in condition_names:
        said = analyzer.analyze(name, fix_typos=False).tokens
        if said and set(said) <= present:
            return True
    return False
