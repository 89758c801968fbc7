"""A new .docx for a report given as text (.txt, .md).

One paragraph per line of the text; a heading line is styled by its outline
level (``Heading 1`` … ``Heading 9``, the title ``Title``), so Word's
navigation pane shows the outline and zhidang reads the same headings back.
The text of each paragraph is the line as typed (a Markdown ``#`` marker
excepted, see :func:`linter.annotate.docx_lines`); tabs become ``w:tab``.

The styles follow the usual layout of Party and government documents
(GB/T 9704): A4, body 仿宋_GB2312 三号 with a two-character first-line
indent and fixed 28 pt lines, the title 方正小标宋简体 二号 centred, level-1
headings 黑体, level-2 楷体_GB2312; a machine without those fonts substitutes
its own.

A line whose fixed text differs from the original (``annotate --fix``)
holds the difference as tracked changes: ``w:del``/``w:ins`` by zhidang, so
accepting every change gives the fixed text.
"""

from __future__ import annotations

import difflib
import io
import zipfile
from xml.sax.saxutils import escape, quoteattr

from linter.sources.docx import AUTHOR
from linter.word.package import xml_text

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_CONTENT_TYPES = (
    _DECLARATION
    + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '</Types>')
_PACKAGE_RELS = (
    _DECLARATION
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')
_DOCUMENT_RELS = (
    _DECLARATION
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/></Relationships>')

_BODY_FONT = "仿宋_GB2312"
#: level → (East Asian font, bold)
_HEADING_FONTS = {1: ("黑体", False), 2: ("楷体_GB2312", False)}


def _fonts(east_asia: str) -> str:
    return (f'<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
            f'w:eastAsia="{east_asia}" w:cs="Times New Roman"/>')


def _styles() -> str:
    out = [_DECLARATION, f'<w:styles xmlns:w="{_W}">',
           '<w:docDefaults><w:rPrDefault><w:rPr>', _fonts(_BODY_FONT),
           '<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>',
           '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
           '<w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/>'
           '</w:pPr></w:pPrDefault></w:docDefaults>',
           '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
           '<w:qFormat/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>',
           '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
           '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
           '<w:pPr><w:spacing w:after="560" w:line="640" w:lineRule="exact"/>'
           '<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
           '<w:rPr>' + _fonts("方正小标宋简体") + '<w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>']
    for level in range(1, 10):
        font, bold = _HEADING_FONTS.get(level, (_BODY_FONT, True))
        out.append(
            f'<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/>'
            f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
            f'<w:pPr><w:keepNext/><w:outlineLvl w:val="{level - 1}"/></w:pPr>'
            f'<w:rPr>{_fonts(font)}{"<w:b/>" if bold else ""}</w:rPr></w:style>')
    out.append('<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
               '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
               '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
               '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/>'
               '<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>'
               '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
               '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
               '<w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>'
               '</w:style></w:styles>')
    return "".join(out)


def _runs(text: str, deleted: bool = False) -> str:
    """One run holding ``text`` (tabs as w:tab)."""
    tag = "w:delText" if deleted else "w:t"
    parts = []
    for i, piece in enumerate(xml_text(text).split("\t")):
        if i:
            parts.append("<w:tab/>")
        if piece:
            parts.append(f'<{tag} xml:space="preserve">{escape(piece)}</{tag}>')
    return f"<w:r>{''.join(parts)}</w:r>" if parts else ""


class _Ids:
    def __init__(self):
        self.value = 0

    def __call__(self) -> int:
        self.value += 1
        return self.value


def _changed(old: str, new: str, date: str, ids: _Ids) -> str:
    """The runs of a line whose text went from ``old`` to ``new``: what both
    share as plain runs, the rest as w:del/w:ins."""
    attributes = f'w:author={quoteattr(AUTHOR)} w:date="{date}"'
    out = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.append(_runs(old[a1:a2]))
            continue
        if a2 > a1:
            out.append(f'<w:del w:id="{ids()}" {attributes}>{_runs(old[a1:a2], deleted=True)}</w:del>')
        if b2 > b1:
            out.append(f'<w:ins w:id="{ids()}" {attributes}>{_runs(new[b1:b2])}</w:ins>')
    return "".join(out)


def build(paragraphs, date: str) -> bytes:
    """A .docx of ``paragraphs``: ``(style id or None, text, fixed text)``
    each (the fixed text differs only where ``--fix`` changed the line)."""
    ids = _Ids()
    body = []
    for style, old, new in paragraphs:
        properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        runs = _runs(old) if old == new else _changed(old, new, date, ids)
        body.append(f"<w:p>{properties}{runs}</w:p>")
    document = (_DECLARATION + f'<w:document xmlns:w="{_W}" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
                + "".join(body)
                + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" '
                'w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>'
                '</w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _PACKAGE_RELS),
                           ("word/document.xml", document), ("word/_rels/document.xml.rels", _DOCUMENT_RELS),
                           ("word/styles.xml", _styles())):
            archive.writestr(name, text.encode("utf-8"))
    return out.getvalue()
