from django.contrib import admin

from .models import Decision, ReminderDigest, Task, Topic


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    list_display = ["register_number", "body", "meeting", "kind", "votes_yes", "votes_no"]
    list_filter = ["kind", "year", "body"]
    search_fields = ["text", "body__name"]
    list_select_related = ["body", "meeting"]
    raw_id_fields = ["meeting", "agenda_item"]
    readonly_fields = ["year", "sequence"]


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin):
    list_display = ["__str__", "body", "owner_person", "owner_body", "due_date", "status"]
    list_filter = ["status", "body"]
    search_fields = ["text", "owner_person__family_name", "owner_body__name"]
    list_select_related = ["body", "owner_person", "owner_body"]
    autocomplete_fields = ["body", "owner_person", "owner_body"]
    raw_id_fields = ["meeting", "agenda_item", "decision"]
    readonly_fields = ["done_at", "created_by"]
    date_hierarchy = "due_date"


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "modified"]
    list_filter = ["status"]
    search_fields = ["title", "description"]
    raw_id_fields = ["agenda_items", "decisions", "tasks"]


@admin.register(ReminderDigest)
class ReminderDigestAdmin(admin.ModelAdmin):
    """A digest without "sent at" is one whose run stopped between deciding and sending."""

    list_display = ["person", "day", "sent_at"]
    list_filter = ["day", ("sent_at", admin.EmptyFieldListFilter)]
    list_select_related = ["person"]
    readonly_fields = ["person", "day", "sent_at"]
