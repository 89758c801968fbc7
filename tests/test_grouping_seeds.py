"""One problem, one finding on the seed reports (issue 15).

``tests/seeds_positions_before.json`` lists every finding with a position
that ``zhidang check seeds/ --format json`` gave before grouping and
precedence (file, rule, start and end line and column). Now the output is
short, and no place is lost: every one of those places is an occurrence of a
finding of the same rule, or lies inside the span of a finding of a stronger
rule (the rulebook's ``precedence``), or inside a finding of the same rule
that now covers its whole line (``whole-line``).
"""

import json
from pathlib import Path

from click.testing import CliRunner

from linter.cli import cli
from linter.rulebook import load as load_rulebook

ROOT = Path(__file__).resolve().parent.parent
BEFORE = json.loads((ROOT / "tests" / "seeds_positions_before.json").read_text(encoding="utf-8"))


def run(*args):
    return CliRunner().invoke(cli, ["check", "--no-config", *args, str(ROOT / "seeds")])


def test_text_output_is_at_most_150_lines():
    result = run()
    lines = result.output.splitlines()
    assert 0 < len(lines) <= 150, len(lines)


def test_every_place_reported_before_is_still_reported():
    data = json.loads(run("--format", "json").output)
    precedence = load_rulebook("common").precedence
    places = set()
    spans = []  # (path, rule, (line, col), (end_line, end_col)) of every place
    for entry in data["files"]:
        path = Path(entry["path"]).name
        for f in entry["findings"]:
            for place in f.get("occurrences") or [f]:
                if place.get("line") is None:
                    continue
                places.add((path, f["rule"], place["line"], place["column"]))
                spans.append((path, f["rule"], (place["line"], place["column"]),
                              (place["end_line"], place["end_column"])))
    lost = []
    for path, rule, line, column, end_line, end_column in BEFORE:
        path = Path(path).name
        if (path, rule, line, column) in places:
            continue
        # widened to its line (``whole-line``), or dropped because a stronger rule's finding covers it
        covered = any(p == path and (r == rule or r in precedence and (
                          rule not in precedence or precedence.index(r) < precedence.index(rule)))
                      and start <= (line, column) and (end_line, end_column) <= end
                      for p, r, start, end in spans)
        if not covered:
            lost.append((path, rule, line, column))
    assert not lost, lost
