"""On a big bank, the choices offered for an unsure question keep to what the question names.

A bank of many conditions (MedQuAD's 14,000 entries) asks the same things of each: "What are the symptoms of Zarnov
syndrome?", "... of Zarnov disease?". "Syndrome", "disease" and "disorder" are one concept to the matcher, so the
three tie and the person was asked to choose between conditions they never named; and "does Zarnov syndrome hurt?"
was offered three entries on pain in general, none about Zarnov anything.

So, of the entries a clarifying question would offer:
- only those whose questions use every word of the question that names what the bank's entries are about (its
  subjects, as "zarnov") or names few entries ("pain"; not "symptom" or "disease") are kept;
- of those, the ones whose question uses most of the words the person typed that are not small words ("syndrome").

A bank of a clinic's size has no word that names few entries (see `Matcher.names_few`) and is left alone.
"""

from __future__ import annotations

from chatbot.understanding.text import words


def choices_about_the_subject(analyzer, matcher, analysis, candidates) -> tuple:
    """The candidates of a clarifying question that are about what it names (all of them on a small bank). Empty when
    none is: then no choice fits, and the question is not answered."""
    if not matcher.tells_few or len(candidates) < 2:
        return tuple(candidates)
    naming = [frozenset((t,)) for t in analysis.tokens if t in analyzer.subjects or matcher.names_few(t)]
    kept = [c for c in candidates if all(matcher.overlap(c.entry, token) > 0 for token in naming)]
    typed = {w for w in analysis.words if w not in analyzer.stopwords}

    def typed_words(candidate) -> int:
        return len(typed.intersection(words(candidate.entry.question)))

    most = max(map(typed_words, kept), default=0)
    return tuple(c for c in kept if typed_words(c) == most)
