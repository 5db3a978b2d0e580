from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VotesConfig(AppConfig):
    name = "transferhub.votes"
    label = "votes"
    verbose_name = _("Abstimmungen und Umlaufverfahren")

    def ready(self) -> None:
        from transferhub.lib import registry

        from . import privacy
        from .demo import demo_votes
        from .models import Vote

        registry.periodic_jobs.register(
            "votes.close",
            registry.Periodic("transferhub.votes.services.votes_close_due", minutes=5),
        )
        registry.periodic_jobs.register(
            "votes.ballot_mails",
            registry.Periodic("transferhub.votes.jobs.ballot_mails_retry", minutes=15),
        )
        registry.demo_data.register(
            "votes",
            registry.Demo(load=lambda ctx: demo_votes(), reset=lambda: Vote.objects.all().delete()),
            order=60,
        )
        privacy.register()
        # The meeting a written procedure's decision is kept in has no minutes to approve.
        registry.minutes_record_meetings.register(
            "written procedures",
            lambda: Vote.objects.filter(kind=Vote.Kind.WRITTEN, meeting__isnull=False).values(
                "meeting_id"
            ),
        )
