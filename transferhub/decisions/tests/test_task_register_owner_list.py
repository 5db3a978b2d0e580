"""The owner filter offers a short list: the owners of the chosen body's tasks."""

import re

import pytest
from django.urls import reverse

from transferhub.decisions import views

URL = reverse("decisions:tasks")


@pytest.fixture
def owners(task_of, people, fg_arbeitsschutz):
    task_of("Glossar ergänzen", owner_person=people["member"])
    task_of("Vortrag nachreichen", owner_person=people["chair"], body=fg_arbeitsschutz)


def offered(response) -> set[str]:
    page = response.content.decode()
    select = re.search(r'<select name="owner".*?</select>', page, re.S).group(0)
    return {v for v in re.findall(r'<option value="(\d+)"', select)}


def test_it_offers_the_owners_of_the_chosen_bodys_tasks(client_as, owners, people, ag_transfer):
    response = client_as("secretariat").get(URL, {"body": ag_transfer.pk})
    assert offered(response) == {str(people["member"].pk)}


def test_it_offers_all_owners_when_they_are_few(client_as, owners, people):
    response = client_as("secretariat").get(URL)
    assert offered(response) == {str(people["member"].pk), str(people["chair"].pk)}


def test_it_asks_for_a_body_first_when_the_owners_are_many(client_as, owners, people, monkeypatch):
    monkeypatch.setattr(views, "OWNER_CHOICES", 1)
    response = client_as("secretariat").get(URL)
    assert offered(response) == set()
    assert "Wählen Sie ein Gremium, um nach zuständigen Personen zu filtern." in (
        response.content.decode()
    )


def test_an_owner_from_a_link_still_filters_and_stays_selected(
    client_as, owners, people, monkeypatch
):
    monkeypatch.setattr(views, "OWNER_CHOICES", 1)
    response = client_as("secretariat").get(URL, {"owner": people["chair"].pk})
    page = response.content.decode()
    assert "Vortrag nachreichen" in page and "Glossar ergänzen" not in page
    assert f'<option value="{people["chair"].pk}" selected>' in page
