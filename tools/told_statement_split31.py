"""Messages that only tell and ask nothing, in every tuning question set, by half (round 29, clinicstory31).

    python tools/told_statement_split31.py record FILE      # one JSON line per told message (or conversation turn)
    python tools/told_statement_split31.py record FILE --what  # instead: a story, then a short question of what "it" is
    python tools/told_statement_split31.py figures OLD NEW  # per half, HO and clinic apart; every changed reply

A told message is one from which no question is split out (`split_message(...).questions` empty, on the text as
typed): "my mask keeps leaking and hissing". Only those cases are asked, each fresh, and every conversation holding
one (all its turns, in one session: what a reply offers is what a number picks next). Halves by the line a case (or a
conversation's first turn) starts on in its file, as the round's rules ask: even lines half a (chosen on), odd lines
half b (checked on). Only tuning sets are read (`tools/measure.py`'s groups); no triage file (tiers are read before
any reading of the bank).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from measure import _sets  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import KINDS, load_cases  # noqa: E402
from chatbot.understanding.message import split_message  # noqa: E402


def is_told(question: str) -> bool:
    """No question split out of the message as typed."""
    return not split_message(question).questions


# A short question with "what" and a word that points ("what actually is it?", "whats that mean"): a wide net for the
# story answers `answer_checks.checked` now keeps (the engine's own reading, `asks_what_subject_is`, is narrower).
WHAT_WORDS = 7


def asks_what_after_story(question: str) -> bool:
    """A story, then a question of at most WHAT_WORDS words with "what" and "it", "that" or "this"."""
    message = split_message(question)
    if not message.story:
        return False
    for asked in message.questions:
        said = set(asked.lower().replace("?", " ").replace("'", "").split())
        if len(said) <= WHAT_WORDS and said & {"what", "whats"} and said & {"it", "that", "this", "thats"}:
            return True
    return False


def line_of(lines: list[str], question: str, start: int) -> int:
    """The first line (from 1) at or after `start` that holds the question's first words; `start` if none does."""
    probe = question[:30]
    for number in range(start, len(lines) + 1):
        if probe in lines[number - 1]:
            return number
    return start


def record(out: Path, what: bool = False) -> None:
    chosen = asks_what_after_story if what else is_told
    bots: dict = {}
    with out.open("w", encoding="utf-8") as file:
        for group, label, bank, path in _sets():
            if group != "tuning" or "triage" in label:
                continue
            singles, conversations = load_cases(path)
            lines = path.read_text(encoding="utf-8").splitlines()
            runs = [[case] for case in singles] + conversations
            if not any(chosen(case.question) for turns in runs for case in turns):
                continue
            if bank not in bots:
                bots[bank] = Bot.load(bank) if bank else Bot.load()
            bot = bots[bank]
            line = 1
            for turns in runs:
                line = line_of(lines, turns[0].question, line)
                if not any(chosen(case.question) for case in turns):
                    continue
                session = bot.session()
                for turn, case in enumerate(turns):
                    reply = session.ask(case.question)
                    row = {
                        "set": label, "clinic": bank is not None and "heel" not in str(bank),
                        "half": "ab"[line % 2], "line": line, "turn": turn, "question": case.question,
                        "told": chosen(case.question), "expect": list(case.expect), "kind": reply.kind,
                        "id": reply.id, "via": reply.via, "offered": [s.id for s in reply.suggestions],
                    }  # fmt: skip
                    file.write(json.dumps(row) + "\n")
            print(label, flush=True)


def outcome(row: dict) -> str:
    """right / wrong / off (an off-topic case answered) / falseU / falseE; for a reply that does not answer: an
    in-scope case offered its entry to pick ("offered"), offered others ("offered other"), or not ("fallback");
    an off-topic case offered entries ("off offered") or not ("ok")."""
    in_scope = any(item not in KINDS for item in row["expect"])
    if row["kind"] in ("urgent", "emergency") and row["kind"] not in row["expect"]:
        return "falseU" if row["kind"] == "urgent" else "falseE"
    if row["kind"] == "answer":
        if row["id"] in row["expect"]:
            return "right"
        return "wrong" if in_scope else "off"
    if not in_scope:
        return "off offered" if row["kind"] == "clarify" and "clarify" not in row["expect"] else "ok"
    if row["kind"] == "clarify":
        return "offered" if set(row["expect"]) & set(row["offered"]) else "offered other"
    return "fallback" if row["kind"] == "fallback" else row["kind"]


def figures(old: Path, new: Path) -> None:
    before = [json.loads(line) for line in old.read_text(encoding="utf-8").splitlines()]
    after = [json.loads(line) for line in new.read_text(encoding="utf-8").splitlines()]
    counts: dict = collections.defaultdict(collections.Counter)
    for side, rows in enumerate((before, after)):
        for row in rows:
            counts[(row["half"], row["clinic"], side)][outcome(row)] += 1
    names = sorted({name for c in counts.values() for name in c})
    for half in "ab":
        for clinic in (False, True):
            old_c, new_c = counts[(half, clinic, 0)], counts[(half, clinic, 1)]
            cells = " | ".join(f"{n} {old_c[n]} -> {new_c[n]}" for n in names if old_c[n] or new_c[n])
            print(f"half {half} {'clinic' if clinic else 'HO    '}: {cells}")
    for a, b in zip(before, after, strict=True):
        if (a["kind"], a["id"], a["offered"]) != (b["kind"], b["id"], b["offered"]):
            print(
                f"[{a['half']}] {a['set']} t{a['turn']}: {a['question'][:110]!r}\n"
                f"    expect {a['expect']}: {a['kind']} {a['id']} ({outcome(a)}) -> {b['kind']} {b['id']}"
                f" {b['offered']} ({outcome(b)})"
            )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    recording = sub.add_parser("record")
    recording.add_argument("file", type=Path)
    recording.add_argument("--what", action="store_true", help="a story, then a short question of what it is")
    both = sub.add_parser("figures")
    both.add_argument("old", type=Path)
    both.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "record":
        record(args.file, args.what)
    else:
        figures(args.old, args.new)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
