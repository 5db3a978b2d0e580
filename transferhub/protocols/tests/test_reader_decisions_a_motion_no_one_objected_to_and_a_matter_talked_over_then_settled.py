"""A motion, nomination or proposal no one objected to is decided by that; a body that talked
a matter over and then agreed decided it; a motion to table that passed puts the matter off;
an election declared by acclamation with a long name between."""

from transferhub.protocols.reader import read_protocol


def _decisions(text: str) -> list[dict]:
    r = read_protocol(text.encode(), filename="2024-03-12.md")
    return [d for a in r["agenda"] for d in a["decisions"]]


def test_english_no_objection_under_a_motion_a_nomination_and_a_motion_to_table():
    got = _decisions("""# Annual Meeting March 12, 2024

## Officers

Serge nominated himself for PR Coordinator. There was no objection.

A motion was made to approve two new members. There was no objection.

## Membership

Elliot moved to table the discussion of new member approval. Anna seconded.

There were no objections.
""")
    assert [d["kind"] for d in got] == ["resolution", "agreement", "postponement"]
    assert got[2]["text"].startswith("Elliot moved to table")


def test_german_no_objection_under_a_proposal_but_not_under_a_statement():
    got = _decisions("""# Protokoll der Mitgliederversammlung vom 12.03.2024

## TOP 1 Beschlussfähigkeit

Der Vorsitzende stellt fest, dass die Mitgliederversammlung beschlussfähig ist. Es gibt keine Einwände.

## TOP 2 Protokoll

Anna schlägt vor, das Protokoll ohne Änderungen zu übernehmen.

Es gibt keine Einwände.
""")
    assert [(d["kind"], d["text"][:14]) for d in got] == [("agreement", "Anna schlägt v")]


def test_a_body_that_talked_a_matter_over_and_then_agreed():
    got = _decisions("""# Iteration review 12 March 2024

## Comments

We discussed how to standardise our comments and agreed on the examples in the wiki.

## Logo

We discussed the logo and decided that nothing could be decided yet.
""")
    assert [d["kind"] for d in got] == ["agreement"]


def test_declared_by_acclamation_with_a_call_sign_and_an_office_between():
    got = _decisions("""# Annual General Meeting April 27, 2024

## Elections

LOC called again for further nominations for secretary. Hearing none he declared VE7LXC Tim Graham Secretary by acclamation.
""")
    assert [d["kind"] for d in got] == ["resolution"]
