"""Tasks the reader used to pass by: a commitment told in reported speech ("Mr. Flint said he
would ask the landlord"), a list announced as tasks by a sentence ("the following things to
do", "folgende Aufgaben"), a person named formally at the head of a task, a commitment
standing between two numbered lists, which no item read, and whom the meeting commissions
("beauftragt den Vorstand, … zu verfassen"); not a request done in the meeting or a role in
it ("übernimmt die Versammlungsleitung")."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import announces_tasks, marked_task

KNOWN = ["Olwen Price - Harbour Trust", "Barnaby Flint - City Archive", "Teodora Vass"]
FIRST = frozenset({"Olwen", "Barnaby", "Teodora"})


def _tasks(text: str, filename: str) -> list[dict]:
    r = read_protocol(text.encode(), filename=filename)
    return [t for item in r["agenda"] for t in item["tasks"]]


def test_a_commitment_in_reported_speech_is_a_task_of_whoever_made_it():
    task = marked_task(
        "Mr. Flint said he would ask the landlord about the brackets.",
        None,
        KNOWN,
        FIRST,
        speakers=frozenset({"Flint"}),
    )
    assert task["owner"] == "Mr. Flint"
    stated = marked_task("Teodora stated that she would draft the letter.", None, KNOWN, FIRST)
    assert stated["owner"] == "Teodora"


def test_reported_speech_that_commits_to_nothing_is_no_task():
    for sentence in (
        "Mr. Flint said he would like to see more volunteers.",
        "Teodora said they would be in the cellar by then.",
        "Olwen said we would need a bigger van.",
    ):
        assert marked_task(sentence, None, KNOWN, FIRST, speakers=frozenset({"Flint"})) is None


def test_going_to_is_a_commitment_like_will():
    task = marked_task("Olwen is going to ask the list whether to meet.", None, KNOWN, FIRST)
    assert task["owner"] == "Olwen"


def test_a_sentence_announcing_the_tasks_below_it():
    assert announces_tasks("Ms. Price suggested the following things to do after the vote.")
    assert announces_tasks("Deadline für folgende Aufgaben ist Freitag, 15.03.2024")
    assert not announces_tasks("The following actions were completed since March:")
    assert not announces_tasks("Folgende Aufgaben wurden erledigt:")
    assert not announces_tasks("We discussed the following proposals:")


ENGLISH = """# Board call 12 March 2024

Present: Olwen Price - Harbour Trust, Barnaby Flint - City Archive, Teodora Vass

## Publishing the guide

Mr. Flint merged the last chapter. Ms. Price suggested the following things to do with help from Ms. Vass.

- Mr. Flint tag the release after the merge.
- Ms. Price post it to the members list.

## Done since last time

The following actions were completed:

- Shelves ordered
- Banner repaired
"""


def test_an_announced_list_gives_tasks_owned_by_the_people_named_formally():
    found = _tasks(ENGLISH, "call.md")
    assert [(t["owner"], t["text"]) for t in found] == [
        ("Mr. Flint", "Mr. Flint tag the release after the merge."),
        ("Ms. Price", "Ms. Price post it to the members list."),
    ]


GERMAN = """Protokoll 12.03.2024
====================

Anwesend: Jana Roth, Malte Urban, Selin Koç

Stand
-----

- Der Entwurf ist fertig

Handbuch
--------

Deadline für folgende Aufgaben ist Donnerstag 14.03.2024, 8 Uhr

- Jana: Einleitung
- Malte: Bilder
"""


def test_a_german_announced_list_takes_its_deadline():
    found = _tasks(GERMAN, "protokoll.md")
    assert [(t["owner"], t["text"], t["due"]) for t in found] == [
        ("Jana", "Einleitung", "2024-03-14"),
        ("Malte", "Bilder", "2024-03-14"),
    ]


BETWEEN = """Subject: Notes from the storage meeting 12-Mar-2024

Present: Olwen Price, Barnaby Flint, Teodora Vass

We looked at what the shelving must do:
1. Hold the archive boxes of the last ten years
2. Leave room for the banner stands
3. Be movable by two people

Open question: who pays for the brackets. Barnaby to ask the landlord about the brackets.

