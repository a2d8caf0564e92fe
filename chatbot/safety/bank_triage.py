"""A clinic's own red flags: rules a bank adds to the general triage table, for that bank only.

A bank about another topic has emergencies the general table does not know (a hernia that is stuck and
hard, a kidney stone with a fever, bleeding after a tonsillectomy). Its `triage:` section may list `rules:`
in the general table's own format, with the public `sources:` each was written from. They are laid over
the general table as extra rows: every general rule, word group, context and time-frame reading stays as
it is (a bank rule can only add an escalation, never lower or remove a general one), and the replies are
the general wording with the bank's emergency number.

A broken rule never stops the bot: it is left out and reported (`chatbot check` lists it as a problem),
and the general table goes on working. A file-level fault (no sources, not a mapping) leaves out every rule
of the bank.
"""


import functools
import json
from typing import Any, NamedTuple

from chatbot.errors import BankError, BankProblem
from chatbot.safety.triage import (
    GENERAL_TRIAGE,
    Triage,
    general_document,
    general_triage,
    rules_from_document,
    with_subjects,
)

# The file a bank keeps its red flags in, by convention (any file may hold the `triage:` section): one that
# cannot be read or parsed is reported as a triage problem, and the bank loads on the general table.
OWN_TRIAGE_FILES = ("triage.yaml", "triage.yml")
# What a bank's `triage:` section may hold: the clinic's everyday symptoms (`expected`, see triage.yaml
# `bank_own_signs`), and its own red flags with their sources and the word groups they share.
SECTION_KEYS = ("expected", "rules", "sources", "word_groups", "checks")
# round 18: `checks:` the clinic's own sentences, each with the tier it must get (`q:` and `tier:`): `chatbot check`
# reads each with the bank's table and says which the general table already catches, which the bank's rules catch,
# and which get another tier (a warning), so a clinic writes its red flags against its own examples.
CHECK_TIERS = ("emergency", "urgent", "routine")
MAX_CHECKS = 500
# The keys of a bank rule: the general format less what would change the general replies (a routine rule's
# own safety line, the crisis wording) or lower a tier by the bank's own content (`if_bank_own`).
RULE_KEYS = (
    "name", "tier", "signs", "context", "unless", "current", "past", "hypothetical", "event", "if_mild",
    "if_resolved", "note",
)  # fmt: skip
# A bank rule escalates: routine rules (a mention with a safety line of the bank's own) are the general table's.
BANK_TIERS = ("emergency", "urgent")
SOURCE_KEYS = ("name", "url", "covers", "note")
# Limits that keep a bank's table as quick to read as the general one: a clinic's red flags are a few
# dozen rows, and the general table has about 90 rules with at most about 150 signs each.
MAX_RULES = 200
MAX_SIGNS = 300
MAX_GROUP_ITEMS = 500
# A sign of groups is tried at each group's nearest places and next nearest, 2^(groups-1) ways for each place
# of its first group: the general table's longest sign has 4 groups, and a bank's may have at most this many.
MAX_SIGN_GROUPS = 6
# All the phrases of a bank's signs, each word group counted in full where a sign names it: the limits above
# multiply (200 rules of 300 signs of 6 groups naming groups of 500 items is 180 million phrases, and such a
# file took minutes to load and seconds for each of its first messages). The general table has about 11,600.
MAX_SIGN_PHRASES = 20_000


class OwnRules(NamedTuple):
    """A bank's red-flag rules that passed every check, ready to lay over the general table."""

    file: str
    rules: tuple[dict, ...]
    sources: tuple[dict, ...]
    word_groups: dict[str, list]


def _line(value: Any) -> int | None:
    return getattr(value, "line", None)


