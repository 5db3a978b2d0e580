from django.contrib import admin

from .models import Vote, VotingRules


@admin.register(VotingRules)
class VotingRulesAdmin(admin.ModelAdmin):
    list_display = ["body", "majority", "quorum_kind", "quorum_value", "named", "proxies_allowed"]


@admin.register(Vote)
class VoteAdmin(admin.ModelAdmin):
    """Read only: votes change through their pages and services, which log every step."""

    list_display = ["title", "body", "kind", "state", "result", "started_at", "closed_at"]
    list_filter = ["kind", "state", "result"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
