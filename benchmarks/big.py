"""Benchmark big banks: generated near-duplicate banks of 10,000, 20,000 and 50,000 entries, and MedQuAD.

    python benchmarks/big.py                      # the generated banks
    python benchmarks/big.py --medquad DIR        # and a bank made from a MedQuAD checkout
    python benchmarks/big.py --json FILE          # the figures as JSON too
    python benchmarks/big.py --sizes 10000        # fewer sizes

For each bank: the first start (YAML parsed, bank checked and indexed, compiled
copy written) and a later start (from the compiled copy), each as a whole
process with its peak memory; `chatbot ask` as a whole process; time per
question in-process (the entries' own questions, an alternate, and the own
question with one typo); `chatbot check` as a whole process; and the share of
entries answered by their own question, by it with one typo, and answered
wrongly. A typo is one edit (a letter dropped, doubled, swapped with the next or
replaced by a neighbour on the keyboard) in one word of five letters or more,
never its first letter. Compiled copies go to a scratch cache folder.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_bank import write_bank  # noqa: E402

from chatbot import Bot  # noqa: E402

SIZES = (10_000, 20_000, 50_000)
KEYBOARD = "qwertyuiop asdfghjkl zxcvbnm"


def typo(text: str, rng: random.Random) -> str:
    """The text with one typing slip in one of its longer words (never the first letter)."""
    words = text.split()
    candidates = [i for i, word in enumerate(words) if sum(c.isalpha() for c in word) >= 5]
    if not candidates:
        return text
    index = rng.choice(candidates)
    word = words[index]
    letters = [i for i, c in enumerate(word) if c.isalpha() and i > 0]
    at = rng.choice(letters)
    kind = rng.choice(("drop", "double", "swap", "neighbour"))
    if kind == "drop":
        word = word[:at] + word[at + 1 :]
    elif kind == "double":
        word = word[:at] + word[at] + word[at:]
    elif kind == "swap" and at + 1 < len(word) and word[at + 1].isalpha() and word[at + 1] != word[at]:
        word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    else:
        row = next((row for row in KEYBOARD.split() if word[at].lower() in row), None)
        if row is None:
            return typo(text, rng)
        position = row.index(word[at].lower())
        left = position and (position + 1 == len(row) or rng.random() < 0.5)
        neighbour = row[position - 1] if left else row[position + 1]
        word = word[:at] + neighbour + word[at + 1 :]
    words[index] = word
    return " ".join(words)


def _ms(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "median_ms": statistics.median(values) * 1000,
        "p99_ms": ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))] * 1000,
    }


def _process(code: str, *args: str, env: dict) -> dict:
    """Run Python code in a fresh process; it prints JSON. Adds the wall time and the peak memory."""
    wrapper = (
        "import json, resource, sys, time\n"
        f"{PEAK}\n"
        "started = time.perf_counter()\n"
        f"{code}\n"
        "result['seconds'] = time.perf_counter() - started\n"
        "result['peak_mib'] = peak_mib()\n"
        "print(json.dumps(result))\n"
    )
    output = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True, env=env, check=True)
    return json.loads(output.stdout.decode().strip().splitlines()[-1])


# The process's own peak memory: VmHWM is reset when a process starts a new program, while ru_maxrss
# on Linux keeps the peak of the parent it was forked from (this script, holding the last bank).
PEAK = """
def peak_mib():
    try:
        with open('/proc/self/status') as status:
            for line in status:
                if line.startswith('VmHWM:'):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

LOAD = "from chatbot import Bot\nbot = Bot.load(sys.argv[1])\nresult = {'entries': len(bot.bank.entries)}"


def _wall(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, env=env, check=False)
    return time.perf_counter() - started


