import datetime as dt

from django.urls import reverse

from transferhub.network.models import Membership


def add_url(body):
    return reverse("network:membership_add", args=[body.pk])


def test_the_secretariat_adds_a_member_on_behalf_of_an_organisation(
    client_as, ag_transfer, people, om
):
    response = client_as("secretariat").post(
        add_url(ag_transfer),
        {
            "person": people["outsider"].pk,
            "role": "guest",
            "on_behalf_of": om.pk,
            "start_date": "2022-09-15",
            "end_date": "",
        },
    )
    assert response.status_code == 302
    membership = Membership.objects.get(person=people["outsider"])
    assert membership.role == "guest"
    assert membership.on_behalf_of == om
    assert membership.start_date == dt.date(2022, 9, 15)


def test_it_refuses_an_end_before_the_start(client_as, ag_transfer, people):
    response = client_as("secretariat").post(
        add_url(ag_transfer),
        {
            "person": people["outsider"].pk,
            "role": "member",
            "start_date": "2022-09-15",
            "end_date": "2022-09-01",
        },
    )
    assert response.status_code == 200
    assert "liegt vor ihrem Beginn" in response.content.decode()
    assert not Membership.objects.filter(person=people["outsider"]).exists()


def test_it_refuses_the_same_role_twice_at_the_same_time(client_as, ag_transfer, people):
    before = Membership.objects.count()
    response = client_as("secretariat").post(
        add_url(ag_transfer), {"person": people["member"].pk, "role": "member"}
    )
    assert response.status_code == 200
    assert "bereits" in response.content.decode()
    assert Membership.objects.count() == before


def test_the_secretariat_ends_a_membership(client_as, people):
    membership = Membership.objects.get(person=people["member"])
    response = client_as("secretariat").post(
        reverse("network:membership_end", args=[membership.pk]), {"end_date": "2023-01-31"}
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.end_date == dt.date(2023, 1, 31)


def test_it_refuses_to_end_a_membership_before_it_began(client_as, people):
    membership = Membership.objects.get(person=people["member"])
    membership.start_date = dt.date(2022, 1, 1)
    membership.save()
    response = client_as("secretariat").post(
        reverse("network:membership_end", args=[membership.pk]), {"end_date": "2021-12-31"}
    )
    assert response.status_code == 200
    assert "liegt vor ihrem Beginn" in response.content.decode()
    membership.refresh_from_db()
    assert membership.end_date is None


def test_only_the_secretariat_manages_memberships(client_as, ag_transfer, people):
    membership = Membership.objects.get(person=people["member"])
    for role in ("chair", "member", "outsider"):
        client = client_as(role)
        assert (
            client.post(
                add_url(ag_transfer), {"person": people["outsider"].pk, "role": "member"}
            ).status_code
            == 403
        )
        assert (
            client.post(
                reverse("network:membership_end", args=[membership.pk]), {"end_date": "2023-01-31"}
            ).status_code
            == 403
        )
    assert client_as("anonymous").get(add_url(ag_transfer)).status_code == 302
    membership.refresh_from_db()
    assert membership.end_date is None
    assert not Membership.objects.filter(person=people["outsider"]).exists()
