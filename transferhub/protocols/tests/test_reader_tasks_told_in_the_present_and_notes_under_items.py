"""Tasks as plenary and team minutes tell them: "Moritz holt die Verträge", "Anna wird … verschicken"."""

import pytest

from transferhub.protocols.reader import parse_text
from transferhub.protocols.reader.tasks import _clean_owner, marked_task

PRESENT = frozenset({"Paul", "Moritz", "Natascha", "Christofer", "Anna", "zaesa"})


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Moritz holt die Verträge aus dem Stura", "Moritz"),
        ("Natascha redet mit Irene", "Natascha"),
        ("Paul und Christofer gehen zu Neumann", "Paul, Christofer"),
        ("Anna wird die Einladung verschicken.", "Anna"),
        ("zaesa wird Tom anschreiben", "zaesa"),
    ],
)
def test_someone_present_doing_something_owns_it(sentence, owner):
    task = marked_task(sentence, None, [], PRESENT)
    assert task is not None and task["owner"] == owner


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [("Sami bringt Brötchen mit", "Sami"), ("Vera kocht Cappuccino und Eier", "Vera")],
)
def test_without_a_list_of_those_present_a_name_like_word_owns_it(sentence, owner):
    task = marked_task(sentence, None, [], frozenset())
    assert task is not None and task["owner"] == owner


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("Anna wird gewählt.", PRESENT),  # passive
        ("Anna wird Kassenwartin", PRESENT),  # becomes someone
        ("Anna wird sich zur Wahl stellen", PRESENT),
        ("Peter spricht über die Finanzen", frozenset()),  # a report
        ("Thomas schreibt Protokoll", frozenset()),  # the note-taker
        ("Wer schreibt das Protokoll?", frozenset()),
        ("Wer übernimmt die Kontrolle und informiert alle?", frozenset()),
        ("Bitte bringt alle etwas mit", frozenset()),
        ("FFHL schreibt den Vertrag", frozenset()),  # a body's step in a timeline
        ("Der Vorstand wird das prüfen.", frozenset()),
        ("Ben holt die Schlüssel", PRESENT),  # not among those present
    ],
)
def test_no_task_where_nobody_takes_something_on(sentence, present):
    assert marked_task(sentence, None, [], present) is None


@pytest.mark.parametrize(
    ("written", "owner"),
    [
        ("James & Craig", "James, Craig"),
        ("Godfrey and Lewis", "Godfrey, Lewis"),
        ("Paul und Christofer", "Paul, Christofer"),
        ("JamesH, Benjamin & Nick", "JamesH, Benjamin, Nick"),
        ("Presse & Öffentlichkeit", "Presse & Öffentlichkeit"),  # no people
        ("LF/Steve Winslow", "LF/Steve Winslow"),
    ],
)
def test_several_owners_are_written_with_commas(written, owner):
    assert _clean_owner(written) == owner


def test_notes_indented_by_a_tab_under_a_list_item_are_notes_of_their_own():
    text = (
        "Protokoll der Sitzung am 10.04.2019\n\n"
        "Anwesend: Paul, Moritz, Natascha\n\n"
        "## 1 Finanzen\n"
        "* Auszahlungen\n"
        "\tMoritz braucht noch die Verträge, danach wird ausgezahlt\n"
        "\tMoritz holt die Verträge aus dem Stura\n"
        "* Plakat für die Wahlen\n"
        "\tFrist ist der 07. Mai\n"
        "\tPaul schreibt dem FSR Mathe eine Mail\n"
        "## 2 Sonstiges\n"
        "* Natascha redet mit Irene\n"
    )
    result = parse_text(text, fmt="md")
    tasks = [(t["text"], t["owner"]) for item in result["agenda"] for t in item["tasks"]]
    assert tasks == [
        ("Moritz holt die Verträge aus dem Stura", "Moritz"),
        ("Paul schreibt dem FSR Mathe eine Mail", "Paul"),
        ("Natascha redet mit Irene", "Natascha"),
    ]
    assert "- Frist ist der 07. Mai" in result["agenda"][0]["minutes"]


def test_a_wrapped_line_and_a_tab_inside_a_line_stay_as_they_were():
    text = (
        "Minutes of the meeting on 10 April 2019\n\n"
        "## 1 Budget\n"
        "- The treasurer presented the accounts for the year and\n"
        "  explained the costs.\n"
        "- Date:\t12 May\n"
    )
    minutes = parse_text(text, fmt="md")["agenda"][0]["minutes"]
    assert minutes == (
        "- The treasurer presented the accounts for the year and explained the costs.\n"
        "- Date: 12 May"
    )