def measure(folder: Path, sample: int, seed: int = 1) -> dict:
    """Every figure for the bank in `folder`."""
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache}
        first = _process(LOAD, str(folder), env=env)
        later = [_process(LOAD, str(folder), env=env) for _ in range(3)]
        one_question = [sys.executable, "-m", "chatbot", "--faq", str(folder), "ask", "what is it"]
        ask = [_wall(one_question, env) for _ in range(5)]
        check = _wall([sys.executable, "-m", "chatbot", "check", str(folder)], env)
        os.environ["XDG_CACHE_HOME"] = cache
        bot = Bot.load(folder)
    rng = random.Random(seed)
    entries = list(bot.bank.entries)
    if 0 < sample < len(entries):
        entries = rng.sample(entries, sample)
    times: dict[str, list[float]] = {"own": [], "alternate": [], "typo": []}
    right = {"own": 0, "typo": 0}
    wrong = {"own": 0, "typo": 0}
    for entry in entries:
        for kind, text in (
            ("own", entry.question),
            ("alternate", rng.choice(entry.alternates)),
            ("typo", typo(entry.question, rng)),
        ):
            started = time.perf_counter()
            reply = bot.ask(text)
            times[kind].append(time.perf_counter() - started)
            if kind in right:
                right[kind] += reply.id == entry.id
                wrong[kind] += reply.kind == "answer" and reply.id != entry.id
    count = len(entries)
    return {
        "entries": first["entries"],
        "first_start_s": first["seconds"],
        "first_start_peak_mib": first["peak_mib"],
        "start_s": statistics.median(run["seconds"] for run in later),
        "start_peak_mib": max(run["peak_mib"] for run in later),
        "ask_process_s": statistics.median(ask),
        "check_s": check,
        "question": {kind: _ms(values) for kind, values in times.items()},
        "all_questions": _ms([t for values in times.values() for t in values]),
        "measured_entries": count,
        "own_answered": right["own"] / count,
        "own_wrong": wrong["own"] / count,
        "typo_answered": right["typo"] / count,
        "typo_wrong": wrong["typo"] / count,
    }


def table(results: dict) -> str:
    rows = [
        f"machine: {results['machine']}",
        "",
        f"{'bank':<22}{'first start':>12}{'start':>8}{'peak MiB':>16}{'ask proc':>9}{'check':>8}"
        f"{'question median/p99':>21}{'own':>7}{'typo':>7}{'wrong':>7}",
    ]
    for name, figures in results["banks"].items():
        question = figures["all_questions"]
        wrong = max(figures["own_wrong"], figures["typo_wrong"])
        rows.append(
            f"{name:<22}{figures['first_start_s']:>11.1f}s{figures['start_s']:>7.2f}s"
            f"{figures['first_start_peak_mib']:>8.0f}/{figures['start_peak_mib']:<7.0f}"
            f"{figures['ask_process_s']:>8.2f}s{figures['check_s']:>7.1f}s"
            f"{question['median_ms']:>11.2f}/{question['p99_ms']:<8.1f}ms"
            f"{figures['own_answered']:>7.1%}{figures['typo_answered']:>7.1%}{wrong:>7.1%}"
        )
    generated = [
        (int(name.split()[0].replace(",", "")), figures)
        for name, figures in results["banks"].items()
        if "generated" in name
    ]
    if len(generated) > 1:
        (small, base), *rest = generated
        rows.append("")
        for size, figures in rest:
            rows.append(
                f"{small:,} -> {size:,} entries (x{size / small:.0f}): question median "
                f"x{figures['all_questions']['median_ms'] / base['all_questions']['median_ms']:.1f}, "
                f"check x{figures['check_s'] / base['check_s']:.1f}, start x{figures['start_s'] / base['start_s']:.1f}"
            )
    rows += [
        "",
        "first start: YAML parsed, checked, indexed, compiled copy written; start: from the compiled copy;",
        "peak MiB: first start / later start; ask proc: `chatbot --faq DIR ask` as a whole process;",
        "question: in-process, own questions, alternates and typos together; own/typo: share of entries",
        "answered by their own question / with one typo; wrong: the larger share answered with another entry.",
    ]
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES), help="generated bank sizes")
    parser.add_argument("--medquad", type=Path, help="a MedQuAD checkout: also measure a bank made from it")
    parser.add_argument("--sample", type=int, default=2_000, help="entries asked per generated bank (0: all)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON to FILE")
    args = parser.parse_args()
    import platform

    machine = f"{os.cpu_count()} CPUs, {platform.machine()}, Python {platform.python_version()}, {platform.system()}"
    results: dict = {"machine": machine, "banks": {}}
    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes:
            folder = Path(scratch) / f"generated-{size}"
            write_bank(size, folder)
            results["banks"][f"{size:,} generated"] = measure(folder, args.sample)
            print(f"{size:,} generated: done", file=sys.stderr)
        if args.medquad:
            from medquad_bank import build_entries
            from medquad_bank import write_bank as write_medquad

            entries = build_entries(args.medquad)
            for topic_words in (True, False):
                folder = Path(scratch) / f"medquad-{topic_words}"
                write_medquad([dict(entry) for entry in entries], folder, topic_words)
                name = "MedQuAD" + (" + topic words" if topic_words else " (HO topic words)")
                results["banks"][name] = measure(folder, 0)
                print(f"{name}: done", file=sys.stderr)
    print(table(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
