"""The WeasyPrint protocol (benchmark engine): the same document as the Typst PDF, nothing fetched.

The benchmark compares Typst and WeasyPrint; these tests make sure it compares two real,
equivalent protocols: same title, agenda, decisions and to-dos, PDF/A, German text intact.
"""

import io
import urllib.request
from pathlib import Path

import pytest
from pypdf import PdfReader

from transferhub.decisions.models import Decision
from transferhub.protocols.writing import protocol_pdf

from .test_writing_pdf import SEED_TITLES, flat, pdf_text


@pytest.fixture(scope="module")
def weasy():
    """The WeasyPrint writer, imported by these tests only (half a second per process)."""
    from transferhub.protocols.writing import pdf_weasyprint

    return pdf_weasyprint


def test_it_writes_the_seed_with_title_agenda_decisions_and_tasks(seed_meeting, weasy):
    filename, mimetype, content = weasy.protocol_pdf_weasyprint(seed_meeting)
    assert filename == "protokoll-ag-transfer-2022-09-15.pdf"
    assert mimetype == "application/pdf"
    text = flat(pdf_text(content))
    assert "Protokoll AG Transfer" in text
    assert "am Donnerstag, 15.09.2022 von 09:00-13:00 Uhr" in text
    assert "Was Wer wann" in text
    assert "Pause 10:50" in text
    assert "5. OM-Zeichen-Arbeitsschutz – OM-Lieferantendatenbank" in text
    assert "Ende 13:00" in text
    for title in SEED_TITLES:
        assert text.count(title) == 2  # once in the agenda table, once as the section heading
    agreements = seed_meeting.decisions.filter(
        kind=Decision.Kind.AGREEMENT, agenda_item__isnull=False
    ).count()
    assert agreements >= 4
    assert text.count("Die AG Transfer vereinbart:") == agreements
    assert "To Do:" in text
    assert "Ansprache von Bankenverbänden vorbereiten. (Oliver Kruse, bis 31.10.2022)" in text
    assert "Die Umsetzungshilfe wird um ein Glossar ergänzt. (AG Transfer)" in text


def test_it_has_the_same_agenda_items_decisions_and_tasks_as_the_typst_pdf(seed_meeting, weasy):
    typst = flat(pdf_text(protocol_pdf(seed_meeting)[2]))
    weasy_text = flat(pdf_text(weasy.protocol_pdf_weasyprint(seed_meeting)[2]))
    items = list(seed_meeting.agenda_items.exclude(number=""))
    decisions = [d for item in items for d in item.decisions.all()]
    tasks = [t for item in items for t in item.tasks.all()]
    assert items and decisions and tasks
    for item in items:
        assert f"{item.number}. {item.name}" in weasy_text
        assert f"{item.number}. {item.name}" in typst
    for text in [" ".join(d.text.split()) for d in decisions] + [t.text for t in tasks]:
        assert text in weasy_text and text in typst
    for phrase in ("Teilnehmende:", "Mitschrift", "Nächstes Treffen:", "Anwesend:"):
        assert (phrase in weasy_text) == (phrase in typst)


def test_it_keeps_umlauts_german_quotes_and_the_rejected_motion(imported_seed, weasy):
    text = flat(pdf_text(weasy.protocol_pdf_weasyprint(imported_seed)[2]))
    assert "Die AG Transfer lehnt den Antrag ab: Es gibt keine Stimmen" in text
    assert "„Umweltschutz“" in text
    assert "Theresa Joerißen" in text
    assert "Mitschrift Theresa Joerißen" in text


def test_it_is_pdf_a_2b_with_the_title_in_its_metadata(seed_meeting, weasy):
    content = weasy.protocol_pdf_weasyprint(seed_meeting)[2]
    reader = PdfReader(io.BytesIO(content))
    assert reader.metadata.title == "Protokoll AG Transfer"
    rdf = reader.xmp_metadata.rdf_root.toxml()
    assert 'pdfaid:part="2"' in rdf and 'pdfaid:conformance="B"' in rdf


def test_the_url_fetcher_refuses_the_network_and_files_outside_the_static_folder(tmp_path, weasy):
    fetcher = weasy.LocalFilesOnly()
    for url in ("https://fonts.example.org/x.woff2", "http://127.0.0.1:9/x.css", "ftp://x/y"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    outside = tmp_path / "secret.css"
    outside.write_text("p { color: red }")
    with pytest.raises(ValueError):
        fetcher.fetch(outside.as_uri())
    with pytest.raises(ValueError):
        fetcher.fetch((weasy.STATIC_ROOT / ".." / ".." / "pyproject.toml").as_uri())
    css = weasy.STATIC_ROOT / "css" / "transferhub.css"
    response = fetcher.fetch(css.as_uri())
    try:
        assert response.read()[:1]
    finally:
        response.close()


def test_a_document_asking_for_web_fonts_and_images_is_written_without_any_request(
    monkeypatch, weasy
):
    opened = []

    def no_network(self, url, *args, **kwargs):
        opened.append(url)
        raise AssertionError("WeasyPrint tried to fetch something")

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", no_network)
    html = (
        "<style>@font-face { font-family: X; src: url(https://fonts.example.org/x.woff2) }"
        "@import url(http://example.org/a.css); p { font-family: X }</style>"
        f'<p>Grüße <img src="https://example.org/a.png"> <img src="{Path("/etc/hostname").as_uri()}"></p>'
    )
    content = weasy.html_to_pdf(html, pdf_variant=None)
    assert "Grüße" in pdf_text(content)
    assert opened == []
