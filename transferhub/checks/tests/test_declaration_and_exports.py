import datetime as dt
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from transferhub.checks import services

from .conftest import add_measures, complete, rate_all

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, company_user):
    client.force_login(company_user)
    return client


def test_an_assessment_is_complete_with_all_points_rated_and_ten_measures(assessment, company_user):
    rate_all(assessment, actor=company_user)
    add_measures(assessment, 9, actor=company_user)
    assert not assessment.is_complete
    assert "mindestens 10" in " ".join(assessment.completion_problems())
    add_measures(assessment, 1, actor=company_user)
    assert assessment.is_complete


def test_the_self_declaration_is_valid_two_years_and_shows_its_date(
    staff_client, assessment, company_user
):
    complete(assessment, actor=company_user)
    response = staff_client.post(
        reverse("checks:declare", args=[assessment.pk]), {"confirm": "yes"}
    )
    assert response.status_code == 302
    assessment.refresh_from_db()
    today = timezone.localdate()
    assert assessment.valid_until == today.replace(year=today.year + 2)
    page = staff_client.get(reverse("checks:assessment", args=[assessment.pk])).content.decode()
    assert f"gültig bis <strong>{assessment.valid_until:%d.%m.%Y}</strong>" in page


def test_an_unfinished_assessment_cannot_be_declared(staff_client, assessment, company_user):
    rate_all(assessment, actor=company_user)
    response = staff_client.post(
        reverse("checks:declare", args=[assessment.pk]), {"confirm": "yes"}, follow=True
    )
    assert "noch nicht vollständig" in response.content.decode()
    assessment.refresh_from_db()
    assert assessment.declared_at is None


def test_a_consultant_cannot_sign_the_companys_declaration(
    client, consultant, assessment, company_user
):
    complete(assessment, actor=company_user)
    client.force_login(consultant.user)
    response = client.post(reverse("checks:declare", args=[assessment.pk]), {"confirm": "yes"})
    assert response.status_code == 403
    assessment.refresh_from_db()
    assert assessment.declared_at is None


def test_a_declared_plan_keeps_its_measures(assessment, company_user):
    complete(assessment, actor=company_user)
    services.declaration_sign(assessment=assessment, actor=company_user)
    with pytest.raises(services.CheckError):
        services.measure_delete(measure=assessment.measures.first(), actor=company_user)
    assert assessment.measures.count() == 10


def test_the_report_is_a_pdf_for_a_complete_assessment(staff_client, assessment, company_user):
    complete(assessment, actor=company_user)
    services.declaration_sign(assessment=assessment, actor=company_user)
    response = staff_client.get(reverse("checks:report", args=[assessment.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert "attachment" in response["Content-Disposition"]


def test_a_report_for_an_unfinished_assessment_is_refused_with_a_message(
    staff_client, assessment, company_user
):
    rate_all(assessment, actor=company_user)
    response = staff_client.get(reverse("checks:report", args=[assessment.pk]), follow=True)
    page = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("checks:assessment", args=[assessment.pk])
    assert "Den Bericht gibt es erst für eine vollständige Bewertung" in page
    assert "Maßnahmen geplant; mindestens 10 sind nötig" in page


def test_the_action_plan_downloads_as_xlsx(staff_client, assessment, company_user):
    services.measure_save(
        assessment=assessment,
        actor=company_user,
        text="Ersthelfer ausbilden",
        responsible="Frau Meier",
        due_date=dt.date(2026, 3, 31),
    )
    response = staff_client.get(reverse("checks:action_plan_xlsx", args=[assessment.pk]))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet["D4"].value == "Maßnahme"
    assert sheet["D5"].value == "Ersthelfer ausbilden"
    assert sheet["E5"].value == "Frau Meier"
    assert sheet["F5"].value.date() == dt.date(2026, 3, 31)
