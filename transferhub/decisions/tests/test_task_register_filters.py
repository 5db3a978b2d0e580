import datetime as dt

import pytest
from django.urls import reverse

from transferhub.decisions.models import Task

URL = reverse("decisions:tasks")


@pytest.fixture
def register(task_of, people, fg_arbeitsschutz):
    task_of("Glossar ergänzen", owner_person=people["member"], due_date=dt.date(2030, 5, 1))
    task_of(
        "Bankenverbände ansprechen",
        owner_person=people["chair"],
        due_date=dt.date(2020, 10, 31),
    )
    task_of("Layout beauftragen", status=Task.Status.DONE, due_date=dt.date(2020, 1, 1))
    task_of("One-Pager Arbeitsschutz", body=fg_arbeitsschutz, status=Task.Status.IN_PROGRESS)


def texts(response) -> list[str]:
    page = response.content.decode()
    names = [
        "Glossar ergänzen",
        "Bankenverbände ansprechen",
        "Layout beauftragen",
        "One-Pager Arbeitsschutz",
    ]
    return sorted(n for n in names if n in page)


def test_it_filters_by_body(client_as, register, fg_arbeitsschutz):
    response = client_as("secretariat").get(URL, {"body": fg_arbeitsschutz.pk})
    assert texts(response) == ["One-Pager Arbeitsschutz"]


def test_it_filters_by_owner(client_as, register, people):
    response = client_as("secretariat").get(URL, {"owner": people["chair"].pk})
    assert texts(response) == ["Bankenverbände ansprechen"]


def test_it_filters_by_status(client_as, register):
    client = client_as("secretariat")
    assert texts(client.get(URL, {"status": "done"})) == ["Layout beauftragen"]
    assert texts(client.get(URL, {"status": "open_any"})) == [
        "Bankenverbände ansprechen",
        "Glossar ergänzen",
        "One-Pager Arbeitsschutz",
    ]


def test_it_shows_only_overdue_tasks_when_asked(client_as, register):
    response = client_as("secretariat").get(URL, {"overdue": "on"})
    # The done task was due long ago too, but a done task is not overdue.
    assert texts(response) == ["Bankenverbände ansprechen"]


def test_it_searches_the_text(client_as, register):
    response = client_as("secretariat").get(URL, {"q": "glossar"})
    assert texts(response) == ["Glossar ergänzen"]


def test_it_sorts_by_due_date_both_ways(client_as, register):
    client = client_as("secretariat")
    page = client.get(URL, {"status": "open_any"}).content.decode()
    assert page.index("Bankenverbände ansprechen") < page.index("Glossar ergänzen")
    page = client.get(URL, {"status": "open_any", "sort": "-due"}).content.decode()
    assert page.index("Glossar ergänzen") < page.index("Bankenverbände ansprechen")


def test_it_ignores_a_bad_filter_value_and_keeps_the_others(client_as, register):
    response = client_as("secretariat").get(URL, {"body": "999999", "q": "glossar"})
    assert response.status_code == 200
    assert texts(response) == ["Glossar ergänzen"]


def test_a_member_cannot_filter_for_a_body_they_do_not_belong_to(
    client_as, register, fg_arbeitsschutz
):
    response = client_as("member").get(URL, {"body": fg_arbeitsschutz.pk})
    assert "One-Pager Arbeitsschutz" not in response.content.decode()


def test_it_exports_the_filtered_list_as_csv(client_as, register):
    response = client_as("secretariat").get(URL, {"status": "open_any", "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = response.content.decode("utf-8-sig")
    assert "Glossar ergänzen" in content
    assert "Layout beauftragen" not in content
    assert "31.10.2020" in content
