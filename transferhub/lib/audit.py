"""Write the audit trail (ActionLog) and describe its entries for readers."""

from typing import Any

from django.db import models
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from .models import ActionLog


def log_action(actor, action: str, obj: models.Model, *, meeting_id=None, **data: Any) -> ActionLog:
    """Record that `actor` did `action` to `obj`."""
    if meeting_id is None and obj.__class__.__name__ == "Meeting":
        meeting_id = obj.pk
    return ActionLog.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=obj.pk,
        meeting_id=meeting_id if meeting_id is not None else getattr(obj, "meeting_id", None),
        data=data,
    )


# --- Reading the trail (the secretariat's page /verwaltung/aenderungen/) ---------------

# Kinds of object the page filters by: label and the action prefixes that belong to it.
KINDS: dict[str, tuple[Any, tuple[str, ...]]] = {
    "minutes": (_("Protokolle"), ("minutes.", "protocol.")),
    "decisions": (_("Beschlüsse und Aufgaben"), ("decision.", "task.")),
    "seals": (_("Siegel und Anträge"), ("suppliers.seal.", "suppliers.application.")),
    "permissions": (
        _("Rechte und Mitgliedschaften"),
        ("membership.", "interest.", "permissions.", "api_token."),
    ),
    "meetings": (
        _("Sitzungen und Tagesordnung"),
        ("meeting.", "agenda_item.", "attachment.", "date_poll."),
    ),
    "network": (_("Personen, Organisationen, Gremien"), ("person.", "organisation.", "body.")),
    "topics": (_("Vorhaben"), ("topic.",)),
    "checks": (_("Checks"), ("checks.",)),
    "suppliers": (
        _("Lieferanten und LkSG"),
        ("suppliers.supplier.", "suppliers.purchaser.", "suppliers.lksg.", "suppliers.evidence."),
    ),
}


def kind_filter(kind: str) -> Q:
    """Return the condition that selects the entries of one kind (see KINDS)."""
    q = Q()
    for prefix in KINDS[kind][1]:
        q |= Q(action__startswith=prefix)
    return q


