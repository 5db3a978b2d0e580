from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubscriptionsConfig(AppConfig):
    name = "transferhub.subscriptions"
    label = "subscriptions"
    verbose_name = _("Öffentlicher Kalender und Abonnements")

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from transferhub.lib import registry
        from transferhub.lib.audit import audit_register
        from transferhub.meetings.models import Meeting
        from transferhub.meetings.signals import minutes_approved

        from . import audit_labels, privacy, services
        from .demo import demo_subscriptions
        from .models import MeetingNotice, PublicCalendar, Subscription

        registry.periodic_jobs.register(
            "subscriptions.purge",
            registry.Periodic("transferhub.subscriptions.services.subscriptions_purge", at="04:15"),
        )
        audit_register(self.label, audit_labels.LABELS)
        privacy.register()
        # The networks' websites list only the upcoming meetings of public bodies.
        registry.public_meetings.register(
            "public_calendar", lambda: services.public_meetings().values("pk")
        )

        def reset() -> None:
            Subscription.objects.all().delete()
            MeetingNotice.objects.all().delete()
            PublicCalendar.objects.all().delete()

        registry.demo_data.register(
            "subscriptions", registry.Demo(load=demo_subscriptions, reset=reset), order=75
        )
        # Hooks, not the main logic: a saved meeting or approved minutes may be news for
        # subscribers; the jobs decide (and remember) what they are told.
        post_save.connect(_on_meeting_saved, sender=Meeting, dispatch_uid="subscriptions")
        minutes_approved.connect(_on_minutes_approved, sender=Meeting, dispatch_uid="subscriptions")


def _on_meeting_saved(sender, instance, raw=False, **kwargs) -> None:
    from django.db import transaction
    from django.utils import timezone

    from .jobs import subscribers_meeting_mail
    from .models import PublicCalendar

    if raw or instance.date < timezone.localdate():
        return
    if not PublicCalendar.objects.filter(body_id=instance.body_id, public=True).exists():
        return
    pk = instance.pk
    transaction.on_commit(lambda: subscribers_meeting_mail.enqueue(pk), robust=True)


def _on_minutes_approved(sender, meeting, **kwargs) -> None:
    from .jobs import subscribers_minutes_mail

    subscribers_minutes_mail.enqueue(meeting.pk)
