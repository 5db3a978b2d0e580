"""Walk every URL with every role and compare with the table of what each may do.

A new URL fails this test until it is added to the table below: deciding who may
open a page is part of adding it.
"""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from conftest import make_person
from transferhub.checks import services as check_services
from transferhub.checks.loader import INSTRUMENTS_DIR
from transferhub.checks.models import SAFETY_CHECK_CODE, Instrument
from transferhub.decisions.models import Task, Topic
from transferhub.meetings.polls import date_poll_create
from transferhub.meetings.services import (
    agenda_item_add,
    attachment_add,
    meeting_create,
    minutes_approve,
    minutes_record,
)
from transferhub.network.models import InterestRequest
from transferhub.suppliers import services as supplier_services
from transferhub.suppliers.models import LksgRisk, Purchaser

PDF = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SURVEY_FILE = "befragung-partner-arbeitsforschung-v1.yaml"
ROLES = ["anonymous", "outsider", "member", "chair", "secretariat"]
LOGIN = "login"  # a redirect to the login page

# GET: url case → status per role (anonymous, outsider, member, chair, secretariat).
# "draft" is the seed meeting (minutes not approved), "approved" a later meeting with
# approved minutes and one public and one internal item.
EXPECTED_GET = {
    "home": (200, 200, 200, 200, 200),
    "login": (200, 200, 200, 200, 200),
    "network:bodies": (200, 200, 200, 200, 200),
    "network:body": (200, 200, 200, 200, 200),
    "network:body_create": (LOGIN, 403, 403, 403, 200),
    "network:body_edit": (LOGIN, 403, 403, 403, 200),
    "network:membership_add": (LOGIN, 403, 403, 403, 200),
    "network:membership_end": (LOGIN, 403, 403, 403, 200),
    "network:organisations": (LOGIN, 403, 403, 403, 200),
    "network:organisation_create": (LOGIN, 403, 403, 403, 200),
    "network:organisation_edit": (LOGIN, 403, 403, 403, 200),
    "network:people": (LOGIN, 403, 403, 403, 200),
    "network:person_create": (LOGIN, 403, 403, 403, 200),
    "network:person_edit": (LOGIN, 403, 403, 403, 200),
    "meetings:list": (200, 200, 200, 200, 200),
    "meetings:create": (LOGIN, 403, 403, 200, 200),
    "meetings:detail@draft": (LOGIN, 404, 200, 200, 200),
    "meetings:detail@approved": (200, 200, 200, 200, 200),
    "meetings:ics@draft": (LOGIN, 404, 200, 200, 200),
    "meetings:ics@approved": (200, 200, 200, 200, 200),
    "meetings:edit@draft": (LOGIN, 404, 403, 200, 200),
    "meetings:approve@draft": (LOGIN, 404, 403, 200, 200),
    "meetings:versions@approved": (LOGIN, 403, 200, 200, 200),
    "meetings:version@approved": (LOGIN, 403, 200, 200, 200),
    "meetings:attendance@draft": (LOGIN, 404, 403, 200, 200),
    "meetings:item_add@draft": (LOGIN, 404, 403, 200, 200),
    "meetings:item@draft": (LOGIN, 404, 403, 200, 200),
    "meetings:item_edit@draft": (LOGIN, 404, 403, 200, 200),
    "meetings:item_delete@draft": (LOGIN, 404, 403, 200, 200),
    "meetings:attachment@draft": (LOGIN, 404, 200, 200, 200),
    "meetings:attachment@approved": (200, 200, 200, 200, 200),
    "meetings:poll_list": (LOGIN, 200, 200, 200, 200),
    "meetings:poll_create": (LOGIN, 403, 403, 200, 200),
    "meetings:poll_detail": (LOGIN, 404, 200, 200, 200),
    "meetings:poll_choose": (LOGIN, 404, 403, 200, 200),
    "meetings:poll_link": (400, 400, 400, 400, 400),
    "decisions:tasks": (LOGIN, 200, 200, 200, 200),
    "decisions:my_tasks": (LOGIN, 200, 200, 200, 200),
    "decisions:task": (LOGIN, 404, 200, 200, 200),
    "decisions:decisions": (200, 200, 200, 200, 200),
    "decisions:decision@draft": (404, 404, 200, 200, 200),
    "decisions:task_done_link": (400, 400, 400, 400, 400),
    "decisions:topics": (LOGIN, 200, 200, 200, 200),
    "decisions:topic": (LOGIN, 200, 200, 200, 200),
    "decisions:topic_document": (LOGIN, 404, 404, 404, 404),
    "decisions:topic_create": (LOGIN, 403, 403, 403, 200),
    "decisions:topic_edit": (LOGIN, 403, 403, 403, 200),
    "network:interest_register": (LOGIN, 200, 200, 200, 200),
    "network:interests": (LOGIN, 403, 403, 200, 200),
    "network:interest_decline": (LOGIN, 404, 404, 200, 200),
    "network:my_data": (LOGIN, 200, 200, 200, 200),
    "network:my_data_export": (LOGIN, 200, 200, 200, 200),
    "network:person_export": (LOGIN, 403, 403, 403, 200),
    "network:person_erase": (LOGIN, 403, 403, 403, 200),
    "api:body_feed": (200, 200, 200, 200, 200),
    "api:person_feed": (404, 404, 404, 404, 404),
    "protocols:protocol_pdf@draft": (LOGIN, 404, 200, 200, 200),
    "protocols:protocol_pdf@approved": (200, 200, 200, 200, 200),
    "protocols:protocol_docx@draft": (LOGIN, 404, 200, 200, 200),
    "protocols:protocol_md@approved": (200, 200, 200, 200, 200),
    "protocols:agenda_pdf@draft": (LOGIN, 404, 200, 200, 200),
    "protocols:import": (LOGIN, 403, 403, 403, 200),
    # The seed meeting of the walk was not imported: there is nothing to review.
    "protocols:import_review@draft": (LOGIN, 403, 403, 403, 404),
    "protocols:search": (200, 200, 200, 200, 200),
    "suppliers:search": (200, 200, 200, 200, 200),
    "suppliers:verify_form": (200, 200, 200, 200, 200),
    "suppliers:verify": (200, 200, 200, 200, 200),
    "suppliers:qr": (200, 200, 200, 200, 200),
    "suppliers:detail": (200, 200, 200, 200, 200),
    "suppliers:search_csv": (LOGIN, 403, 403, 403, 200),
    "suppliers:register": (LOGIN, 200, 200, 200, 200),
    "suppliers:mine": (LOGIN, 200, 200, 200, 200),
    "suppliers:consultant": (LOGIN, 403, 403, 403, 403),
    "suppliers:edit": (LOGIN, 403, 403, 403, 200),
    "suppliers:apply": (LOGIN, 403, 403, 403, 200),
    "suppliers:lksg": (LOGIN, 403, 403, 403, 200),
    "suppliers:risk": (LOGIN, 403, 403, 403, 200),
    "suppliers:certificate": (LOGIN, 403, 403, 403, 200),
    "suppliers:applications": (LOGIN, 403, 403, 403, 200),
    "suppliers:revoke": (LOGIN, 403, 403, 403, 200),
    "suppliers:application": (LOGIN, 404, 404, 404, 200),
    "suppliers:evidence": (LOGIN, 404, 404, 404, 200),
    "suppliers:request": (LOGIN, 404, 404, 404, 200),
    "suppliers:request_pdf": (LOGIN, 404, 404, 404, 200),
    "suppliers:request_csv": (LOGIN, 404, 404, 404, 200),
    "checks:index": (200, 200, 200, 200, 200),
    "checks:instrument": (200, 200, 200, 200, 200),
    "checks:statistics": (LOGIN, 403, 403, 403, 200),
    "checks:survey_results": (LOGIN, 403, 403, 403, 200),
    "checks:companies": (LOGIN, 200, 200, 200, 200),
    "checks:company": (LOGIN, 404, 404, 404, 200),
    "checks:assessment": (LOGIN, 404, 404, 404, 200),
    "checks:theme": (LOGIN, 404, 404, 404, 200),
    "checks:result": (LOGIN, 404, 404, 404, 200),
    "checks:action_plan": (LOGIN, 404, 404, 404, 200),
    "checks:action_plan_xlsx": (LOGIN, 404, 404, 404, 200),
    "checks:report": (LOGIN, 404, 404, 404, 302),
    # The secretariat reads assessments but does not write the company's plan.
    "checks:measure": (LOGIN, 404, 404, 404, 403),
}

