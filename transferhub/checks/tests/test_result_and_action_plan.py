import pytest
from django.urls import reverse

from transferhub.checks import services
from transferhub.checks.models import Measure

from .conftest import rate_all

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, company_user):
    client.force_login(company_user)
    return client


@pytest.fixture
def rated(assessment, company_user):
    rate_all(
        assessment,
        "green",
        actor=company_user,
        overrides={"gef-psyche": "yellow", "not-ersthelfer": "red", "fremd-leiharbeit": "na"},
    )
    return assessment


def test_the_result_shows_a_light_per_theme_and_states_the_rule(staff_client, rated):
    page = staff_client.get(reverse("checks:result", args=[rated.pk])).content.decode()
    assert "Regel: Ein Thema ist rot, sobald ein Check-Punkt rot ist" in page
    assert '<span class="light red">rot</span>' in page
    assert '<span class="light yellow">gelb</span>' in page
    assert '<span class="light green">grün</span>' in page


def test_urgent_points_come_first(staff_client, rated):
    page = staff_client.get(reverse("checks:result", args=[rated.pk])).content.decode()
    urgent = page.index("Dringender Handlungsbedarf zuerst")
    red = page.index("Es gibt genügend ausgebildete Ersthelfer", urgent)
    yellow = page.index("Psychische Belastungen sind einbezogen", urgent)
    assert red < yellow


def test_the_action_plan_is_prefilled_from_red_and_yellow_points_once(staff_client, rated):
    url = reverse("checks:action_plan_prefill", args=[rated.pk])
    staff_client.post(url)
    staff_client.post(url)
    measures = list(rated.measures.all())
    assert [m.priority for m in measures] == [Measure.Priority.URGENT, Measure.Priority.NEEDED]
    assert measures[0].check_point.key == "not-ersthelfer"
    assert measures[0].category == "safety"
    page = staff_client.get(reverse("checks:action_plan", args=[rated.pk])).content.decode()
    assert "Es gibt genügend ausgebildete Ersthelferinnen und Ersthelfer: umsetzen" in page


def test_a_measure_is_added_and_edited(staff_client, rated):
    response = staff_client.post(
        reverse("checks:action_plan", args=[rated.pk]),
        {
            "text": "Zwei Beschäftigte zur Ersthelferausbildung anmelden",
            "responsible": "Frau Meier",
            "due_date": "2026-03-31",
            "effect_check": "Teilnahmebescheinigungen liegen vor",
            "status": "planned",
            "priority": "1",
            "category": "safety",
        },
    )
    assert response.status_code == 302
    measure = rated.measures.get()
    response = staff_client.post(
        reverse("checks:measure", args=[measure.pk]),
        {
            "text": measure.text,
            "responsible": "Herr Schulz",
            "due_date": "2026-04-30",
            "effect_check": measure.effect_check,
            "status": "done",
            "priority": "1",
            "category": "safety",
        },
    )
    assert response.status_code == 302
    measure.refresh_from_db()
    assert (measure.responsible, measure.status, str(measure.due_date)) == (
        "Herr Schulz",
        "done",
        "2026-04-30",
    )


def test_a_measure_without_text_is_refused(staff_client, rated):
    response = staff_client.post(
        reverse("checks:action_plan", args=[rated.pk]),
        {"text": "   ", "status": "planned", "priority": "2", "category": "safety"},
    )
    assert response.status_code == 400
    assert "Bitte beschreiben Sie die Maßnahme." in response.content.decode()
    assert not rated.measures.exists()


def test_emptying_a_measures_text_is_refused_and_keeps_the_old_text(
    staff_client, rated, company_user
):
    measure = services.measure_save(assessment=rated, actor=company_user, text="Alt")
    response = staff_client.post(
        reverse("checks:measure", args=[measure.pk]),
        {"text": "", "status": "planned", "priority": "2", "category": "safety"},
    )
    assert response.status_code == 400
    measure.refresh_from_db()
    assert measure.text == "Alt"


def test_the_service_refuses_a_measure_without_text(rated, company_user):
    with pytest.raises(services.CheckError, match="ohne Text"):
        services.measure_save(assessment=rated, actor=company_user, text="")
    assert not rated.measures.exists()


def test_a_measure_is_deleted(staff_client, rated, company_user):
    measure = services.measure_save(assessment=rated, actor=company_user, text="Weg damit")
    staff_client.post(reverse("checks:measure_delete", args=[measure.pk]))
    assert not rated.measures.exists()


def test_the_action_plan_page_runs_a_fixed_number_of_queries(
    staff_client, rated, company_user, django_assert_max_num_queries
):
    for i in range(30):
        services.measure_save(assessment=rated, actor=company_user, text=f"M {i}")
    services.measures_prefill(assessment=rated, actor=company_user)
    with django_assert_max_num_queries(15):
        assert staff_client.get(reverse("checks:action_plan", args=[rated.pk])).status_code == 200
