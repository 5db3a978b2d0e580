import pytest

from transferhub.suppliers import services
from transferhub.suppliers.models import SealApplication

from .conftest import SUSTAINABLE_MIX, complete_assessment, start_assessment


def test_staff_apply_for_the_seal_on_a_completed_safety_check(
    client_for, supplier, assessment, company_user, consultant
):
    response = client_for(company_user).post(
        f"/lieferanten/{supplier.pk}/siegel-beantragen/",
        {"kind": "safety", "assessment": assessment.pk, "note": "Bitte prüfen."},
    )
    application = SealApplication.objects.get()
    assert response.status_code == 302
    assert application.status == "submitted"
    assert application.consultant == consultant
    page = client_for(company_user).get(response["Location"]).content.decode()
    assert "Antrag eingereicht" in page


def test_it_refuses_an_application_for_an_incomplete_assessment(
    client_for, supplier, safety_check, company, company_user
):
    unfinished = start_assessment(safety_check, company, company_user)
    response = client_for(company_user).post(
        f"/lieferanten/{supplier.pk}/siegel-beantragen/",
        {"kind": "safety", "assessment": unfinished.pk},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "erfüllt die Regeln des Siegels noch nicht" in page
    assert "noch nicht bewertet" in page
    assert not SealApplication.objects.exists()


def test_it_refuses_an_assessment_without_self_declaration(
    supplier, safety_check, company, company_user
):
    undeclared = complete_assessment(
        start_assessment(safety_check, company, company_user), company_user, declare=False
    )
    with pytest.raises(services.SealError, match="Selbsterklärung"):
        services.seal_apply(
            supplier=supplier, kind="safety", assessment=undeclared, actor=company_user
        )
    assert not SealApplication.objects.exists()


def test_the_sustainability_seal_demands_its_measure_mix(supplier, assessment, company_user):
    with pytest.raises(services.SealError) as error:
        services.seal_apply(
            supplier=supplier, kind="sustainability", assessment=assessment, actor=company_user
        )
    assert "Lieferkette" in str(error.value) and "mindestens 4" in str(error.value)
    assert not SealApplication.objects.exists()


def test_the_sustainability_seal_accepts_four_three_three(
    supplier, safety_check, company, company_user
):
    mixed = complete_assessment(
        start_assessment(safety_check, company, company_user),
        company_user,
        categories=SUSTAINABLE_MIX,
    )
    application = services.seal_apply(
        supplier=supplier, kind="sustainability", assessment=mixed, actor=company_user
    )
    assert application.kind == "sustainability"


def test_it_refuses_another_companys_assessment(supplier, safety_check, company_user, people):
    from transferhub.checks import services as checks

    other = checks.company_create(
        name="Andere Bau AG",
        wz_code="41.20",
        size_class="small",
        postcode="10115",
        federal_state="BE",
        staff=[people["outsider"].user],
    )
    foreign = complete_assessment(
        start_assessment(safety_check, other, people["outsider"].user), people["outsider"].user
    )
    with pytest.raises(services.SealError, match="gehört nicht zu Ihrem Unternehmen"):
        services.seal_apply(
            supplier=supplier, kind="safety", assessment=foreign, actor=company_user
        )


def test_it_refuses_a_second_open_application(application, supplier, assessment, company_user):
    with pytest.raises(services.SealError, match="offener Antrag"):
        services.seal_apply(
            supplier=supplier, kind="safety", assessment=assessment, actor=company_user
        )
    assert SealApplication.objects.count() == 1


def test_outsiders_may_not_apply(client_as, supplier):
    assert (
        client_as("outsider").get(f"/lieferanten/{supplier.pk}/siegel-beantragen/").status_code
        == 403
    )
