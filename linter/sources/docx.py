"""Word documents (.docx): the report text as the reader sees it in Word.

The package is read with :mod:`zipfile` and its XML with lxml (the XML library
python-docx is built on), not through ``docx.Document``: python-docx loads and
parses every part of the package up front (its own template's styles.xml alone
takes ~10 ms), and its ``paragraph.text`` has neither the list numbers Word
draws nor the text of tracked insertions, so the body has to be walked in XML
anyway. Here only the parts needed are read, each once: the main document, then
styles, numbering and comments only when the document refers to them.

What becomes ``Source.text``, one line per paragraph (``line`` = paragraph
number in document order, table-cell paragraphs counted):

* body paragraphs and the paragraphs of table cells (nested tables too), in
  document order, including content controls (``w:sdt``);
* tracked changes as if accepted: inserted text (``w:ins``, ``w:moveTo``)
  counts, deleted text (``w:del``, ``w:moveFrom``) does not;
* Word's automatic numbering rendered from ``numbering.xml`` (一、（一）1.（1）…,
  :mod:`linter.sources.wordnumbering`) in front of the paragraph's text. The
  label's length goes into ``Source.prefixes``: columns count the characters
  the user typed, so a finding's column is where it is in the paragraph;
* tabs as tabs; a line break inside a paragraph (``w:br``) as a space.

Not report text: headers, footers, footnotes, comments, text boxes, field
codes; a table of contents (paragraphs styled ``toc N``/``目录 N``) is read but
masked (``Source.mask``) so its copies of the headings do not count twice.

Also recorded: ``labels`` (``第12段``, ``表格1 第2行第2列``), ``outline_levels``
(paragraphs that are headings by style — ``Heading N``/``标题 N``, through
``w:basedOn`` too — or by ``w:outlineLvl``) and ``comments`` (Word comments with
the character range they are anchored to).

Comments written by zhidang itself (author :data:`AUTHOR`, ``zhidang
annotate``) are its own findings, not a reviewer's: they are not read into
``Source.comments``, so an annotated copy checks as the original did.

For writing a reviewed copy (:mod:`linter.word`), :func:`read_layout` also
keeps the :class:`Layout`: the parsed ``document.xml`` (XML comments and
processing instructions kept) and, per line of ``Source.text``, where each of
its characters is in the XML — the ``w:p`` element, the length of the list
label Word draws (no XML holds it), and the text-bearing elements inside runs
(``w:t``, ``w:tab``, ``w:br``…) with the column each starts at. Plain
:func:`read` keeps none of it.

Untrusted input: the XML parser never resolves entities, loads a DTD or uses
the network, and a part that declares a DOCTYPE at all is refused (Word never
writes one). A part is inflated in a stream, 1 MiB at a time, counting the
bytes it really yields: it stops at the per-part limit (``max_bytes``, the
same limit as for the file, 64 MiB by default) and at a total of twice that
across the parts read, whatever the zip header declares. A part that declares
more is refused before it is inflated; one that yields more than it declares,
or fails its checksum, is a one-line error (“已损坏或是压缩炸弹”). Only the
compression methods Word writes (stored, deflate) are read: bzip2 and LZMA
inflate a whole chunk at once, without a bound.
"""

from __future__ import annotations

import posixpath
import re

from linter.errors import SourceError
from linter.files import MAX_BYTES, megabytes
from linter.sources.base import Source

#: Largest uncompressed XML part read by default (the body of a 1000-page
#: report is ~20 MB); ``max_bytes`` (``--max-size``) replaces it.
MAX_PART_BYTES = MAX_BYTES
#: All parts read from one document together: this many times the part limit.
TOTAL_PARTS = 2
#: Bytes inflated per step.
_CHUNK = 1 << 20
_DAMAGED = "Word 文档已损坏或是压缩炸弹："

_MAIN_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
_TOC_STYLE = re.compile(r"^(?:toc|目录)\s*[1-9]$", re.IGNORECASE)
_SAVE_AS = "请在 Word 或 WPS 中打开，另存为 .docx 后再检查"