def _plain(value: Any) -> Any:
    """A parsed YAML value as plain lists and dicts (the loader's mappings carry their lines)."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, str) and item.strip() for item in value)


def read_own_rules(section: tuple[str, Any] | None) -> tuple[OwnRules | None, list[BankProblem], list[BankProblem]]:
    """The bank's own red-flag rules from its `triage:` section, with the problems that left rules out and the
    warnings (a source that covers no rule). None when the section has no `rules:` or none is usable."""
    problems: list[BankProblem] = []
    notes: list[BankProblem] = []
    if section is None or not isinstance(section[1], dict):
        return None, problems, notes
    file, value = section
    unknown = sorted(str(key) for key in value if key not in SECTION_KEYS)
    if unknown:
        message = f"triage has unknown keys {', '.join(unknown)} (known: {', '.join(SECTION_KEYS)})"
        problems.append(BankProblem(file, _line(value), None, message))
    if "rules" not in value:
        return None, problems, notes
    rules_raw, sources_raw = value.get("rules"), value.get("sources")
    if not isinstance(rules_raw, list) or not rules_raw:
        problems.append(BankProblem(file, _line(value), None, "triage 'rules' must be a list of red-flag rules"))
        return None, problems, notes
    if len(rules_raw) > MAX_RULES:
        message = f"triage has {len(rules_raw)} rules; a bank may add at most {MAX_RULES}"
        problems.append(BankProblem(file, _line(value), None, message))
        return None, problems, notes
    sources = _sources(file, value, sources_raw, problems)
    if sources is None:
        return None, problems, notes
    general = general_document()
    groups, group_names = _word_groups(file, value, general, problems)
    general_names = {str(rule.get("name")) for rule in general.get("rules") or [] if isinstance(rule, dict)}
    contexts = set(general.get("contexts") or {})
    covered = {str(name) for source in sources for name in source.get("covers") or []}
    kept: list[dict] = []
    seen: set[str] = set()
    for raw in rules_raw:
        rule = _checked_rule(file, raw, general_names, seen, contexts, group_names, covered, problems)
        if rule is not None:
            kept.append(rule)
    phrases = _sign_phrases(kept, {**(general.get("word_groups") or {}), **groups})
    if phrases > MAX_SIGN_PHRASES:
        message = (
            f"triage signs hold {phrases:,} phrases (each word group counted where a sign names it); "
            f"a bank may add at most {MAX_SIGN_PHRASES:,}"
        )
        problems.append(BankProblem(file, _line(value), None, message))
        return None, problems, notes
    names = {rule["name"] for rule in kept} | seen
    for source in sources:
        stray = [str(name) for name in source.get("covers") or [] if str(name) not in names]
        if stray:
            message = f"source {source['name']!r} covers no rule of this bank named {', '.join(map(repr, stray))}"
            notes.append(BankProblem(file, _line(source), None, message))
    # The rows as the triage code reads them: a rule with a phrase it cannot read is left out, reported, and
    # the rest are read again (each round leaves out at least one rule, so this ends).
    while kept:
        own = OwnRules(file, tuple(_plain(rule) for rule in kept), tuple(_plain(s) for s in sources), groups)
        try:
            rules_from_document(_merged_document(frozenset({"condition"}), _key(own)), file)
        except BankError as error:
            found = [p._replace(file=file, line=_rule_line(rules_raw, p.entry_id)) for p in error.problems]
            problems.extend(found)
            bad = {rule["name"] for rule in kept if any(_names(rule["name"], p.entry_id) for p in found)}
            if not bad:  # a fault of no one rule (a word group): none of the bank's rules can be used
                return None, problems, notes
            kept = [rule for rule in kept if rule["name"] not in bad]
            continue
        except (TypeError, ValueError, AttributeError, KeyError) as error:  # a shape no check foresaw: no crash
            problems.append(BankProblem(file, _line(value), None, f"triage rules cannot be read: {error}"))
            return None, problems, notes
        return own, problems, notes
    return None, problems, notes


def read_checks(section: tuple[str, Any] | None) -> tuple[tuple[tuple[str, str], ...], list[BankProblem]]:
    """The bank's `triage: checks:` list as (sentence, tier) pairs, with the problems of the items left out."""
    problems: list[BankProblem] = []
    if section is None or not isinstance(section[1], dict) or "checks" not in section[1]:
        return (), problems
    file, value = section
    raw = value["checks"]
    if not isinstance(raw, list) or not raw or len(raw) > MAX_CHECKS:
        tiers = "/".join(CHECK_TIERS)
        message = f"triage 'checks' must be a list of at most {MAX_CHECKS} items {{q: a sentence, tier: {tiers}}}"
        problems.append(BankProblem(file, _line(value), None, message))
        return (), problems
    checks = []
    for item in raw:
        text = item.get("q") if isinstance(item, dict) else None
        tier = item.get("tier") if isinstance(item, dict) else None
        if not isinstance(text, str) or not text.strip() or tier not in CHECK_TIERS or set(item) - {"q", "tier"}:
            message = f"each triage check needs only 'q' (a sentence) and 'tier' ({', '.join(CHECK_TIERS)}): {item!r}"
            problems.append(BankProblem(file, _line(item) or _line(value), None, message[:200]))
            continue
        checks.append((" ".join(text.split()), tier))
    return tuple(checks), problems


