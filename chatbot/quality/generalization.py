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

import random
import re
from dataclasses import dataclass, field

from chatbot.bank.model import Bank
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


# Perturbations: each takes a question and a random source, and gives the changed question (or None
# when it does not apply). Typos change one word of at least four letters, never its first letter.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEYBOARD = {
    key: "".join(row[j] for j in (i - 1, i + 1) if 0 <= j < len(row))
    for row in _ROWS
    for i, key in enumerate(row)
}
# Real words one slip away from a common word, as people really mistype them.
_REAL_WORD_SLIPS = {"does": "dose", "their": "there", "there": "their", "heal": "heel", "bear": "bare",
                    "your": "you", "know": "no", "to": "too", "weak": "week", "it": "is", "from": "form",
                    "form": "from", "what": "that", "cause": "case", "causes": "cases", "then": "than"}
_STORIES = (
    "My mum had an operation last year and we are all a bit worried. {q}",
    "{q} I am asking for my husband, he was in hospital in March.",
    "Hi, I hope you can help. My son was in an accident and the doctors mentioned a few things. {q}",
)
_POLITE = ("Hello, could you please tell me: {q}", "Sorry to bother you, {q}")
_ANGRY = ("Nobody ever explains anything to me!! {q}", "ugh i am so fed up. {q}")


def _word_slip(question: str, rng: random.Random, change) -> str | None:
    tokens = question.split()
    long_words = [i for i, t in enumerate(tokens) if len(t) >= 4 and t.isalpha()]
    if not long_words:
        return None
    index = rng.choice(long_words)
    changed = change(tokens[index], rng)
    if changed is None or changed == tokens[index]:
        return None
    tokens[index] = changed
    return " ".join(tokens)


def _swap(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _drop(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word))
    return word[:i] + word[i + 1 :]


def _double(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word))
    return word[:i] + word[i] + word[i:]


def _neighbour(word: str, rng: random.Random) -> str | None:
    i = rng.randrange(1, len(word))
    near = _KEYBOARD.get(word[i].lower())
    return word[:i] + rng.choice(near) + word[i + 1 :] if near else None


def _real_word(question: str, rng: random.Random) -> str | None:
    tokens = question.split()
    slips = [i for i, t in enumerate(tokens) if t.lower() in _REAL_WORD_SLIPS]
    if not slips:
        return None
    index = rng.choice(slips)
    tokens[index] = _REAL_WORD_SLIPS[tokens[index].lower()]
    return " ".join(tokens)


def _pronoun(question: str, names: tuple[str, ...]) -> str | None:
    for name in names:
        pattern = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
        if pattern.search(question):
            return pattern.sub("it", question, count=1)
    return None


def perturbations(names: tuple[str, ...]) -> dict:
    """The perturbation kinds, by row name. `names` are the bank's subject (meta short name and topic)."""
    return {
        "as written": lambda q, rng: q,
        "typo: swap": lambda q, rng: _word_slip(q, rng, _swap),
        "typo: drop": lambda q, rng: _word_slip(q, rng, _drop),
        "typo: double": lambda q, rng: _word_slip(q, rng, _double),
        "typo: keyboard neighbour": lambda q, rng: _word_slip(q, rng, _neighbour),
        "typo: real word": _real_word,
        "story around it": lambda q, rng: rng.choice(_STORIES).format(q=q),
        "pronoun for the subject": lambda q, rng: _pronoun(q, names),
        "polite opener": lambda q, rng: rng.choice(_POLITE).format(q=q[:1].lower() + q[1:]),
        "angry opener": lambda q, rng: rng.choice(_ANGRY).format(q=q),
        "all lower case": lambda q, rng: q.lower(),
        "no punctuation": lambda q, rng: re.sub(r"[^\w\s]", "", q),
    }


def perturbation_suite(bot: Bot, path, seed: int = 7) -> dict[str, Tally]:
    """Every in-scope single question of an eval file under each perturbation, each asked in a fresh session."""
    from chatbot.quality.evaluation import load_cases

    cases, _ = load_cases(path)
    names = tuple(n for n in (bot.bank.short_name, bot.bank.topic) if n)
    rows: dict[str, Tally] = {}
    for name, change in perturbations(names).items():
        rng = random.Random(f"{seed}:{name}")  # noqa: S311 - reproducible test data, not secrets
        tally = rows.setdefault(name, Tally())
        for case in cases:
            if not case.expects_entry:
                continue
            changed = change(case.question, rng)
            if changed is None:
                continue
            reply = bot.ask(changed)
            tally.add(outcome_of(reply, case.expect), f"{changed!r} -> {reply.id}")
    return rows


def rows_text(rows: dict[str, Tally], heading: str) -> str:
    lines = [f"{heading:32} {'asked':>5} {'reached':>8} {'fell back':>9} {'wrong':>6}"]
    for name, tally in rows.items():
        reached, fell_back, wrong = tally.shares()
        lines.append(f"{name:32} {tally.total:5d} {reached:8.1%} {fell_back:9.1%} {wrong:6.1%}")
    return "\n".join(lines)


def run_generalization(bot: Bot, leave_out: bool, perturb_file: str | None, as_json: bool = False) -> str:
    """The text (or JSON) of `chatbot eval --leave-one-out` and/or `--perturb FILE`."""
    import json

    parts, figures = [], {}
    if leave_out:
        tallies = leave_one_out(bot.bank)
        figures["leave_one_out"] = {
            "total": total_of(tallies.values()).to_dict(),
            "entries": {key: tally.to_dict() for key, tally in tallies.items()},
        }
        heading = "leave-one-out (each alternate asked with it removed from the bank):"
        parts.append(heading + "\n" + leave_one_out_text(tallies))
    if perturb_file:
        rows = perturbation_suite(bot, perturb_file)
        figures["perturbations"] = {key: tally.to_dict() for key, tally in rows.items()}
        parts.append(rows_text(rows, "perturbation"))
    return json.dumps(figures, indent=2) if as_json else "\n\n".join(parts)
