"""The reader handles the family of German minutes layouts, not only the seed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from transferhub.protocols.reader import read_protocol

FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(FIXTURES))
from build_binary import build_docx, build_pdf_from_text  # noqa: E402


def read(name: str) -> dict:
    return read_protocol(FIXTURES / name)


def item(result: dict, number: str) -> dict:
    return next(i for i in result["agenda"] if i["number"] == number)


def people(entries: list[dict]) -> list[tuple]:
    return [(p["honorific"], p["name"], p["organisation"]) for p in entries]


def test_it_reads_markdown_top_headings_with_votes_and_a_task():
    r = read("strategiekreis_2023-03.md")
    assert r["source"]["format"] == "md"
    assert (r["body"], r["title"]) == (
        "Strategiekreis",
        "Protokoll der 12. Sitzung des Strategiekreises",
    )
    assert (r["date"], r["start"], r["end"]) == ("2023-03-14", "10:00", "12:30")
    assert r["place"] == "Berlin, Haus der Wirtschaft"
    assert r["participant_count"] == 4
    assert people(r["participants"])[0] == ("Prof. Dr.", "Maria Lehmann", "Hochschule Fulda")
    assert [i["number"] for i in r["agenda"]] == ["1", "2", "3", "4"]
    assert item(r, "3")["title"] == "Neue Praxishilfe „Mobiles Arbeiten“"
    decision = item(r, "2")["decisions"][0]
    assert decision["kind"] == "resolution"
    assert decision["votes"] == {"yes": 7, "no": 0, "abstain": 1}
    assert decision["text"].startswith("Der Strategiekreis genehmigt")
    assert item(r, "2")["attachments"] == ["Anlage 1"]
    task = item(r, "3")["tasks"][0]
    assert task == {"text": "Entwurf an die Fachgruppen versenden", "owner": "Katrin Vogt",
                    "due": "2023-04-30"}  # fmt: skip
    assert item(r, "3")["links"] == ["https://www.example.org/mobiles-arbeiten"]
    assert r["next_meeting"] == {"date": "2023-06-13", "start": "10:00", "end": "12:30"}
    assert r["note_taker"] == "Stefan Brandt"
    assert {"date": "2023-04-20", "start": "13:00", "end": "16:00"}.items() <= next(
        d for d in r["dates_mentioned"] if d["date"] == "2023-04-20"
    ).items()
    assert "Protokoll: Stefan Brandt" not in item(r, "4")["minutes"]


def test_it_reads_windows_1252_with_top_colon_and_slash_votes():
    r = read("fg_arbeitsschutz_2023-11_cp1252.txt")
    assert r["body"] == "FG Arbeitsschutz"
    assert (r["date"], r["start"], r["end"], r["place"]) == (
        "2023-11-07", "14:00", "16:00", "Videokonferenz",
    )  # fmt: skip
    assert people(r["participants"])[1] == (None, "Jürgen Maaß", "BG ETEM")
    assert r["participant_count"] == 4
    top2 = item(r, "2")
    assert top2["title"] == "Überarbeitung des Checks „Gefährdungsbeurteilung“"
    assert top2["attachments"] == ["Anlage 1", "Anlage 2"]
    assert top2["decisions"][0]["votes"] == {"yes": 5, "no": 0, "abstain": 1}
    assert [(t["owner"], t["due"]) for t in top2["tasks"]] == [
        ("Aylin Demir", "2023-11-30"),
        ("Lukas Förster", "2023-12-15"),
    ]
    assert item(r, "3")["status"] == "postponed"
    assert r["next_meeting"] == {"date": "2024-01-23", "start": "14:00", "end": "16:00"}
    assert r["note_taker"] == "Aylin Demir"


def test_it_reads_a_markdown_table_agenda_with_presenters_and_a_break():
    r = read("ag_umweltschutz_tabelle.md")
    assert r["body"] == "AG Umweltschutz"
    assert r["participant_count"] == 14
    assert r["breaks"] == [{"title": "Pause", "start": "10:45"}]
    assert [(i["number"], i["start"]) for i in r["agenda"]] == [
        ("1", "09:30"), ("2", "09:45"), ("3", "11:00"), ("4", "11:45"),
    ]  # fmt: skip
    assert people(item(r, "1")["presenters"]) == [("Dr.", "Hanna Keller", "UBA")]
    assert item(r, "4")["presenters"] == []
    top2 = item(r, "2")
    assert top2["decisions"][0]["kind"] == "agreement"
    assert [(t["owner"], t["due"]) for t in top2["tasks"]] == [
        ("Tobias Rau", "2023-05-31"),
        ("Mira Scholz", None),
    ]
    assert {"date": "2023-06-12", "start": "10:00", "end": "12:00"}.items() <= next(
        d for d in r["dates_mentioned"] if d["date"] == "2023-06-12"
    ).items()
    assert r["next_meeting"]["date"] == "2023-07-07"
    assert r["note_taker"] == "Mira Scholz"


def test_it_tells_agenda_list_from_headings_and_inner_lists():
    r = read("arbeitskreis_nummeriert.txt")
    assert r["body"] == "Arbeitskreis Qualifizierung"
    assert [i["number"] for i in r["agenda"]] == ["1", "2", "3", "4", "5"]
    assert "IHK Kassel" in item(r, "2")["minutes"]
    rejected = item(r, "3")["decisions"]
    assert len(rejected) == 1
    assert rejected[0]["kind"] == "rejected"
    assert rejected[0]["votes"] == {"yes": 2, "no": 8, "abstain": 1}
    assert item(r, "4")["status"] == "postponed"
    assert item(r, "5")["decisions"][0]["kind"] == "resolution"
    # "17.05." has no year: it takes the meeting's.
    assert r["next_meeting"] == {"date": "2023-05-17", "start": "10:00", "end": "13:00"}
    assert r["note_taker"] == "Eva Albrecht"


def test_it_cleans_up_a_pdf_to_text_conversion():
    r = read("netzwerk_nord_pdftotext.txt")
    top1 = item(r, "1")
    assert "Die Webseite wurde überarbeitet und steht unter" in top1["minutes"]
    assert "mailto:" not in top1["minutes"]
    assert top1["links"] == [
        "https://www.netzwerk-nord.example/",
        "mailto:info@netzwerk-nord.example",
    ]
    assert item(r, "2")["links"] == ["mailto:grote@digihand.example"]
    task = item(r, "2")["tasks"][0]
    assert (task["owner"], task["due"]) == ("Felix Grote", "2023-04-30")
    assert any(d["date"] == "2023-04-27" and d["start"] == "10:00" for d in r["dates_mentioned"])
    assert r["note_taker"] == "Jana Petersen"
    assert r["next_meeting"]["date"] == "2023-06-15"


def test_it_reads_unnumbered_markdown_headings_and_decision_lists():
    r = read("lenkungskreis_ohne_nummern.md")
    assert [(i["number"], i["title"]) for i in r["agenda"]] == [
        ("1", "Begrüßung"),
        ("2", "Jahresplanung 2024"),
        ("3", "Evaluation der Pilotphase"),
        ("4", "Verschiedenes"),
    ]
    assert (r["start"], r["end"]) == ("09:00", "11:15")
    assert len(item(r, "2")["decisions"]) == 2
    assert item(r, "3")["status"] == "withdrawn"
    assert people(r["participants"])[2] == ("Prof.", "Erik Bauer", None)
    assert r["next_meeting"] == {"date": "2023-12-11", "start": "09:00", "end": None}


def test_it_reads_sub_items_and_rolls_the_year_over():
    r = read("ag_qualifizierung_unterpunkte.txt")
    assert [i["number"] for i in r["agenda"]] == ["1", "2", "2.1", "2.2", "3"]
    assert people(r["participants"])[0] == ("Dr.", "Nina Hartmann", "Hochschule Darmstadt")
    assert item(r, "2.1")["decisions"][0]["text"].startswith("Der Kurs startet")
    tasks = item(r, "2.2")["tasks"]
    assert (tasks[0]["owner"], tasks[0]["due"]) == ("Wagner", "2024-01-19")
    assert tasks[1]["owner"] is None  # "Alle" is nobody in particular
    assert r["next_meeting"] == {"date": "2024-01-16", "start": "10:00", "end": "12:00"}


def test_it_reads_bold_headings_and_labelled_votes():
    r = read("fg_digitalisierung_fett.md")
    assert [i["title"] for i in r["agenda"]] == [
        "Stand der KI-Leitlinien",
        "Kooperation mit Kammern",
        "Verschiedenes",
    ]
    assert item(r, "1")["decisions"][0]["votes"] == {"yes": 6, "no": 2, "abstain": 0}
    assert item(r, "2")["decisions"][0]["kind"] == "postponement"
    assert r["next_meeting"]["date"] == "2023-09-27"
    assert r["note_taker"] == "Sophie Klein"


def test_it_reads_a_word_document_with_table_agenda_and_numbered_tasks(tmp_path):
    r = read_protocol(build_docx(tmp_path / "beirat.docx"))
    assert r["source"]["format"] == "docx"
    assert (r["title"], r["body"], r["date"]) == (
        "Protokoll Beirat Gesundes Arbeiten", "Beirat Gesundes Arbeiten", "2024-04-18",
    )  # fmt: skip
    assert people(item(r, "1")["presenters"]) == [
        ("Prof. Dr.", "Karin Wolf", "Universität Hannover")
    ]
    assert item(r, "3")["presenters"] == []
    d = item(r, "2")["decisions"][0]
    assert (d["kind"], d["votes"]) == ("resolution", {"yes": 8, "no": 1, "abstain": 0})
    assert [(t["owner"], t["due"]) for t in item(r, "2")["tasks"]] == [
        ("Malte Sommer", "2024-05-15"),
        (None, None),
    ]
    assert r["note_taker"] == "Jan Peters"


def test_it_reads_a_pdf_with_a_text_layer_and_link_annotations(tmp_path):
    text = (FIXTURES / "strategiekreis_2023-03.md").read_text(encoding="utf-8")
    pdf = build_pdf_from_text(
        text, tmp_path / "sk.pdf", per_page=20, links=["https://www.example.org/anmeldung"]
    )
    r = read_protocol(pdf.read_bytes(), filename="sk.pdf")
    assert r["source"]["format"] == "pdf"
    assert r["date"] == "2023-03-14"
    assert [i["number"] for i in r["agenda"]] == ["1", "2", "3", "4"]
    assert item(r, "2")["decisions"][0]["votes"] == {"yes": 7, "no": 0, "abstain": 1}
    assert "https://www.example.org/anmeldung" in item(r, "4")["links"]
    assert "https://www.example.org/anmeldung" not in item(r, "4")["minutes"]


@pytest.mark.parametrize(
    "name",
    sorted(p.name for p in FIXTURES.iterdir() if p.suffix in (".md", ".txt")),
)
def test_every_fixture_gives_the_contract_keys(name):
    r = read(name)
    for key in ("source", "body", "title", "date", "start", "end", "place", "participant_count",
                "participants", "note_taker", "agenda", "breaks", "next_meeting",
                "dates_mentioned", "warnings"):  # fmt: skip
        assert key in r
    for it in r["agenda"]:
        assert it["status"] in ("discussed", "postponed", "withdrawn")
        for d in it["decisions"]:
            assert d["kind"] in ("agreement", "resolution", "rejected", "postponement")