# POST-only URLs: a GET is refused before anything else; the POST walk below checks roles.
POST_ONLY = {
    "logout",
    "set_language",
    "meetings:state",
    "meetings:invite",
    "meetings:attendance_add",
    "meetings:item_move",
    "meetings:item_correct",
    "meetings:decision_add",
    "meetings:task_add",
    "meetings:attachment_add",
    "meetings:attachment_delete",
    "meetings:poll_answer",
    "decisions:task_status",
    "decisions:topic_status",
    "decisions:topic_link",
    "decisions:topic_unlink",
    "network:interest_accept",
    "checks:survey_start",
    "checks:assessment_start",
    "checks:action_plan_prefill",
    "checks:declare",
    "checks:survey_submit",
    "checks:measure_delete",
    "suppliers:request_create",
    "suppliers:review",
    "suppliers:resubmit",
    "suppliers:evidence_delete",
    "suppliers:request_answer",
}

# POST with an empty form: who gets through to the form (200 with errors or 302 on
# success) and who is stopped. "ok" means 200 or a redirect that is not to the login.
EXPECTED_POST = {
    "meetings:state@draft": (LOGIN, 404, 403, "ok", "ok"),
    "meetings:invite@draft": (LOGIN, 404, 403, "ok", "ok"),
    "meetings:item_move@draft": (LOGIN, 404, 403, "ok", "ok"),
    "meetings:decision_add@draft": (LOGIN, 404, 403, "ok", "ok"),
    "meetings:task_add@draft": (LOGIN, 404, 403, "ok", "ok"),
    "meetings:attachment_add@draft": (LOGIN, 404, 403, "ok", "ok"),
    "meetings:attendance_add@draft": (LOGIN, 404, 403, "ok", "ok"),
    "meetings:item_correct@approved": (LOGIN, 403, 403, "ok", "ok"),
    "meetings:attachment_delete@draft": (LOGIN, 404, 403, "ok", "ok"),
    "meetings:edit@draft": (LOGIN, 404, 403, "ok", "ok"),
    "meetings:poll_create": (LOGIN, 403, 403, "ok", "ok"),
    "meetings:poll_answer": (LOGIN, 404, "ok", "ok", "ok"),
    "meetings:poll_choose": (LOGIN, 404, 403, "ok", "ok"),
    "meetings:poll_link": (400, 400, 400, 400, 400),
    "network:membership_end": (LOGIN, 403, 403, 403, "ok"),
    "network:body_create": (LOGIN, 403, 403, 403, "ok"),
    "decisions:task_status": (LOGIN, 404, 403, "ok", "ok"),
    "decisions:topic_status": (LOGIN, 403, 403, 403, "ok"),
    "decisions:topic_link": (LOGIN, 403, 403, 403, "ok"),
    "decisions:topic_unlink": (LOGIN, 403, 403, 403, "ok"),
    "network:interest_accept": (LOGIN, 404, 404, "ok", "ok"),
    "network:interest_decline": (LOGIN, 404, 404, "ok", "ok"),
    "network:person_erase": (LOGIN, 403, 403, 403, "ok"),
    "checks:assessment_start": (LOGIN, 404, 404, 404, 403),
    "checks:action_plan_prefill": (LOGIN, 404, 404, 404, 403),
    "checks:declare": (LOGIN, 404, 404, 404, 403),
    "checks:measure_delete": (LOGIN, 404, 404, 404, 403),
    "checks:survey_start": (LOGIN, "ok", "ok", "ok", "ok"),
    "suppliers:request_create": (LOGIN, 403, 403, 403, 403),
    "suppliers:resubmit": (LOGIN, 404, 404, 404, 403),
    "suppliers:evidence_delete": (LOGIN, 403, 403, 403, "ok"),
    "suppliers:request_answer": (LOGIN, 404, 404, 404, 403),
}

