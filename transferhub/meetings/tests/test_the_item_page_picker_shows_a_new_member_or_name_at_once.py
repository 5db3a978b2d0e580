"""The item page's owner picker reads its rows with SQL built once per process: what the
secretariat changes shows on the next view all the same — a new member among the members
first, a former member back among the others, a renamed organisation in the labels."""

import datetime

import pytest
from django.urls import reverse

from conftest import make_person
from transferhub.meetings.tests.test_the_item_page_picks_a_task_owner_members_first import (
    owner_options,
)
from transferhub.network.models import Membership, Organisation


@pytest.fixture
def item_page(client_as, seed_meeting, people):
    # Thirty people outside the body, whose names sort before every member's.
    for n in range(30):
        make_person(f"Anna{n:02d}", f"Aaron{n:02d}")
    item = seed_meeting.agenda_items.filter(kind="item").first()
    url = reverse("meetings:item", kwargs={"pk": seed_meeting.pk, "item_pk": item.pk})
    client = client_as("chair")
    return lambda: owner_options(client.get(url).content.decode())


def test_a_new_member_comes_first_on_the_next_view_and_a_former_one_leaves_the_members(
    item_page, seed_meeting
):
    before = item_page()
    newcomer = make_person("Zora", "Zwicky", title="Dr.")
    assert not any(label.startswith("Zwicky") for label in item_page())
    membership = Membership.objects.create(person=newcomer, body=seed_meeting.body)
    members = Membership.objects.filter(body=seed_meeting.body).count()
    offered = item_page()
    assert "Zwicky, Dr. Zora" in offered[:members]
    membership.end_date = datetime.date.today() - datetime.timedelta(days=1)
    membership.save()
    assert item_page() == before


def test_a_renamed_organisation_shows_in_its_peoples_labels_at_once(item_page, seed_meeting):
    hsb = Organisation.objects.create(name="Hochschule Bremerhaven")
    person = make_person("Lea", "Aaaberg", org=hsb)
    make_person("Ole", "Aaabrand")
    offered = item_page()
    assert {"Aaaberg, Lea (Hochschule Bremerhaven)", "Aaabrand, Ole"} <= set(offered)
    hsb.name = "Hochschule Bremerhaven – Technik"
    hsb.save()
    assert "Aaaberg, Lea (Hochschule Bremerhaven – Technik)" in item_page()
    person.organisation = None
    person.save()
    assert "Aaaberg, Lea" in item_page()
