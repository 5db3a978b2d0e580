"""An agreement told in the passive with who agreed it or what followed ("The Code of Conduct
was reviewed and agreed unanimously by the Board", "… was agreed by the committee", "were
agreed and adopted by the Board") is an agreement, as "… was agreed." alone is; what was agreed
before ("as was agreed by the board last month") and nothing agreed are none."""

import pytest

from transferhub.protocols.reader import decisions, read_protocol


@pytest.mark.parametrize(
    "sentence",
    [
        "The Code of Conduct document was reviewed and agreed unanimously by the Board.",
        "The opt-out period for both standards was agreed by the committee.",
        "All Terms of Reference were agreed and will be reviewed by the committees next year.",
        "The Health and Safety Policy was agreed by the Board and was signed by the Chair.",
    ],
)
def test_agreed_in_the_passive_by_someone_or_and_more(sentence):
    assert decisions.sentence_kind(sentence) == "agreement"


@pytest.mark.parametrize(
    "sentence",
    [
        "As was agreed by the board last month, the office closes on Fridays.",
        "What was agreed and what was not is unclear.",
        "Nothing was agreed by the board.",
        "The venue was not agreed by the members.",
    ],
)
def test_no_agreement_told(sentence):
    assert decisions.sentence_kind(sentence) is None


def test_in_minutes_an_agreement_by_the_board_and_a_german_one():
    r = read_protocol(
        (
            b"# Board meeting 24 September 2015\n\n## 1. Code of Conduct\n\n"
            b"The Code of Conduct document was reviewed and agreed unanimously by the Board.\n\n"
            b"## 2. Standing Orders\n\n"
            b"The Standing Orders were agreed and adopted by the Board.\n"
        ),
        filename="board.md",
    )
    assert [len(item["decisions"]) for item in r["agenda"]] == [1, 1]
    r = read_protocol(
        (
            b"# Vorstandssitzung 24.09.2015\n\n## 1. Verhaltenskodex\n\n"
            b"Der Verhaltenskodex wurde vom Vorstand besprochen und vereinbart.\n"
        ),
        filename="vorstand.md",
    )
    assert [len(item["decisions"]) for item in r["agenda"]] == [1]
