import datetime as dt

import pytest
from django.urls import reverse

from transferhub.checks import services
from transferhub.checks.models import Assessment

from .conftest import rate_all

pytestmark = pytest.mark.django_db


def test_a_second_assessment_shows_what_improved_as_a_chart(
    client, safety_check, company, company_user
):
    first = services.assessment_start(instrument=safety_check, company=company, actor=company_user)
    rate_all(first, "yellow", actor=company_user, overrides={"not-ersthelfer": "red"})
    Assessment.objects.filter(pk=first.pk).update(created=first.created - dt.timedelta(days=365))
    second = services.assessment_start(instrument=safety_check, company=company, actor=company_user)
    rate_all(second, "green", actor=company_user, overrides={"gef-psyche": "red"})
    client.force_login(company_user)
    page = client.get(reverse("checks:result", args=[second.pk])).content.decode()
    assert "Was sich seit der Bewertung vom" in page
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart"' in page
    assert "vorher" in page and "jetzt" in page
    improved = page[page.index("<h3>Verbessert</h3>") : page.index("<h3>Verschlechtert</h3>")]
    assert "Es gibt genügend ausgebildete Ersthelferinnen und Ersthelfer" in improved
    assert "Psychische Belastungen sind einbezogen" in page[page.index("<h3>Verschlechtert</h3>") :]


def test_a_first_assessment_has_nothing_to_compare(client, assessment, company_user):
    client.force_login(company_user)
    page = client.get(reverse("checks:result", args=[assessment.pk])).content.decode()
    assert "Was sich seit der Bewertung vom" not in page
