"""Checks in the admin.

Assessments, their answers and measures change only through the check itself (and the
self-declaration signed there; the seal review relies on it): here they are read-only.
Instruments, versions and companies may be edited; those edits go to the audit trail.
"""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from transferhub.lib.admin import AuditedAdminMixin, ReadOnlyAdminMixin

from . import services
from .models import (
    Answer,
    Assessment,
    CheckPoint,
    Company,
    Consultancy,
    GlossaryTerm,
    Instrument,
    InstrumentVersion,
    Measure,
    Theme,
)


class AuditedAdmin(AuditedAdminMixin, admin.ModelAdmin):
    audit_prefix = "checks."


class VersionInline(admin.TabularInline):
    model = InstrumentVersion
    fields = ["version", "status", "decision", "source_file", "loaded_at"]
    readonly_fields = ["version", "status", "source_file", "loaded_at"]
    raw_id_fields = ["decision"]
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(Instrument)
class InstrumentAdmin(AuditedAdmin):
    list_display = ["code", "title", "kind"]
    list_filter = ["kind"]
    search_fields = ["code", "title"]
    inlines = [VersionInline]


class ThemeInline(admin.TabularInline):
    model = Theme
    fields = ["position", "key", "title"]
    readonly_fields = fields
    extra = 0
    can_delete = False


class GlossaryInline(admin.TabularInline):
    model = GlossaryTerm
    fields = ["term", "expansion", "explanation"]
    readonly_fields = fields
    extra = 0
    can_delete = False


def _transition(status):
    def action(modeladmin, request, queryset):
        for version in queryset:
            try:
                services.version_set_status(version=version, status=status, actor=request.user)
            except services.CheckError as exc:
                modeladmin.message_user(request, f"{version}: {exc}", messages.ERROR)
            else:
                modeladmin.message_user(request, f"{version}: {version.get_status_display()}")

    action.__name__ = f"set_{status}"
    action.short_description = _("Status setzen: %(s)s") % {
        "s": InstrumentVersion.Status(status).label
    }
    return action


@admin.register(InstrumentVersion)
class InstrumentVersionAdmin(AuditedAdmin):
    """Content comes from the YAML files; here only the lifecycle and the decision change."""

    list_display = ["instrument", "version", "status", "decision", "loaded_at", "source_file"]
    list_filter = ["status", "instrument"]
    raw_id_fields = ["decision"]
    readonly_fields = [
        "instrument",
        "version",
        "status",
        "summary",
        "topic",
        "scale",
        "source_file",
        "content_hash",
        "loaded_at",
        "status_changed",
    ]
    exclude = ["data"]
    inlines = [ThemeInline, GlossaryInline]
    actions = [_transition(s) for s in ("adopted", "published", "superseded")]

    def has_add_permission(self, request):
        return False


@admin.register(CheckPoint)
class CheckPointAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "theme", "version"]
    list_filter = ["version__instrument"]
    search_fields = ["title", "key"]
    readonly_fields = [
        "version",
        "theme",
        "key",
        "number",
        "position",
        "title",
        "practice",
        "why",
        "links",
    ]

    def has_add_permission(self, request):
        return False


class ConsultancyInline(admin.TabularInline):
    model = Consultancy
    raw_id_fields = ["consultant"]
    extra = 1


@admin.register(Company)
class CompanyAdmin(AuditedAdmin):
    """Audited: staff and consultants decide who works on the checks (and the four eyes)."""

    list_display = ["name", "wz_code", "wz_section", "size_class", "postcode", "federal_state"]
    list_filter = ["size_class", "federal_state", "wz_section"]
    search_fields = ["name", "postcode"]
    filter_horizontal = ["staff"]
    raw_id_fields = ["organisation"]
    inlines = [ConsultancyInline]


class MeasureInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Measure
    fields = ["text", "responsible", "due_date", "status", "priority"]
    extra = 0


@admin.register(Assessment)
class AssessmentAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Read only: an assessment is the company's own answer and the basis of a seal."""

    list_display = ["__str__", "company", "version", "created", "declared_at", "valid_until"]
    list_filter = ["version__instrument"]
    search_fields = ["company__name"]
    raw_id_fields = ["company", "consultant", "started_by", "declared_by", "version"]
    readonly_fields = ["declared_at", "declared_by", "valid_until", "submitted_at"]
    inlines = [MeasureInline]


@admin.register(Answer)
class AnswerAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["assessment", "check_point", "value"]
    list_select_related = ["assessment__company", "assessment__version__instrument", "check_point"]