def check_report(triage: Triage, own: OwnRules | None, checks, file: str = "triage.yaml") -> list[str]:
    """`chatbot check`'s lines for a bank's `triage: checks:`: a summary (how many get their tier, by the general
    table's rules or the bank's own), then a warning for each that gets another tier."""
    if not checks:
        return []
    names = own_rule_names(own)
    right = by_own = 0
    misses = []
    for text, tier in checks:
        assessment = triage.assess(text)
        if assessment.tier == tier:
            right += 1
            by_own += tier != "routine" and assessment.rule in names
        else:
            rule = f" (rule {assessment.rule})" if assessment.rule else ""
            misses.append(f"{file}: triage check {text!r} is read as {assessment.tier}{rule}, not {tier}")
    escalated = sum(1 for _, tier in checks if tier != "routine")
    summary = (
        f"triage checks: {right} of {len(checks)} get their tier; of the {escalated} red flags, "
        f"{by_own} caught by this bank's own rules, the rest by the general table's or missed"
    )
    return [summary, *misses]


def _names(name: str, where: str | None) -> bool:
    """A problem's place names this rule ("my-rule", or "my-rule signs")."""
    return bool(where) and (where == name or where.startswith(name + " "))


def _sources(file: str, value: dict, raw: Any, problems: list[BankProblem]) -> list[dict] | None:
    """`sources:` the public pages the rules were written from, each with a name and the rules it covers."""
    if not isinstance(raw, list) or not raw:
        message = "triage 'rules' need 'sources': the public pages each rule was written from (name, url, covers)"
        problems.append(BankProblem(file, _line(value), None, message))
        return None
    sources = []
    for source in raw:
        if not isinstance(source, dict) or not isinstance(source.get("name"), str) or not source["name"].strip():
            problems.append(BankProblem(file, _line(source) or _line(value), None, "each triage source needs a name"))
            continue
        unknown = sorted(str(key) for key in source if key not in SOURCE_KEYS)
        if unknown:
            known = ", ".join(SOURCE_KEYS)
            message = f"triage source {source['name']!r} has unknown keys {', '.join(unknown)} (known: {known})"
            problems.append(BankProblem(file, _line(source), None, message))
        if not _is_text_list(source.get("covers")):
            message = f"triage source {source['name']!r} needs 'covers': the names of the rules written from it"
            problems.append(BankProblem(file, _line(source), None, message))
            continue
        sources.append(source)
    return sources if sources else None


def _word_groups(file: str, value: dict, general: dict, problems: list[BankProblem]) -> tuple[dict, set[str]]:
    """The bank's own word groups (new names only: a general group is shared by the general rules) and every
    group name a bank rule may use."""
    general_groups = set(general.get("word_groups") or {})
    raw = value.get("word_groups")
    groups: dict[str, list] = {}
    if raw is None:
        return groups, general_groups
    if not isinstance(raw, dict):
        message = "triage 'word_groups' must map a name to a list of words"
        problems.append(BankProblem(file, _line(value), None, message))
        return groups, general_groups
    for name, items in raw.items():
        if name in general_groups:
            message = f"word group {name!r} is the general table's: name the bank's own group differently"
            problems.append(BankProblem(file, _line(raw), None, message))
        elif not isinstance(items, list) or not items or len(items) > MAX_GROUP_ITEMS:
            message = f"word group {name!r} must be a list of at most {MAX_GROUP_ITEMS} words or phrases"
            problems.append(BankProblem(file, _line(raw), None, message))
        else:
            groups[str(name)] = _plain(items)
    return groups, general_groups | set(groups)


def _group_names(value: Any) -> set[str]:
    """The word groups ("@name") a sign or list names."""
    if isinstance(value, str):
        return {value[1:]} if value.startswith("@") else set()
    if isinstance(value, list):
        return set().union(*(_group_names(item) for item in value)) if value else set()
    return set()


