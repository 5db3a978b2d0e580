"""Write operations on instruments, companies, assessments and action plans."""

import datetime as dt
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.lib.audit import log_action
from transferhub.lib.dates import add_years
from transferhub.lib.refusals import Refusal

from .loader import INSTRUMENTS_DIR, InstrumentFileError, instrument_files, read_instrument_file
from .models import (
    DECLARATION_YEARS,
    TRAFFIC_LIGHT_SCALE,
    Answer,
    Assessment,
    CheckPoint,
    Company,
    Consultancy,
    GlossaryTerm,
    Instrument,
    InstrumentVersion,
    Measure,
    Theme,
)


class CheckError(Refusal):
    """A request on a check we refuse; the message is fit to show the user."""


# --- Instruments -------------------------------------------------------------------------


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(INSTRUMENTS_DIR.parent.parent.parent))
    except ValueError:
        return str(path)


def _build_content(version: InstrumentVersion, data: dict) -> None:
    for t, theme_data in enumerate(data["themes"], start=1):
        theme = Theme.objects.create(
            version=version,
            key=theme_data["key"],
            position=t,
            title=theme_data["title"],
            intro=theme_data.get("intro", "").strip(),
        )
        CheckPoint.objects.bulk_create(
            CheckPoint(
                version=version,
                theme=theme,
                key=point["key"],
                number=f"{t}.{p}",
                position=p,
                title=point["title"],
                practice=point.get("practice", "").strip(),
                why=point.get("why", "").strip(),
                links=point.get("links", []),
            )
            for p, point in enumerate(theme_data["points"], start=1)
        )
    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(
            version=version,
            term=entry["term"],
            expansion=entry.get("expansion", ""),
            explanation=entry["explanation"].strip(),
        )
        for entry in data.get("glossary", [])
    )


def _scale(data: dict) -> list[dict]:
    """The answer scale with each option's English label beside the German one."""
    if not data.get("scale"):
        return TRAFFIC_LIGHT_SCALE
    english = (data.get("en") or {}).get("scale", {})
    return [
        {**option, "label_en": english[option["value"]]} if option["value"] in english else option
        for option in data["scale"]
    ]


def _apply_english(version: InstrumentVersion, data: dict) -> None:
    """Write the file's English texts onto the version's rows; empty where it has none."""
    english = data.get("en") or {}
    themes, points, terms = (english.get(k, {}) for k in ("themes", "points", "glossary"))
    version.summary_en = english.get("summary", "").strip()
    version.scale = _scale(data)
    version.save(update_fields=["summary_en", "scale"])
    instrument = version.instrument
    if instrument.title_en != english.get("title", "") and instrument.title == data["title"]:
        instrument.title_en = english.get("title", "")
        instrument.save(update_fields=["title_en", "modified"])
    changed = []
    for theme in version.themes.all():
        texts = themes.get(theme.key, {})
        theme.title_en = texts.get("title", "")
        theme.intro_en = texts.get("intro", "").strip()
        changed.append(theme)
    Theme.objects.bulk_update(changed, ["title_en", "intro_en"])
    changed = []
    for point in version.check_points.all():
        texts = points.get(point.key, {})
        point.title_en = texts.get("title", "")
        point.practice_en = texts.get("practice", "").strip()
        point.why_en = texts.get("why", "").strip()
        changed.append(point)
    CheckPoint.objects.bulk_update(changed, ["title_en", "practice_en", "why_en"])
    changed = []
    for term in version.glossary.all():
        texts = terms.get(term.term, {})
        term.term_en = texts.get("term", "")
        term.expansion_en = texts.get("expansion", "")
        term.explanation_en = texts.get("explanation", "").strip()
        changed.append(term)
    GlossaryTerm.objects.bulk_update(changed, ["term_en", "expansion_en", "explanation_en"])


def _advance_status(version: InstrumentVersion, data: dict, actor) -> bool:
    """Move a version on to the status its file declares (never back); True if it moved."""
    version.refresh_from_db()
    # The same rules as in the admin apply, and publishing supersedes the older version.
    order = [
        InstrumentVersion.Status.DRAFT,
        InstrumentVersion.Status.ADOPTED,
        InstrumentVersion.Status.PUBLISHED,
    ]
    wanted = data.get("status", InstrumentVersion.Status.DRAFT)
    moved = False
    while version.status in order and order.index(version.status) < order.index(wanted):
        next_status = order[order.index(version.status) + 1]
        version = version_set_status(version=version, status=next_status, actor=actor)
        moved = True
    return moved


