"""One conversation: its context, follow-ups, numbered choices, and the order of the checks.

Every message goes through the same steps: clean it, triage it (an
emergency or an urgent red flag is answered at once), then a numbered choice, small talk, "tell me more", a request for
personal advice, and last the bank itself. Nothing is kept but what the next
follow-up needs, and `reset` forgets that too.
"""

from __future__ import annotations

import re

from chatbot.bank_model import FaqEntry
from chatbot.bot import CLEAR_MARGIN, Bot, decide
from chatbot.language import Analysis
from chatbot.matcher import FUZZY_CANDIDATES
from chatbot.reply import Reply, Suggestion
from chatbot.text import MAX_QUESTION_CHARS, clean_question, fold
from chatbot.triage import Assessment

_CHOICE = re.compile(
    r"^(?:(?:the|number|option|choice|no|num|question|pick|i pick|i choose)\s+)*"
    r"(\d{1,3}|first|second|third|1st|2nd|3rd)"
    r"(?:\s+(?:one|please|question|option))*$"
)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ADVICE_OPTIONS = 3
# General questions offered after a personal-advice request must share this much of it.
ADVICE_RELATED_COVERAGE = 0.3
# A message whose best entry explains it this fully stands on its own, follow-up words or not.
SELF_CONTAINED = 0.95
# Points a follow-up candidate gains for sharing all of the last topic's words.
CONTEXT_BONUS = 80.0