ACTION_LABELS = {
    "minutes.recorded": _("Protokoll geschrieben"),
    "minutes.approved": _("Protokoll genehmigt"),
    "minutes.corrected": _("Protokoll korrigiert (neue Fassung)"),
    "minutes.sent": _("Protokoll versandt"),
    "protocol.imported": _("Protokoll importiert"),
    "protocol.accepted": _("Import übernommen"),
    "protocol.discarded": _("Import verworfen"),
    "decision.recorded": _("Beschluss erfasst"),
    "decision.changed": _("Beschluss geändert"),
    "decision.deleted": _("Beschluss gelöscht"),
    "task.created": _("Aufgabe angelegt"),
    "task.changed": _("Aufgabe geändert"),
    "suppliers.seal.granted": _("Siegel verliehen"),
    "suppliers.seal.renewed": _("Siegel verlängert"),
    "suppliers.seal.revoked": _("Siegel widerrufen"),
    "suppliers.seal.reminded": _("an Siegelablauf erinnert"),
    "suppliers.application.submitted": _("Siegel beantragt"),
    "suppliers.application.renewal_submitted": _("Verlängerung beantragt"),
    "suppliers.application.resubmitted": _("Antrag erneut eingereicht"),
    "suppliers.application.approved": _("Antrag genehmigt"),
    "suppliers.application.returned": _("Antrag mit Rückfragen zurückgegeben"),
    "suppliers.application.rejected": _("Antrag abgelehnt"),
    "membership.added": _("Mitgliedschaft begonnen"),
    "membership.changed": _("Mitgliedschaft geändert"),
    "membership.ended": _("Mitgliedschaft beendet"),
    "membership.deleted": _("Mitgliedschaft gelöscht"),
    "permissions.changed": _("Zugangsrechte geändert"),
    "interest.registered": _("Interesse an Mitarbeit gemeldet"),
    "interest.accepted": _("Interesse angenommen"),
    "interest.declined": _("Interesse abgelehnt"),
    "api_token.created": _("API-Token erzeugt"),
    "api_token.revoked": _("API-Token widerrufen"),
    "calendar_feed.created": _("Kalenderadresse erzeugt"),
    "calendar_feed.reset": _("Kalenderadresse erneuert"),
    "meeting.created": _("Sitzung angelegt"),
    "meeting.changed": _("Sitzung geändert"),
    "meeting.state_changed": _("Sitzungsstatus geändert"),
    "meeting.invited": _("Einladung versandt"),
    "meeting.guests_invited": _("Gäste eingeladen"),
    "meeting.attendance_changed": _("Anwesenheit geändert"),
    "meeting.attendance_added": _("Teilnahme ergänzt"),
    "agenda_item.added": _("Tagesordnungspunkt angelegt"),
    "agenda_item.changed": _("Tagesordnungspunkt geändert"),
    "agenda_item.moved": _("Tagesordnungspunkt verschoben"),
    "agenda_item.deleted": _("Tagesordnungspunkt gelöscht"),
    "attachment.added": _("Anlage hochgeladen"),
    "attachment.deleted": _("Anlage gelöscht"),
    "date_poll.created": _("Terminfindung begonnen"),
    "date_poll.answered": _("Terminfindung beantwortet"),
    "date_poll.closed": _("Termin gewählt"),
    "person.created": _("Person angelegt"),
    "person.changed": _("Person geändert"),
    "person.exported": _("Personendaten exportiert"),
    "person.erased": _("Person gelöscht"),
    "organisation.created": _("Organisation angelegt"),
    "organisation.changed": _("Organisation geändert"),
    "body.created": _("Gremium angelegt"),
    "body.changed": _("Gremium geändert"),
    "topic.created": _("Vorhaben angelegt"),
    "topic.changed": _("Vorhaben geändert"),
    "topic.status_changed": _("Vorhabenstatus geändert"),
    "topic.linked": _("mit Vorhaben verknüpft"),
    "topic.unlinked": _("Verknüpfung gelöst"),
    "checks.company.registered": _("Unternehmen registriert"),
    "checks.company.confirmed": _("Registrierung bestätigt"),
    "checks.company.registration_expired": _("Unbestätigte Registrierung gelöscht"),
    # Edits in the Django admin (lib.admin.AuditedAdminMixin).
    "checks.company.changed": _("Unternehmen geändert (Verwaltung)"),
    "checks.consultancy.added": _("Beratung eingetragen (Verwaltung)"),
    "checks.consultancy.changed": _("Beratung geändert (Verwaltung)"),
    "checks.consultancy.deleted": _("Beratung gelöscht (Verwaltung)"),
    "checks.instrument.changed": _("Instrument geändert (Verwaltung)"),
    "checks.instrumentversion.changed": _("Instrumentversion geändert (Verwaltung)"),
    "suppliers.supplier.added": _("Lieferant angelegt (Verwaltung)"),
    "suppliers.supplier.deleted": _("Lieferant gelöscht (Verwaltung)"),
    "suppliers.purchaser.added": _("Einkauf angelegt (Verwaltung)"),
    "suppliers.purchaser.changed": _("Einkauf geändert (Verwaltung)"),
    "suppliers.purchaser.deleted": _("Einkauf gelöscht (Verwaltung)"),
    "suppliers.supplier.registered": _("Lieferant registriert"),
    "suppliers.supplier.changed": _("Lieferantenprofil geändert"),
    "suppliers.purchaser.registered": _("Einkauf registriert"),
    "suppliers.lksg.declared": _("LkSG-Erklärung abgegeben"),
    "suppliers.lksg.requested": _("LkSG-Erklärung angefordert"),
    "suppliers.lksg.answered": _("LkSG-Anfrage beantwortet"),
    "suppliers.evidence.added": _("Nachweis hochgeladen"),
    "suppliers.evidence.deleted": _("Nachweis gelöscht"),
}

