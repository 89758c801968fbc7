"""Writing real .docx files with python-docx for the tests.

python-docx writes paragraphs, styles, tables and comments; what it has no API
for (numbering definitions, tracked changes, outline levels) is added as the
WordprocessingML Word itself writes.
"""

from __future__ import annotations

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def new_document():
    return docx.Document()


def add_abstract_numbering(document, abstract_id: int, levels) -> None:
    """Add ``<w:abstractNum>`` with ``levels`` = [(numFmt, lvlText, start), …]
    (level 0 first) to numbering.xml, before the first ``<w:num>`` as the
    schema orders them."""
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        for i, (fmt, text, start) in enumerate(levels)
    )
    element = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
    )
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(element)
    else:
        first_num.addprevious(element)


def add_num(document, num_id: int, abstract_id: int, start_overrides=None) -> None:
    """Add ``<w:num>`` (a numbering instance), optionally restarting levels
    with ``<w:lvlOverride><w:startOverride>``."""
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        for ilvl, start in (start_overrides or {}).items()
    )
    document.part.numbering_part.element.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}">'
        f'<w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'
    ))


def set_numbering(paragraph_or_style, num_id: int, ilvl: int | None = 0) -> None:
    """Number a paragraph (or every paragraph of a style) with ``<w:numPr>``."""
    element = paragraph_or_style.element if hasattr(paragraph_or_style, "type") else paragraph_or_style._p
    ppr = element.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    if ilvl is not None:
        level = OxmlElement("w:ilvl")
        level.set(qn("w:val"), str(ilvl))
        num_pr.append(level)
    num = OxmlElement("w:numId")
    num.set(qn("w:val"), str(num_id))
    num_pr.append(num)
    ppr.append(num_pr)


def set_outline_level(paragraph_or_style, level: int) -> None:
    """``<w:outlineLvl>`` (0-based, as Word stores it) on a paragraph or style."""
    element = paragraph_or_style.element if hasattr(paragraph_or_style, "type") else paragraph_or_style._p
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level))
    element.get_or_add_pPr().append(outline)


def add_paragraph_style(document, name: str, base: str | None = None):
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if base is not None:
        style.base_style = document.styles[base]
    return style


def _run(text: str, deleted: bool = False):
    run = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    run.append(t)
    return run


def add_tracked(paragraph, kind: str, text: str, change_id: int) -> None:
    """Append a tracked insertion (``kind="ins"``) or deletion (``"del"``) to a
    paragraph, as Word writes it with 修订 (Track Changes) on."""
    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), str(change_id))
    change.set(qn("w:author"), "审核人")
    change.set(qn("w:date"), "2024-01-05T10:00:00Z")
    change.append(_run(text, deleted=kind == "del"))
    paragraph._p.append(change)


def save(document, path) -> str:
    document.save(str(path))
    return str(path)


# -- reading back what zhidang annotate wrote (independent of linter/sources/docx.py) ----

W = "{%s}" % W_NS
_PARTS_CHANGED_BY_COMMENTS = ("word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels",
                              "[Content_Types].xml")


def parts(path) -> dict[str, bytes]:
    """Every part of a .docx package, inflated."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def body(path):
    from lxml import etree

    return etree.fromstring(parts(path)["word/document.xml"])


def comments(path) -> dict[str, dict]:
    """Comment id → {"author", "text" (paragraphs joined by newlines), "anchored"}: the text
    between its w:commentRangeStart and w:commentRangeEnd as Word shows it with every
    revision accepted (inserted text counts, deleted text does not; paragraphs end in
    a newline, tabs are tabs, breaks spaces; list numbers are not in the XML)."""
    from lxml import etree

    data = parts(path)
    found = {}
    if "word/comments.xml" in data:
        for comment in etree.fromstring(data["word/comments.xml"]).iter(W + "comment"):
            text = "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in comment.iter(W + "p"))
            found[comment.get(W + "id")] = {"author": comment.get(W + "author"), "text": text, "anchored": None}
    root = etree.fromstring(data["word/document.xml"])
    open_ranges: dict[str, list[str]] = {}
    deleted = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag
        if tag in (W + "del", W + "moveFrom"):
            deleted += 1 if event == "start" else -1
        elif event == "start" and tag == W + "commentRangeStart":
            open_ranges[element.get(W + "id")] = []
        elif event == "start" and tag == W + "commentRangeEnd":
            key = element.get(W + "id")
            if key in open_ranges and key in found:
                found[key]["anchored"] = "".join(open_ranges.pop(key))
        elif event == "start" and not deleted:
            piece = {W + "t": element.text or "", W + "tab": "\t", W + "br": " "}.get(tag)
            if piece is not None and element.getparent().tag == W + "r":
                for text in open_ranges.values():
                    text.append(piece)
        elif event == "end" and tag == W + "p":
            for text in open_ranges.values():
                text.append("\n")
    return found


def accept_all(path, target) -> str:
    """Write ``target``: ``path`` with every tracked change accepted (w:del and its
    content removed, w:ins unwrapped), as Word's "accept all" does."""
    return _resolve(path, target, drop=("del", "moveFrom"), unwrap=("ins", "moveTo"))


def reject_all(path, target) -> str:
    """Write ``target``: ``path`` with every tracked change rejected."""
    return _resolve(path, target, drop=("ins", "moveTo"), unwrap=("del", "moveFrom"))


def _resolve(path, target, drop, unwrap) -> str:
    import zipfile

    from lxml import etree

    data = parts(path)
    root = etree.fromstring(data["word/document.xml"])
    for name in drop:
        for element in list(root.iter(W + name)):
            element.getparent().remove(element)
    for name in unwrap:
        for element in list(root.iter(W + name)):
            parent = element.getparent()
            index = parent.index(element)
            for child in reversed(list(element)):
                parent.insert(index, child)
            parent.remove(element)
    for text in root.iter(W + "delText"):
        text.tag = W + "t"
    data["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in data.items():
            archive.writestr(name, content)
    return str(target)


def paragraph_texts(path) -> list[str]:
    """python-docx's view: the text of every body paragraph and every table cell
    (python-docx reads neither inserted nor deleted text of tracked changes)."""
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                texts.extend(p.text for p in cell.paragraphs)
    return texts
