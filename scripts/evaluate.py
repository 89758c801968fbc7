#!/usr/bin/env python3
"""Score the checklist on the development corpus (tests/corpus/<genre>/<name>.<ext> + .truth.yaml).

For every document the installed package is run in-process through its stable JSON contract
(``zhidang check --format json --no-config --rulebook <truth genre>``, one call per genre),
and once more with ``--rulebook auto`` to score the genre choice. Internal APIs are not used.

Scores, per checklist element:
  recall         truth has the part (lines [a, b]) -> reported present/weak at a line in [a-1, b+1];
                 reported present at a line outside that range is a miss and is listed.
  false present  truth null -> reported present/weak.
  weak           truth has the part and it is found, but reported weak (the user is told it is too
                 thin); listed, since every one is a finding the writer sees.
plus auto-genre accuracy and, where truth files list them, the recall of placeholder / residue
strings among findings whose rule id contains ``placeholder`` / ``residue`` (a finding's span
overlaps an occurrence of the string), and the placeholder / residue findings on no truth string
(false findings on the clean parts).

    python scripts/evaluate.py                      # table, misses, summary
    python scripts/evaluate.py --genre speech       # one genre
    python scripts/evaluate.py --json               # machine-readable figures
    python scripts/evaluate.py --min-recall 95      # exit 1 if an element's recall is below 95 %
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"

# The checklist of each built-in genre (a contract, see docs and tests/corpus/README of the brief).
GENRE_ELEMENTS = {
    "qmcz-annual-report": ["political", "ideological", "organizational", "conduct", "discipline",
                           "united-front", "problems", "next-steps"],
    "party-building-report": ["achievements", "problems", "causes", "next-steps"],
    "work-summary": ["achievements", "problems", "next-steps"],
    "speech": ["salutation", "closing"],
}
DOC_SUFFIXES = (".txt", ".md", ".docx")
PRESENT = ("present", "weak")


# ---------------------------------------------------------------------------------------------
# corpus


def truth_files(corpus: Path = CORPUS):
    return sorted(corpus.glob("*/*.truth.yaml"))


def document_for(truth_path: Path) -> Path | None:
    stem = truth_path.name[: -len(".truth.yaml")]
    for suffix in DOC_SUFFIXES:
        candidate = truth_path.with_name(stem + suffix)
        if candidate.exists():
            return candidate
    return None


def load_truth(truth_path: Path) -> dict:
    import yaml

    with open(truth_path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def read_text(doc: Path) -> str:
    """The document's text as zhidang decodes it (UTF-8 mostly; a set may hold a GBK file on purpose)."""
    data = doc.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from linter import sources

        return sources.load(str(doc)).text


def read_lines(doc: Path) -> list[str]:
    """The document's lines as the truth files count them (1-based; '\\n' separated)."""
    text = read_text(doc)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.rstrip("\r") for line in lines]


class Case:
    def __init__(self, truth_path: Path):
        self.truth_path = truth_path
        self.truth = load_truth(truth_path)
        self.doc = document_for(truth_path)
        self.genre = self.truth.get("genre")
        self.name = f"{truth_path.parent.name}/{self.doc.name if self.doc else truth_path.name}"


def load_cases(genre: str | None = None, corpus: Path = CORPUS) -> list[Case]:
    cases = [Case(p) for p in truth_files(corpus)]
    cases = [c for c in cases if c.doc is not None]
    if genre:
        cases = [c for c in cases if c.genre == genre]
    return cases


# ---------------------------------------------------------------------------------------------
# running the checker (in-process, through the CLI's JSON contract)


def run_check(paths: list[Path], rulebook: str) -> dict[Path, dict]:
    """{resolved path: JSON file entry} for one ``zhidang check`` over ``paths``."""
    from click.testing import CliRunner

    from linter.cli import cli

    args = ["check", "--format", "json", "--no-config", "--rulebook", rulebook, "-j", "1",
            "--exit-zero", *map(str, paths)]
    result = CliRunner().invoke(cli, args, env={"ZHIDANG_RULEBOOK": None})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    try:
        data = json.loads(result.stdout)
    except ValueError:
        sys.exit(f"evaluate: zhidang check --rulebook {rulebook} gave no JSON "
                 f"(exit {result.exit_code}): {result.output[-500:]}")
    entries = {Path(f["path"]).resolve(): f for f in data.get("files", [])}
    for err in data.get("errors", []):
        entries[Path(err["path"]).resolve()] = {"error": err.get("message", "")}
    return entries


