import pytest
from django.urls import reverse

from transferhub.checks import services

from .conftest import make_company

pytestmark = pytest.mark.django_db


def urls(assessment):
    pk = assessment.pk
    return [
        reverse("checks:assessment", args=[pk]),
        reverse("checks:theme", args=[pk, 1]),
        reverse("checks:result", args=[pk]),
        reverse("checks:action_plan", args=[pk]),
        reverse("checks:action_plan_xlsx", args=[pk]),
        reverse("checks:report", args=[pk]),
    ]


def test_company_staff_open_their_assessment(client, company_user, assessment):
    client.force_login(company_user)
    for url in urls(assessment)[:5]:
        assert client.get(url).status_code == 200, url


def test_another_companys_assessment_is_not_found(client, assessment, other_company):
    client.force_login(other_company.staff.get())
    for url in urls(assessment):
        assert client.get(url).status_code == 404, url
    response = client.post(reverse("checks:theme", args=[assessment.pk, 1]), {})
    assert response.status_code == 404


def test_another_companys_measure_is_not_found(client, assessment, other_company, company_user):
    measure = services.measure_save(assessment=assessment, actor=company_user, text="Geheim")
    client.force_login(other_company.staff.get())
    assert client.get(reverse("checks:measure", args=[measure.pk])).status_code == 404
    assert client.post(reverse("checks:measure_delete", args=[measure.pk])).status_code == 404
    measure.refresh_from_db()


def test_a_consultant_sees_the_companies_they_serve_only(client, consultant, assessment):
    other = make_company("Fremde GmbH")
    client.force_login(consultant.user)
    assert client.get(reverse("checks:assessment", args=[assessment.pk])).status_code == 200
    assert client.get(reverse("checks:company", args=[other.pk])).status_code == 404
    page = client.get(reverse("checks:index")).content.decode()
    assert "Muster Metall GmbH" in page
    assert "Fremde GmbH" not in page


def test_a_consultant_whose_engagement_ended_sees_nothing(client, consultant, assessment, company):
    import datetime as dt

    company.consultancies.update(end_date=dt.date(2020, 1, 1))
    client.force_login(consultant.user)
    assert client.get(reverse("checks:assessment", args=[assessment.pk])).status_code == 404


def test_the_secretariat_sees_every_assessment_but_cannot_answer(client_as, assessment):
    client = client_as("secretariat")
    assert client.get(reverse("checks:assessment", args=[assessment.pk])).status_code == 200
    assert client.get(reverse("checks:companies")).status_code == 200
    point = assessment.version.check_points.first()
    response = client.post(
        reverse("checks:theme", args=[assessment.pk, 1]), {f"p{point.pk}_value": "red"}
    )
    assert response.status_code == 403
    assert not assessment.answers.exists()


def test_an_outsider_sees_nothing(client_as, assessment):
    client = client_as("outsider")
    assert client.get(reverse("checks:assessment", args=[assessment.pk])).status_code == 404
    assert client.get(reverse("checks:company", args=[assessment.company_id])).status_code == 404


def test_anonymous_users_are_sent_to_the_login(client, assessment):
    response = client.get(reverse("checks:assessment", args=[assessment.pk]))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_only_staff_and_consultants_start_assessments(client_as, company, safety_check, consultant):
    client = client_as("secretariat")
    url = reverse("checks:assessment_start", args=[company.pk])
    assert client.post(url, {"instrument": safety_check.pk}).status_code == 403
    client.force_login(consultant.user)
    response = client.post(url, {"instrument": safety_check.pk})
    assert response.status_code == 302
    assessment = company.assessments.get()
    assert assessment.consultant == consultant
    assert assessment.version.instrument == safety_check
