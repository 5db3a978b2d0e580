"""Notes kept as one nested list: every top-level entry is an item, with details or without."""

from transferhub.protocols.reader import read_protocol


def _titles(text: str) -> list[str]:
    r = read_protocol(text.encode(), filename="2024-02-02.md")
    return [a["title"] for a in r["agenda"]]


def test_topics_without_details_between_topics_with_details_are_items():
    assert _titles("""# 2024-02-02

## Attendance

Council: Carol, Mark, Eric

## Notes

- Check-in
- Assign roles
    - Facilitator: Eric
- Announcements
    - Jack applies for GSoC today
- Budget
    - We agreed to ask the foundation.
- Check-out
""") == ["Check-in", "Assign roles", "Announcements", "Budget", "Check-out"]


def test_a_german_list_of_topics_with_an_attendance_list_above():
    assert _titles("""# Treffen 02.02.2024

Anwesend:
- Anna
- Bernd
- Carla

---

- Begrüßung
- Kasse
  - Kassenstand 120 €
- Sommerfest
  - Termin steht noch nicht
""") == ["Begrüßung", "Kasse", "Sommerfest"]


def test_topics_ticked_off_as_discussed_are_items_and_names_ticked_as_present_are_not():
    assert _titles("""# Team meeting 2 February 2024

Attendees:
* [x] Anna Smith
* [ ] Bob Jones
* [x] Carla Diaz

Notes:
* [x] Release schedule
  * Next release in March
* [x] Website
  * Carla updates the docs page
* [x] Logo
""") == ["Release schedule", "Website", "Logo"]


def test_open_tasks_under_action_items_stay_tasks():
    r = read_protocol(
        b"""# Team meeting 2 February 2024

## Notes

- Release
  - March
- Website
  - new theme

## Action items

- [ ] Anna: write the release notes
  - by Friday
- [ ] Bob: book the room
""",
        filename="2024-02-02.md",
    )
    assert [a["title"] for a in r["agenda"]] == ["Release", "Website"]


def test_a_title_heading_over_two_topics_with_details():
    assert _titles("""Attendees: Anna, Bob

# **Project Meeting Notes**

* Moving the repository
  - the licence needs finalising
* Windows patches
  - we accept reasonable patches
""") == ["Moving the repository", "Windows patches"]


def test_an_agenda_list_with_handles_as_presenters_under_bold_groups_of_those_present():
    r = read_protocol(
        b"""# Outreach WG
Date: May 11, 2020

## Attendees
**Members:**
* cruzerld
* erickzhao
* vertedinde

**Visitors:**
* None

## Agenda
* Electron 9 release: Twitter, blog post (@vertedinde)
    * Keeley will post a tweet for the release
* [Season of Docs 2020](https://github.com/electron/season-of-docs-2020/blob/master/project-ideas.md#2-contributor-documentation-expansion) - Contributor Documentation (@erickzhao)
    * Any other good resources?

## Action Items
* Prep blog post and tweet about Season of Docs (@erickzhao)
* Add PR template to the apps repo (@vertedinde)

Previous:
* @felixrieseberg will fix the homepage.
    * Done
""",
        filename="2020-05-11.md",
    )
    assert [(a["title"], [p["name"] for p in a["presenters"]]) for a in r["agenda"]] == [
        ("Electron 9 release: Twitter, blog post", ["vertedinde"]),
        ("Season of Docs 2020 - Contributor Documentation", ["erickzhao"]),
    ]
    assert r["participant_count"] == 3
    # "Keeley will post a tweet" gives Keeley a task in the meeting, told in running text.
    assert sorted(t["owner"] for a in r["agenda"] for t in a["tasks"]) == [
        "Keeley",
        "erickzhao",
        "felixrieseberg",
        "vertedinde",
    ]
