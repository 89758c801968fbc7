#!/usr/bin/env python3
"""Recount linter.prefilter._RANKED: the characters of the development corpus's matching view, commonest first.

    python scripts/rank_chars.py           # how far the table in linter/prefilter.py is from a recount
    python scripts/rank_chars.py --write   # rewrite the table from the recount

The prefilter keys each built-in pattern on the required string whose rarest character is rarest in the corpus,
and never starts a scan on one of the commonest (``_COMMON``). Only speed depends on the table — which string a
pattern is keyed on — never what is found; so recount it after the corpus has grown a good deal, then measure the
start-up (callgrind, docs/development.md) before keeping the new table: a key that moves onto a string seed-like
reports hold makes a pattern live on every check.

The corpus: every ``tests/corpus*/**/*.txt`` (the documents, not their truth files), decoded and normalized as the
linter reads them (:func:`linter.normalize.normalize`: simplified, width-folded, so ， counts as ,). Kept: the characters
that each make up more than :data:`SHARE` of it.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from linter import sources  # noqa: E402
from linter.normalize import normalize  # noqa: E402

SHARE = 0.0001  # 0.01 %
TARGET = os.path.join(ROOT, "linter", "prefilter.py")
WIDTH = 60  # characters per line of the table
_TABLE = re.compile(r"^_RANKED = \(\n(?:    '[^\n]*'\n)*    '[^\n]*'\)\n", re.M)


def count() -> list[str]:
    counts: Counter = Counter()
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "corpus*", "**", "*.txt"), recursive=True)):
        counts.update(normalize(sources.load(path).text))  # (as the linter reads it: GBK, UTF-16 …)
    total = sum(counts.values())
    # (ties broken by the character, so a recount of the same corpus writes the same table)
    return [c for c, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])) if n / total > SHARE]


def table(ranked: list[str]) -> str:
    text = "".join(ranked)
    lines = []
    for i in range(0, len(text), WIDTH):
        chunk = text[i:i + WIDTH].replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
        lines.append(f"    '{chunk}'\n")
    return "_RANKED = (\n" + "".join(lines)[:-1] + ")\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the table in linter/prefilter.py")
    args = parser.parse_args()
    ranked = count()
    from linter.prefilter import _COMMON, _RANKED

    common = set(ranked[:len(_COMMON)])
    print(f"recount: {len(ranked)} characters (table: {len(_RANKED)}); "
          f"{len(set(ranked) ^ set(_RANKED))} in one and not the other; "
          f"{len(common ^ _COMMON)} of the commonest {len(_COMMON)} differ; "
          f"{sum(1 for i, c in enumerate(ranked) if i >= len(_RANKED) or _RANKED[i] != c)} places differ")
    if args.write:
        with open(TARGET, encoding="utf-8") as file:
            source = file.read()
        if len(_TABLE.findall(source)) != 1:
            print(f"{TARGET}: _RANKED table not found in the expected shape", file=sys.stderr)
            return 2
        with open(TARGET, "w", encoding="utf-8") as file:
            file.write(_TABLE.sub(lambda _: table(ranked), source))
        print(f"written: {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