@transaction.atomic
def instrument_load(*, path: Path, actor=None) -> tuple[InstrumentVersion, str]:
    """Load one instrument file; return the version and "created", "updated" or "unchanged"."""
    data, digest = read_instrument_file(path)
    instrument, _created = Instrument.objects.get_or_create(
        code=data["code"], defaults={"title": data["title"], "kind": data["kind"]}
    )
    if instrument.kind != data["kind"]:
        raise InstrumentFileError(
            path,
            None,
            _(
                "Das Instrument %(code)s ist bereits als „%(kind)s“ geladen; die Art kann sich nicht ändern."
            )
            % {"code": instrument.code, "kind": instrument.get_kind_display()},
        )
    fields = {
        "summary": data.get("summary", "").strip(),
        "topic": data.get("topic", ""),
        "scale": _scale(data),
        "source_file": _relative(path),
        "content_hash": digest,
        "data": data,
    }
    version = InstrumentVersion.objects.filter(
        instrument=instrument, version=data["version"]
    ).first()
    if version is not None and version.content_hash == digest:
        outcome = "unchanged"
        if version.data.get("en") != data.get("en"):
            # English texts may change on a version in use: answers never depend on them.
            version.data = data
            version.save(update_fields=["data"])
            _apply_english(version, data)
            outcome = "translated"
            log_action(actor, "checks.instrument.translated", version, file=version.source_file)
        if _advance_status(version, data, actor):
            outcome = "status"
            version.refresh_from_db()
        return version, outcome
    if version is not None:
        if version.assessments.exists():
            raise InstrumentFileError(
                path,
                None,
                _(
                    "Version %(v)s von %(code)s wird schon in Bewertungen benutzt und kann "
                    "nicht mehr geändert werden; geben Sie der Datei eine neue Versionsnummer."
                )
                % {"v": version.version, "code": instrument.code},
            )
        for name, value in fields.items():
            setattr(version, name, value)
        version.loaded_at = timezone.now()
        version.save()
        version.themes.all().delete()
        version.glossary.all().delete()
        outcome = "updated"
    else:
        version = InstrumentVersion.objects.create(
            instrument=instrument,
            version=data["version"],
            status=InstrumentVersion.Status.DRAFT,
            **fields,
        )
        outcome = "created"
    _build_content(version, data)
    if instrument.title != data["title"]:
        instrument.title = data["title"]
        instrument.save(update_fields=["title", "modified"])
    _apply_english(version, data)
    _advance_status(version, data, actor)
    version.refresh_from_db()
    log_action(actor, f"checks.instrument.{outcome}", version, file=version.source_file)
    return version, outcome


def instruments_load(
    *, paths: list[Path] | None = None, actor=None
) -> list[tuple[InstrumentVersion, str]]:
    """Load every instrument file; refuse all of them if one is broken (nothing changes)."""
    paths = paths if paths is not None else instrument_files()
    # Check every file first, so a broken file stops the load before anything is written.
    for path in paths:
        read_instrument_file(path)
    with transaction.atomic():
        return [instrument_load(path=path, actor=actor) for path in paths]


@transaction.atomic
def version_set_status(
    *, version: InstrumentVersion, status: str, decision=None, actor=None
) -> InstrumentVersion:
    """Move a version along its lifecycle; publishing supersedes the previous published one."""
    version = InstrumentVersion.objects.select_for_update().get(pk=version.pk)
    before = version.status
    if status != before and status not in InstrumentVersion.TRANSITIONS[before]:
        raise CheckError(
            _("Von „%(a)s“ kann die Version nicht auf „%(b)s“ gesetzt werden.")
            % {
                "a": InstrumentVersion.Status(before).label,
                "b": InstrumentVersion.Status(status).label,
            }
        )
    if status == InstrumentVersion.Status.PUBLISHED:
        for other in InstrumentVersion.objects.filter(
            instrument_id=version.instrument_id,
            status__in=InstrumentVersion.USABLE,
        ).exclude(pk=version.pk):
            other.status = InstrumentVersion.Status.SUPERSEDED
            other.status_changed = timezone.now()
            other.save(update_fields=["status", "status_changed"])
            log_action(actor, "checks.instrument.superseded", other, by=version.version)
    version.status = status
    if decision is not None:
        version.decision = decision
    version.status_changed = timezone.now()
    version.save(update_fields=["status", "decision", "status_changed"])
    log_action(
        actor,
        "checks.instrument.status",
        version,
        before=before,
        after=status,
        decision=getattr(decision, "pk", None),
    )
    return version


