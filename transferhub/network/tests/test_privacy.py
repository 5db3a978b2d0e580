import json

from django.contrib.auth.models import User
from django.urls import reverse

from conftest import make_person
from transferhub.decisions.models import Task
from transferhub.lib.models import ActionLog
from transferhub.network.models import InterestRequest, Person
from transferhub.network.services import interest_register


def test_a_person_downloads_their_own_data_as_one_json_file(client_as, seed_meeting, people):
    interest_register(
        person=people["member"], body=seed_meeting.body.children.create(name="Ad-hoc")
    )
    client = client_as("member")
    client.post(
        reverse("decisions:task_status", args=[Task.objects.first().pk]), {"status": "done"}
    )
    response = client.get(reverse("network:my_data_export"))
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["person"]["family_name"] == "Heidbrede"
    assert data["memberships"][0]["body"] == "AG Transfer"
    assert data["presentations"][0]["agenda_item"].startswith("3. Umsetzungshilfe")
    assert data["interest_requests"][0]["status"] == "pending"
    assert set(data) >= {"attendances", "tasks", "actions"}


def test_the_secretariat_exports_anyones_data_and_others_may_not(client_as, people):
    url = reverse("network:person_export", args=[people["chair"].pk])
    response = client_as("secretariat").get(url)
    assert json.loads(response.content)["person"]["title"] == "Prof. Dr."
    assert client_as("member").get(url).status_code == 403
    assert ActionLog.objects.filter(action="person.exported").count() == 1


def test_a_person_nothing_refers_to_is_deleted_with_their_login(client_as, people):
    outsider = people["outsider"]
    interest_register(person=outsider, body=people["chair"].memberships.first().body)
    client = client_as("secretariat")
    url = reverse("network:person_erase", args=[outsider.pk])
    assert "vollständig gelöscht" in client.get(url).content.decode()
    client.post(url, {"confirm": "on"})
    assert not Person.objects.filter(pk=outsider.pk).exists()
    assert not User.objects.filter(username="outsider").exists()
    assert not InterestRequest.objects.exists()
    entry = ActionLog.objects.get(action="person.erased")
    assert entry.object_id == outsider.pk and entry.data == {"mode": "deleted"}


def test_a_presenter_is_pseudonymised_so_the_minutes_keep_the_record(
    client_as, seed_meeting, people
):
    member = people["member"]
    client_as("secretariat").post(
        reverse("network:person_erase", args=[member.pk]), {"confirm": "on"}
    )
    member.refresh_from_db()
    assert member.full_name == f"Gelöschte Person #{member.pk}"
    assert member.email == "" and not member.memberships.exists()
    user = User.objects.get(pk=member.user_id)
    assert not user.is_active and not user.has_usable_password()
    assert member.presentations.count() == 1
    entry = ActionLog.objects.get(action="person.erased")
    assert entry.data["mode"] == "pseudonymised"
    assert "Heidbrede" not in json.dumps(entry.data) and "wilhelm" not in json.dumps(entry.data)


def test_erasing_needs_confirmation_and_the_secretariat(client_as, people):
    url = reverse("network:person_erase", args=[people["outsider"].pk])
    assert client_as("chair").post(url, {"confirm": "on"}).status_code == 403
    assert client_as("secretariat").post(url, {}).status_code == 200
    assert Person.objects.filter(pk=people["outsider"].pk).exists()


def test_a_task_owner_is_pseudonymised_not_deleted(db, ag_transfer):
    owner = make_person("Greta", "Ollertz")
    Task.objects.create(body=ag_transfer, text="Kurzinfo Pflege", owner_person=owner)
    from transferhub.network.services import person_erase

    assert person_erase(person=owner) == "pseudonymised"
    assert Task.objects.get().owner_person_id == owner.pk
