from transferhub.lib.models import ActionLog
from transferhub.suppliers.models import Seal


def test_the_office_revokes_with_a_reason(client_as, seal):
    response = client_as("secretariat").post(
        f"/lieferanten/siegel/{seal.number}/widerrufen/", {"reason": "Falsche Angaben im Check"}
    )
    assert response.status_code == 302
    seal.refresh_from_db()
    assert seal.status() == "revoked"
    assert seal.revoke_reason == "Falsche Angaben im Check"
    assert ActionLog.objects.filter(action="suppliers.seal.revoked", object_id=seal.pk).exists()


def test_a_revocation_without_reason_is_refused(client_as, seal):
    response = client_as("secretariat").post(
        f"/lieferanten/siegel/{seal.number}/widerrufen/", {"reason": "   "}
    )
    assert response.status_code == 400
    assert "Dieses Feld ist zwingend erforderlich." in response.content.decode()
    assert Seal.objects.get().revoked_at is None


def test_only_the_office_revokes(client_as, client_for, seal, company_user):
    assert (
        client_as("chair")
        .post(f"/lieferanten/siegel/{seal.number}/widerrufen/", {"reason": "x"})
        .status_code
        == 403
    )
    assert (
        client_for(company_user)
        .post(f"/lieferanten/siegel/{seal.number}/widerrufen/", {"reason": "x"})
        .status_code
        == 403
    )
    assert Seal.objects.get().revoked_at is None