# --- Companies and consultants -------------------------------------------------------


@transaction.atomic
def company_create(
    *,
    name: str,
    wz_code: str,
    size_class: str,
    postcode: str,
    federal_state: str,
    staff=(),
    organisation=None,
    actor=None,
) -> Company:
    """Register a company and link its staff logins (and its network organisation)."""
    if not name.strip():
        raise CheckError(_("Ein Unternehmen braucht einen Namen."))
    company = Company(
        name=name.strip(),
        wz_code=wz_code.strip(),
        size_class=size_class,
        postcode=postcode.strip(),
        federal_state=federal_state,
        organisation=organisation,
    )
    try:
        company.full_clean()
    except Exception as exc:
        messages = getattr(exc, "messages", [str(exc)])
        raise CheckError(" ".join(messages)) from None
    company.save()
    if staff:
        company.staff.add(*staff)
    log_action(actor, "checks.company.created", company, name=company.name)
    return company


@transaction.atomic
def consultant_assign(
    *, company: Company, consultant, authorised: bool = False, actor=None
) -> Consultancy:
    """Record that a consultant serves a company (from today)."""
    if consultant.user_id is None:
        raise CheckError(
            _("Beratende brauchen einen Zugang, um mit einem Unternehmen zu arbeiten.")
        )
    consultancy, created = Consultancy.objects.update_or_create(
        company=company,
        consultant=consultant,
        defaults={"end_date": None, "authorised": authorised},
    )
    log_action(actor, "checks.consultant.assigned", company, consultant=consultant.pk)
    return consultancy


# --- Assessments ---------------------------------------------------------------------------


@transaction.atomic
def assessment_start(
    *, instrument: Instrument, company: Company | None, actor, consultant=None
) -> Assessment:
    """Start an assessment with the instrument's current version, which stays fixed."""
    version = instrument.current_version()
    if version is None:
        raise CheckError(_("Von diesem Instrument ist keine Version freigegeben."))
    if instrument.is_survey and company is not None:
        raise CheckError(_("An einer Befragung nehmen Personen teil, nicht Unternehmen."))
    if not instrument.is_survey and company is None:
        raise CheckError(_("Bitte wählen Sie das Unternehmen, für das Sie den Check bearbeiten."))
    assessment = Assessment.objects.create(
        version=version, company=company, started_by=actor, consultant=consultant
    )
    log_action(actor, "checks.assessment.started", assessment, version=version.version)
    return assessment


@transaction.atomic
def assessment_copy(*, assessment: Assessment, actor) -> Assessment:
    """Start a new assessment from a copy of an earlier one (a renewal need not begin empty).

    It uses the instrument's current version: answers carry over to the check points of the
    same key, measures with their fields; the copy is open again, without self-declaration.
    """
    if assessment.instrument.is_survey:
        raise CheckError(_("Eine Befragung wird nicht kopiert; bitte beginnen Sie neu."))
    copy = assessment_start(
        instrument=assessment.instrument,
        company=assessment.company,
        actor=actor,
        consultant=assessment.consultant,
    )
    points = {p.key: p for p in copy.version.check_points.all()}
    allowed = {option["value"] for option in copy.version.scale}
    Answer.objects.bulk_create(
        Answer(
            assessment=copy,
            check_point=points[a.check_point.key],
            value=a.value,
            note=a.note,
            answered_by=actor,
        )
        for a in assessment.answers.select_related("check_point")
        if a.check_point.key in points and a.value in allowed
    )
    Measure.objects.bulk_create(
        Measure(
            assessment=copy,
            check_point=points.get(m.check_point.key) if m.check_point_id else None,
            **{field: getattr(m, field) for field in MEASURE_FIELDS},
        )
        for m in assessment.measures.select_related("check_point")
    )
    log_action(actor, "checks.assessment.copied", copy, source=assessment.pk)
    return copy


def _frozen_message(assessment: Assessment) -> str:
    if assessment.instrument.is_survey:
        return _("Ihre Antworten sind abgeschickt und können nicht mehr geändert werden.")
    return _(
        "Für diese Bewertung ist die Selbsterklärung abgegeben; ihre Antworten bleiben so. "
        "Beginnen Sie für eine neue Einschätzung eine neue Bewertung."
    )


