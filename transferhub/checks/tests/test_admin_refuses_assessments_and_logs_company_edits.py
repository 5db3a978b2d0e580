"""The admin cannot change assessments (the basis of self-declarations and seals);
company edits made there, consultants included, go to the audit trail."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from conftest import make_person
from transferhub.checks.models import Answer, Consultancy
from transferhub.lib.models import ActionLog

from .conftest import complete


@pytest.fixture
def admin_client_(client, db):
    admin = User.objects.create_superuser("admin", "admin@example.org", "geheim-123-geheim")
    client.force_login(admin)
    return client


def test_an_assessment_cannot_be_changed_added_or_deleted_in_the_admin(
    admin_client_, assessment, company_user
):
    complete(assessment, actor=company_user)
    assessment.refresh_from_db()
    valid_until = assessment.valid_until
    change = reverse("admin:checks_assessment_change", args=[assessment.pk])
    assert admin_client_.get(change).status_code == 200
    response = admin_client_.post(change, {"valid_until": "2099-12-31", "consultant": ""})
    assert response.status_code == 403
    assert admin_client_.get(reverse("admin:checks_assessment_add")).status_code == 403
    delete = reverse("admin:checks_assessment_delete", args=[assessment.pk])
    assert admin_client_.post(delete, {"post": "yes"}).status_code == 403
    assessment.refresh_from_db()
    assert assessment.valid_until == valid_until
    assert assessment.measures.count() >= 10


def test_an_answer_cannot_be_changed_in_the_admin(admin_client_, assessment, company_user):
    complete(assessment, actor=company_user)
    answer = Answer.objects.filter(assessment=assessment).first()
    change = reverse("admin:checks_answer_change", args=[answer.pk])
    assert admin_client_.post(change, {"value": "red"}).status_code == 403
    answer.refresh_from_db()
    assert answer.value != "red"


def test_a_consultant_assigned_in_the_admin_is_logged(admin_client_, company, company_user):
    consultant = make_person("Bea", "Beraterin", username="consultant")
    response = admin_client_.post(
        reverse("admin:checks_company_change", args=[company.pk]),
        {
            "name": company.name,
            "wz_code": company.wz_code,
            "size_class": company.size_class,
            "postcode": company.postcode,
            "federal_state": company.federal_state,
            "organisation": "",
            "staff": [company_user.pk],
            "consultancies-TOTAL_FORMS": "1",
            "consultancies-INITIAL_FORMS": "0",
            "consultancies-MIN_NUM_FORMS": "0",
            "consultancies-MAX_NUM_FORMS": "1000",
            "consultancies-0-consultant": consultant.pk,
            "consultancies-0-start_date": "2026-01-05",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Consultancy.objects.filter(company=company, consultant=consultant).exists()
    added = ActionLog.objects.get(action="checks.consultancy.added")
    assert added.actor.username == "admin" and added.data["via"] == "admin"
    assert added.data["after"]["consultant"] == str(consultant.pk)
    changed = ActionLog.objects.get(action="checks.company.changed", object_id=company.pk)
    assert changed.data["after"]["consultants"] == [str(consultant.pk)]
