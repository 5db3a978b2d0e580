"""Walk every operation of the JSON API and every OParl URL with every role.

The JSON API: each role calls with a read-write token of its own user, "anonymous"
without a token; reads with GET, writes with a minimal valid body inside a savepoint
that is rolled back, so every role meets the same data. The answer must be the
status code of the table below. An operation of the OpenAPI schema that is missing
from the table fails the walk: deciding who may call it is part of adding it.

OParl is public only: every role gets exactly what an anonymous visitor gets.

The world and the roles are those of test_every_url_every_role.py.
"""

import json
import logging

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import reverse

from transferhub.api.oparl import BODY_KEY
from transferhub.api.oparl import urlpatterns as oparl_patterns
from transferhub.api.services import token_create
from transferhub.checks.models import Assessment
from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.network.models import Membership
from transferhub.planning.tests import roles as planning_roles  # issue 14
from transferhub.regional.tests import roles as regional_roles  # issue 16

from .test_every_url_every_role import PDF, ROLES, SEES_PROTECTED, World, signed_in

API = "/api/v1"

# Operation "METHOD /path" (as in the schema) with an optional "@variant" choosing the
# objects of its path → status per role, in the order of ROLES (anonymous without a
# token, outsider/public, member, chair, secretariat, company, consultant, purchaser).
#
# Variants: "draft" is the seed meeting (minutes in draft; the AG Transfer's members
# see it, nobody else), "approved" a meeting with approved minutes (public), "internal"
# its non-public item, "bare" an item of the draft without decisions or tasks.
# Without a variant: the AG Transfer, the member's person record,
# the chair's task from the seed meeting.
#
# For meetings, decisions and tasks company staff, consultant and purchaser are people
# without membership, exactly like the outsider (the "public"). The API refuses
# writes without a token with 401; it answers 404 where the web UI sends an anonymous
# visitor to the login page, and 401 on lists the web UI keeps behind its login.
#
# Checks and suppliers: the world's company (Muster Metall GmbH), its unfinished safety
# check and its sealed supplier profile; "@other" is Fremdbau GmbH, which no role works
# for; "@forged" a seal number that was never given.
# The approved meeting's managers, the chair and the secretariat (anonymous: no token).
MANAGERS_OF_APPROVED = (401, 403, 403, 200, 200, 403, 403, 403)

