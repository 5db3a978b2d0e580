from django.contrib import admin

from .models import (
    DueDiligenceRequest,
    EvidenceDocument,
    Purchaser,
    RiskDeclaration,
    Seal,
    SealApplication,
    SealReminder,
    SealTerm,
    Supplier,
)


@admin.register(Purchaser)
class PurchaserAdmin(admin.ModelAdmin):
    list_display = ("user", "organisation", "organisation_name", "active")
    list_filter = ("active",)
    autocomplete_fields = ("user",)
    search_fields = ("user__username", "organisation__name", "organisation_name")


@admin.register(Supplier)
class SupplierAdmin(admin.ModelAdmin):
    list_display = ("name", "postcode", "town", "federal_state", "wz_code", "size_class")
    list_filter = ("federal_state", "size_class", "wz_section")
    search_fields = ("name", "postcode", "town")
    raw_id_fields = ("company",)
    filter_horizontal = ("staff",)


class SealTermInline(admin.TabularInline):
    model = SealTerm
    extra = 0
    can_delete = False
    readonly_fields = ("application", "valid_from", "valid_until", "granted_by", "granted_at")


@admin.register(Seal)
class SealAdmin(admin.ModelAdmin):
    """Read only: seals change through the review and revocation pages, which log each step."""

    list_display = ("number", "kind", "supplier", "valid_until", "revoked_at")
    list_filter = ("kind",)
    search_fields = ("number", "supplier__name")
    inlines = [SealTermInline]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(SealApplication)
class SealApplicationAdmin(admin.ModelAdmin):
    list_display = ("supplier", "kind", "status", "submitted_at", "reviewer")
    list_filter = ("status", "kind")
    search_fields = ("supplier__name",)

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


class EvidenceInline(admin.TabularInline):
    model = EvidenceDocument
    extra = 0
    readonly_fields = ("original_name", "mime_type", "size", "sha256", "uploaded_at")
    exclude = ("file",)


@admin.register(RiskDeclaration)
class RiskDeclarationAdmin(admin.ModelAdmin):
    list_display = ("supplier", "risk", "status", "declared_on")
    list_filter = ("risk", "status")
    search_fields = ("supplier__name",)
    inlines = [EvidenceInline]


admin.site.register(DueDiligenceRequest)
admin.site.register(SealReminder)
