"""An office document that would inflate to a gigabyte is refused at once; real ones pass."""

import io
import time
import zipfile
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from transferhub.lib.uploads import UploadRejected, inspect_upload
from transferhub.meetings.models import Attachment

from .zip_bombs import zip_with_bomb

ODT = b"application/vnd.oasis.opendocument.text"
BOMB_MESSAGE = "Verdacht auf eine ZIP-Bombe"


def odt_bomb() -> bytes:
    """About 1 MB whose "mimetype" inflates to 1 GiB: before, it cost 2.1 GB, 16 s and was stored."""
    members = {"content.xml": b"<office:document-content/>", "META-INF/manifest.xml": b"<m/>"}
    return zip_with_bomb(members, bomb="mimetype", mib=1024, head=ODT, first=True)


def refusal(upload) -> tuple[str, float]:
    started = time.monotonic()
    try:
        inspect_upload(upload)
    except UploadRejected as exc:
        return str(exc), time.monotonic() - started
    raise AssertionError("the upload was accepted")


def test_it_refuses_an_odt_whose_mimetype_inflates_to_a_gigabyte_at_once():
    data = odt_bomb()
    assert len(data) < 1_100_000
    message, seconds = refusal(SimpleUploadedFile("protokoll.odt", data))
    assert BOMB_MESSAGE in message
    assert seconds < 1


def test_it_refuses_a_docx_with_a_bomb_among_its_parts():
    members = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}
    data = zip_with_bomb(members, bomb="word/media/image1.png", mib=300)
    message, seconds = refusal(SimpleUploadedFile("nachweis.docx", data))
    assert BOMB_MESSAGE in message
    assert seconds < 1


def test_a_web_upload_of_the_bomb_is_refused_and_nothing_stored(client_as, seed_meeting, settings):
    item = seed_meeting.agenda_items.get(number="1")
    client, upload = client_as("secretariat"), SimpleUploadedFile("bericht.odt", odt_bomb())
    client.get(seed_meeting.get_absolute_url())  # loads the URLconf and templates first
    started = time.monotonic()
    response = client.post(
        reverse("meetings:attachment_add", args=[seed_meeting.pk, item.pk]),
        {"attachment-file": upload, "attachment-name": ""},
        follow=True,
    )
    assert time.monotonic() - started < 3
    assert BOMB_MESSAGE in response.content.decode()
    assert not Attachment.objects.exists()
    root = Path(settings.STORAGES["default"]["OPTIONS"]["location"])
    assert not root.exists() or not [p for p in root.rglob("*") if p.is_file()]


def _odt() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), ODT)  # stored, first, as ODF requires
        zf.writestr("content.xml", "<office:document-content>" + "<text:p>Absatz</text:p>" * 500)
        zf.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
    return buf.getvalue()


def _docx() -> bytes:
    import docx

    document = docx.Document()
    for i in range(3000):
        document.add_paragraph(
            f"Absatz {i}: Die AG Transfer vereinbart, das Glossar zu überarbeiten."
        )
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _xlsx() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in range(1, 2001):
        sheet.append([row, "Muster Metall GmbH", "Lieferant", 0])  # repetitive, as sheets are
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_real_office_documents_still_pass():
    for name, data, mime in [
        ("protokoll.odt", _odt(), "application/vnd.oasis.opendocument.text"),
        ("protokoll.docx", _docx(), "wordprocessingml.document"),
        ("liste.xlsx", _xlsx(), "spreadsheetml.sheet"),
    ]:
        found, size, _sha = inspect_upload(SimpleUploadedFile(name, data))
        assert found.endswith(mime), name
        assert size == len(data)
