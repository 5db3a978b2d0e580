"""A consensus stays an agreement when a condition or a "not" follows it ("Consensus was that
it's okay …, but if all clients …", "Es besteht Konsens, …, falls …") and when a speaker tells it
with "we" as standards groups minute it ("Lucas: Conclude that for now we have a meeting
consensus that …", "DE: I think we have consensus on …"); a question about one decides nothing."""

import pytest

from transferhub.protocols.reader import decisions, read_protocol


@pytest.mark.parametrize(
    "sentence",
    [
        "Consensus was that it's okay for Relay to wipe it all away, but if all clients have "
        "to do that it would lose a lot of its value.",
        "Lucas: Conclude that for now we have a meeting consensus that we will not do the split.",
        "Christian: I think we have consensus, which is to keep what we have now.",
        "RPR: So I think we have consensus on this review for merge at the end of next week.",
        "We have rough consensus to keep the current wire format.",
        "Es besteht Konsens, das Logo zu behalten, falls der Verein zustimmt.",
        "Wir sind uns einig, dass wir den Raum mieten, falls die Miete bezahlbar bleibt.",
    ],
)
def test_a_consensus_with_a_condition_or_told_by_a_speaker_is_an_agreement(sentence):
    assert decisions.sentence_kind(sentence) == "agreement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Do we have consensus on this?",
        "We need to check if there is consensus before the call.",
        "Es besteht kein Konsens, ob wir das Logo behalten.",
        "Ob wir uns einig sind, ist offen.",
    ],
)
def test_a_question_about_a_consensus_or_none_reached_decides_nothing(sentence):
    assert decisions.sentence_kind(sentence) is None


def test_in_working_group_notes_the_consensus_bullet_is_the_items_decision():
    r = read_protocol(
        b"# GraphQL WG 2023-07-06\n\n## Client controlled nullability\n\n"
        b"- To merge CCN before fragment modularity, we need to be sure it won't block it.\n"
        b"- Consensus was that it's okay for Relay to wipe it all away, but if all clients\n"
        b"  have to do that it would lose a lot of its value.\n\n## TSC mailing list\n\n"
        b"- The list was out of date.\n",
        filename="wg.md",
    )
    assert [[d["kind"] for d in a["decisions"]] for a in r["agenda"]] == [["agreement"], []]
