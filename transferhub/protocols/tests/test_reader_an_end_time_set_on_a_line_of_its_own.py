"""An end whose clock time a PDF sets on a line of its own ("Herr Beispiel schloss um" /
"13:24 Uhr" / "die Gründungsversammlung.") is read across the break; "schloss" is a closing
verb, "beschloss" (decided) is not. All text invented.
"""

import pytest

from transferhub.protocols.reader import read_protocol

HEAD_DE = (
    "Protokoll der Gründungsversammlung\n\nDatum: 26.11.2024, Beginn: 11:00 Uhr\n\n"
    "1. Begrüßung\n\nAnna Beispiel begrüßt alle.\n\n2. Satzung\n\nDie Satzung wird beraten.\n\n"
)
HEAD_EN = (
    "Minutes of the founding meeting\n\nDate: 26 November 2024, start: 11:00\n\n"
    "1. Welcome\n\nAnn Example welcomed all.\n\n2. Constitution\n\nThe constitution was discussed.\n\n"
)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (HEAD_DE + "Herr Beispiel schloss um\n\n13:24 Uhr\n\ndie Gründungsversammlung.\n", "13:24"),
        (HEAD_EN + "The chair closed the meeting at\n\n1:24 pm\n\nwith thanks to all.\n", "13:24"),
        (HEAD_DE + "Die Versammlung beschloss um\n\n13:24 Uhr\n\neine Pause.\n", None),
    ],
)
def test_the_end_is_read_across_the_line_breaks_around_its_time(text, end):
    assert read_protocol(text.encode(), filename="protokoll.txt")["end"] == end
