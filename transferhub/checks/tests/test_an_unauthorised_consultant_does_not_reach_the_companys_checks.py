"""A consultant the company has not authorised (Consultancy.authorised) sees none of its checks.

The consultancy used to be enough on its own: an unauthorised consultant opened the
company's assessments on the web, in the API and on the consultant's overview.
"""

import pytest
from django.urls import reverse

from conftest import make_person
from transferhub.api.services import token_create
from transferhub.checks import services
from transferhub.checks.models import Consultancy


@pytest.fixture
def adviser(company):
    person = make_person("Udo", "Unbefugt", username="unbefugt")
    services.consultant_assign(company=company, consultant=person, authorised=False)
    return person


def _web(client, adviser, company, assessment) -> dict[str, int]:
    client.force_login(adviser.user)
    pages = {
        "company": reverse("checks:company", args=[company.pk]),
        "assessment": reverse("checks:assessment", args=[assessment.pk]),
        "result": reverse("checks:result", args=[assessment.pk]),
        "action_plan": reverse("checks:action_plan", args=[assessment.pk]),
        "overview": reverse("suppliers:consultant"),
    }
    return {name: client.get(url).status_code for name, url in pages.items()}


def _api(client, adviser, assessment) -> tuple[int, list[int]]:
    _token, secret = token_create(user=adviser.user, name="t", scope="read")
    headers = {"Authorization": f"Bearer {secret}"}
    one = client.get(f"/api/v1/assessments/{assessment.pk}", headers=headers).status_code
    listed = client.get("/api/v1/assessments", headers=headers).json()["items"]
    return one, [a["id"] for a in listed]


def test_the_unauthorised_consultant_is_refused_on_the_web(client, adviser, company, assessment):
    assert _web(client, adviser, company, assessment) == {
        "company": 404,
        "assessment": 404,
        "result": 404,
        "action_plan": 404,
        "overview": 403,
    }
    client.force_login(adviser.user)
    listing = client.get(reverse("checks:companies")).content.decode()
    assert company.name not in listing


def test_the_unauthorised_consultant_is_refused_in_the_api(client, adviser, assessment):
    assert _api(client, adviser, assessment) == (404, [])


def test_the_unauthorised_consultant_cannot_start_an_assessment(
    client, adviser, company, safety_check
):
    client.force_login(adviser.user)
    response = client.post(
        reverse("checks:assessment_start", args=[company.pk]), {"instrument": safety_check.pk}
    )
    assert response.status_code == 404
    assert not company.assessments.exists()


def test_once_authorised_the_consultant_works_on_the_checks(client, adviser, company, assessment):
    Consultancy.objects.filter(consultant=adviser).update(authorised=True)
    assert set(_web(client, adviser, company, assessment).values()) == {200}
    assert _api(client, adviser, assessment) == (200, [assessment.pk])
