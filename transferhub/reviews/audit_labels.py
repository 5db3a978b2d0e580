"""The words for the review round's entries on the audit log page (registered in ready())."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib.audit import AuditLabels, Kind


def _round_page(entry, data, lookups):
    from django.urls import reverse

    return reverse("reviews:detail", args=[entry.object_id])


LABELS = AuditLabels(
    kinds={"minutes": Kind(_("Protokolle"), ("review.",), position=10)},
    actions={
        "review.settings_changed": _("Regeln der Protokollprüfung geändert"),
        "review.started": _("Protokollentwurf zur Prüfung gegeben"),
        "review.widened": _("Protokollentwurf an alle Teilnehmenden gegeben"),
        "review.answered": _("Rückmeldung zum Protokollentwurf"),
        "review.finished": _("Prüfung des Protokollentwurfs beendet"),
        "review.suggestion_accepted": _("Vorschlag zum Protokoll übernommen"),
        "review.suggestion_rejected": _("Vorschlag zum Protokoll abgelehnt"),
        "review.closed": _("Prüfrunde abgeschlossen"),
        "review.approved": _("Protokoll nach Prüfung genehmigt"),
    },
    objects={
        "reviews.reviewround": (_("Prüfrunde"), _round_page),
        "reviews.reviewer": (_("Prüfende Person"), None),
        "reviews.response": (_("Rückmeldung"), None),
    },
)
