from django.contrib import admin

from .models import Decision, Task


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
