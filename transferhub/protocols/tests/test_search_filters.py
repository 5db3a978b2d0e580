"""Filters narrow the search by body, year and kind."""

import datetime as dt

import pytest

from transferhub.decisions.services import decision_record, task_create
from transferhub.meetings.services import agenda_item_add, meeting_create, minutes_record
from transferhub.network.models import Body


@pytest.fixture
def two_bodies(seed_meeting, ag_transfer):
    """The seed meeting (AG Transfer, 2022) and a Strategiekreis meeting in 2023."""
    strategiekreis = Body.objects.create(name="Strategiekreis", short_name="SK")
    meeting = meeting_create(
        body=strategiekreis,
        name="Strategiekreis",
        date=dt.date(2023, 3, 14),
        start_time=dt.time(10),
        end_time=dt.time(12),
    )
    item = agenda_item_add(
        meeting=meeting, name="Umsetzungshilfe Finanzierung", duration_minutes=30
    )
    minutes_record(item=item, minutes="Die Umsetzungshilfe wird angenommen.")
    decision_record(
        meeting=meeting, agenda_item=item, text="Die Umsetzungshilfe wird veröffentlicht."
    )
    task_create(agenda_item=item, text="Umsetzungshilfe an die Kammern senden.")
    return ag_transfer, strategiekreis


def kinds(found):
    return sorted(h.split()[0] for h in found)


def test_all_bodies_and_years_without_filters(two_bodies, search_as):
    found = search_as("secretariat", "Umsetzungshilfe")
    assert any("Strategiekreis" in h for h in found)
    assert any("AG Transfer" in h for h in found)


def test_the_body_filter(two_bodies, search_as):
    ag, sk = two_bodies
    found = search_as("secretariat", "Umsetzungshilfe", body=sk.pk)
    assert found and all("Strategiekreis" in h for h in found)
    assert kinds(found) == ["Aufgabe", "Beschluss", "Protokoll"]


def test_the_year_filter(two_bodies, search_as):
    found = search_as("secretariat", "Umsetzungshilfe", year=2022)
    assert found and all("15.09.2022" in h for h in found)
    assert all("14.03.2023" in h for h in search_as("secretariat", "Umsetzungshilfe", year=2023))


def test_the_kind_filter(two_bodies, search_as):
    assert set(kinds(search_as("secretariat", "Umsetzungshilfe", kind="decision"))) == {"Beschluss"}
    assert set(kinds(search_as("secretariat", "Umsetzungshilfe", kind="task"))) == {"Aufgabe"}
    assert set(kinds(search_as("secretariat", "Umsetzungshilfe", kind="minutes"))) == {"Protokoll"}


def test_an_unknown_filter_value_gives_a_page_not_an_error(two_bodies, client_as):
    response = client_as("secretariat").get(
        "/protokolle/suche/", {"q": "Umsetzungshilfe", "year": "abc", "kind": "x"}
    )
    assert response.status_code == 200