EXPECTED_API = {
    "GET /me": (401, 200, 200, 200, 200, 200, 200, 200),
    "GET /bodies": (200, 200, 200, 200, 200, 200, 200, 200),
    "GET /bodies/{body_id}": (200, 200, 200, 200, 200, 200, 200, 200),
    "POST /bodies": (401, 403, 403, 403, 201, 403, 403, 403),
    "PATCH /bodies/{body_id}": (401, 403, 403, 403, 200, 403, 403, 403),
    "GET /people": (401, 403, 403, 403, 200, 403, 403, 403),
    # One's own record and, for the office, everyone's.
    "GET /people/{person_id}": (401, 403, 200, 403, 200, 403, 403, 403),
    "POST /people": (401, 403, 403, 403, 201, 403, 403, 403),
    "PATCH /people/{person_id}": (401, 403, 403, 403, 200, 403, 403, 403),
    # Lists show what each may see; who may see what is walked on the objects below.
    "GET /meetings": (200, 200, 200, 200, 200, 200, 200, 200),
    "POST /meetings": (401, 403, 403, 201, 201, 403, 403, 403),
    "GET /meetings/{meeting_id}@draft": (404, 404, 200, 200, 200, 404, 404, 404),
    "GET /meetings/{meeting_id}@approved": (200, 200, 200, 200, 200, 200, 200, 200),
    "PATCH /meetings/{meeting_id}@draft": (401, 404, 403, 200, 200, 404, 404, 404),
    # Minutes approved: the meeting is frozen for everyone, seen by all.
    "PATCH /meetings/{meeting_id}@approved": (401, 403, 403, 409, 409, 403, 403, 403),
    "POST /meetings/{meeting_id}/state@draft": (401, 404, 403, 200, 200, 404, 404, 404),
    "GET /meetings/{meeting_id}/items@draft": (404, 404, 200, 200, 200, 404, 404, 404),
    "GET /meetings/{meeting_id}/items@approved": (200, 200, 200, 200, 200, 200, 200, 200),
    "POST /meetings/{meeting_id}/items@draft": (401, 404, 403, 201, 201, 404, 404, 404),
    "POST /meetings/{meeting_id}/items/order@draft": (401, 404, 403, 200, 200, 404, 404, 404),
    "GET /items/{item_id}@draft": (404, 404, 200, 200, 200, 404, 404, 404),
    "GET /items/{item_id}@approved": (200, 200, 200, 200, 200, 200, 200, 200),
    "GET /items/{item_id}@internal": (404, 404, 200, 200, 200, 404, 404, 404),
    "PATCH /items/{item_id}@draft": (401, 404, 403, 200, 200, 404, 404, 404),
    # "bare": the seed's TOP 1, without decisions or tasks (those make a 409).
    "DELETE /items/{item_id}@bare": (401, 404, 403, 204, 204, 404, 404, 404),
    "PUT /items/{item_id}/minutes@draft": (401, 404, 403, 200, 200, 404, 404, 404),
    "POST /items/{item_id}/clock@draft": (401, 404, 403, 200, 200, 404, 404, 404),
    "POST /items/{item_id}/correction@approved": (401, 403, 403, 200, 200, 403, 403, 403),
    "GET /meetings/{meeting_id}/attachments@draft": (404, 404, 200, 200, 200, 404, 404, 404),
    "GET /meetings/{meeting_id}/attachments@approved": (200, 200, 200, 200, 200, 200, 200, 200),
    "POST /meetings/{meeting_id}/attachments@draft": (401, 404, 403, 201, 201, 404, 404, 404),
    "GET /attachments/{attachment_id}@draft": (404, 404, 200, 200, 200, 404, 404, 404),
    "GET /attachments/{attachment_id}@approved": (200, 200, 200, 200, 200, 200, 200, 200),
    "GET /attachments/{attachment_id}/download@draft": (404, 404, 200, 200, 200, 404, 404, 404),
    "GET /attachments/{attachment_id}/download@approved": (200,) * 8,
    "DELETE /attachments/{attachment_id}@draft": (401, 404, 403, 204, 204, 404, 404, 404),
    "GET /decisions": (200, 200, 200, 200, 200, 200, 200, 200),
    "GET /decisions/{decision_id}@draft": (404, 404, 200, 200, 200, 404, 404, 404),
    "GET /decisions/{decision_id}@approved": (200, 200, 200, 200, 200, 200, 200, 200),
    "POST /decisions@draft": (401, 404, 403, 201, 201, 404, 404, 404),
    "PATCH /decisions/{decision_id}@draft": (401, 404, 403, 200, 200, 404, 404, 404),
    "GET /tasks": (401, 200, 200, 200, 200, 200, 200, 200),
    "GET /tasks/{task_id}": (401, 404, 200, 200, 200, 404, 404, 404),
    "POST /tasks@draft": (401, 404, 403, 201, 201, 404, 404, 404),
    # The chair owns the task; the member sees it but may not change it.
    "PATCH /tasks/{task_id}": (401, 404, 403, 200, 200, 404, 404, 404),
    "POST /tasks/{task_id}/done": (401, 404, 403, 200, 200, 404, 404, 404),
    # As checks:assessment and checks:action_plan on the web: the company's staff, its
    # current consultant and the office (read only); the list holds what each may open.
    "GET /assessments": (401, 200, 200, 200, 200, 200, 200, 200),
    "GET /assessments/{assessment_id}": (401, 404, 404, 404, 200, 200, 200, 404),
    "GET /assessments/{assessment_id}@other": (401, 404, 404, 404, 200, 404, 404, 404),
    "GET /assessments/{assessment_id}/action-plan": (401, 404, 404, 404, 200, 200, 200, 404),
    "GET /assessments/{assessment_id}/action-plan@other": (
        401,
        404,
        404,
        404,
        200,
        404,
        404,
        404,
    ),  # fmt: skip
    # Public as suppliers:search, suppliers:detail and suppliers:verify; which fields
    # each role sees is compared with the web below.
    "GET /suppliers": (200,) * 8,
    "GET /suppliers/{supplier_id}": (200,) * 8,
    "GET /suppliers/{supplier_id}@other": (200,) * 8,
    "GET /seals/{number}": (200,) * 8,
    "GET /seals/{number}@forged": (404,) * 8,
    # Papers (issue 21): read like topics (members and the secretariat; everyone else sees
    # public papers only, and the world's paper is not public); its body's members write.
    "GET /papers": (200,) * 8,
    "GET /papers/{paper_id}": (404, 404, 200, 200, 200, 404, 404, 404),
    "GET /papers/{paper_id}/consultations": (404, 404, 200, 200, 200, 404, 404, 404),
    "GET /papers/{paper_id}/files": (404, 404, 200, 200, 200, 404, 404, 404),
    "POST /papers": (401, 403, 201, 201, 201, 403, 403, 403),
    "POST /papers/{paper_id}/files/{file_id}/versions": (401, 404, 201, 201, 201, 404, 404, 404),
    "POST /consultations/{consultation_id}/result": (401, 404, 403, 200, 200, 404, 404, 404),
    # Public as protocols:search; the hits each role gets are compared with the web below.
    "GET /search": (200,) * 8,
    # The header search over everything (issue 18): each role gets the kinds it may see.
    "GET /search/groups": (200,) * 8,
    # Votes (issue 15): the world's written procedure of the AG Transfer, still open;
    # chair and member vote, the secretariat manages without a vote of its own.
    "GET /votes": (200,) * 8,
    "GET /votes/{vote_id}": (404, 404, 200, 200, 200, 404, 404, 404),
    "GET /votes/{vote_id}/outcome": (404, 404, 409, 409, 409, 404, 404, 404),
    "GET /votes/{vote_id}/ballot": (401, 404, 200, 200, 404, 404, 404, 404),
    "PUT /votes/{vote_id}/ballot": (401, 404, 200, 200, 404, 404, 404, 404),
    # Review round (issue 14): the world's round on the seed's draft; chair, member and
    # secretariat review it (each sees their own answers), managers decide. A second
    # round, closing with a suggestion open, approving an open round: 409.
    "GET /reviews": (401, 200, 200, 200, 200, 200, 200, 200),
    "GET /reviews/{review_id}": (404, 404, 200, 200, 200, 404, 404, 404),
    "POST /meetings/{meeting_id}/reviews@draft": (401, 404, 403, 409, 409, 404, 404, 404),
    "PUT /reviews/{review_id}/responses/{item_id}@draft": (401, 404, 200, 200, 200, 404, 404, 404),
    "POST /review-responses/{response_id}/decision": (401, 404, 403, 200, 200, 404, 404, 404),
    "POST /reviews/{review_id}/close": (401, 404, 403, 409, 409, 404, 404, 404),
    "POST /reviews/{review_id}/approval": (401, 404, 403, 409, 409, 404, 404, 404),
    # The public calendar: public for reading; subscribing needs a token (the web form
    # is for visitors); the switch and the addresses are the secretariat's.
    "GET /public/bodies": (200,) * 8,
    "GET /public/bodies/{body_id}/meetings": (200,) * 8,
    "POST /public/bodies/{body_id}/subscriptions": (401, 202, 202, 202, 202, 202, 202, 202),
    "PUT /public/bodies/{body_id}": (401, 403, 403, 403, 200, 403, 403, 403),
    "GET /public/subscriptions": (401, 403, 403, 403, 200, 403, 403, 403),
    # Complaint procedure (issue 17): cases for handlers only (no role is one; the web
    # table says the same), a company's yearly counts for its staff and the secretariat.
    "GET /complaints/procedures": (200,) * 8,
    # Seal types for all; a supplier's certificates and invoices for its staff and the
    # office; the profiles shared with the world's purchaser for that purchaser only.
    "GET /seal-types": (200,) * 8,
    "GET /suppliers/{supplier_id}/certificates": (401, 403, 403, 403, 200, 200, 403, 403),
    "GET /suppliers/{supplier_id}/invoices": (401, 403, 403, 403, 200, 200, 403, 403),
    "GET /shared-profiles": (401, 403, 403, 403, 403, 403, 403, 200),
    "GET /complaints/cases": (401, 403, 403, 403, 403, 403, 403, 403),
    "GET /complaints/cases/{case_id}": (401, 403, 403, 403, 403, 403, 403, 403),
    "GET /complaints/statistics/{supplier_id}": (401, 403, 403, 403, 200, 200, 403, 403),
    # Invitations (issue 14): the draft seed meeting is past inviting (409); whoever manages
    # the meeting reads the answers and the minutes' delivery; nobody in the world is invited.
    "GET /meetings/{meeting_id}/invitations@draft": (404, 404, 403, 200, 200, 404, 404, 404),
    "POST /meetings/{meeting_id}/invitations@draft": (401, 404, 403, 409, 409, 404, 404, 404),
    "GET /meetings/{meeting_id}/invitation@draft": (401, 404, 404, 404, 404, 404, 404, 404),
    "PUT /meetings/{meeting_id}/invitation@draft": (401, 404, 404, 404, 404, 404, 404, 404),
    "GET /meetings/{meeting_id}/minutes-deliveries@approved": MANAGERS_OF_APPROVED,
    "POST /meetings/{meeting_id}/minutes-deliveries@approved": MANAGERS_OF_APPROVED,
}

