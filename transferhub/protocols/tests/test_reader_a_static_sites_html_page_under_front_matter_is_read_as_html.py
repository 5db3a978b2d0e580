"""An HTML page of a static site (Jekyll, Hugo) opens with front matter ("---", "date: …",
"---") before its tags: it is read as HTML, its tags gone, and the front matter's lines are
read as a Markdown page's are."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.extract import extract

GERMAN = (
    "---\ndate: 1999-03-13\nlocation: Marburg\n---\n\n"
    "<p>Die Mitgliederversammlung wurde um 16.45 Uhr eröffnet.</p>\n"
    "<dl><dt>TOP 1: Kassenbericht</dt><dd>\n<p>Der Kassenbericht wurde verlesen.</p>\n"
    "<p>Bei 3 Enthaltungen und 14 Ja-Stimmen wurde dem Vorstand die Entlastung erteilt.</p>\n"
    "</dd><dt>TOP 2: Wahlen</dt><dd>\n"
    "<p>Sie wurde einstimmig zur Kassenf&uuml;hrerin gew&auml;hlt.</p>\n</dd></dl>\n"
)
ENGLISH = (
    "---\nlayout: post\ntitle: Board meeting\ndate: 2021-04-14\n---\n"
    "<h2>Budget</h2>\n<p>The board approved the budget unanimously.</p>\n"
    "<h2>Events</h2>\n<ul><li>Summer party in July</li></ul>\n"
)


def test_the_page_is_html_and_its_tags_are_gone():
    fmt, text = extract(GERMAN.encode(), "protokoll1999.html")
    assert fmt == "html"
    assert "<p>" not in text and "&uuml;" not in text
    assert "Kassenführerin gewählt" in text
    assert text.startswith("---\ndate: 1999-03-13\n")


def test_german_page_items_and_decisions():
    r = read_protocol(GERMAN.encode(), filename="protokoll1999.html")
    assert r["date"] == "1999-03-13"
    assert [item["title"] for item in r["agenda"]] == ["Kassenbericht", "Wahlen"]
    assert [len(item["decisions"]) for item in r["agenda"]] == [1, 1]


def test_english_page_items_and_decisions():
    r = read_protocol(ENGLISH.encode(), filename="2021-04-14-board-meeting.html")
    assert r["date"] == "2021-04-14"
    assert [item["title"] for item in r["agenda"]] == ["Budget", "Events"]
    assert [d["kind"] for d in r["agenda"][0]["decisions"]] == ["resolution"]


def test_a_markdown_file_with_front_matter_stays_markdown():
    fmt, _ = extract(b"---\ntitle: Notes\n---\n\n<div>Hello</div>\n\n## Budget\n", "notes.md")
    assert fmt == "md"