So we came up with the following proposals:
1. Buy two steel shelves before April
2. Move the banner stands to the cellar
3. Label every box by year
"""


def test_a_commitment_between_two_numbered_lists_is_read():
    found = _tasks(BETWEEN, "notes.txt")
    assert [(t["owner"], t["text"]) for t in found] == [
        ("Barnaby", "Barnaby to ask the landlord about the brackets.")
    ]


def test_a_task_read_twice_counts_once():
    found = _tasks(
        "# Committee 4 March 2024\n\nPresent: Olwen Price, Barnaby Flint\n\n"
        "## Bank account\n\nBarnaby stated that he would talk to both banks.\n\nACTION: Barnaby\n",
        "c.md",
    )
    assert len(found) == 1
    assert found[0]["owner"] == "Barnaby"


def test_whom_the_meeting_commissions_owns_the_errand():
    assert (
        marked_task(
            "Die Versammlung beauftragt sodann den Vorstand, eine Stellungnahme an die Stadt zu "
            "verfassen.",
            None,
            [],
            frozenset(),
        )["owner"]
        == "Vorstand"
    )
    assert (
        marked_task(
            "Der Kassenwart wird beauftragt, bis zur nächsten Sitzung drei Angebote einzuholen.",
            None,
            [],
            frozenset(),
        )["owner"]
        == "Kassenwart"
    )
    assert (
        marked_task(
            "Wiebke K. Sander wurde beauftragt, vor Ort Angebote einzuholen.", None, [], frozenset()
        )["owner"]
        == "Wiebke K. Sander"
    )
    asked = marked_task(
        "Die MV bittet den Vorstand bis zur nächsten MV einen Vorschlag zu entwerfen.",
        None,
        [],
        frozenset(),
    )
    assert asked["owner"] == "Vorstand"


def test_a_request_for_now_or_a_role_in_the_meeting_is_no_task():
    assert (
        marked_task(
            "Der Vorsitzende bittet die Anwesenden, sich in die Liste einzutragen.",
            None,
            [],
            frozenset(),
        )
        is None
    )
    assert (
        marked_task(
            "Jana Roth übernimmt die Versammlungsleitung.", None, ["Jana Roth"], frozenset({"Jana"})
        )
        is None
    )
    assert (
        marked_task("Jana übernimmt das Protokoll.", None, ["Jana Roth"], frozenset({"Jana"}))
        is None
    )


def test_lines_broken_with_a_doubled_backslash_still_end_their_sentences():
    found = _tasks(
        "# Mitgliederversammlung 12.03.2024\n\nAnwesend: Jana Roth, Malte Urban\n\n"
        "## Satzung\n\nDie Satzung verweist noch auf die Gemeinnützigkeit.\\\\\n"
        "Der Vorstand wird beauftragt, bis zur nächsten Versammlung eine neue Fassung zu "
        "entwerfen.\n",
        "mv.md",
    )
    assert [t["owner"] for t in found] == ["Vorstand"]


def test_a_note_naming_only_the_owner_makes_the_entry_above_a_task():
    en = _tasks(
        "# Working group call 12 March 2024\n\nAttending: Olwen, Barnaby, Teodora\n\n"
        "## Open issues\n\n- #41 - Typo in the glossary\n  - Assigned to Olwen\n"
        "- #42 - Shortlist of venues\n  - Owner=Barnaby\n  - Three halls are free in May\n"
        "- #43 - Fonts\n  - Nobody has looked at it yet\n\n## Next call\n\nIn two weeks.\n",
        "call.md",
    )
    assert [(t["owner"], t["text"]) for t in en] == [
        ("Olwen", "#41 - Typo in the glossary"),
        ("Barnaby", "#42 - Shortlist of venues"),
    ]
    de = _tasks(
        "# Teamtreffen 12.03.2024\n\nAnwesend: Jana Roth, Malte Urban\n\n## Workshop\n\n"
        "- Raumsuche für den Workshop\n  - Zuständig: Malte\n- Kaffeemaschine\n"
        "  - Verantwortlich: alle\n\n## Sonstiges\n\nNichts.\n",
        "treffen.md",
    )
    assert [(t["owner"], t["text"].lstrip("- ")) for t in de] == [
        ("Malte", "Raumsuche für den Workshop"),
        (None, "Kaffeemaschine"),  # responsible: everyone, which names nobody
    ]


def test_who_acts_on_a_consequence_drawn_with_so():
    task = marked_task(
        "The cables need the landlord's consent, so Olwen and Barnaby are to ask him.",
        None,
        KNOWN,
        FIRST,
    )
    assert task["owner"] == "Olwen, Barnaby"
    assert marked_task("It rained, so the fair was moved indoors.", None, KNOWN, FIRST) is None
    assert (
        marked_task(
            "Der Raum ist zu klein, daher bitten wir um Vorschläge.",
            None,
            ["Jana Roth"],
            frozenset({"Jana"}),
        )
        is None
    )


TODO_NUMBERED_EN = """# Spec meeting 21 May 2024