EXPECTED_API.update(regional_roles.EXPECTED_API)  # networks and events (issue 16)
EXPECTED_API.update(planning_roles.EXPECTED_API)  # agenda proposals and planning (issue 14)

# Query parameters an operation needs (the search needs a term).
QUERIES = {"GET /search": {"q": "Umsetzungshilfe"}, "GET /search/groups": {"q": "Umsetzungshilfe"}}
FORGED_SEAL = "OM-AS-2026-99999"


def minimal_body(operation: str, ids: dict):
    """The smallest valid request body of a write operation, or None for none."""
    in_2030 = {"date": "2030-01-15", "start_time": "09:00", "end_time": "11:00"}
    bodies = {
        "POST /bodies": {"name": "AG Neu"},
        "PATCH /bodies/{body_id}": {"description": "Neu beschrieben."},
        "POST /people": {"given_name": "Nina", "family_name": "Neu"},
        "PATCH /people/{person_id}": {"title": "Dr."},
        "POST /meetings": {"body_id": ids["body_id"], "name": "AG Transfer", **in_2030},
        "PATCH /meetings/{meeting_id}": {"location": "Bonn"},
        "POST /meetings/{meeting_id}/state": {"state": Meeting.State.MINUTES_APPROVED},
        "POST /meetings/{meeting_id}/items": {"name": "Neuer Punkt"},
        "PATCH /items/{item_id}": {"name": "Geänderter Punkt"},
        "PUT /items/{item_id}/minutes": {"minutes": "Geändert."},
        "POST /items/{item_id}/clock": {"action": "start"},
        "POST /items/{item_id}/correction": {"minutes": "Korrigiert.", "reason": "Tippfehler"},
        "POST /decisions": {"agenda_item_id": ids.get("item_id"), "text": "Vereinbart."},
        "PATCH /decisions/{decision_id}": {"text": "Neu gefasst."},
        "POST /tasks": {"agenda_item_id": ids.get("item_id"), "text": "Neue Aufgabe."},
        "PATCH /tasks/{task_id}": {"text": "Geänderte Aufgabe."},
        "POST /papers": {"title": "Neue Vorlage", "body_id": ids["body_id"]},
        "POST /consultations/{consultation_id}/result": {"result": "recommended"},
        "PUT /votes/{vote_id}/ballot": {"choice": "yes"},
        "POST /meetings/{meeting_id}/reviews": {},
        "PUT /reviews/{review_id}/responses/{item_id}": {"kind": "confirm"},
        "POST /review-responses/{response_id}/decision": {"accept": False},
        "POST /reviews/{review_id}/approval": {"how": "chair"},
        "POST /public/bodies/{body_id}/subscriptions": {"email": "neu@example.org"},
        "PUT /public/bodies/{body_id}": {"public": True},
        "POST /meetings/{meeting_id}/invitations": {},
        "PUT /meetings/{meeting_id}/invitation": {"answer": "accepted"},
    }
    if operation == "POST /meetings/{meeting_id}/items/order":
        # Every item of the meeting once, the agenda turned upside down.
        items = AgendaItem.objects.filter(meeting_id=ids["meeting_id"]).order_by("-order")
        return {"ids": list(items.values_list("pk", flat=True))}
    bodies.update(planning_roles.API_BODIES)
    bodies.update(regional_roles.API_BODIES)  # partners (issue 16)
    return bodies.get(operation)


