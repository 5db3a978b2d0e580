"""Walk every URL with every role and compare with the table of what each may do.

A new URL fails this test until it is added to the table below: deciding who may
open a page is part of adding it.

The roles are those of the security section of issue 8. Each column of the tables:

- anonymous: not signed in.
- outsider: the issue's "public": signed in, a Person without any membership,
  company, consultancy or purchaser record (the fixture keeps its older name).
- member, chair, secretariat: of the AG Transfer (root conftest's `people`).
- company: "companystaff", staff of the world's company Muster Metall GmbH, which
  is also a supplier with a seal, an LkSG declaration and an answered request.
- consultant: a Person with a login serving that company (checks.consultant_assign).
- purchaser: "einkauf", a Purchaser who requested that supplier's LkSG declaration.
"""

import datetime as dt
import logging
from dataclasses import dataclass

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from conftest import make_person
from transferhub.api.services import token_create
from transferhub.checks import services as check_services
from transferhub.checks.loader import INSTRUMENTS_DIR
from transferhub.checks.models import SAFETY_CHECK_CODE, Instrument
from transferhub.complaints import services as complaint_services
from transferhub.decisions.models import Task, Topic
from transferhub.decisions.services import decision_record
from transferhub.meetings.polls import date_poll_create
from transferhub.meetings.services import (
    agenda_item_add,
    attachment_add,
    meeting_create,
    minutes_approve,
    minutes_record,
)
from transferhub.network.models import InterestRequest
from transferhub.papers.tests.world import paper_world
from transferhub.planning.tests import roles as planning_roles  # issue 14
from transferhub.regional.tests import roles as regional_roles  # issue 16
from transferhub.reviews.tests.world import review_world
from transferhub.subscriptions.tests.world import subscription_world
from transferhub.suppliers import services as supplier_services
from transferhub.suppliers.invoices import invoice_issue, invoice_mark_paid
from transferhub.suppliers.models import LksgRisk, Purchaser, Supplier
from transferhub.suppliers.seal_rules import certificate_add
from transferhub.suppliers.sharing import share_by_code, share_redeem
from transferhub.votes.services import vote_start

PDF = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SURVEY_FILE = "befragung-partner-arbeitsforschung-v1.yaml"
ROLES = [
    "anonymous",
    "outsider",
    "member",
    "chair",
    "secretariat",
    "company",
    "consultant",
    "purchaser",
]
LOGIN = "login"  # a redirect to the login page