#: The author of the comments and revisions zhidang writes (``zhidang annotate``).
AUTHOR = "zhidang"

_parsers: dict = {}


def _xml_parser(keep: bool = False):
    """The safe parser; ``keep``: XML comments and processing instructions
    kept (a part that is written back)."""
    parser = _parsers.get(keep)
    if parser is None:
        from lxml import etree  # deferred: only .docx needs it

        parser = _parsers[keep] = etree.XMLParser(
            resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
            huge_tree=False, remove_comments=not keep, remove_pis=not keep)
    return parser


def read(data: bytes, path: str, encoding: str | None = None, *,
         max_bytes: int | None = None) -> Source:
    """Read a .docx (``encoding`` does not apply: the XML says its own).
    ``max_bytes``: the most any one part may inflate to (default
    :data:`MAX_PART_BYTES`); all parts together: :data:`TOTAL_PARTS` times it."""
    package = _Package(data, path, max_bytes or MAX_PART_BYTES)
    return _Reader(package, path).source()


def read_layout(data: bytes, path: str, *, max_bytes: int | None = None) -> tuple[Source, "Layout"]:
    """:func:`read`, keeping the :class:`Layout` of the text in the XML."""
    package = _Package(data, path, max_bytes or MAX_PART_BYTES)
    reader = _Reader(package, path, layout=True)
    source = reader.source()
    return source, reader.layout


class Paragraph:
    """Where one line of ``Source.text`` is in ``document.xml``: its ``w:p``
    (``element``), the length of the list label Word draws in front of it
    (``prefix``: those characters are in no run), and ``pieces``: ``[column,
    element]`` for every text-bearing element inside its runs, in order —
    a ``w:t`` holds ``len(element.text)`` characters of the line from
    ``column`` on, any other (``w:tab``, ``w:br``, ``w:noBreakHyphen``…) one."""

    __slots__ = ("element", "prefix", "pieces")

    def __init__(self, element, prefix: int):
        self.element, self.prefix, self.pieces = element, prefix, []


class Layout:
    """The XML behind a :class:`Source` read by :func:`read_layout`: the
    package, the main part's name and parsed root (edited in place by a
    writer), the WordprocessingML namespace (``w``, as ``{uri}``) and one
    :class:`Paragraph` per line."""

    def __init__(self, package: "_Package", main: str, root, w: str):
        self.package, self.main, self.root, self.w = package, main, root, w
        self.paragraphs: list[Paragraph] = []

    def reread(self) -> tuple[Source, "Layout"]:
        """The source (and a fresh layout) of the edited tree, read as
        :func:`read` would read it once written."""
        reader = _Reader(self.package, self.package.path, layout=True, root=self.root)
        return reader.source(), reader.layout


