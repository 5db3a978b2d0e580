"""The words for the suppliers app's entries on the audit log page (registered in its AppConfig)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from transferhub.lib.audit import AuditLabels, Kind


def _seal_page(entry, data: dict, lookups: dict) -> str | None:
    # A seal is opened on its public verification page, by its number.
    return reverse("suppliers:verify", args=[data["number"]]) if data.get("number") else None


LABELS = AuditLabels(
    kinds={
        "seals": Kind(
            _("Siegel und Anträge"), ("suppliers.seal.", "suppliers.application."), position=30
        ),
        "suppliers": Kind(
            _("Lieferanten und LkSG"),
            (
                "suppliers.supplier.",
                "suppliers.purchaser.",
                "suppliers.lksg.",
                "suppliers.evidence.",
                "suppliers.certificate.",
                "suppliers.share.",
                "suppliers.sealtype.",
            ),
            position=90,
        ),
    },
    actions={
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
        "suppliers.certificate.added": _("Zertifikat eines Managementsystems hinzugefügt"),
        "suppliers.certificate.deleted": _("Zertifikat eines Managementsystems entfernt"),
        "suppliers.share.given": _("Profil einer Organisation freigegeben"),
        "suppliers.share.code_created": _("Einladungscode für das Profil erzeugt"),
        "suppliers.share.redeemed": _("Einladungscode eingelöst"),
        "suppliers.share.revoked": _("Freigabe des Profils widerrufen"),
        "suppliers.sealtype.added": _("Siegelart angelegt (Verwaltung)"),
        "suppliers.sealtype.changed": _("Regeln einer Siegelart geändert (Verwaltung)"),
    },
    objects={
        "suppliers.supplier": (_("Lieferant"), "suppliers:detail"),
        "suppliers.seal": (_("Siegel"), _seal_page),
        "suppliers.sealapplication": (_("Siegelantrag"), "suppliers:application"),
        "suppliers.purchaser": (_("Einkauf"), None),
        "suppliers.managementcertificate": (_("Zertifikat"), None),
        "suppliers.profileshare": (_("Freigabe"), None),
        "suppliers.sealtype": (_("Siegelart"), None),
    },
    gone=frozenset({"suppliers.supplier.deleted"}),
)
