"""Bad uploads get one sentence each and store nothing."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from transferhub.decisions.models import Decision, Task
from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.network.demo import SEED

IMPORT = reverse("protocols:import")


def _nothing_stored():
    return (
        Meeting.objects.count(),
        AgendaItem.objects.count(),
        Decision.objects.count(),
        Task.objects.count(),
    ) == (0, 0, 0, 0)


def _zip(**members: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name.replace("__", "/"), data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("leer.txt", b"", "Die Datei ist leer."),
        ("nur-leerzeichen.md", b" \n\n \n", "Die Datei ist leer."),
        ("rauschen.txt", bytes(range(256)) * 40, "Die Datei enthält Binärdaten"),
        ("rauschen.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40, "Das PDF ist beschädigt"),
        ("kaputt.docx", b"PK\x03\x04" + b"\x00" * 300, "Die Word-Datei ist beschädigt"),
        ("archiv.docx", _zip(hallo__txt=b"x"), "kein Word-Dokument"),
        ("bild.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "Dieser Dateityp wird nicht unterstützt"),
        ("alt.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "nicht unterstützt"),
        ("tabelle.xlsx", _zip(xl__workbook__xml=b"<x/>"), "Dieser Dateityp wird nicht unterstützt"),
    ],
)
def test_a_bad_file_gets_one_sentence_and_nothing_is_stored(
    client_as, people, name, content, message
):
    response = client_as("secretariat").post(IMPORT, {"files": SimpleUploadedFile(name, content)})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "Traceback" not in html
    assert _nothing_stored()


def test_a_file_over_the_size_limit_is_refused_before_reading(client_as, settings, people):
    settings.PROTOCOL_IMPORT_MAX_BYTES = 1024
    content = SEED.read_bytes()
    assert len(content) > 1024
    response = client_as("secretariat").post(
        IMPORT, {"files": SimpleUploadedFile("gross.txt", content)}
    )
    html = response.content.decode().replace("\xa0", " ")
    assert "Die Datei ist größer als 1,0 KB und wird nicht gelesen." in html
    assert _nothing_stored()


def test_a_submission_without_files_shows_the_field_error(client_as, people):
    response = client_as("secretariat").post(IMPORT, {})
    assert response.status_code == 200
    assert 'id="id_files_error"' in response.content.decode()
    assert _nothing_stored()


def test_a_bad_file_beside_a_good_one_leaves_the_good_one_stored(client_as, people):
    files = [SimpleUploadedFile("leer.txt", b""), SimpleUploadedFile("seed.txt", SEED.read_bytes())]
    html = client_as("secretariat").post(IMPORT, {"files": files}).content.decode()
    assert "Die Datei ist leer." in html
    assert Meeting.objects.filter(source_name="seed.txt").count() == 1
