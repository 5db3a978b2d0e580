"""§ 8 LkSG: an anonymous report, answered by the handler, followed with code and password,
closed, and erased after seven years; nobody else reads it."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from transferhub.complaints import services
from transferhub.complaints.models import Case, CaseFile, CaseMessage
from transferhub.complaints.services import ComplaintError
from transferhub.lib.models import ActionLog
from transferhub.lib.versioning import StaleVersion

from .conftest import committed

PDF = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
REPORT = "In Halle 2 ist der Fluchtweg seit Wochen mit Paletten zugestellt."


def report(client, world, **extra):
    data = {
        "supplier": world.supplier.pk,
        "risk": "safety",
        "description": REPORT,
        "anonymous": "on",
        "consent": "on",
        **extra,
    }
    return client.post(reverse("complaints:report"), data)


def code_and_password(response) -> tuple[str, str]:
    html = response.content.decode()
    code = re.search(r'id="case-code">([^<]+)<', html).group(1)
    password = re.search(r'id="case-password">([^<]+)<', html).group(1)
    return code, password


def test_an_anonymous_report_is_answered_followed_and_closed(client, complaint_world):
    world = complaint_world
    mail.outbox.clear()
    with committed():
        response = report(client, world)
    assert response.status_code == 200
    assert "Ihr Hinweis ist eingegangen" in response.content.decode()
    code, password = code_and_password(response)
    case = Case.objects.get(code=code)
    assert case.anonymous and case.handler == world.handler
    # Receipt acknowledged at once on the page; the handler is told, without the report's text.
    assert [m.to for m in mail.outbox] == [[world.handler_person.email]]
    assert code in mail.outbox[0].body and REPORT not in mail.outbox[0].body
    # Nobody's name in the audit log, and the password nowhere but on that page.
    entry = ActionLog.objects.get(action="complaints.case.filed")
    assert password not in str(entry.data) and REPORT not in str(entry.data)

    handler_client = client.__class__()
    handler_client.force_login(world.handler.user)
    page = handler_client.get(reverse("complaints:case", args=[case.pk])).content.decode()
    assert REPORT in page
    with committed():
        handler_client.post(
            reverse("complaints:case_message", args=[case.pk]),
            {"text": "Seit wann genau ist der Fluchtweg zugestellt?"},
        )
    case.refresh_from_db()
    assert case.status == Case.Status.IN_REVIEW

    # The reporter follows with code and password, reads the question and answers.
    reporter = client.__class__()
    opened = reporter.post(
        reverse("complaints:follow"), {"code": code.lower(), "password": password}
    )
    assert opened.status_code == 302
    page = reporter.get(reverse("complaints:reporter_case")).content.decode()
    assert "Seit wann genau ist der Fluchtweg zugestellt?" in page and "in Prüfung" in page
    reporter.post(reverse("complaints:reporter_case"), {"text": "Seit Anfang Oktober."})
    assert (
        case.messages.filter(sender=CaseMessage.Sender.REPORTER).get().text
        == "Seit Anfang Oktober."
    )

    # The handler records the facts, measures and outcome and closes the case.
    handler_client.post(
        reverse("complaints:case_record", args=[case.pk]),
        {
            "version": Case.objects.get(pk=case.pk).version,
            "status": "closed",
            "outcome": "founded",
            "facts": "Mit der Person erörtert; Begehung am 20.10.",
            "measures": "Fluchtweg geräumt, Kontrolle wöchentlich.",
            "outcome_note": "Hinweis zutreffend.",
        },
    )
    case.refresh_from_db()
    assert (case.status, case.outcome) == ("closed", "founded")
    assert case.erase_after == services.erase_after(timezone.localdate(case.closed_at))
    page = reporter.get(reverse("complaints:reporter_case")).content.decode()
    assert "abgeschlossen" in page and "begründet" in page
    refused = reporter.post(reverse("complaints:reporter_case"), {"text": "Noch etwas"})
    assert "abgeschlossen" in refused.content.decode()
    assert case.messages.count() == 2


def test_a_wrong_code_and_a_wrong_password_get_the_same_answer_and_guessing_is_limited(
    client, complaint_world
):
    case, password = services.case_file(
        supplier=complaint_world.supplier, risk="wage", description=REPORT
    )
    wrong_password = client.post(
        reverse("complaints:follow"), {"code": case.code, "password": "AAAA"}
    )
    wrong_code = client.post(
        reverse("complaints:follow"), {"code": "HB-ZZZZ-ZZZZ", "password": password}
    )
    assert wrong_password.status_code == wrong_code.status_code == 400
    message = "Fallnummer oder Kennwort stimmen nicht."
    assert message in wrong_password.content.decode() and message in wrong_code.content.decode()
    assert client.get(reverse("complaints:reporter_case")).status_code == 302  # nothing opened
    for _ in range(10):
        client.post(reverse("complaints:follow"), {"code": case.code, "password": "AAAA"})
    blocked = client.post(reverse("complaints:follow"), {"code": case.code, "password": password})
    assert blocked.status_code == 429
    assert "Zu viele Versuche" in blocked.content.decode()


def test_an_attachment_that_is_no_document_or_picture_is_refused_and_nothing_stored(
    client, complaint_world
):
    script = SimpleUploadedFile(
        "beweis.pdf", b"#!/bin/sh\nrm -rf /\n", content_type="application/pdf"
    )
    response = report(client, complaint_world, attachments=[script])
    assert response.status_code == 400
    assert "Dieser Dateityp ist nicht erlaubt" in response.content.decode()
    assert Case.objects.count() == 0 and CaseFile.objects.count() == 0


def test_a_named_reporter_gets_the_receipt_and_a_notice_of_each_answer_without_its_text(
    client, complaint_world
):
    mail.outbox.clear()
    with committed():
        response = report(
            client,
            complaint_world,
            anonymous="",
            reporter_name="Olga Nowak",
            reporter_email="olga@example.org",
        )
    code, _password = code_and_password(response)
    case = Case.objects.get(code=code)
    receipt = [m for m in mail.outbox if m.to == ["olga@example.org"]]
    assert len(receipt) == 1 and code in receipt[0].subject
    mail.outbox.clear()
    with committed():
        services.handler_message(case=case, handler=complaint_world.handler, text="Eine Rückfrage")
    notice = [m for m in mail.outbox if m.to == ["olga@example.org"]]
    assert len(notice) == 1 and "Eine Rückfrage" not in notice[0].body


def test_the_company_and_the_secretariat_never_read_a_case(client, complaint_world):
    world = complaint_world
    case, _password = services.case_file(supplier=world.supplier, risk="safety", description=REPORT)
    # Someone who works for the company is made a handler: they never see its cases.
    colleague = services.handler_appoint(
        user=world.company_user, impartial=True, confidential=True, actor=world.secretariat
    )
    assert services.handler_for(world.supplier) == world.handler
    for user in (world.company_user, world.secretariat):
        client.force_login(user)
        assert REPORT not in client.get(reverse("complaints:cases")).content.decode()
        assert client.get(reverse("complaints:case", args=[case.pk])).status_code in (403, 404)
    with pytest.raises(ComplaintError):
        services.case_pass_on(case=case, handler=world.handler, to=colleague)
    # Without the reporter's consent the company is not told.
    with pytest.raises(ComplaintError, match="nicht zugestimmt"):
        services.inform_company(case=case, handler=world.handler)


def test_with_consent_the_company_learns_what_but_not_who(complaint_world):
    world = complaint_world
    case, _password = services.case_file(
        supplier=world.supplier,
        risk="safety",
        description=REPORT,
        reporter_name="Olga Nowak",
        reporter_email="olga@example.org",
        share_with_company=True,
    )
    mail.outbox.clear()
    with committed():
        services.inform_company(case=case, handler=world.handler)
    to_company = [m for m in mail.outbox if m.to == [world.supplier.contact_email]]
    assert len(to_company) == 1
    assert REPORT in to_company[0].body and "Olga" not in to_company[0].body
    assert "olga@example.org" not in to_company[0].body


def test_a_record_from_an_outdated_page_is_refused(complaint_world):
    case, _password = services.case_file(
        supplier=complaint_world.supplier, risk="safety", description=REPORT
    )
    old = case.version
    services.case_record(
        case=case,
        handler=complaint_world.handler,
        expected_version=old,
        status="in_review",
        facts="A",
    )
    with pytest.raises(StaleVersion):
        services.case_record(
            case=case,
            handler=complaint_world.handler,
            expected_version=old,
            status="in_review",
            facts="B",
        )
    assert Case.objects.get(pk=case.pk).facts == "A"


def test_cases_are_erased_with_their_files_seven_years_on(complaint_world):
    attachment = SimpleUploadedFile("foto.pdf", PDF, content_type="application/pdf")
    case, _password = services.case_file(
        supplier=complaint_world.supplier, risk="safety", description=REPORT, files=[attachment]
    )
    stored = case.files.get().file.name
    assert default_storage.exists(stored)
    received = timezone.localdate(case.received_at)
    assert services.cases_erase_expired(today=received + dt.timedelta(days=365 * 7 - 2)) == 0
    later = received.replace(year=received.year + 7) + dt.timedelta(days=1)
    assert services.cases_erase_expired(today=later) == 1
    assert not Case.objects.exists() and not CaseFile.objects.exists()
    assert not default_storage.exists(stored)
    assert ActionLog.objects.filter(action="complaints.case.erased", data__code=case.code).exists()


def test_the_yearly_statistics_count_without_personal_data(client, complaint_world):
    world = complaint_world
    for risk in ("safety", "safety", "wage"):
        services.case_file(
            supplier=world.supplier, risk=risk, description=REPORT, reporter_name="Olga Nowak"
        )
    client.force_login(world.company_user)
    page = client.get(reverse("complaints:statistics", args=[world.supplier.pk])).content.decode()
    assert "Eingegangen: 3" in page
    assert re.search(r"Arbeitsschutz</th><td>2<", page)
    assert "Olga" not in page and REPORT not in page


def test_a_company_adopts_the_procedure_and_its_rules_are_public(client, complaint_world):
    world = complaint_world
    assert client.get(reverse("complaints:rules", args=[world.supplier.pk])).status_code == 404
    client.force_login(world.company_user)
    client.post(
        reverse("complaints:adopt", args=[world.supplier.pk]),
        {"addition": "Hinweise auch auf Polnisch."},
    )
    client.logout()
    page = client.get(reverse("complaints:rules", args=[world.supplier.pk])).content.decode()
    assert "Hinweise auch auf Polnisch." in page and "Verfahrensordnung" in page
    assert world.supplier.name in client.get(reverse("complaints:index")).content.decode()
