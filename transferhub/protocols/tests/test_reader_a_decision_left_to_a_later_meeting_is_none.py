"""A decision the minutes leave to a later meeting is none of this one: "Die Satzungsänderung
wird auf der nächsten Mitgliederversammlung beschlossen" is the German present for what
"will be decided at the next general meeting" says in English. Taken now, it still is: "Es
wird beschlossen, das Thema in der nächsten Sitzung zu besprechen", and a matter put off to
the next meeting is a postponement."""

import pytest

from transferhub.protocols.reader import decisions, read_protocol


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Beitragsordnung wird auf der nächsten Mitgliederversammlung beschlossen.",
        "Satzungsänderungen werden bei der nächsten ordentlichen Mitgliederversammlung beschlossen",
        "Der Haushalt wird in der kommenden Sitzung genehmigt.",
        "The fee rules will be decided at the next general meeting.",
    ],
)
def test_left_to_a_later_meeting(sentence):
    assert decisions.sentence_kind(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Es wird beschlossen, das Thema in der nächsten Sitzung zu besprechen.", "resolution"),
        ("Die Beitragsordnung wird einstimmig beschlossen.", "resolution"),
        ("Die Frage wird auf die nächste Sitzung vertagt.", "postponement"),
        ("It was agreed to discuss the fee rules at the next meeting.", "agreement"),
    ],
)
def test_decided_now(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


def test_numbered_minutes_read_as_the_agenda_name_no_later_decision():
    text = (
        "Treffen am 4. Mai 2022\n======================\n\n"
        "Anwesend: Lena Ortiz, Omar Vance, Priya Nandakumar\n\n"
        "Protokoll\n---------\n\n"
        "1. Lena hat die Website erneuert.\n\n"
        "2. Änderungen der Hausordnung werden bei der nächsten Mitgliederversammlung "
        "beschlossen.\n\n"
        "3. Die Werkbank ist geliefert.\n\n"
        "Themen für das nächste Treffen\n------------------------------\n\n"
        "1. Inventar\n2. Spendendose\n3. Werkzeuge\n"
    )
    agenda = read_protocol(text.encode(), filename="x.md")["agenda"]
    assert [d for it in agenda for d in it["decisions"]] == []
