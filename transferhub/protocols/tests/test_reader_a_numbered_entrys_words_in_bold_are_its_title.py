"""A numbered entry that opens with words in bold has them as its title, the rest as minutes.

"1. **Budget** – travel is over plan" or "TOP 2: **Kasse**: alles bezahlt": the writer set the
topic in bold and wrote its notes on the same line. The title is the bold words; what follows
starts the item's minutes, after a dash or a colon. An entry in bold alone, or bold words
the title goes on after ("**Sommerfest** im Park"), keeps its words as they were.
"""

from transferhub.protocols.reader import parse_text


def test_english_numbered_entries_with_a_bold_topic_and_notes_on_the_same_line():
    text = (
        "# Board meeting, 4 February 2025\n\n"
        "1. **Budget** – travel costs are over plan, Bob checks the invoices.\n"
        "2. **Hiring** – two candidates were interviewed.\n"
        "3. **Office move**: the lease was signed.\n"
    )
    r = parse_text(text, fmt="md")
    assert [it["title"] for it in r["agenda"]] == ["Budget", "Hiring", "Office move"]
    assert r["agenda"][1]["minutes"].startswith("two candidates were interviewed")


def test_german_top_lines_with_a_bold_topic():
    text = (
        "Protokoll der Sitzung vom 4.2.2025\n\n"
        "TOP 1: **Begrüßung** – alle sind da.\n\n"
        "TOP 2: **Kasse**: alles ist bezahlt.\n\n"
        "TOP 3: **Sommerfest** – Termin ist der 5. Juli.\n"
    )
    r = parse_text(text, fmt="md")
    assert [it["title"] for it in r["agenda"]] == ["Begrüßung", "Kasse", "Sommerfest"]
    assert "alles ist bezahlt" in r["agenda"][1]["minutes"]


def test_an_entry_in_bold_alone_keeps_its_words():
    text = (
        "# Vorstandssitzung 4.2.2025\n\n"
        "## 1. **Kassenbericht**\nGut.\n\n## 2. **Sommerfest** im Park\nJuli.\n\n"
        "## 3. Sonstiges\nNichts.\n"
    )
    assert [it["title"] for it in parse_text(text, fmt="md")["agenda"]] == [
        "Kassenbericht",
        "Sommerfest im Park",
        "Sonstiges",
    ]
