"""Networks and their recognition by the AG Transfer (Anerkennung regionaler Netzwerke).

The criteria are data: a YAML file per version in `criteria/`, loaded like the checks'
instruments (a changed file is a new version, the older one retires, applications keep
the version they answered). The agenda item and the decision live in apps above this
one; `transferhub.regional` puts the application on the agenda and calls
`application_decide` when the decision is recorded.
"""

import datetime as dt
import hashlib
import re
from pathlib import Path

import yaml
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from transferhub.lib.audit import log_action

from .models import (
    CriteriaVersion,
    Criterion,
    CriterionAnswer,
    FederalState,
    Network,
    RecognitionApplication,
)
from .services import NetworkError

CRITERIA_DIR = Path(__file__).resolve().parent / "criteria"
CRITERIA_FILE = CRITERIA_DIR / "ag-transfer-2016-06-06.yaml"
# Slugs the website's URLs use themselves (/netzwerke/verwaltung/ ...).
RESERVED_SLUGS = {"verwaltung", "anerkennung", "neu", "feed", "api"}
_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_PREFIX = re.compile(r"^\d{1,5}$")
# Days before the recognition ends that the coordinators are reminded.
REMIND_DAYS = 90


# Criteria -------------------------------------------------------------------------------


@transaction.atomic
def criteria_load(path: Path = CRITERIA_FILE) -> CriteriaVersion:
    """Load a criteria file; the same content again changes nothing, a new one retires the old."""
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    data = yaml.safe_load(raw)
    if not isinstance(data, dict) or not isinstance(data.get("criteria"), list):
        raise NetworkError(
            _("Die Kriteriendatei %(file)s ist unvollständig.") % {"file": path.name}
        )
    existing = CriteriaVersion.objects.filter(version=str(data["version"])).first()
    if existing and existing.content_hash == digest:
        return existing
    if existing:  # the same version changed: keep it apart from the answered one
        existing.version = f"{existing.version}-{existing.pk}"
        existing.current = False
        existing.save(update_fields=["version", "current"])
    CriteriaVersion.objects.filter(current=True).update(current=False)
    version = CriteriaVersion.objects.create(
        version=str(data["version"]),
        title=data.get("title", ""),
        adopted_on=data.get("adopted_on"),
        valid_years=int(data.get("valid_years", 3)),
        source_file=path.name,
        content_hash=digest,
    )
    Criterion.objects.bulk_create(
        Criterion(
            version=version,
            key=item["key"],
            number=str(item.get("number", n + 1)),
            position=n + 1,
            section=item.get("section", ""),
            title=item["title"],
            guidance=item.get("guidance", ""),
        )
        for n, item in enumerate(data["criteria"])
    )
    return version


def criteria_current() -> CriteriaVersion:
    """The criteria that hold now (the bundled file is loaded on first use)."""
    return CriteriaVersion.objects.filter(current=True).first() or criteria_load()


# Networks -------------------------------------------------------------------------------


def _clean_states(value: str) -> str:
    codes = [c.strip().upper() for c in re.split(r"[,\s]+", value or "") if c.strip()]
    unknown = [c for c in codes if c not in FederalState.values]
    if unknown:
        raise NetworkError(
            _("Unbekanntes Bundesland: %(codes)s.") % {"codes": ", ".join(unknown)},
            field="federal_states",
        )
    return ",".join(dict.fromkeys(codes))


def _clean_prefixes(value: str) -> str:
    prefixes = [p.strip() for p in re.split(r"[,;\s]+", value or "") if p.strip()]
    wrong = [p for p in prefixes if not _PREFIX.match(p)]
    if wrong:
        raise NetworkError(
            _("Postleitzahlbereiche sind ein bis fünf Ziffern: %(wrong)s.")
            % {"wrong": ", ".join(wrong)},
            field="postcode_prefixes",
        )
    return ", ".join(dict.fromkeys(prefixes))


def clean_host(value: str | None) -> str | None:
    """A host name in lower case without scheme, port or path; None for none."""
    host = (value or "").strip().lower()
    if not host:
        return None
    if not _HOST.match(host):
        raise NetworkError(
            _("Bitte einen Hostnamen ohne http:// und ohne Pfad angeben, z. B. „om-nord.de“."),
            field="host",
        )
    return host


def _clean_slug(slug: str, name: str) -> str:
    slug = slugify(slug or name)[:60]
    if not slug or slug in RESERVED_SLUGS:
        raise NetworkError(_("Diese Kurzadresse ist nicht möglich."), field="slug")
    return slug


