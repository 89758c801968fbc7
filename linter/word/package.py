"""The reviewed copy of a .docx package.

Every part of the original is copied as it is in the original file — the
same name, order, date, attributes and the same *compressed* bytes (copied
raw, never inflated: a picture costs nothing, and a part zhidang leaves alone
cannot change) — except:

* the main part (``word/document.xml``), serialized again from the edited tree
  (XML comments and processing instructions kept);
* the comments part: the existing one with zhidang's ``w:comment`` elements
  appended (every existing comment kept as it was), or a new
  ``word/comments.xml`` — then also a relationship from the main part
  (``…/relationships/comments``, a fresh ``rId``) and an ``Override`` for its
  content type in ``[Content_Types].xml``.

Comment and revision ids must not collide with ids already in the package
(Word repairs a document whose ``w:id`` of one kind repeats): :meth:`Copy.first_free_id`
is above every numeric ``…:id="N"`` of every WordprocessingML part
(body, comments, headers, footers, notes). ``people.xml`` and
``commentsExtended.xml`` are optional and not written: a comment without them
shows its ``w:author``.
"""

from __future__ import annotations

import io
import posixpath
import re
import struct
import zipfile
import zlib

from lxml import etree

from linter.errors import SourceError
from linter.sources.docx import AUTHOR

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
COMMENTS_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
CONTENT_TYPES = "[Content_Types].xml"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
#: Initials shown in a comment's balloon.
INITIALS = "zd"

_ID = re.compile(rb"""[\s:]id\s*=\s*["'](\d{1,9})["']""")
#: Parts that may hold comment or revision ids (styles, numbering, themes cannot).
_STORIES = re.compile(r"(?:^|/)(?:document\d*|comments|footnotes|endnotes|header\d*|footer\d*)\.xml$")
# Characters XML 1.0 cannot hold (a .txt report may contain them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """``text`` with the characters XML cannot hold replaced by spaces (same length)."""
    return _NOT_XML.sub(" ", text) if _NOT_XML.search(text) else text


class Copy:
    """The parts of ``layout``'s package, read once, and the copy written from them."""

    def __init__(self, layout):
        if layout.w != "{" + W_NS + "}":
            raise SourceError("是 Strict Open XML 格式的 Word 文档，暂不能写入批注和修订"
                              "（请在 Word 中另存为普通的“Word 文档(*.docx)”后再试）", layout.package.path)
        self.layout = layout
        self.package = layout.package
        self.infos = self.package.members

    def first_free_id(self) -> int:
        """One above every numeric ``w:id`` in the parts that can hold
        comments or tracked changes (body, comments, notes, headers, footers)."""
        highest = -1
        for name in self.infos:
            if name == self.layout.main or _STORIES.search(name):
                for match in _ID.finditer(self.package.blob(name) or b""):
                    highest = max(highest, int(match.group(1)))
        return highest + 1

    # -- the parts that change -----------------------------------------------------

    def _comments(self, comments, date: str) -> tuple[str, bytes, bool]:
        """(part name, bytes, whether the part is new)."""
        package, main = self.layout.package, self.layout.main
        name = package.relationships(main).get("comments")
        root = None
        if name is not None and name in self.infos:
            root = package.xml(name, keep=True)
        new = root is None
        if new:
            name = self._free_name(posixpath.join(posixpath.dirname(main), "comments.xml"))
            root = etree.Element(f"{{{W_NS}}}comments", nsmap={"w": W_NS})
        w = "{" + W_NS + "}"
        for cid, paragraphs in comments:
            comment = etree.SubElement(root, w + "comment")
            comment.set(w + "id", str(cid))
            comment.set(w + "author", AUTHOR)
            comment.set(w + "date", date)
            comment.set(w + "initials", INITIALS)
            for i, text in enumerate(paragraphs or [""]):
                p = etree.SubElement(comment, w + "p")
                style = etree.SubElement(etree.SubElement(p, w + "pPr"), w + "pStyle")
                style.set(w + "val", "CommentText")
                if i == 0:
                    mark = etree.SubElement(p, w + "r")
                    etree.SubElement(etree.SubElement(mark, w + "rPr"), w + "rStyle").set(
                        w + "val", "CommentReference")
                    etree.SubElement(mark, w + "annotationRef")
                run = etree.SubElement(p, w + "r")
                t = etree.SubElement(run, w + "t")
                t.text = xml_text(text)
                t.set(XML_SPACE, "preserve")
        return name, _serialize(root), new

    def _free_name(self, name: str) -> str:
        stem, suffix = posixpath.splitext(name)
        n = 1
        while name in self.infos:
            name = f"{stem}{n}{suffix}"
            n += 1
        return name

    def _relationship(self, target_name: str) -> tuple[str, bytes]:
        """The main part's relationships with one to the new comments part."""
        main = self.layout.main
        folder, base = posixpath.split(main)
        name = posixpath.join(folder, "_rels", base + ".rels")
        root = self.package.xml(name, keep=True) if name in self.infos else None
        if root is None:
            root = etree.Element(f"{{{RELS_NS}}}Relationships", nsmap={None: RELS_NS})
        taken = {rel.get("Id") for rel in root if isinstance(rel.tag, str)}
        number = 1 + max([int(m.group(1)) for m in (re.fullmatch(r"rId(\d+)", i or "") for i in taken) if m]
                         or [0])
        while f"rId{number}" in taken:
            number += 1
        rel = etree.SubElement(root, f"{{{RELS_NS}}}Relationship")
        rel.set("Id", f"rId{number}")
        rel.set("Type", COMMENTS_TYPE)
        rel.set("Target", posixpath.relpath(target_name, folder or "."))
        return name, _serialize(root)

    def _content_types(self, part: str) -> bytes:
        root = self.package.xml(CONTENT_TYPES, keep=True)
        target = "/" + part
        if not any(o.get("PartName", "").lower() == target.lower() for o in root.iter(f"{{{TYPES_NS}}}Override")):
            override = etree.SubElement(root, f"{{{TYPES_NS}}}Override")
            override.set("PartName", target)
            override.set("ContentType", COMMENTS_CONTENT)
        return _serialize(root)

    # -- writing -------------------------------------------------------------------

    def write(self, comments, date: str) -> bytes:
        """The copy: the edited main part, ``comments`` (``(id, paragraphs)``)
        in the comments part, every other part as it was."""
        changed = {self.layout.main: _serialize(self.layout.root)}
        added = {}
        if comments:
            name, data, new = self._comments(comments, date)
            (added if new else changed)[name] = data
            if new:
                rels_name, rels = self._relationship(name)
                (changed if rels_name in self.infos else added)[rels_name] = rels
                if CONTENT_TYPES not in self.infos:
                    raise SourceError("不是有效的 Word 文档（缺少 [Content_Types].xml）", self.layout.package.path)
                changed[CONTENT_TYPES] = self._content_types(name)
        stamp = self.infos[self.layout.main].date_time
        archive = _Zip()
        for name, info in self.infos.items():
            if name in changed:
                archive.add(name, changed[name], info.date_time, info.external_attr)
            else:
                archive.copy(info, self._raw(info))
        for name, data in added.items():
            archive.add(name, data, stamp)
        return archive.close()

    def _raw(self, info) -> tuple[bytes, bytes]:
        """(name as stored, compressed bytes) of a member, from the original file."""
        data, at = self.package.data, info.header_offset
        if data[at:at + 4] != b"PK\x03\x04":
            raise SourceError(f"文件已损坏：{info.filename} 的位置记录有误", self.package.path)
        name_length, extra_length = struct.unpack("<HH", data[at + 26:at + 30])
        start = at + 30 + name_length + extra_length
        if start + info.compress_size > len(data):
            raise SourceError(f"文件已损坏：{info.filename} 不完整", self.package.path)
        return data[at + 30:at + 30 + name_length], data[start:start + info.compress_size]