# Outside this walk: the admin (Django's own permissions) and the APIs, walked by
# their own tests with tokens.
SKIP_PREFIXES = ("admin/", "api/", "oparl/")


def all_url_names() -> set[str]:
    names = set()

    def walk(patterns, prefix="", namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                ns = pattern.namespace or namespace
                walk(pattern.url_patterns, prefix + str(pattern.pattern), ns)
            elif isinstance(pattern, URLPattern) and pattern.name:
                path = prefix + str(pattern.pattern)
                if not path.startswith(SKIP_PREFIXES):
                    names.add(f"{namespace}:{pattern.name}" if namespace else pattern.name)

    walk(get_resolver().url_patterns)
    return names


@pytest.fixture
def world(seed_meeting, people, ag_transfer, om):
    """The objects every URL case points at."""
    approved = meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=dt.date(2022, 11, 24),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )
    public_item = agenda_item_add(meeting=approved, name="Öffentlicher Punkt")
    agenda_item_add(meeting=approved, name="Interner Punkt", public=False)
    pdf = PDF
    approved_attachment = attachment_add(
        meeting=approved,
        agenda_item=public_item,
        file=SimpleUploadedFile("vortrag.pdf", pdf, content_type="application/pdf"),
    )
    minutes_record(item=public_item, minutes="Öffentlich.")
    minutes_approve(meeting=approved)
    draft_item = seed_meeting.agenda_items.get(number="3")
    draft_attachment = attachment_add(
        meeting=seed_meeting,
        agenda_item=draft_item,
        file=SimpleUploadedFile("anlage.pdf", pdf, content_type="application/pdf"),
    )
    chair_task = Task.objects.get(owner_person=people["chair"])
    topic = Topic.objects.create(title="Umsetzungshilfe Finanzierung und Liquidität")
    interest = InterestRequest.objects.create(person=people["outsider"], body=ag_transfer)
    # A company none of the roles works for: only the secretariat may look in.
    check_services.instruments_load(
        paths=[INSTRUMENTS_DIR / "sicherheit-gesundheit-v1.yaml", INSTRUMENTS_DIR / SURVEY_FILE]
    )
    staff = make_person("Kira", "Betrieb", username="companystaff")
    company = check_services.company_create(
        name="Muster Metall GmbH",
        wz_code="25.11",
        size_class="small",
        postcode="52062",
        federal_state="NW",
        staff=[staff.user],
    )
    safety = Instrument.objects.get(code=SAFETY_CHECK_CODE)
    survey = Instrument.objects.get(kind="survey")
    assessment = check_services.assessment_start(
        instrument=safety, company=company, actor=staff.user
    )
    supplier_objects = _supplier_world(company, staff.user, safety, people["secretariat"].user)
    measure = check_services.measure_save(
        assessment=assessment, actor=staff.user, text="Gefährdungsbeurteilung aktualisieren"
    )
    membership = people["chair"].memberships.get()
    # A date poll of the AG Transfer: its members are invited, the outsider is not.
    poll = date_poll_create(
        body=ag_transfer,
        title="AG Transfer",
        slots=[(dt.date.today() + dt.timedelta(days=30), dt.time(9), dt.time(11))],
    )
    objects = {
        "draft": {
            "pk": seed_meeting.pk,
            "item_pk": draft_item.pk,
            "attachment_pk": draft_attachment.pk,
            "decision": seed_meeting.decisions.first().pk,
        },
        "approved": {
            "pk": approved.pk,
            "item_pk": public_item.pk,
            "attachment_pk": approved_attachment.pk,
            "version": 1,
        },
    }
    singles = {
        "network:body": {"pk": ag_transfer.pk},
        "network:body_edit": {"pk": ag_transfer.pk},
        "network:membership_add": {"pk": ag_transfer.pk},
        "network:membership_end": {"pk": membership.pk},
        "network:organisation_edit": {"pk": om.pk},
        "network:person_edit": {"pk": people["member"].pk},
        "decisions:task": {"pk": chair_task.pk},
        "decisions:task_status": {"pk": chair_task.pk},
        "decisions:task_done_link": {"token": "gefaelscht"},
        **{
            f"meetings:{name}": {"pk": poll.pk}
            for name in ("poll_detail", "poll_answer", "poll_choose")
        },
        "meetings:poll_link": {"token": "gefaelscht"},
        **{
            name: {"pk": topic.pk}
            for name in (
                "decisions:topic",
                "decisions:topic_document",
                "decisions:topic_edit",
                "decisions:topic_status",
                "decisions:topic_link",
                "decisions:topic_unlink",
            )
        },
        "network:interest_register": {"pk": ag_transfer.pk},
        "network:interest_accept": {"pk": interest.pk},
        "network:interest_decline": {"pk": interest.pk},
        "network:person_export": {"pk": people["member"].pk},
        "network:person_erase": {"pk": people["member"].pk},
        "api:body_feed": {"body_id": ag_transfer.pk},
        "api:person_feed": {"key": "unbekannt"},
        "checks:instrument": {"code": safety.code},
        "checks:statistics": {"code": safety.code},
        "checks:survey_results": {"code": survey.code},
        "checks:survey_start": {"code": survey.code},
        "checks:company": {"pk": company.pk},
        "checks:assessment_start": {"pk": company.pk},
        "checks:theme": {"pk": assessment.pk, "position": 1},
        **{
            f"checks:{name}": {"pk": assessment.pk}
            for name in (
                "assessment",
                "result",
                "action_plan",
                "action_plan_xlsx",
                "report",
                "action_plan_prefill",
                "declare",
                "survey_submit",
            )
        },
        "checks:measure": {"pk": measure.pk},
        "checks:measure_delete": {"pk": measure.pk},
        **supplier_objects,
    }
    return objects, singles


