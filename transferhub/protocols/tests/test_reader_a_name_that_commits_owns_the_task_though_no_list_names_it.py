"""A single name that commits in the minutes ("Greg to sort the rota.", "Alistair will ping
the group.") owns that task although no list of those present names the person; a word the
minutes also write in small letters, or say once before "to", is a thing, not a person."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import committers


def _tasks(result: dict) -> list[tuple[str | None, str]]:
    return [(t["owner"], t["text"]) for item in result["agenda"] for t in item["tasks"]]


def test_the_names_that_commit_are_found_in_the_text():
    text = (
        "- Greg to sort a system to pace people out.\n"
        "- Greg is printing a new one.\n"
        "Alistair will ping the mentoring group. Link to the form was sent round.\n"
        "Support will end in May; we asked for support.\n"
        "Alain has to finish the plot cleaning.\n"
    )
    assert committers(text) == {"Greg", "Alistair", "Alain"}


def test_what_someone_will_do_counts_also_where_the_minutes_mark_their_tasks():
    # The label rule counts a task told in running text as one marked, so the minutes that
    # mark their tasks ("## Action Items") name those who commit in their text as well.
    text = "Roswitha will book the hall.\n\n## Action Items\n\n* Print the flyers (@tomas)\n"
    assert committers(text) == {"Roswitha"}
    assert committers("Action: tidy up.\n- Greg to sort it out.\n- Greg said so.") == {"Greg"}
    result = read_protocol(
        b"""# Club committee 3 March 2023

## Summer fair

Roswitha will book the hall for the fair.

## Action Items

* Print the flyers (@tomas)
""",
        filename="minutes.md",
    )
    assert sorted(_tasks(result), key=str) == [
        ("Roswitha", "Roswitha will book the hall for the fair."),
        ("tomas", "Print the flyers"),
    ]


def test_minutes_without_a_list_of_those_present_english():
    result = read_protocol(
        b"""# Board call 3 February 2022

## Elections

The election will follow the proposed schedule. Peer will assist Fred with the ballots.

## Summer of code

Alistair will ping the mentoring group and ask for mentors. Link to the form was sent.
Alistair reported on last year.
""",
        filename="minutes.md",
    )
    assert sorted(_tasks(result)) == [
        ("Alistair", "Alistair will ping the mentoring group and ask for mentors."),
        ("Peer", "Peer will assist Fred with the ballots."),
    ]


def test_german_nouns_before_a_verb_are_no_one_who_commits():
    # German writes its nouns capitalised and never small: "Termin", "Kaffee" name no one.
    text = (
        "Der Termin wird verschoben, weil der Raum und die Technik fehlen.\n"
        "Kaffee wird gekocht. Kaffee to go gibt es an der Theke und im Foyer.\n"
    )
    assert committers(text) == set()
    result = read_protocol(
        b"""# Vorstandssitzung 14.01.2019

## Sommerfest

Termin wird noch festgelegt. Kaffee to go gibt es an der Theke und im Foyer.
Kaffee to go wird der Verein bestellen, die Becher und der Zucker sind da.
""",
        filename="protokoll.md",
    )
    assert _tasks(result) == []
