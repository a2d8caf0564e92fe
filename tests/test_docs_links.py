"""The README and the docs/ files point at each other by file and section: every such link must lead somewhere.

The README was split by reader into docs/ files; a section renamed or moved later would otherwise leave a link
that opens the right file at the wrong place, or no file at all, and nobody would notice.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^(```|~~~).*?^\1\s*$", re.M | re.S)


def _prose(path: Path) -> str:
    """The page without its fenced code blocks (a `# comment` there is no heading, a `[x](y)` no link)."""
    return FENCE.sub("", path.read_text(encoding="utf-8"))


def _anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, each space a hyphen."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    anchors = set()
    for heading in re.findall(r"^#{1,6} (.+)$", _prose(path), re.M):
        base = _anchor(heading)
        count = seen.get(base, 0)
        seen[base] = count + 1
        anchors.add(base if count == 0 else f"{base}-{count}")
    return anchors


def _links() -> list[tuple[str, str]]:
    return [
        (str(page.relative_to(ROOT)), target)
        for page in PAGES
        for target in LINK.findall(_prose(page))
        if not re.match(r"[a-z]+:", target)
    ]


def test_the_anchor_rule_matches_githubs_for_the_kinds_of_heading_the_docs_use():
    assert _anchor("A clinic's own red flags") == "a-clinics-own-red-flags"
    assert _anchor("Round 15 (urgent): a red flag") == "round-15-urgent-a-red-flag"
    assert _anchor("The tuned set: `tests/data/eval.yaml`") == "the-tuned-set-testsdataevalyaml"


def test_the_pages_do_link_to_each_other():
    assert len(_links()) > 50


@pytest.mark.parametrize(("page", "target"), _links())
def test_each_link_leads_to_an_existing_file_and_section(page, target):
    path, _, anchor = target.partition("#")
    file = (ROOT / page).parent / path if path else ROOT / page
    assert file.exists(), f"{page}: {target} names no file"
    if anchor:
        assert file.suffix == ".md", f"{page}: {target} has an anchor into a file that is not a page"
        assert anchor in _anchors(file), f"{page}: {target}: {file.name} has no section with that anchor"


def test_the_readme_points_each_reader_to_every_docs_page():
    readme = ROOT / "README.md"
    linked = {(ROOT / target.partition("#")[0]).resolve() for _, target in _links() if _ == "README.md"}
    for page in PAGES[1:]:
        assert page.resolve() in linked, f"README.md does not link to docs/{page.name}"
    assert readme.read_text(encoding="utf-8").count("\n") < 400, "the README is the front door; detail goes to docs/"
