"""The note-taker named as the one who submitted the minutes, by an office's label of its own
("Aktuarin", "Recording Secretary", "Scribes"), after another label on the line, or in a
sentence that names the office first ("Die Protokollführung übernimmt …") or someone taking
the minutes on ("agreed to take minutes")."""

from transferhub.protocols.reader import read_protocol


def _note_taker(text: str, name: str = "x.md") -> str | None:
    return read_protocol(text.encode(), filename=name)["note_taker"]


EN = """Minutes of the working group meeting, 4 March 2024

{head}

## 1. Charter
Discussed the draft charter.

## 2. Milestones
The group agreed to move the first milestone.
{tail}
"""

DE = """# Protokoll der Vorstandssitzung vom 12.03.2024

{head}
Anwesend: Jonas Keller, Petra Lang, Mira Sommer

## TOP 1 Kasse
Der Kassenbericht wird vorgestellt.

## TOP 2 Sommerfest
Das Fest findet im Juli statt.
{tail}
"""


def test_submitted_by_in_the_header_or_at_the_end():
    assert _note_taker(EN.format(head="Submitted by Olga Brandt", tail="")) == "Olga Brandt"
    assert (
        _note_taker(EN.format(head="", tail="\nRespectfully submitted by Olga Brandt, Secretary"))
        == "Olga Brandt"
    )
    assert _note_taker(EN.format(head="Minutes submitted by: Olga Brandt", tail="")) == (
        "Olga Brandt"
    )


def test_a_report_submitted_by_someone_under_a_topic_names_no_note_taker():
    text = """Minutes of the club meeting, 4 March 2024

Present: Olga Brandt, Tim Sorel, Ada Quist, Ben Hale

## 1. Reports
Treasurer's report.
Submitted by Tim Sorel
The balance stands at 420 pounds.

## 2. Events
A quiz night in April.

## 3. Website
The new page is live.

## 4. Membership
Two new members joined.

## 5. Hall booking
The hall is booked for the summer fair; the deposit is paid.

## 6. Newsletter
The spring issue goes out next week.

## 7. Garden
Volunteers will meet on Saturdays.

## 8. Any other business
None.
"""
    assert _note_taker(text) is None


def test_an_office_named_by_a_label_of_its_own():
    assert _note_taker(DE.format(head="Aktuarin: Mira Sommer", tail="")) == "Mira Sommer"
    assert _note_taker(DE.format(head="Protokollschreiber: Jonas Keller", tail="")) == (
        "Jonas Keller"
    )
    assert _note_taker(EN.format(head="Recording Secretary: Olga Brandt", tail="")) == (
        "Olga Brandt"
    )
    assert _note_taker(EN.format(head="Scribes: Olga Brandt", tail="")) == "Olga Brandt"
    assert _note_taker(EN.format(head="Minuted by: Olga Brandt", tail="")) == "Olga Brandt"


def test_minutes_or_notes_after_another_label_on_the_line():
    assert (
        _note_taker(EN.format(head="Chair: Tim Sorel, Minutes: Olga Brandt", tail=""))
        == "Olga Brandt"
    )
    assert (
        _note_taker(DE.format(head="Leitung: Petra Lang | Notes: Mira Sommer", tail=""))
        == "Mira Sommer"
    )
    # "Minutes: approved" after another label names nobody.
    assert _note_taker(EN.format(head="Quorum: yes, Minutes: approved", tail="")) is None


def test_the_office_named_before_the_person():
    assert (
        _note_taker(DE.format(head="Die Protokollführung übernimmt Mira Sommer.", tail=""))
        == "Mira Sommer"
    )
    assert (
        _note_taker(DE.format(head="Zur Protokollführerin wird Petra Lang bestimmt.", tail=""))
        == "Petra Lang"
    )


def test_someone_taking_the_minutes_on():
    assert _note_taker(EN.format(head="Olga Brandt agreed to take minutes.", tail="")) == (
        "Olga Brandt"
    )
    assert _note_taker(EN.format(head="Tim Sorel volunteered to take the notes.", tail="")) == (
        "Tim Sorel"
    )


def test_fuer_das_protokoll_over_the_signature():
    assert _note_taker(DE.format(head="", tail="\nFür das Protokoll\n\nPetra Lang")) == (
        "Petra Lang"
    )


def test_gendered_and_plural_forms_of_the_label():
    assert _note_taker(DE.format(head="Schriftführer/in: Mira Sommer", tail="")) == "Mira Sommer"
    assert _note_taker(DE.format(head="Schriftführer*in: Mira Sommer", tail="")) == "Mira Sommer"
    assert _note_taker(EN.format(head="Note taker(s): Olga Brandt", tail="")) == "Olga Brandt"
    assert _note_taker(EN.format(head="Scribe(s): Olga Brandt", tail="")) == "Olga Brandt"
    assert _note_taker(EN.format(head="Minutes taker: Olga Brandt", tail="")) == "Olga Brandt"
    assert _note_taker(EN.format(head="Taking minutes: Olga Brandt", tail="")) == "Olga Brandt"


def test_the_writer_named_by_the_agents_preposition():
    for head in (
        "Protokoll verfasst von Mira Sommer",
        "Protokollführung durch Mira Sommer",
        "Protokoll durch: Mira Sommer",
        "Protokoll geführt: Mira Sommer",
        "Protokoll von Mira Sommer",
    ):
        assert _note_taker(DE.format(head=head, tail="")) == "Mira Sommer", head
    assert (
        _note_taker(DE.format(head="", tail="\nProtokoll erstellt am 13.03.2024 von Petra Lang"))
        == "Petra Lang"
    )
    # "Protokoll von der …", "Protokoll von Vorstand und Beirat": no person after "von".
    assert _note_taker(DE.format(head="Protokoll von der Sitzung des Vorstands", tail="")) is None
    assert _note_taker(DE.format(head="Protokoll von Vorstand und Beirat", tail="")) is None


def test_a_signature_mark_after_the_label():
    assert (
        _note_taker(DE.format(head="", tail="\nProtokollführerin: gez. Petra Lang")) == "Petra Lang"
    )
    assert _note_taker(DE.format(head="", tail="\nFür das Protokoll: gez. Petra Lang")) == (
        "Petra Lang"
    )


def test_an_address_beside_the_name_is_no_part_of_it():
    assert _note_taker(EN.format(head="Scribe: Olga Brandt <olga@example.org>", tail="")) == (
        "Olga Brandt"
    )
    assert _note_taker(DE.format(head="Protokoll: Mira Sommer (mira@example.de)", tail="")) == (
        "Mira Sommer"
    )
