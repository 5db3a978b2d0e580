"""Uploading a new version keeps the older ones with who and when; a wrong type or an
upload over 25 MB is refused with a clear message and nothing changes."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from transferhub.papers import services
from transferhub.papers.models import PaperFileVersion

from .files import docx_file, markdown_file


def test_a_second_version_keeps_the_first_with_who_and_when(paper, people):
    main = paper.main_file
    services.paper_version_add(
        paper_file=main,
        file=docx_file(["Finanzierung sichern.", "Liquidität planen.", "Glossar."]),
        actor=people["chair"].user,
        note="Glossar ergänzt",
    )
    first, second = main.versions.order_by("number")
    assert (first.number, second.number) == (1, 2)
    assert first.uploaded_by == people["member"].user
    assert second.uploaded_by == people["chair"].user and second.note == "Glossar ergänzt"
    assert main.current == second
    assert len(second.sha1) == 40 and len(second.sha512) == 128
    assert "Glossar." in second.text and "Glossar." not in first.text
    assert first.file.read() != second.file.read()


def test_the_paper_page_lists_both_versions(client_as, paper, people):
    services.paper_version_add(paper_file=paper.main_file, file=markdown_file("# Neu"))
    page = client_as("member").get(f"/vorlagen/{paper.pk}/").content.decode()
    assert "vorlage.docx" in page and "vorlage.md" in page
    assert "Versionen vergleichen" in page


@pytest.mark.parametrize(
    "upload, message",
    [
        (SimpleUploadedFile("bild.png", b"\x89PNG\r\n\x1a\n" + b"0" * 50), "nicht erlaubt"),
        (SimpleUploadedFile("programm.exe", b"MZ\x90\x00" + b"0" * 50), "nicht erlaubt"),
        (SimpleUploadedFile("text.md", b"\xff\xfe\x00k\x00a\x00p\x00u"), "nicht erlaubt"),
        (SimpleUploadedFile("leer.docx", b""), "leer"),
    ],
)
def test_a_wrong_type_is_refused_and_nothing_changes(paper, upload, message):
    before = PaperFileVersion.objects.count()
    with pytest.raises(services.PaperError, match=message):
        services.paper_version_add(paper_file=paper.main_file, file=upload)
    assert PaperFileVersion.objects.count() == before


def test_an_upload_over_25_mb_is_refused_through_the_page(client_as, paper):
    big = SimpleUploadedFile(
        "gross.pdf", b"%PDF-1.4 " + b"x" * (25 * 1024 * 1024), "application/pdf"
    )
    response = client_as("member").post(
        f"/vorlagen/{paper.pk}/dokument/{paper.main_file.pk}/version/", {"file": big}, follow=True
    )
    assert "erlaubt sind höchstens 25 MB" in response.content.decode()
    assert paper.main_file.versions.count() == 1


def test_only_those_working_on_the_paper_upload(client_as, paper):
    response = client_as("outsider").post(
        f"/vorlagen/{paper.pk}/dokument/{paper.main_file.pk}/version/",
        {"file": markdown_file("x")},
    )
    assert response.status_code == 403
    assert paper.main_file.versions.count() == 1


def test_a_second_main_document_is_refused(paper):
    with pytest.raises(services.PaperError, match="schon ein Hauptdokument"):
        services.paper_file_add(paper=paper, file=markdown_file("x"))
