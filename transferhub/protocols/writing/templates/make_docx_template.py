"""Build protocol-template.docx, the Word template of the protocol (docxtpl / Jinja tags).

Run it after changing the layout:  .venv/bin/python transferhub/protocols/writing/templates/make_docx_template.py

The secretariat may instead open the .docx in Word, restyle it (fonts, logo, letterhead,
the "Beschluss" style) and point the setting PROTOCOL_DOCX_TEMPLATE at its copy. Keep the
{{ … }} and {%p … %} tags: each tag must stay within one run of text (type it in one go).
"""

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent / "protocol-template.docx"
BLUE = RGBColor(0x1A, 0x4F, 0x8B)


def _decision_style(doc):
    """A paragraph style that sets decisions apart: indented, grey, a blue bar on the left."""
    style = doc.styles.add_style("Beschluss", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    fmt = style.paragraph_format
    fmt.left_indent = Cm(0.4)
    fmt.space_after = Pt(2)
    ppr = style.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    for key, value in (
        ("w:val", "single"),
        ("w:sz", "18"),
        ("w:space", "8"),
        ("w:color", "1A4F8B"),
    ):
        left.set(qn(key), value)
    borders.append(left)
    ppr.append(borders)
    shading = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "F2F2F2")):
        shading.set(qn(key), value)
    ppr.append(shading)
    heading = doc.styles.add_style("Beschluss Überschrift", WD_STYLE_TYPE.PARAGRAPH)
    heading.base_style = style
    heading.font.bold = True
    heading.paragraph_format.keep_with_next = True
    label = doc.styles.add_style("Protokoll Marke", WD_STYLE_TYPE.PARAGRAPH)
    label.base_style = doc.styles["Normal"]
    label.font.bold = True
    label.paragraph_format.keep_with_next = True
    label.paragraph_format.space_before = Pt(8)


def _tag(doc, text: str) -> None:
    doc.add_paragraph(text)


def build(path: Path = OUT) -> Path:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.3)
    normal = doc.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(10)
    for name in ("Title", "Heading 2"):
        doc.styles[name].font.color.rgb = RGBColor(0, 0, 0)
        doc.styles[name].font.name = "DejaVu Sans"
    doc.styles["Title"].font.size = Pt(20)
    doc.styles["Heading 2"].font.size = Pt(12.5)
    _decision_style(doc)

    doc.add_paragraph("{{ title }}", style="Title")
    doc.add_paragraph("{{ date_line }}")
    _tag(doc, "{%p if place %}")
    doc.add_paragraph("Ort: {{ place }}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if participant_count %}")
    doc.add_paragraph("Teilnehmende: {{ participant_count }}")
    _tag(doc, "{%p endif %}")

    doc.add_paragraph("Tagesordnung", style="Heading 2")
    table = doc.add_table(rows=5, cols=3)
    table.style = doc.styles["Table Grid"]
    widths = (Cm(9.2), Cm(5.6), Cm(1.6))
    rows = [
        ("Was", "Wer", "wann"),
        ("{%tr for row in agenda %}", "", ""),
        ("{{ row.what }}", "{{ row.who }}", "{{ row.start }}"),
        ("{%tr endfor %}", "", ""),
        ("Ende", "", "{{ end }}"),
    ]
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            cell = table.cell(r, c)
            cell.width = widths[c]
            run = cell.paragraphs[0].add_run(text)
            run.bold = r == 0

    # The attendance list follows the agenda, as in the PDF.
    _tag(doc, "{%p if participants %}")
    doc.add_paragraph("Anwesend:", style="Protokoll Marke")
    _tag(doc, "{%p for p in participants %}")
    doc.add_paragraph("{{ p }}", style="List Bullet")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")

    _tag(doc, "{%p for item in items %}")
    doc.add_paragraph("{{ item.heading }}", style="Heading 2")
    _tag(doc, "{%p for b in item.blocks %}")
    _tag(doc, "{%p if b.kind == 'bullet' %}")
    doc.add_paragraph("{{r b.rich }}", style="List Bullet")
    _tag(doc, "{%p else %}")
    doc.add_paragraph("{{r b.rich }}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p for d in item.decisions %}")
    doc.add_paragraph("{{ d.heading }}", style="Beschluss Überschrift")
    _tag(doc, "{%p for b in d.blocks %}")
    doc.add_paragraph("{{ b.text }}", style="Beschluss")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p if d.votes %}")
    doc.add_paragraph("{{ d.votes }}", style="Beschluss")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p if item.tasks %}")
    doc.add_paragraph("To Do:", style="Protokoll Marke")
    _tag(doc, "{%p for t in item.tasks %}")
    doc.add_paragraph("{{ t.line }}", style="List Bullet")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if item.attachments %}")
    doc.add_paragraph("Anlagen:", style="Protokoll Marke")
    _tag(doc, "{%p for a in item.attachments %}")
    doc.add_paragraph("{{ a }}", style="List Bullet")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")

    _tag(doc, "{%p if next_meeting %}")
    doc.add_paragraph("Nächstes Treffen:", style="Protokoll Marke")
    doc.add_paragraph("{{ next_meeting }}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if note_taker %}")
    doc.add_paragraph("Mitschrift {{ note_taker }}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if approval %}")
    doc.add_paragraph("{{ approval }}")
    _tag(doc, "{%p endif %}")
    doc.core_properties.title = "Protokoll"
    doc.core_properties.author = "Transferhub"
    doc.save(path)
    return path


if __name__ == "__main__":
    print(build())
