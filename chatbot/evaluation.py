"""Score the bot on a YAML file of test questions and conversations.

A case expects an entry id (or a list of acceptable ids), or a kind:
`fallback`, `emergency`, `smalltalk` or `clarify`. Conversations are lists
of turns asked in one session, in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from chatbot import safe_yaml
from chatbot.bot import Bot
from chatbot.errors import ChatbotError
from chatbot.reply import KINDS


class EvalFileError(ChatbotError):
    """The evaluation file cannot be read or has the wrong shape."""


@dataclass(frozen=True)
class Case:
    """One question and what the bot should do with it."""

    question: str
    expect: tuple[str, ...]
    conversation: str | None = None

    @property
    def expects_entry(self) -> bool:
        """True when some entry id is an acceptable outcome (the case is in scope)."""
        return any(item not in KINDS for item in self.expect)


@dataclass
class Outcome:
    case: Case
    kind: str
    entry_id: str | None

    @property
    def passed(self) -> bool:
        if self.kind == "answer":
            return self.entry_id in self.case.expect
        return self.kind in self.case.expect


@dataclass
class Report:
    """The figures of one evaluation run."""

    outcomes: list[Outcome] = field(default_factory=list)

    def _share(self, outcomes: list[Outcome], test) -> float:
        return sum(1 for o in outcomes if test(o)) / len(outcomes) if outcomes else 1.0

    @property
    def in_scope(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.case.expects_entry]

    @property
    def in_scope_accuracy(self) -> float:
        return self._share(self.in_scope, lambda o: o.passed)

    @property
    def clarify_rate(self) -> float:
        return self._share(self.in_scope, lambda o: o.kind == "clarify")

    @property
    def off_topic_false_answers(self) -> int:
        """Answers from the bank to questions that should have fallen back."""
        return sum(1 for o in self.outcomes if o.case.expect == ("fallback",) and o.kind == "answer")

    @property
    def emergency_recall(self) -> float:
        must_escalate = [o for o in self.outcomes if o.case.expect == ("emergency",)]
        return self._share(must_escalate, lambda o: o.kind == "emergency")

    @property
    def false_emergencies(self) -> int:
        return sum(1 for o in self.outcomes if o.kind == "emergency" and "emergency" not in o.case.expect)

    @property
    def accuracy(self) -> float:
        return self._share(self.outcomes, lambda o: o.passed)

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.passed]

    def summary(self) -> dict:
        """The headline figures, for tools."""
        return {
            "cases": len(self.outcomes),
            "in_scope_cases": len(self.in_scope),
            "in_scope_accuracy": round(self.in_scope_accuracy, 4),
            "off_topic_false_answers": self.off_topic_false_answers,
            "emergency_recall": round(self.emergency_recall, 4),
            "false_emergencies": self.false_emergencies,
            "clarify_rate": round(self.clarify_rate, 4),
            "overall_accuracy": round(self.accuracy, 4),
            "misses": [
                {"question": o.case.question, "expected": list(o.case.expect), "got": o.entry_id or o.kind}
                for o in self.misses
            ],
        }

    def text(self) -> str:
        """The report as lines for a person."""
        lines = [
            f"cases:                   {len(self.outcomes)} ({len(self.in_scope)} in scope)",
            f"in-scope accuracy:       {self.in_scope_accuracy:.1%}",
            f"off-topic false answers: {self.off_topic_false_answers}",
            f"emergency recall:        {self.emergency_recall:.1%}",
            f"false emergencies:       {self.false_emergencies}",
            f"clarify rate:            {self.clarify_rate:.1%}",
            f"overall accuracy:        {self.accuracy:.1%}",
        ]
        if self.misses:
            lines.append(f"misses ({len(self.misses)}):")
            for o in self.misses:
                where = f" [{o.case.conversation}]" if o.case.conversation else ""
                lines.append(
                    f"  {o.case.question!r}{where}: expected {'/'.join(o.case.expect)}, got {o.entry_id or o.kind}"
                )
        return "\n".join(lines)


def _case(raw, conversation: str | None = None) -> Case:
    if not isinstance(raw, dict) or not isinstance(raw.get("q"), str) or "expect" not in raw:
        raise EvalFileError(f"each case needs 'q' (text) and 'expect', got: {raw!r}"[:200])
    expect = raw["expect"]
    expect = tuple(expect) if isinstance(expect, list) else (str(expect),)
    return Case(raw["q"], expect, conversation)


def load_cases(path: str | Path) -> tuple[list[Case], list[list[Case]]]:
    """Single cases and conversations from an evaluation file."""
    try:
        document = safe_yaml.load(safe_yaml.read_text(path), safe_yaml.safe_loader())
    except (OSError, ValueError, yaml.YAMLError) as error:  # ValueError: safe_yaml refused the file or a value
        raise EvalFileError(f"cannot read {path}: {error}") from None
    if not isinstance(document, dict):
        raise EvalFileError(f"{path}: expected a mapping with 'cases' and 'conversations'")
    cases = [_case(raw) for raw in document.get("cases") or []]
    conversations = []
    for raw in document.get("conversations") or []:
        if not isinstance(raw, dict) or not isinstance(raw.get("turns"), list):
            raise EvalFileError(f"{path}: each conversation needs a name and a list of turns")
        conversations.append([_case(turn, str(raw.get("name", "conversation"))) for turn in raw["turns"]])
    return cases, conversations


def evaluate(bot: Bot, path: str | Path) -> Report:
    """Ask every case (each in a fresh session) and every conversation (one session each)."""
    cases, conversations = load_cases(path)
    report = Report()
    for case in cases:
        reply = bot.session().ask(case.question)
        report.outcomes.append(Outcome(case, reply.kind, reply.id))
    for turns in conversations:
        session = bot.session()
        for case in turns:
            reply = session.ask(case.question)
            report.outcomes.append(Outcome(case, reply.kind, reply.id))
    return report
