"""Record, for every clinic bank question the bot leaves unanswered, what its rankings look like and whether the
leader is the right entry; then try decision rules on some banks and check them on the others.

    python tools/leader_features.py record out.jsonl          # every clinic tuning bank, its questions and CLINC150
    python tools/leader_features.py record out.jsonl --banks gout migraine
    python tools/leader_features.py search out.jsonl          # rules chosen on half the banks, checked on the rest

A row is one message that reached the end of `conversation.matching.match` without an answer (a fallback or a numbered
choice):
its readings (the message whole, its last question alone, each with the bank's topic for "it") ranked by the
matcher, with the leader's score, coverage, fit, margin to the next entry, phrasings and flags, how many readings
agree on the leader, and the label: `right` (an in-scope case whose leader is an expected entry), `wrong` (another
entry), `offtopic` (a case that expects a fallback) or `clinc` (a CLINC150 line, off-topic for every bank). The
features come from `chatbot.understanding.late_lead.readings`, the same function the engine decides with.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import measure  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.conversation import matching, message_readings, whole_message  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402
from chatbot.understanding import late_lead, leader_evidence  # noqa: E402

DATA = ROOT / "tests" / "data"
# The clinic banks we may tune on: the retired held-apart banks, tests/data/tuning/ and the heel bank.
RETIRED = tuple(sorted(name for name in measure.RETIRED if not name.endswith(".yaml")))
CLINC = next(
    (found for parent in ROOT.parents if (found := parent / "shared" / "data" / "clinc150-val-offtopic.txt").is_file()),
    None,
)


def banks() -> dict[str, tuple[Path, list[Path]]]:
    """name -> (bank folder, question files)."""
    found = {
        name: (DATA / "heldout" / f"{name}-bank", [DATA / "heldout" / f"{name}-questions.yaml"]) for name in RETIRED
    }
    for path in sorted((DATA / "tuning").glob("*-questions.yaml")):
        name = path.name[: -len("-questions.yaml")]
        found[name] = (DATA / "tuning" / f"{name}-bank", [path])
    found["heel"] = (DATA / "heel-bank", [DATA / "heel-eval.yaml", DATA / "heel-eval2.yaml"])
    return found


def record(out: Path, names: list[str] | None, clinc: bool) -> None:
    seen: dict = {}
    original = matching.match

    def spy(self, analysis, prefix, clean):
        reply = original(self, analysis, prefix, clean)
        if (
            reply.kind in ("fallback", "clarify") or reply.via in ("late lead", "trusted lead", "second reading")
        ) and self.bot.matcher.lists_sparse_entries:
            bot = self.bot
            about_health = message_readings.is_about_health(self.bot, analysis)
            message = whole_message.split(self, clean)
            seen["row"] = late_lead.readings(
                bot.matcher, bot.analyzer, bot.default_subject, analysis, message, about_health
            )
            ranking = bot.matcher.rank(analysis.tokens, analysis.concepts)
            asked = bot.analyzer.analyze(message.questions[-1]) if message.questions else analysis
            seen["row"]["evidence"] = leader_evidence.describe(
                bot.matcher, bot.analyzer, ranking, analysis.tokens, asked.concepts
            )
            seen["kind"] = reply.kind
            seen["offered"] = [s.id for s in reply.suggestions] if reply.kind == "clarify" else []
        else:
            seen["kind"] = reply.kind
        return reply

    matching.match = spy
    lines = CLINC.read_text(encoding="utf-8").splitlines() if clinc and CLINC else []
    with out.open("w", encoding="utf-8") as sink:
        for name, (folder, files) in banks().items():
            if names and name not in names:
                continue
            bot = Bot.load(folder)
            asked = []
            for path in files:
                cases, conversations = load_cases(path)
                asked += [(case.question, case.expect) for case in cases]
            asked += [(line, ("fallback",)) for line in lines if line.strip()]
            counts: dict[str, int] = {}
            for index, (question, expect) in enumerate(asked):
                seen.clear()
                reply = bot.session().ask(question)
                in_scope = any(e not in ("fallback", "clarify", "smalltalk", "emergency", "urgent") for e in expect)
                source = "clinc" if index >= len(asked) - len(lines) and lines else "set"
                counts[f"{source}:{reply.kind}"] = counts.get(f"{source}:{reply.kind}", 0) + 1
                row = seen.get("row")
                if row is None:
                    continue
                if source == "clinc":
                    label = "clinc"
                elif not in_scope:
                    label = "offtopic"
                else:
                    label = "right" if row["leader"] in expect else "wrong"
                row.update(bank=name, question=question, expect=list(expect), label=label, kind=reply.kind,
                           offered=seen.get("offered", []))  # fmt: skip
                sink.write(json.dumps(row) + "\n")
            print(name, counts, flush=True)


# --- rule search -----------------------------------------------------------------------------------------------------

GRID = {
    "score": [35, 40, 45, 50, 55],
    "coverage": [0.4, 0.5, 0.6, 0.7],
    "margin": [5, 7, 10, 15],
    "exclusive": [0, 1, 2],
    "left_other": [0, 1, 99],
    "left_health": [0, 99],
    "story": [True, False],
}
# Banks that arrived during the round: measured, never searched (see `search`).
CHECK = ("tonsillitis", "glaucoma")


def fires(row: dict, rule: dict) -> bool:
    return late_lead.rule_holds(row, **rule)


def tally(rows: list[dict], rule: dict) -> dict[str, int]:
    counts = {"right": 0, "wrong": 0, "offtopic": 0, "clinc": 0}
    for row in rows:
        if fires(row, rule):
            counts[row["label"]] += 1
    return counts


def best_rule(rows: list[dict], extra: dict) -> tuple[dict, dict]:
    """The rule with the most right leaders answered and no wrong, off-topic or CLINC150 one (ties: the stricter)."""
    best, best_counts = None, None
    keys = list(GRID)
    # Strictest first: the highest bars, the fewest words left unexplained.
    for values in itertools.product(*(sorted(GRID[k], reverse=k not in ("left_other", "left_health")) for k in keys)):
        rule = dict(zip(keys, values, strict=True), **extra)
        counts = tally(rows, rule)
        if counts["wrong"] or counts["offtopic"] or counts["clinc"]:
            continue
        if best_counts is None or counts["right"] > best_counts["right"]:  # ties: the first, strictest found
            best, best_counts = rule, counts
    return best, best_counts


def search(path: Path, extra: dict) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    # Only rows a rule could answer at all: about health, a leader with the lowest bars.
    rows = [
        r for r in rows if r["about_health"] and r["readings"].get("whole", {}).get("score", 0) >= min(GRID["score"])
    ]
    check = [r for r in rows if r["bank"] in CHECK]
    rows = [r for r in rows if r["bank"] not in CHECK]
    names = sorted({row["bank"] for row in rows})
    print(
        "rows:",
        {label: sum(1 for r in rows if r["label"] == label) for label in ("right", "wrong", "offtopic", "clinc")},
    )
    halves = (names[0::2], names[1::2])
    for chosen, checked in (halves, halves[::-1]):
        train = [r for r in rows if r["bank"] in chosen]
        test = [r for r in rows if r["bank"] in checked]
        rule, counts = best_rule(train, extra)
        print(f"chosen on {chosen}: {rule} -> {counts}")
        if rule:
            print(f"  checked on {checked}: {tally(test, rule)}")
            for name in checked:
                print(f"    {name:10} {tally([r for r in test if r['bank'] == name], rule)}")
    rule, counts = best_rule(rows, extra)
    print(f"chosen on all {len(names)} tuning banks: {rule} -> {counts}")
    if rule and check:
        print(f"  check banks {CHECK}: {tally(check, rule)}")


# --- the evidence gate (round 16): the leader's words and way of asking, beside its score ----------------------------

EVIDENCE_GRID = {
    "score": [35, 40, 45, 50, 55],
    "coverage": [0.4, 0.5, 0.6],
    "margin": [5, 7, 10, 15],
    "left_other": [0, 1, 99],
    "said_lead": [1, 2, 3],
    "share_lead": [0.0, 0.2, 0.3, 0.4],
    "kind": ["agrees", "not_differs", "any"],
    "unsaid": [0, 1, 99],
    "guards": [True, False],
}


def evidence_holds(row: dict, score, coverage, margin, left_other, said_lead, share_lead, kind, unsaid, guards) -> bool:
    """Whether an evidence rule answers a row's leader (the message read whole)."""
    whole = row["readings"].get("whole")
    found = row.get("evidence") or {}
    if whole is None or not found or not row["about_health"] or whole["asks_more"] or not found["sparse"]:
        return False
    if kind == "agrees" and not found["kind_agrees"]:
        return False
    if kind == "not_differs" and found["kind_differs"]:
        return False
    if guards and (whole["left_health"] or whole["left_number"] or whole["left_rare"]):
        return False
    return (
        whole["score"] >= score
        and whole["coverage"] >= coverage
        and whole["margin"] >= margin
        and whole["left_other"] <= left_other
        and found["said_lead"] >= said_lead
        and found["said_share"] - found["rival_share"] >= share_lead - 1e-9
        and found["content_unsaid"] <= unsaid
    )


