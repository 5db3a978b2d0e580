from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InvitationsConfig(AppConfig):
    name = "transferhub.invitations"
    label = "invitations"
    verbose_name = _("Einladungen und Protokollversand")

    def ready(self) -> None:
        from transferhub.lib import registry
        from transferhub.lib.audit import audit_register
        from transferhub.meetings import signals

        from . import audit_labels, demo, hooks, privacy

        registry.periodic_jobs.register(
            "invitations.reminders",
            registry.Periodic("transferhub.invitations.services.reminders_queue", at="07:15"),
        )
        audit_register(self.label, audit_labels.LABELS)
        privacy.register()
        registry.demo_data.register(
            "invitations", registry.Demo(load=demo.demo_invitations), order=70
        )
        registry.meeting_invitations.register("send", hooks.invite_members)
        registry.meeting_invitations.register("preview_url", hooks.preview_url)
        registry.meeting_invitations.register("deliveries_url", hooks.deliveries_url)
        # The approved minutes go out from here, with a log per recipient.
        signals.minutes_approved.connect(
            hooks.minutes_approved, dispatch_uid="invitations-distribute-minutes"
        )
        signals.meeting_changed.connect(hooks.meeting_changed, dispatch_uid="invitations-update")
        signals.meeting_cancelled.connect(
            hooks.meeting_cancelled, dispatch_uid="invitations-cancel"
        )