class _Package:
    """The zip container: parts by name, relationships, size and safety checks."""

    def __init__(self, data: bytes, path: str, max_part: int = MAX_PART_BYTES):
        import io
        import zipfile

        self.path = path
        self.data = data  # the file: a writer copies the parts it leaves alone from it, compressed
        self.max_part = max_part
        self.budget = TOTAL_PARTS * max_part  # left for all parts still to read
        self.inflated: dict[str, int] = {}  # part name → bytes it yielded
        if not data:
            raise SourceError("文件是空的（0 字节）", path)
        if data.startswith(_OLE):
            if "EncryptedPackage".encode("utf-16-le") in data:
                raise SourceError("文档设有打开密码（已加密），无法读取：请去掉密码另存后再检查", path)
            raise SourceError("不是 .docx 格式，而是旧版 Word（.doc）或 WPS 文件改了扩展名：" + _SAVE_AS, path)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            self.members = {info.filename: info for info in self.zip.infolist()}
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
            raise SourceError("不是有效的 .docx 文件（不是 ZIP 格式，可能已损坏或只是改了扩展名）", path) from None

    def blob(self, name: str) -> bytes | None:
        """The inflated bytes of part ``name``, or None if there is no such part."""
        import zipfile

        info = self.members.get(name)
        if info is None:
            return None
        if info.flag_bits & 0x1:
            raise SourceError(f"文件已加密（{name}），无法读取", self.path)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise SourceError(f"{_DAMAGED}{name} 使用了 Word 不用的压缩方式（{info.compress_type}），"
                              "拒绝解压", self.path)
        if info.file_size > self.max_part:
            raise SourceError(
                f"拒绝读取：{name} 解压后有 {megabytes(info.file_size)}，超过 "
                f"{megabytes(self.max_part)} 的上限（可能是“压缩炸弹”），可用 --max-size 调高", self.path)
        limit = self.max_part
        if name not in self.inflated:  # a part read again does not count twice
            limit = min(limit, self.budget)
            if info.file_size > limit:
                raise SourceError(
                    f"拒绝读取：各部分解压后合计超过 {megabytes(TOTAL_PARTS * self.max_part)} 的上限"
                    f"（{name}，可能是“压缩炸弹”），可用 --max-size 调高", self.path)
        blob = self._inflate(info, limit)
        if name not in self.inflated:
            self.inflated[name] = len(blob)
            self.budget -= len(blob)
        return blob

    def _inflate(self, info, limit: int) -> bytes:
        """The member inflated in :data:`_CHUNK` steps, counting the bytes it
        really yields: past ``limit`` it stops, whatever the header says."""
        import zipfile
        import zlib

        name = info.filename
        errors = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
                  ValueError, OSError)
        try:
            handle = self.zip.open(info)
        except errors:
            raise SourceError(f"文件已损坏：{name} 无法解压", self.path) from None
        parts = []
        size = 0
        with handle:
            while True:
                try:
                    chunk = handle.read(_CHUNK)
                except zipfile.BadZipFile:  # the checksum: not what the header recorded
                    raise SourceError(f"{_DAMAGED}{name} 解压出的内容与文件头记录的大小或校验值不符",
                                      self.path) from None
                except errors:
                    raise SourceError(f"文件已损坏：{name} 无法解压", self.path) from None
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise SourceError(
                        f"{_DAMAGED}{name} 解压后超过 {megabytes(limit)}，而文件头声明只有 "
                        f"{megabytes(info.file_size)}", self.path)
                parts.append(chunk)
        return b"".join(parts)

    def xml(self, name: str, keep: bool = False):
        """The parsed part ``name``, or None if the package has no such part.
        ``keep``: XML comments and processing instructions kept."""
        from lxml import etree

        blob = self.blob(name)
        if blob is None:
            return None
        try:
            root = etree.fromstring(blob, _xml_parser(keep))
        except etree.XMLSyntaxError as exc:
            line = f"第 {exc.lineno} 行" if getattr(exc, "lineno", None) else "格式错误"
            raise SourceError(f"文件已损坏：{name} 不是有效的 XML（{line}）", self.path) from None
        info = root.getroottree().docinfo
        if info.doctype or info.internalDTD is not None:
            raise SourceError(
                f"拒绝读取：{name} 含有 DOCTYPE/实体声明（正常的 Word 文档不会有，"
                "可能是恶意构造的文件）", self.path)
        return root

    def relationships(self, part: str) -> dict[str, str]:
        """``{relationship type (last path segment): target part name}`` of ``part``
        (``""`` for the package itself); the first target of each type."""
        folder, base = posixpath.split(part)
        rels = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        found: dict[str, str] = {}
        if rels is None:
            return found
        for rel in rels.iter(_REL_NS + "Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
            target = rel.get("Target") or ""
            if target.startswith("/"):
                name = target.lstrip("/")
            else:
                name = posixpath.normpath(posixpath.join(folder, target))
            found.setdefault(kind, name)
        return found


class _Styles:
    """Paragraph styles: heading level, numbering and TOC-ness, with ``w:basedOn``.

    A styles.xml holds every style a template ever had (python-docx's own:
    350 KB, 160 styles, ~6 ms to parse) while a report uses a handful. So the
    part is cut into its ``<w:style>`` elements by their tags, and a style is
    parsed (with the same safe parser, inside the part's own root tag for the
    namespace declarations) only when a paragraph names it. A part this cannot
    be done for (not UTF-8, no recognisable root tag) is parsed whole.
    """

    def __init__(self, package: "_Package", name: str | None, w: str):
        self._package, self._name, self._w = package, name, w
        self._entries: dict[str, tuple | None] = {}
        self._blocks: dict[str, bytes] | None = None  # every style, once a quick look-up missed
        self._open = self._close = self._prefix = b""
        self._blob = blob = package.blob(name) if name else None
        if not blob:
            return
        if not self._root_tag(blob):
            self._blob = None
            root = package.xml(name)
            for style in root.iterfind(w + "style"):
                self._entries.setdefault(style.get(w + "styleId"), self._read(style))

    def _root_tag(self, blob: bytes) -> bool:
        """Find the root tag and the prefix of the main namespace; False when
        the part must be parsed whole."""
        if blob.startswith(b"\xef\xbb\xbf"):
            blob = blob[3:]
        if b"\x00" in blob[:200]:
            return False  # UTF-16
        # The root tag must follow the XML declaration (and comments): a
        # DOCTYPE in between sends the part to the full parse, which refuses it.
        head = re.match(rb"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*", blob, re.S)
        root = re.compile(rb"<([A-Za-z_][\w.-]*:)?styles\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>").match(
            blob, head.end())
        if root is None:
            return False
        prefix = root.group(1) or b""
        declared = b"xmlns:" + prefix[:-1] if prefix else b"xmlns"
        ns = self._w[1:-1].encode()
        if not re.search(re.escape(declared) + rb"\s*=\s*[\"']" + re.escape(ns) + rb"[\"']", root.group(0)):
            return False
        self._open, self._close, self._prefix = root.group(0), b"</" + prefix + b"styles>", prefix
        return True

    def _element_at(self, at: int) -> bytes | None:
        """The ``<w:style>`` element whose start tag begins at ``at``."""
        blob, prefix = self._blob, self._prefix
        closing = b"</" + prefix + b"style>"
        tag_end = blob.find(b">", at)
        if tag_end == -1:
            return None
        if blob[tag_end - 1:tag_end] == b"/":
            return blob[at:tag_end + 1]
        end = blob.find(closing, tag_end)
        return None if end == -1 else blob[at:end + len(closing)]

    def _block(self, style_id: str) -> bytes | None:
        """The XML of the style ``style_id``: found by its ``styleId="…"``
        as Word writes it, else by cutting the part into all its styles."""
        blob, prefix = self._blob, self._prefix
        opening = b"<" + prefix + b"style"
        if self._blocks is None and "&" not in style_id and '"' not in style_id:
            key = prefix + b'styleId="' + style_id.encode("utf-8") + b'"'
            pos = blob.find(key)
            tries = 8  # a hostile part repeating the attribute text falls back to one linear cut
            while pos != -1 and tries:
                tries -= 1
                at = blob.rfind(opening, 0, pos)
                if at != -1 and blob[at + len(opening):at + len(opening) + 1].isspace() \
                        and blob.find(b">", at) > pos:
                    return self._element_at(at)
                pos = blob.find(key, pos + 1)
        if self._blocks is None:
            self._blocks = {}
            attr = re.compile(rb"\b" + re.escape(prefix) + rb"styleId\s*=\s*([\"'])(.*?)\1", re.S)
            at = blob.find(opening)
            while at != -1:
                if blob[at + len(opening):at + len(opening) + 1].isspace():
                    element = self._element_at(at)
                    if element is None:
                        break
                    found = attr.search(element, 0, element.find(b">"))
                    if found is not None:
                        key = _unescape(found.group(2).decode("utf-8", "replace"))
                        self._blocks.setdefault(key, element)
                    at = blob.find(opening, at + len(element))
                else:
                    at = blob.find(opening, at + 1)  # <w:styles…, <w:styleLink…
        return self._blocks.get(style_id)

    def _entry(self, style_id):
        if style_id in self._entries:
            return self._entries[style_id]
        entry = None
        block = self._block(style_id) if self._blob is not None and style_id is not None else None
        if block is not None:
            from lxml import etree

            try:
                root = etree.fromstring(self._open + block + self._close, _xml_parser())
            except etree.XMLSyntaxError:
                raise SourceError(f"文件已损坏：{self._name} 不是有效的 XML", self._package.path) from None
            style = root.find(self._w + "style")
            entry = self._read(style) if style is not None else None
        self._entries[style_id] = entry
        return entry

    def _read(self, style) -> tuple | None:
        w = self._w
        val = w + "val"
        if style.get(w + "type", "paragraph") != "paragraph":
            return None
        name_el = style.find(w + "name")
        name = (name_el.get(val) or "") if name_el is not None else ""
        based = style.find(w + "basedOn")
        outline = num_id = ilvl = None
        ppr = style.find(w + "pPr")
        if ppr is not None:
            el = ppr.find(w + "outlineLvl")
            if el is not None:
                outline = _int(el.get(val))
            num = ppr.find(w + "numPr")
            if num is not None:
                num_id, ilvl = _num_pr(num, w)
        return (name.strip(), based.get(val) if based is not None else None, outline, num_id, ilvl)

    def _chain(self, style_id):
        seen = set()
        while style_id is not None and style_id not in seen and len(seen) < 32:
            seen.add(style_id)
            entry = self._entry(style_id)
            if entry is None:
                return
            yield entry
            style_id = entry[1]

    def heading_level(self, style_id) -> int | None:
        for name, _, outline, _, _ in self._chain(style_id):
            m = _HEADING_STYLE.match(name)
            if m:
                return int(m.group(1))
            if outline is not None:
                return outline + 1 if 0 <= outline <= 8 else None
        return None

    def numbering(self, style_id) -> tuple[str | None, int | None]:
        for _, _, _, num_id, ilvl in self._chain(style_id):
            if num_id is not None:
                return num_id, ilvl
        return None, None

    def is_toc(self, style_id) -> bool:
        entry = self._entry(style_id)
        return entry is not None and bool(_TOC_STYLE.match(entry[0]))


class _Reader:
    def __init__(self, package: _Package, path: str, *, layout: bool = False, root=None):
        self.package = package
        self.path = path
        main = package.relationships("").get("officeDocument") or "word/document.xml"
        if main not in package.members:
            raise SourceError(f"不是有效的 Word 文档（压缩包中没有 {main}）", path)
        self.main = main
        if root is None:
            root = package.xml(main, keep=layout)
        ns = root.tag[1:].split("}", 1)[0] if root.tag.startswith("{") else ""
        if ns not in (_MAIN_NS, _STRICT_NS) or root.tag.rsplit("}", 1)[-1] != "document":
            raise SourceError(f"不是有效的 Word 文档（{main} 不是 Word 正文）", path)
        self.root = root
        w = self.w = "{" + ns + "}"
        self.layout = Layout(package, main, root, w) if layout else None
        self.pieces = None  # the current paragraph's pieces, when a layout is kept
        self.val = w + "val"
        self._rels = None
        self._styles = None
        self._numbering = None
        # tags
        self.P, self.TBL, self.TR, self.TC = w + "p", w + "tbl", w + "tr", w + "tc"
        self.R, self.T, self.PPR = w + "r", w + "t", w + "pPr"
        self.SDT, self.SDT_CONTENT, self.CUSTOM = w + "sdt", w + "sdtContent", w + "customXml"
        self.CRS, self.CRE, self.CREF = (w + "commentRangeStart", w + "commentRangeEnd",
                                         w + "commentReference")
        self.TABS = {w + "tab", w + "ptab"}
        self.BREAKS = {w + "br", w + "cr"}
        self.HYPHEN = w + "noBreakHyphen"
        self.CONTAINERS = {w + name for name in (
            "ins", "moveTo", "hyperlink", "smartTag", "customXml", "sdt", "sdtContent",
            "fldSimple", "dir", "bdo")}
        # output
        self.lines: list[str] = []
        self.labels: list[str] = []
        self.prefixes: list[int] = []
        self.levels: dict[int, int] = {}
        self.masked: list[int] = []
        self.base = 0  # offset where the next line starts
        self.anchors: dict[str, list] = {}  # comment id → [start, end, reference]
        self.tables = 0

    # -- parts, on first need --------------------------------------------------

    def rels(self) -> dict[str, str]:
        if self._rels is None:
            self._rels = self.package.relationships(self.main)
        return self._rels

    def styles(self) -> _Styles:
        if self._styles is None:
            name = self.rels().get("styles")
            self._styles = _Styles(self.package, name, self.w)
        return self._styles

    def numbering(self):
        if self._numbering is None:
            from linter.sources.wordnumbering import Numbering

            name = self.rels().get("numbering")
            root = self.package.xml(name) if name else None
            self._numbering = Numbering(root, self.w, self.styles().numbering)
        return self._numbering

    # -- the body ----------------------------------------------------------------

    def source(self) -> Source:
        body = self.root.find(self.w + "body")
        if body is not None:
            self.block(body, None)
        text = "\n".join(self.lines)
        mask = []
        if self.masked:
            starts = [0]
            for line in self.lines:
                starts.append(starts[-1] + len(line) + 1)
            mask = [(starts[i], starts[i] + len(self.lines[i])) for i in self.masked]
        return Source(path=self.path, text=text, format="docx", encoding="utf-8",
                      labels=self.labels, comments=self.comments(len(text)),
                      prefixes=self.prefixes if any(self.prefixes) else None,
                      mask=mask, outline_levels=self.levels or None)

    def block(self, container, cell: str | None) -> None:
        for child in container:
            tag = child.tag
            if tag == self.P:
                self.paragraph(child, cell)
            elif tag == self.TBL:
                self.table(child)
            elif tag == self.SDT:
                content = child.find(self.SDT_CONTENT)
                if content is not None:
                    self.block(content, cell)
            elif tag == self.CUSTOM:
                self.block(child, cell)
            elif tag == self.CRS:
                self.anchor(child, 0, self.base)
            elif tag == self.CRE:
                self.anchor(child, 1, max(self.base - 1, 0))

    def table(self, tbl) -> None:
        self.tables += 1
        number = self.tables
        row = 0
        for tr in self._children(tbl, self.TR):
            row += 1
            column = 0
            pr = tr.find(self.w + "trPr")
            if pr is not None:
                before = pr.find(self.w + "gridBefore")
                if before is not None:
                    column = _int(before.get(self.val)) or 0
            for tc in self._children(tr, self.TC):
                self.block(tc, f"表格{number} 第{row}行第{column + 1}列")
                span = 1
                pr = tc.find(self.w + "tcPr")
                if pr is not None:
                    el = pr.find(self.w + "gridSpan")
                    if el is not None:
                        span = max(1, _int(el.get(self.val)) or 1)
                column += span

    def _children(self, parent, tag):
        """Children ``tag`` of ``parent``, looking through content controls."""
        for child in parent:
            if child.tag == tag:
                yield child
            elif child.tag == self.SDT:
                content = child.find(self.SDT_CONTENT)
                if content is not None:
                    yield from self._children(content, tag)
            elif child.tag == self.CUSTOM:
                yield from self._children(child, tag)

    def paragraph(self, p, cell: str | None) -> None:
        number = len(self.lines) + 1
        prefix = ""
        ppr = p.find(self.PPR)
        if ppr is not None:
            prefix = self.properties(ppr, number)
        self.parts = [prefix] if prefix else []
        self.length = len(prefix)
        if self.layout is not None:
            mapped = Paragraph(p, len(prefix))
            self.layout.paragraphs.append(mapped)
            self.pieces = mapped.pieces
        self.runs(p)
        line = "".join(self.parts)
        if "\n" in line or "\r" in line:
            line = line.replace("\r", " ").replace("\n", " ")
        self.lines.append(line)
        self.labels.append(cell or f"第{number}段")
        self.prefixes.append(len(prefix))
        self.base += len(line) + 1

    def properties(self, ppr, number: int) -> str:
        """Record the heading level and TOC-ness of a paragraph; return its
        numbering label."""
        w, val = self.w, self.val
        style_el = ppr.find(w + "pStyle")
        style = style_el.get(val) if style_el is not None else None
        outline = ppr.find(w + "outlineLvl")
        if outline is not None:
            level = _int(outline.get(val))
            if level is not None and 0 <= level <= 8:
                self.levels[number] = level + 1
        elif style is not None:
            level = self.styles().heading_level(style)
            if level is not None:
                self.levels[number] = level
        if style is not None and self.styles().is_toc(style):
            self.masked.append(number - 1)
        num_id = ilvl = None
        num = ppr.find(w + "numPr")
        if num is not None:
            num_id, ilvl = _num_pr(num, w)
        if num_id is None and style is not None:
            style_num, style_ilvl = self.styles().numbering(style)
            if style_num is not None:
                num_id = style_num
                if ilvl is None:
                    ilvl = style_ilvl
                if ilvl is None:
                    ilvl = self.numbering().level_for_style(num_id, style)
        if num_id is None or num_id == "0":
            return ""
        return self.numbering().label(num_id, ilvl or 0)

    def runs(self, element) -> None:
        pieces = self.pieces  # None unless the layout is kept
        for child in element:
            tag = child.tag
            if tag == self.R:
                for item in child:
                    tag = item.tag
                    if tag == self.T:
                        text = item.text
                        if text:
                            if pieces is not None:
                                pieces.append([self.length, item])
                            self.parts.append(text)
                            self.length += len(text)
                    elif tag in self.TABS:
                        if pieces is not None:
                            pieces.append([self.length, item])
                        self.parts.append("\t")
                        self.length += 1
                    elif tag in self.BREAKS:
                        if pieces is not None:
                            pieces.append([self.length, item])
                        self.parts.append(" ")
                        self.length += 1
                    elif tag == self.HYPHEN:
                        if pieces is not None:
                            pieces.append([self.length, item])
                        self.parts.append("-")
                        self.length += 1
                    elif tag == self.CREF:
                        self.anchor(item, 2, self.base + self.length)
            elif tag in self.CONTAINERS:
                self.runs(child)
            elif tag == self.CRS:
                self.anchor(child, 0, self.base + self.length)
            elif tag == self.CRE:
                self.anchor(child, 1, self.base + self.length)
            # everything else: properties, w:del, w:moveFrom, bookmarks, proofing marks

    # -- comments ----------------------------------------------------------------

    def anchor(self, element, which: int, offset: int) -> None:
        key = element.get(self.w + "id")
        if key is not None:
            self.anchors.setdefault(key, [None, None, None])[which] = offset

    def comments(self, size: int) -> list[tuple[int, int, str]]:
        if not self.anchors:
            return []
        name = self.rels().get("comments")
        root = self.package.xml(name) if name else None
        if root is None:
            return []
        texts = {}
        for comment in root.iterfind(self.w + "comment"):
            if comment.get(self.w + "author") == AUTHOR:
                continue  # zhidang's own findings (an annotated copy), not a reviewer's comment
            paragraphs = []
            for p in comment.iter(self.P):
                paragraphs.append("".join(t.text or "" for t in p.iter(self.T)))
            texts[comment.get(self.w + "id")] = "\n".join(paragraphs)
        found = []
        for key, (start, end, ref) in self.anchors.items():
            if key not in texts:
                continue
            if start is None:
                start = ref if ref is not None else end
            if end is None:
                end = ref if ref is not None else start
            if start is None:
                continue
            start, end = min(start, size), min(max(start, end), size)
            found.append((start, end, texts[key]))
        found.sort()
        return found


def _num_pr(num, w: str) -> tuple[str | None, int | None]:
    num_el, ilvl_el = num.find(w + "numId"), num.find(w + "ilvl")
    num_id = num_el.get(w + "val") if num_el is not None else None
    ilvl = _int(ilvl_el.get(w + "val")) if ilvl_el is not None else None
    return num_id, ilvl


def _unescape(value: str) -> str:
    if "&" not in value:
        return value
    from xml.sax.saxutils import unescape

    return unescape(value, {"&quot;": '"', "&apos;": "'"})


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
