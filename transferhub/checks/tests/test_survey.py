import pytest
from django.urls import reverse

from conftest import make_person
from transferhub.checks import services
from transferhub.checks.models import Assessment

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(instruments):
    return instruments["OM-BEFR-AF"]


def answer_survey(survey, user, value="5"):
    response = services.assessment_start(instrument=survey, company=None, actor=user)
    answers = {p.pk: (value, "") for p in response.version.check_points.all()}
    services.answers_save(assessment=response, answers=answers, actor=user)
    services.survey_submit(assessment=response, actor=user)
    return response


def test_a_partner_takes_part_with_the_surveys_own_scale(client_as, survey):
    client = client_as("member")
    response = client.post(reverse("checks:survey_start", args=[survey.code]))
    assessment = Assessment.objects.get()
    assert response["Location"] == reverse("checks:theme", args=[assessment.pk, 1])
    page = client.get(response["Location"]).content.decode()
    assert "trifft voll zu" in page and "kann ich nicht beurteilen" in page
    point = assessment.version.themes.get(position=1).check_points.first()
    client.post(response["Location"], {f"p{point.pk}_value": "4"})
    client.post(reverse("checks:survey_submit", args=[assessment.pk]))
    assessment.refresh_from_db()
    assert assessment.submitted_at is not None
    assert assessment.answers.get().value == "4"


def test_a_survey_response_stays_private_to_its_respondent(client_as, survey, people):
    response = services.assessment_start(
        instrument=survey, company=None, actor=people["member"].user
    )
    assert (
        client_as("chair").get(reverse("checks:assessment", args=[response.pk])).status_code == 404
    )
    assert (
        client_as("secretariat").get(reverse("checks:assessment", args=[response.pk])).status_code
        == 404
    )


def test_results_appear_from_five_responses(client_as, survey):
    users = [make_person("P", f"Partner{i}", username=f"partner{i}").user for i in range(5)]
    for user in users[:4]:
        answer_survey(survey, user, "5")
    client = client_as("secretariat")
    url = reverse("checks:survey_results", args=[survey.code])
    assert "erst ab 5 Antworten" in client.get(url).content.decode()
    answer_survey(survey, users[4], "3")
    page = client.get(url).content.decode()
    assert "5 abgeschickte Antworten." in page
    assert "<svg" in page
    assert "4 (80 %)" in page and "4,6" in page
