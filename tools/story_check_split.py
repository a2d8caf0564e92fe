"""Choose the story check's bars (`chatbot.understanding.story_check`) on half of the clinic banks, check them on the
other half, and the reverse.

    python tools/story_check_split.py            # every clinic tuning bank of a clinic's few phrasings

Each in-scope question of a bank is asked fresh with the check turned off; for every answer the story path gives, it
notes the ranking of the message read whole and whether the answer, the whole message's leader, or neither is an
expected entry. A rule (switch to a leader with coverage >= c that is m points ahead; else a choice when the answer is
not among the whole message's first p entries; never switched away from the entry that says what the topic is) then
counts, per half, right answers gained or lost and wrong answers removed. The rule chosen on one half is the one with
the fewest wrong answers left and no right answer lost on that half.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import measure  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.conversation import matching  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402
from chatbot.understanding.story_check import RIVALS_SEEN, SWITCH_COVERAGE, SWITCH_MARGIN  # noqa: E402

DATA = ROOT / "tests" / "data"
RETIRED = tuple(sorted(name for name in measure.RETIRED if not name.endswith(".yaml")))
KINDS = ("fallback", "emergency", "urgent", "advice", "smalltalk", "clarify")


def banks() -> dict[str, tuple[Path, Path]]:
    found = {name: (DATA / "heldout" / f"{name}-bank", DATA / "heldout" / f"{name}-questions.yaml") for name in RETIRED}
    for path in sorted((DATA / "tuning").glob("*-questions.yaml")):
        name = path.name[: -len("-questions.yaml")]
        found[name] = (DATA / "tuning" / f"{name}-bank", path)
    return found


def record(names=None) -> list[dict]:
    """One row per story-path answer of an in-scope question, with the check off."""
    seen: dict = {}
    checked = matching.match

    def unchecked(self, analysis, prefix, clean):
        if not self.current.quiet:
            seen["analysis"] = analysis
        return matching.match_readings(self, analysis, prefix, clean)

    matching.match = unchecked
    rows = []
    try:
        for name, (folder, questions) in banks().items():
            if names and name not in names:
                continue
            bot = Bot.load(folder)
            matcher = bot.matcher
            if not matcher.lists_sparse_entries:
                continue  # the check reads only a bank of a clinic's few phrasings
            cases, _ = load_cases(questions)
            for case in cases:
                if not case.expect or case.expect[0] in KINDS:
                    continue
                seen.clear()
                reply = bot.session().ask(case.question)
                if reply.kind != "answer" or reply.via != "story" or "analysis" not in seen:
                    continue
                analysis = seen["analysis"]
                whole = matcher.rank(analysis.tokens, analysis.concepts, limit=RIVALS_SEEN + 1)
                if not whole or whole[0].entry.id == reply.id:
                    continue
                ids = [c.entry.id for c in whole]
                margin = whole[0].score - (whole[1].score if len(whole) > 1 else 0.0)
                label = "answer" if reply.id in case.expect else "leader" if ids[0] in case.expect else "neither"
                rows.append(
                    {
                        "bank": name,
                        "label": label,
                        "position": ids.index(reply.id) if reply.id in ids else len(ids),
                        "coverage": whole[0].coverage,
                        "margin": margin,
                        "topic": matcher.defines_topic(reply.id),
                    }
                )
    finally:
        matching.match = checked
    return rows


def effect(rows, rule) -> tuple[int, int]:
    """(right answers gained, wrong answers removed) by a rule (coverage, margin, position)."""
    coverage, margin, position = rule
    right = removed = 0
    for row in rows:
        switch = not row["topic"] and row["coverage"] >= coverage and row["margin"] >= margin
        if switch:
            right += (row["label"] == "leader") - (row["label"] == "answer")
            removed += (row["label"] == "leader") - (row["label"] == "answer")
        elif row["position"] >= position:
            right -= row["label"] == "answer"
            removed += row["label"] != "answer"
    return right, removed


RULES = list(itertools.product((0.4, 0.5, 0.6), (3.0, 5.0, 6.0, 7.0, 8.0, 10.0), (2, 3, 4, RIVALS_SEEN + 1, 99)))


def choose(rows):
    fair = [(effect(rows, rule), rule) for rule in RULES if effect(rows, rule)[0] >= 0]
    return max(fair, key=lambda found: (found[0][1], found[0][0]))


def main() -> int:
    rows = record(sys.argv[1:] or None)
    names = sorted({row["bank"] for row in rows})
    halves = (names[::2], names[1::2])
    for chosen_on, checked_on in (halves, halves[::-1]):
        (right, removed), rule = choose([r for r in rows if r["bank"] in chosen_on])
        check = effect([r for r in rows if r["bank"] in checked_on], rule)
        print(f"chosen on {', '.join(chosen_on)}: coverage {rule[0]}, margin {rule[1]}, not in the first {rule[2]}")
        print(
            f"  on its half: right {right:+d}, wrong -{removed}; on {', '.join(checked_on)}: right {check[0]:+d}, "
            f"wrong -{check[1]}"
        )
    kept = (SWITCH_COVERAGE, SWITCH_MARGIN, RIVALS_SEEN)
    for half in halves:
        found = effect([r for r in rows if r["bank"] in half], kept)
        print(f"kept rule {kept} on {', '.join(half)}: right {found[0]:+d}, wrong -{found[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
