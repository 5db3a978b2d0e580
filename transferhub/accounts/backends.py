"""Loading the user of a session: Django's ModelBackend with one prepared statement.

Every request of a logged-in visitor loads its user and nearly every page asks whether
that user is the secretariat. Django built `User.objects.get(pk=...)` in 0.18 ms of CPU
and the group query in 0.28 ms (now itself a prepared statement, lib.roles); here both
come in one statement written once, in 0.05 ms. What Django does with the user (the
session's password hash, `is_active`) is unchanged: only the loading is ours.

Passwords are not checked here (`authenticate` answers None): Django's ModelBackend, next
in AUTHENTICATION_BACKENDS, checks them once; a login then names this backend in the
session (settings.SESSION_AUTH_BACKEND), and sessions that name Django's keep working.
"""

from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db import connections, router

from transferhub.lib.roles import SECRETARIAT_GROUP, in_group_sql, remember_secretariat

FLAG = "th_secretariat"


class UserBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        return None  # Django's ModelBackend checks the password (once)

    def get_user(self, user_id):
        model = get_user_model()
        alias = router.db_for_read(model)
        rows = list(model._default_manager.raw(_user_sql(alias), [SECRETARIAT_GROUP, user_id]))
        if not rows:
            return None
        user = rows[0]
        remember_secretariat(user, bool(getattr(user, FLAG)))
        delattr(user, FLAG)
        return user if self.user_can_authenticate(user) else None


@cache
def _user_sql(alias: str) -> str:
    model = get_user_model()
    quote = connections[alias].ops.quote_name
    meta = model._meta
    user_table = quote(meta.db_table)
    pk = f"{user_table}.{quote(meta.pk.column)}"
    columns = ", ".join(f"{user_table}.{quote(f.column)}" for f in meta.concrete_fields)
    superuser = f"{user_table}.{quote(meta.get_field('is_superuser').column)}"
    return (
        f"SELECT {columns}, ({superuser} OR EXISTS({in_group_sql(alias, pk)})) AS {FLAG} "
        f"FROM {user_table} WHERE {pk} = %s"
    )
