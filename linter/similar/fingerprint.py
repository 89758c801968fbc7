"""What a worker keeps of a parsed report for the batch comparison: its fingerprint.

Computed where the document is parsed (``Job.detail``, in the worker with
``-j``), so the parent never holds a report's text. For every sentence of
substance (a clause of a paragraph or of a heading's run-on text whose
comparison key has at least ``min-sentence`` characters other than masks):

* its span (offsets into the original text),
* a 64-bit hash of its comparison key (exact copies after masking),
* a MinHash of the key's character 3-grams (datasketch; near copies), kept as
  16-bit values: 2 bytes per permutation,
* its substance (characters other than masks);

plus the outline nodes (line, start, end of section, level) so that a
checklist part found on a line can be turned into a span, and the unit named
in the title. About 50 bytes per sentence: 5 KB for a 5,000-character report.
"""

from __future__ import annotations

import hashlib
import zlib

from linter.document import HEADING, TITLE

#: MinHash permutations per sentence (datasketch ``num_perm``).
NUM_PERM = 16
#: Characters per shingle.
SHINGLE = 3

_template = None


def _minhash_template():
    global _template
    if _template is None:
        from datasketch import MinHash

        # crc32 of the shingle's bytes (UTF-32): a C call per shingle (datasketch's default is SHA-1).
        _template = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32)
    return _template


class Fingerprint:
    """A report's sentences as arrays (numpy), and its outline nodes."""

    __slots__ = ("starts", "ends", "hashes", "sigs", "chars", "unit", "year", "nodes")

    def __init__(self, starts, ends, hashes, sigs, chars, unit: str, year: int | None, nodes):
        self.starts, self.ends, self.hashes, self.sigs, self.chars = starts, ends, hashes, sigs, chars
        self.unit, self.year, self.nodes = unit, year, nodes

    def __reduce__(self):
        return Fingerprint, (self.starts, self.ends, self.hashes, self.sigs, self.chars, self.unit,
                             self.year, self.nodes)

    def __len__(self) -> int:
        return len(self.starts)


def sentences(doc, masker, min_sentence: int):
    """``(start, end, key)`` of every sentence of substance of ``doc``, in order."""
    from linter.similar.mask import sentence_keys, substance

    return [item for item in sentence_keys(doc, masker) if substance(item[2]) >= min_sentence]


def fingerprint(doc, masker, min_sentence: int) -> Fingerprint:
    import numpy as np

    from linter.similar.mask import substance

    minhash = _minhash_template()
    starts, ends, hashes, sigs, chars = [], [], [], [], []
    for start, end, key in sentences(doc, masker, min_sentence):
        starts.append(start)
        ends.append(end)
        data = key.encode("utf-8")
        hashes.append(int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little"))
        minhash.clear()  # one MinHash reused: copy() re-validates the permutations every time
        wide = key.encode("utf-32-le")  # 4 bytes a character: a shingle is a slice of bytes
        minhash.update_batch([wide[i:i + 4 * SHINGLE] for i in range(0, max(4, len(wide) - 4 * SHINGLE + 4), 4)])
        sigs.append(minhash.hashvalues)
        chars.append(min(substance(key), 65535))
    n = len(starts)
    sig_array = (np.array(sigs, dtype=np.uint64) & 0xFFFF).astype(np.uint16) if n else \
        np.zeros((0, NUM_PERM), dtype=np.uint16)
    title = doc.title
    title_text = doc.norm[title.start:title.end] if title is not None else ""
    names = masker.unit_names(title_text) if title_text else []
    nodes = []
    for node in doc.nodes:
        if node.kind == TITLE:
            continue
        line = doc.source.position(node.start)[0]
        end = doc.section_end(node) if node.kind == HEADING else node.end
        nodes.append((line, node.start, end, node.level if node.kind == HEADING else 0))
    return Fingerprint(
        np.array(starts, dtype=np.uint32), np.array(ends, dtype=np.uint32),
        np.array(hashes, dtype=np.uint64), sig_array, np.array(chars, dtype=np.uint16),
        names[0] if names else "", _year(title_text), np.array(nodes, dtype=np.int64).reshape(-1, 4))


def _year(title: str) -> int | None:
    import re

    match = re.search(r"(19|20)\d\d", title)
    return int(match.group()) if match else None


class Fingerprinter:
    """``Job.detail`` for a run that compares reports: ``(fingerprint, then(doc))``.
    A picklable callable: spawned workers receive it once."""

    def __init__(self, masker, min_sentence: int, then=None):
        self.masker, self.min_sentence, self.then = masker, min_sentence, then

    def __call__(self, doc):
        return fingerprint(doc, self.masker, self.min_sentence), (self.then(doc) if self.then else None)