# GET: url case → status per role, in the order of ROLES (anonymous, outsider/public,
# member, chair, secretariat, company, consultant, purchaser).
# "draft" is the seed meeting (minutes not approved), "approved" a later meeting with
# approved minutes and one public and one internal item. Cases "@other", "@foreign" and
# "@open" (at the end) point at another company's objects.
#
# Company staff, consultant and purchaser hold no membership: for meetings, decisions,
# tasks, topics and people they are the public (the outsider's column), as issue 8 asks:
# none of them manages meetings. Topics are for members only (issue 13).
EXPECTED_GET = {
    "home": (200, 200, 200, 200, 200, 200, 200, 200),
    "login": (200, 200, 200, 200, 200, 200, 200, 200),
    "favicon": (200, 200, 200, 200, 200, 200, 200, 200),
    # Type-ahead pickers (portal): for those who fill in people, i.e. who manage a body.
    "portal:picker": (403, 403, 403, 200, 200, 403, 403, 403),
    # The header search over everything (issue 18): for all, each finds what they may see.
    "portal:search": (200, 200, 200, 200, 200, 200, 200, 200),
    # Accounts: one's own profile, password and second factor; the reset pages for all.
    "accounts:login_code": (LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN),
    # Single sign-on is off unless OIDC_ISSUER and OIDC_CLIENT_ID are set.
    "accounts:sso_start": (404, 404, 404, 404, 404, 404, 404, 404),
    "accounts:sso_callback": (404, 404, 404, 404, 404, 404, 404, 404),
    "accounts:profile": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    "accounts:password_change": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    "accounts:two_factor": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    "accounts:two_factor_setup": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    "accounts:two_factor_disable": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    "accounts:two_factor_reset": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "accounts:password_reset": (200, 200, 200, 200, 200, 200, 200, 200),
    "accounts:password_reset_done": (200, 200, 200, 200, 200, 200, 200, 200),
    "accounts:password_reset_confirm": (200, 200, 200, 200, 200, 200, 200, 200),
    "accounts:password_reset_complete": (200, 200, 200, 200, 200, 200, 200, 200),
    "network:bodies": (200, 200, 200, 200, 200, 200, 200, 200),
    "network:body": (200, 200, 200, 200, 200, 200, 200, 200),
    # The chair coordinates a regional network (regional/tests/roles.py): bodies there.
    "network:body_create": (LOGIN, 403, 403, 200, 200, 403, 403, 403),
    "network:body_edit": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "network:membership_add": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "network:membership_end": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "network:organisations": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "network:organisation_create": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "network:organisation_edit": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "network:people": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "network:person_create": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "network:person_edit": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "meetings:list": (200, 200, 200, 200, 200, 200, 200, 200),
    "meetings:create": (LOGIN, 403, 403, 200, 200, 403, 403, 403),
    "meetings:detail@draft": (LOGIN, 404, 200, 200, 200, 404, 404, 404),
    "meetings:detail@approved": (200, 200, 200, 200, 200, 200, 200, 200),
    "meetings:ics@draft": (LOGIN, 404, 200, 200, 200, 404, 404, 404),
    "meetings:ics@approved": (200, 200, 200, 200, 200, 200, 200, 200),
    "meetings:edit@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "meetings:approve@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "meetings:cancel@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "meetings:versions@approved": (LOGIN, 403, 200, 200, 200, 403, 403, 403),
    "meetings:version@approved": (LOGIN, 403, 200, 200, 200, 403, 403, 403),
    "meetings:versions_compare@approved": (LOGIN, 403, 200, 200, 200, 403, 403, 403),
    "meetings:attendance@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "meetings:item_add@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "meetings:item@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    # The recording page and its parts: whoever manages the meeting.
    "meetings:record@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "meetings:record@approved": (LOGIN, 403, 403, 200, 200, 403, 403, 403),
    "meetings:projector@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "meetings:record_item@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "meetings:record_task_form@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "meetings:record_presenters@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "meetings:record_decision_edit@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "meetings:record_task_edit@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "meetings:item_edit@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "meetings:item_delete@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "meetings:attachment@draft": (LOGIN, 404, 200, 200, 200, 404, 404, 404),
    "meetings:attachment@approved": (200, 200, 200, 200, 200, 200, 200, 200),
    "meetings:poll_list": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    "meetings:poll_create": (LOGIN, 403, 403, 200, 200, 403, 403, 403),
    "meetings:poll_detail": (LOGIN, 404, 200, 200, 200, 404, 404, 404),
    "meetings:poll_choose": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "meetings:poll_link": (400, 400, 400, 400, 400, 400, 400, 400),
    "decisions:tasks": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    "decisions:my_tasks": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    "decisions:task": (LOGIN, 404, 200, 200, 200, 404, 404, 404),
    "decisions:decisions": (200, 200, 200, 200, 200, 200, 200, 200),
    "decisions:decision@draft": (404, 404, 200, 200, 200, 404, 404, 404),
    "decisions:task_done_link": (400, 400, 400, 400, 400, 400, 400, 400),
    # Topics (Vorhaben) are the network's own work: current members of a body and the
    # secretariat read them (issue 13); a signed-in login without membership (outsider,
    # company, consultant, purchaser) is refused. The world's topic has no document.
    "decisions:topics": (LOGIN, 403, 200, 200, 200, 403, 403, 403),
    "decisions:topic": (LOGIN, 403, 200, 200, 200, 403, 403, 403),
    "decisions:topic_document": (LOGIN, 403, 404, 404, 404, 403, 403, 403),
    "decisions:topic_create": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "decisions:topic_edit": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    # Papers (Vorlagen, issue 21) are read like topics; the world's paper is not public,
    # so its files are for members too (a public paper's files are for everyone).
    "papers:list": (LOGIN, 403, 200, 200, 200, 403, 403, 403),
    "papers:create": (LOGIN, 403, 200, 200, 200, 403, 403, 403),
    "papers:detail": (LOGIN, 403, 200, 200, 200, 403, 403, 403),
    "papers:edit": (LOGIN, 403, 200, 200, 200, 403, 403, 403),
    "papers:compare": (LOGIN, 403, 200, 200, 200, 403, 403, 403),
    "papers:version": (LOGIN, 403, 200, 200, 200, 403, 403, 403),
    "papers:version_download": (LOGIN, 403, 200, 200, 200, 403, 403, 403),
    "network:interest_register": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    "network:interests": (LOGIN, 403, 403, 200, 200, 403, 403, 403),
    "network:interest_decline": (LOGIN, 404, 404, 200, 200, 404, 404, 404),
    "network:my_data": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    "network:my_data_export": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    "network:person_export": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "network:person_erase": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "api:body_feed": (200, 200, 200, 200, 200, 200, 200, 200),
    "api:person_feed": (404, 404, 404, 404, 404, 404, 404, 404),
    "api:docs": (200, 200, 200, 200, 200, 200, 200, 200),
    "api:tokens": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    "protocols:protocol_pdf@draft": (LOGIN, 404, 200, 200, 200, 404, 404, 404),
    "protocols:protocol_pdf@approved": (200, 200, 200, 200, 200, 200, 200, 200),
    "protocols:protocol_docx@draft": (LOGIN, 404, 200, 200, 200, 404, 404, 404),
    "protocols:protocol_md@approved": (200, 200, 200, 200, 200, 200, 200, 200),
    "protocols:agenda_pdf@draft": (LOGIN, 404, 200, 200, 200, 404, 404, 404),
    "protocols:import": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    # The seed meeting of the walk was not imported: there is nothing to review.
    "protocols:import_review@draft": (LOGIN, 403, 403, 403, 404, 403, 403, 403),
    # A web import's run page and its status (issue 20): the secretariat only; the walk
    # has no run with the seed meeting's number.
    "protocols:import_run@draft": (LOGIN, 403, 403, 403, 404, 403, 403, 403),
    "protocols:import_run_status@draft": (LOGIN, 403, 403, 403, 404, 403, 403, 403),
    "protocols:search": (200, 200, 200, 200, 200, 200, 200, 200),
    "suppliers:search": (200, 200, 200, 200, 200, 200, 200, 200),
    # The audit log (Änderungsprotokoll) is the secretariat's alone.
    "lib:audit_log": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    # The worker's schedule (Zeitplan) too.
    "lib:schedule": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    # Signed-in users see a notice instead of the form; a forged link is refused.
    "registration:register": (200, 200, 200, 200, 200, 200, 200, 200),
    "registration:sent": (200, 200, 200, 200, 200, 200, 200, 200),
    "registration:resend": (200, 200, 200, 200, 200, 200, 200, 200),
    "registration:confirm": (400, 400, 400, 400, 400, 400, 400, 400),
    "suppliers:verify_form": (200, 200, 200, 200, 200, 200, 200, 200),
    "suppliers:verify": (200, 200, 200, 200, 200, 200, 200, 200),
    "suppliers:qr": (200, 200, 200, 200, 200, 200, 200, 200),
    "suppliers:detail": (200, 200, 200, 200, 200, 200, 200, 200),
    # The export of a result list is for purchasers (issue 6) and the office.
    "suppliers:search_csv": (LOGIN, 403, 403, 403, 200, 403, 403, 200),
    # Any signed-in person may register a (new) supplier profile.
    "suppliers:register": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    "suppliers:mine": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    "suppliers:consultant": (LOGIN, 403, 403, 403, 403, 403, 200, 403),
    # Profile, seal application, LkSG declaration and certificate are the supplier's
    # (its staff) and the office's. Judgement call kept from the app: the consultant
    # follows the company's applications (below) but does not edit for it here.
    "suppliers:edit": (LOGIN, 403, 403, 403, 200, 200, 403, 403),
    "suppliers:apply": (LOGIN, 403, 403, 403, 200, 200, 403, 403),
    "suppliers:lksg": (LOGIN, 403, 403, 403, 200, 200, 403, 403),
    # Management-system certificates: the supplier's staff and the office (issue 17).
    "suppliers:certificates": (LOGIN, 403, 403, 403, 200, 200, 403, 403),
    "suppliers:certificate_file": (LOGIN, 403, 403, 403, 200, 200, 403, 403),
    # The seal fee's invoice (Factur-X PDF, XRechnung): the supplier and the office.
    "suppliers:invoice_pdf": (LOGIN, 403, 403, 403, 200, 200, 403, 403),
    "suppliers:invoice_xml": (LOGIN, 403, 403, 403, 200, 200, 403, 403),
    # Profiles shared once with many buyers: the supplier gives shares, the purchaser
    # who redeemed the world's code opens the profile and its documents.
    "suppliers:shares": (LOGIN, 403, 403, 403, 200, 200, 403, 403),
    "suppliers:share_redeem": (LOGIN, 403, 403, 403, 403, 403, 403, 200),
    "suppliers:shared_profile": (LOGIN, 404, 404, 404, 404, 404, 404, 200),
    "suppliers:shared_document": (LOGIN, 404, 404, 404, 404, 404, 404, 200),
    "suppliers:risk": (LOGIN, 403, 403, 403, 200, 200, 403, 403),
    "suppliers:certificate": (LOGIN, 403, 403, 403, 200, 200, 403, 403),
    "suppliers:applications": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "suppliers:revoke": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    # "A consultant sees ... open seal applications" (issue 6).
    "suppliers:application": (LOGIN, 404, 404, 404, 200, 200, 200, 404),
    # The LkSG evidence and requests: the supplier, the office and the purchaser who
    # asked, once answered. Judgement call kept: not the consultant (issue 6 gives the
    # consultant assessments, applications and seals, not LkSG).
    "suppliers:evidence": (LOGIN, 404, 404, 404, 200, 200, 404, 200),
    "suppliers:request": (LOGIN, 404, 404, 404, 200, 200, 404, 200),
    "suppliers:request_pdf": (LOGIN, 404, 404, 404, 200, 200, 404, 200),
    "suppliers:request_csv": (LOGIN, 404, 404, 404, 200, 200, 404, 200),
    "checks:index": (200, 200, 200, 200, 200, 200, 200, 200),
    "checks:instrument": (200, 200, 200, 200, 200, 200, 200, 200),
    "checks:statistics": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "checks:survey_results": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    # Lists only the companies one works for (all for the office).
    "checks:companies": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    # Company staff and its current consultant work on its assessments; the office reads.
    "checks:company": (LOGIN, 404, 404, 404, 200, 200, 200, 404),
    "checks:assessment": (LOGIN, 404, 404, 404, 200, 200, 200, 404),
    "checks:theme": (LOGIN, 404, 404, 404, 200, 200, 200, 404),
    "checks:result": (LOGIN, 404, 404, 404, 200, 200, 200, 404),
    "checks:action_plan": (LOGIN, 404, 404, 404, 200, 200, 200, 404),
    "checks:action_plan_xlsx": (LOGIN, 404, 404, 404, 200, 200, 200, 404),
    # The world's assessment is unfinished: the report redirects with a message.
    "checks:report": (LOGIN, 404, 404, 404, 302, 302, 302, 404),
    # The secretariat reads assessments but does not write the company's plan.
    "checks:measure": (LOGIN, 404, 404, 404, 403, 200, 200, 404),
    "decisions:decision@approved": (200, 200, 200, 200, 200, 200, 200, 200),
    # Fremdbau GmbH: no role works for it; the consultant's consultancy ended yesterday.
    "checks:company@other": (LOGIN, 404, 404, 404, 200, 404, 404, 404),
    "checks:assessment@other": (LOGIN, 404, 404, 404, 200, 404, 404, 404),
    "checks:result@other": (LOGIN, 404, 404, 404, 200, 404, 404, 404),
    "checks:action_plan@other": (LOGIN, 404, 404, 404, 200, 404, 404, 404),
    "checks:measure@other": (LOGIN, 404, 404, 404, 403, 404, 404, 404),
    "suppliers:detail@other": (200, 200, 200, 200, 200, 200, 200, 200),
    "suppliers:edit@other": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "suppliers:lksg@other": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "suppliers:apply@other": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "suppliers:risk@other": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "suppliers:evidence@other": (LOGIN, 404, 404, 404, 200, 404, 404, 404),
    # Another purchaser's request to the company's supplier: the supplier sees it,
    # the purchaser role does not.
    "suppliers:request@foreign": (LOGIN, 404, 404, 404, 200, 200, 404, 404),
    "suppliers:request_pdf@foreign": (LOGIN, 404, 404, 404, 404, 404, 404, 404),
    # The purchaser role's request to Fremdbau, not answered yet: no summary for anyone.
    "suppliers:request@open": (LOGIN, 404, 404, 404, 200, 404, 404, 200),
    "suppliers:request_pdf@open": (LOGIN, 404, 404, 404, 404, 404, 404, 404),
    # Complaint procedure (issue 17): public pages, the reporter's own case only through
    # code and password (none here: back to the form), cases for handlers only (no role
    # is one), handlers named by the secretariat, adoption and counts for the company.
    "complaints:index": (200, 200, 200, 200, 200, 200, 200, 200),
    "complaints:rules": (200, 200, 200, 200, 200, 200, 200, 200),
    "complaints:report": (200, 200, 200, 200, 200, 200, 200, 200),
    "complaints:follow": (200, 200, 200, 200, 200, 200, 200, 200),
    "complaints:reporter_case": (302, 302, 302, 302, 302, 302, 302, 302),
    "complaints:reporter_file": (404, 404, 404, 404, 404, 404, 404, 404),
    "complaints:cases": (LOGIN, 403, 403, 403, 403, 403, 403, 403),
    "complaints:case": (LOGIN, 403, 403, 403, 403, 403, 403, 403),
    "complaints:case_file": (LOGIN, 403, 403, 403, 403, 403, 403, 403),
    "complaints:handlers": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "complaints:adopt": (LOGIN, 403, 403, 403, 200, 200, 403, 403),
    "complaints:statistics": (LOGIN, 403, 403, 403, 200, 200, 403, 403),
    # Votes (issue 15): the world's written procedure of the AG Transfer, chair and member
    # vote; the secretariat and the chair manage it; its count stays hidden until the close.
    "votes:list": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    "votes:create": (LOGIN, 403, 403, 302, 302, 403, 403, 403),
    "votes:rules": (LOGIN, 403, 200, 200, 200, 403, 403, 403),
    "votes:detail": (LOGIN, 404, 200, 200, 200, 404, 404, 404),
    "votes:cancel": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "votes:export": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "votes:attachment": (LOGIN, 404, 200, 200, 200, 404, 404, 404),
    "votes:live": (LOGIN, 404, 403, 403, 403, 404, 404, 404),
    # Review round (issue 14): the world's round on the seed's draft; the chair, the member
    # and the secretariat review it; the note-taker (secretariat) and managers run it.
    "reviews:settings": (LOGIN, 404, 200, 200, 200, 404, 404, 404),
    "reviews:meeting": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "reviews:detail": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "reviews:read": (LOGIN, 404, 200, 200, 200, 404, 404, 404),
    "reviews:link": (400,) * 8,
    # The public calendar (issue 14): the AG Transfer is public; addresses only for the
    # secretariat; a forged confirm or unsubscribe link is refused.
    "subscriptions:calendar": (200,) * 8,
    "subscriptions:body": (200,) * 8,
    "subscriptions:sent": (200,) * 8,
    "subscriptions:atom": (200,) * 8,
    "subscriptions:ics": (200,) * 8,
    "subscriptions:meeting": (200,) * 8,
    "subscriptions:confirm": (400,) * 8,
    "subscriptions:leave": (400,) * 8,
    "subscriptions:manage": (LOGIN, 403, 403, 403, 200, 403, 403, 403),
    "votes:link": (400, 400, 400, 400, 400, 400, 400, 400),
    # Invitations (issue 14): "Einladen" leads to the preview, which with the answers and
    # the minutes' delivery log is for whoever manages the meeting; one's own answer for
    # the invited alone; the personal link is refused when forged.
    "meetings:invite@draft": (LOGIN, 404, 403, 302, 302, 404, 404, 404),
    "invitations:preview@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "invitations:deliveries@draft": (LOGIN, 404, 403, 200, 200, 404, 404, 404),
    "invitations:deliveries@approved": (LOGIN, 403, 403, 200, 200, 403, 403, 403),
    "invitations:my_answer@draft": (LOGIN, 404, 404, 404, 404, 404, 404, 404),
    "invitations:settings": (LOGIN, 403, 403, 200, 200, 403, 403, 403),
    "invitations:answer": (400, 400, 400, 400, 400, 400, 400, 400),
}

