"""Whether a clinic message's left-over words name another subject, or only tell the circumstance.

Every clinic lead (`late_lead`, `leader_evidence.trusted_lead`, `second_reading`) refuses a leader that leaves a
health word, a number or a rare word its entry does not say: "can a wisdom tooth socket go dry if I have diabetes"
asks about diabetes as much as about the socket. Two kinds of left-over word name no other subject:

- *A word the story only tells.* A word told in a sentence around the question, and not said again in it, tells
  the circumstance; the question is still the bank's: "I have diabetes, how long does the socket take to heal", "my
  partner has gout in his foot since monday, when will he be able to walk again". It counts as context only when the
  question itself is about the leader (one of its own words, not everyday, is one the entry says); otherwise the
  story's words alone would choose the entry ("I was told I have diabetes. Is that related?"). A word in the question
  stays a guard however it is asked ("can I get diabetes from it", "... if I have diabetes").
- *A word of care itself* (the general layer's `care_service_words`: who and where, "doctor", "pharmacy",
  "appointment"; and `care_process_words`: what care does, "treat", "heal", "recovery", "prevent"). "can it come back
  after they treat it", "what sport can I do while it heals" ask the bank's own thing; they name no condition, part
  of the body or medicine. The other guards of each lead (another entry's question word, the second reading's
  agreement) still stand.
"""

from __future__ import annotations

from chatbot.understanding import english
from chatbot.understanding.language import general_vocabulary

GUARDS = ("left_health", "left_number", "left_rare")

_care_words: frozenset[str] | None = None


def care_words() -> frozenset[str]:
    """The general layer's words of care itself (who, where, what it does), typed and stemmed."""
    global _care_words
    if _care_words is None:
        vocabulary = general_vocabulary()
        listed = [*vocabulary.get("care_service_words", ()), *vocabulary.get("care_process_words", ())]
        _care_words = frozenset(listed) | frozenset(english.stem_many(listed))
    return _care_words


def told_only(matcher, analyzer, entry, tokens, questions, story) -> frozenset[str]:
    """The message's tokens that only its story tells (`story`: the tokens of each story sentence; `questions`: of
    each question), when the question is about `entry` itself; else none."""
    if not questions or not story:
        return frozenset()
    asked = {token for question in questions for token in question}
    own = [t for t in asked if not analyzer.is_everyday(t)]
    if not any(matcher.says(entry, frozenset((t,))) for t in own):
        return frozenset()  # the question says nothing of the entry: the story would choose it
    told = {token for sentence in story for token in sentence}
    return frozenset(t for t in tokens if t in told and t not in asked)


def other_subject_left(matcher, analyzer, entry, tokens, left: dict[str, int], questions=None, story=None) -> dict:
    """The guards of `left` (`late_lead.words_left` of `entry` for `tokens`) counted again over the words that may
    name another subject: not those the story only tells, and no health word of care itself."""
    if not any(left[guard] for guard in GUARDS):
        return left
    context = told_only(matcher, analyzer, entry, tokens, questions, story)
    care = care_words()
    unsaid = [t for t in tokens if t not in context and not matcher.says(entry, frozenset((t,)))]
    asked = matcher.question_tokens()
    return left | {
        "left_health": sum(1 for t in unsaid if t in analyzer.health and t not in care),
        "left_number": sum(1 for t in unsaid if t.isdigit()),
        "left_rare": sum(
            1 for t in unsaid if t not in asked and not analyzer.is_everyday(t) and analyzer.zipf(t) < RARE_ZIPF
        ),
    }


# As `late_lead.words_left`'s rare word: rarer than this in English, never in the bank's questions.
RARE_ZIPF = 3.5