class _Zip:
    """A zip archive written member by member: copies (the original compressed
    bytes, CRC and sizes) and new members (deflated). No ZIP64: a .docx
    that needs it (a part of 4 GB) is refused long before."""

    def __init__(self):
        self.out = io.BytesIO()
        self.central: list[bytes] = []

    def _entry(self, name: bytes, flags: int, method: int, date_time, crc: int, compressed: bytes,
               size: int, external: int, made_by: int) -> None:
        if size > 0xFFFFFFFF or len(compressed) > 0xFFFFFFFF:
            raise SourceError("文件过大，无法写出审阅稿（单个部分超过 4 GB）")
        year, month, day, hour, minute, second = date_time
        date = max(year - 1980, 0) << 9 | month << 5 | day
        time = hour << 11 | minute << 5 | second // 2
        needed = 20 if method == zipfile.ZIP_DEFLATED else 10
        flags &= 0x0800 | 0x0006  # UTF-8 names, deflate level bits; sizes are in the header (no descriptor)
        offset = self.out.tell()
        if offset > 0xFFFFFFFF:
            raise SourceError("文件过大，无法写出审阅稿（超过 4 GB）")
        self.out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, needed, flags, method, time, date, crc,
                                   len(compressed), size, len(name), 0))
        self.out.write(name)
        self.out.write(compressed)
        self.central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, made_by, needed, flags, method,
                                        time, date, crc, len(compressed), size, len(name), 0, 0, 0, 0,
                                        external, offset) + name)

    def copy(self, info, raw: tuple[bytes, bytes]) -> None:
        name, compressed = raw
        self._entry(name, info.flag_bits, info.compress_type, info.date_time, info.CRC, compressed,
                    info.file_size, info.external_attr, info.create_system << 8 | info.create_version)

    def add(self, name: str, data: bytes, date_time, external: int = 0) -> None:
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        compressed = packer.compress(data) + packer.flush()
        encoded = name.encode("utf-8")
        flags = 0 if encoded.isascii() else 0x0800
        self._entry(encoded, flags, zipfile.ZIP_DEFLATED, date_time, zlib.crc32(data), compressed, len(data),
                    external, 20)

    def close(self) -> bytes:
        if len(self.central) > 0xFFFF:
            raise SourceError("文件的部件过多，无法写出审阅稿（超过 65535 个）")
        start = self.out.tell()
        directory = b"".join(self.central)
        self.out.write(directory)
        self.out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(self.central), len(self.central),
                                   len(directory), start, 0))
        return self.out.getvalue()


def _serialize(root) -> bytes:
    return etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8", standalone=True)
