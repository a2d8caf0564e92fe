"""Record every reply to the tuning sets with each case's position in its file, and compare two recordings by half.

    python tools/otherstory_split.py record FILE      # one JSON line per case or conversation turn
    python tools/otherstory_split.py record FILE --only QUESTIONS.json  # only those cases (and their conversations)
    python tools/otherstory_split.py figures OLD NEW  # right / wrong / off-topic answered / misses / false urgent and
                                                      # emergency per half, HO and clinic apart; every changed reply

Halves by position (round 28, otherstory30): half a is the cases at even positions in each file (0, 2, 4 ...; a
conversation counts as one position, all its turns with it), the half the rule was chosen on; half b the odd ones,
checked on. What is asked: every tuning set of `tools/measure.py` (the packaged bank's HO sets, eval.yaml, tuning2,
the heel sets, the dev24 conversations, the retired and tuning clinic banks' questions and triage files), each case
fresh and each conversation in one session; never a set still held apart (`measure.py` tells them apart).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from measure import _sets  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import KINDS, load_cases  # noqa: E402

OUTCOMES = ("right", "wrong", "off", "miss", "falseU", "falseE")


def record(out: Path, only: frozenset[str] | None = None) -> None:
    """Every tuning case's reply; with `only`, just the cases with those questions (and every turn of a conversation
    that holds one), for a change that can touch no other reply."""
    bots: dict = {}
    with out.open("w", encoding="utf-8") as file:
        for group, label, bank, path in _sets():
            if group != "tuning" or "triage" in label:
                continue  # a triage file's tiers are read before any reading of the bank: `measure.py` has them
            singles, conversations = load_cases(path)
            if bank not in bots:
                bots[bank] = Bot.load(bank) if bank else Bot.load()
            bot = bots[bank]
            runs = [[case] for case in singles] + conversations
            for position, turns in enumerate(runs):
                if only is not None and not any(case.question in only for case in turns):
                    continue
                session = bot.session()
                for turn, case in enumerate(turns):
                    reply = session.ask(case.question)
                    row = {
                        "set": label, "clinic": bank is not None and "heel" not in str(bank),
                        "half": "ab"[position % 2], "turn": turn, "question": case.question,
                        "expect": list(case.expect), "tier": case.tier, "kind": reply.kind, "id": reply.id,
                        "via": reply.via,
                    }  # fmt: skip
                    file.write(json.dumps(row) + "\n")


def outcome(row: dict) -> str:
    """right, wrong (another entry), off (an answer to an off-topic case), miss, or a false urgent / emergency."""
    if row["tier"] is not None:  # a triage case: the tier it got against the tier it must get
        given = row["kind"] if row["kind"] in ("urgent", "emergency") else "routine"
        if given == row["tier"]:
            return "right"
        return {"urgent": "falseU", "emergency": "falseE"}.get(given, "miss")
    in_scope = any(item not in KINDS for item in row["expect"])
    if row["kind"] in ("urgent", "emergency") and row["kind"] not in row["expect"]:
        return "falseU" if row["kind"] == "urgent" else "falseE"
    if row["kind"] == "answer":
        if row["id"] in row["expect"]:
            return "right"
        return "wrong" if in_scope else "off"
    if not in_scope:
        return "right" if row["kind"] in row["expect"] or row["kind"] in ("fallback", "clarify") else "miss"
    return "miss"


def figures(old: Path, new: Path) -> None:
    before = [json.loads(line) for line in old.read_text(encoding="utf-8").splitlines()]
    after = [json.loads(line) for line in new.read_text(encoding="utf-8").splitlines()]
    groups = [(h, clinic) for h in "ab" for clinic in (False, True)]
    counts = {(g, side): dict.fromkeys(OUTCOMES, 0) for g in groups for side in (0, 1)}
    for side, rows in enumerate((before, after)):
        for row in rows:
            counts[((row["half"], row["clinic"]), side)][outcome(row)] += 1
    for g in groups:
        cells = " | ".join(f"{k} {counts[(g, 0)][k]} -> {counts[(g, 1)][k]}" for k in OUTCOMES)
        print(f"half {g[0]} {'clinic' if g[1] else 'HO    '}: {cells}")
    for a, b in zip(before, after, strict=True):
        if (a["kind"], a["id"]) != (b["kind"], b["id"]):
            print(
                f"[{a['half']}] {a['set']} t{a['turn']}: {a['question'][:110]!r}\n"
                f"    expect {a['expect']}: {a['kind']} {a['id']} ({a['via']}, {outcome(a)})"
                f" -> {b['kind']} {b['id']} ({b['via']}, {outcome(b)})"
            )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    recording = sub.add_parser("record")
    recording.add_argument("file", type=Path)
    recording.add_argument("--only", type=Path, help="a JSON list of questions: record only those cases")
    both = sub.add_parser("figures")
    both.add_argument("old", type=Path)
    both.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "record":
        only = frozenset(json.loads(args.only.read_text(encoding="utf-8"))) if args.only else None
        record(args.file, only)
    else:
        figures(args.old, args.new)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