def evidence_tally(rows, rule) -> dict[str, int]:
    counts = {"right": 0, "wrong": 0, "offtopic": 0, "clinc": 0}
    for row in rows:
        if evidence_holds(row, **rule):
            counts[row["label"]] += 1
    return counts


def best_evidence_rule(rows, allowed_wrong: int = 0):
    """The rule with the most right leaders answered and at most `allowed_wrong` wrong, no off-topic or CLINC150 one
    (ties: the strictest, found first)."""
    keys = list(EVIDENCE_GRID)
    best, best_counts = None, None
    loose_last = {"left_other", "unsaid"}
    orders = {k: (EVIDENCE_GRID[k] if k in loose_last or k == "kind" else sorted(EVIDENCE_GRID[k], reverse=True))
              for k in keys}  # fmt: skip
    orders["said_lead"] = sorted(EVIDENCE_GRID["said_lead"], reverse=True)
    orders["share_lead"] = sorted(EVIDENCE_GRID["share_lead"], reverse=True)
    orders["guards"] = [True, False]
    for values in itertools.product(*(orders[k] for k in keys)):
        rule = dict(zip(keys, values, strict=True))
        counts = evidence_tally(rows, rule)
        if counts["wrong"] > allowed_wrong or counts["offtopic"] or counts["clinc"]:
            continue
        if best_counts is None or counts["right"] > best_counts["right"]:
            best, best_counts = rule, counts
    return best, best_counts


