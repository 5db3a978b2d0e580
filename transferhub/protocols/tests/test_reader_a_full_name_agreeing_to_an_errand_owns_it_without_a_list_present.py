"""In minutes that list no one present, a person's full name that agrees, offers or
promises to do something ("Larry Miller agreed to write text", "Anna Keller erklärt sich
bereit, …") owns that task; a body that agrees decides instead."""

from transferhub.protocols.reader import read_protocol

HEADER_EN = """# Minutes of the working group, 12 March 2024

## 1. Open issues

"""

HEADER_DE = """# Protokoll des Arbeitskreises am 12.03.2024

## TOP 1 Offene Fragen

"""


def _owners(header: str, body: str) -> list[str | None]:
    r = read_protocol((header + body + "\n").encode(), filename="x.md")
    return [t["owner"] for a in r["agenda"] for t in a["tasks"]]


def test_a_full_name_agreeing_after_a_semicolon_owns_the_task():
    body = "Issue 12 (caching of headers) was discussed; Helen Marsh agreed to write text for it."
    assert _owners(HEADER_EN, body) == ["Helen Marsh"]


def test_a_full_name_offering_to_do_it_owns_the_task():
    assert _owners(HEADER_EN, "Victor Lindqvist offered to review the draft.") == [
        "Victor Lindqvist"
    ]


def test_a_german_full_name_declaring_itself_ready_owns_the_task():
    body = "Katrin Wolff erklärt sich bereit, die Satzung zu überarbeiten."
    assert _owners(HEADER_DE, body) == ["Katrin Wolff"]


def test_a_body_that_agrees_decides_and_gives_no_task():
    assert _owners(HEADER_EN, "Parish Council agreed to support the application.") == []
    assert _owners(HEADER_EN, "Steering Committee agreed to defer the release.") == []