def _clean(fields: dict) -> dict:
    if "federal_states" in fields:
        fields["federal_states"] = _clean_states(fields["federal_states"])
    if "postcode_prefixes" in fields:
        fields["postcode_prefixes"] = _clean_prefixes(fields["postcode_prefixes"])
    if "host" in fields:
        fields["host"] = clean_host(fields["host"])
    return fields


RELATIONS = ("contacts", "organisations", "coordinators")


@transaction.atomic
def network_create(
    *, name: str, slug: str = "", kind: str = Network.Kind.REGIONAL, actor=None, **fields
) -> Network:
    """Create a network (the secretariat's task)."""
    name = name.strip()
    if not name:
        raise NetworkError(_("Bitte einen Namen angeben."), field="name")
    if Network.objects.filter(name__iexact=name).exists():
        raise NetworkError(_("Ein Netzwerk mit diesem Namen gibt es schon."), field="name")
    slug = _clean_slug(slug, name)
    if Network.objects.filter(slug=slug).exists():
        raise NetworkError(_("Diese Kurzadresse ist schon vergeben."), field="slug")
    related = {key: fields.pop(key) for key in RELATIONS if key in fields}
    network = Network(name=name, slug=slug, kind=kind, **_clean(fields))
    try:
        with transaction.atomic():
            network.save()
    except IntegrityError as exc:
        raise NetworkError(_("Dieser Hostname ist schon vergeben."), field="host") from exc
    for key, values in related.items():
        getattr(network, key).set(values)
    log_action(actor, "network.created", network, name=name, slug=slug)
    return network


@transaction.atomic
def network_update(*, network: Network, actor=None, **fields) -> Network:
    """Change a network's details or website; the host name only the secretariat sets."""
    related = {key: fields.pop(key) for key in RELATIONS if key in fields}
    fields = _clean(fields)
    if "host" in fields and fields["host"]:
        taken = Network.objects.filter(host=fields["host"]).exclude(pk=network.pk)
        if taken.exists():
            raise NetworkError(_("Dieser Hostname ist schon vergeben."), field="host")
    changed = {}
    for key, value in fields.items():
        before = getattr(network, key)
        if before != value:
            changed[key] = [str(before or ""), str(value or "")]
            setattr(network, key, value)
    network.save()
    for key, values in related.items():
        before = {p.pk for p in getattr(network, key).all()}
        after = {p.pk for p in values}
        if before != after:
            getattr(network, key).set(values)
            changed[key] = [sorted(before), sorted(after)]
    if changed:
        # Texts are long: the log keeps which fields changed, not the whole website text.
        log_action(actor, "network.changed", network, fields=sorted(changed))
    return network


# Recognition ----------------------------------------------------------------------------


def open_application(network: Network) -> RecognitionApplication | None:
    return (
        network.applications.exclude(
            state__in=[
                RecognitionApplication.State.RECOGNISED,
                RecognitionApplication.State.REJECTED,
            ]
        )
        .select_related("criteria")
        .first()
    )


@transaction.atomic
def application_start(*, network: Network, actor=None) -> RecognitionApplication:
    """Open an application against the current criteria, or return the one already open."""
    if network.kind == Network.Kind.FEDERAL:
        raise NetworkError(_("Das Bundesnetzwerk braucht keine Anerkennung."))
    Network.objects.select_for_update().get(pk=network.pk)
    existing = open_application(network)
    if existing:
        return existing
    criteria = criteria_current()
    application = RecognitionApplication.objects.create(network=network, criteria=criteria)
    CriterionAnswer.objects.bulk_create(
        CriterionAnswer(application=application, criterion=c) for c in criteria.criteria.all()
    )
    log_action(actor, "recognition.started", application, network_id=network.pk)
    return application


def _lock(application: RecognitionApplication) -> RecognitionApplication:
    return (
        RecognitionApplication.objects.select_for_update()
        .select_related("network", "criteria")
        .get(pk=application.pk)
    )


@transaction.atomic
def answers_save(
    *, application: RecognitionApplication, answers: dict[int, tuple[bool, str]], actor=None
) -> RecognitionApplication:
    """Store how the network meets each criterion (criterion id → (met, evidence))."""
    application = _lock(application)
    if not application.is_editable:
        raise NetworkError(
            _("Der Antrag ist %(state)s und kann nicht mehr geändert werden.")
            % {"state": application.get_state_display()}
        )
    rows = {a.criterion_id: a for a in application.answers.all()}
    unknown = set(answers) - set(rows)
    if unknown:
        raise NetworkError(_("Ein Kriterium gehört nicht zu diesem Antrag."))
    changed = []
    for criterion_id, (met, evidence) in answers.items():
        row = rows[criterion_id]
        evidence = (evidence or "").strip()[:10_000]
        if (row.met, row.evidence) != (bool(met), evidence):
            row.met, row.evidence = bool(met), evidence
            row.save(update_fields=["met", "evidence", "modified"])
            changed.append(criterion_id)
    if changed:
        log_action(actor, "recognition.answered", application, criteria=changed)
    return application


