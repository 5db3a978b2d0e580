"""Any two text versions (DOCX, Markdown, PDF with text) compare as a diff; a scanned PDF
gets a clear message."""

from transferhub.papers import services

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
