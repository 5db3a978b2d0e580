"""A vote told with "voted" is a vote whoever took it ("The supervisors voted unanimously to
adopt …", "Commissioners Court voted 3-2 to rescind …") or with no one named ("VOTED
unanimously and 4 of 4 directors present approved …", "Voted unanimously to approve …"); one
person's vote, a denied one and who voted are none. German minutes tell the same with
"stimmt/stimmen", read as before."""

import pytest

from transferhub.protocols.reader import decisions, read_protocol


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("VOTED unanimously and 4 of 4 directors present approved an amendment.", "resolution"),
        ("Voted unanimously to approve the budget for 2025.", "resolution"),
        ("The supervisors voted unanimously to adopt the pension plan.", "resolution"),
        ("Commissioners Court voted 3-2 to rescind the moratorium.", "resolution"),
        ("The trustees' panel voted against the new opening hours.", "rejected"),
        ("Die Versammlung stimmt dem Antrag einstimmig zu.", "resolution"),
    ],
)
def test_a_vote_told(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "I voted for option B last year.",
        "Members who voted to keep the logo were thanked.",
        "No one voted to change the rules.",
        "The board has not voted to approve it yet.",
        "Should the club vote to change the rules?",
    ],
)
def test_no_vote_told(sentence):
    assert decisions.sentence_kind(sentence) is None


def test_a_vote_with_no_one_named_under_its_item():
    r = read_protocol(
        b"# Board meeting 2021-04-14\n\n## Resolution on the Articles\n\n"
        b"- VOTED unanimously and 4 of 4 directors present approved an amendment of the "
        b"articles.\n\n## Initiative transition\n\nDiscussion only.\n",
        filename="board.md",
    )
    assert [len(item["decisions"]) for item in r["agenda"]] == [1, 0]
    assert r["agenda"][0]["decisions"][0]["kind"] == "resolution"
