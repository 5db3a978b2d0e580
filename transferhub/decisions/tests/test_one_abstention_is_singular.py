"""Vote counts read as German: "1 Enthaltung", "2 Enthaltungen"."""

import pytest
from django.urls import reverse


@pytest.fixture
def decision(seed_meeting):
    decision = seed_meeting.decisions.order_by("sequence").first()
    decision.votes_yes, decision.votes_no, decision.votes_abstain = 9, 0, 1
    decision.save()
    return decision


def test_the_register_says_one_abstention(client_as, decision):
    page = client_as("member").get(reverse("decisions:decisions")).content.decode()
    assert "9 ja, 0 nein, 1 Enthaltung" in page
    assert "1 Enthaltungen" not in page


def test_the_decision_page_says_one_abstention(client_as, decision):
    page = client_as("member").get(reverse("decisions:decision", args=[decision.pk]))
    text = page.content.decode()
    assert "9 ja, 0 nein, 1 Enthaltung" in text
    assert "1 Enthaltungen" not in text


def test_two_abstentions_stay_plural(client_as, decision):
    decision.votes_abstain = 2
    decision.save()
    page = client_as("member").get(reverse("decisions:decisions")).content.decode()
    assert "9 ja, 0 nein, 2 Enthaltungen" in page
