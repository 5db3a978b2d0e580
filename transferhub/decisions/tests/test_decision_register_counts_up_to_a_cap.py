import datetime as dt

import pytest
from django.urls import reverse

from transferhub.decisions import views_decisions
from transferhub.decisions.models import Decision
from transferhub.meetings.models import Meeting

URL = reverse("decisions:decisions")


@pytest.fixture
def many_decisions(ag_transfer, fg_arbeitsschutz):
    """Eight decisions of the AG Transfer in 2023, and one of the FG Arbeitsschutz in 2021."""
    meeting = Meeting.objects.create(
        body=ag_transfer,
        name="AG Transfer",
        date=dt.date(2023, 3, 1),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )
    for n in range(1, 9):
        Decision.objects.create(
            body=ag_transfer, meeting=meeting, year=2023, sequence=n, text=f"Punkt {n}"
        )
    other = Meeting.objects.create(
        body=fg_arbeitsschutz,
        name="FG Arbeitsschutz",
        date=dt.date(2021, 5, 1),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )
    Decision.objects.create(
        body=fg_arbeitsschutz, meeting=other, year=2021, sequence=1, text="One-Pager"
    )
    return meeting


def test_it_says_more_than_the_cap_and_still_pages_on(client_as, many_decisions, monkeypatch):
    monkeypatch.setattr(views_decisions, "COUNT_CAP", 3)
    monkeypatch.setattr(views_decisions, "PAGE_SIZE", 2)
    client = client_as("secretariat")
    page = client.get(URL).content.decode()
    assert "mehr als 3 Beschlüsse" in page
    assert "Seite 1<" in page and 'rel="next"' in page
    page = client.get(URL, {"page": 4}).content.decode()
    assert "mehr als 8 Beschlüsse" in page  # the cap grows with the page asked for
    assert "AG Transfer 2023/7" in page and "AG Transfer 2023/8" in page


def test_it_counts_exactly_below_the_cap(client_as, many_decisions, monkeypatch):
    monkeypatch.setattr(views_decisions, "COUNT_CAP", 100)
    page = client_as("secretariat").get(URL).content.decode()
    assert "9 Beschlüsse" in page and "mehr als" not in page


def test_the_year_list_offers_only_years_with_decisions_the_user_may_see(client_as, many_decisions):
    Meeting.objects.filter(pk=many_decisions.pk).update(state=Meeting.State.MINUTES_APPROVED)
    page = client_as("outsider").get(URL).content.decode()
    assert '<option value="2023">' in page
    assert '<option value="2021">' not in page
    page = client_as("secretariat").get(URL).content.decode()
    assert '<option value="2021">' in page


def test_the_year_list_is_right_when_the_years_mark_collides_with_a_body_id(
    client_as, many_decisions, people, monkeypatch
):
    member_body = people["member"].memberships.first().body_id
    monkeypatch.setattr(views_decisions, "YEAR_MARK", member_body)
    Meeting.objects.filter(pk=many_decisions.pk).update(state=Meeting.State.MINUTES_APPROVED)
    page = client_as("member").get(URL).content.decode()
    assert '<option value="2023">' in page
    assert '<option value="2021">' not in page


@pytest.mark.parametrize(
    ("hits", "says", "pages_on"),
    [(0, "0 Beschlüsse", False), (2, "2 Beschlüsse", False), (3, "3 Beschlüsse", True)],
)
def test_a_search_whose_hits_fit_on_the_first_page_counts_them_right(
    client_as, many_decisions, monkeypatch, hits, says, pages_on
):
    # Read without a count when they fit (PAGE_SIZE 2): 0 and 2 hits; 3 hits need one.
    monkeypatch.setattr(views_decisions, "PAGE_SIZE", 2)
    Decision.objects.filter(meeting=many_decisions, sequence__lte=hits).update(
        text="Glossar ergänzen"
    )
    page = client_as("secretariat").get(URL, {"q": "glossar"}).content.decode()
    assert says in page
    assert page.count("Glossar ergänzen") == min(hits, 2)
    assert ('rel="next"' in page) is pages_on
    if pages_on:
        second = client_as("secretariat").get(URL, {"q": "glossar", "page": 2}).content.decode()
        assert "3 Beschlüsse" in second and second.count("Glossar ergänzen") == 1