def path_ids(world: World, variant: str) -> dict:
    """The ids for an operation's path (and body) for a variant of the table."""
    objects, singles = world.objects, world.singles
    ids = {
        "body_id": singles["network:body"]["pk"],
        "person_id": singles["network:person_edit"]["pk"],
        "task_id": singles["decisions:task"]["pk"],
        "assessment_id": singles["checks:assessment"]["pk"],
        "supplier_id": singles["suppliers:detail"]["pk"],
        "number": singles["suppliers:verify"]["number"],
        "vote_id": singles["votes:detail"]["pk"],
        "event_id": singles["events:detail"]["pk"],  # issue 16
        "review_id": singles["reviews:detail"]["pk"],
        "response_id": singles["reviews:decide"]["pk"],
        "case_id": singles["complaints:case"]["pk"],
    }
    if variant == "other":
        return {
            **ids,
            "assessment_id": singles["checks:assessment@other"]["pk"],
            "supplier_id": singles["suppliers:detail@other"]["pk"],
        }
    if variant == "forged":
        return {**ids, "number": FORGED_SEAL}
    if variant == "internal":
        return {**ids, "item_id": objects["approved"]["internal_item_pk"]}
    if variant == "bare":
        return {**ids, "item_id": objects["draft"]["bare_item_pk"]}
    if variant:
        values = objects[variant]
        ids.update(
            meeting_id=values["pk"],
            item_id=values["item_pk"],
            attachment_id=values["attachment_pk"],
            decision_id=values["decision"],
        )
    return ids


