import pytest
from django.urls import reverse

from transferhub.checks import services
from transferhub.checks.models import Answer

from .conftest import GOOD_YAML, complete

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, company_user):
    client.force_login(company_user)
    return client


def test_starting_fixes_the_current_version(staff_client, company, safety_check):
    response = staff_client.post(
        reverse("checks:assessment_start", args=[company.pk]), {"instrument": safety_check.pk}
    )
    assessment = company.assessments.get()
    assert response["Location"] == reverse("checks:theme", args=[assessment.pk, 1])
    assert assessment.version == safety_check.current_version()


def test_answers_are_saved_and_shown_when_coming_back(staff_client, assessment):
    theme = assessment.version.themes.get(position=1)
    first, second = list(theme.check_points.all())[:2]
    url = reverse("checks:theme", args=[assessment.pk, 1])
    response = staff_client.post(
        url,
        {
            f"p{first.pk}_value": "red",
            f"p{first.pk}_note": "Niemand ist benannt.",
            f"p{second.pk}_value": "na",
            "save": "1",
        },
    )
    assert response.status_code == 302 and response["Location"] == url
    page = staff_client.get(url).content.decode()
    assert "Niemand ist benannt." in page
    assert f'value="red" id="id_p{first.pk}_value_2" checked' in page or "checked" in page
    assert "2 von 16 bewertet" in page
    overview = staff_client.get(reverse("checks:assessment", args=[assessment.pk])).content.decode()
    assert "2 von 16 bewertet" in overview
    assert assessment.answers.get(check_point=first).value == "red"


def test_save_and_next_goes_to_the_next_theme(staff_client, assessment):
    response = staff_client.post(reverse("checks:theme", args=[assessment.pk, 1]), {"next": "1"})
    assert response["Location"] == reverse("checks:theme", args=[assessment.pk, 2])


def test_glossary_terms_are_explained_where_they_appear(
    tmp_path, staff_client, company, company_user
):
    path = tmp_path / "t.yaml"
    path.write_text(GOOD_YAML, encoding="utf-8")
    ((version, _outcome),) = services.instruments_load(paths=[path])
    assessment = services.assessment_start(
        instrument=version.instrument, company=company, actor=company_user
    )
    page = staff_client.get(reverse("checks:theme", args=[assessment.pk, 1])).content.decode()
    assert (
        '<abbr class="term" title="Betriebswirtschaftliche Auswertung: Monatliche Übersicht über Erlöse und Kosten.">BWA</abbr>'
        in page
    )
    assert "<dfn>BWA</dfn>" in page


def test_an_answer_for_a_check_point_of_another_version_is_refused(
    staff_client, assessment, instruments
):
    foreign = instruments["A-3.6"].current_version().check_points.first()
    own = assessment.version.themes.get(position=1).check_points.first()
    response = staff_client.post(
        reverse("checks:theme", args=[assessment.pk, 1]),
        {f"p{own.pk}_value": "green", f"p{foreign.pk}_value": "red"},
    )
    assert response.status_code == 200
    assert "nicht zu diesem Thema und dieser Version" in response.content.decode()
    assert not Answer.objects.exists()


def test_the_service_refuses_a_foreign_check_point_too(assessment, instruments, company_user):
    foreign = instruments["A-3.6"].current_version().check_points.first()
    own = assessment.version.check_points.first()
    with pytest.raises(services.CheckError, match="gehört nicht zu Version"):
        services.answers_save(
            assessment=assessment,
            answers={own.pk: ("green", ""), foreign.pk: ("red", "")},
            actor=company_user,
        )
    assert not Answer.objects.exists()


def test_a_value_outside_the_scale_is_refused(staff_client, assessment):
    point = assessment.version.themes.get(position=1).check_points.first()
    response = staff_client.post(
        reverse("checks:theme", args=[assessment.pk, 1]), {f"p{point.pk}_value": "purple"}
    )
    assert response.status_code == 200
    assert not Answer.objects.exists()


def test_answers_are_frozen_after_the_self_declaration(staff_client, assessment, company_user):
    complete(assessment, actor=company_user)
    services.declaration_sign(assessment=assessment, actor=company_user)
    point = assessment.version.themes.get(position=1).check_points.first()
    before = assessment.answers.get(check_point=point).value
    staff_client.post(
        reverse("checks:theme", args=[assessment.pk, 1]), {f"p{point.pk}_value": "red"}
    )
    assert assessment.answers.get(check_point=point).value == before
    page = staff_client.get(reverse("checks:theme", args=[assessment.pk, 1])).content.decode()
    assert "nur zu lesen" in page


def test_the_theme_page_runs_a_fixed_number_of_queries(
    staff_client, assessment, company_user, django_assert_max_num_queries
):
    from .conftest import rate_all

    rate_all(assessment, "yellow", actor=company_user)
    with django_assert_max_num_queries(20):
        assert staff_client.get(reverse("checks:theme", args=[assessment.pk, 2])).status_code == 200
