"""Answer once, share with buyers: by organisation or code, revocable, every look logged."""

import re

from django.test import Client

from transferhub.network.models import Organisation
from transferhub.suppliers import services
from transferhub.suppliers.models import ProfileShare, ProfileView


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_code_shares_the_profile_the_supplier_sees_the_look_and_revokes(
    supplier, company_user, purchaser
):
    services.risk_declare(
        supplier=supplier, risk="wage", status="no_risk", measures="Tariflohn", actor=company_user
    )
    company = _client(company_user)
    page = company.post(
        f"/lieferanten/{supplier.pk}/freigaben/", {"action": "code", "label": "Großkunde"}
    ).content.decode()
    code = re.search(r'id="share-code">([^<]+)<', page).group(1)
    assert code not in str(ProfileShare.objects.values_list("code_hash", flat=True))

    buyer = _client(purchaser.user)
    redeemed = buyer.post("/lieferanten/freigabe/", {"code": code.lower()})
    share = ProfileShare.objects.get()
    assert redeemed["Location"] == f"/lieferanten/freigabe/{share.pk}/"
    profile = buyer.get(redeemed["Location"]).content.decode()
    assert "Tariflohn" in profile and supplier.name in profile
    assert ProfileView.objects.get().viewer == purchaser.user

    log = company.get(f"/lieferanten/{supplier.pk}/freigaben/").content.decode()
    assert "Großkunde AG" in log and "Profil" in log

    company.post(f"/lieferanten/{supplier.pk}/freigaben/", {"action": "revoke", "share": share.pk})
    assert buyer.get(f"/lieferanten/freigabe/{share.pk}/").status_code == 404


def test_an_altered_code_reveals_nothing(supplier, company_user, purchaser):
    buyer = _client(purchaser.user)
    response = buyer.post("/lieferanten/freigabe/", {"code": "AAAA-BBBB-CCCC"}, follow=True)
    assert "gilt nicht" in response.content.decode()
    assert supplier.name not in response.content.decode()
    assert not ProfileShare.objects.filter(redeemed_by=purchaser).exists()


def test_sharing_with_an_organisation_reaches_its_purchasers_only(
    supplier, company_user, purchaser
):
    organisation = Organisation.objects.create(name="Großkunde AG")
    purchaser.organisation = organisation
    purchaser.save()
    _client(company_user).post(
        f"/lieferanten/{supplier.pk}/freigaben/",
        {"action": "organisation", "organisation": organisation.pk},
    )
    share = ProfileShare.objects.get()
    assert _client(purchaser.user).get(f"/lieferanten/freigabe/{share.pk}/").status_code == 200
    stranger = Client()
    stranger.force_login(company_user)
    assert stranger.get(f"/lieferanten/freigabe/{share.pk}/").status_code == 404
