"""Assessments and action plans through the API: the company, its consultant, the office."""

import datetime as dt

import pytest

from transferhub.checks.models import Assessment, Measure


def _ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {a["id"] for a in response.json()["items"]}


def test_the_company_sees_its_own_assessments_and_its_survey_but_not_another_company(
    api_for, checks_world
):
    w = checks_world
    assert _ids(api_for(w.staff).get("/assessments")) == {w.assessment.pk, w.survey.pk}


def test_the_consultant_sees_only_the_companies_they_currently_serve(api_for, checks_world):
    w = checks_world
    api = api_for(w.consultant)
    assert _ids(api.get("/assessments")) == {w.assessment.pk}
    assert api.get(f"/assessments/{w.other_assessment.pk}").status_code == 404


def test_the_secretariat_sees_every_company_but_no_survey_response(api_for, checks_world, people):
    w = checks_world
    ids = _ids(api_for(people["secretariat"].user).get("/assessments"))
    assert ids == {w.assessment.pk, w.other_assessment.pk}


@pytest.mark.parametrize("role", ["outsider", "member", "chair"])
def test_others_see_an_empty_list_and_no_assessment(role, api_for, checks_world, people):
    api = api_for(people[role].user)
    assert _ids(api.get("/assessments")) == set()
    response = api.get(f"/assessments/{checks_world.assessment.pk}")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert api.get(f"/assessments/{checks_world.assessment.pk}/action-plan").status_code == 404


def test_without_a_token_assessments_need_a_login(api_for, checks_world):
    api = api_for(None)
    for path in ("/assessments", f"/assessments/{checks_world.assessment.pk}"):
        response = api.get(path)
        assert response.status_code == 401
        assert response.json()["code"] == "authentication_required"


def test_the_detail_gives_instrument_company_status_ratings_and_a_score_summary(
    api_for, checks_world
):
    w = checks_world
    data = api_for(w.consultant).get(f"/assessments/{w.assessment.pk}").json()
    assert data["instrument_code"] == "OM-SGA"
    assert data["version"] == w.assessment.version.version
    assert (data["company_id"], data["company_name"]) == (w.company.pk, "Muster Metall GmbH")
    assert data["consultant_name"] == "Claus Berater"
    assert data["status"] == "in_progress"
    points = {p["id"]: p for t in data["themes"] for p in t["points"]}
    assert len(points) == data["points"] == len(w.points)
    first = points[w.points[0].pk]
    assert (first["value"], first["note"]) == ("red", "Keine Unterweisung")
    assert first["label"].startswith("rot")
    assert points[w.points[2].pk]["value"] == ""
    assert data["themes"][0]["light"] == "red"
    summary = data["summary"]
    assert summary["rated"] == 2
    assert summary["counts"]["red"] == 1 and summary["counts"]["green"] == 1
    assert summary["counts"]["open"] == len(w.points) - 2
    assert (summary["score"], summary["max_score"]) == (2, 4)
    assert summary["light"] == "red"
    assert any("nicht bewertet" in p for p in data["completion_problems"])


def test_a_declared_assessment_says_so_until_the_declaration_runs_out(api_for, checks_world):
    from .conftest import declared_assessment

    declared = declared_assessment(checks_world)
    api = api_for(checks_world.staff)
    data = api.get(f"/assessments/{declared.pk}").json()
    assert data["status"] == "declared"
    assert data["completion_problems"] == []
    Assessment.objects.filter(pk=declared.pk).update(valid_until=dt.date(2020, 1, 1))
    assert api.get(f"/assessments/{declared.pk}").json()["status"] == "expired"
    listed = {a["id"]: a["status"] for a in api.get("/assessments").json()["items"]}
    assert listed[declared.pk] == "expired"
    assert listed[checks_world.assessment.pk] == "in_progress"


def test_the_action_plan_lists_measures_with_category_owner_due_date_and_status(
    api_for, checks_world, people
):
    w = checks_world
    data = api_for(people["secretariat"].user).get(f"/assessments/{w.assessment.pk}/action-plan")
    assert data.status_code == 200
    plan = data.json()
    assert plan["assessment_id"] == w.assessment.pk
    assert plan["open_points"] == 0  # the red point has its measure
    (measure,) = plan["measures"]
    assert measure["text"] == "Unterweisung planen"
    assert measure["category"] == "safety"
    assert measure["responsible"] == "Frau Betrieb"
    assert measure["due_date"] == str(w.assessment.measures.get().due_date)
    assert measure["status"] == Measure.Status.PLANNED
    assert measure["check_point_number"] == w.points[0].number


def test_a_survey_response_has_no_action_plan(api_for, checks_world):
    api = api_for(checks_world.staff)
    assert api.get(f"/assessments/{checks_world.survey.pk}").json()["status"] == "in_progress"
    response = api.get(f"/assessments/{checks_world.survey.pk}/action-plan")
    assert response.status_code == 404


def test_the_list_filters_by_company_and_instrument_and_pages(api_for, checks_world, people):
    w = checks_world
    api = api_for(people["secretariat"].user)
    assert _ids(api.get("/assessments", company=w.other.pk)) == {w.other_assessment.pk}
    assert _ids(api.get("/assessments", instrument="OM-SGA")) == {
        w.assessment.pk,
        w.other_assessment.pk,
    }
    assert _ids(api.get("/assessments", instrument="UNBEKANNT")) == set()
    page = api.get("/assessments", limit=1, offset=1).json()
    assert (page["total"], len(page["items"])) == (2, 1)
    assert api.get("/assessments", offset=50).json()["items"] == []


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"company": "abc"}, {"company": 0}],
)
def test_bad_list_parameters_are_a_422_in_the_error_format(params, api_for, checks_world):
    response = api_for(checks_world.staff).get("/assessments", **params)
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "validation_error" and body["message"] and body["errors"]


def test_a_bad_assessment_id_is_a_422_and_an_unknown_one_a_404(api_for, checks_world):
    api = api_for(checks_world.staff)
    assert api.get("/assessments/abc").status_code == 422
    assert api.get("/assessments/999999").json()["code"] == "not_found"
