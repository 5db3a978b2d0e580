"""A sentence whose main verb is one of deciding records a decision, whoever is its subject:
"we" in any word order ("Das vertagen wir auf Mai", "Wir nehmen … an"), the room ("we seem
in general agreement") or nobody (the passive: "The new rota was approved"). A modal or a future, a question or a condition, a
denial, an earlier meeting's decision and a person's own opinion keep it from deciding."""

import pytest

from transferhub.protocols.reader import decisions, parse_text


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # German "wir" with the verb first or second, its particle closing the clause.
        ("Wir nehmen die Kassenordnung einstimmig an.", "resolution"),
        ("Als Motto für das Sommerfest wählen wir: Wasser marsch.", "agreement"),
        ("Den Ausflug zum Stausee verschieben wir auf den Herbst.", "postponement"),
        ("Das vertagen wir, weil Frau Okonkwo heute fehlt.", "postponement"),
        ("Wir lehnen den Vorschlag der Kreisgruppe ab.", "rejected"),
        ("Den Termin für das Grillfest legen wir auf den 4. Juli fest.", "agreement"),
        # A matter put off in the passive, told with where it goes.
        (
            "Weil noch Angebote fehlen, wurde die Frage der Beamer auf die nächste Sitzung "
            "vertagt.",
            "postponement",
        ),
        ("Die Satzungsfrage wird in den Herbst verschoben.", "postponement"),
        # English: the room agreeing, the passive with any subject, an outcome after a dash.
        ("Ruth: So we seem in general agreement that the rota stays as it is.", "agreement"),
        ("Everyone endorsed the new volunteer handbook.", "agreement"),
        ("The revised volunteer handbook was endorsed.", "agreement"),
        ("Tomas Reyes and Ines Aalto were both appointed to the grants panel.", "resolution"),
        ("The question of the new kiln was deferred until the spring meeting.", "postponement"),
        # The forms the phrase patterns read before ("Wir einigen uns", "einigen wir uns",
        # "was agreed"), now the family's.
        ("Wir beide einigen uns auf einen Stand beim Hoffest.", "agreement"),
        ("Um Zeit zu sparen, verständigen wir uns auf zwei Sitzungen im Monat.", "agreement"),
        ("A joint stall with the beekeepers was agreed.", "agreement"),
        ("The new opening hours were discussed and agreed by the committee.", "agreement"),
    ],
)
def test_a_sentence_of_the_verb_family_decides(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        # What is still to be decided: a modal, a future, "werden".
        "Wir müssen noch einen neuen Kassenwart wählen.",
        "Das Thema soll auf die nächste Sitzung vertagt werden.",
        "Die Frage wird auf die nächste Sitzung verschoben werden.",
        "We will need to decide on the kiln at the spring meeting.",
        # A question or a condition.
        "Verschieben wir das auf den Herbst?",
        "If the grant was approved, the kiln was to be ordered in May.",
        # A denial, before or after the verb.
        "Wir nehmen den Antrag nicht an.",
        "The revised handbook was not endorsed.",
        # An earlier meeting's decision told again.
        "As previously agreed, the handbook was endorsed by email.",
        "Wie in der letzten Sitzung beschlossen, wählen wir per Handzeichen.",
        # One person's view, and the separable verb without its particle.
        "I agreed with Ruth on the rota.",
        "Wir nehmen uns das Thema Website im Mai vor.",
        # The agenda put off is the items' status; a point moved down the page goes nowhere.
        "The regular agenda was tabled due to low attendance.",
        "Punkt 4 wurde nach hinten verschoben.",
        # A pointer to what was decided, and an opinion told in the passive.
        "Was wir im Plenum beschlossen haben, steht im Wiki.",
        "What we agreed is on the wiki.",
        "The 20mph limit was agreed to be a good idea, but enforcement is unclear.",
        "As was agreed, the stall stays by the gate.",
    ],
)
def test_a_sentence_of_the_family_that_decides_nothing(sentence):
    assert decisions.sentence_kind(sentence) is None


MINUTES = """# Protokoll Gartengruppe 3. März 2025

## TOP 1 Kassenordnung

Die Kassenordnung lag allen vorab vor. Wir nehmen die Kassenordnung einstimmig an.

## TOP 2 Ausflug

Wir müssen noch klären, wer den Bus fährt. Den Ausflug zum Stausee verschieben wir auf den
Herbst.

## TOP 3 Hochbeete

Leonie berichtet von den neuen Hochbeeten.
"""


def test_german_minutes_record_what_we_decided_in_any_word_order():
    r = parse_text(MINUTES, fmt="md")
    kinds = [d["kind"] for item in r["agenda"] for d in item["decisions"]]
    texts = [d["text"] for item in r["agenda"] for d in item["decisions"]]
    assert kinds == ["resolution", "postponement"]
    assert texts[1] == "Den Ausflug zum Stausee verschieben wir auf den Herbst."