# Object types: what to call them and where the secretariat opens them.
OBJECT_TYPES: dict[str, tuple[Any, str | None]] = {
    "meetings.meeting": (_("Sitzung"), "meetings:detail"),
    "meetings.agendaitem": (_("Tagesordnungspunkt"), None),
    "meetings.attachment": (_("Anlage"), None),
    "meetings.attendance": (_("Teilnahme"), None),
    "meetings.datepoll": (_("Terminfindung"), "meetings:poll_detail"),
    "decisions.decision": (_("Beschluss"), "decisions:decision"),
    "decisions.task": (_("Aufgabe"), "decisions:task"),
    "decisions.topic": (_("Vorhaben"), "decisions:topic"),
    "network.person": (_("Person"), "network:person_edit"),
    "network.organisation": (_("Organisation"), "network:organisation_edit"),
    "network.body": (_("Gremium"), "network:body"),
    "network.membership": (_("Mitgliedschaft"), None),
    "network.interestrequest": (_("Interesse an Mitarbeit"), None),
    "auth.user": (_("Zugang"), None),
    "suppliers.supplier": (_("Lieferant"), "suppliers:detail"),
    "suppliers.seal": (_("Siegel"), None),
    "suppliers.sealapplication": (_("Siegelantrag"), "suppliers:application"),
    "checks.assessment": (_("Bewertung"), "checks:assessment"),
    "checks.company": (_("Unternehmen"), "checks:company"),
    "checks.instrumentversion": (_("Instrumentversion"), None),
    "checks.instrument": (_("Instrument"), None),
    "checks.consultancy": (_("Beratung"), None),
    "suppliers.purchaser": (_("Einkauf"), None),
}
# Entries after which the object is gone: no link to a page that would answer 404.
GONE = {
    "decision.deleted",
    "agenda_item.deleted",
    "attachment.deleted",
    "membership.deleted",
    "suppliers.supplier.deleted",
}
# Values in data that name the object better than its id.
NAME_KEYS = ("number", "name", "title")


def action_label(action: str) -> str:
    return str(ACTION_LABELS.get(action, action))


def object_label(entry: ActionLog) -> str:
    """Say which object an entry is about: its kind and its number, name or id."""
    kind, _url = OBJECT_TYPES.get(entry.object_type, (entry.object_type, None))
    data = entry.data if isinstance(entry.data, dict) else {}
    for key in NAME_KEYS:
        if isinstance(data.get(key), str | int) and data.get(key) != "":
            return f"{kind} {data[key]}"
    return f"{kind} #{entry.object_id}"


def object_url(entry: ActionLog, membership_bodies: dict[int, int] | None = None) -> str | None:
    """Where the secretariat opens the object (or, failing that, its meeting), or None.

    A membership opens on its body's page: `membership_bodies` maps membership id to
    body id for the entries that do not name the body themselves.
    """
    _kind, name = OBJECT_TYPES.get(entry.object_type, ("", None))
    data = entry.data if isinstance(entry.data, dict) else {}
    try:
        if entry.object_type == "suppliers.seal" and data.get("number"):
            return reverse("suppliers:verify", args=[data["number"]])
        if entry.object_type == "network.membership":
            fields = data.get("after") or data.get("before") or {}
            body_id = (
                data.get("body_id")
                or (fields.get("body") if isinstance(fields, dict) else None)
                or (membership_bodies or {}).get(entry.object_id)
            )
            return reverse("network:body", args=[body_id]) if body_id else None
        if name and entry.action not in GONE and entry.action != "person.erased":
            return reverse(name, args=[entry.object_id])
        if entry.meeting_id:
            return reverse("meetings:detail", args=[entry.meeting_id])
    except NoReverseMatch:
        return None
    return None


def _short(value: Any, limit: int = 80) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, list | tuple):
        text = ", ".join(_short(v, limit) for v in value)
    elif isinstance(value, dict):
        text = ", ".join(f"{k}: {_short(v, limit)}" for k, v in value.items())
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


ARROW = "→"


def summary(data: Any) -> list[str]:
    """Describe an entry's data in short lines: "field: before → after", "key: value"."""
    if not isinstance(data, dict) or not data:
        return []
    lines = []
    before, after = data.get("before"), data.get("after")
    if isinstance(before, dict) or isinstance(after, dict):
        before = before if isinstance(before, dict) else {}
        after = after if isinstance(after, dict) else {}
        for key in dict.fromkeys([*before, *after]):
            lines.append(f"{key}: {_short(before.get(key))} {ARROW} {_short(after.get(key))}")
    elif "before" in data or "after" in data:
        lines.append(f"{_short(before)} {ARROW} {_short(after)}")
    for key, value in data.items():
        if key in ("before", "after"):
            continue
        lines.append(f"{key}: {_short(value)}")
    return lines
