"""Print every figure we report, held-apart sets beside tuning sets, in one run.

    python tools/measure.py            # all sets, one line each
    python tools/measure.py --json     # the same as JSON, to compare two commits
    python tools/measure.py --only triage
    python tools/measure.py --tuning   # while changing the engine: tuning sets only
    python tools/measure.py --heldout  # to report the held-apart sets alone (never while tuning)

Held-apart sets live in tests/data/heldout/ (see its README; the ones retired to
tuning are listed in RETIRED). Tuning sets are tests/data/*.yaml, the retired
held-apart sets and tests/data/tuning/. A clinic bank is a folder `<name>-bank`
beside `<name>-questions.yaml` and, if it has one, `<name>-triage.yaml`.
CLINC150 (../shared/data/, third-party, off-topic for every bank) is asked in a
fresh session and after one answer, when the file is there.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import evaluate  # noqa: E402

DATA = ROOT / "tests" / "data"
HELDOUT = DATA / "heldout"
TUNING = DATA / "tuning"
# ../shared/data beside the checkout, or beside a folder of worktrees (/work/wt/<branch> -> /work/shared).
CLINC = next(
    (found for parent in ROOT.parents if (found := parent / "shared" / "data" / "clinc150-val-offtopic.txt").is_file()),
    ROOT.parent / "shared" / "data" / "clinc150-val-offtopic.txt",
)

# Held-apart sets reported for several rounds and then used for tuning (heldout/README.md).
RETIRED = {
    "ho-questions.yaml", "ho-questions-part2.yaml", "ho-questions-part3.yaml",
    "ho-questions-part4.yaml", "ho-questions-part5.yaml", "ho-questions-part6.yaml", "ho-questions-part7.yaml",
    "ho-questions-part8.yaml", "ho-questions-part9.yaml", "ho-questions-part10.yaml", "ho-questions-part11.yaml",
    "ho-questions-part12.yaml", "ho-questions-part13.yaml", "ho-questions-part14.yaml",
    "ho-questions-part15.yaml", "ho-questions-part16.yaml", "ho-questions-part17.yaml", "ho-questions-part18.yaml",
    "ho-questions-part19.yaml", "ho-questions-part20.yaml", "ho-questions-part21.yaml", "ho-questions-part22.yaml",
    "ho-questions-part23.yaml", "ho-questions-part24.yaml",
    "advice-part1.yaml",
    "triage-part1.yaml", "triage-part2.yaml", "triage-part3.yaml", "triage-part4.yaml",
    "triage-part5.yaml", "triage-part6.yaml", "triage-part7.yaml", "triage-part8.yaml",
    "triage-part9.yaml", "triage-part10.yaml", "triage-part11.yaml", "triage-part12.yaml",
    "triage-part13.yaml", "triage-part14.yaml", "triage-part15.yaml", "triage-part16.yaml",
    "triage-part17.yaml", "triage-part18.yaml", "triage-part19.yaml", "triage-part20.yaml", "triage-part21.yaml",
    "triage-part22.yaml", "triage-part23.yaml", "triage-part24.yaml",
    "triage-part25.yaml",
    "knee", "tooth", "carpal", "stones", "hernia", "asthma", "plantar", "uti", "varicose", "thyroid", "cataract",
    "apnoea", "gallstones", "coeliac", "piles", "bunion", "ankle", "tenniselbow", "chickenpox", "concussion", "reflux",
    "diabetes", "anticoag", "copd", "hypertension",
}


def _sets() -> list[tuple[str, str, Path | None, Path]]:
    """(group, label, bank folder or None for the packaged bank, file) for every set."""
    found = []
    for folder, default_group in ((HELDOUT, "held apart"), (DATA, "tuning"), (TUNING, "tuning")):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            stem = path.stem
            for suffix in ("-questions", "-triage"):
                if stem.endswith(suffix) and (folder / f"{stem[: -len(suffix)]}-bank").is_dir():
                    name = stem[: -len(suffix)]
                    group = "tuning" if name in RETIRED else default_group
                    found.append((group, f"{name} {suffix[1:]}", folder / f"{name}-bank", path))
                    break
            else:
                group = "tuning" if path.name in RETIRED else default_group
                bank = None
                if stem.startswith(("heel-eval",)):
                    bank = folder / "heel-bank"
                # "conversations-dev24-psoriasis": a tuning file of conversations on a clinic bank beside it.
                named = stem.rsplit("-", 1)[-1]
                if stem.startswith("conversations-") and (folder / f"{named}-bank").is_dir():
                    bank = folder / f"{named}-bank"
                found.append((group, stem, bank, path))
    return found


def _figures(report) -> dict:
    summary = report.summary()
    # An in-scope question answered with another entry: the miss that misleads (a fallback only fails to help).
    wrong = sum(1 for o in report.in_scope if o.kind == "answer" and not o.passed)
    figures = {
        "cases": summary["cases"],
        "in_scope": summary["in_scope_cases"],
        "accuracy": summary["in_scope_accuracy"],
        "wrong_answers": wrong,
        "off_topic_answers": summary["off_topic_false_answers"],
        "emergency_recall": summary["emergency_recall"],
        "false_emergencies": summary["false_emergencies"],
    }
    if "conversations" in summary:
        figures["conversations"] = summary["conversations"]
    if "triage" in summary:
        triage = summary["triage"]
        figures["triage"] = {
            "cases": triage["cases"],
            "emergency_recall": triage["recall"]["emergency"],
            "urgent_recall": triage["recall"]["urgent"],
            "urgent_scored_routine": triage["urgent_scored_routine"],
            "false_emergencies": triage["false_emergencies"],
            "false_urgent_rate": triage["false_urgent_rate"],
        }
    return figures


def _line(label: str, figures: dict) -> str:
    if "triage" in figures and figures["in_scope"] == 0:
        t = figures["triage"]
        return (
            f"{label:32} triage {t['cases']:4}  E {100 * t['emergency_recall']:5.1f}  U {100 * t['urgent_recall']:5.1f}"
            f" (U->routine {t['urgent_scored_routine']})  falseE {t['false_emergencies']}"
            f"  falseU {100 * t['false_urgent_rate']:.1f}%"
        )
    turns = figures.get("conversations")
    talk = f"  conv {turns['passed']}/{turns['turns']} (wrong {turns['wrong_answers']})" if turns else ""
    return (
        f"{label:32} {figures['in_scope']:4} in scope  {100 * figures['accuracy']:5.1f}%"
        f"  wrong {figures['wrong_answers']:2}  off-topic answers {figures['off_topic_answers']}"
        f"  E recall {100 * figures['emergency_recall']:.0f}%"
        f"  false E {figures['false_emergencies']}{talk}"
    )


def _clinc(bot: Bot, after: str | None) -> dict:
    kinds: dict[str, int] = {}
    for line in CLINC.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        session = bot.session()
        before = session.ask(after) if after else None
        reply = session.ask(line)
        # "Repeat that for me" gives the last reply again, as it should: counted apart, not as an answer to it.
        kind = "repeated" if reply == before else reply.kind
        kinds[kind] = kinds.get(kind, 0) + 1
    return kinds


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--only", help="only sets whose label contains this text")
    parser.add_argument("--no-clinc", action="store_true")
    parser.add_argument("--tuning", action="store_true", help="tuning sets only (while tuning)")
    parser.add_argument("--heldout", action="store_true", help="held-apart sets only (to report, never to tune)")
    parser.add_argument(
        "--clinc-banks", action="store_true",
        help="also ask CLINC150 with each clinic bank loaded: a bank on another topic must stay silent",
    )
    args = parser.parse_args(argv)
    bots: dict[Path | None, Bot] = {}
    results: dict[str, dict] = {}
    groups = ("tuning",) if args.tuning else ("held apart",) if args.heldout else ("held apart", "tuning")
    for group in groups:
        if not args.json:
            print(f"== {group}")
        for set_group, label, bank, path in _sets():
            if set_group != group or (args.only and args.only not in label):
                continue
            if bank not in bots:
                bots[bank] = Bot.load(bank) if bank else Bot.load()
            figures = _figures(evaluate(bots[bank], path))
            results[f"{group}: {label}"] = figures
            if not args.json:
                print(_line(label, figures), flush=True)
    if not args.no_clinc and not args.only and not args.heldout and CLINC.is_file():
        bot = bots.get(None) or Bot.load()
        for after in (None, "What is HO?"):
            kinds = _clinc(bot, after)
            results[f"clinc150 after {after!r}"] = kinds
            if not args.json:
                print(f"CLINC150 after {after!r}: {kinds}", flush=True)
    if args.clinc_banks and CLINC.is_file():
        # With --tuning, only the banks we may tune on: a held-apart bank is not loaded at all while tuning.
        groups = ("tuning",) if args.tuning else ("held apart", "tuning")
        for bank in sorted({bank for group, _, bank, _ in _sets() if bank is not None and group in groups}):
            kinds = _clinc(bots.get(bank) or Bot.load(bank), None)
            results[f"clinc150 with {bank.name}"] = kinds
            if not args.json:
                print(f"CLINC150 with {bank.name:22} {kinds}", flush=True)
    if args.json:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
