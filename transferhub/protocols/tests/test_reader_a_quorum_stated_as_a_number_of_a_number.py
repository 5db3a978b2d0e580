"""A quorum line that states how many of how many were there ("Quorum: 9 of 11",
"Beschlussfähigkeit: gegeben, 12 von 15") gives the number present; a board's quorum inside a
larger meeting ("3 of 5 directors") and a quorum without numbers do not."""

import pytest

from transferhub.protocols.reader import read_protocol

BODY_DE = "\n\n## 1. Kasse\n\nDer Kassenbericht wird vorgestellt.\n\n## 2. Termine\n\nKeine.\n"
BODY_EN = "\n\n## 1. Budget\n\nThe budget was presented.\n\n## 2. Events\n\nNone.\n"


def _count(text: str) -> int | None:
    return read_protocol(text.encode(), filename="x.md")["participant_count"]


@pytest.mark.parametrize(
    "line,body,n",
    [
        ("Quorum: 9 of 11", BODY_EN, 9),
        ("Quorum: yes, 9 of 11 members", BODY_EN, 9),
        ("Beschlussfähigkeit: gegeben, 12 von 15", BODY_DE, 12),
    ],
)
def test_a_quorum_of_a_number_gives_those_there(line, body, n):
    assert _count(f"# Sitzung am 14.05.2024\n\n{line}" + body) == n


@pytest.mark.parametrize(
    "line,body",
    [
        ("Quorum: 3 of 5 directors", BODY_EN),
        ("Quorum: 50% + 1", BODY_EN),
        ("Beschlussfähigkeit: gegeben", BODY_DE),
    ],
)
def test_a_board_quorum_or_one_without_numbers_gives_no_count(line, body):
    assert _count(f"# Sitzung am 14.05.2024\n\n{line}" + body) is None
