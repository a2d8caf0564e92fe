"""Messages that tell a story and ask a question, answered right or wrong: which words chose the entry
(docs/how-it-decides.md, round 21, clinicstory23).

    python tools/story_question_calibration.py record rows.jsonl            # clinic tuning banks, and HO parts 2-15
    python tools/story_question_calibration.py record rows.jsonl --banks bunion
    python tools/story_question_calibration.py table rows.jsonl --half A-M  # the calibration table of one half
    python tools/story_question_calibration.py rows rows.jsonl --half N-Z --label wrong

A row: the bank, the message, the question part the engine read (the last), the kind of question it asks (how long,
when, can I ...), the kind of the answered entry's own question (its title) and of any of its phrasings, the entry's
words that come from the question and those that come only from the story (split into the story's subjects and its
other words), the entry the question alone reaches (bare, and with the story's subjects), and the label (right, wrong,
off-topic). Only messages with a story and a question that got an answer are kept.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chatbot.bot import Bot  # noqa: E402
from chatbot.conversation import whole_message  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402
from chatbot.understanding.decision import DECIDING_COVERAGE, decide  # noqa: E402
from chatbot.understanding.question_kind import question_kind  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
import leader_features  # noqa: E402

DATA = ROOT / "tests" / "data"
ENTRY_KINDS = ("fallback", "clarify", "smalltalk", "emergency", "urgent")
# Just retired (round 20 and 21): piles joins the tuning banks; bunion is the check bank, measured first, read last.
EXTRA = ("piles", "bunion")


def banks() -> dict[str, tuple[Path, list[Path]]]:
    found = dict(leader_features.banks())
    for name in EXTRA:
        found[name] = (DATA / "heldout" / f"{name}-bank", [DATA / "heldout" / f"{name}-questions.yaml"])
    ho = [DATA / "heldout" / f"ho-questions-part{n}.yaml" for n in range(2, 16)]
    found["HO"] = (ROOT / "faq", [p for p in ho if p.is_file()])
    return dict(sorted(found.items()))


def half_of(name: str) -> str:
    if name == "HO":
        return "HO"
    if name == "bunion":
        return "check"
    return "A-M" if name[0] <= "m" else "N-Z"


def features(bot: Bot, message, reply) -> dict:
    analyzer, matcher = bot.analyzer, bot.matcher
    entry = bot.bank.by_id[reply.id]
    question = message.questions[-1]
    q = analyzer.analyze(question)
    story = analyzer.analyze(" ".join(message.story))
    vocab = matcher._vocab[matcher._index_of[entry.id]]
    topic = set(bot.default_subject) | analyzer.main_topic
    skip = analyzer.framing | analyzer.stopwords | topic

    def weighed(tokens) -> list:
        return sorted(((t, round(matcher.weight(t), 2)) for t in tokens), key=lambda p: -p[1])

    from_question = set(q.tokens) & vocab - skip
    told = set(story.tokens) - set(q.tokens) - skip
    from_story = told & vocab
    subjects = analyzer.subjects | matcher.subject_words(entry)
    story_subject = {t for t in from_story if t in analyzer.subjects}
    story_detail = from_story - story_subject
    alone = decide(matcher.rank(q.tokens, q.concepts, min_coverage=DECIDING_COVERAGE))
    story_subjects = tuple(t for t in dict.fromkeys(story.tokens) if t in analyzer.subjects and t not in q.tokens)
    with_subjects = decide(
        matcher.rank(
            tuple(dict.fromkeys((*q.tokens, *story_subjects))),
            (*q.concepts, *story_subjects),
            min_coverage=DECIDING_COVERAGE,
        )
    )
    with_topic = decide(
        matcher.rank(
            tuple(dict.fromkeys((*q.tokens, *bot.default_subject))),
            (*q.concepts, *bot.default_subject),
            min_coverage=DECIDING_COVERAGE,
        )
    )

    def lead(decision):
        return decision.candidates[0].entry.id if decision.kind == "answer" else decision.kind

    phrasings = (entry.question, *entry.alternates)
    return {
        "asked": question,
        "questions": len(message.questions),
        "kind": question_kind(question),
        "title_kind": question_kind(entry.question),
        "phrasing_kinds": sorted({question_kind(p) for p in phrasings}),
        "from_question": weighed(from_question),
        "story_subject": weighed(story_subject),
        "story_detail": weighed(story_detail),
        "subjects_of_entry": sorted(subjects & set(vocab)),
        "alone": lead(alone),
        "with_subjects": lead(with_subjects),
        "with_topic": lead(with_topic),
    }


def record(out: Path, names: list[str] | None) -> None:
    seen: dict = {}
    original = whole_message.split

    def spy(session, clean):
        message = original(session, clean)
        seen["message"] = message
        return message

    whole_message.split = spy
    with out.open("w", encoding="utf-8") as sink:
        for name, (folder, files) in banks().items():
            if names and name not in names:
                continue
            bot = Bot.load(folder)
            counts: Counter = Counter()
            for path in files:
                cases, conversations = load_cases(path)
                for turns in [[case] for case in cases] + conversations:
                    session = bot.session()
                    for case in turns:
                        if case.tier is not None:
                            continue
                        seen.clear()
                        reply = session.ask(case.question)
                        message = seen.get("message")
                        if reply.kind != "answer" or message is None or not (message.story and message.questions):
                            continue
                        in_scope = any(e not in ENTRY_KINDS for e in case.expect)
                        label = ("right" if reply.id in case.expect else "wrong") if in_scope else "offtopic"
                        counts[label] += 1
                        row = {
                            "bank": name,
                            "half": half_of(name),
                            "file": path.name,
                            "message": case.question,
                            "expect": list(case.expect),
                            "got": reply.id,
                            "via": reply.via,
                            "score": reply.score,
                            "label": label,
                            **features(bot, message, reply),
                        }
                        sink.write(json.dumps(row) + "\n")
            print(name, dict(counts), flush=True)
    whole_message.split = original


def load(path: Path, half: str | None, label: str | None = None) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if (half is None or r["half"] == half) and (label is None or r["label"] == label)]


def table(rows: list[dict]) -> None:
    """Right / wrong / off-topic by the readings that may tell them apart."""

    def count(name, key) -> None:
        groups: dict = {}
        for row in rows:
            groups.setdefault(key(row), Counter())[row["label"]] += 1
        print(f"\n{name}")
        for value, counter in sorted(groups.items(), key=lambda p: str(p[0])):
            right, wrong, off = counter["right"], counter["wrong"], counter["offtopic"]
            print(f"  {str(value):40} right {right:4}  wrong {wrong:4}  off {off:3}")

    count("all", lambda r: "all")
    count("via", lambda r: r["via"])
    count("question alone reaches the answered entry", lambda r: r["alone"] == r["got"])
    count("question + story subjects reach it", lambda r: r["with_subjects"] == r["got"])
    count("question kind", lambda r: r["kind"])
    count("title of the same kind", lambda r: r["kind"] == r["title_kind"])
    count("a phrasing of the same kind", lambda r: r["kind"] in r["phrasing_kinds"])
    count("entry words from the question", lambda r: min(len(r["from_question"]), 3))
    count("entry detail words only from the story", lambda r: min(len(r["story_detail"]), 3))
    count("the entry's own question's aspect told only by the story", lambda r: bool(r.get("title_told")))
    count("an aspect the question asks that the entry never says", lambda r: bool(r.get("asked_unsaid")))
    count(
        "the question's reading (with the story's subjects, else the topic) leads with the answered entry",
        lambda r: None if not r.get("q_lead") else r["q_lead"][0] == r["got"],
    )
    count("story aspects the entry says", lambda r: bool(r.get("story_aspects")))
    count(
        "story aspects; read without them: same / other entry / none",
        lambda r: (
            "-"
            if not r.get("story_aspects")
            else (
                "same"
                if r["without_aspects"] == r["got"]
                else (
                    "other:" + ("expected" if r["without_aspects"] in r["expect"] else "not expected")
                    if r["without_aspects"] not in ("fallback", "clarify")
                    else r["without_aspects"]
                )
            )
        ),
    )
    count(
        "story detail weighs more than the question's words",
        lambda r: sum(w for _, w in r["story_detail"]) > sum(w for _, w in r["from_question"]),
    )
    count(
        "kind asked (not 'other'), no phrasing of it, story detail chose",
        lambda r: (
            r["kind"] != "other"
            and r["kind"] not in r["phrasing_kinds"]
            and sum(w for _, w in r["story_detail"]) > sum(w for _, w in r["from_question"])
        ),
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("out", type=Path)
    rec.add_argument("--banks", nargs="*")
    en = sub.add_parser("enrich")
    en.add_argument("rows", type=Path)
    en.add_argument("out", type=Path)
    sp = sub.add_parser("split")
    sp.add_argument("rows", type=Path)
    sp.add_argument("--chosen-on", default="A-M")
    for name in ("table", "rows"):
        p = sub.add_parser(name)
        p.add_argument("rows", type=Path)
        p.add_argument("--half")
        p.add_argument("--label")
    args = parser.parse_args(argv)
    if args.command == "record":
        record(args.out, args.banks)
    elif args.command == "enrich":
        enrich(args.rows, args.out)
    elif args.command == "split":
        split(args.rows, args.chosen_on)
    elif args.command == "table":
        table(load(args.rows, args.half, args.label))
    else:
        for row in load(args.rows, args.half, args.label):
            print(json.dumps(row))
    return 0


def story_aspects(bot: Bot, message, entry) -> frozenset[str]:
    """What the story alone tells of what is asked (an aspect: timing, cause, danger), that the entry's questions say:
    the asked detail a story's word would choose."""
    analyzer, matcher = bot.analyzer, bot.matcher
    asked = {t for q in message.questions for t in analyzer.analyze(q).tokens}
    told = {t for part in message.story for t in analyzer.analyze(part).tokens} - asked
    vocab = matcher._vocab[matcher._index_of[entry.id]]
    return frozenset(t for t in told & vocab if analyzer.is_aspect(t))


