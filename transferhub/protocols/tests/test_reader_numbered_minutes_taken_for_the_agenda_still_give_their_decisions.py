"""Minutes written as one numbered paragraph a topic ("1. Anna was elected chair.", "2. The
charter was approved …") with a numbered list further down ("Agenda for next meeting") are
read with the upper list as the agenda and the lower one as the topics: no entry of the
agenda then heads its topic. The upper list was the minutes, and the decisions it records
are the meeting's. An agenda whose entries head their topics gives no decision of its own."""

from transferhub.protocols.reader import read_protocol

_LOWER_EN = (
    "Agenda for Next Meeting\n-----------------------\n\n"
    "1. Review test estimate\n2. Review design notes\n3. Review build tools\n"
)
_LOWER_DE = (
    "Themen für das nächste Treffen\n------------------------------\n\n"
    "1. Schätzung besprechen\n2. Entwurfsnotizen durchsehen\n3. Werkzeuge prüfen\n"
)


def _decisions(text: str) -> list[tuple[str, str]]:
    agenda = read_protocol(text.encode(), filename="x.md")["agenda"]
    return [(d["kind"], d["text"]) for it in agenda for d in it["decisions"]]


def test_english_numbered_minutes_over_the_next_meetings_list():
    text = (
        "Steering group meeting - 3rd March 2021\n=======================================\n\n"
        "Present : Lena Ortiz, Omar Vance, Priya Nandakumar, Jonas Weller\n\n"
        "Minutes\n-------\n\n"
        "1. Priya Nandakumar was nominated and elected the chair.\n\n"
        "2. The draft charter of the steering group was approved and has been added to the "
        "shared folder.\n\n"
        "3. The release team asked for an estimate of the test effort. Omar will speak to "
        "the QA lead.\n\n"
        "4. Documentation - a student helps for two months.\n\n" + _LOWER_EN
    )
    assert _decisions(text) == [
        ("resolution", "Priya Nandakumar was nominated and elected the chair."),
        (
            "agreement",
            "The draft charter of the steering group was approved and has been added to the "
            "shared folder.",
        ),
    ]


def test_german_numbered_minutes_over_the_next_meetings_list():
    text = (
        "Treffen der Steuerungsgruppe - 3. März 2021\n"
        "===========================================\n\n"
        "Anwesend: Lena Ortiz, Omar Vance, Priya Nandakumar, Jonas Weller\n\n"
        "Protokoll\n---------\n\n"
        "1. Priya Nandakumar wird einstimmig zur Vorsitzenden gewählt.\n\n"
        "2. Der Entwurf der Geschäftsordnung wird angenommen und im Ordner abgelegt.\n\n"
        "3. Das Release-Team bittet um eine Schätzung des Testaufwands.\n\n"
        "4. Dokumentation - eine Studentin hilft zwei Monate.\n\n" + _LOWER_DE
    )
    assert [k for k, _ in _decisions(text)] == ["resolution", "agreement"]


def test_an_agenda_whose_entries_head_their_topics_decides_nothing_itself():
    text = (
        "Steering group meeting - 3rd March 2021\n=======================================\n\n"
        "Present : Lena Ortiz, Omar Vance, Priya Nandakumar\n\n"
        "Agenda\n------\n\n"
        "1. Motion to adopt the charter.\n2. Election of the chair.\n3. Test estimate.\n\n"
        "1. Motion to adopt the charter\n------------------------------\n\nDiscussed, no vote yet.\n\n"
        "2. Election of the chair\n------------------------\n\nPriya was elected.\n\n"
        "3. Test estimate\n----------------\n\nOmar will ask QA.\n"
    )
    assert _decisions(text) == [("resolution", "Priya was elected.")]