EXPECTED_GET.update(regional_roles.EXPECTED_GET)  # networks and events (issue 16)
EXPECTED_GET.update(planning_roles.EXPECTED_GET)  # agenda proposals and planning (issue 14)

# POST-only URLs: a GET is refused before anything else; the POST walk below checks roles.
POST_ONLY = {
    "logout",
    "accounts:recovery_codes",
    "set_language",
    "meetings:state",
    "meetings:attendance_add",
    "meetings:item_move",
    "meetings:agenda_reorder",
    "meetings:item_correct",
    "meetings:decision_add",
    "meetings:record_clock",
    "meetings:record_preview",
    "meetings:record_attendance",
    "meetings:record_guest",
    "meetings:record_minutes",
    "meetings:record_decision_add",
    "meetings:record_decision_delete",
    "meetings:record_task_add",
    "meetings:record_task_delete",
    "meetings:record_attachment_add",
    "meetings:task_add",
    "meetings:attachment_add",
    "meetings:attachment_delete",
    "meetings:poll_answer",
    "decisions:task_status",
    "decisions:topic_status",
    "decisions:topic_link",
    "decisions:topic_unlink",
    "papers:file_add",
    "papers:version_add",
    "papers:consultation_add",
    "papers:agenda_put",
    "papers:result",
    "papers:stage",
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
    "suppliers:certificate_delete",
    "suppliers:renewal_start",
    "suppliers:invoice_action",
    "suppliers:request_answer",
    "complaints:reporter_leave",
    "complaints:case_message",
    "complaints:case_record",
    "complaints:case_take",
    "complaints:case_pass_on",
    "complaints:case_inform",
    "complaints:handler_retire",
    "api:token_revoke",
    "api:feed_reset",
    "protocols:import_run_resume",
    "votes:cast",
    "votes:close",
    "votes:meeting_open",
    "votes:hand_count",
    "reviews:widen",
    "reviews:close",
    "reviews:approve",
    "reviews:decide",
    "subscriptions:subscribe",
    "subscriptions:publish",
    "subscriptions:delete",
    "votes:send_links",
    "invitations:retry",
}

