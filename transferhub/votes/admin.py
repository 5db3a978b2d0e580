from django.contrib import admin

from transferhub.lib.admin import ReadOnlyAdminMixin

from .models import Vote, VotingRules


@admin.register(VotingRules)
class VotingRulesAdmin(admin.ModelAdmin):
    list_display = ["body", "majority", "quorum_kind", "quorum_value", "named", "proxies_allowed"]


@admin.register(Vote)
class VoteAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Read only: votes change through their pages and services, which log every step."""

    list_display = ["title", "body", "kind", "state", "result", "started_at", "closed_at"]
    list_filter = ["kind", "state", "result"]