## Licensing

Contributions stay royalty free.

## Date formats

Questions:

1. Who checks that engines follow the spec?

TODO:

  1. Review the locale negotiation again
  2. Section 13 date objects

* Pages simply have to get better at handling dates
"""

TODO_NUMBERED_DE = """# Sitzung der AG Satzung 21.05.2024

## Beiträge

Die Beiträge bleiben gleich.

## Satzungstext

Aufgaben:

  1. Paragraf 4 neu fassen
  2. Entwurf an den Vorstand schicken

* Der Text muss noch lesbarer werden
"""


def test_a_numbered_list_under_a_todo_label_is_tasks_not_the_topics():
    for text, titles, found in (
        (
            TODO_NUMBERED_EN,
            ["Licensing", "Date formats"],
            ["Review the locale negotiation again", "Section 13 date objects"],
        ),
        (
            TODO_NUMBERED_DE,
            ["Beiträge", "Satzungstext"],
            ["Paragraf 4 neu fassen", "Entwurf an den Vorstand schicken"],
        ),
    ):
        r = read_protocol(text.encode(), filename="m.md")
        assert [item["title"] for item in r["agenda"]] == titles
        assert [t["text"] for item in r["agenda"] for t in item["tasks"]] == found


def test_an_owner_from_the_action_column_at_a_paragraphs_end():
    from transferhub.protocols.reader.tasks import margin_owner

    assert margin_owner(
        "It was agreed that the bench at the green be repainted before May. Clerk"
    ) == ("It was agreed that the bench at the green be repainted before May.", "Clerk")
    assert margin_owner("Walk for Life, sponsored walk. Cllr. Ewan Pryce")[1] == "Cllr. Ewan Pryce"
    assert margin_owner("Bank statement dated 01/03/2024, balance £512.00. Noted") is None
    assert margin_owner("Signed as a true record ………. Chair") is None
    assert margin_owner("The minutes were signed as a true record. Chairman") is None
    assert margin_owner("Anwesend: Jana Roth, Schriftführerin") is None


def test_council_minutes_with_an_action_column_give_its_owners_tasks():
    found = _tasks(
        "MINUTES OF THE COMMUNITY COUNCIL MEETING HELD ON 6 MARCH 2024\n\n"
        "Present: Cllr. Ewan Pryce (Chair), Cllr. Mair Lloyd, Mrs Eira Bowen (Clerk)\n\n"
        "1. LIGHTING\nIt was reported that the lamp by the chapel was out; the county to be told.\n"
        "Clerk\n\n2. FOOTPATHS\nNo issues\n\n3. CORRESPONDENCE\nBank statement, balance "
        "£512.00. Noted\n",
        "minutes.txt",
    )
    assert [t["owner"] for t in found] == ["Clerk"]


def test_two_equal_entries_of_a_to_do_list_are_two_tasks():
    found = _tasks(
        "# Vorstand 4. März 2024\n\n## Sommerfest\n\nTo Do:\n\n"
        "- Zelt beim Bauhof reservieren.\n- Zelt beim Bauhof reservieren.\n",
        "v.md",
    )
    assert [t["text"] for t in found] == ["Zelt beim Bauhof reservieren."] * 2