def schema_operations(client: Client) -> set[str]:
    schema = client.get(API + "/openapi.json").json()
    return {
        f"{method.upper()} {path.removeprefix(API)}"
        for path, methods in schema["paths"].items()
        for method in methods
        if method in {"get", "post", "put", "patch", "delete"}
    }


def call(client: Client, case: str, world: World, secret: str | None):
    operation, _, variant = case.partition("@")
    method, path = operation.split(" ", 1)
    ids = path_ids(world, variant)
    ids["proposal_id"] = world.singles["planning:proposal"]["pk"]  # issue 14
    ids["proposal_file_id"] = world.singles["planning:proposal_file"]["pk"]
    ids["partner_application_id"] = world.singles["network:partner_decide"]["pk"]  # issue 16
    ids.update(
        paper_id=world.singles["papers:detail"]["pk"],
        file_id=world.singles["papers:version_add"]["file_pk"],
        consultation_id=world.singles["papers:result"]["consultation_pk"],
    )
    url = API + path.format(**ids)
    headers = {"Authorization": f"Bearer {secret}"} if secret else {}
    if method == "GET":
        return client.get(url, QUERIES.get(operation, {}), headers=headers)
    if operation in planning_roles.UPLOADS:
        upload = SimpleUploadedFile("neu.pdf", PDF, content_type="application/pdf")
        return client.post(url, {"file": upload}, headers=headers)
    if operation == "POST /meetings/{meeting_id}/attachments":
        upload = SimpleUploadedFile("neu.pdf", PDF, content_type="application/pdf")
        return client.post(url, {"file": upload, "name": "Neue Anlage"}, headers=headers)
    if operation == "POST /papers/{paper_id}/files/{file_id}/versions":
        upload = SimpleUploadedFile("neu.md", b"# Neue Fassung", content_type="text/markdown")
        return client.post(url, {"file": upload}, headers=headers)
    body = minimal_body(operation, ids)
    return client.generic(
        method,
        url,
        json.dumps(body) if body is not None else "",
        content_type="application/json",
        headers=headers,
    )


@pytest.fixture
def world(role_world) -> World:
    return role_world


