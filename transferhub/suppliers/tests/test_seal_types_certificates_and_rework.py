"""Seal types are data; a management-system certificate stands in for a section; the office
reviews measure by measure, returns for rework, and every round is kept."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from transferhub.checks import services as checks
from transferhub.checks.models import Measure
from transferhub.suppliers import seal_rules, services
from transferhub.suppliers.models import ManagementCertificate, SealType

from .conftest import complete_assessment, start_assessment

PDF = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
# Ten measures, none on the environment: the sustainability seal needs three there.
NO_ENVIRONMENT = ["supply_chain"] * 4 + ["safety"] * 3 + ["other"] * 3


def certificate(supplier, actor, standard="ISO 14001", days_left=300):
    today = timezone.localdate()
    return seal_rules.certificate_add(
        supplier=supplier,
        standard=standard,
        issuer="TÜV Rheinland",
        valid_from=today - dt.timedelta(days=30),
        valid_until=today + dt.timedelta(days=days_left),
        upload=SimpleUploadedFile("iso14001.pdf", PDF, content_type="application/pdf"),
        actor=actor,
    )


@pytest.fixture
def no_environment(safety_check, company, company_user):
    assessment = start_assessment(safety_check, company, company_user)
    return complete_assessment(assessment, company_user, categories=NO_ENVIRONMENT)


def test_an_iso_14001_certificate_stands_in_for_the_environment_measures(
    supplier, company_user, no_environment
):
    problems = services.seal_rule_problems(
        assessment=no_environment, kind="sustainability", supplier=supplier
    )
    assert any("Umwelt" in p and "mindestens 3" in p for p in problems)
    with pytest.raises(services.SealError, match="Umwelt"):
        services.seal_apply(
            supplier=supplier, kind="sustainability", assessment=no_environment, actor=company_user
        )
    certificate(supplier, company_user)
    application = services.seal_apply(
        supplier=supplier, kind="sustainability", assessment=no_environment, actor=company_user
    )
    assert application.kind == "sustainability"
    # An occupational-safety system does not stand in for the environment.
    assert seal_rules.exempt_sections(SealType.of("sustainability"), supplier).keys() == {
        "environment"
    }


def test_an_expired_certificate_is_refused_and_nothing_is_kept(supplier, company_user):
    with pytest.raises(services.SealError, match="abgelaufen"):
        certificate(supplier, company_user, days_left=-1)
    assert not ManagementCertificate.objects.exists()


def test_the_certificate_page_refuses_an_expired_certificate_with_a_message(
    client_for, supplier, company_user
):
    today = timezone.localdate()
    response = client_for(company_user).post(
        f"/lieferanten/{supplier.pk}/zertifikate/",
        {
            "standard": "ISO 14001",
            "issuer": "DEKRA",
            "valid_from": (today - dt.timedelta(days=800)).isoformat(),
            "valid_until": (today - dt.timedelta(days=10)).isoformat(),
            "file": SimpleUploadedFile("alt.pdf", PDF, content_type="application/pdf"),
        },
    )
    assert response.status_code == 400
    assert "abgelaufen" in response.content.decode()
    assert not ManagementCertificate.objects.exists()


def test_the_rules_are_data_a_longer_validity_gives_a_longer_seal(application, people):
    SealType.objects.filter(code="safety").update(validity_years=3)
    approved = services.application_review(
        application=application, action="approve", actor=people["secretariat"].user
    )
    today = timezone.localdate()
    assert approved.seal.valid_until.year == today.year + 3


def _measure(application, n=3):
    return application.assessment.measures.get(text=f"Maßnahme {n}")


def test_the_office_comments_a_measure_the_company_reworks_it_and_every_round_is_kept(
    client_for, application, company_user, people
):
    measure = _measure(application)
    office = Client()
    office.force_login(people["secretariat"].user)
    office.post(
        f"/lieferanten/antraege/{application.pk}/pruefen/",
        {
            "action": "return",
            "note": "",
            f"m{measure.pk}_implausible": "1",
            f"m{measure.pk}_comment": "Wer unterweist, und wann?",
        },
    )
    application.refresh_from_db()
    assert application.status == "returned"
    # The company sees the comment beside the measure.
    company = client_for(company_user)
    page = company.get(f"/lieferanten/antraege/{application.pk}/").content.decode()
    row = page[page.index(f'id="measure-{measure.pk}"') :]
    row = row[: row.index("</tr>")]
    assert "Wer unterweist, und wann?" in row and "nicht plausibel" in row

    # Resubmitting without touching the commented measure is refused, nothing changes.
    refused = company.post(
        f"/lieferanten/antraege/{application.pk}/erneut-einreichen/", {"note": "Erledigt."}
    )
    assert refused.status_code == 400
    assert "Keine der kommentierten Maßnahmen" in refused.content.decode()
    application.refresh_from_db()
    assert application.status == "returned"

    checks.measure_save(
        assessment=application.assessment,
        actor=company_user,
        measure=measure,
        text="Maßnahme 3: Unterweisung durch die Sifa, jährlich im März",
        category=Measure.Category.SAFETY,
    )
    done = company.post(
        f"/lieferanten/antraege/{application.pk}/erneut-einreichen/", {"note": "Präzisiert."}
    )
    assert done.status_code == 302
    office.post(f"/lieferanten/antraege/{application.pk}/pruefen/", {"action": "approve"})
    application.refresh_from_db()
    assert application.status == "approved"
    rounds = list(application.rounds.order_by("number"))
    assert [(r.number, r.decision) for r in rounds] == [(1, "returned"), (2, "approved")]
    first = rounds[0].comments.get()
    assert first.measure_text == "Maßnahme 3" and not first.plausible
    assert "Runde 1" in company.get(f"/lieferanten/antraege/{application.pk}/").content.decode()


def test_an_approval_with_a_measure_marked_incomplete_is_refused(application, people):
    measure = _measure(application, 5)
    with pytest.raises(services.SealError, match="zurück"):
        services.application_review(
            application=application,
            action="approve",
            actor=people["secretariat"].user,
            findings={measure.pk: (False, True, "")},
        )
    application.refresh_from_db()
    assert application.status == "submitted" and not application.rounds.exists()


def test_a_renewal_starts_from_a_copy_of_the_last_assessment(client_for, seal, company_user):
    last = seal.terms.get().application.assessment
    response = client_for(company_user).post(f"/lieferanten/{seal.supplier_id}/verlaengerung/")
    copy = last.company.assessments.order_by("-pk").first()
    assert copy.pk != last.pk
    assert response.status_code == 302 and response["Location"].endswith(f"/{copy.pk}/")
    assert not copy.is_declared
    assert sorted(a.value for a in copy.answers.all()) == sorted(
        a.value for a in last.answers.all()
    )
    assert sorted(copy.measures.values_list("text", flat=True)) == sorted(
        last.measures.values_list("text", flat=True)
    )
    # Declared again, the copy carries the renewal; the number stays.
    checks.declaration_sign(assessment=copy, actor=company_user)
    copy.refresh_from_db()
    application = services.seal_apply(
        supplier=seal.supplier, kind="safety", assessment=copy, actor=company_user
    )
    assert application.renews == seal


def test_too_few_measures_are_named_once_in_german_and_in_english(
    safety_check, company, company_user, supplier
):
    from django.utils import translation

    assessment = complete_assessment(
        start_assessment(safety_check, company, company_user),
        company_user,
        measures=5,
        declare=False,
    )
    for language in ("de", "en"):
        with translation.override(language):
            problems = services.seal_rule_problems(
                assessment=assessment, kind="safety", supplier=supplier
            )
        assert len([p for p in problems if "5" in p]) == 1, (language, problems)
