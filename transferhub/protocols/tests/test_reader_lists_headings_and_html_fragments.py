"""A lone numbered line yields to headings; an HTML fragment is HTML; a list's times and close."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.extract import detect_format


def test_one_numbered_line_is_no_agenda_when_headings_name_the_items():
    r = read_protocol(
        b"""# 2017 AGM

## Minutes of the AGM 27/11/2017

### Present

- Anna Smith
- Bob Jones

### Minutes for AGM 2016

The minutes were reviewed.

### President Report

The president reported.

### General Business

1. Code of Conduct.

Ian will adapt a code of conduct.
""",
        filename="2017-11-27.md",
    )
    assert [a["title"] for a in r["agenda"]][:3] == [
        "Minutes for AGM 2016",
        "President Report",
        "General Business",
    ]


def test_a_saved_html_fragment_is_read_as_html():
    assert detect_format(b"<ul>\n\t<li>5:30 News</li>\n</ul>\n", "notes.txt") == "html"
    assert detect_format(b"<h2>Protokoll</h2><p>Beginn 19 Uhr</p>", "notes.txt") == "html"
    assert detect_format(b"< 5 members were present", "notes.txt") == "txt"
    assert detect_format(b"<ul> opened and never closed", "notes.txt") == "txt"


def test_a_list_of_topics_with_times_in_front_and_the_close_at_its_end():
    r = read_protocol(
        b"""<ul>
<li>5:30 News</li>
<ul><li>Install fest next Saturday</li></ul>
<li>Workshops</li>
<ul><li>2/2 Chris - VIM</li></ul>
<li>LAN Party</li>
<ul><li>Planning in progress</li></ul>
<li>6:30 Meeting Dismissed</li>
</ul>
""",
        filename="2011-01-26.html",
    )
    assert [a["title"] for a in r["agenda"]] == ["News", "Workshops", "LAN Party"]