@pytest.mark.parametrize(
    "sentence",
    [
        # An earlier meeting's decision told again, whichever pattern reads the sentence.
        "At the last meeting we agreed to buy two gazebos.",
        "It was agreed at the previous meeting that the hall is booked for May.",
        "Wie in der letzten Sitzung beschlossen, wird der Zaun im April gestrichen.",
        "In der letzten Sitzung wurde einstimmig beschlossen, den Zaun zu streichen.",
        # "already" just before the verb of the family.
        "Den Stand am Hoffest haben wir bereits beschlossen.",
        "We had already agreed the summer rota.",
    ],
)
def test_what_an_earlier_meeting_decided_is_no_decision_of_this_one(sentence):
    assert decisions.sentence_kind(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # The earlier meeting named as the minutes' own, or "already" far from the verb.
        ("The minutes of the last meeting were approved.", "agreement"),
        ("Das Protokoll der letzten Sitzung wird einstimmig genehmigt.", "resolution"),
        ("Die bereits vorgestellte Gartenordnung wird einstimmig angenommen.", "resolution"),
    ],
)
def test_the_last_meetings_minutes_or_an_earlier_draft_still_decide(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Vorstand soll darüber entscheiden.",
        "Die Mitgliederversammlung muss den Haushaltsplan noch genehmigen.",
        "The Board will decide on the venue in June.",
        "The trustees need to approve the new lease first.",
    ],
)
def test_a_modal_or_a_future_in_the_clause_of_the_verb_leaves_the_decision_to_come(sentence):
    assert decisions.sentence_kind(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Several members will be away, so the committee agreed to meet online.", "agreement"),
        ("It was agreed that the Clerk would write to the highways office.", "agreement"),
        ("Wir haben vereinbart, dass Jonas die Einladungen verschicken wird.", "agreement"),
    ],
)
def test_a_modal_in_another_clause_or_in_what_was_agreed_still_decides(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The group established a founding rule of open books:", "agreement"),
        ("The committee chose the blue banner for the fete.", "agreement"),
        ("We opted for the cheaper of the two printers.", "agreement"),
        ("The board settled on a Saturday in May.", "agreement"),
        ("We went with the second quote for the roof.", "agreement"),
    ],
)
def test_we_or_a_body_choosing_settles_a_matter(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The group chose not to renew the lease.",
        "Anna chose the blue banner.",
        "Should we go with the second quote?",
    ],
)
def test_a_choice_denied_asked_or_made_by_one_person_settles_nothing(sentence):
    assert decisions.sentence_kind(sentence) is None


TABLE_MINUTES = """# Minutes of the Allotment Society, 4 May 2025

## 1. Season planning

| Topic | Notes |
|---|---|
| Hall hire | The new hall hire fees were approved. |
| Tea rota | Maria draws up the tea rota, as every year. |
| Fete | Everyone agreed to hold the fete on 14 June. |
| Compost | Status: approved |
"""

TABELLEN_PROTOKOLL = """# Protokoll Kleingartenverein, 4. Mai 2025

## 1. Saisonplanung

| Thema | Notizen |
|---|---|
| Saalmiete | Das Sommerfest verschieben wir auf den 21. Juni. |
| Kompost | Der Kompostplatz wird von Ralf betreut. |
"""


def test_a_table_cell_holding_one_sentence_of_the_family_records_a_decision():
    r = parse_text(TABLE_MINUTES, fmt="md")
    found = [(d["text"], d["kind"]) for item in r["agenda"] for d in item["decisions"]]
    assert found == [
        ("The new hall hire fees were approved.", "agreement"),
        ("Everyone agreed to hold the fete on 14 June.", "agreement"),
    ]
    r = parse_text(TABELLEN_PROTOKOLL, fmt="md")
    found = [(d["text"], d["kind"]) for item in r["agenda"] for d in item["decisions"]]
    assert found == [("Das Sommerfest verschieben wir auf den 21. Juni.", "postponement")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # A denial in the verb's own clause: nothing decided, or a motion voted down.
        ("Das Protokoll wurde nicht genehmigt.", None),
        ("The budget for the new shed was not approved.", None),
        ("The minutes were not accepted as a true record.", None),
        ("Der Antrag auf einen zweiten Grill wurde nicht angenommen.", "rejected"),
        ("The motion to buy a second mower was not carried.", "rejected"),
        # A denial in another clause leaves the verb's decision standing.
        (
            "There were no other matters arising and the minutes were accepted as a true record.",
            "agreement",
        ),
        (
            "Da nicht alle Angebote vorliegen, wird die Frage auf die nächste Sitzung vertagt.",
            "postponement",
        ),
    ],
)
def test_a_denial_counts_only_in_the_clause_of_the_verb(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # Another's decision reported, or an opinion told: no decision of this meeting.
        ("Anna reported that the county council approved the new bus route.", None),
        ("Der Kassenwart berichtet, dass die Stadt den Zuschuss genehmigt hat.", None),
        ("Tom felt that the rota was agreed too quickly.", None),
        # The chair declaring a result, or a report that was agreed, decides.
        ("The chair announced that the motion was carried.", "resolution"),
        ("Der Vorsitzende erklärt, dass der Antrag einstimmig angenommen ist.", "resolution"),
        ("It was agreed that Anna reports on the grant next month.", "agreement"),
    ],
)
def test_a_decision_reported_or_an_opinion_told_is_none_of_this_meeting(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # The particle closes the sentence before a note set in emphasis.
        (
            "Wir nehmen die Tagesordnung mit den Änderungen einstimmig an _Falls etwas unklar "
            "ist, hilft das Glossar_",
            "resolution",
        ),
        # "an" opening another verb's clause ("teilnehmen") is no particle of "annehmen".
        ("Wir nehmen an _keiner_ Demo teil.", None),
        ("Wir nehmen an der Pflanzaktion im Park teil.", None),
    ],
)
def test_the_particle_of_a_separable_verb_closes_its_clause(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind
