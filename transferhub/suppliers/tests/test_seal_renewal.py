import pytest

from transferhub.suppliers import services
from transferhub.suppliers.models import Seal

from .conftest import complete_assessment, start_assessment


def test_a_renewal_keeps_the_number_and_adds_a_term(
    seal, supplier, safety_check, company, company_user, people
):
    first_end = seal.valid_until
    fresh = complete_assessment(start_assessment(safety_check, company, company_user), company_user)
    renewal = services.seal_apply(
        supplier=supplier, kind="safety", assessment=fresh, actor=company_user
    )
    assert renewal.renews == seal
    services.application_review(
        application=renewal, action="approve", actor=people["secretariat"].user
    )
    seal.refresh_from_db()
    assert Seal.objects.count() == 1
    assert seal.terms.count() == 2
    assert seal.valid_until > first_end
    assert renewal.__class__.objects.get(pk=renewal.pk).seal.number == seal.number


def test_a_renewal_needs_a_new_assessment(seal, supplier, assessment, company_user):
    with pytest.raises(services.SealError, match="neue Bewertung"):
        services.seal_apply(
            supplier=supplier, kind="safety", assessment=assessment, actor=company_user
        )


def test_a_revoked_seal_cannot_be_renewed(
    seal, supplier, safety_check, company, company_user, people
):
    services.seal_revoke(seal=seal, reason="Verstoß", actor=people["secretariat"].user)
    fresh = complete_assessment(start_assessment(safety_check, company, company_user), company_user)
    with pytest.raises(services.SealError, match="widerrufen"):
        services.seal_apply(supplier=supplier, kind="safety", assessment=fresh, actor=company_user)
