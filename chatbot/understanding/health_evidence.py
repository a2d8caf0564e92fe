"""Whether a message names health itself, not only a word that is about health in one of its senses.

The general health test (`Analyzer.is_about_health`) is wide on purpose: a clinic's patients write "my mask",
"the flight home", "an appointment", and such a message must never be told it is off the topic. As evidence for an
answer it is weak: everyday requests share those words ("when is my flight boarding", "make me an appointment for
a tire check", "what meal should i eat"). A message *names health* when one of its words is a general health or
body word ("pain", "surgery", "foot"), a word of the bank's own topic name ("cataract", "sleep"), or a word the bank
makes its own that the lay lexicon also reads as health ("mask", "stent" at the clinics that use them), and that
word is not only a word of the care service (`care_service_words`: "appointment", "doctor", "hospital" name who
or where, not what). A wider gate may lean on it (`second_reading.named_lead`); the general test is unchanged.
"""

from __future__ import annotations

from chatbot.understanding import english
from chatbot.understanding.language import general_vocabulary

_care_service: frozenset[str] | None = None


def care_service_words() -> frozenset[str]:
    """The general layer's words of the care service, typed and stemmed."""
    global _care_service
    if _care_service is None:
        listed = general_vocabulary().get("care_service_words", ())
        _care_service = frozenset(listed) | frozenset(english.stem_many(listed))
    return _care_service


def names_health(analyzer, words, tokens) -> bool:
    """True if one of a message's words or tokens names health itself (see the module's note)."""
    service = care_service_words()
    for token in (*words, *tokens):
        if token in service or not analyzer.is_about_health(token):
            continue
        if token in analyzer.health or token in analyzer.body or token in analyzer.main_topic:
            return True
        if analyzer.is_topic_word(token) and analyzer.is_lay_health(token):
            return True
    return False
