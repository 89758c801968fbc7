#!/usr/bin/env python3
"""Deletion experiment: is a part reported present once it is cut out?

For every document of a corpus (tests/corpus/ and tests/corpus-holdout/ by default) and every
checklist element its truth file places at lines [a, b], the lines a..b are removed and the
rest is checked with the truth's genre rulebook (in-process: reader, outline, checklist). The
element must then be missing: a part still reported present is recognized somewhere it is
not (a sentence of another part, a sub-item of the plan …) — a false present the corpus
figures cannot show, since every corpus document has most of its parts.

Elements that fall back to the report's first part by design (``first-part``: the work done
of a 述职报告 or a summary) are not cut. Documents read from .docx are skipped.

    python scripts/deletion.py                  # both corpora: cases, false present, list
    python scripts/deletion.py --corpus tests/corpus
    python scripts/deletion.py --json
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "tests" / "corpus", ROOT / "tests" / "corpus-holdout"]


def _evaluate_module():
    spec = importlib.util.spec_from_file_location("evaluate", ROOT / "scripts" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(corpora: list[Path]) -> dict:
    from linter import rulebook as rulebooks
    from linter import sources
    from linter.checks import element
    from linter.engine import build_document

    evaluate = _evaluate_module()
    books = {}
    cases, false_present = 0, []
    for corpus in corpora:
        for case in evaluate.load_cases(corpus=corpus):
            if case.doc.suffix == ".docx":
                continue
            book = books.get(case.genre) or books.setdefault(case.genre, rulebooks.load(case.genre))
            lines = evaluate.read_text(case.doc).split("\n")
            by_id = {e.id: e for e in book.elements}
            for element_id, truth in (case.truth.get("elements") or {}).items():
                if not truth or element_id not in by_id or by_id[element_id].options["first-part"]:
                    continue
                a, b = truth["lines"]
                kept = lines[:a - 1] + lines[b:]
                source = sources.load_bytes("\n".join(kept).encode("utf-8"), str(case.doc))
                doc = build_document(source)
                statuses = element.evaluate(book.elements, doc, book.segmenter)
                status, found = statuses[element_id]
                cases += 1
                if status != element.MISSING:
                    line = doc.source.position(found.start)[0]
                    text = doc.text.split("\n")[line - 1].strip()
                    false_present.append({"document": f"{corpus.name}/{case.name}", "element": element_id,
                                          "cut": [a, b], "line": line, "text": text[:40]})
    return {"cases": cases, "false_present": false_present}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", type=Path, help="a corpus folder (repeatable)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.corpus or CORPORA)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    for f in result["false_present"]:
        print(f"  {f['document']} {f['element']}: cut lines {f['cut'][0]}-{f['cut'][1]}, "
              f"still found at line {f['line']} “{f['text']}”")
    print(f"{result['cases']} parts cut, {len(result['false_present'])} still reported present")
    return 0


if __name__ == "__main__":
    sys.exit(main())
