import datetime as dt

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.utils import timezone

from conftest import make_person
from transferhub.lib.models import ActionLog
from transferhub.network.permissions import SECRETARIAT_GROUP
from transferhub.suppliers import services
from transferhub.suppliers.models import Seal, SealApplication


def _review(client, application, action, note=""):
    return client.post(
        f"/lieferanten/antraege/{application.pk}/pruefen/", {"action": action, "note": note}
    )


def test_the_office_approves_and_the_seal_gets_a_number_valid_two_years(
    client_as, application, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _review(client_as("secretariat"), application, "approve")
    assert response.status_code == 302
    application.refresh_from_db()
    seal = application.seal
    today = timezone.localdate()
    assert application.status == "approved"
    assert seal.number == f"OM-AS-{today.year}-00001"
    assert seal.valid_until in (today.replace(year=today.year + 2), dt.date(today.year + 2, 2, 28))
    assert seal.terms.get().application == application
    assert any(seal.number in m.body for m in mail.outbox)


def test_numbers_count_up_per_seal_and_year(seal, application):
    assert services._next_number("safety", seal.year)[1].endswith("-00002")
    assert services._next_number("sustainability", seal.year)[1].startswith("OM-NH-")


def test_the_office_returns_with_questions_and_the_supplier_resubmits(
    client_as, client_for, application, company_user
):
    _review(client_as("secretariat"), application, "return", "Bitte Maßnahme 3 erläutern.")
    application.refresh_from_db()
    assert application.status == "returned"
    page = client_for(company_user).get(f"/lieferanten/antraege/{application.pk}/").content.decode()
    assert "Bitte Maßnahme 3 erläutern." in page
    response = client_for(company_user).post(
        f"/lieferanten/antraege/{application.pk}/erneut-einreichen/",
        {"note": "Maßnahme 3 betrifft die Unterweisung."},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "submitted"


def test_returning_needs_questions_and_rejecting_a_reason(client_as, application):
    for action in ("return", "reject"):
        response = _review(client_as("secretariat"), application, action, "")
        assert response.status_code == 400
        assert "Bitte" in response.content.decode()
    application.refresh_from_db()
    assert application.status == "submitted"


def test_the_office_rejects_with_a_reason(client_as, application):
    _review(client_as("secretariat"), application, "reject", "Maßnahmen nicht plausibel.")
    application.refresh_from_db()
    assert (application.status, application.seal) == ("rejected", None)
    assert not Seal.objects.exists()


def test_a_reviewer_who_is_the_consultant_is_refused(client_for, application, consultant):
    consultant.user.groups.add(Group.objects.get_or_create(name=SECRETARIAT_GROUP)[0])
    client = client_for(consultant.user)
    page = client.get(f"/lieferanten/antraege/{application.pk}/").content.decode()
    assert "Sie beraten dieses Unternehmen" in page
    response = _review(client, application, "approve")
    assert response.status_code == 400
    assert "Vier-Augen-Prinzip" in response.content.decode()
    application.refresh_from_db()
    assert application.status == "submitted"
    assert not Seal.objects.exists()


def test_a_reviewer_from_the_company_itself_is_refused(application, company):
    colleague = make_person("Carla", "Kollegin", username="colleague").user
    company.staff.add(colleague)
    colleague.groups.add(Group.objects.get_or_create(name=SECRETARIAT_GROUP)[0])
    with pytest.raises(services.SealError, match="Vier-Augen-Prinzip"):
        services.application_review(application=application, action="approve", actor=colleague)
    assert SealApplication.objects.get().status == "submitted"


def test_the_applicant_may_not_review_their_own_application(application, company_user):
    company_user.groups.add(Group.objects.get_or_create(name=SECRETARIAT_GROUP)[0])
    company_user = User.objects.get(pk=company_user.pk)  # forget the cached roles
    with pytest.raises(services.SealError, match="selbst eingereicht"):
        services.application_review(application=application, action="approve", actor=company_user)


def test_only_the_office_reviews(client_as, application):
    assert _review(client_as("chair"), application, "approve").status_code == 404
    assert _review(client_as("anonymous"), application, "approve").status_code == 302
    assert client_as("member").get("/lieferanten/antraege/").status_code == 403


def test_every_step_is_shown_as_history(client_as, seal, application):
    page = client_as("secretariat").get(f"/lieferanten/antraege/{application.pk}/").content.decode()
    assert "Antrag eingereicht" in page
    assert "Antrag genehmigt" in page
    assert "Siegel verliehen" in page
    assert ActionLog.objects.filter(action="suppliers.seal.granted", object_id=seal.pk).exists()


def test_the_queue_lists_waiting_applications(client_as, application):
    page = client_as("secretariat").get("/lieferanten/antraege/").content.decode()
    assert "Muster Metall GmbH" in page
