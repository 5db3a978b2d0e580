"""Task owners written as a team, after an action's own number, or as initials in brackets."""

import datetime as dt

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import owner_like, parse_task

REF = dt.date(2025, 3, 12)


def test_a_team_named_by_its_work_owns_the_task_as_written():
    assert parse_task("Docs team finish the review of the guide", REF)["owner"] == "Docs team"
    assert parse_task("The Pilot 2 team will send the proposal", REF)["owner"] == (
        "The Pilot 2 team"
    )
    assert parse_task("Das Technik-Team prüft die Lautsprecher", REF)["owner"] == (
        "Das Technik-Team"
    )
    assert owner_like("Webteam") == "Webteam"
    # A lower-case word after a capital is no team: "Send team photos" names nobody.
    assert parse_task("Send team photos to the newsletter", REF)["owner"] is None


def test_an_actions_own_number_does_not_hide_its_owner():
    task = parse_task("**12.4**—Marek and Odile to contact the client teams", REF)
    assert (task["owner"], task["text"]) == (
        "Marek, Odile",
        "Marek and Odile to contact the client teams",
    )
    assert parse_task("3.1: Odile to draft the letter", REF)["owner"] == "Odile"


def test_capitals_that_are_words_are_no_initials():
    for text in ("OK to add the new fields, but keep them optional", "FYI: the room moved"):
        assert parse_task(text, REF)["owner"] is None
    assert owner_like("OK") is None
    assert owner_like("KM") == "KM"


def test_initials_in_brackets_before_an_arrow_to_a_link():
    task = parse_task("Steuerberater nach Referenzen fragen (KM) ->", REF)
    assert (task["owner"], task["text"]) == ("KM", "Steuerberater nach Referenzen fragen")


def test_minutes_with_numbered_actions_and_team_owners_german_and_english():
    en = read_protocol(
        b"""# Minutes of the core call, 2025-03-12

## Action items

- **12.1**-Docs team finish the review of the guide
- **12.2**-Marek and Odile to contact the client teams
""",
        filename="m.md",
    )
    de = read_protocol(
        """# Vorstandssitzung 12.03.2025

## Aufgaben

- [ ] Steuerberater nach Referenzen fragen (KM) ->
- [ ] Das Technik-Team prüft die Lautsprecher
""".encode(),
        filename="v.md",
    )
    owners = [t["owner"] for r in (en, de) for item in r["agenda"] for t in item["tasks"]]
    assert owners == ["Docs team", "Marek, Odile", "KM", "Das Technik-Team"]


def test_a_templates_placeholder_names_no_owner():
    assert parse_task("Auswahl der Plattform (Name)", REF)["owner"] is None
    assert parse_task("Choose the platform – Owner: ?", REF)["owner"] is None


def test_a_body_with_words_after_it_is_no_owner_unless_they_name_it():
    assert owner_like("Council is looking for", loose=True) is None
    assert owner_like("AG Website", loose=True) == "AG Website"
    assert owner_like("Team Blau") == "Team Blau"