def missing_answers(application: RecognitionApplication) -> list[Criterion]:
    """Criteria not yet marked as met with evidence."""
    return [
        a.criterion
        for a in application.answers.select_related("criterion")
        if not (a.met and a.evidence.strip())
    ]


@transaction.atomic
def application_submit(*, application: RecognitionApplication, actor=None):
    """Hand the application to the secretariat; every criterion must be met with evidence."""
    application = _lock(application)
    if not application.is_editable:
        raise NetworkError(_("Der Antrag wurde bereits eingereicht."))
    missing = missing_answers(application)
    if missing:
        raise NetworkError(
            _("Noch ohne Nachweis oder nicht erfüllt: Kriterium %(numbers)s.")
            % {"numbers": ", ".join(c.number for c in missing)}
        )
    application.state = RecognitionApplication.State.SUBMITTED
    application.submitted_at = timezone.now()
    application.save(update_fields=["state", "submitted_at", "modified"])
    log_action(actor, "recognition.submitted", application, network_id=application.network_id)
    return application


@transaction.atomic
def application_return(*, application: RecognitionApplication, note: str, actor=None):
    """Send a submitted application back to the network with the secretariat's note."""
    application = _lock(application)
    if application.state != RecognitionApplication.State.SUBMITTED:
        raise NetworkError(_("Nur ein eingereichter Antrag kann zurückgegeben werden."))
    if not note.strip():
        raise NetworkError(_("Bitte sagen Sie, was fehlt."), field="note")
    application.state = RecognitionApplication.State.RETURNED
    application.review_note = note.strip()
    application.save(update_fields=["state", "review_note", "modified"])
    log_action(actor, "recognition.returned", application, note=note.strip())
    return application


@transaction.atomic
def application_scheduled(
    *, application: RecognitionApplication, agenda_item_id: int, actor=None
) -> RecognitionApplication:
    """Record that the application is on the AG Transfer's agenda (called by regional)."""
    application = _lock(application)
    if application.state != RecognitionApplication.State.SUBMITTED:
        raise NetworkError(_("Nur ein eingereichter Antrag kommt auf die Tagesordnung."))
    application.state = RecognitionApplication.State.ON_AGENDA
    application.agenda_item_id = agenda_item_id
    application.save(update_fields=["state", "agenda_item_id", "modified"])
    log_action(actor, "recognition.scheduled", application, agenda_item_id=agenda_item_id)
    return application


@transaction.atomic
def application_decide(
    *,
    application: RecognitionApplication,
    recognised: bool,
    on: dt.date,
    decision_id: int | None = None,
    actor=None,
) -> RecognitionApplication:
    """Recognise the network (its website goes live) or record the refusal."""
    application = _lock(application)
    if application.state != RecognitionApplication.State.ON_AGENDA:
        return application  # decided already, or withdrawn from the agenda
    network = Network.objects.select_for_update().get(pk=application.network_id)
    application.state = (
        RecognitionApplication.State.RECOGNISED
        if recognised
        else RecognitionApplication.State.REJECTED
    )
    application.decision_id = decision_id
    application.decided_at = timezone.now()
    application.save(update_fields=["state", "decision_id", "decided_at", "modified"])
    if recognised:
        years = application.criteria.valid_years
        network.recognised_on = on
        network.recognised_until = _add_years(on, years)
        network.save(update_fields=["recognised_on", "recognised_until", "modified"])
    log_action(
        actor,
        "recognition.recognised" if recognised else "recognition.rejected",
        application,
        network_id=network.pk,
        decision_id=decision_id,
        until=str(network.recognised_until or ""),
    )
    return application


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def networks_to_remind(today: dt.date | None = None):
    """Recognised networks whose recognition ends within REMIND_DAYS, not yet reminded."""
    today = today or timezone.localdate()
    return (
        Network.objects.filter(
            kind=Network.Kind.REGIONAL,
            recognised_until__gte=today,
            recognised_until__lte=today + dt.timedelta(days=REMIND_DAYS),
        )
        .exclude(reminded_for=F("recognised_until"))
        .prefetch_related("coordinators")
    )
