from django.contrib import admin

from .models import BacklogEntry, Proposal, Series, TemplateItem


class TemplateItemInline(admin.TabularInline):
    model = TemplateItem
    extra = 0


@admin.register(Series)
class SeriesAdmin(admin.ModelAdmin):
    list_display = ("body", "rhythm_weeks", "start_time", "end_time")
    inlines = [TemplateItemInline]


@admin.register(Proposal)
class ProposalAdmin(admin.ModelAdmin):
    list_display = ("title", "body", "meeting", "state", "created")
    list_filter = ("state",)
    raw_id_fields = ("meeting", "proposer", "presenter", "agenda_item")


@admin.register(BacklogEntry)
class BacklogEntryAdmin(admin.ModelAdmin):
    list_display = ("title", "body", "kind", "state", "created")
    list_filter = ("kind", "state")
    raw_id_fields = ("proposal", "source_item", "taken_into", "presenter")
