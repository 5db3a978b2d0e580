"""A small PDF that would cost pdfminer minutes or gigabytes is refused in a moment, by the
reader, the command and the web import alike, and nothing is stored."""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from transferhub.decisions.models import Decision, Task
from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.network.models import Person
from transferhub.protocols.reader import ProtocolReadError, read_protocol

from .costly_files import flate_bomb, pdf, text_page

HEAD = ["Protokoll AG Transfer", "am 15.09.2022", "TOP 1: Begrüßung"]


def text_operators() -> bytes:
    """25 KB, 400,000 text operators on one page: before, 85 s and 2 GB."""
    return pdf([b"BT /F1 10 Tf 50 800 Td " + b"(a) Tj " * 400_000 + b"ET"])


def inflating_to_a_gigabyte() -> bytes:
    """1 MB whose page content inflates to 1 GiB: before, pdfminer took 1 GB for it."""
    return pdf([flate_bomb(1024, head=text_page(HEAD))], compress=False)


def a_form_drawn_a_thousand_times() -> bytes:
    """1 KB: a form of 1,000 text operators, drawn 1,000 times on one page."""
    form = b"BT /F1 10 Tf 50 800 Td " + b"(ab) Tj " * 1000 + b"ET"
    return pdf([b"/Fm1 Do " * 1000], forms={"Fm1": form})


def many_pages() -> bytes:
    return pdf([text_page(HEAD)] * 201)


CASES = {
    "text operators": (text_operators, "mehr als 200.000 Zeichenbefehlen"),
    "flate bomb": (inflating_to_a_gigabyte, "Verdacht auf eine Kompressionsbombe"),
    "form drawn often": (a_form_drawn_a_thousand_times, "mehr als 200.000 Zeichenbefehlen"),
    "201 pages": (many_pages, "mehr als 200 Seiten"),
}


def refusal(data: bytes) -> tuple[str, float]:
    """The refusal's message and its cost in processor time (all threads of this process;
    a wall clock would also count the other processes sharing the machine)."""
    started = time.process_time()
    with pytest.raises(ProtocolReadError) as info:
        read_protocol(data, filename="protokoll.pdf")
    return str(info.value), time.process_time() - started


@pytest.mark.parametrize("build,message", CASES.values(), ids=CASES.keys())
def test_the_reader_refuses_it_within_seconds(build, message):
    data = build()
    assert len(data) < 1_200_000
    text, seconds = refusal(data)
    assert message in text
    assert seconds < 3


def test_a_real_pdf_of_many_pages_is_still_read():
    lines = HEAD + ["Die AG Transfer vereinbart, das Glossar zu überarbeiten."] * 30
    result = read_protocol(pdf([text_page(lines)] * 20), filename="protokoll.pdf")
    assert result["agenda"][0]["title"] == "Begrüßung"


def _database() -> tuple[int, ...]:
    models = (Meeting, AgendaItem, Decision, Task, Person)
    return tuple(model.objects.count() for model in models)


def test_the_command_answers_with_status_2_and_one_line(db, tmp_path, capsys):
    path = tmp_path / "bombe.pdf"
    path.write_bytes(inflating_to_a_gigabyte())
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_protocol", str(path), "--dry-run", "--json")
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Kompressionsbombe" in err[0] and "Traceback" not in err[0]


def test_the_command_stores_nothing(db, people, tmp_path):
    path = tmp_path / "befehle.pdf"
    path.write_bytes(text_operators())
    before = _database()
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_protocol", str(path))
    assert exit_info.value.code == 2
    assert _database() == before


def test_the_web_import_shows_the_reason_and_stores_nothing(client_as, people):
    client = client_as("secretariat")
    before = _database()
    started = time.monotonic()
    response = client.post(
        reverse("protocols:import"),
        {"files": SimpleUploadedFile("formular.pdf", a_form_drawn_a_thousand_times())},
    )
    assert time.monotonic() - started < 10
    assert response.status_code == 200
    assert "mehr als 200.000 Zeichenbefehlen" in response.content.decode()
    assert _database() == before
