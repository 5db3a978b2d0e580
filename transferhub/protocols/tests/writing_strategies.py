"""Hypothesis strategies for meetings as real minutes have them, and a builder for the database.

The texts stay within what German minutes contain: titles of instruments and reports,
presenters with honorifics and organisations, decisions of each kind, tasks with owners.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from transferhub.decisions.services import decision_record, task_create
from transferhub.meetings.models import AgendaItem
from transferhub.meetings.services import (
    agenda_item_add,
    attendance_add,
    meeting_create,
    minutes_record,
)
from transferhub.network.models import Body, Organisation, Person

BODIES = [
    "AG Transfer",
    "FG Arbeitsschutz",
    "FG Qualitätssicherung",
    "AG Umweltschutz",
    "Ad-hoc-AG Energieeinsparung",
    "Klein-AG Kurzinfo Pflege",
    "Strategiekreis",
    "Arbeitskreis Digitalisierung",
    "Lenkungskreis Transfer",
    "Netzwerk KMU Nord",
]
GIVEN = ["Anna", "Jörg", "Theresa", "Oliver", "Greta", "Ümit", "Wilhelm", "Björn", "Sabine", "Welf"]
FAMILY = [
    "Müller", "Joerißen", "Kruse", "Heidbrede", "Ollertz", "Schröter", "Weiß", "Özdemir",
    "Hofmeister", "Bäcker-Lange", "Sieker", "Cernavin",
]  # fmt: skip
HONORIFICS = ["", "", "Dr.", "Prof. Dr.", "Dr.-Ing."]
ORGANISATIONS = [
    None,
    "Offensive Mittelstand",
    "BMAS – Bundesministerium für Arbeit und Soziales",
    "Bundesverband Die KMU-Berater",
    "Kuratorium Deutsche Altershilfe",
    "Handwerkskammer Münster",
    "Fraunhofer-Institut für Arbeitswirtschaft und Organisation",
    "Technologieberatungsstelle beim DGB NRW",
]
TOPICS = [
    "Neues aus der Offensive Mittelstand",
    "Umsetzungshilfe „Finanzierung und Liquidität“",
    "Check „Betrieblicher Umweltschutz“",
    "OM-Zeichen-Arbeitsschutz und OM-Lieferantendatenbank",
    "Bericht aus der FG Arbeitsschutz",
    "OM-Zusatzqualifizierung „KI erkennen, bewerten und einführen“",
    "Vereinbarkeit von Beruf und Pflege",
    "Lieferkettensorgfaltspflichtengesetz (LkSG)",
    "Energieeinsparung in kleinen und mittleren Unternehmen",
    "Regionale Musternetzwerke",
    "Ergebnisse der Befragung der OM-Partner",
    "Klimawandel, Dekarbonisierung und Co.",
]
SUFFIXES = [
    "",
    "",
    " – Stand und Ausblick",
    " für Beratende von KMU",
    " im Themenfeld „Umweltschutz“",
]
SENTENCES = [
    "Die Fachgruppe hat verschiedene Produkte erarbeitet.",
    "Vielen Dank für das große Engagement der Beteiligten.",
    "Das Online-Tool wird derzeit finalisiert und steht voraussichtlich im Herbst zur Verfügung.",
    "Es hat sich gezeigt, dass eine regionale Identität der Netzwerke sehr hilfreich ist.",
    "Die Ergebnisse werden für die Zielgruppen Intermediäre, KMU und Betriebsräte aufbereitet.",
    "Begriffe, die nicht allgemein geläufig sind, sollen erläutert werden.",
    "Der Aufbau ähnelt dem Aufbau der OM-Checks und soll die Praxisstandards ergänzen.",
    "Evaluation und Feedback der Workshops zeigen, dass die Qualifizierung gut angenommen wird.",
    "Große Potenziale zur Energieeinsparung liegen im Verhalten von Beschäftigten.",
    "Unklar ist noch, welcher Preis für den Workshop festgelegt werden soll.",
]
BULLETS = [
    "Themen Klimawandel und Energie mit berücksichtigen",
    "Bei der Aufarbeitung der Ergebnisse geschäftsorientiert arbeiten",
    "Transfer der Produkte über die INQA-Lernwelt prüfen",
]
DECISIONS = {
    "agreement": [
        "Die Geschäftsstelle erstellt einen Entwurf der Kurzinfo und versendet ihn an alle Partner.",
        "Interessierte Partner melden sich bei der Geschäftsstelle, die virtuelle Termine bekannt gibt.",
        "Nach den Ergänzungen kann die Umsetzungshilfe ins Layout gegeben und veröffentlicht werden.",
    ],
    "resolution": [
        "Der Check „Betrieblicher Umweltschutz“ wird in der vorliegenden Fassung verabschiedet.",
        "Die Qualifizierung wird dem Strategiekreis zur Annahme empfohlen.",
    ],
    "rejected": [
        "Eine eigene Website für jedes regionale Netzwerk auf Kosten der Stiftung.",
        "Die Erweiterung der Kurzinfo um ein umfangreiches Glossar.",
    ],
    "postponement": [
        "Die Entscheidung über den Preis des Workshops fällt in der kommenden Sitzung.",
        "Die Abstimmung über die Kriterien der Projekte erfolgt nach Klärung mit den Partnern.",
    ],
}
TASKS = [
    "Entwurf der Kurzinfo an die Geschäftsstelle senden.",
    "Termine für die Ad-hoc-Gruppe abstimmen.",
    "Glossar zur Umsetzungshilfe ergänzen.",
    "Ansprache der Bankenverbände vorbereiten.",
    "Ergebnisse der Befragung für KMU aufbereiten.",
]

people_st = st.tuples(
    st.integers(0, len(GIVEN) - 1),
    st.integers(0, len(FAMILY) - 1),
    st.sampled_from(HONORIFICS),
    st.sampled_from(ORGANISATIONS),
)


@st.composite
def votes_for(draw, kind: str):
    if not draw(st.booleans()):
        return None
    yes, no = draw(st.integers(0, 25)), draw(st.integers(0, 25))
    if kind == "rejected" and yes >= no:
        yes, no = no, yes + 1
    elif kind != "rejected" and yes <= no:
        yes, no = no + 1, yes
    return (yes, no, draw(st.integers(0, 5)))


@st.composite
def decision_st(draw):
    kind = draw(st.sampled_from(list(DECISIONS)))
    return {
        "kind": kind,
        "text": draw(st.sampled_from(DECISIONS[kind])),
        "votes": draw(votes_for(kind)),
    }


@st.composite
def item_st(draw):
    paragraphs = draw(
        st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4), max_size=3)
    )
    minutes = "\n\n".join(" ".join(p) for p in paragraphs)
    if draw(st.booleans()):
        minutes += "\n\nErgänzungen und **Ideen**:\n\n" + "\n".join(
            f"- {b}" for b in draw(st.lists(st.sampled_from(BULLETS), min_size=1, max_size=3))
        )
    return {
        "title": draw(st.sampled_from(TOPICS)) + draw(st.sampled_from(SUFFIXES)),
        "duration": draw(st.integers(1, 9)) * 5,
        "presenters": draw(st.lists(people_st, max_size=2)),
        "status": draw(st.sampled_from(["discussed"] * 4 + ["postponed", "withdrawn"])),
        "minutes": minutes.strip(),
        "decisions": draw(st.lists(decision_st(), max_size=2)),
        "tasks": draw(
            st.lists(
                st.tuples(
                    st.sampled_from(TASKS),
                    st.one_of(st.none(), st.just("body"), people_st),
                    st.one_of(st.none(), st.integers(1, 120)),
                ),
                max_size=3,
            )
        ),
        "break_after": draw(
            st.one_of(st.none(), st.tuples(st.sampled_from(["Pause", "Mittagspause", "Kaffeepause"]),
                                           st.integers(2, 9)))
        ),
    }  # fmt: skip


@st.composite
def meeting_st(draw):
    items = draw(st.lists(item_st(), min_size=1, max_size=8))
    start = dt.time(draw(st.integers(7, 14)), draw(st.sampled_from([0, 15, 30, 45])))
    nxt = None
    if draw(st.booleans()):
        nxt = (
            draw(st.integers(7, 180)),
            dt.time(draw(st.integers(8, 15)), draw(st.sampled_from([0, 30]))),
            draw(st.integers(1, 6)) * 30,
        )
    return {
        "body": draw(st.sampled_from(BODIES)),
        "date": draw(st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31))),
        "start": start,
        "slack": draw(st.integers(0, 6)) * 5,
        "items": items,
        "next": nxt,
        "note_taker": draw(st.one_of(st.none(), people_st)),
        "participants": draw(st.lists(people_st, max_size=5, unique_by=lambda p: (p[0], p[1]))),
        "stated_count": draw(st.one_of(st.none(), st.integers(3, 40))),
    }


# --- Building it through the services ----------------------------------------------------


def _person(spec) -> Person:
    given, family, honorific, org = spec
    organisation = Organisation.objects.get_or_create(name=org)[0] if org else None
    person, _ = Person.objects.get_or_create(
        given_name=GIVEN[given], family_name=FAMILY[family], defaults={"title": honorific}
    )
    # One person, one honorific and organisation: the first mention decides, as in a register.
    if person.organisation_id is None and organisation is not None:
        person.organisation = organisation
        person.save(update_fields=["organisation"])
    return person


def build_meeting(spec: dict):
    """Create the meeting of a spec through the services; return it with what was planned."""
    body, _ = Body.objects.get_or_create(name=spec["body"], defaults={"short_name": spec["body"]})
    total = sum(i["duration"] + (i["break_after"][1] * 5 if i["break_after"] else 0)
                for i in spec["items"]) + spec["slack"]  # fmt: skip
    start = dt.datetime.combine(spec["date"], spec["start"])
    end = (start + dt.timedelta(minutes=max(total, 5))).time()
    meeting = meeting_create(
        body=body,
        name=spec["body"],
        date=spec["date"],
        start_time=spec["start"],
        end_time=end,
        note_taker=_person(spec["note_taker"]) if spec["note_taker"] else None,
        stated_participant_count=spec["stated_count"],
    )
    for item_spec in spec["items"]:
        presenters = []
        for p in item_spec["presenters"]:
            person = _person(p)
            if person.pk not in [x.pk for x, _ in presenters]:
                presenters.append((person, None))
        item = agenda_item_add(
            meeting=meeting,
            name=item_spec["title"],
            duration_minutes=item_spec["duration"],
            presenters=presenters,
        )
        if item_spec["minutes"] or item_spec["status"] != "discussed":
            minutes_record(item=item, minutes=item_spec["minutes"], status=item_spec["status"])
        for d in item_spec["decisions"]:
            decision_record(
                meeting=meeting, agenda_item=item, text=d["text"], kind=d["kind"], votes=d["votes"]
            )
        for text, owner, due in item_spec["tasks"]:
            task_create(
                agenda_item=item,
                text=text,
                owner_body=body if owner == "body" else None,
                owner_person=_person(owner) if isinstance(owner, tuple) else None,
                due_date=spec["date"] + dt.timedelta(days=due) if due else None,
            )
        if item_spec["break_after"]:
            name, fives = item_spec["break_after"]
            agenda_item_add(
                meeting=meeting, name=name, kind=AgendaItem.Kind.BREAK, duration_minutes=fives * 5
            )
    seen = set()
    for p in spec["participants"]:
        person = _person(p)
        if person.pk not in seen:
            seen.add(person.pk)
            attendance_add(meeting=meeting, person=person)
    if spec["next"]:
        days, nstart, minutes = spec["next"]
        nend = (dt.datetime.combine(spec["date"], nstart) + dt.timedelta(minutes=minutes)).time()
        meeting_create(
            body=body,
            name=spec["body"],
            date=spec["date"] + dt.timedelta(days=days),
            start_time=nstart,
            end_time=nend,
        )
    meeting.refresh_from_db()
    return meeting
