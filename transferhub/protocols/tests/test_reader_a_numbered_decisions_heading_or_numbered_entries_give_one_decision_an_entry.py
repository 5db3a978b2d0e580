"""A decisions heading counts its list entry by entry however the outline numbers it: a
heading with its section number ("## 4. Decisions Made:", "## 3 Beschlüsse") and entries
numbered instead of bulleted ("1. **Room**: …") give one decision an entry, without the
number; a numbered list under another heading stays no decision."""

from transferhub.protocols.reader import content, read_protocol


def _decisions(text: str) -> list[tuple[str, str]]:
    agenda = read_protocol(text.encode(), filename="x.md")["agenda"]
    return [(d["kind"], d["text"]) for it in agenda for d in it["decisions"]]


def test_a_heading_keeps_its_section_number():
    # "## 4. Decisions Made:" inside the last topic's text, as Markdown minutes numbered by
    # their parts write it (the reader reads the heading's kind with its number dropped).
    assert content.decision_section_kind("4. Decisions Made:") == "agreement"
    assert content.decision_section_kind("3.2 Beschlüsse") == "resolution"
    assert content.decision_section_kind("4. Discussion Points:") is None


def test_numbered_entries_under_a_decisions_heading():
    text = (
        "# Parents' board, 4 March 2024\n\n## Topics discussed\n\n- Spring fair\n- Library\n\n"
        "## Key Decisions Made\n"
        "1. **Spring fair**: Keep the fair to the schoolyard this year\n"
        "2. **Library**: Ask the teachers which books they need first\n\n"
        "## Notes\n- The hall is booked.\n"
    )
    assert _decisions(text) == [
        ("agreement", "**Spring fair**: Keep the fair to the schoolyard this year"),
        ("agreement", "**Library**: Ask the teachers which books they need first"),
    ]


def test_numbered_beschluesse_under_a_numbered_heading():
    text = (
        "# Protokoll der Teamsitzung vom 4. März 2024\n\n## 1 Stand\n\n- Der Prototyp läuft.\n\n"
        "## 2 Planung\n\n- Tests werden besprochen.\n\n"
        "## 3 Beschlüsse\n\n1. Wir testen auf zwei Geräten.\n"
        "2. Die Abgabe erfolgt über das Repository.\n"
    )
    assert [k for k, _ in _decisions(text)] == ["resolution", "resolution"]
    assert _decisions(text)[0][1] == "Wir testen auf zwei Geräten."


def test_a_numbered_list_under_another_heading_gives_no_decision():
    text = (
        "# Parents' board, 4 March 2024\n\n## Topics discussed\n\n- Spring fair\n- Library\n\n"
        "## 3. Key Points\n"
        "1. **Spring fair**: The fair was held in the schoolyard last year\n"
        "2. **Library**: The teachers listed the books they need\n"
    )
    assert _decisions(text) == []
