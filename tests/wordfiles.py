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
