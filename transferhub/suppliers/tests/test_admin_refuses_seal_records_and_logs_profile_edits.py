"""The admin cannot change seals, applications or LkSG declarations past the workflow;
profile and purchaser edits made there go to the audit trail."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from transferhub.lib.models import ActionLog
from transferhub.suppliers import services
from transferhub.suppliers.models import (
    DueDiligenceRequest,
    LksgRisk,
    RiskDeclaration,
    SealApplication,
    SealReminder,
)


@pytest.fixture
def admin_client_(client, db):
    admin = User.objects.create_superuser("admin", "admin@example.org", "geheim-123-geheim")
    client.force_login(admin)
    return client


def _supplier_form(supplier, **changes) -> dict:
    data = {
        "company": supplier.company_id or "",
        "name": supplier.name,
        "federal_state": supplier.federal_state,
        "wz_code": supplier.wz_code,
        "size_class": supplier.size_class,
        "street": supplier.street,
        "postcode": supplier.postcode,
        "town": supplier.town,
        "products": supplier.products,
        "contact_name": supplier.contact_name,
        "contact_email": supplier.contact_email,
        "contact_phone": supplier.contact_phone,
        "website": supplier.website,
        "languages": supplier.languages,
        "staff": list(supplier.staff.values_list("pk", flat=True)),
    }
    for flag in ("address_public", "products_public", "contact_public", "languages_public"):
        if getattr(supplier, flag):
            data[flag] = "on"
    data.update(changes)
    return data


def test_a_seal_cannot_be_changed_added_or_deleted_in_the_admin(admin_client_, seal):
    before = (seal.valid_until, seal.revoked_at)
    change = reverse("admin:suppliers_seal_change", args=[seal.pk])
    assert admin_client_.get(change).status_code == 200  # shown, read-only
    response = admin_client_.post(change, {"valid_until": "2099-12-31", "number": "OM-FAKE"})
    assert response.status_code == 403
    assert admin_client_.get(reverse("admin:suppliers_seal_add")).status_code == 403
    assert (
        admin_client_.post(
            reverse("admin:suppliers_seal_delete", args=[seal.pk]), {"post": "yes"}
        ).status_code
        == 403
    )
    seal.refresh_from_db()
    assert (seal.valid_until, seal.revoked_at) == before
    assert seal.number.startswith("OM-AS-")


def test_an_application_cannot_be_approved_or_deleted_in_the_admin(admin_client_, application):
    change = reverse("admin:suppliers_sealapplication_change", args=[application.pk])
    response = admin_client_.post(change, {"status": "approved"})
    assert response.status_code == 403
    delete = reverse("admin:suppliers_sealapplication_delete", args=[application.pk])
    assert admin_client_.post(delete, {"post": "yes"}).status_code == 403
    bulk = admin_client_.post(
        reverse("admin:suppliers_sealapplication_changelist"),
        {"action": "delete_selected", "_selected_action": [application.pk], "post": "yes"},
    )
    assert bulk.status_code in (200, 302, 403)
    application.refresh_from_db()
    assert application.status == SealApplication.Status.SUBMITTED


def test_lksg_declarations_requests_and_reminders_are_read_only(
    admin_client_, supplier, company_user, purchaser, seal
):
    services.risk_declare(
        supplier=supplier,
        risk=LksgRisk.values[0],
        status="no_risk",
        measures="Geprüft",
        actor=company_user,
    )
    services.due_diligence_request(purchaser=purchaser, supplier=supplier, actor=purchaser.user)
    services.seal_reminders_send(today=seal.valid_until)
    declaration = RiskDeclaration.objects.get()
    for model, obj in [
        ("riskdeclaration", declaration),
        ("duediligencerequest", DueDiligenceRequest.objects.get()),
        ("sealreminder", SealReminder.objects.get()),
    ]:
        change = reverse(f"admin:suppliers_{model}_change", args=[obj.pk])
        assert admin_client_.get(change).status_code == 200
        assert admin_client_.post(change, {"status": "risk"}).status_code == 403
        assert admin_client_.get(reverse(f"admin:suppliers_{model}_add")).status_code == 403
    declaration.refresh_from_db()
    assert declaration.status == "no_risk"


def test_a_profile_corrected_in_the_admin_is_logged_with_before_and_after(
    admin_client_, supplier, company_user
):
    response = admin_client_.post(
        reverse("admin:suppliers_supplier_change", args=[supplier.pk]),
        _supplier_form(supplier, town="Eschweiler", staff=[]),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    supplier.refresh_from_db()
    assert supplier.town == "Eschweiler"
    log = ActionLog.objects.get(action="suppliers.supplier.changed", data__via="admin")
    assert log.actor.username == "admin"
    assert (log.object_type, log.object_id) == ("suppliers.supplier", supplier.pk)
    assert log.data["before"]["town"] == "Aachen"
    assert log.data["after"]["town"] == "Eschweiler"
    # Staff decide who acts for the supplier: their removal is in the trail too.
    assert log.data["before"]["staff"] == [str(company_user.pk)]
    assert log.data["after"]["staff"] == []


def test_the_lksg_date_cannot_be_set_in_the_admin(admin_client_, supplier):
    admin_client_.post(
        reverse("admin:suppliers_supplier_change", args=[supplier.pk]),
        _supplier_form(supplier, lksg_declared_on="2020-01-01"),
    )
    supplier.refresh_from_db()
    assert supplier.lksg_declared_on is None


def test_a_purchaser_added_in_the_admin_is_logged(admin_client_, people):
    user = people["outsider"].user
    response = admin_client_.post(
        reverse("admin:suppliers_purchaser_add"),
        {"user": user.pk, "organisation": "", "organisation_name": "Käufer AG", "active": "on"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    log = ActionLog.objects.get(action="suppliers.purchaser.added")
    assert log.data["via"] == "admin"
    assert log.data["after"]["organisation_name"] == "Käufer AG"
