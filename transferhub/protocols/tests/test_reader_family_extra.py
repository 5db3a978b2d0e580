"""A tenth layout: a Word-style "Ergebnisprotokoll" of an ad-hoc group."""

from pathlib import Path

import pytest

from transferhub.protocols.reader import read_protocol

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "adhoc_ag_energieeinsparung_docx.txt"


def _as_docx(tmp_path: Path) -> Path:
    """Write the same minutes as a Word document, one paragraph per block, bullets as a list."""
    import docx

    document = docx.Document()
    for block in FIXTURE.read_text(encoding="utf-8").split("\n\n"):
        for line in block.splitlines():
            if line.startswith("- "):
                document.add_paragraph(line[2:], style="List Bullet")
            elif line.strip():
                document.add_paragraph(line)
    path = tmp_path / "energie.docx"
    document.save(path)
    return path


@pytest.fixture(params=["txt", "docx"])
def result(request, tmp_path) -> dict:
    return read_protocol(FIXTURE if request.param == "txt" else _as_docx(tmp_path))


def item(result: dict, number: str) -> dict:
    return next(i for i in result["agenda"] if i["number"] == number)


def test_it_takes_the_body_from_the_line_under_ergebnisprotokoll(result):
    assert result["title"] == "Ergebnisprotokoll Ad-hoc-AG Energieeinsparung"
    assert result["body"] == "Ad-hoc-AG Energieeinsparung"
    assert (result["date"], result["start"], result["end"]) == ("2022-12-07", "10:00", "11:30")
    assert result["place"] == "Online (Videokonferenz)"


def test_it_reads_the_attendance_list_with_organisations_in_brackets(result):
    assert result["participant_count"] == 5
    assert [(p["honorific"], p["name"], p["organisation"]) for p in result["participants"]] == [
        ("Dr.", "Claudia Brenner", "ZDH"),
        (None, "Markus Feld", "IHK Nürnberg"),
        (None, "Petra Lindner", "Offensive Mittelstand"),
        (None, "Yusuf Arslan", "BAuA"),
        ("Dr.", "Helga Nowak", "RKW Kompetenzzentrum"),
    ]


def test_it_reads_top_dash_headings(result):
    assert [(i["number"], i["title"]) for i in result["agenda"]] == [
        ("1", "Begrüßung und Ziel der Ad-hoc-AG"),
        ("2", "Entwurf der Handreichung „Energie sparen im Betrieb“"),
        ("3", "Abstimmung mit der AG Umweltschutz"),
        ("4", "Verschiedenes"),
    ]
    assert item(result, "2")["attachments"] == ["Anlage 1"]
    assert item(result, "4")["links"] == ["https://www.rkw-kompetenzzentrum.example/energie"]


def test_a_unanimous_resolution_gets_its_responsible_person_and_date_as_a_task(result):
    decision = item(result, "2")["decisions"]
    assert decision == [
        {
            "text": "Die Handreichung wird um ein Kapitel zur Druckluft ergänzt und dem "
            "Strategiekreis vorgelegt.",
            "kind": "resolution",
            "votes": None,
        }
    ]
    assert item(result, "2")["tasks"] == [
        {"text": decision[0]["text"], "owner": "Markus Feld", "due": "2023-01-15"}
    ]
    task = item(result, "3")["tasks"][0]
    assert (task["owner"], task["due"]) == ("Petra Lindner", "2023-01-31")


def test_it_finds_the_next_meeting_and_the_note_taker(result):
    assert result["next_meeting"] == {"date": "2023-01-25", "start": "10:00", "end": "11:30"}
    assert result["note_taker"] == "Petra Lindner"
