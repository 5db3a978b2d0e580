"""The matching passage is marked; everything else of the text stays text."""

from transferhub.meetings.services import minutes_record
from transferhub.protocols.search import highlight


def test_html_in_minutes_is_escaped_around_the_mark(seed_meeting, client_as):
    item = seed_meeting.agenda_items.get(number="2")
    minutes_record(item=item, minutes='<script>alert("x")</script> Die Lieferketten <b>fett</b>.')
    html = client_as("member").get("/protokolle/suche/", {"q": "Lieferkette"}).content.decode()
    assert "<mark>Lieferketten</mark>" in html
    assert "&lt;script&gt;" in html
    assert "<script>alert" not in html
    assert "<b>fett</b>" not in html


def test_a_long_text_is_cut_to_the_passage_around_the_match():
    text = "Einleitung. " * 60 + "Hier geht es um Lieferketten im Mittelstand. " + "Schluss. " * 60
    snippet = str(highlight(text, "Lieferkette"))
    assert "<mark>Lieferketten</mark>" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 320


def test_every_matching_word_form_is_marked():
    snippet = str(highlight("Die Lieferkette und die Lieferketten.", "Lieferketten"))
    assert snippet == "Die <mark>Lieferkette</mark> und die <mark>Lieferketten</mark>."


def test_markers_typed_by_a_user_do_not_become_tags():
    snippet = str(highlight("Text mit \x02 Steuerzeichen <mark>", "Text"))
    assert "&lt;mark&gt;" in snippet