class Session:
    """The state of one conversation with one person."""

    def __init__(self, bot: Bot):
        self.bot = bot
        self.reset()

    def reset(self) -> None:
        """Forget everything about this conversation."""
        self._last_entry: FaqEntry | None = None
        self._context: frozenset[str] = frozenset()
        self._offered: tuple[Suggestion, ...] = ()
        self._answered: list[str] = []

    def offer(self, entry_ids) -> tuple[Suggestion, ...]:
        """Put these entries on offer as numbered choices (a welcome screen's examples, say)."""
        self._offered = self.bot.suggestions_for(entry_ids)
        return self._offered

    def ask(self, text: str) -> Reply:
        """Reply to one message. Never raises: an internal fault gives a safe fallback."""
        try:
            return self._respond(text)
        except Exception as error:  # noqa: BLE001 - one bad question must not end the conversation
            # The log names the fault, never the question: what a patient types stays private.
            import logging  # here, not at the top: logging adds ~10 ms to every start

            logging.getLogger("chatbot").error("chatbot: could not answer a question (%s)", type(error).__name__)
            return Reply(kind="fallback", text=self.bot.bank.messages["internal_error"])

    # The steps, in order.

    def _respond(self, text: str) -> Reply:
        messages = self.bot.bank.messages
        if isinstance(text, (bytes, bytearray)):
            text = bytes(text).decode("utf-8", errors="replace")
        clean, truncated = clean_question(text if isinstance(text, str) else "")
        prefix = messages["too_long"].replace("{limit}", str(MAX_QUESTION_CHARS)) + " " if truncated else ""
        folded = fold(clean)
        if not folded:
            return self._fallback(messages["empty"], self.bot.bank.example_ids)

        # Triage comes first: a red flag happening now beats everything, personal-advice words included.
        assessment = self.bot.triage.assess(clean)
        if assessment.tier != "routine":
            return Reply(kind=assessment.tier, text=self.bot.triage.reply_text(assessment, self.bot.emergency_number))
        reply = self._route(clean, folded, prefix)
        return self._with_safety_line(reply, assessment)

    def _with_safety_line(self, reply: Reply, assessment: Assessment) -> Reply:
        """A red flag only mentioned (past, or a general question) gets the answer plus one safety line."""
        line = self.bot.triage.safety_line(assessment, self.bot.emergency_number)
        return reply._replace(text=f"{reply.text}\n\n{line}") if line else reply

    def _route(self, clean: str, folded: str, prefix: str) -> Reply:
        choice = self._choice(folded)
        if choice is not None:
            return self._pick(choice)

        small = self.bot.smalltalk.match(clean)
        if small is not None:
            examples = self.bot.suggestions_for(self.bot.bank.example_ids) if small.offer_examples else ()
            self._offered = examples
            return Reply(kind="smalltalk", text=small.answer, suggestions=examples)

        if folded in self.bot.bank.follow_up.more:
            return self._tell_more()

        analysis = self.bot.analyzer.analyze(clean)
        if self.bot.advice.asks_for_advice(clean):
            return self._personal_advice(analysis, prefix)

        return self._match(analysis, prefix, clean)

    def _choice(self, folded: str) -> int | None:
        found = _CHOICE.match(folded)
        if not found:
            return None
        value = found.group(1)
        return _ORDINALS.get(value) or int(value)

    def _pick(self, number: int) -> Reply:
        if 1 <= number <= len(self._offered):
            entry = self.bot.bank.by_id[self._offered[number - 1].id]
            return self._answer(entry, 100.0, frozenset())
        return self._fallback(self.bot.bank.messages["no_such_choice"], [s.id for s in self._offered])

    def _tell_more(self) -> Reply:
        if self._last_entry is None:
            return self._fallback(self.bot.bank.messages["empty"], self.bot.bank.example_ids)
        for entry_id in self._last_entry.related:
            if entry_id not in self._answered and entry_id in self.bot.bank.by_id:
                return self._answer(self.bot.bank.by_id[entry_id], 100.0, self._context)
        return self._fallback(self.bot.bank.messages["nothing_more"], self._last_entry.related)

    def _personal_advice(self, analysis: Analysis, prefix: str) -> Reply:
        ranking = self.bot.matcher.rank(analysis.tokens, analysis.concepts)
        related = [c.entry.id for c in ranking if c.coverage >= ADVICE_RELATED_COVERAGE]
        return self._fallback(prefix + self.bot.bank.messages["personal_advice"], related[:_ADVICE_OPTIONS])

    def _match(self, analysis: Analysis, prefix: str, clean: str) -> Reply:
        # One ranking, long enough for the follow-up check to find every candidate's own score.
        ranking = self.bot.matcher.rank(analysis.tokens, analysis.concepts, limit=FUZZY_CANDIDATES)
        # "What causes it?" right after an answer is about that answer's subject, so it passes the gate
        # too, if it asks something the bank knows ("causes"); "what time is it?" does not.
        leans_on_topic = (
            self._last_entry is not None and self._has_follow_up_cue(analysis) and bool(self._bank_words(analysis))
        )
        decision = decide(ranking) if self._is_about_health(analysis) or leans_on_topic else decide([])
        follow_up = self._follow_up_entry(analysis, ranking)
        if follow_up is not None:
            score = next((c.score for c in ranking if c.entry.id == follow_up.id), None)
            context = self._context_of(analysis, follow_up) | self._context
            return self._answer(follow_up, score if score is not None else 100.0, context, prefix)
        if decision.kind == "answer":
            top = decision.candidates[0]
            return self._answer(top.entry, top.score, self._context_of(analysis, top.entry), prefix)
        if decision.kind == "clarify":
            options = tuple(Suggestion(c.entry.id, c.entry.question) for c in decision.candidates)
            self._offered = options
            return Reply(
                kind="clarify",
                text=prefix + self.bot.bank.messages["clarify"],
                score=decision.candidates[0].score,
                suggestions=options,
            )
        return self._not_answered(analysis, prefix, clean)

    def _follow_up_entry(self, analysis: Analysis, ranking: list) -> FaqEntry | None:
        """The entry a follow-up ("and grade 3?", "what are its symptoms?") leans on, if any.

        Without a follow-up word ("it", "and ...", "what about ..."), a message
        that one entry answers on its own is not a follow-up. Otherwise the
        entries that use every word the new message brings compete on their
        own score plus a bonus for the share of the last topic's words they
        use; without a clear winner the message is matched on its own.
        """
        if self._last_entry is None:
            return None
        if not self._has_follow_up_cue(analysis):
            standalone = decide(ranking).kind == "answer"
            contained = bool(ranking) and ranking[0].coverage >= SELF_CONTAINED and ranking[0].fit >= SELF_CONTAINED
            if standalone or contained:
                return None
        matcher = self.bot.matcher
        new_words = self._bank_words(analysis)
        if not new_words:
            return None
        context = self._context
        if any(t.isdigit() for t in new_words):
            context = frozenset(t for t in context if not t.isdigit())
        context_weight = sum(matcher.weight(t) for t in context)
        if context_weight <= 0:
            return None
        standalone = {c.entry.id: c.score for c in ranking}
        scored = []
        for entry in matcher.entries_covering(new_words):
            share = matcher.overlap(entry, context) / context_weight
            scored.append((standalone.get(entry.id, 0.0) + CONTEXT_BONUS * share, share, entry))
        scored.sort(key=lambda item: -item[0])
        if not scored or scored[0][1] <= 0:
            return None
        if len(scored) > 1 and scored[0][0] - scored[1][0] < CLEAR_MARGIN:
            return None
        return scored[0][2]

    def _bank_words(self, analysis: Analysis) -> set[str]:
        """What a message itself brings: bank words, not everyday ones ("what time is it?" brings nothing)."""
        return {t for t in analysis.tokens if self.bot.matcher.knows(t) and not self.bot.analyzer.is_everyday(t)}

    def _is_about_health(self, analysis: Analysis) -> bool:
        """True if a message has a health or topic word: only then is it answered from the bank on its own.

        "Please talk faster" or "how old are you" share words with the bank
        ("fast", "age") but are not about health, and must not be answered.
        """
        analyzer = self.bot.analyzer
        return any(analyzer.is_topic_word(token) for token in (*analysis.words, *analysis.tokens))

    def _has_follow_up_cue(self, analysis: Analysis) -> bool:
        typed = " ".join(analysis.words)
        follow_up = self.bot.bank.follow_up
        if any(typed == opener or typed.startswith(opener + " ") for opener in follow_up.openers):
            return True
        return any(word in follow_up.pronouns for word in analysis.words)

    def _context_of(self, analysis: Analysis, entry: FaqEntry | None = None) -> frozenset[str]:
        """What a follow-up can lean on: the subjects the person asked about (FOP, grade 2 ...),
        else those of the entry answered, else every topic word they used."""
        subjects = self.bot.bank.follow_up.subjects
        asked = frozenset(t for t in analysis.tokens if t in subjects or t.isdigit())
        if not asked - {t for t in asked if t.isdigit()} and entry is not None:
            asked |= frozenset(t for t in self.bot.analyzer.analyze(entry.question).tokens if t in subjects)
        if asked:
            return asked
        return frozenset(t for t in analysis.tokens if not self.bot.analyzer.is_everyday(t))

    def _not_answered(self, analysis: Analysis, prefix: str, clean: str) -> Reply:
        """Fallback worded for the case: not about HO at all, or medical but not in the article."""
        messages = self.bot.bank.messages
        if self.bot.unanswered_log is not None:
            self.bot.unanswered_log.record(clean)
        if self._is_about_health(analysis):
            return self._fallback(prefix + messages["not_covered"], ())
        return self._fallback(prefix + messages["off_topic"], self.bot.bank.example_ids)

    # Building replies.

    def _answer(self, entry: FaqEntry, score: float, context: frozenset[str], prefix: str = "") -> Reply:
        reply = self.bot.answer_reply(entry, score, prefix=prefix)
        if not context:  # picked by number: the entry's own question is the topic
            context = self._context_of(self.bot.analyzer.analyze(entry.question), entry)
        self._last_entry = entry
        self._context = frozenset(context)
        self._offered = reply.suggestions
        # Only the recent answers matter for "tell me more"; keep the list short.
        self._answered = [*self._answered[-20:], entry.id]
        return reply

    def _fallback(self, text: str, suggestion_ids) -> Reply:
        suggestions = self.bot.suggestions_for(suggestion_ids)
        if suggestions:
            self._offered = suggestions
        return Reply(kind="fallback", text=text, suggestions=suggestions)