def test_a_task_title_without_a_colon_opens_the_list_below_it_only():
    text = (
        "Protokoll 03\n\nDatum: 30.04.2019\n\nTeilnehmer\n\n- Anna Beispiel\n- Ben Muster\n\n"
        "Inhalte\n\n- Minispiele sollten mehr Abwechslung bieten\n\n"
        "Aufgaben\n\n- Minispiele genauer beschreiben (Aufbau, Funktionsweise)\n"
        "- Layout erstellen (Entwürfe für die Räume, siehe Zielbeschreibung)\n"
        "- Mockups erstellen (Anna)\n\n"
        "nächstes Gruppentreffen: 28.05.2019\n"
    )
    result = parse_text(text, fmt="docx")
    tasks = [(t["text"], t["owner"]) for item in result["agenda"] for t in item["tasks"]]
    assert tasks == [
        ("Minispiele genauer beschreiben (Aufbau, Funktionsweise)", None),
        ("Layout erstellen (Entwürfe für die Räume, siehe Zielbeschreibung)", None),
        ("Mockups erstellen", "Anna"),
    ]


def test_action_items_as_a_title_over_a_list_in_english():
    text = (
        "Team meeting, 3 May 2021\n\nAttendees: Anna Smith, Ben Jones\n\n"
        "Notes\n\n- The demo went well\n\n"
        "Action items\n\n- Send the slides (Ben)\n- Book the room (Story, etc.)\n\n"
        "Next meeting: 10 May 2021\n"
    )
    result = parse_text(text, fmt="docx")
    tasks = [(t["text"], t["owner"]) for item in result["agenda"] for t in item["tasks"]]
    assert tasks == [("Send the slides", "Ben"), ("Book the room (Story, etc.)", None)]


def test_the_list_under_next_steps_ends_with_the_list():
    text = (
        "Governance Committee Meeting\n\nDate: 10 June 2026\n\n"
        "Action Items:\n\n- Policy review completed\n- Backup testing successful\n\n"
        "Next Steps:\n\n- Security Officer must reschedule the training\n\n"
        "Meeting ended at 10:00\n"
    )
    result = parse_text(text, fmt="docx")
    texts = [t["text"] for item in result["agenda"] for t in item["tasks"]]
    assert texts == [
        "Policy review completed",
        "Backup testing successful",
        "Security Officer must reschedule the training",
    ]


@pytest.mark.parametrize(
    "everyone",
    ["All team members", "Alle PS Teilnehmer", "alle", "the whole team", "das ganze Team"],
)
def test_a_task_for_everyone_names_no_owner(everyone):
    assert _clean_owner(everyone) is None


@pytest.mark.parametrize(
    ("sentence", "present", "owner"),
    [
        (
            "Peter Zhang and Paolo assigned to make the adjustments.",
            {"Peter", "Paolo"},
            "Peter Zhang, Paolo",
        ),
        (
            "Peter, Chris and Ian to arrange a visit.",
            {"Peter", "Chris", "Ian"},
            "Peter, Chris, Ian",
        ),
        ("Ray would report this in the Village Pump.", {"Ray"}, "Ray"),
        ("Material fehlt noch, @till kümmert sich", set(), "till"),
        ("GitHub wird gespiegelt, Michael kümmert sich darum", {"Michael"}, "Michael"),
    ],
)
def test_commitments_in_more_english_and_german_forms(sentence, present, owner):
    task = marked_task(sentence, None, [], frozenset(present))
    assert task is not None and task["owner"] == owner
    assert task["text"].startswith(sentence.split(",")[0].split(" ")[0])


@pytest.mark.parametrize(
    "sentence",
    [
        "DMR would likely need an Internet feed.",  # an acronym with "would": no one's promise
        "Members would like to meet more often.",
        "Ray would be happy to help.",
        "Motion to approve the minutes.",
    ],
)
def test_wishes_and_motions_are_no_commitments(sentence):
    assert marked_task(sentence, None, [], frozenset({"Ray"})) is None


@pytest.mark.parametrize(
    ("task", "owner"),
    [
        ("Kurzinfo senden. (FG Arbeitsschutz)", "FG Arbeitsschutz"),
        ("Kurzinfo senden. (FG Arbeitsschutz, bis 02.01.2015)", "FG Arbeitsschutz"),
        ("Raum buchen (Sarah; 15.01.2015)", "Sarah"),
        ("Bericht schreiben. (Dr. Anna von Berg)", "Anna von Berg"),
        ("Raum buchen (Sarah)", "Sarah"),
        ("Mockups erstellen (fluid UI, Adobe xd)", None),
    ],
)
def test_an_owner_in_closing_brackets_is_read_back_as_the_writer_writes_it(task, owner):
    text = (
        "# Protokoll AG Transfer\n\nam Donnerstag, 01.01.2015 von 07:00-07:05 Uhr\n\n"
        f"## 1. Neues\n\nTo Do:\n\n- {task}\n"
    )
    tasks = parse_text(text, fmt="md")["agenda"][0]["tasks"]
    assert [t["owner"] for t in tasks] == [owner]
