from django.contrib import admin

from .models import BodyInvitationSettings, Invitation, InvitationMail, MinutesDelivery


@admin.register(BodyInvitationSettings)
class BodyInvitationSettingsAdmin(admin.ModelAdmin):
    list_display = ("body", "reminder_days", "minutes_docx")


class ReadOnly(admin.ModelAdmin):
    """The log changes only through the workflow (sending, answering)."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Invitation)
class InvitationAdmin(ReadOnly):
    list_display = ("__str__", "answer", "mailed_at", "answered_at")
    list_filter = ("answer",)


@admin.register(InvitationMail)
class InvitationMailAdmin(ReadOnly):
    list_display = ("__str__", "kind", "sent_at", "attempts", "failed_at", "error")


@admin.register(MinutesDelivery)
class MinutesDeliveryAdmin(ReadOnly):
    list_display = ("__str__", "version", "sent_at", "attempts", "failed_at")