@pytest.fixture
def secrets(world: World) -> dict[str, str | None]:
    """A read-write token for each role's user; none for the anonymous caller."""
    made = {"anonymous": None}
    for role in ROLES[1:]:
        _token, made[role] = token_create(user=world.users[role], name="Walk", scope="read-write")
    return made


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    # Hundreds of calls in a few seconds: the per-minute limit is tested on its own.
    settings.API_RATE_LIMIT = 0
    settings.SITE_URL = "http://testserver"


@pytest.fixture(autouse=True)
def _quiet_refusals(caplog):
    # The walk provokes hundreds of 401, 403 and 404 answers on purpose; logging each
    # with its traceback would cost a sixth of the walk's time.
    caplog.set_level(logging.ERROR, logger="django.request")


def test_every_api_operation_is_in_the_table(client):
    listed = {case.partition("@")[0] for case in EXPECTED_API}
    operations = schema_operations(client)
    assert not operations - listed, f"operations without an entry: {sorted(operations - listed)}"
    assert not listed - operations, f"entries for no operation: {sorted(listed - operations)}"


def test_every_role_gets_what_the_table_says_from_the_api(client, world, secrets):
    differences = []
    for case, expected in EXPECTED_API.items():
        for role, want in zip(ROLES, expected, strict=True):
            # Writes are undone so that every role meets the same data.
            with transaction.atomic():
                got = call(client, case, world, secrets[role]).status_code
                transaction.set_rollback(True)
            if got != want:
                differences.append(f"{case} as {role}: expected {want}, got {got}")
    assert not differences, "\n".join(differences)


def oparl_urls(world: World) -> dict[str, tuple[str, int]]:
    """Every OParl URL name → a concrete URL and the status anonymous visitors get."""
    objects, singles = world.objects, world.singles
    approved, draft = objects["approved"], objects["draft"]
    body = singles["network:body"]["pk"]
    chair_membership = singles["network:membership_end"]["pk"]
    chair = Membership.objects.get(pk=chair_membership).person_id
    member = singles["network:person_edit"]["pk"]

    def u(name, *args):
        return reverse(f"api:oparl-{name}", args=args)

    return {
        "system": (u("system"), 200),
        "bodies": (u("bodies"), 200),
        "body": (u("body", BODY_KEY), 200),
        **{
            f"body-{name}": (u(f"body-{name}", BODY_KEY), 200)
            for name in (
                "organizations",
                "people",
                "meetings",
                "papers",
                "consultations",
                "items",
                "files",
                "memberships",
                "locations",
            )
        },
        "organization": (u("organization", body), 200),
        "organization-meetings": (u("organization-meetings", body), 200),
        # The chair is public as chair; the member is named nowhere public.
        "person": (u("person", chair), 200),
        "person@member": (u("person", member), 404),
        "membership": (u("membership", chair_membership), 200),
        "meeting": (u("meeting", approved["pk"]), 200),
        "meeting@draft": (u("meeting", draft["pk"]), 404),
        "agendaitem": (u("agendaitem", approved["item_pk"]), 200),
        "agendaitem@internal": (u("agendaitem", approved["internal_item_pk"]), 404),
        "agendaitem@draft": (u("agendaitem", draft["item_pk"]), 404),
        "file": (u("file", approved["attachment_pk"]), 200),
        "file@draft": (u("file", draft["attachment_pk"]), 404),
        "location": (u("location", approved["pk"]), 200),
        "location@draft": (u("location", draft["pk"]), 404),
        # The agenda and minutes as files of a public meeting; the world's paper is not public.
        "invitationfile": (u("invitationfile", approved["pk"]), 200),
        "invitationfile@draft": (u("invitationfile", draft["pk"]), 404),
        "protocolfile": (u("protocolfile", approved["pk"]), 200),
        "paper": (u("paper", singles["papers:detail"]["pk"]), 404),
        "consultation": (u("consultation", singles["papers:result"]["consultation_pk"]), 404),
        "paperfile": (u("paperfile", singles["papers:version"]["pk"]), 404),
    }


def test_every_oparl_url_is_walked(world):
    names = {pattern.name.removeprefix("oparl-") for pattern in oparl_patterns}
    walked = {case.partition("@")[0] for case in oparl_urls(world)}
    assert names == walked


