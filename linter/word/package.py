"""The reviewed copy of a .docx package.

Every part of the original is copied with the same name, order, date and
compression and the same bytes, except:

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
import zipfile

from lxml import etree

from linter.errors import SourceError
from linter.sources.docx import AUTHOR, _xml_parser

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
        package = layout.package
        self.infos = package.members
        self.parts = {name: package.blob(name) or b"" for name in package.members}

    def first_free_id(self) -> int:
        """One above every numeric ``w:id`` in the WordprocessingML parts."""
        highest = -1
        for name, data in self.parts.items():
            if name.endswith(".xml") and name.startswith("word/"):
                for match in _ID.finditer(data):
                    highest = max(highest, int(match.group(1)))
        return highest + 1

    # -- the parts that change -----------------------------------------------------

    def _comments(self, comments, date: str) -> tuple[str, bytes, bool]:
        """(part name, bytes, whether the part is new)."""
        package, main = self.layout.package, self.layout.main
        name = package.relationships(main).get("comments")
        root = None
        if name is not None and name in self.parts:
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
        while name in self.parts:
            name = f"{stem}{n}{suffix}"
            n += 1
        return name

    def _relationship(self, target_name: str) -> tuple[str, bytes]:
        """The main part's relationships with one to the new comments part."""
        main = self.layout.main
        folder, base = posixpath.split(main)
        name = posixpath.join(folder, "_rels", base + ".rels")
        root = self.layout.package.xml(name, keep=True) if name in self.parts else None
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
        root = etree.fromstring(self.parts[CONTENT_TYPES], _xml_parser(True))
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
                (changed if rels_name in self.parts else added)[rels_name] = rels
                if CONTENT_TYPES not in self.parts:
                    raise SourceError("不是有效的 Word 文档（缺少 [Content_Types].xml）", self.layout.package.path)
                changed[CONTENT_TYPES] = self._content_types(name)
        out = io.BytesIO()
        stamp = self.infos[self.layout.main].date_time
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, info in self.infos.items():
                copy = zipfile.ZipInfo(name, info.date_time)
                copy.external_attr = info.external_attr
                copy.compress_type = zipfile.ZIP_DEFLATED if name in changed else info.compress_type
                archive.writestr(copy, changed.get(name, self.parts[name]))
            for name, data in added.items():
                entry = zipfile.ZipInfo(name, stamp)
                entry.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(entry, data)
        return out.getvalue()


def _serialize(root) -> bytes:
    return etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8", standalone=True)
