"""Those present in a sentence ("… attended.", "The meeting was attended by …", "An der Sitzung
nahmen … teil.", "The following members were in attendance: …"), in a hybrid meeting's parts
("Present in person:", "Present remotely:"), written family name first ("Berg, Anna; …"),
with "In attendance:" after the members on one line, and guests counted after their label."""

import pytest

from transferhub.protocols.reader import read_protocol

BODY_DE = "\n\n## 1. Kasse\n\nDer Kassenbericht wird vorgestellt.\n\n## 2. Termine\n\nKeine.\n"
BODY_EN = "\n\n## 1. Budget\n\nThe budget was presented.\n\n## 2. Events\n\nNone.\n"
HEAD_DE = "# Protokoll der Vorstandssitzung vom 14.05.2024\n\n"
HEAD_EN = "# Minutes of the Council meeting, 14 May 2024\n\n"


def _read(text: str) -> dict:
    return read_protocol(text.encode(), filename="x.md")


@pytest.mark.parametrize(
    "header,body,n",
    [
        (HEAD_EN + "Olga Brandt, Piet Sorensen, Rui Alves and Lena Moss attended. Ida Holm sent "
         "apologies.", BODY_EN, 4),
        (HEAD_EN + "The meeting was attended by Olga Brandt, Piet Sorensen and Rui Alves.",
         BODY_EN, 3),
        (HEAD_EN + "The following members were in attendance: Olga Brandt, Piet Sorensen.",
         BODY_EN, 2),
        (HEAD_DE + "An der Sitzung nahmen Jonas Lehr, Mira Vogt und Till Anders teil.",
         BODY_DE, 3),
    ],
)  # fmt: skip
def test_a_sentence_names_those_there(header, body, n):
    assert _read(header + body)["participant_count"] == n


@pytest.mark.parametrize(
    "sentence",
    ["Most members attended.", "The meeting was attended by most of the members."],
)
def test_a_sentence_without_names_counts_no_one(sentence):
    assert _read(HEAD_EN + sentence + BODY_EN)["participant_count"] is None


@pytest.mark.parametrize(
    "header,body,n",
    [
        (HEAD_EN + "Present in person: Olga Brandt, Piet Sorensen\nPresent remotely: Rui Alves",
         BODY_EN, 3),
        (HEAD_DE + "Anwesend vor Ort: Jonas Lehr, Mira Vogt\nAnwesend online: Till Anders",
         BODY_DE, 3),
    ],
)  # fmt: skip
def test_a_hybrid_meetings_parts_each_count(header, body, n):
    assert _read(header + body)["participant_count"] == n


def test_family_names_first_one_person_a_part():
    r = _read(HEAD_DE + "Anwesend: Lehr, Jonas (Vorsitz); Vogt, Dr. Mira; Anders, Till" + BODY_DE)
    assert r["participant_count"] == 3
    assert [p["name"] for p in r["participants"]] == ["Jonas Lehr", "Mira Vogt", "Till Anders"]


def test_in_attendance_after_the_members_on_one_line():
    text = (
        HEAD_EN + "Present: Cllrs O Brandt (Chairman), P Sorensen, R Alves. In attendance: "
        "L Moss (Clerk) and 3 members of the public." + BODY_EN
    )
    assert _read(text)["participant_count"] == 7


@pytest.mark.parametrize(
    "line,n",
    [("Anwesende Mitglieder: 12, Gäste: 3", 15), ("Members present: 9; guests: 2", 11)],
)
def test_guests_counted_after_their_own_label(line, n):
    body = BODY_DE if line.startswith("Anw") else BODY_EN
    head = HEAD_DE if line.startswith("Anw") else HEAD_EN
    assert _read(head + line + body)["participant_count"] == n