def enrich(path: Path, out: Path) -> None:
    """Add to each row the story's aspects the entry says, and the whole message read without them."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    by_bank: dict = {}
    for row in rows:
        by_bank.setdefault(row["bank"], []).append(row)
    found = banks()
    with out.open("w", encoding="utf-8") as sink:
        for name, group in by_bank.items():
            bot = Bot.load(found[name][0])
            analyzer, matcher = bot.analyzer, bot.matcher
            for row in group:
                message = whole_message.split_once(bot, row["message"])
                entry = bot.bank.by_id[row["got"]]
                aspects = story_aspects(bot, message, entry)
                row["story_aspects"] = sorted(aspects)
                # The entry's own question's aspects (what it answers: causes, timing, danger): those the story
                # alone tells, and the question's own telling aspects the entry never says.
                title = set(analyzer.analyze(entry.question, fix_typos=False).tokens)
                asked = {t for part in message.questions for t in analyzer.analyze(part).tokens}
                told = {t for part in message.story for t in analyzer.analyze(part).tokens} - asked
                title_aspects = {t for t in title if analyzer.is_aspect(t)} - set(bot.default_subject)
                row["title_told"] = sorted(title_aspects & told) if not title_aspects & asked else []
                last = analyzer.analyze(message.questions[-1]).tokens
                own = {t for t in last if analyzer.is_telling_aspect(t)} - set(bot.default_subject)
                row["asked_unsaid"] = sorted(t for t in own if not matcher.says(entry, frozenset((t,))))
                whole = analyzer.analyze(row["message"])
                tokens = tuple(t for t in whole.tokens if t not in aspects)
                concepts = tuple(t for t in whole.concepts if t not in aspects)
                decision = decide(matcher.rank(tokens, concepts, min_coverage=DECIDING_COVERAGE))
                row["without_aspects"] = decision.candidates[0].entry.id if decision.kind == "answer" else decision.kind
                q = analyzer.analyze(message.questions[-1])
                story = analyzer.analyze(" ".join(message.story))
                subjects = tuple(t for t in dict.fromkeys(story.tokens) if t in analyzer.subjects and t not in q.tokens)
                extra = subjects or tuple(bot.default_subject)
                ranking = matcher.rank(tuple(dict.fromkeys((*q.tokens, *extra))), (*q.concepts, *extra), limit=30)
                scores = {c.entry.id: (round(c.score, 1), round(c.coverage, 2)) for c in ranking}
                row["q_lead"] = [ranking[0].entry.id, *scores[ranking[0].entry.id]] if ranking else None
                row["q_second"] = [ranking[1].entry.id, *scores[ranking[1].entry.id]] if len(ranking) > 1 else None
                row["got_in_q"] = scores.get(row["got"], (0.0, 0.0))
                alt = next(
                    (a for a in (row["with_subjects"], row["alone"], row["with_topic"]) if a in bot.bank.by_id), None
                )
                row["alt"] = alt
                if alt is not None:
                    other = bot.bank.by_id[alt]
                    row["alt_kinds"] = sorted({question_kind(p) for p in (other.question, *other.alternates)})
                    row["alt_title_kind"] = question_kind(other.question)
                sink.write(json.dumps(row) + "\n")


GENERAL_KINDS = frozenset(("other", "whether", "what"))


def _weight(pairs) -> float:
    return sum(w for _, w in pairs)


# The readings a rule may test, each true of a row or not (the question's kind and words; the story's words).
FEATURES = {
    "question alone leads elsewhere": lambda r: r["alone"] != r["got"],
    "question + story subjects lead elsewhere": lambda r: r["with_subjects"] != r["got"],
    "no entry word from the question": lambda r: not r["from_question"],
    "story detail in the entry": lambda r: bool(r["story_detail"]),
    "story detail weighs more": lambda r: _weight(r["story_detail"]) > _weight(r["from_question"]),
    "kind not in the entry's phrasings": lambda r: r["kind"] not in r["phrasing_kinds"],
    "kind specific": lambda r: r["kind"] not in GENERAL_KINDS,
    "title aspect told by the story": lambda r: bool(r.get("title_told")),
    "asked aspect the entry never says": lambda r: bool(r.get("asked_unsaid")),
    "read whole": lambda r: r["via"] in ("whole message", "direct"),
    "story reading": lambda r: r["via"] == "story",
    "other reading's entry of the asked kind": lambda r: (
        r.get("alt") not in (None, r["got"]) and r["kind"] in r.get("alt_kinds", [])
    ),
    "title of another kind": lambda r: r["title_kind"] != r["kind"],
    "no story subject": lambda r: not r["story_subject"],
}


def outcome(rows: list[dict], names: tuple[str, ...], action: str) -> tuple[int, int, int, int]:
    """What a rule (all of `names` true) does on rows: right answers lost, wrong ones made right, wrong or off-topic
    ones turned into a choice, wrong ones that stay wrong. `replace`: the other reading's entry answers (else a
    choice); `choice`: a choice."""
    lost = fixed = choice = still = 0
    for row in rows:
        if not all(FEATURES[name](row) for name in names):
            continue
        alt = row.get("alt")
        new = "choice"
        if action == "replace" and alt not in (None, row["got"]):
            new = "right" if alt in row["expect"] else "wrong"
        if row["label"] == "right":
            lost += new != "right"
        elif new == "right":
            fixed += 1
        elif new == "choice":
            choice += 1
        else:
            still += 1
    return lost, fixed, choice, still


def split(path: Path, chosen_on: str) -> None:
    """Every rule of up to three readings, chosen on one half (wrong + off-topic down, right not down), checked on
    the other half, HO parts 2-15 and the bunion bank."""
    rows = load(path, None)
    halves = {h: [r for r in rows if r["half"] == h] for h in ("A-M", "N-Z", "HO", "check")}
    other = "N-Z" if chosen_on == "A-M" else "A-M"
    found = []
    for size in (1, 2, 3):
        for names in itertools.combinations(FEATURES, size):
            for action in ("replace", "choice"):
                lost, fixed, choice, _ = outcome(halves[chosen_on], names, action)
                if fixed + choice and fixed >= lost:
                    found.append((fixed + choice - lost, names, action))
    found.sort(key=lambda f: -f[0])
    print(f"chosen on {chosen_on}: (right lost, wrong made right, wrong made a choice, wrong still wrong)")
    for _, names, action in found[:10]:
        print(" + ".join(names), f"[{action}]")
        for half in (chosen_on, other, "HO", "check"):
            print(f"    {half:5}", outcome(halves[half], names, action))
    if not found:
        print("  no rule: every one loses more right answers than it makes right")


if __name__ == "__main__":
    raise SystemExit(main())