@transaction.atomic
def answers_save(*, assessment: Assessment, answers: dict[int, tuple[str, str]], actor) -> int:
    """Save ratings and notes by check point id; return how many changed."""
    assessment = (
        Assessment.objects.select_for_update().select_related("version").get(pk=assessment.pk)
    )
    if assessment.is_frozen:
        raise CheckError(_frozen_message(assessment))
    points = {
        p.pk: p
        for p in CheckPoint.objects.filter(pk__in=list(answers), version_id=assessment.version_id)
    }
    foreign = [pk for pk in answers if pk not in points]
    if foreign:
        raise CheckError(
            _(
                "Die Antwort zu Check-Punkt %(ids)s gehört nicht zu Version %(v)s dieses "
                "Instruments; es wurde nichts gespeichert."
            )
            % {"ids": ", ".join(map(str, foreign)), "v": assessment.version.version}
        )
    allowed = {option["value"] for option in assessment.version.scale}
    existing = {
        a.check_point_id: a for a in assessment.answers.filter(check_point_id__in=list(points))
    }
    changed = 0
    for pk, (value, note) in answers.items():
        value, note = (value or "").strip(), (note or "").strip()
        if value and value not in allowed:
            raise CheckError(
                _("„%(v)s“ ist keine Antwort dieser Skala; es wurde nichts gespeichert.")
                % {"v": value}
            )
        answer = existing.get(pk)
        if answer is None:
            if not value and not note:
                continue
            Answer.objects.create(
                assessment=assessment, check_point_id=pk, value=value, note=note, answered_by=actor
            )
            changed += 1
        elif (answer.value, answer.note) != (value, note):
            answer.value, answer.note, answer.answered_by = value, note, actor
            answer.save(update_fields=["value", "note", "answered_by", "modified"])
            changed += 1
    if changed:
        assessment.save(update_fields=["modified"])
        log_action(actor, "checks.assessment.answered", assessment, changed=changed)
    return changed


# --- Action plan -------------------------------------------------------------------------

PRIORITY_BY_RATING = {
    Answer.Rating.RED: Measure.Priority.URGENT,
    Answer.Rating.YELLOW: Measure.Priority.NEEDED,
}


def _category_of(assessment: Assessment) -> str:
    topic = assessment.version.topic
    return topic if topic in Measure.Category.values else Measure.Category.OTHER


def _check_plan_open(assessment: Assessment) -> None:
    if assessment.instrument.is_survey:
        raise CheckError(_("Eine Befragung hat keinen Maßnahmenplan."))


@transaction.atomic
def measures_prefill(*, assessment: Assessment, actor) -> int:
    """Add a measure for every red or yellow check point that has none yet; return how many."""
    _check_plan_open(assessment)
    covered = set(
        assessment.measures.exclude(check_point=None).values_list("check_point_id", flat=True)
    )
    answers = (
        assessment.answers.filter(value__in=list(PRIORITY_BY_RATING))
        .exclude(check_point_id__in=covered)
        .select_related("check_point")
        .order_by("check_point__theme__position", "check_point__position")
    )
    created = [
        Measure(
            assessment=assessment,
            check_point=answer.check_point,
            text=_("%(title)s: umsetzen") % {"title": answer.check_point.title}
            + (f" ({answer.note})" if answer.note else ""),
            priority=PRIORITY_BY_RATING[answer.value],
            category=_category_of(assessment),
        )
        for answer in answers
    ]
    Measure.objects.bulk_create(created)
    if created:
        log_action(actor, "checks.measures.prefilled", assessment, count=len(created))
    return len(created)


MEASURE_FIELDS = (
    "text",
    "responsible",
    "due_date",
    "effect_check",
    "status",
    "priority",
    "category",
)


@transaction.atomic
def measure_save(
    *, assessment: Assessment, measure: Measure | None = None, actor, **fields
) -> Measure:
    """Add a measure to the action plan or change one."""
    _check_plan_open(assessment)
    unknown = set(fields) - set(MEASURE_FIELDS) - {"check_point"}
    if unknown:
        raise CheckError(_("Unbekannte Angaben: %(f)s") % {"f": ", ".join(sorted(unknown))})
    text = (fields.get("text", measure.text if measure else "") or "").strip()
    if not text:
        raise CheckError(
            _("Bitte beschreiben Sie die Maßnahme; ohne Text wird nichts gespeichert.")
        )
    fields["text"] = text
    point = fields.get("check_point")
    if point is not None and point.version_id != assessment.version_id:
        raise CheckError(_("Der Check-Punkt gehört nicht zu dieser Bewertung."))
    if measure is not None and measure.assessment_id != assessment.pk:
        raise CheckError(_("Die Maßnahme gehört nicht zu dieser Bewertung."))
    if measure is None:
        fields.setdefault("category", _category_of(assessment))
        measure = Measure.objects.create(assessment=assessment, **fields)
        log_action(actor, "checks.measure.added", measure, assessment=assessment.pk)
        return measure
    before = {name: str(getattr(measure, name)) for name in fields}
    for name, value in fields.items():
        setattr(measure, name, value)
    measure.save()
    log_action(
        actor,
        "checks.measure.changed",
        measure,
        assessment=assessment.pk,
        before=before,
        after={name: str(getattr(measure, name)) for name in fields},
    )
    return measure


