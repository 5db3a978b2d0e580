"""Short lines alone over longer paragraphs are the items of a page whose headings lost marks.

A Word or PDF page written without heading styles sets each topic as a short line of its own
("Synchronising audio and graphics") over the paragraph that tells it. When nothing else
marks the items, three or more such lines are the items: a line of at most ten words,
blank lines around it, no sentence mark at its end, no date, over a longer paragraph.
Sentences, dates, labels and a pair of lines alone stay text.
"""

from transferhub.protocols.reader import parse_text


def _titles(text: str, fmt: str = "docx") -> list[str]:
    return [it["title"] for it in parse_text(text, fmt=fmt)["agenda"]]


ENGLISH = """### Meeting notes of project group 4

Meeting with Dana and Omar on 3 November 2021

We went over the brief for the term and handed out copies.

Sound and graphics in step

Dana stressed how much this matters, and we promised to test it every week.

Keeping the player busy

Omar suggested one long level instead of a map to walk around, so the action never slows.

Portfolio work

Recording each stage of the game from sketch to build would look good to employers.
"""


def test_english_short_lines_over_their_paragraphs_are_the_items():
    assert _titles(ENGLISH) == [
        "Sound and graphics in step",
        "Keeping the player busy",
        "Portfolio work",
    ]


GERMAN = """### Besprechung Projektgruppe Nord

Treffen am 4.11.2021 mit Frau Keller

Heute ging es um den Stand der Arbeiten.

Zeitplan

Der Zwischenbericht ist bis Ende November fertig, die Grafiken fehlen noch.

Umfrage

Die Umfrage läuft seit Montag, bisher haben 40 Personen geantwortet.

Präsentation

Die Präsentation übernimmt Jonas, Mira liest Korrektur.
"""


def test_german_short_lines_over_their_paragraphs_are_the_items():
    assert _titles(GERMAN, fmt="pdf") == ["Zeitplan", "Umfrage", "Präsentation"]


def test_two_lines_alone_are_no_list_of_topics():
    text = (
        "### Minutes of 4 May 2021\n\nShort call with Dana.\n\nBudget\n\nThe budget is on plan for the year.\n\n"
        "Rooms\n\nThe hall is booked for all of May.\n"
    )
    assert _titles(text) not in (["Budget", "Rooms"],)


def test_sentences_and_dates_alone_are_no_items():
    text = (
        "### Minutes of 4 May 2021\n\nWe met at noon.\n\nThe budget is on plan for the year and nobody objected.\n\n"
        "12 May 2021\n\nThe hall is booked for all of May, and the key is with Omar.\n\n"
        "Thanks to all!\n\nThe next call is in June, and the agenda follows by mail.\n"
    )
    titles = _titles(text)
    assert "12 May 2021" not in titles
    assert "We met at noon." not in titles
    assert "Thanks to all!" not in titles


def test_a_markdown_file_keeps_its_own_rules():
    # Markdown marks its headings; a plain line there is text.
    assert _titles(ENGLISH, fmt="md") != [
        "Sound and graphics in step",
        "Keeping the player busy",
        "Portfolio work",
    ]