# POST with an empty form: who gets through to the form (200 with errors or 302 on
# success) and who is stopped. "ok" means 200 or a redirect that is not to the login.
EXPECTED_POST = {
    "meetings:state@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:item_move@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:agenda_reorder@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:decision_add@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:record_clock@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:record_preview@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:record_attendance@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:record_guest@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:record_minutes@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:record_decision_add@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:record_decision_delete@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:record_task_add@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:record_task_delete@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:record_attachment_add@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:task_add@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:attachment_add@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:attendance_add@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:item_correct@approved": (LOGIN, 403, 403, "ok", "ok", 403, 403, 403),
    "meetings:attachment_delete@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:edit@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:poll_create": (LOGIN, 403, 403, "ok", "ok", 403, 403, 403),
    "meetings:poll_answer": (LOGIN, 404, "ok", "ok", "ok", 404, 404, 404),
    "meetings:poll_choose": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "meetings:poll_link": (400, 400, 400, 400, 400, 400, 400, 400),
    "accounts:recovery_codes": (LOGIN, "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
    "network:membership_end": (LOGIN, 403, 403, 403, "ok", 403, 403, 403),
    "network:body_create": (LOGIN, 403, 403, "ok", "ok", 403, 403, 403),
    "decisions:task_status": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "decisions:topic_status": (LOGIN, 403, 403, 403, "ok", 403, 403, 403),
    "decisions:topic_link": (LOGIN, 403, 403, 403, "ok", 403, 403, 403),
    "decisions:topic_unlink": (LOGIN, 403, 403, 403, "ok", 403, 403, 403),
    # Members of the paper's body work on it; results are recorded by who runs the body.
    **{
        f"papers:{name}": (LOGIN, 403, "ok", "ok", "ok", 403, 403, 403)
        for name in (
            "create",
            "edit",
            "file_add",
            "version_add",
            "consultation_add",
            "agenda_put",
            "stage",
        )
    },
    "papers:result": (LOGIN, 403, 403, "ok", "ok", 403, 403, 403),
    "network:interest_accept": (LOGIN, 404, 404, "ok", "ok", 404, 404, 404),
    "network:interest_decline": (LOGIN, 404, 404, "ok", "ok", 404, 404, 404),
    "network:person_erase": (LOGIN, 403, 403, 403, "ok", 403, 403, 403),
    "checks:assessment_start": (LOGIN, 404, 404, 404, 403, "ok", "ok", 404),
    "checks:action_plan_prefill": (LOGIN, 404, 404, 404, 403, "ok", "ok", 404),
    # Only the company itself signs its self-declaration, not its consultant.
    "checks:declare": (LOGIN, 404, 404, 404, 403, "ok", 403, 404),
    "checks:measure_delete": (LOGIN, 404, 404, 404, 403, "ok", "ok", 404),
    "checks:survey_start": (LOGIN, "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
    # Only purchasers request LkSG declarations (issue 6).
    "suppliers:request_create": (LOGIN, 403, 403, 403, 403, 403, 403, "ok"),
    # The company gets through to the form; the approved application cannot be
    # resubmitted, so the form answers 400 with the reason.
    "suppliers:resubmit": (LOGIN, 404, 404, 404, 403, 400, 403, 404),
    # Who may not see a document gets 404, as on its download; the purchaser sees it.
    "suppliers:evidence_delete": (LOGIN, 404, 404, 404, "ok", "ok", 404, 403),
    "suppliers:certificate_delete": (LOGIN, 403, 403, 403, "ok", "ok", 403, 403),
    "suppliers:renewal_start": (LOGIN, 403, 403, 403, "ok", "ok", 403, 403),
    "suppliers:invoice_action": (LOGIN, 403, 403, 403, "ok", 403, 403, 403),
    "suppliers:request_answer": (LOGIN, 404, 404, 404, 403, "ok", 404, 403),
    # Everyone signed in keeps their own tokens; another's token is not found.
    "api:tokens": (LOGIN, "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
    "api:token_revoke": (LOGIN, 404, 404, 404, "ok", 404, 404, 404),
    "api:feed_reset": (LOGIN, "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
    "complaints:reporter_leave": ("ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
    **{
        f"complaints:{name}": (LOGIN, 403, 403, 403, 403, 403, 403, 403)
        for name in ("case_message", "case_record", "case_take", "case_pass_on", "case_inform")
    },
    "complaints:handler_retire": (LOGIN, 403, 403, 403, "ok", 403, 403, 403),
    # Fremdbau GmbH (see EXPECTED_GET).
    "checks:assessment_start@other": (LOGIN, 404, 404, 404, 403, 404, 404, 404),
    "checks:action_plan_prefill@other": (LOGIN, 404, 404, 404, 403, 404, 404, 404),
    "checks:measure_delete@other": (LOGIN, 404, 404, 404, 403, 404, 404, 404),
    "suppliers:evidence_delete@other": (LOGIN, 404, 404, 404, "ok", 404, 404, 404),
    "suppliers:request_answer@foreign": (LOGIN, 404, 404, 404, 403, "ok", 404, 404),
    "suppliers:request_answer@open": (LOGIN, 404, 404, 404, 403, 404, 404, 403),
    "protocols:import_run_resume@draft": (LOGIN, 403, 403, 403, 404, 403, 403, 403),
    "registration:register": ("ok",) * 8,
    "registration:resend": ("ok",) * 8,
    "registration:confirm": (400,) * 8,
    "votes:cast": (LOGIN, 404, "ok", "ok", "ok", 404, 404, 404),
    "votes:close": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "votes:cancel": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "votes:hand_count": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "votes:send_links": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "votes:meeting_open": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    # A second round while one runs, an empty answer: refused with a message (400).
    "reviews:settings": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "reviews:meeting": (LOGIN, 404, 403, 400, 400, 404, 404, 404),
    "reviews:read": (LOGIN, 404, 400, 400, 400, 404, 404, 404),
    "reviews:widen": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "reviews:close": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "reviews:approve": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "reviews:decide": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    # An empty address is refused (400) for everyone; a forged link too.
    "subscriptions:subscribe": (400,) * 8,
    "subscriptions:confirm": (400,) * 8,
    "subscriptions:leave": (400,) * 8,
    "subscriptions:publish": (LOGIN, 403, 403, 403, "ok", 403, 403, 403),
    "subscriptions:delete": (LOGIN, 403, 403, 403, "ok", 403, 403, 403),
    "votes:rules": (LOGIN, 403, 403, 403, "ok", 403, 403, 403),
    "votes:create": (LOGIN, 403, 403, "ok", "ok", 403, 403, 403),
    "votes:link": (400,) * 8,
    "invitations:preview@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "invitations:retry@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "invitations:deliveries@draft": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "invitations:settings": (LOGIN, 403, 403, "ok", "ok", 403, 403, 403),
    "invitations:answer": (400,) * 8,
}

EXPECTED_POST.update(regional_roles.EXPECTED_POST)  # networks and events (issue 16)
EXPECTED_POST.update(planning_roles.EXPECTED_POST)  # agenda proposals and planning (issue 14)
POST_ONLY |= planning_roles.POST_ONLY

# Outside this walk: the admin (Django's own permissions) and the APIs, walked with
# tokens by test_every_api_endpoint_every_role.py.
SKIP_PREFIXES = ("admin/", "api/v1/", "oparl/")


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


@dataclass
class World:
    objects: dict  # variant ("draft", "approved") → ids
    singles: dict  # URL name, or case "name@variant", → kwargs
    users: dict  # role → User (no entry for "anonymous")


@pytest.fixture
def world(role_world) -> World:
    return role_world


def build_world(seed_meeting, people, ag_transfer, om) -> World:
    """The objects every URL case points at (the API walk points at them too)."""
    approved = meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=dt.date(2022, 11, 24),
        start_time=dt.time(9),
        end_time=dt.time(11),
        location="Heidelberg",
    )
    public_item = agenda_item_add(meeting=approved, name="Öffentlicher Punkt")
    internal_item = agenda_item_add(meeting=approved, name="Interner Punkt", public=False)
    pdf = PDF
    approved_attachment = attachment_add(
        meeting=approved,
        agenda_item=public_item,
        file=SimpleUploadedFile("vortrag.pdf", pdf, content_type="application/pdf"),
    )
    minutes_record(item=public_item, minutes="Öffentlich.")
    approved_decision = decision_record(
        meeting=approved, agenda_item=public_item, text="Die AG Transfer vereinbart Öffentliches."
    )
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
    # The company: its staff, its consultant and (as supplier) its purchaser are roles.
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
    adviser = make_person("Claus", "Berater", username="consultant")
    check_services.consultant_assign(company=company, consultant=adviser, authorised=True)
    safety = Instrument.objects.get(code=SAFETY_CHECK_CODE)
    survey = Instrument.objects.get(kind="survey")
    assessment = check_services.assessment_start(
        instrument=safety, company=company, actor=staff.user
    )
    supplier_objects, buyer = _supplier_world(
        company, staff.user, safety, people["secretariat"].user
    )
    measure = check_services.measure_save(
        assessment=assessment, actor=staff.user, text="Gefährdungsbeurteilung aktualisieren"
    )
    membership = people["chair"].memberships.get()
    secretariat_token, _secret = token_create(
        user=people["secretariat"].user, name="Kalender-Abgleich", scope="read"
    )
    # A date poll of the AG Transfer: its members are invited, the outsider is not.
    poll = date_poll_create(
        body=ag_transfer,
        title="AG Transfer",
        slots=[(dt.date.today() + dt.timedelta(days=30), dt.time(9), dt.time(11))],
    )
    vote = vote_start(
        body=ag_transfer,
        title="Umlauf",
        motion="Die AG Transfer beschließt im Umlauf.",
        deadline=timezone.now() + dt.timedelta(days=7),
        attachments=[SimpleUploadedFile("antrag.pdf", pdf, content_type="application/pdf")],
    )
    objects = {
        "draft": {
            "pk": seed_meeting.pk,
            "item_pk": draft_item.pk,
            "attachment_pk": draft_attachment.pk,
            "decision": seed_meeting.decisions.first().pk,
            "bare_item_pk": seed_meeting.agenda_items.get(number="1").pk,
            "decision_pk": seed_meeting.decisions.first().pk,
            "task_pk": seed_meeting.tasks.filter(agenda_item__isnull=False).first().pk,
        },
        "approved": {
            "pk": approved.pk,
            "item_pk": public_item.pk,
            "attachment_pk": approved_attachment.pk,
            "version": 1,
            "decision": approved_decision.pk,
            "internal_item_pk": internal_item.pk,
        },
    }
    singles = {
        "portal:picker": {"kind": "person"},
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
        "api:token_revoke": {"pk": secretariat_token.pk},
        "registration:confirm": {"token": "gefaelscht"},
        **{
            f"votes:{name}": {"pk": vote.pk}
            for name in ("detail", "cast", "close", "cancel", "live", "hand_count", "send_links")
        },
        "votes:export": {"pk": vote.pk, "fmt": "csv"},
        "votes:attachment": {"pk": vote.attachments.get().pk},
        "votes:rules": {"body_pk": ag_transfer.pk},
        "votes:link": {"token": "gefaelscht"},
        "invitations:settings": {"body_pk": ag_transfer.pk},
        "invitations:answer": {"token": "gefaelscht"},
        "votes:meeting_open": {"meeting_pk": seed_meeting.pk, "item_pk": draft_item.pk},
        "accounts:password_reset_confirm": {"uidb64": "MQ", "token": "gefaelscht"},
        "accounts:two_factor_reset": {"pk": people["member"].user_id},
        **supplier_objects,
        **_complaint_world(supplier_objects, people["secretariat"].user),
    }
    singles.update(regional_roles.network_world(people))  # networks and events (issue 16)
    # Cases on objects of another company (case "name@variant" → kwargs).
    singles.update(_other_world(safety, adviser, buyer, supplier_objects))
    singles.update(review_world(seed_meeting, people, ag_transfer))
    singles.update(planning_roles.planning_world(seed_meeting, people, ag_transfer))
    singles.update(subscription_world(ag_transfer, approved))
    singles.update(paper_world(ag_transfer, public_item))
    users = {role: person.user for role, person in people.items()}
    users.update(company=staff.user, consultant=adviser.user, purchaser=buyer)
    return World(objects, singles, users)


def _complaint_world(supplier_objects, office_user) -> dict:
    """The world's company adopted the complaint procedure; one case with a file, a handler."""
    supplier = Supplier.objects.get(pk=supplier_objects["suppliers:detail"]["pk"])
    complaint_services.procedure_adopt(supplier=supplier, actor=office_user)
    handler_user = make_person("Hanna", "Hinweis", username="beschwerde").user
    handler = complaint_services.handler_appoint(
        user=handler_user, impartial=True, confidential=True, actor=office_user
    )
    pdf = SimpleUploadedFile("foto.pdf", PDF, content_type="application/pdf")
    case, _password = complaint_services.case_file(
        supplier=supplier, risk="safety", description="Fluchtweg zugestellt", files=[pdf]
    )
    by_case = {"pk": case.pk}
    by_supplier = {"supplier_pk": supplier.pk}
    return {
        **{f"complaints:{n}": by_supplier for n in ("rules", "adopt", "statistics")},
        **{
            f"complaints:{n}": by_case for n in ("case", "case_message", "case_record", "case_take")
        },
        "complaints:case_pass_on": by_case,
        "complaints:case_inform": by_case,
        **{f"complaints:{n}": {"pk": case.files.get().pk} for n in ("case_file", "reporter_file")},
        "complaints:handler_retire": {"pk": handler.pk},
    }


def _other_world(safety, adviser, buyer, supplier_objects) -> dict:
    """Fremdbau GmbH, which no role works for: the company role's, consultant's and
    purchaser's rights stop at their own company, consultancy and requests.

    The consultant served Fremdbau until yesterday; another purchaser asked the
    world's supplier for its declaration; the purchaser role asked Fremdbau (no answer yet).
    """
    other_staff = make_person("Olga", "Fremd", username="otherstaff")
    other = check_services.company_create(
        name="Fremdbau GmbH",
        wz_code="41.20",
        size_class="micro",
        postcode="10115",
        federal_state="BE",
        staff=[other_staff.user],
    )
    ended = check_services.consultant_assign(company=other, consultant=adviser)
    ended.end_date = dt.date.today() - dt.timedelta(days=1)
    ended.save(update_fields=["end_date"])
    assessment = check_services.assessment_start(
        instrument=safety, company=other, actor=other_staff.user
    )
    measure = check_services.measure_save(
        assessment=assessment, actor=other_staff.user, text="Unterweisung planen"
    )
    supplier = supplier_services.supplier_register(
        actor=other_staff.user, company=other, town="Berlin", products="Rohbau"
    )
    risk = LksgRisk.values[0]
    declaration = supplier_services.risk_declare(
        supplier=supplier,
        risk=risk,
        status="no_risk",
        measures="Geprüft",
        files=[SimpleUploadedFile("fremd.pdf", PDF, content_type="application/pdf")],
        actor=other_staff.user,
    )
    other_buyer = make_person("Frida", "Fremdeinkauf", username="fremdeinkauf")
    other_purchaser = Purchaser.objects.create(
        user=other_buyer.user, organisation_name="Andere Kundin GmbH"
    )
    world_supplier_pk = supplier_objects["suppliers:detail"]["pk"]
    foreign = supplier_services.due_diligence_request(
        purchaser=other_purchaser,
        supplier=Supplier.objects.get(pk=world_supplier_pk),
        actor=other_buyer.user,
    )
    open_request = supplier_services.due_diligence_request(
        purchaser=Purchaser.objects.get(user=buyer), supplier=supplier, actor=buyer
    )
    by_supplier = {"pk": supplier.pk}
    return {
        **{f"checks:{n}@other": {"pk": other.pk} for n in ("company", "assessment_start")},
        **{
            f"checks:{n}@other": {"pk": assessment.pk}
            for n in ("assessment", "result", "action_plan", "action_plan_prefill")
        },
        **{f"checks:{n}@other": {"pk": measure.pk} for n in ("measure", "measure_delete")},
        **{f"suppliers:{n}@other": by_supplier for n in ("detail", "edit", "lksg", "apply")},
        "suppliers:risk@other": {"pk": supplier.pk, "risk": risk},
        **{
            f"suppliers:{n}@other": {"pk": declaration.evidence.first().pk}
            for n in ("evidence", "evidence_delete")
        },
        **{
            f"suppliers:{n}@foreign": {"pk": foreign.pk}
            for n in ("request", "request_pdf", "request_answer")
        },
        **{
            f"suppliers:{n}@open": {"pk": open_request.pk}
            for n in ("request", "request_pdf", "request_answer")
        },
    }


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
    # The seal's fee was invoiced and paid (the world runs without fees otherwise).
    Supplier.objects.filter(pk=supplier.pk).update(street="Industriestraße 5")
    application.supplier.refresh_from_db()
    with override_settings(SEAL_FEE_NET="280.00"):
        invoice = invoice_issue(application=application, actor=staff_user)
    invoice_mark_paid(invoice=invoice, actor=office_user)
    # The supplier shared its profile by a code the world's purchaser redeemed.
    share, code = share_by_code(supplier=supplier, label="Großkunde", actor=staff_user)
    share_redeem(code=code, purchaser=purchaser, actor=buyer.user)
    number = {"number": application.seal.number}
    by_supplier = {"pk": supplier.pk}
    today = timezone.localdate()
    certificate = certificate_add(
        supplier=supplier,
        standard="ISO 14001",
        issuer="TÜV",
        valid_from=today,
        valid_until=today + dt.timedelta(days=365),
        upload=SimpleUploadedFile("iso.pdf", PDF, content_type="application/pdf"),
        actor=staff_user,
    )
    return {
        "suppliers:certificates": by_supplier,
        "suppliers:shares": by_supplier,
        **{
            f"suppliers:{n}": {"pk": invoice.pk}
            for n in ("invoice_pdf", "invoice_xml", "invoice_action")
        },
        "suppliers:shared_profile": {"share_pk": share.pk},
        "suppliers:shared_document": {
            "share_pk": share.pk,
            "kind": "nachweis",
            "doc_pk": declaration.evidence.first().pk,
        },
        **{
            f"suppliers:{n}": {"pk": certificate.pk}
            for n in ("certificate_file", "certificate_delete")
        },
        **{
            f"suppliers:{n}": by_supplier
            for n in ("detail", "edit", "apply", "lksg", "request_create", "renewal_start")
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
    }, buyer.user


def url_for(case: str, world: World) -> str:
    objects, singles = world.objects, world.singles
    if case in singles:
        return reverse(case.partition("@")[0], kwargs=singles[case])
    name, _, variant = case.partition("@")
    if name in singles:
        return reverse(name, kwargs=singles[name])
    if not variant:
        return reverse(name)
    values = objects[variant]
    if name == "decisions:decision":
        return reverse(name, kwargs={"pk": values["decision"]})
    signatures = (
        ("pk", "item_pk"),
        ("pk", "attachment_pk"),
        ("pk", "decision_pk"),
        ("pk", "task_pk"),
        ("pk", "version"),
        ("pk",),
    )
    for keys in signatures:
        try:
            return reverse(name, kwargs={k: values[k] for k in keys})
        except Exception:  # noqa: BLE001 - try the next signature
            continue
    raise AssertionError(f"no URL for {case}")


def outcome(response) -> object:
    if response.status_code == 302 and "/anmelden/" in response["Location"]:
        return LOGIN
    return response.status_code


@pytest.fixture(autouse=True)
def _quiet_refusals(caplog):
    # The walk provokes hundreds of 401, 403 and 404 answers on purpose; logging each
    # with its traceback would cost a sixth of the walk's time.
    caplog.set_level(logging.ERROR, logger="django.request")


def signed_in(world: World, role: str) -> Client:
    """A test client for the role, signed in once for the whole walk."""
    client = Client()
    if role != "anonymous":
        client.force_login(world.users[role])
    return client


def test_every_url_is_in_the_table():
    listed = {case.partition("@")[0] for case in EXPECTED_GET} | POST_ONLY
    listed |= {case.partition("@")[0] for case in EXPECTED_POST}
    missing = all_url_names() - listed
    assert not missing, f"URLs without a permission entry: {sorted(missing)}"


@pytest.mark.parametrize("role", ROLES)
def test_every_role_gets_what_the_table_says_on_get(role, world):
    client, column = signed_in(world, role), ROLES.index(role)
    differences = []
    for case, expected in EXPECTED_GET.items():
        want = expected[column]
        got = outcome(client.get(url_for(case, world)))
        if got != want:
            differences.append(f"GET {case} as {role}: expected {want}, got {got}")
    assert not differences, "\n".join(differences)


def test_post_only_urls_refuse_a_get(world):
    client = signed_in(world, "secretariat")
    for name in POST_ONLY - {"logout", "set_language"}:
        case = next((c for c in EXPECTED_POST if c.partition("@")[0] == name), name)
        response = client.get(url_for(case, world))
        assert response.status_code == 405, name


@pytest.mark.parametrize("role", ROLES)
def test_every_role_gets_what_the_table_says_on_post(role, world):
    client, column = signed_in(world, role), ROLES.index(role)
    differences = []
    for case, expected in EXPECTED_POST.items():
        want = expected[column]
        # Each POST is undone so that every role meets the same data.
        with transaction.atomic():
            got = outcome(client.post(url_for(case, world), {}))
            transaction.set_rollback(True)
        if want == "ok":
            if got not in (200, 302):
                differences.append(f"POST {case} as {role}: expected ok, got {got}")
        elif got != want:
            differences.append(f"POST {case} as {role}: expected {want}, got {got}")
    assert not differences, "\n".join(differences)


# Who sees the protected fields of the world's supplier (its town, not only the
# postcode area): purchasers and the office everywhere, its own staff on its profile.
# Judgement call kept: the company's consultant sees the public profile only.
SEES_PROTECTED = {
    "suppliers:detail": {"secretariat", "company", "purchaser"},
    "suppliers:search": {"secretariat", "purchaser"},
}


def test_only_purchasers_the_office_and_the_supplier_see_protected_fields(world):
    differences = []
    for name, allowed in SEES_PROTECTED.items():
        url = url_for(name, world)
        for role in ROLES:
            page = signed_in(world, role).get(url).content.decode()
            if ("Aachen" in page) != (role in allowed):
                differences.append(f"{name} as {role}: town shown {'Aachen' in page}")
    assert not differences, "\n".join(differences)