@transaction.atomic
def measure_delete(*, measure: Measure, actor) -> None:
    """Remove a measure, unless the self-declaration rests on it."""
    assessment = Assessment.objects.select_for_update().get(pk=measure.assessment_id)
    if assessment.is_declared:
        raise CheckError(
            _(
                "Die Selbsterklärung stützt sich auf diesen Maßnahmenplan; setzen Sie die "
                "Maßnahme statt zu löschen auf „verworfen“."
            )
        )
    log_action(
        actor, "checks.measure.deleted", measure, assessment=assessment.pk, text=measure.text
    )
    measure.delete()


@transaction.atomic
def declaration_sign(*, assessment: Assessment, actor) -> Assessment:
    """Sign the self-declaration (Selbsterklärung) of a complete assessment; valid two years."""
    assessment = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if assessment.instrument.is_survey:
        raise CheckError(_("Für eine Befragung gibt es keine Selbsterklärung."))
    if assessment.is_declared:
        raise CheckError(_("Die Selbsterklärung ist bereits abgegeben."))
    problems = assessment.completion_problems()
    if problems:
        raise CheckError(
            _("Die Bewertung ist noch nicht vollständig: %(p)s") % {"p": " ".join(problems)}
        )
    now = timezone.now()
    assessment.declared_at = now
    assessment.declared_by = actor
    assessment.valid_until = add_years(timezone.localdate(now), DECLARATION_YEARS)
    assessment.save(update_fields=["declared_at", "declared_by", "valid_until", "modified"])
    log_action(
        actor, "checks.declaration.signed", assessment, valid_until=str(assessment.valid_until)
    )
    return assessment


@transaction.atomic
def survey_submit(*, assessment: Assessment, actor) -> Assessment:
    """Send off a survey response; after that it counts in the results and stays as it is."""
    assessment = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if not assessment.instrument.is_survey:
        raise CheckError(_("Nur Befragungen werden abgeschickt."))
    if assessment.submitted_at:
        raise CheckError(_frozen_message(assessment))
    if not assessment.answers.exclude(value="").exists():
        raise CheckError(_("Bitte beantworten Sie mindestens eine Frage."))
    assessment.submitted_at = timezone.now()
    assessment.save(update_fields=["submitted_at", "modified"])
    log_action(actor, "checks.survey.submitted", assessment)
    return assessment


def declarations_expiring(*, within_days: int = 60, today: dt.date | None = None):
    """Declared assessments whose validity ends within the given days and not yet reminded."""
    today = today or timezone.localdate()
    return Assessment.objects.filter(
        declared_at__isnull=False,
        reminded_at__isnull=True,
        valid_until__gte=today,
        valid_until__lte=today + dt.timedelta(days=within_days),
    ).select_related("company", "version__instrument")


def declarations_remind(*, within_days: int = 60, today: dt.date | None = None) -> int:
    """E-mail company staff whose self-declaration runs out soon; each declaration once."""
    from django.core.mail import send_mail

    count = 0
    for assessment in declarations_expiring(within_days=within_days, today=today):
        recipients = [u.email for u in assessment.company.staff.all() if u.email]
        if recipients:
            send_mail(
                _("Ihre Selbsterklärung „%(i)s“ läuft bald ab")
                % {"i": assessment.instrument.title},
                _(
                    "Guten Tag,\n\ndie Selbsterklärung von %(c)s zum Instrument „%(i)s“ gilt bis "
                    "%(d)s. Um sie zu erneuern, bearbeiten Sie den Check erneut und geben danach "
                    "eine neue Selbsterklärung ab.\n\nIhre Geschäftsstelle"
                )
                % {
                    "c": assessment.company.name,
                    "i": assessment.instrument.title,
                    "d": assessment.valid_until.strftime("%d.%m.%Y"),
                },
                None,
                recipients,
            )
        Assessment.objects.filter(pk=assessment.pk).update(reminded_at=timezone.now())
        log_action(None, "checks.declaration.reminded", assessment, to=recipients)
        count += 1
    return count
