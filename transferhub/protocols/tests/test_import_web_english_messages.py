"""A file the reader cannot read is explained in the user's language, German by default."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from transferhub.meetings.models import Meeting

IMPORT = reverse("protocols:import")


@pytest.mark.parametrize(
    ("name", "content", "english", "german"),
    [
        ("leer.txt", b"", "The file is empty.", "Die Datei ist leer."),
        (
            "rauschen.txt",
            bytes(range(256)) * 40,
            "The file contains binary data",
            "Die Datei enthält Binärdaten",
        ),
        (
            "rauschen.pdf",
            b"%PDF-1.7\n" + bytes(range(256)) * 40,
            "The PDF is damaged",
            "Das PDF ist beschädigt",
        ),
    ],
)
def test_a_read_error_is_shown_in_english_to_english_readers(
    client_as, people, name, content, english, german
):
    response = client_as("secretariat").post(
        IMPORT, {"files": SimpleUploadedFile(name, content)}, HTTP_ACCEPT_LANGUAGE="en"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert english in html
    assert german not in html
    assert not Meeting.objects.exists()


def test_a_read_error_stays_german_by_default(client_as, people):
    response = client_as("secretariat").post(IMPORT, {"files": SimpleUploadedFile("leer.txt", b"")})
    assert "Die Datei ist leer." in response.content.decode()
