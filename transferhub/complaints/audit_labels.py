"""The words for the complaint procedure's entries on the audit log page (registered in its AppConfig).

The log holds case codes and states only, never a reporter's name or the text of a report."""

from django.utils.translation import gettext_lazy as _

from transferhub.lib.audit import AuditLabels, Kind

LABELS = AuditLabels(
    kinds={
        "complaints": Kind(_("Beschwerdeverfahren"), ("complaints.",), position=35),
    },
    actions={
        "complaints.case.filed": _("Hinweis eingegangen"),
        "complaints.case.reporter_message": _("Nachricht der hinweisgebenden Person"),
        "complaints.case.handler_message": _("Nachricht der Bearbeitung"),
        "complaints.case.recorded": _("Bearbeitung festgehalten"),
        "complaints.case.taken": _("Fall übernommen"),
        "complaints.case.passed_on": _("Fall weitergegeben"),
        "complaints.case.company_informed": _("Unternehmen informiert"),
        "complaints.case.erased": _("Fall nach sieben Jahren gelöscht"),
        "complaints.handler.appointed": _("Bearbeiter/in benannt"),
        "complaints.handler.retired": _("Bearbeiter/in beendet"),
        "complaints.procedure.adopted": _("Beschwerdeverfahren übernommen"),
        "complaints.procedure.left": _("Beschwerdeverfahren verlassen"),
    },
    # Cases are for their handlers only: the log names them by code, without a link.
    objects={
        "complaints.case": (_("Beschwerde"), None),
        "complaints.complainthandler": (_("Beschwerde-Bearbeitung"), None),
        "complaints.companyprocedure": (_("Beschwerdeverfahren"), None),
    },
    gone=frozenset({"complaints.case.erased"}),
)
