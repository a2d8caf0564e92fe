"""How well the bot generalizes beyond its own lists: leave-one-out, perturbations, tags.

`chatbot eval FILE` says how the bot does on questions someone wrote; these
measures say how much of that is memory. Leave-one-out removes each
alternate from its entry, rebuilds the bot without it and asks it: an entry
that is reached only by the exact phrasings it lists is fragile. The
perturbation suite applies one kind of change at a time (typos, a story
around the question, a pronoun for the subject, a polite or angry opener,
lower case, no punctuation) to a set of questions, each kind reported as its
own row, in the spirit of CheckList (Ribeiro et al., ACL 2020).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chatbot.bank_model import Bank
from chatbot.bot import Bot

# Outcomes of one question that should reach one entry.
REACHED, FELL_BACK, WRONG = "reached", "fell back", "wrong entry"


@dataclass
class Tally:
    """How often questions reached their entry, fell back (fallback or a choice to pick), or got another entry."""

    reached: int = 0
    fell_back: int = 0
    wrong: int = 0
    wrong_examples: list[str] = field(default_factory=list)

    def add(self, outcome: str, example: str = "") -> None:
        if outcome == REACHED:
            self.reached += 1
        elif outcome == WRONG:
            self.wrong += 1
            if example and len(self.wrong_examples) < 3:
                self.wrong_examples.append(example)
        else:
            self.fell_back += 1

    @property
    def total(self) -> int:
        return self.reached + self.fell_back + self.wrong

    def shares(self) -> tuple[float, float, float]:
        count = self.total or 1
        return self.reached / count, self.fell_back / count, self.wrong / count

    def to_dict(self) -> dict:
        reached, fell_back, wrong = self.shares()
        return {
            "questions": self.total,
            "reached": round(reached, 4),
            "fell_back": round(fell_back, 4),
            "wrong": round(wrong, 4),
        }


def outcome_of(reply, expected: tuple[str, ...]) -> str:
    """Sort one reply: its entry reached, an honest fallback or choice, or a wrong answer."""
    if reply.kind == "answer":
        return REACHED if reply.id in expected else WRONG
    if reply.kind == "clarify" and any(s.id in expected for s in reply.suggestions):
        return FELL_BACK  # the right entry is among the choices: not wrong, not reached
    return FELL_BACK


def _without_alternate(bank: Bank, entry_index: int, alternate: str) -> Bank:
    entries = list(bank.entries)
    entry = entries[entry_index]
    entries[entry_index] = entry._replace(alternates=tuple(a for a in entry.alternates if a != alternate))
    return bank._replace(entries=tuple(entries), by_id={e.id: e for e in entries})


def leave_one_out(bank: Bank) -> dict[str, Tally]:
    """For every alternate of every entry: a bot without it, asked it. Tallies by entry id."""
    tallies: dict[str, Tally] = {}
    for index, entry in enumerate(bank.entries):
        tally = tallies.setdefault(entry.id, Tally())
        for alternate in entry.alternates:
            bot = Bot(_without_alternate(bank, index, alternate))
            reply = bot.ask(alternate)
            tally.add(outcome_of(reply, (entry.id,)), f"{alternate!r} -> {reply.id}")
    return tallies


def total_of(tallies) -> Tally:
    total = Tally()
    for tally in tallies:
        total.reached += tally.reached
        total.fell_back += tally.fell_back
        total.wrong += tally.wrong
    return total


def leave_one_out_text(tallies: dict[str, Tally]) -> str:
    """A table per entry (the most fragile first), then the totals."""
    lines = [f"{'entry':32} {'asked':>5} {'reached':>8} {'fell back':>9} {'wrong':>6}"]
    for entry_id, tally in sorted(tallies.items(), key=lambda item: (item[1].shares()[0], item[0])):
        reached, fell_back, wrong = tally.shares()
        lines.append(f"{entry_id:32} {tally.total:5d} {reached:8.0%} {fell_back:9.0%} {wrong:6.0%}")
        lines.extend(f"{'':34}wrong: {example}" for example in tally.wrong_examples)
    total = total_of(tallies.values())
    reached, fell_back, wrong = total.shares()
    lines.append(f"{'total':32} {total.total:5d} {reached:8.1%} {fell_back:9.1%} {wrong:6.1%}")
    return "\n".join(lines)
