"""Any two text versions (DOCX, Markdown, PDF with text) compare as a diff; a scanned PDF,
or one whose text layer no one can read (fonts without a map to Unicode), gets a clear
message."""

from django.core.files.uploadedfile import SimpleUploadedFile

from transferhub.papers import services
from transferhub.protocols.tests.fixtures import formats

from .files import docx_file, markdown_file, pdf_with_text, scanned_pdf


def _compare(client, paper, a=1, b=2):
    url = f"/vorlagen/{paper.pk}/dokument/{paper.main_file.pk}/vergleich/"
    return client.get(url, {"a": a, "b": b}).content.decode()


def test_two_docx_versions_show_what_was_added_and_removed(client_as, paper):
    services.paper_version_add(
        paper_file=paper.main_file,
        file=docx_file(["Finanzierung sichern.", "Liquidität täglich planen.", "Glossar."]),
    )
    page = _compare(client_as("member"), paper)
    assert "<ins>Liquidität täglich planen.</ins>" in page
    assert "<ins>Glossar.</ins>" in page
    assert "<del>Liquidität planen.</del>" in page
    assert "2 Zeilen hinzugefügt, 1 entfernt" in page


def test_docx_compares_with_markdown_and_pdf_with_text(client_as, paper):
    services.paper_version_add(
        paper_file=paper.main_file, file=markdown_file("Finanzierung sichern.\n")
    )
    services.paper_version_add(
        paper_file=paper.main_file, file=pdf_with_text("Finanzierung sichern.")
    )
    client = client_as("member")
    assert "<del>Liquidität planen.</del>" in _compare(client, paper, 1, 2)
    assert "Der Text beider Versionen ist gleich." in _compare(client, paper, 2, 3)


def test_a_scanned_pdf_cannot_be_compared_and_says_why(client_as, paper):
    services.paper_version_add(paper_file=paper.main_file, file=scanned_pdf())
    page = _compare(client_as("member"), paper)
    assert "ist ein PDF ohne Textebene" in page and "scan.pdf" in page
    assert "<ins>" not in page


def _unmapped_pdf(*, glyph_names: bool) -> SimpleUploadedFile:
    data = formats.unmapped_font_pdf(glyph_names=glyph_names)
    return SimpleUploadedFile("protokoll.pdf", data, "application/pdf")


def test_a_pdf_whose_text_layer_is_glyph_numbers_is_treated_like_a_scan(client_as, paper):
    # The page shows the minutes; pdfminer gives "(cid:1)(cid:2)…" for each line.
    services.paper_version_add(paper_file=paper.main_file, file=_unmapped_pdf(glyph_names=False))
    client = client_as("member")
    page = _compare(client, paper)
    assert "ist ein PDF ohne Textebene" in page and "protokoll.pdf" in page
    assert "cid:" not in page and "<ins>" not in page
    detail = client.get(f"/vorlagen/{paper.pk}/").content.decode()
    assert 'protokoll.pdf</a> <span class="muted">(ohne Text)</span>' in detail
    assert "Keine Vorlage enthält" in client.get("/vorlagen/", {"q": "cid"}).content.decode()


def test_a_pdf_without_unicode_maps_but_with_named_glyphs_is_compared_as_text(client_as, paper):
    # Ghostscript kept the glyphs' names ("P", "adieresis"): pdfminer reads the text from them.
    services.paper_version_add(paper_file=paper.main_file, file=_unmapped_pdf(glyph_names=True))
    page = _compare(client_as("member"), paper)
    assert "<ins>Beschluss: Der Haushalt 2024 wird angenommen.</ins>" in page
    assert "<del>Finanzierung sichern.</del>" in page
