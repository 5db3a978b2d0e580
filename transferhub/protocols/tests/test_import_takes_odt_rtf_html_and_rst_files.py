"""ODT, RTF, HTML (.html and .htm) and reStructuredText minutes are imported from a folder on
the command line and through the upload form, as TXT, Markdown, PDF and DOCX are."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from transferhub.meetings.models import Meeting
from transferhub.protocols.forms import ImportForm

from .fixtures import formats

RST = """\
Protokoll AG Umwelt
===================

:Datum: 14.05.2024
:Beginn: 18:00 Uhr
:Ende: 19:00 Uhr
:Protokoll: Jonas Kurz

Tagesordnung
------------

1. Begrüßung
2. Verschiedenes

TOP 1: Begrüßung
----------------

Anna Berg begrüßt die Anwesenden.

TOP 2: Verschiedenes
--------------------

Nichts.
"""


def _minutes(day: str) -> list[tuple[str, object]]:
    """The builders' minutes on another day, so each file is a meeting of its own."""
    return [
        ("p", f"Datum: {day}.03.2024, 18:00 – 19:30 Uhr") if kind == "p" and "Datum" in str(c)
        else (kind, c)
        for kind, c in formats.MINUTES
    ]  # fmt: skip


def one_of_each() -> dict[str, bytes]:
    return {
        "umwelt.odt": formats.odt(_minutes("12")),
        "umwelt.rtf": formats.rtf(_minutes("13")),
        "umwelt.html": formats.html(_minutes("14")),
        "umwelt.htm": formats.html(_minutes("15")),
        "umwelt.rst": RST.encode(),
    }


def _dates() -> dict[str, str]:
    """Each imported meeting's date by its file's name (the command keeps the path)."""
    return {
        m.source_name.rsplit("/", 1)[-1]: m.date.isoformat()
        for m in Meeting.objects.filter(source_sha256__gt="")
    }  # fmt: skip


def test_a_folder_with_one_file_of_each_format_is_imported_whole(db, ag_transfer, tmp_path):
    for name, data in one_of_each().items():
        (tmp_path / name).write_bytes(data)
    out = io.StringIO()
    call_command("import_protocol", str(tmp_path), "--body", ag_transfer.name, stdout=out)
    assert "Import: 5 gespeichert, 0 schon vorhanden, 0 abgelehnt" in out.getvalue()
    assert _dates() == {
        "umwelt.odt": "2024-03-12",
        "umwelt.rtf": "2024-03-13",
        "umwelt.html": "2024-03-14",
        "umwelt.htm": "2024-03-15",
        "umwelt.rst": "2024-05-14",
    }


def test_the_upload_form_offers_and_takes_one_file_of_each_format(client_as, ag_transfer):
    accept = ImportForm().fields["files"].widget.attrs["accept"].split(",")
    assert {".odt", ".rtf", ".html", ".htm", ".rst"} <= set(accept)
    files = [SimpleUploadedFile(name, data) for name, data in one_of_each().items()]
    response = client_as("secretariat").post(
        reverse("protocols:import"), {"files": files, "body": ag_transfer.pk}
    )
    html = response.content.decode()
    assert "5 von 5 Dateien wurden als Entwurf gespeichert." in html
    assert "nicht unterstützt" not in html
    assert set(_dates()) == set(one_of_each())


@pytest.mark.parametrize("name", ["umwelt.odt.bak", "umwelt.doc"])
def test_other_suffixes_are_still_refused_with_the_list_of_formats(client_as, name):
    file = SimpleUploadedFile(name, formats.odt())
    html = client_as("secretariat").post(reverse("protocols:import"), {"files": file})
    text = html.content.decode()
    assert "Dieser Dateityp wird nicht unterstützt" in text and "ODT, RTF oder HTML" in text
    assert not Meeting.objects.filter(source_name=name).exists()