def _checked_rule(
    file: str,
    raw: Any,
    general_names: set[str],
    seen: set[str],
    contexts: set[str],
    groups: set[str],
    covered: set[str],
    problems: list[BankProblem],
) -> dict | None:
    """One bank rule if it is whole and adds only an escalation; else None, with why."""
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"].strip():
        problems.append(BankProblem(file, _line(raw), None, "each triage rule needs a name"))
        return None
    name, line = raw["name"], _line(raw)
    found: list[str] = []
    if name in general_names:
        found.append("the general table has a rule of this name: a bank adds rules, it never replaces one")
    if name in seen:
        found.append("two rules of this bank have this name")
    seen.add(name)
    unknown = sorted(str(key) for key in raw if key not in RULE_KEYS)
    if unknown:
        found.append(f"unknown keys {', '.join(unknown)} (known: {', '.join(RULE_KEYS)})")
    if raw.get("tier") not in BANK_TIERS:
        found.append(f"tier must be emergency or urgent, not {raw.get('tier')!r}")
    signs = raw.get("signs")
    if not isinstance(signs, list) or not signs:
        found.append("a rule needs signs: a list of phrases, or of groups [[...], [...]]")
    elif len(signs) > MAX_SIGNS:
        found.append(f"at most {MAX_SIGNS} signs a rule")
    elif any(isinstance(sign, list) and len(sign) > MAX_SIGN_GROUPS for sign in signs):
        found.append(f"a sign may have at most {MAX_SIGN_GROUPS} groups [[...], [...]]")
    context = raw.get("context")
    if context is not None and (not _is_text_list(context) or not set(context) <= contexts):
        found.append(f"context must list general contexts (known: {', '.join(sorted(contexts))})")
    for key in ("unless", "current", "past", "hypothetical"):
        if key in raw and not isinstance(raw[key], list):
            found.append(f"{key!r} must be a list of words or phrases")
    unknown_groups = sorted(_group_names([signs, raw.get("unless")]) - groups)
    if unknown_groups:
        found.append(f"unknown word group {', '.join('@' + g for g in unknown_groups)}")
    if name not in covered:
        found.append("no source covers this rule: name it in the 'covers' of the page it was written from")
    for message in found:
        problems.append(BankProblem(file, line, name, message))
    return None if found else raw


def _sign_phrases(rules: list[dict], groups: dict[str, Any]) -> int:
    """How many phrases the rules' signs hold, a word group ("@name") counted as all of its items."""

    def size(item: Any) -> int:
        if isinstance(item, str) and item.startswith("@"):
            found = groups.get(item[1:])
            return len(found) if isinstance(found, list) else 1
        if isinstance(item, list):
            return sum(map(size, item))
        return 1

    return sum(size(rule.get("signs")) for rule in rules)


def _rule_line(rules_raw: list, where: str | None) -> int | None:
    """The line of the rule a problem names ("my-rule" or "my-rule signs")."""
    for raw in rules_raw:
        name = raw.get("name") if isinstance(raw, dict) else None
        if isinstance(name, str) and _names(name, where):
            return _line(raw)
    return None


def _key(own: OwnRules) -> str:
    """The bank's rules as one text, to cache the table built from them."""
    return json.dumps([own.rules, own.sources, own.word_groups], sort_keys=True, ensure_ascii=False)


def _merged_document(subjects: frozenset[str], key: str) -> dict:
    """The general table's document with a bank's own rules added (`key`, see `_key`), for a condition of
    these names. The bank's word groups come after the general ones (its rules may use both), its rules after
    the general rules and its sources after theirs; nothing general is changed."""
    rules, sources, groups = json.loads(key)
    document = dict(general_document())  # a shallow copy: the cached general document is never changed
    document["word_groups"] = {**document.get("word_groups", {}), **groups}
    document["rules"] = [*document.get("rules", []), *rules]
    document["sources"] = [*document.get("sources", []), *sources]
    return with_subjects(document, tuple(sorted(subjects)))


@functools.lru_cache(maxsize=16)
def merged_triage(subjects: frozenset[str], key: str) -> Triage:
    """The general table with a bank's own rules added, built once per process, rules and names."""
    return Triage(rules_from_document(_merged_document(subjects, key), GENERAL_TRIAGE))


def triage_for(subjects: frozenset[str], own: OwnRules | None) -> Triage:
    """The table a bank uses: the general one, with the bank's own rules when it has any."""
    if own is None:
        return general_triage(subjects)
    return merged_triage(subjects, _key(own))


def own_rule_names(own: OwnRules | None) -> frozenset[str]:
    return frozenset(rule["name"] for rule in own.rules) if own else frozenset()


def false_alarms(triage: Triage, own: OwnRules | None, questions) -> list[str]:
    """Warnings for bank rules that escalate the bank's own questions and alternates (`questions`: pairs of
    entry id and text): a patient asking them would get the emergency or urgent reply instead of the answer."""
    names = own_rule_names(own)
    if not names:
        return []
    fired: dict[str, list[tuple[str, str]]] = {}
    total = 0
    for entry_id, text in questions:
        total += 1
        assessment = triage.assess(text)
        if assessment.tier != "routine" and assessment.rule in names:
            fired.setdefault(assessment.rule, []).append((entry_id, text))
    warnings = []
    for rule, hits in sorted(fired.items()):
        share = "all" if len(hits) == total else str(len(hits))
        examples = "; ".join(f"[{entry_id}] {text!r}" for entry_id, text in hits[:3])
        warnings.append(
            f"{own.file} [{rule}]: false alarm: this red flag fires on {share} of the bank's {total} own questions "
            f"and alternates (e.g. {examples}); make its signs narrower (a context, a stronger word, a time frame)"
        )
    return warnings