def search_evidence(path: Path, allowed_wrong: int) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r["about_health"] and r.get("evidence") and r["readings"].get("whole")]
    rows = [r for r in rows if r["readings"]["whole"]["score"] >= min(EVIDENCE_GRID["score"]) and not r["late_lead"]]
    check = [r for r in rows if r["bank"] in CHECK]
    rows = [r for r in rows if r["bank"] not in CHECK]
    names = sorted({row["bank"] for row in rows})
    labels = ("right", "wrong", "offtopic", "clinc")
    print("rows:", {label: sum(1 for r in rows if r["label"] == label) for label in labels})
    halves = (names[0::2], names[1::2])
    for chosen, checked in (halves, halves[::-1]):
        train = [r for r in rows if r["bank"] in chosen]
        test = [r for r in rows if r["bank"] in checked]
        rule, counts = best_evidence_rule(train, allowed_wrong)
        print(f"chosen on {chosen}: {rule} -> {counts}")
        if rule:
            print(f"  checked on {checked}: {evidence_tally(test, rule)}")
    rule, counts = best_evidence_rule(rows, allowed_wrong)
    print(f"chosen on all {len(names)} banks: {rule} -> {counts}")
    if rule and check:
        print(f"  check banks {CHECK}: {evidence_tally(check, rule)}")


def refresh(path: Path) -> None:
    """Compute the evidence of recorded rows again (after `leader_evidence` changed), asking only their messages."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    folders = {name: folder for name, (folder, _) in banks().items()}
    seen: dict = {}
    original = matching.match

    def spy(self, analysis, prefix, clean):
        bot = self.bot
        message = whole_message.split(self, clean)
        ranking = bot.matcher.rank(analysis.tokens, analysis.concepts)
        asked = bot.analyzer.analyze(message.questions[-1]) if message.questions else analysis
        seen["evidence"] = leader_evidence.describe(bot.matcher, bot.analyzer, ranking, analysis.tokens, asked.concepts)
        return original(self, analysis, prefix, clean)

    matching.match = spy
    loaded: dict = {}
    for row in rows:
        if not row["about_health"] or row["readings"].get("whole", {}).get("score", 0) < 30:
            continue
        bot = loaded.get(row["bank"]) or loaded.setdefault(row["bank"], Bot.load(folders[row["bank"]]))
        seen.clear()
        bot.session().ask(row["question"])
        if "evidence" in seen:
            row["evidence"] = seen["evidence"]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("out", type=Path)
    rec.add_argument("--banks", nargs="*")
    rec.add_argument("--no-clinc", action="store_true")
    find = sub.add_parser("search")
    find.add_argument("rows", type=Path)
    find.add_argument("--extra", default="{}", help="fixed rule parameters, as JSON")
    again = sub.add_parser("refresh")
    again.add_argument("rows", type=Path)
    gate = sub.add_parser("evidence")
    gate.add_argument("rows", type=Path)
    gate.add_argument("--wrong", type=int, default=0, help="wrong answers a chosen rule may give on its half")
    args = parser.parse_args(argv)
    if args.command == "record":
        record(args.out, args.banks, not args.no_clinc)
    elif args.command == "refresh":
        refresh(args.rows)
    elif args.command == "evidence":
        search_evidence(args.rows, args.wrong)
    else:
        search(args.rows, json.loads(args.extra))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
