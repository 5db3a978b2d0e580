from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.forms.models import model_to_dict

from .audit import log_action
from .models import ActionLog


class ReadOnlyAdminMixin:
    """Show the records, refuse every write: their workflow is the only way to change them."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ActionLog)
class ActionLogAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The trail, read-only: rows are only ever added, by the services."""

    list_display = ["timestamp", "actor", "action", "object_type", "object_id", "meeting_id"]
    list_filter = ["object_type"]
    search_fields = ["action", "object_type"]
    list_select_related = ["actor"]
    date_hierarchy = "timestamp"


def _plain(value):
    """A field value as the trail keeps it: text, or the sorted ids of a many-to-many field."""
    if value is None:
        return None
    if isinstance(value, list | tuple | set):
        return sorted(str(getattr(v, "pk", v)) for v in value)
    return str(value)


class AuditedAdminMixin:
    """Log saves and deletions made in the admin, as the services log theirs.

    For models whose changes the trail must show (memberships: who may see what) but
    that the admin also edits past the services; objects of inlines are logged too.
    Only ids and field values are kept, as elsewhere in the trail. `audit_prefix` names
    the app in the action ("suppliers." gives "suppliers.supplier.changed"). The object
    is logged after `save_related`, so that many-to-many fields (staff) are compared too.
    """

    audit_prefix = ""

    def _snapshot(self, obj) -> dict:
        return {k: _plain(v) for k, v in model_to_dict(obj).items()}

    def _before(self, obj) -> dict | None:
        old = type(obj)._default_manager.filter(pk=obj.pk).first() if obj.pk else None
        return self._snapshot(old) if old is not None else None

    def _log_saved(self, request, obj, before: dict | None) -> None:
        name = self.audit_prefix + obj._meta.model_name
        after = self._snapshot(obj)
        if before is None:
            log_action(request.user, f"{name}.added", obj, via="admin", after=after)
            return
        changed = [k for k in after if before.get(k) != after[k]]
        if changed:
            log_action(
                request.user,
                f"{name}.changed",
                obj,
                via="admin",
                before={k: before.get(k) for k in changed},
                after={k: after[k] for k in changed},
            )

    def _log_deleted(self, request, obj) -> None:
        name = self.audit_prefix + obj._meta.model_name
        log_action(request.user, f"{name}.deleted", obj, via="admin", before=self._snapshot(obj))

    def save_model(self, request, obj, form, change):
        request._th_audit_before = self._before(obj) if change else None
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        self._log_saved(request, form.instance, getattr(request, "_th_audit_before", None))

    def delete_model(self, request, obj):
        self._log_deleted(request, obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self._log_deleted(request, obj)
        super().delete_queryset(request, queryset)

    def save_formset(self, request, form, formset, change):
        befores = {f.instance.pk: self._before(f.instance) for f in formset.initial_forms}
        for f in formset.deleted_forms:
            if f.instance.pk:
                self._log_deleted(request, f.instance)
        super().save_formset(request, form, formset, change)
        for obj in formset.new_objects:
            self._log_saved(request, obj, None)
        for obj, _fields in formset.changed_objects:
            self._log_saved(request, obj, befores.get(obj.pk))


# Who belongs to the Geschäftsstelle, who is superuser or staff: permission changes made
# in the admin are logged like the memberships the services change.
PERMISSION_FIELDS = ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]


def _permissions_of(user: User) -> dict:
    return {
        "is_active": user.is_active,
        "is_staff": user.is_staff,
        "is_superuser": user.is_superuser,
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "user_permissions": sorted(
            f"{p.content_type.app_label}.{p.codename}"
            for p in user.user_permissions.select_related("content_type")
        ),
    }


admin.site.unregister(User)


@admin.register(User)
class AuditedUserAdmin(UserAdmin):
    """Django's user admin, with changes of groups and flags written to the trail."""

    def save_model(self, request, obj, form, change):
        old = User.objects.filter(pk=obj.pk).first() if change and obj.pk else None
        request._th_permissions_before = _permissions_of(old) if old is not None else None
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        before = getattr(request, "_th_permissions_before", None) or {}
        after = _permissions_of(form.instance)
        changed = [k for k in PERMISSION_FIELDS if before.get(k) != after[k]]
        if before == {} and not (after["groups"] or after["is_superuser"] or after["is_staff"]):
            return
        if changed:
            log_action(
                request.user,
                "permissions.changed",
                form.instance,
                via="admin",
                before={k: before.get(k) for k in changed},
                after={k: after[k] for k in changed},
            )
