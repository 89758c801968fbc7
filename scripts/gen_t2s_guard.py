#!/usr/bin/env python3
"""Generate linter/_t2s_guard.py from the installed OpenCC's ``t2s`` dictionaries.

    python scripts/gen_t2s_guard.py          # after upgrading opencc
    python scripts/gen_t2s_guard.py --check  # exit 1 when the file does not fit the installed OpenCC

It also writes each of those characters as t2s converts it alone: where OpenCC
cannot be loaded (a platform without its wheel), linter.normalize converts
character by character with that table rather than not at all.

Loading OpenCC (its C++ library and the t2s dictionaries) cost ~7% of a
one-report check, and nearly every report is already simplified Chinese. The
guard lists what a t2s conversion can change — the one-character keys that a
dictionary maps to something else, and the longer changing keys that hold none
of those characters: a text holding none of either is its own conversion, so
OpenCC is not loaded for it.

Why that is exact. t2s first normalizes with one dictionary, then converts
with a group of dictionaries (phrases, then characters), each time taking at
every position the longest key that matches and writing its value, or the
character itself when no key matches. The output differs from the input only
where a key is replaced by a different value (its first: OpenCC writes
the first of a key's values). Such a key of one character is a guard character; a longer one
either holds a guard character or is a guard phrase. Either way a text in
which such a key occurs holds a guard character or a guard phrase; a text with
neither comes out unchanged. A phrase is looked for where its first changing
character occurs (a phrase in the text puts that character there).

The guard holds only for the dictionaries it was made from: the generated
module records the BLAKE2b digest of ``t2s.json`` and of every dictionary file
it names, and :mod:`linter.normalize` uses the guard only when the installed
files have those digests (another OpenCC version: every text is converted,
as before). The dictionaries are read with ``opencc_dict``, the converter
shipped in the opencc wheel (``-f ocd2 -t text``).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "linter" / "_t2s_guard.py"
CONFIG = "t2s.json"


def opencc_share() -> Path:
    import opencc

    share = Path(opencc.__file__).resolve().parent / "clib" / "share" / "opencc"
    if not (share / CONFIG).is_file():
        raise SystemExit(f"gen_t2s_guard: no {CONFIG} under {share}")
    return share


def dictionary_files(config: dict) -> list[str]:
    """The ``file`` of every dictionary the configuration names, in order."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if "file" in node:
                found.append(node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(config)
    return found


def digest(path: Path) -> str:
    return hashlib.blake2b(path.read_bytes(), digest_size=32).hexdigest()


def entries(share: Path, name: str):
    """(key, [values]) of an .ocd2 dictionary, read through ``opencc_dict``."""
    tool = share.parent.parent / "bin" / "opencc_dict"
    if not name.endswith(".ocd2"):
        raise SystemExit(f"gen_t2s_guard: {name} is not an .ocd2 dictionary")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "dict.txt"
        subprocess.run([str(tool), "-i", str(share / name), "-o", str(out), "-f", "ocd2", "-t", "text"], check=True)
        for line in out.read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            yield key, values.split(" ")


def guard(share: Path, files: list[str]) -> tuple[str, list[tuple[str, int]]]:
    """(characters, phrases): the one-character keys that some dictionary maps
    to something else, and the longer keys that change but hold none of those
    characters (回覆 → 回复: 覆 alone stays 覆, and 全覆盖 must not load OpenCC),
    each with the index of its first character that changes (where a check
    looks for it: 覆 of 回覆)."""
    changing = {}
    for name in files:
        for key, values in entries(share, name):
            if values[0] != key:  # OpenCC writes a key's first value (DictEntry::GetDefault)
                changing.setdefault(key, values[0])
    chars = {key for key in changing if len(key) == 1}
    phrases = []
    for key, value in sorted(changing.items()):
        if len(key) > 1 and not chars.intersection(key):
            differ = [i for i, (k, v) in enumerate(zip(key, value)) if k != v]
            phrases.append((key, differ[0] if differ else 0))
    return "".join(sorted(chars)), phrases


def generate() -> str:
    share = opencc_share()
    files = dictionary_files(json.loads((share / CONFIG).read_text(encoding="utf-8")))
    digests = {name: digest(share / name) for name in [CONFIG, *files]}
    chars, phrases = guard(share, files)
    basic = "".join(c for c in chars if c < "\U00010000")
    astral = "".join(c for c in chars if c >= "\U00010000")
    import opencc

    t2s = opencc.OpenCC(CONFIG)
    # each of those characters as t2s writes it alone (itself where that is not one character): the
    # fallback of linter.normalize where OpenCC cannot be loaded
    simplified = "".join(v if len(v := t2s.convert(c)) == 1 else c for c in basic)
    lines = [
        "# Generated by scripts/gen_t2s_guard.py from OpenCC's t2s dictionaries; do not edit.",
        '"""What an OpenCC t2s conversion can change: the characters it converts on',
        "their own and the phrases it converts that hold none of them",
        "(scripts/gen_t2s_guard.py says why a text with neither is its own",
        'conversion), and the digests of the dictionary files they were read from."""',
        "",
        "DIGESTS = {",
        *(f"    {name!r}: {value!r}," for name, value in digests.items()),
        "}",
        "",
        f"#: {len(basic)} characters of the Basic Multilingual Plane (a class of re matches them at once)",
        "CHARS = (",
        *(f"    {basic[i:i + 60]!r}" for i in range(0, len(basic), 60)),
        ")",
        "",
        "#: CHARS as t2s converts each alone, character for character (where OpenCC cannot be loaded)",
        "SIMPLIFIED = (",
        *(f"    {simplified[i:i + 60]!r}" for i in range(0, len(simplified), 60)),
        ")",
        "",
        f"#: {len(astral)} characters beyond it (re would compare them one by one: a set)",
        "ASTRAL = (",
        *(f"    {astral[i:i + 60]!r}" for i in range(0, len(astral), 60)),
        ")",
        "",
        f"#: {len(phrases)} phrases, each with the index of its first character that changes",
        "PHRASES = (",
        *("    " + ", ".join(repr(item) for item in phrases[i:i + 6]) + "," for i in range(0, len(phrases), 6)),
        ")",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    text = generate()
    if "--check" in sys.argv[1:]:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} does not fit the installed OpenCC: "
                  "run python scripts/gen_t2s_guard.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({os.path.getsize(OUTPUT)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
