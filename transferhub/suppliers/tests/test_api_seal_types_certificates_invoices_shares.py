"""Issue 17's data in the JSON API: seal types for all, certificates and invoices for the
supplier and the office, shared profiles for the purchaser they were shared with."""

from transferhub.api.services import token_create
from transferhub.suppliers import sharing
from transferhub.suppliers.models import ProfileView

from .test_seal_types_certificates_and_rework import certificate


def bearer(user):
    _token, secret = token_create(user=user, name="Test", scope="read")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def test_seal_types_are_public_with_their_rules(client, db):
    types = {t["code"]: t for t in client.get("/api/v1/seal-types").json()}
    assert types["sustainability"]["min_by_section"] == {
        "supply_chain": 4,
        "safety": 3,
        "environment": 3,
    }
    assert types["sustainability"]["exemptions"]["ISO 14001"] == "environment"


def test_certificates_for_the_supplier_and_shared_profiles_for_the_buyer(
    client, supplier, company_user, purchaser
):
    certificate(supplier, company_user)
    url = f"/api/v1/suppliers/{supplier.pk}/certificates"
    assert client.get(url, **bearer(company_user)).json()[0]["standard"] == "ISO 14001"
    assert client.get(url, **bearer(purchaser.user)).status_code == 403
    assert client.get("/api/v1/shared-profiles", **bearer(purchaser.user)).json()["items"] == []
    share, code = sharing.share_by_code(supplier=supplier, label="", actor=company_user)
    sharing.share_redeem(code=code, purchaser=purchaser, actor=purchaser.user)
    shared = client.get("/api/v1/shared-profiles", **bearer(purchaser.user)).json()["items"]
    assert [p["supplier_name"] for p in shared] == [supplier.name]
    assert shared[0]["certificates"][0]["issuer"] == "TÜV Rheinland"
    assert ProfileView.objects.filter(share=share, viewer=purchaser.user).exists()
    assert client.get("/api/v1/shared-profiles", **bearer(company_user)).status_code == 403
