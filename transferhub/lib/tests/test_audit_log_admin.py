import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from transferhub.lib.audit import log_action
from transferhub.lib.models import ActionLog
from transferhub.network.models import Membership
from transferhub.network.permissions import SECRETARIAT_GROUP


@pytest.fixture
def admin_client_(client, db):
    admin = User.objects.create_superuser("admin", "admin@example.org", "geheim-123-geheim")
    client.force_login(admin)
    return client


@pytest.fixture
def entry(ag_transfer):
    return log_action(None, "body.changed", ag_transfer, before={"name": "A"}, after={"name": "B"})


def test_the_admin_lists_the_trail_but_cannot_add_change_or_delete(admin_client_, entry):
    assert admin_client_.get(reverse("admin:lib_actionlog_changelist")).status_code == 200
    assert admin_client_.get(reverse("admin:lib_actionlog_add")).status_code == 403
    assert (
        admin_client_.get(reverse("admin:lib_actionlog_delete", args=[entry.pk])).status_code == 403
    )
    # The change page only shows the entry; a post changes nothing.
    change = reverse("admin:lib_actionlog_change", args=[entry.pk])
    assert admin_client_.get(change).status_code == 200
    admin_client_.post(change, {"action": "faked"})
    entry.refresh_from_db()
    assert entry.action == "body.changed"
    bulk = admin_client_.post(
        reverse("admin:lib_actionlog_changelist"),
        {"action": "delete_selected", "_selected_action": [entry.pk]},
    )
    assert bulk.status_code in (200, 302)
    assert ActionLog.objects.filter(pk=entry.pk).exists()


def test_the_admin_registration_refuses_every_write():
    from django.contrib import admin

    model_admin = admin.site._registry[ActionLog]
    assert not model_admin.has_add_permission(None)
    assert not model_admin.has_change_permission(None)
    assert not model_admin.has_delete_permission(None)


def test_joining_the_secretariat_in_the_admin_is_logged(admin_client_, people):
    group, _ = Group.objects.get_or_create(name=SECRETARIAT_GROUP)
    user = people["member"].user
    response = admin_client_.post(
        reverse("admin:auth_user_change", args=[user.pk]),
        {
            "username": user.username,
            "is_active": "on",
            "groups": [group.pk],
            "date_joined_0": "2024-01-01",
            "date_joined_1": "10:00:00",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    log = ActionLog.objects.get(action="permissions.changed")
    assert log.object_type == "auth.user" and log.object_id == user.pk
    assert log.actor.username == "admin"
    assert log.data["before"] == {"groups": []}
    assert log.data["after"] == {"groups": [SECRETARIAT_GROUP]}


def test_a_membership_changed_in_the_admin_is_logged(admin_client_, people, ag_transfer):
    membership = Membership.objects.get(person=people["member"])
    response = admin_client_.post(
        reverse("admin:network_membership_change", args=[membership.pk]),
        {
            "person": membership.person_id,
            "body": ag_transfer.pk,
            "role": Membership.Role.CHAIR,
            "on_behalf_of": "",
            "start_date": "",
            "end_date": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    log = ActionLog.objects.get(action="membership.changed")
    assert log.data["before"] == {"role": "member"}
    assert log.data["after"] == {"role": "chair"}
    admin_client_.post(
        reverse("admin:network_membership_delete", args=[membership.pk]), {"post": "yes"}
    )
    assert ActionLog.objects.filter(action="membership.deleted", object_id=membership.pk).exists()
