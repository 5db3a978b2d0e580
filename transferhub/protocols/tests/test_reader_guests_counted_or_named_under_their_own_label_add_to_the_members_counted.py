"""A count of the members present and the guests under a label of their own: the guests add
to the count, whether the label counts them ("Anw. Mitglieder: 8" / "Anw. Gäste: 1" is 9) or
names them ("Gäste: Herr Timo Brandl, Landrat" over "Anwesende Mitglieder: 31" is 32). A count
that already speaks of guests or of a total takes in those named, and "Gäste: keine" adds no
one."""

import pytest

from transferhub.protocols.reader import read_protocol

BODY_DE = "\n\n## 1. Kasse\n\nDer Kassenbericht wird vorgestellt.\n\n## 2. Termine\n\nKeine.\n"
BODY_EN = "\n\n## 1. Budget\n\nThe budget was presented.\n\n## 2. Events\n\nNone.\n"
HEAD_DE = "# Protokoll der Jahreshauptversammlung vom 14.05.2024\n\n"
HEAD_EN = "# Minutes of the Annual Meeting, 14 May 2024\n\n"


def _count(text: str) -> int | None:
    return read_protocol(text.encode(), filename="x.md")["participant_count"]


@pytest.mark.parametrize(
    "header,body,n",
    [
        # a form's short labels, one group a line
        (HEAD_DE + "Beginn: 18:00\nAnw. Mitglieder: 8\nAnw. Gäste: 1\nEnde: 19:00", BODY_DE, 9),
        (HEAD_DE + "Anwesende Mitglieder: 14\nAnwesende Gäste: 2", BODY_DE, 16),
        # the guests' count above the members'
        (HEAD_DE + "Gäste: 3\n\nAnwesende Mitglieder: 20", BODY_DE, 23),
        (HEAD_EN + "Members present: 12\nGuests: 2", BODY_EN, 14),
    ],
)  # fmt: skip
def test_a_guests_count_under_its_own_label_adds_to_the_members(header, body, n):
    assert _count(header + body) == n


@pytest.mark.parametrize(
    "header,body,n",
    [
        (HEAD_DE + "Gäste: Herr Timo Brandl, Landrat des Kreises (TOP 2)\n\n"
         "Anwesende Mitglieder: 31 Mitglieder laut Anwesenheitsliste", BODY_DE, 32),
        (HEAD_DE + "Anwesende Mitglieder: 17\n\nGäste: Petra Lindner, Omar Haddad", BODY_DE, 19),
        (HEAD_EN + "Members present: 22\n\nGuests: Mr Colin Foster, Dana Whitby", BODY_EN, 24),
    ],
)  # fmt: skip
def test_guests_named_under_their_own_label_add_to_the_members_counted(header, body, n):
    assert _count(header + body) == n


@pytest.mark.parametrize(
    "header,body,n",
    [
        # the count says it holds the guests, or is a total
        (HEAD_DE + "Anwesend: 12 Mitglieder und 2 Gäste\nGäste: Petra Lindner, Omar Haddad",
         BODY_DE, 14),
        (HEAD_EN + "Present: 15 (including guests)\nGuests: Colin Foster, Dana Whitby",
         BODY_EN, 15),
        # no guests came
        (HEAD_DE + "Anwesende Mitglieder: 9\nGäste: keine", BODY_DE, 9),
        (HEAD_EN + "Members present: 11\nGuests: none", BODY_EN, 11),
    ],
)  # fmt: skip
def test_guests_already_in_the_count_or_no_members_counted_add_nothing(header, body, n):
    assert _count(header + body) == n


def test_a_guests_title_after_the_name_is_no_second_guest():
    text = HEAD_DE + "Anwesende Mitglieder: 40\nGäste: Frau Ute Sommer, Bürgermeisterin der Stadt"
    assert _count(text + BODY_DE) == 41
