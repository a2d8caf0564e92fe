"""Record, for every clinic bank question with no subject that the bot leaves unanswered, its bare reading and its
reading with the bank's topic for "it"; then choose the bars of `understanding.no_subject` on half the banks and
check them on the other half (and the reverse).

    python tools/no_subject_features.py record out.jsonl            # every clinic tuning bank and CLINC150
    python tools/no_subject_features.py record out.jsonl --banks gout
    python tools/no_subject_features.py search out.jsonl [--check sciatica anaemia]

A row is one message that `conversation.message_readings.asks_with_no_subject` accepts and that would end in a
fallback or a choice with
the rule switched off, labelled `right` (an in-scope case whose topic reading leads to an expected entry), `wrong`,
`offtopic` (a case that expects a fallback) or `clinc` (a CLINC150 line, off-topic for every bank).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chatbot.bot import Bot  # noqa: E402
from chatbot.conversation import matching  # noqa: E402
from chatbot.conversation import message_readings as readings  # noqa: E402
from chatbot.conversation.whole_message import split  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402
from chatbot.understanding import no_subject  # noqa: E402
from tools.leader_features import CLINC, DATA  # noqa: E402
from tools.leader_features import banks as leader_banks  # noqa: E402


def banks() -> dict[str, tuple[Path, list[Path]]]:
    """The leader tool's clinic banks and the two retired since (varicose, thyroid)."""
    found = leader_banks()
    for name in ("varicose", "thyroid"):
        found[name] = (DATA / "heldout" / f"{name}-bank", [DATA / "heldout" / f"{name}-questions.yaml"])
    return found

RULE = no_subject.rule_holds


def record(out: Path, names: list[str] | None, clinc: bool) -> None:
    seen: dict = {}
    original = matching.match
    no_subject.rule_holds = lambda row, **rule: False  # the rule off: every row it might answer is recorded

    def spy(self, analysis, prefix, clean):
        reply = original(self, analysis, prefix, clean)
        bot = self.bot
        if reply.kind in ("fallback", "clarify") and readings.asks_with_no_subject(bot, analysis, split(self, clean)):
            pointed = readings.pointing_phrase_as_it(bot, analysis)
            row = no_subject.readings(bot.matcher, bot.analyzer, bot.default_subject, pointed.tokens, pointed.concepts)
            if row is not None:
                row["health"] = readings.is_about_health(bot, analysis)
                row["only_asks"] = readings.only_asks(bot, pointed)
                row["things"] = len(readings.thing_words(bot, pointed))
                specific = readings.uses_bank_specific_word(bot, pointed) or readings.asks_only_an_aspect(bot, pointed)
                row["specific"] = specific
                row["pronoun"] = bool(readings.pronouns_in(bot, analysis))
                row["says_plainly"] = readings.says_it_plainly(bot, pointed, known_only=False)
                row["tokens"] = list(pointed.tokens)
                seen["row"] = row
        return reply

    matching.match = spy
    lines = CLINC.read_text(encoding="utf-8").splitlines() if clinc and CLINC else []
    lines = [line for line in lines if line.strip()]
    with out.open("w", encoding="utf-8") as sink:
        for name, (folder, files) in banks().items():
            if names and name not in names:
                continue
            bot = Bot.load(folder)
            asked = []
            for path in files:
                cases, _ = load_cases(path)
                asked += [(case.question, case.expect, "set") for case in cases]
            asked += [(line, ("fallback",), "clinc") for line in lines]
            for question, expect, source in asked:
                seen.clear()
                bot.session().ask(question)
                row = seen.get("row")
                if row is None or row.get("topic") is None:
                    continue
                in_scope = any(e not in ("fallback", "clarify", "smalltalk", "emergency", "urgent") for e in expect)
                if source == "clinc":
                    label = "clinc"
                elif not in_scope:
                    label = "offtopic"
                else:
                    label = "right" if row["topic"]["id"] in expect else "wrong"
                row.update(bank=name, question=question, expect=list(expect), label=label)
                sink.write(json.dumps(row) + "\n")
            print(name, flush=True)


GRID = {
    "score": [50, 55, 60, 65, 70],
    "coverage": [0.6, 0.7, 0.8, 0.9],
    "margin": [3, 5, 7, 10, 15],
    "left_other": [0, 1],
    "bare_coverage": [0.6, 0.7, 0.8, 0.9],
    "exclusive": [0, 1, 2],
    "pronoun": [False, True],
    "plain": [False, True],
    "asking_score": [101.0, 95.0, 90.0],
}
LOOSEST = {"score": 50, "coverage": 0.6, "margin": 3, "left_other": 1, "bare_coverage": 0.6, "exclusive": 0,
           "pronoun": False, "plain": False, "asking_score": 0.0}  # fmt: skip


def tally(rows: list[dict], rule: dict) -> dict[str, int]:
    counts = {"right": 0, "wrong": 0, "offtopic": 0, "clinc": 0}
    for row in rows:
        if RULE(row, **rule):
            counts[row["label"]] += 1
    return counts


def best_rule(rows: list[dict]) -> tuple[dict | None, dict | None]:
    """The rule with the most right answers and no wrong, off-topic or CLINC150 one (ties: the strictest)."""
    best = best_counts = None
    keys = list(GRID)
    for values in itertools.product(*(sorted(GRID[k], reverse=k != "left_other") for k in keys)):
        rule = dict(zip(keys, values, strict=True))
        counts = tally(rows, rule)
        if counts["wrong"] or counts["offtopic"] or counts["clinc"]:
            continue
        if best_counts is None or counts["right"] > best_counts["right"]:
            best, best_counts = rule, counts
    return best, best_counts


def search(path: Path, check: tuple[str, ...]) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if RULE(r, **LOOSEST)]  # no rule of the grid answers any other row
    held = [r for r in rows if r["bank"] in check]
    rows = [r for r in rows if r["bank"] not in check]
    names = sorted({row["bank"] for row in rows})
    labels = ("right", "wrong", "offtopic", "clinc")
    print("rows:", {label: sum(1 for r in rows if r["label"] == label) for label in labels})
    halves = (names[0::2], names[1::2])
    for chosen, checked in (halves, halves[::-1]):
        rule, counts = best_rule([r for r in rows if r["bank"] in chosen])
        print(f"chosen on {chosen}: {rule} -> {counts}")
        if rule:
            print(f"  checked on {checked}: {tally([r for r in rows if r['bank'] in checked], rule)}")
    rule, counts = best_rule(rows)
    print(f"chosen on all {len(names)} banks: {rule} -> {counts}")
    default = {}
    print(f"the module's bars on all: {tally(rows, default)}")
    if held:
        print(f"  check banks {check}: {tally(held, default)}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("out", type=Path)
    rec.add_argument("--banks", nargs="*")
    rec.add_argument("--no-clinc", action="store_true")
    find = sub.add_parser("search")
    find.add_argument("rows", type=Path)
    find.add_argument("--check", nargs="*", default=())
    args = parser.parse_args(argv)
    if args.command == "record":
        record(args.out, args.banks, not args.no_clinc)
    else:
        search(args.rows, tuple(args.check))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
