"""The supplier database in the admin.

Seals, applications, LkSG declarations and requests change only through the workflow
(four-eyes review, revocation with a reason, the supplier's own declaration), which
logs every step: here they are read-only. Profiles and purchasers may be corrected
here; those edits are written to the audit trail like the services' own.
"""

from django.contrib import admin
from django.db import models

from transferhub.lib.admin import AuditedAdminMixin, ReadOnlyAdminMixin

from .models import (
    DueDiligenceRequest,
    EvidenceDocument,
    ManagementCertificate,
    Purchaser,
    ReviewRound,
    RiskDeclaration,
    Seal,
    SealApplication,
    SealReminder,
    SealTerm,
    SealType,
    Supplier,
)


class AuditedAdmin(AuditedAdminMixin, admin.ModelAdmin):
    audit_prefix = "suppliers."


@admin.register(Purchaser)
class PurchaserAdmin(AuditedAdmin):
    """Audited: being a purchaser opens the protected fields of every supplier."""

    list_display = ("user", "organisation", "organisation_name", "active")
    list_filter = ("active",)
    autocomplete_fields = ("user",)
    search_fields = ("user__username", "organisation__name", "organisation_name")


@admin.register(Supplier)
class SupplierAdmin(AuditedAdmin):
    """Audited: the office may correct a profile; staff decide who acts for the supplier."""

    list_display = ("name", "postcode", "town", "federal_state", "wz_code", "size_class")
    list_filter = ("federal_state", "size_class", "wz_section")
    search_fields = ("name", "postcode", "town")
    raw_id_fields = ("company",)
    filter_horizontal = ("staff",)
    # Set by the LkSG declaration when every risk is answered; never by hand.
    readonly_fields = ("lksg_declared_on",)
    # A website typed without a scheme is https, as in the profile form (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class SealTermInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = SealTerm
    extra = 0
    readonly_fields = ("application", "valid_from", "valid_until", "granted_by", "granted_at")


@admin.register(Seal)
class SealAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Read only: seals change through the review and revocation pages, which log each step."""

    list_display = ("number", "kind", "supplier", "valid_until", "revoked_at")
    list_filter = ("kind",)
    search_fields = ("number", "supplier__name")
    inlines = [SealTermInline]


@admin.register(SealApplication)
class SealApplicationAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Read only: applications are decided on the review page (four-eyes principle)."""

    list_display = ("supplier", "kind", "status", "submitted_at", "reviewer")
    list_filter = ("status", "kind")
    search_fields = ("supplier__name",)


class EvidenceInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = EvidenceDocument
    extra = 0
    readonly_fields = ("original_name", "mime_type", "size", "sha256", "uploaded_at")
    exclude = ("file",)


@admin.register(RiskDeclaration)
class RiskDeclarationAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Read only: the self-declaration is the supplier's own statement."""

    list_display = ("supplier", "risk", "status", "declared_on")
    list_filter = ("risk", "status")
    search_fields = ("supplier__name",)
    inlines = [EvidenceInline]


@admin.register(DueDiligenceRequest)
class DueDiligenceRequestAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Read only: an answered request holds the dated summary the purchaser received."""

    list_display = ("supplier", "purchaser", "status", "answered_at")
    list_select_related = ("supplier", "purchaser__user")
    list_filter = ("status",)
    search_fields = ("supplier__name",)


@admin.register(SealReminder)
class SealReminderAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Read only: a reminder row is what keeps the reminder job from mailing twice."""

    list_display = ("seal", "valid_until", "window_days", "sent_at")
    list_select_related = ("seal",)


@admin.register(SealType)
class SealTypeAdmin(AuditedAdmin):
    """A seal's rules are data: the office edits minimums, exemptions and validity here;
    each change is logged with the values before and after."""

    list_display = ("name", "code", "instrument_code", "min_measures", "validity_years", "active")
    ordering = ("position",)

    def has_delete_permission(self, request, obj=None):
        return False  # seals of the type would lose their rules


@admin.register(ManagementCertificate)
class ManagementCertificateAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("supplier", "standard", "issuer", "valid_from", "valid_until")
    list_filter = ("standard",)


@admin.register(ReviewRound)
class ReviewRoundAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("application", "number", "decision", "reviewer", "reviewed_at")
