"""Loading the user of a session: Django's ModelBackend with one statement built once.

Every request of a logged-in visitor loads its user and nearly every page asks whether
that user is the secretariat. Django built `User.objects.get(pk=...)` in 0.18 ms of CPU
and the group query in 0.28 ms; here both come in one statement whose SQL the ORM builds
once per process (lib.db.rows_by_ids), in 0.05 ms. What Django does with the user (the
session's password hash, `is_active`) is unchanged: only the loading is ours.

Passwords are not checked here (`authenticate` answers None): Django's ModelBackend, next
in AUTHENTICATION_BACKENDS, checks them once; a login then names this backend in the
session (settings.SESSION_AUTH_BACKEND), and sessions that name Django's keep working.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db import router
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q

from transferhub.lib.db import rows_by_ids
from transferhub.lib.roles import remember_secretariat, secretariat_links


class UserBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        return None  # Django's ModelBackend checks the password (once)

    def get_user(self, user_id):
        model = get_user_model()
        rows = rows_by_ids("session-user", model, [user_id], _user_rows)
        if not rows:
            return None
        *values, secretariat = rows[0]
        user = model.from_db(router.db_for_read(model), _columns(model), values)
        remember_secretariat(user, secretariat)
        return user if self.user_can_authenticate(user) else None


def _columns(model) -> list[str]:
    return [field.attname for field in model._meta.concrete_fields]


def _user_rows(ids: list[int]):
    """The user's values and whether it is the secretariat (superuser or in the group)."""
    model = get_user_model()
    secretariat = Q(is_superuser=True) | Exists(secretariat_links(OuterRef("pk")))
    return model._default_manager.filter(pk=ids[0]).values_list(
        *_columns(model), ExpressionWrapper(secretariat, output_field=BooleanField())
    )
