"""Which encoding a text report is in.

Reports travel as UTF-8, as GBK/GB18030 (Windows in mainland China, e-mail),
as UTF-16 exported from old systems, occasionally as Big5. Detection, in order:

1. a byte-order mark: UTF-8, UTF-16 LE/BE (UTF-32 too);
2. strict UTF-8 (a file with NUL bytes is never taken as UTF-8);
3. a file with NUL bytes: UTF-16 without BOM (LE or BE), if one reads as text,
   else the file is binary;
4. the Chinese legacy encodings, GB18030 (a superset of GBK and GB2312) and
   Big5, each decoded strictly and scored by how much of the result is common
   Chinese text; the better one wins, GB18030 on a tie;
5. charset-normalizer, for anything else;
6. otherwise the file cannot be decoded.

Step 4 comes before charset-normalizer because a statistical detector needs
text to work on: it reads a GBK “全面从严治党” as Korean (cp949) and GBK “坚持”
as Big5, while a short report title is exactly what a user may check. On whole
reports the two agree (every seed, in every encoding, is read right by both).

``--encoding`` skips detection (:func:`decode_as`).
"""

from __future__ import annotations

import codecs

from linter.errors import SourceError

_BOMS = (
    # (bom, codec of the rest, codec name recorded): UTF-32 before UTF-16 (same start)
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
#: How much of a file is scored (characters).
_SAMPLE = 20000
#: Below this share of plausible characters a decoding is not taken as text.
_PLAUSIBLE = 0.85
_common: frozenset[str] | None = None


class Decoded:
    """The text of a file and how it was encoded: ``text.encode(encoding)``
    prefixed with ``bom`` gives the file back (line endings are kept)."""

    __slots__ = ("text", "encoding", "bom")

    def __init__(self, text: str, encoding: str, bom: bytes = b""):
        self.text, self.encoding, self.bom = text, encoding, bom


def detect(data: bytes, path: str) -> Decoded:
    """Decode ``data`` (the bytes of ``path``), detecting its encoding."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                text = body.decode(codec)
            except UnicodeDecodeError as exc:
                raise _undecodable(path, name, exc.start + len(bom)) from None
            # utf-8-sig writes its own BOM; the UTF-16/32 codecs are told by `bom`.
            return Decoded(text, name, b"" if name == "utf-8-sig" else bom)
    has_nul = b"\x00" in data
    if not has_nul:
        try:
            return Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass
    if has_nul:
        best = _best(data, ("utf-16-le", "utf-16-be"))
        if best is None:
            raise SourceError(_binary_cause(data), path)
        return best
    best = _best(data, ("gb18030", "big5"))
    if best is not None:
        return best
    guess = _charset_normalizer(data)
    if guess is not None:
        return guess
    raise SourceError(
        "无法识别文件编码（不是 UTF-8、GB18030/GBK、UTF-16 或 Big5）："
        "请用 --encoding 指定编码，或将文件另存为 UTF-8", path
    )


def decode_as(data: bytes, path: str, encoding: str) -> Decoded:
    """Decode with the encoding the user named (``--encoding``); a BOM of
    that encoding is dropped."""
    name = codecs.lookup(encoding).name
    bom = b""
    for mark, codec, _ in _BOMS:
        if codecs.lookup(codec).name == name and data.startswith(mark):
            bom, data = mark, data[len(mark):]
            break
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        raise _undecodable(path, encoding, exc.start + len(bom)) from None
    if name == "utf-8" and bom:
        return Decoded(text, "utf-8-sig")
    return Decoded(text, name, bom)


def check_encoding_name(encoding: str) -> str:
    """The codec name for a user's ``--encoding``, or a :class:`UserError`."""
    from linter.errors import UserError

    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise UserError(f"未知的编码“{encoding}”（例如 utf-8、gbk、gb18030、utf-16、big5）") from None
    try:
        "".encode(info.name)
    except Exception:
        raise UserError(f"“{encoding}”不是文本编码") from None
    return info.name


def _undecodable(path: str, encoding: str, byte: int) -> SourceError:
    return SourceError(
        f"无法按 {encoding} 解码（第 {byte + 1} 字节起）：请用 --encoding 指定正确的编码，"
        "或将文件另存为 UTF-8", path
    )


def _binary_cause(data: bytes) -> str:
    if data.startswith(b"PK\x03\x04"):
        return "不是文本文件（是 ZIP 压缩包，可能是 .docx 文档改了扩展名）"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "不是文本文件（是旧版 Word .doc 或 WPS 文档）：请在 Word 或 WPS 中另存为 .docx"
    if data.startswith(b"%PDF"):
        return "不是文本文件（是 PDF 文件）：请检查原始的 Word 文档（.docx）"
    return "不是文本文件（含有二进制内容）"


def _best(data: bytes, codecs_: tuple[str, ...]) -> Decoded | None:
    """The strict decoding of ``data`` that reads most like Chinese (or plain
    ASCII) text, if one reads plausibly; the first codec wins a tie."""
    best, best_score = None, _PLAUSIBLE
    for codec in codecs_:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if score > best_score or (best is None and score >= best_score):
            best, best_score = Decoded(text, codec), score
    return best


def plausibility(text: str) -> float:
    """Share of the characters (in a sample) that are ordinary text: printable
    ASCII and whitespace, or a common Chinese character or punctuation mark
    (GB2312, or the 5401 frequent characters of Big5)."""
    sample = text[:_SAMPLE]
    if not sample:
        return 1.0
    common = _common_chars()
    good = 0
    for ch in sample:
        if ch in common:
            good += 1
    return good / len(sample)


def _common_chars() -> frozenset[str]:
    global _common
    if _common is None:
        chars = set(chr(c) for c in range(0x20, 0x7F))
        chars.update("\t\n\r\u3000\u00a0\ufeff")
        for lead in range(0xA1, 0xF8):  # GB2312: symbols, both levels of hanzi
            for trail in range(0xA1, 0xFF):
                try:
                    chars.add(bytes((lead, trail)).decode("gb2312"))
                except UnicodeDecodeError:
                    pass
        for lead in range(0xA1, 0xC7):  # Big5: symbols and frequent characters
            for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
                try:
                    chars.add(bytes((lead, trail)).decode("big5"))
                except UnicodeDecodeError:
                    pass
        chars.update(chr(c) for c in range(0xFF01, 0xFF5F))  # full-width forms
        chars.update("“”‘’…—–·•●■□◆○★、。《》〈〉【】〔〕「」『』")
        _common = frozenset(chars)
    return _common


def _charset_normalizer(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes  # deferred: only for unusual files

    match = from_bytes(data).best()
    if match is None:
        return None
    name = codecs.lookup(match.encoding).name
    try:
        text = data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None
    if plausibility(text) < _PLAUSIBLE:
        return None  # gibberish: better an error than findings about nonsense
    return Decoded(text, name)
