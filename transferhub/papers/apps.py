from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PapersConfig(AppConfig):
    name = "transferhub.papers"
    label = "papers"
    verbose_name = _("Vorlagen")

    def ready(self) -> None:
        from transferhub.lib import registry
        from transferhub.lib.audit import audit_register

        from . import audit_labels, privacy, search
        from .demo import demo_papers, demo_reset

        registry.demo_data.register(
            "papers", registry.Demo(load=demo_papers, reset=demo_reset), order=70
        )
        audit_register(self.label, audit_labels.LABELS)
        search.index_register()
        search.site_search_register()
        privacy.register()
        _watch_for_meeting_pages()


def _watch_for_meeting_pages() -> None:
    """A meeting shows the papers its items consult (OParl: with their files' versions)."""
    from django.db.models import Q

    from transferhub.meetings.content import watch

    from .models import Consultation, Paper, PaperFile, PaperFileVersion

    watch(
        Consultation,
        lambda c: Q(agenda_items=c.agenda_item_id) if c.agenda_item_id else None,
        moves=True,
    )
    consulting = "agenda_items__consultations__paper"
    watch(Paper, lambda p: Q(**{consulting: p.pk}), on_create=False)
    watch(PaperFile, lambda f: Q(**{consulting: f.paper_id}))
    watch(PaperFileVersion, lambda v: Q(**{f"{consulting}__files": v.paper_file_id}))
