"""The words for the decisions app's entries on the audit log page (registered in its AppConfig)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib.audit import AuditLabels, Kind

LABELS = AuditLabels(
    kinds={
        "decisions": Kind(_("Beschlüsse und Aufgaben"), ("decision.", "task."), position=20),
        "topics": Kind(_("Vorhaben"), ("topic.",), position=70),
    },
    actions={
        "minutes.sent": _("Protokoll versandt"),
        "decision.recorded": _("Beschluss erfasst"),
        "decision.changed": _("Beschluss geändert"),
        "decision.deleted": _("Beschluss gelöscht"),
        "task.created": _("Aufgabe angelegt"),
        "task.changed": _("Aufgabe geändert"),
        "topic.created": _("Vorhaben angelegt"),
        "topic.changed": _("Vorhaben geändert"),
        "topic.status_changed": _("Vorhabenstatus geändert"),
        "topic.linked": _("mit Vorhaben verknüpft"),
        "topic.unlinked": _("Verknüpfung gelöst"),
    },
    objects={
        "decisions.decision": (_("Beschluss"), "decisions:decision"),
        "decisions.task": (_("Aufgabe"), "decisions:task"),
        "decisions.topic": (_("Vorhaben"), "decisions:topic"),
    },
    gone=frozenset({"decision.deleted"}),
)
