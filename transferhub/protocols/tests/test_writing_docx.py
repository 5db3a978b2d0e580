"""The protocol as an editable Word document, from a template the secretariat can replace."""

import io

import docx

from transferhub.protocols.writing import protocol_docx
from transferhub.protocols.writing.docx import DEFAULT_TEMPLATE


def open_docx(content: bytes):
    return docx.Document(io.BytesIO(content))


def all_text(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def test_it_opens_in_word_with_the_agenda_table(seed_meeting):
    filename, mimetype, content = protocol_docx(seed_meeting)
    assert filename == "protokoll-ag-transfer-2022-09-15.docx"
    assert mimetype.endswith("wordprocessingml.document")
    document = open_docx(content)
    table = document.tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Was", "Wer", "wann"]
    assert rows[1] == [
        "1. Neues aus der Offensive Mittelstand",
        "Prof. Dr. Oliver Kruse (Offensive Mittelstand)",
        "09:00",
    ]
    assert ["Pause", "", "10:50"] in rows
    assert rows[-1] == ["Ende", "", "13:00"]
    assert len(rows) == 1 + 10 + 1  # header, nine items and a break, end


def test_it_sets_decisions_apart_in_their_own_style(seed_meeting):
    document = open_docx(protocol_docx(seed_meeting)[2])
    styled = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Beschluss Überschrift", "Die AG Transfer vereinbart:") in styled
    assert ("Beschluss", "Die AG Transfer vereinbart zu TOP 3.") in styled
    headings = [text for style, text in styled if style == "Heading 2"]
    assert headings[0] == "Tagesordnung"
    assert "3. Umsetzungshilfe „Finanzierung und Liquidität“" in headings
    text = all_text(document)
    assert "Ansprache von Bankenverbänden vorbereiten. (Oliver Kruse, bis 31.10.2022)" in text
    assert "Mitschrift Theresa Joerißen" in text
    assert "{{" not in text and "{%" not in text


def test_it_escapes_user_text_for_word(seed_meeting):
    item = seed_meeting.agenda_items.get(number="1")
    item.name = "Kosten & Nutzen <vorläufig> {{ title }}"
    item.save()
    document = open_docx(protocol_docx(seed_meeting)[2])
    assert "1. Kosten & Nutzen <vorläufig> {{ title }}" in all_text(document)


def test_it_uses_a_template_the_secretariat_replaced(seed_meeting, settings, tmp_path):
    template = docx.Document(str(DEFAULT_TEMPLATE))
    template.paragraphs[0].insert_paragraph_before("Geschäftsstelle der Offensive Mittelstand")
    path = tmp_path / "eigene-vorlage.docx"
    template.save(path)
    settings.PROTOCOL_DOCX_TEMPLATE = str(path)
    document = open_docx(protocol_docx(seed_meeting)[2])
    assert document.paragraphs[0].text == "Geschäftsstelle der Offensive Mittelstand"
    assert document.paragraphs[1].text == "Protokoll AG Transfer"