# ---------------------------------------------------------------------------------------------
# scoring


def _line_offsets(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def _span(finding: dict, starts: list[int]) -> tuple[int, int] | None:
    line, col = finding.get("line"), finding.get("column")
    if not line or not col or line > len(starts):
        return None
    start = starts[line - 1] + col - 1
    end_line, end_col = finding.get("end_line") or line, finding.get("end_column") or col
    end = starts[min(end_line, len(starts)) - 1] + end_col - 1 if end_line else start
    return start, max(end, start + 1)


def _occurrences(text: str, needle: str):
    i = text.find(needle)
    while i >= 0 and needle:
        yield i, i + len(needle)
        i = text.find(needle, i + 1)


def string_recall(case: Case, entry: dict, key: str) -> list[tuple[str, bool]]:
    """[(string, found)] for the truth's placeholders (key 'placeholder') or residue."""
    wanted = case.truth.get("placeholders" if key == "placeholder" else "residue") or []
    if not wanted or case.doc.suffix == ".docx":
        return []
    text = read_text(case.doc)
    starts = _line_offsets(text)
    spans = []
    for finding in entry.get("findings", []):
        if key not in finding.get("rule", ""):
            continue
        for place in finding.get("occurrences") or [finding]:
            span = _span(place, starts)
            if span:
                spans.append(span)
    out = []
    for needle in wanted:
        found = any(s < oe and os_ < e for os_, oe in _occurrences(text, needle) for s, e in spans)
        out.append((needle, found))
    return out


#: Residue rules about the layout, not strings (a repeated title, a table of contents, hard line
#: breaks): the truth files list strings only, so these are not counted as false findings.
STRUCTURAL = {"residue-title", "residue-contents", "residue-line-breaks"}


def string_false(case: Case, entry: dict, key: str) -> list[str]:
    """Excerpts of the findings of ``key`` rules (placeholder / residue) whose
    places overlap no occurrence of a truth string of that kind: findings on
    the clean parts of the document."""
    if case.doc.suffix == ".docx":
        return []
    wanted = case.truth.get("placeholders" if key == "placeholder" else "residue") or []
    text = read_text(case.doc)
    starts = _line_offsets(text)
    truth = [span for needle in wanted for span in _occurrences(text, needle)]
    out = []
    for finding in entry.get("findings", []):
        if key not in finding.get("rule", "") or finding.get("rule") in STRUCTURAL:
            continue
        for place in finding.get("occurrences") or [finding]:
            span = _span(place, starts)
            if span and not any(s < span[1] and span[0] < e for s, e in truth):
                out.append(place.get("excerpt") or finding.get("excerpt") or "")
    return out


def score(cases: list[Case], by_genre: dict[Path, dict], auto: dict[Path, dict]) -> dict:
    elements: dict[tuple[str, str], dict] = {}
    misses, false_present, weak, errors = [], [], [], []
    genres: dict[str, dict] = {}
    strings = {"placeholder": [0, 0], "residue": [0, 0]}
    string_misses = []
    string_false_found = []
    for case in cases:
        key = case.doc.resolve()
        g = genres.setdefault(case.genre, {"docs": 0, "auto_right": 0, "hits": 0, "n": 0,
                                           "false_present": 0, "negatives": 0})
        g["docs"] += 1
        chosen = auto.get(key, {}).get("rulebook")
        case.auto = chosen
        if chosen == case.genre:
            g["auto_right"] += 1
        entry = by_genre.get(key)
        if entry is None or "error" in entry:
            errors.append((case.name, (entry or {}).get("error", "no result")))
            entry = {"checklist": [], "findings": []}
        checklist = {item["id"]: item for item in entry.get("checklist", [])}
        for element in GENRE_ELEMENTS.get(case.genre, []):
            truth = (case.truth.get("elements") or {}).get(element)
            item = checklist.get(element, {"status": "missing", "line": None})
            status, line = item.get("status"), item.get("line")
            e = elements.setdefault((case.genre, element),
                                    {"n": 0, "hits": 0, "negatives": 0, "false_present": 0})
            if truth:
                a, b = truth["lines"]
                e["n"] += 1
                g["n"] += 1
                if status in PRESENT and line is not None and a - 1 <= line <= b + 1:
                    e["hits"] += 1
                    g["hits"] += 1
                    if status == "weak":
                        weak.append((case.name, element, f"{a}-{b}"))
                else:
                    got = status if status not in PRESENT else f"{status} at line {line}"
                    misses.append((case.name, element, f"{a}-{b}", got))
            else:
                e["negatives"] += 1
                g["negatives"] += 1
                if status in PRESENT:
                    e["false_present"] += 1
                    g["false_present"] += 1
                    false_present.append((case.name, element, f"{status} at line {line}"))
        for kind in strings:
            for needle, found in string_recall(case, entry, kind):
                strings[kind][1] += 1
                strings[kind][0] += found
                if not found:
                    string_misses.append((case.name, kind, needle))
            for excerpt in string_false(case, entry, kind):
                string_false_found.append((case.name, kind, excerpt))
    return {"elements": elements, "genres": genres, "misses": misses,
            "false_present": false_present, "weak": weak, "errors": errors, "strings": strings,
            "string_misses": string_misses, "string_false": string_false_found,
            "auto": [(c.name, c.genre, c.auto) for c in cases if c.auto != c.genre]}


def pct(hits: int, n: int) -> float | None:
    return round(100.0 * hits / n, 1) if n else None


def figures(result: dict, cases: list[Case], seconds: float) -> dict:
    elements = {}
    order = {(g, el): (g, i) for g, els in GENRE_ELEMENTS.items() for i, el in enumerate(els)}
    for (genre, element), e in sorted(result["elements"].items(), key=lambda kv: order[kv[0]]):
        elements.setdefault(genre, {})[element] = {
            "n": e["n"], "recall": pct(e["hits"], e["n"]), "negatives": e["negatives"],
            "false_present": e["false_present"]}
    genres = {genre: {"docs": g["docs"], "recall": pct(g["hits"], g["n"]),
                      "false_present": g["false_present"],
                      "auto_genre": pct(g["auto_right"], g["docs"])}
              for genre, g in sorted(result["genres"].items())}
    hits = sum(g["hits"] for g in result["genres"].values())
    n = sum(g["n"] for g in result["genres"].values())
    auto_right = sum(g["auto_right"] for g in result["genres"].values())
    return {
        "documents": len(cases),
        "elements": elements,
        "genres": genres,
        "overall": {"recall": pct(hits, n), "present_parts": n,
                    "false_present": sum(g["false_present"] for g in result["genres"].values()),
                    "weak": len(result["weak"]),
                    "auto_genre": pct(auto_right, len(cases)),
                    "placeholders": pct(*result["strings"]["placeholder"]),
                    "residue": pct(*result["strings"]["residue"]),
                    "false_strings": len(result["string_false"])},
        "misses": [{"file": f, "element": el, "expected": ex, "got": got}
                   for f, el, ex, got in result["misses"]],
        "false_present": [{"file": f, "element": el, "got": got}
                          for f, el, got in result["false_present"]],
        "weak": [{"file": f, "element": el, "expected": ex} for f, el, ex in result["weak"]],
        "auto_wrong": [{"file": f, "truth": t, "chosen": c} for f, t, c in result["auto"]],
        "string_misses": [{"file": f, "kind": k, "string": s} for f, k, s in result["string_misses"]],
        "string_false": [{"file": f, "kind": k, "excerpt": x} for f, k, x in result["string_false"]],
        "errors": [{"file": f, "message": m} for f, m in result["errors"]],
        "seconds": round(seconds, 1),
    }


def _fmt(value) -> str:
    return "  –  " if value is None else f"{value:5.1f}"


def print_report(fig: dict) -> None:
    out = sys.stdout.write
    out(f"{'genre':<22} {'element':<15} {'n':>3} {'recall%':>7} {'neg':>4} {'false+':>6}\n")
    for genre, elements in fig["elements"].items():
        for element, e in elements.items():
            out(f"{genre:<22} {element:<15} {e['n']:>3} {_fmt(e['recall']):>7} "
                f"{e['negatives']:>4} {e['false_present']:>6}\n")
    out("\nper genre:\n")
    out(f"{'genre':<22} {'docs':>4} {'recall%':>7} {'false+':>6} {'auto%':>6}\n")
    for genre, g in fig["genres"].items():
        out(f"{genre:<22} {g['docs']:>4} {_fmt(g['recall']):>7} {g['false_present']:>6} "
            f"{_fmt(g['auto_genre']):>6}\n")
    if fig["misses"]:
        out(f"\nmisses ({len(fig['misses'])}):\n")
        for m in fig["misses"]:
            out(f"  {m['file']:<52} {m['element']:<15} expected {m['expected']:<7} got {m['got']}\n")
    if fig["false_present"]:
        out(f"\nfalse present ({len(fig['false_present'])}):\n")
        for m in fig["false_present"]:
            out(f"  {m['file']:<52} {m['element']:<15} {m['got']}\n")
    if fig["weak"]:
        out(f"\nfound but reported weak ({len(fig['weak'])}):\n")
        for m in fig["weak"]:
            out(f"  {m['file']:<52} {m['element']:<15} lines {m['expected']}\n")
    if fig["auto_wrong"]:
        out(f"\nauto genre wrong ({len(fig['auto_wrong'])}):\n")
        for m in fig["auto_wrong"]:
            out(f"  {m['file']:<52} truth {m['truth']:<22} chosen {m['chosen']}\n")
    if fig["string_misses"]:
        out(f"\nplaceholder/residue strings not reported ({len(fig['string_misses'])}):\n")
        for m in fig["string_misses"]:
            out(f"  {m['file']:<52} {m['kind']:<12} {m['string'][:40]}\n")
    if fig["string_false"]:
        out(f"\nplaceholder/residue findings on no truth string ({len(fig['string_false'])}):\n")
        for m in fig["string_false"]:
            out(f"  {m['file']:<52} {m['kind']:<12} {m['excerpt'][:40]}\n")
    if fig["errors"]:
        out(f"\nerrors ({len(fig['errors'])}):\n")
        for m in fig["errors"]:
            out(f"  {m['file']:<52} {m['message']}\n")
    o = fig["overall"]
    worst = min(((e["recall"], f"{g}/{name}") for g, els in fig["elements"].items()
                 for name, e in els.items() if e["recall"] is not None), default=(None, "–"))
    out("\n")
    out(f"corpus: {fig['documents']} documents, {o['present_parts']} parts present in truth "
        f"({fig['seconds']} s)\n")
    out(f"element recall {_fmt(o['recall']).strip()}% (lowest {worst[1]} {_fmt(worst[0]).strip()}%), "
        f"false present {o['false_present']}, weak {o['weak']}\n")
    out(f"auto genre right {_fmt(o['auto_genre']).strip()}%; placeholders found "
        f"{_fmt(o['placeholders']).strip()}%, residue found {_fmt(o['residue']).strip()}%; "
        f"findings on no truth string {o['false_strings']}\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--genre", choices=sorted(GENRE_ELEMENTS), help="only this genre")
    parser.add_argument("--json", action="store_true", help="print machine-readable figures")
    parser.add_argument("--corpus", type=Path, default=CORPUS, metavar="DIR",
                        help="the corpus folder (default tests/corpus; the blind holdout set: tests/corpus-holdout)")
    parser.add_argument("--min-recall", type=float, metavar="X",
                        help="exit 1 when an element's recall is below X (percent; 0.95 = 95)")
    parser.add_argument("--max-false-present", type=int, metavar="N",
                        help="exit 1 when more than N parts are reported present but are absent")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    started = time.perf_counter()
    cases = load_cases(args.genre, args.corpus)
    if not cases:
        print(f"evaluate: no documents with truth files under {args.corpus}", file=sys.stderr)
        return 2
    by_genre: dict[Path, dict] = {}
    for genre in sorted({c.genre for c in cases}):
        by_genre.update(run_check([c.doc for c in cases if c.genre == genre], genre))
    auto = run_check([c.doc for c in cases], "auto")
    fig = figures(score(cases, by_genre, auto), cases, time.perf_counter() - started)

    if args.json:
        json.dump(fig, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_report(fig)

    failed = False
    if args.min_recall is not None:
        floor = args.min_recall * 100 if args.min_recall <= 1 else args.min_recall
        low = [f"{g}/{name} {e['recall']}%" for g, els in fig["elements"].items()
               for name, e in els.items() if e["recall"] is not None and e["recall"] < floor]
        if low:
            print(f"recall below {floor:g}%: {', '.join(low)}", file=sys.stderr)
            failed = True
    if args.max_false_present is not None and \
            fig["overall"]["false_present"] > args.max_false_present:
        print(f"false present {fig['overall']['false_present']} > {args.max_false_present}",
              file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
