"""The demo's papers: the seed's topics carried over as the migration does, then their way.

The Umsetzungshilfe „Finanzierung und Liquidität“ was discussed in the AG Transfer on
15.09.2022 (recommended, a glossary to add), goes to the Strategiekreis (adopted with the
glossary), to layout and is published: two versions of its text and their diff. The check
„Betrieblicher Umweltschutz“ (OM-Praxis A-3.6) is recorded as adopted by the Strategiekreis,
as the seed's minutes report it.
"""

import datetime as dt
import io

from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile

from transferhub.decisions.services import decision_record
from transferhub.meetings.models import Meeting
from transferhub.meetings.services import (
    meeting_create,
    meeting_set_state,
    minutes_approve,
    minutes_record,
)
from transferhub.network.models import Person

from . import services
from .migrating import topics_to_papers
from .models import Consultation, Paper
from .text import DOCX

UMSETZUNGSHILFE = "Umsetzungshilfe Finanzierung und Liquidität"
CHECK = "Check Betrieblicher Umweltschutz (A-3.6)"
DRAFT = [
    "Umsetzungshilfe zur Sicherung des Finanzierungsspielraums und der Liquidität",
    "Die Umsetzungshilfe ist aufgebaut wie die OM-Checks: Praxisstandards mit Ampel.",
    "1. Liquidität planen: Einnahmen und Ausgaben der nächsten zwölf Monate.",
    "2. Finanzierungsspielraum sichern: Gespräche mit der Hausbank vorbereiten.",
    "3. Förderprogramme prüfen.",
]
WITH_GLOSSARY = [
    *DRAFT[:2],
    "1. Liquidität planen: Einnahmen und Ausgaben der nächsten zwölf Monate, monatlich.",
    *DRAFT[3:],
    "Glossar: Liquidität – die Fähigkeit, fällige Zahlungen fristgerecht zu leisten.",
    "Glossar: Kontokorrentkredit – ein Kredit auf dem laufenden Konto bis zu einer Grenze.",
]


def _docx(paragraphs: list[str], name: str) -> SimpleUploadedFile:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return SimpleUploadedFile(name, out.getvalue(), DOCX)


def demo_papers(ctx: dict) -> None:
    """Carry the demo's topics over into papers and walk the two instruments' way."""
    topics_to_papers(apps)
    bodies, office = ctx["bodies"], ctx.get("office_user")
    board = bodies["Strategiekreis"]
    umsetzungshilfe = Paper.objects.filter(topics__title=UMSETZUNGSHILFE).first()
    if umsetzungshilfe is not None:
        _umsetzungshilfe(umsetzungshilfe, board, office)
    check = Paper.objects.filter(topics__title=CHECK).first()
    if check is not None:
        _check(check, board)


def _umsetzungshilfe(paper: Paper, board, office) -> None:
    author = Person.objects.filter(family_name="Heidbrede").first()
    paper.paper_type = Paper.Type.INSTRUMENT
    paper.public = True
    paper.responsible_person = author
    paper.save()
    if author is not None:
        paper.authors.add(author)
    main = services.paper_file_add(
        paper=paper,
        file=_docx(DRAFT, "umsetzungshilfe-finanzierung-liquiditaet-entwurf.docx"),
        name="Umsetzungshilfe",
        actor=office,
        note="Entwurf zur AG Transfer am 15.09.2022",
    )
    first = main.versions.get()
    # The AG Transfer of 15.09.2022: recommended, with a glossary to add.
    ag = paper.consultations.order_by("position").first()
    if ag is not None:
        ag.role = Consultation.Role.RECOMMENDATION
        ag.version_discussed = first
        ag.save()
        services.consultation_record_result(
            consultation=ag,
            result=Consultation.Result.RECOMMENDED,
            note="Glossar ergänzen, dann Layout",
            actor=office,
        )
    second = services.paper_version_add(
        paper_file=main,
        file=_docx(WITH_GLOSSARY, "umsetzungshilfe-finanzierung-liquiditaet.docx"),
        actor=office,
        note="Glossar ergänzt, Liquiditätsplanung monatlich",
    )
    services.consultation_add(
        paper=paper,
        body=board,
        role=Consultation.Role.DECISION,
        authoritative=True,
        actor=office,
    )
    # The Strategiekreis meeting of 10.11.2022 the seed's minutes announce.
    meeting = meeting_create(
        body=board,
        name="Strategiekreis",
        date=dt.date(2022, 11, 10),
        start_time=dt.time(10),
        end_time=dt.time(15),
        location="Heidelberg",
    )
    consultation, _warning = services.paper_put_on_agenda(
        paper=paper, meeting=meeting, actor=office
    )
    consultation.version_discussed = second
    consultation.save(update_fields=["version_discussed", "modified"])
    item = consultation.agenda_item
    minutes_record(
        item=item,
        minutes="Die Umsetzungshilfe mit Glossar wird vorgestellt und verabschiedet.",
        status="discussed",
    )
    decision_record(
        meeting=meeting,
        agenda_item=item,
        text="Der Strategiekreis verabschiedet die Umsetzungshilfe „Finanzierung und "
        "Liquidität“; sie geht ins Layout.",
        kind="resolution",
    )
    meeting_set_state(meeting=meeting, state=Meeting.State.HELD, actor=office)
    minutes_approve(meeting=meeting, actor=office)
    services.consultation_record_result(
        consultation=consultation, result=Consultation.Result.ADOPTED, actor=office
    )
    services.paper_set_stage(paper=paper, stage=Paper.Status.IN_LAYOUT, actor=office)
    services.paper_set_stage(
        paper=paper,
        stage=Paper.Status.PUBLISHED,
        published_url="https://www.offensive-mittelstand.de/",
        actor=office,
    )


def _check(paper: Paper, board) -> None:
    paper.paper_type = Paper.Type.INSTRUMENT
    paper.public = True
    paper.save()
    # The seed's minutes report the adoption; the Strategiekreis meeting itself is not in
    # the demo, so the consultation names no agenda item.
    Consultation.objects.create(
        paper=paper,
        position=paper.consultations.count() + 1,
        body=board,
        role=Consultation.Role.DECISION,
        authoritative=True,
        result=Consultation.Result.ADOPTED,
        result_note="laut Protokoll der AG Transfer vom 15.09.2022",
    )
    Paper.objects.filter(pk=paper.pk).update(status=Paper.Status.ADOPTED)


def demo_reset() -> None:
    Paper.objects.all().delete()
