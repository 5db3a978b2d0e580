"""The words for the papers app's entries on the audit log page (registered in its AppConfig)."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib.audit import AuditLabels, Kind

LABELS = AuditLabels(
    kinds={"papers": Kind(_("Vorlagen"), ("paper.",), position=75)},
    actions={
        "paper.created": _("Vorlage angelegt"),
        "paper.updated": _("Vorlage geändert"),
        "paper.file_added": _("Dokument zur Vorlage hochgeladen"),
        "paper.version_added": _("neue Version eines Dokuments"),
        "paper.consultation_added": _("Beratung in den Beratungsweg aufgenommen"),
        "paper.on_agenda": _("Vorlage auf die Tagesordnung gesetzt"),
        "paper.result_recorded": _("Beratungsergebnis erfasst"),
        "paper.stage_changed": _("Stufe der Veröffentlichung geändert"),
        "paper.migrated": _("aus einem Vorhaben übernommen"),
    },
    objects={"papers.paper": (_("Vorlage"), "papers:detail")},
)
