"""Admin pages for meetings: a view for the secretariat's rare repairs.

Day-to-day work goes through the meeting pages, whose services check the rules
and write the audit trail; changes made here are not checked or logged.
"""

from django.contrib import admin

from .models import AgendaItem, Attachment, Attendance, Meeting, MinutesVersion, Presentation


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    fk_name = "meeting"
    fields = ["order", "number", "name", "kind", "duration_minutes", "status", "public"]
    extra = 0
    show_change_link = True


class PresentationInline(admin.TabularInline):
    model = Presentation
    fields = ["person", "organisation", "order"]
    raw_id_fields = ["person"]
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["name", "body", "date", "start_time", "end_time", "state"]
    list_filter = ["state", "body"]
    search_fields = ["name", "body__name", "location"]
    date_hierarchy = "date"
    list_select_related = ["body"]
    raw_id_fields = ["note_taker"]
    readonly_fields = ["source_sha256", "source_name", "import_warnings", "created", "modified"]
    inlines = [AgendaItemInline]


@admin.register(AgendaItem)
class AgendaItemAdmin(admin.ModelAdmin):
    list_display = ["__str__", "meeting", "kind", "duration_minutes", "status", "public"]
    list_filter = ["kind", "status", "public", "meeting__body"]
    search_fields = ["name", "minutes", "meeting__name"]
    list_select_related = ["meeting"]
    raw_id_fields = ["meeting", "approves_minutes_of"]
    inlines = [PresentationInline]


@admin.register(Attendance)
class AttendanceAdmin(admin.ModelAdmin):
    list_display = ["display_name", "meeting", "on_behalf_of", "status"]
    list_filter = ["status"]
    search_fields = ["person__family_name", "person__given_name", "guest_name", "meeting__name"]
    list_select_related = ["person", "meeting", "on_behalf_of"]
    raw_id_fields = ["meeting", "person"]


@admin.register(Attachment)
class AttachmentAdmin(admin.ModelAdmin):
    list_display = ["label", "name", "meeting", "agenda_item", "mime_type", "size", "created"]
    search_fields = ["name", "file_name", "meeting__name", "sha256"]
    list_select_related = ["meeting", "agenda_item"]
    raw_id_fields = ["meeting", "agenda_item"]
    readonly_fields = ["file_name", "mime_type", "size", "sha256", "uploaded_by"]


@admin.register(MinutesVersion)
class MinutesVersionAdmin(admin.ModelAdmin):
    list_display = ["meeting", "version", "reason", "created_by", "created"]
    search_fields = ["meeting__name", "reason"]
    list_select_related = ["meeting", "created_by"]
    # Versions are the frozen record: nobody edits them, here or elsewhere.
    readonly_fields = ["meeting", "version", "content", "reason", "created_by", "created"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
