from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewsConfig(AppConfig):
    name = "transferhub.reviews"
    label = "reviews"
    verbose_name = _("Protokollprüfung")

    def ready(self) -> None:
        from transferhub.lib import registry
        from transferhub.lib.audit import audit_register
        from transferhub.meetings.models import Meeting
        from transferhub.meetings.signals import minutes_approved

        from . import audit_labels, links, privacy
        from .demo import demo_review
        from .models import ReviewRound, ReviewSettings

        audit_register(self.label, audit_labels.LABELS)
        privacy.register()

        def reset() -> None:
            ReviewRound.objects.all().delete()
            ReviewSettings.objects.all().delete()

        registry.demo_data.register(
            "reviews", registry.Demo(load=demo_review, reset=reset), order=70
        )
        registry.meeting_review.register("link", links.meeting_link)
        minutes_approved.connect(_on_minutes_approved, sender=Meeting, dispatch_uid="reviews")


def _on_minutes_approved(sender, meeting, **kwargs) -> None:
    from .services import minutes_approved_elsewhere

    minutes_approved_elsewhere(meeting)
