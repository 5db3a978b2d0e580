"""A PDF whose cross-reference table points some objects at offset 0 (as some office tools
write them) is read as any other: pypdf's notes on how it recovered ("Ignoring wrong pointing
object 6 0 (offset 0)") no longer show in the import command's or the bench's output, while
pypdf's errors still would."""

import logging
import subprocess
import sys

import pytest

from transferhub.protocols.reader import read_protocol

from .costly_files import pdf, text_page

GERMAN = [
    "Protokoll der Vorstandssitzung des Gartenvereins Lindenhof",
    "am 12.03.2024",
    "TOP 1: Begrüßung",
    "TOP 2: Haushalt",
    "Beschluss: Der Haushalt 2024 wird einstimmig angenommen.",
]
ENGLISH = [
    "Minutes of the Riverside Rowing Club committee meeting",
    "12 March 2024",
    "1. Welcome",
    "2. Budget",
    "Decision: The budget for 2024 was approved unanimously.",
]


def with_wrong_offsets(data: bytes, extra: int = 2) -> bytes:
    """The PDF opened by a binary comment line, as office tools write one, and with `extra`
    objects more in its cross-reference table, each at offset 0 (where that line stands)."""
    binary = b"%\xe2\xe3\xcf\xd3\n"
    head, _, rest = data.partition(b"\n")
    body, _, tail = rest.partition(b"\nxref\n")
    count = int(tail.split(b"\n", 1)[0].split()[1])
    rows = tail.split(b"\n")[1 : 1 + count]
    moved = [rows[0]] + [b"%010d 00000 n " % (int(r[:10]) + len(binary)) for r in rows[1:]]
    xref = len(head) + 1 + len(binary) + len(body) + 1
    return (
        head
        + b"\n"
        + binary
        + body
        + b"\nxref\n"
        + b"0 %d\n" % (count + extra)
        + b"".join(r + b"\n" for r in moved)
        + b"0000000000 00000 n \n" * extra
        + b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (count + extra, xref)
    )


@pytest.mark.parametrize("lines,title", [(GERMAN, "Haushalt"), (ENGLISH, "Budget")])
def test_the_pdf_is_read_and_pypdf_notes_nothing(lines, title, caplog):
    data = with_wrong_offsets(pdf([text_page(lines)]))
    with caplog.at_level(logging.DEBUG, logger="transferhub"):
        result = read_protocol(data, filename="protokoll.pdf")
    assert result["date"] == "2024-03-12"
    assert [item["title"] for item in result["agenda"]][1] == title
    assert result["agenda"][1]["decisions"]
    assert [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")] == []
    # pypdf's errors are not silenced.
    assert logging.getLogger("pypdf._reader").isEnabledFor(logging.ERROR)


def test_reading_it_outside_the_tests_prints_nothing(tmp_path):
    path = tmp_path / "protokoll.pdf"
    path.write_bytes(with_wrong_offsets(pdf([text_page(GERMAN)]), extra=3))
    code = (
        "import sys; from transferhub.protocols.reader import read_protocol; "
        "print(read_protocol(sys.argv[1])['agenda'][0]['title'])"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "Begrüßung"
    assert run.stderr == ""