def _supplier_world(company, staff_user, safety, office_user) -> dict:
    """A sealed supplier of the world's company, with LkSG evidence and an answered request."""
    assessment = check_services.assessment_start(
        instrument=safety, company=company, actor=staff_user
    )
    answers = {p.pk: ("green", "") for p in assessment.version.check_points.all()}
    check_services.answers_save(assessment=assessment, answers=answers, actor=staff_user)
    for number in range(1, 11):
        check_services.measure_save(
            assessment=assessment, actor=staff_user, text=f"Maßnahme {number}", category="safety"
        )
    check_services.declaration_sign(assessment=assessment, actor=staff_user)
    assessment.refresh_from_db()
    supplier = supplier_services.supplier_register(
        actor=staff_user, company=company, town="Aachen", products="Blechteile"
    )
    application = supplier_services.seal_apply(
        supplier=supplier, kind="safety", assessment=assessment, actor=staff_user
    )
    application = supplier_services.application_review(
        application=application, action="approve", actor=office_user
    )
    pdf = SimpleUploadedFile("nachweis.pdf", PDF, content_type="application/pdf")
    first, *others = LksgRisk.values
    declaration = supplier_services.risk_declare(
        supplier=supplier,
        risk=first,
        status="no_risk",
        measures="Geprüft",
        files=[pdf],
        actor=staff_user,
    )
    for risk in others:  # a request is answered only on a full declaration
        supplier_services.risk_declare(
            supplier=supplier, risk=risk, status="no_risk", measures="Geprüft", actor=staff_user
        )
    buyer = make_person("Paul", "Einkauf", username="einkauf")
    purchaser = Purchaser.objects.create(user=buyer.user, organisation_name="Großkunde AG")
    request = supplier_services.due_diligence_request(
        purchaser=purchaser, supplier=supplier, actor=buyer.user
    )
    request = supplier_services.due_diligence_answer(request=request, actor=staff_user)
    number = {"number": application.seal.number}
    by_supplier = {"pk": supplier.pk}
    return {
        **{
            f"suppliers:{n}": by_supplier
            for n in ("detail", "edit", "apply", "lksg", "request_create")
        },
        "suppliers:risk": {"pk": supplier.pk, "risk": LksgRisk.values[0]},
        **{f"suppliers:{n}": number for n in ("verify", "qr", "certificate", "revoke")},
        **{f"suppliers:{n}": {"pk": application.pk} for n in ("application", "review", "resubmit")},
        **{
            f"suppliers:{n}": {"pk": declaration.evidence.first().pk}
            for n in ("evidence", "evidence_delete")
        },
        **{
            f"suppliers:{n}": {"pk": request.pk}
            for n in ("request", "request_pdf", "request_csv", "request_answer")
        },
    }


