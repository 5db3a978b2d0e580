from django.contrib import admin

from transferhub.lib.admin import AuditedAdminMixin

from .models import Body, InterestRequest, Membership, Organisation, Person


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person", "on_behalf_of"]
    fields = ["person", "role", "on_behalf_of", "start_date", "end_date"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "kind", "town"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name", "town"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["family_name", "given_name", "title", "organisation", "email", "user"]
    list_filter = ["organisation__kind", "language"]
    search_fields = ["family_name", "given_name", "email", "organisation__name"]
    list_select_related = ["organisation", "user"]
    autocomplete_fields = ["organisation", "user"]


@admin.register(Body)
class BodyAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["name", "short_name", "classification", "parent", "secretariat_contact"]
    list_filter = ["classification"]
    search_fields = ["name", "short_name"]
    list_select_related = ["parent", "secretariat_contact"]
    autocomplete_fields = ["parent", "secretariat_contact"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["person", "body", "role", "on_behalf_of", "start_date", "end_date"]
    list_filter = ["role", "body"]
    search_fields = ["person__family_name", "person__given_name", "body__name"]
    list_select_related = ["person", "body", "on_behalf_of"]
    autocomplete_fields = ["person", "body", "on_behalf_of"]
    date_hierarchy = "start_date"


@admin.register(InterestRequest)
class InterestRequestAdmin(admin.ModelAdmin):
    list_display = ["person", "body", "status", "created", "decided_at"]
    list_filter = ["status", "body"]
    list_select_related = ["person", "body"]
    raw_id_fields = ["person", "membership"]