def test_oparl_gives_every_role_what_it_gives_the_public(world, secrets):
    anonymous = Client()
    # Signed in and with a token: OParl must not care about either.
    clients = {role: Client() for role in ROLES[1:]}
    for role, client in clients.items():
        client.force_login(world.users[role])
    differences = []
    for case, (url, status) in oparl_urls(world).items():
        public = anonymous.get(url)
        if public.status_code != status:
            differences.append(f"{case} anonymous: expected {status}, got {public.status_code}")
        for role, client in clients.items():
            response = client.get(url, headers={"Authorization": f"Bearer {secrets[role]}"})
            if (response.status_code, response.content) != (public.status_code, public.content):
                differences.append(f"{case} as {role}: differs from anonymous")
    assert not differences, "\n".join(differences)


# --- Same answers, not only the same status: checks, suppliers, search ------------------


def api_get(world: World, secrets, role: str, path: str, **params):
    headers = {"Authorization": f"Bearer {secrets[role]}"} if secrets[role] else {}
    return Client().get(API + path, params, headers=headers)


def test_the_api_lists_exactly_the_assessments_the_web_opens(world, secrets):
    differences = []
    for role in ROLES:
        web = signed_in(world, role)
        opens = {
            a.pk
            for a in Assessment.objects.all()
            if web.get(reverse("checks:assessment", args=[a.pk])).status_code == 200
        }
        response = api_get(world, secrets, role, "/assessments", limit=100)
        listed = (
            {a["id"] for a in response.json()["items"]} if response.status_code == 200 else set()
        )
        if listed != opens:
            differences.append(f"{role}: web opens {sorted(opens)}, API lists {sorted(listed)}")
    assert not differences, "\n".join(differences)


def test_the_api_shows_the_protected_supplier_fields_to_whom_the_web_does(world, secrets):
    supplier = world.singles["suppliers:detail"]["pk"]
    differences = []
    for role in ROLES:
        detail = api_get(world, secrets, role, f"/suppliers/{supplier}").json()
        found = api_get(world, secrets, role, "/suppliers", q="Blechteile").json()["items"]
        shown = {
            "suppliers:detail": detail["town"] == "Aachen",
            "suppliers:search": any(s["town"] == "Aachen" for s in found),
        }
        for name, allowed in SEES_PROTECTED.items():
            if shown[name] != (role in allowed):
                differences.append(f"{name} as {role}: town shown {shown[name]}")
    assert not differences, "\n".join(differences)


def test_the_supplier_search_finds_what_the_web_search_finds(world, secrets):
    differences = []
    for params in ({}, {"q": "Blechteile"}, {"seal_status": "valid"}, {"state": "BE"}):
        for role in ROLES:
            page = signed_in(world, role).get(reverse("suppliers:search"), params)
            web = [s.pk for s in page.context["suppliers"]]
            found = api_get(world, secrets, role, "/suppliers", **params).json()["items"]
            api = [s["id"] for s in found]
            if web != api:
                differences.append(f"{params} as {role}: web {web}, API {api}")
            assert web or params, "the world's suppliers are found without filters"
    assert not differences, "\n".join(differences)


def test_the_seal_verification_names_the_same_seal_holder_as_the_web(world, secrets):
    number = world.singles["suppliers:verify"]["number"]
    for role in ROLES:
        page = signed_in(world, role).get(reverse("suppliers:verify", args=[number]))
        data = api_get(world, secrets, role, f"/seals/{number}").json()
        assert data["status"] == page.context["status"] == "valid"
        assert data["supplier_name"] in page.content.decode()


def test_the_full_text_search_finds_what_the_web_search_finds(world, secrets):
    differences, found = [], set()
    for query in ("Umsetzungshilfe", "vereinbart", "Befragung", "Öffentliches"):
        for role in ROLES:
            page = signed_in(world, role).get(reverse("protocols:search"), {"q": query})
            web = [(r.kind, r.obj_id) for r in page.context["results"]]
            hits = api_get(world, secrets, role, "/search", q=query).json()["items"]
            api = [(h["kind"], h["id"]) for h in hits]
            found.update(kind for kind, _id in web)
            if web != api:
                differences.append(f"{query} as {role}: web {web}, API {api}")
    assert found == {"minutes", "decision", "task"}  # the walk compares hits of every kind
    assert not differences, "\n".join(differences)
