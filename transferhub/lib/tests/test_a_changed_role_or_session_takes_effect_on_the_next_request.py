"""The logged-in request reads session, user and secretariat role with prepared statements
(lib/sessions.py, lib/roles.py): what they answer must be what the ORM answered, at once."""

import datetime as dt

from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone

from transferhub.lib.roles import SECRETARIAT_GROUP, is_secretariat

AUDIT_LOG = reverse("lib:audit_log")  # the secretariat's page


def test_a_secretariat_removed_from_the_group_is_refused_on_the_next_request(client_as, people):
    client = client_as("secretariat")
    assert client.get(AUDIT_LOG).status_code == 200
    people["secretariat"].user.groups.remove(Group.objects.get(name=SECRETARIAT_GROUP))
    assert client.get(AUDIT_LOG).status_code == 403


def test_a_member_added_to_the_secretariat_may_at_once(client_as, people):
    client = client_as("member")
    assert client.get(AUDIT_LOG).status_code == 403
    people["member"].user.groups.add(Group.objects.get_or_create(name=SECRETARIAT_GROUP)[0])
    assert client.get(AUDIT_LOG).status_code == 200


def test_another_group_of_the_same_user_is_no_secretariat(people):
    user = people["member"].user
    user.groups.add(Group.objects.create(name="Geschäftsstelle (alt)"))
    assert is_secretariat(user) is False
    user = type(user).objects.get(pk=user.pk)  # a fresh object: nothing cached on it
    user.groups.add(Group.objects.get_or_create(name=SECRETARIAT_GROUP)[0])
    assert is_secretariat(user) is True


def test_a_superuser_is_the_secretariat_without_the_group(people):
    user = people["outsider"].user
    user.is_superuser = True
    user.save()
    assert is_secretariat(type(user).objects.get(pk=user.pk)) is True


def test_an_expired_session_is_logged_out(client_as):
    client = client_as("secretariat")
    assert client.get(AUDIT_LOG).status_code == 200
    key = client.cookies["sessionid"].value
    Session.objects.filter(session_key=key).update(
        expire_date=timezone.now() - dt.timedelta(seconds=1)
    )
    response = client.get(AUDIT_LOG)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_deleted_session_is_logged_out(client_as):
    client = client_as("secretariat")
    assert client.get(AUDIT_LOG).status_code == 200
    Session.objects.filter(session_key=client.cookies["sessionid"].value).delete()
    assert client.get(AUDIT_LOG).status_code == 302


def test_a_session_cookie_of_any_form_is_nobody(client_as, client, people):
    client_as("secretariat")  # one real session in the table
    for value in ["", "x", "'; DROP TABLE django_session; --", "ü" * 40, "a" * 40]:
        client.cookies["sessionid"] = value
        assert client.get(AUDIT_LOG).status_code == 302
    assert Session.objects.count() == 1  # the table and its session are still there


def test_logging_out_ends_the_session_everywhere(client_as):
    client = client_as("secretariat")
    key = client.cookies["sessionid"].value
    client.post(reverse("logout"))
    assert not Session.objects.filter(session_key=key).exists()
    client.cookies["sessionid"] = key  # the old cookie, kept by someone
    assert client.get(AUDIT_LOG).status_code == 302


def test_a_changed_password_logs_out_the_other_sessions(client_as, people):
    client = client_as("secretariat")
    assert client.get(AUDIT_LOG).status_code == 200
    user = people["secretariat"].user
    user.set_password("ein ganz anderes Kennwort 42")
    user.save()
    assert client.get(AUDIT_LOG).status_code == 302


def test_the_session_user_is_the_user_the_orm_loads(people):
    from transferhub.accounts.backends import UserBackend

    user = people["secretariat"].user
    user.last_login = timezone.now()
    user.save()
    loaded = UserBackend().get_user(user.pk)
    fresh = type(user).objects.get(pk=user.pk)
    for field in type(user)._meta.concrete_fields:
        assert getattr(loaded, field.attname) == getattr(fresh, field.attname), field.name
    assert loaded.last_login.tzinfo is not None
    assert is_secretariat(loaded) is True
    assert is_secretariat(UserBackend().get_user(people["member"].user.pk)) is False
    assert UserBackend().get_user(10**9) is None
    user.is_active = False
    user.save()
    assert UserBackend().get_user(user.pk) is None


def test_a_password_login_names_the_faster_backend_and_old_sessions_still_work(client, people):
    from django.contrib.auth import BACKEND_SESSION_KEY

    user = people["member"].user
    user.set_password("ein langes Kennwort 42")
    user.save()
    response = client.post(
        reverse("login"), {"username": user.username, "password": "ein langes Kennwort 42"}
    )
    assert response.status_code == 302
    assert client.session[BACKEND_SESSION_KEY] == "transferhub.accounts.backends.UserBackend"
    assert client.get(reverse("decisions:tasks")).status_code == 200
    client.logout()
    # A session from before this backend names Django's own: still signed in.
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    assert client.get(reverse("decisions:tasks")).status_code == 200


def test_a_wrong_password_is_refused(client, people):
    user = people["member"].user
    response = client.post(reverse("login"), {"username": user.username, "password": "falsch"})
    assert response.status_code == 200
    assert client.get(reverse("decisions:tasks")).status_code == 302
