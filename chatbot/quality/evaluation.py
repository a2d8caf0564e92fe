"""Score the bot on a YAML file of test questions and conversations.

A case expects an entry id (or a list of acceptable ids), or a kind:
`fallback`, `emergency`, `smalltalk` or `clarify`. Conversations are lists
of turns asked in one session, in order.

A triage case has `tier:` (emergency, urgent or routine) instead of `expect:`,
and optional `tags:`; such cases are scored as triage: a confusion matrix of
the tier expected against the tier given, recall per tier and per tag.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from chatbot.bank import safe_yaml
from chatbot.bank.files import yaml_problem
from chatbot.bot import Bot
from chatbot.errors import ChatbotError
from chatbot.reply import KINDS

TRIAGE_TIERS = ("emergency", "urgent", "routine")


class EvalFileError(ChatbotError):
    """The evaluation file cannot be read or has the wrong shape."""


@dataclass(frozen=True)
class Case:
    """One question and what the bot should do with it."""

    question: str
    expect: tuple[str, ...]
    conversation: str | None = None
    tier: str | None = None  # a triage case: the tier it must get
    tags: tuple[str, ...] = ()

    @property
    def expects_entry(self) -> bool:
        """True when some entry id is an acceptable outcome (the case is in scope)."""
        return any(item not in KINDS for item in self.expect)


@dataclass
class Outcome:
    case: Case
    kind: str
    entry_id: str | None
    via: str = "direct"  # how an answer was reached: direct, follow-up, default subject, story, spelling

    @property
    def tier(self) -> str:
        """The triage tier the reply gave."""
        return self.kind if self.kind in TRIAGE_TIERS else "routine"

    @property
    def passed(self) -> bool:
        if self.case.tier is not None:
            return self.tier == self.case.tier
        if self.kind == "answer":
            return self.entry_id in self.case.expect
        return self.kind in self.case.expect


@dataclass
class Report:
    """The figures of one evaluation run."""

    outcomes: list[Outcome] = field(default_factory=list)
    # Expected ids the bank has no entry for: such a case can never pass, so a typo or "a/b" written for
    # two acceptable ids would silently count as a miss.
    unknown_ids: tuple[str, ...] = ()

    def _share(self, outcomes: list[Outcome], test) -> float:
        return sum(1 for o in outcomes if test(o)) / len(outcomes) if outcomes else 1.0

    @property
    def in_scope(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.case.expects_entry]

    @property
    def triage(self) -> list[Outcome]:
        """The triage cases (with `tier:`)."""
        return [o for o in self.outcomes if o.case.tier is not None]

    def triage_figures(self) -> dict:
        """Confusion matrix (expected tier -> given tier -> count), recall per tier and tag, false alarms."""
        cases = self.triage
        matrix = {want: {got: 0 for got in TRIAGE_TIERS} for want in TRIAGE_TIERS}
        for o in cases:
            matrix[o.case.tier][o.tier] += 1
        tags = sorted({tag for o in cases for tag in o.case.tags})
        routine = [o for o in cases if o.case.tier == "routine"]
        return {
            "cases": len(cases),
            "matrix": matrix,
            "recall": {
                t: round(self._share([o for o in cases if o.case.tier == t], lambda o: o.passed), 4)
                for t in TRIAGE_TIERS
            },
            "urgent_scored_routine": matrix["urgent"]["routine"],
            "false_emergencies": sum(1 for o in routine if o.tier == "emergency"),
            "false_urgents": sum(1 for o in routine if o.tier == "urgent"),
            "false_urgent_rate": round(self._share(routine, lambda o: o.tier == "urgent"), 4) if routine else 0.0,
            "tag_recall": {
                tag: round(self._share([o for o in cases if tag in o.case.tags], lambda o: o.passed), 4) for tag in tags
            },
        }

    def triage_text(self) -> list[str]:
        """The triage figures as lines for a person."""
        figures = self.triage_figures()
        matrix = figures["matrix"]
        header = "".join(f"{tier:>11}" for tier in TRIAGE_TIERS)
        lines = [f"triage cases:            {figures['cases']}", f"  expected \\ given:{header}"]
        for want in TRIAGE_TIERS:
            lines.append(f"  {want:<17}" + "".join(f"{matrix[want][got]:>11}" for got in TRIAGE_TIERS))
        recall = figures["recall"]
        lines += [
            f"emergency recall:        {recall['emergency']:.1%}",
            f"urgent recall:           {recall['urgent']:.1%}",
            f"routine kept routine:    {recall['routine']:.1%}",
            f"urgent scored routine:   {figures['urgent_scored_routine']}",
            f"false emergencies:       {figures['false_emergencies']} (among routine)",
            f"false urgents:           {figures['false_urgents']} ({figures['false_urgent_rate']:.1%} of routine)",
        ]
        if figures["tag_recall"]:
            lines.append("per tag:")
            lines += [f"  {tag:<22} {share:.1%}" for tag, share in figures["tag_recall"].items()]
        return lines

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
    def conversation_turns(self) -> list[Outcome]:
        """The turns of the conversations, each asked after the ones before it in one session."""
        return [o for o in self.outcomes if o.case.conversation]

    def conversation_figures(self) -> dict:
        """Turns passed, and turns answered with an entry they did not expect: a conversation that misled."""
        turns = self.conversation_turns
        return {
            "turns": len(turns),
            "passed": sum(1 for o in turns if o.passed),
            "wrong_answers": sum(1 for o in turns if o.kind == "answer" and not o.passed),
        }

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.passed]

    def summary(self) -> dict:
        """The headline figures, for tools."""
        return {
            "cases": len(self.outcomes),
            "unknown_expected_ids": list(self.unknown_ids),
            "in_scope_cases": len(self.in_scope),
            "in_scope_accuracy": round(self.in_scope_accuracy, 4),
            "off_topic_false_answers": self.off_topic_false_answers,
            "emergency_recall": round(self.emergency_recall, 4),
            "false_emergencies": self.false_emergencies,
            "clarify_rate": round(self.clarify_rate, 4),
            "overall_accuracy": round(self.accuracy, 4),
            "answers_by_path": {
                via: {"answers": len(group), "right": sum(1 for o in group if o.passed)}
                for via, group in self.by_group(lambda o: (o.via,) if o.kind == "answer" else ()).items()
            },
            "misses": [
                {"question": o.case.question, "expected": list(o.case.expect), "got": o.entry_id or o.kind}
                for o in self.misses
            ],
            **({"triage": self.triage_figures()} if self.triage else {}),
            **({"conversations": self.conversation_figures()} if self.conversation_turns else {}),
        }

    def by_group(self, key) -> dict[str, list[Outcome]]:
        groups: dict[str, list[Outcome]] = {}
        for outcome in self.outcomes:
            for name in key(outcome):
                groups.setdefault(name, []).append(outcome)
        return groups

    def breakdown_lines(self) -> list[str]:
        """Answers by the path that reached them (right/all), and accuracy per tag when cases carry tags."""
        answers = self.by_group(lambda o: (o.via,) if o.kind == "answer" else ())
        lines = ["answers by path (right of all):"] if answers else []
        for via, group in sorted(answers.items()):
            right = sum(1 for o in group if o.passed)
            lines.append(f"  {via:22} {right}/{len(group)}")
        tagged = self.by_group(lambda o: o.case.tags)
        if tagged:
            lines.append("by tag (passed of all, in-scope accuracy):")
            for tag, group in sorted(tagged.items()):
                passed = sum(1 for o in group if o.passed)
                in_scope = [o for o in group if o.case.expects_entry]
                share = f"{self._share(in_scope, lambda o: o.passed):.1%}" if in_scope else "-"
                lines.append(f"  {tag:22} {passed}/{len(group)}  {share}")
        return lines

    def text(self) -> str:
        """The report as lines for a person."""
        if self.triage and len(self.triage) == len(self.outcomes):
            return "\n".join(self.triage_text() + self._miss_lines())
        lines = [
            *(self.triage_text() if self.triage else []),
            f"cases:                   {len(self.outcomes)} ({len(self.in_scope)} in scope)",
            f"in-scope accuracy:       {self.in_scope_accuracy:.1%}",
            f"off-topic false answers: {self.off_topic_false_answers}",
            f"emergency recall:        {self.emergency_recall:.1%}",
            f"false emergencies:       {self.false_emergencies}",
            f"clarify rate:            {self.clarify_rate:.1%}",
            f"overall accuracy:        {self.accuracy:.1%}",
        ]
        if self.conversation_turns:
            turns = self.conversation_figures()
            lines.append(
                f"conversation turns:      {turns['passed']}/{turns['turns']} passed,"
                f" {turns['wrong_answers']} answered with another entry"
            )
        return "\n".join(lines + self.breakdown_lines() + self._miss_lines())

    def _miss_lines(self) -> list[str]:
        lines = []
        if self.misses:
            lines.append(f"misses ({len(self.misses)}):")
            for o in self.misses:
                where = f" [{o.case.conversation}]" if o.case.conversation else ""
                wanted = o.case.tier or "/".join(o.case.expect)
                lines.append(f"  {o.case.question!r}{where}: expected {wanted}, got {o.entry_id or o.kind}")
        return lines


def _case(raw, conversation: str | None = None) -> Case:
    if isinstance(raw, dict) and isinstance(raw.get("q"), str) and "tier" in raw and "expect" not in raw:
        if raw["tier"] not in TRIAGE_TIERS:
            raise EvalFileError(f"a triage case's tier must be one of {', '.join(TRIAGE_TIERS)}: {raw!r}"[:200])
        tags = raw.get("tags") or ()
        return Case(raw["q"], (), conversation, raw["tier"], tuple(str(t) for t in tags))
    if not isinstance(raw, dict) or not isinstance(raw.get("q"), str) or "expect" not in raw:
        raise EvalFileError(f"each case needs 'q' (text) and 'expect' (or 'tier'), got: {raw!r}"[:200])
    expect = raw["expect"]
    expect = tuple(expect) if isinstance(expect, list) else (expect,)
    if not expect or not all(isinstance(item, str) and item for item in expect):
        raise EvalFileError(f"'expect' must be an entry id, a kind, or a list of them, got: {raw!r}"[:200])
    tags = raw.get("tags") or []
    tags = tuple(str(tag) for tag in tags) if isinstance(tags, list) else (str(tags),)
    return Case(raw["q"], expect, conversation, tags=tags)


def _list_of(document: dict, key: str, path) -> list:
    value = document.get(key) or []
    if not isinstance(value, list):
        raise EvalFileError(f"{path}: {key!r} must be a list")
    return value


def load_cases(path: str | Path) -> tuple[list[Case], list[list[Case]]]:
    """Single cases and conversations from an evaluation file."""
    try:
        document = safe_yaml.load(safe_yaml.read_text(path), safe_yaml.safe_loader())
    except yaml.YAMLError as error:  # the bank's wording, with the line: not PyYAML's "in <unicode string>"
        raise EvalFileError(str(yaml_problem(str(path), error))) from None
    except (OSError, ValueError) as error:  # ValueError: safe_yaml refused the file or a value
        raise EvalFileError(f"cannot read {path}: {error}") from None
    if not isinstance(document, dict):
        raise EvalFileError(f"{path}: expected a mapping with 'cases' and 'conversations'")
    cases = [_case(raw) for raw in _list_of(document, "cases", path)]
    conversations = []
    for raw in _list_of(document, "conversations", path):
        if not isinstance(raw, dict) or not isinstance(raw.get("turns"), list):
            raise EvalFileError(f"{path}: each conversation needs a name and a list of turns")
        conversations.append([_case(turn, str(raw.get("name", "conversation"))) for turn in raw["turns"]])
    if not cases and not any(conversations):
        # Scored, an empty file read 100% on every line: a misspelt `cases:` looked like a perfect bot.
        raise EvalFileError(
            f"{path}: no cases to ask; list them under 'cases:', one a line, like "
            '- {q: "how is it treated?", expect: an-entry-id}'
        )
    return cases, conversations


def unknown_ids_warning(report: Report) -> str | None:
    """One line for the person who wrote the file, or None when every expected id is in the bank."""
    if not report.unknown_ids:
        return None
    shown = ", ".join(report.unknown_ids[:10]) + (" ..." if len(report.unknown_ids) > 10 else "")
    return (
        f"warning: {len(report.unknown_ids)} expected id(s) are not in the bank, so their cases always count as "
        f"misses: {shown} (two acceptable ids go in a list: expect: [first-id, second-id])"
    )


def evaluate(bot: Bot, path: str | Path) -> Report:
    """Ask every case (each in a fresh session) and every conversation (one session each)."""
    cases, conversations = load_cases(path)
    known = {entry.id for entry in bot.bank.entries}
    expected = {item for case in (*cases, *(t for turns in conversations for t in turns)) for item in case.expect}
    report = Report(unknown_ids=tuple(sorted(expected - known - set(KINDS))))
    for case in cases:
        reply = bot.session().ask(case.question)
        report.outcomes.append(Outcome(case, reply.kind, reply.id, reply.via))
    for turns in conversations:
        session = bot.session()
        for case in turns:
            reply = session.ask(case.question)
            report.outcomes.append(Outcome(case, reply.kind, reply.id, reply.via))
    return report