def url_for(case: str, world) -> str:
    objects, singles = world
    name, _, variant = case.partition("@")
    if name in singles:
        return reverse(name, kwargs=singles[name])
    if not variant:
        return reverse(name)
    values = objects[variant]
    if name == "decisions:decision":
        return reverse(name, kwargs={"pk": values["decision"]})
    for keys in (("pk", "item_pk"), ("pk", "attachment_pk"), ("pk", "version"), ("pk",)):
        try:
            return reverse(name, kwargs={k: values[k] for k in keys})
        except Exception:  # noqa: BLE001 - try the next signature
            continue
    raise AssertionError(f"no URL for {case}")


def outcome(response) -> object:
    if response.status_code == 302 and "/anmelden/" in response["Location"]:
        return LOGIN
    return response.status_code


def test_every_url_is_in_the_table():
    listed = {case.partition("@")[0] for case in EXPECTED_GET} | POST_ONLY
    listed |= {case.partition("@")[0] for case in EXPECTED_POST}
    missing = all_url_names() - listed
    assert not missing, f"URLs without a permission entry: {sorted(missing)}"


def test_every_role_gets_what_the_table_says_on_get(client_as, world):
    differences = []
    for case, expected in EXPECTED_GET.items():
        url = url_for(case, world)
        for role, want in zip(ROLES, expected, strict=True):
            got = outcome(client_as(role).get(url))
            if got != want:
                differences.append(f"GET {case} as {role}: expected {want}, got {got}")
    assert not differences, "\n".join(differences)


def test_post_only_urls_refuse_a_get(client_as, world):
    for name in POST_ONLY - {"logout", "set_language"}:
        case = next((c for c in EXPECTED_POST if c.partition("@")[0] == name), name)
        response = client_as("secretariat").get(url_for(case, world))
        assert response.status_code == 405, name


def test_every_role_gets_what_the_table_says_on_post(client_as, world):
    differences = []
    for case, expected in EXPECTED_POST.items():
        url = url_for(case, world)
        for role, want in zip(ROLES, expected, strict=True):
            # Each POST is undone so that every role meets the same data.
            with transaction.atomic():
                got = outcome(client_as(role).post(url, {}))
                transaction.set_rollback(True)
            if want == "ok":
                ok = got == 200 or (isinstance(got, int) and got == 302)
                if not ok:
                    differences.append(f"POST {case} as {role}: expected ok, got {got}")
            elif got != want:
                differences.append(f"POST {case} as {role}: expected {want}, got {got}")
    assert not differences, "\n".join(differences)
