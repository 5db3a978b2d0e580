"""Planning's rows of the every-URL and every-API walks (lib/tests), and its world there.

Columns as there: anonymous, outsider, member, chair, secretariat, company, consultant,
purchaser. The world: the member's proposal for the seed meeting (with a file), the seed's
postponed item in the backlog. Planning is the body's own work: its members read it, the
chair and the secretariat decide; everyone else is refused (403 on a body's pages, 404 on
a meeting's or proposal's, as on the meeting pages).
"""

from django.core.files.base import ContentFile

from transferhub.planning.models import BacklogEntry, Proposal, ProposalFile

LOGIN = "login"
MEMBERS = (LOGIN, 404, 200, 200, 200, 404, 404, 404)
MANAGERS = (LOGIN, 403, 403, 200, 200, 403, 403, 403)

EXPECTED_GET = {
    "planning:index": (LOGIN, 200, 200, 200, 200, 200, 200, 200),
    "planning:body": (LOGIN, 403, 200, 200, 200, 403, 403, 403),
    "planning:series": MANAGERS,
    "planning:plan": MANAGERS,
    "planning:topic_add": MANAGERS,
    # The seed meeting's proposals (its minutes are a draft: the form is closed).
    "planning:proposals": MEMBERS,
    "planning:proposal": MEMBERS,
    "planning:proposal_file": MEMBERS,
}

POST_ONLY = {"planning:backlog_drop", "planning:deadline", "planning:proposal_decide"}

EXPECTED_POST = {
    "planning:series": (LOGIN, 403, 403, "ok", "ok", 403, 403, 403),
    "planning:plan": (LOGIN, 403, 403, "ok", "ok", 403, 403, 403),
    "planning:topic_add": (LOGIN, 403, 403, "ok", "ok", 403, 403, 403),
    "planning:backlog_drop": (LOGIN, 403, 403, "ok", "ok", 403, 403, 403),
    "planning:proposals": (LOGIN, 404, "ok", "ok", "ok", 404, 404, 404),
    "planning:deadline": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
    "planning:proposal_decide": (LOGIN, 404, 403, "ok", "ok", 404, 404, 404),
}

# The API: the same rules; writes without a token are 401, a member's write the chair
# keeps is 403, and the seed meeting (held) takes neither proposals nor a deadline (409).
READERS = (404, 404, 200, 200, 200, 404, 404, 404)
EXPECTED_API = {
    "GET /bodies/{body_id}/series": READERS,
    "PUT /bodies/{body_id}/series": (401, 404, 403, 200, 200, 404, 404, 404),
    "GET /bodies/{body_id}/backlog": READERS,
    "POST /bodies/{body_id}/backlog": (401, 404, 403, 201, 201, 404, 404, 404),
    "POST /bodies/{body_id}/next-meeting": (401, 404, 403, 201, 201, 404, 404, 404),
    "GET /meetings/{meeting_id}/proposals@draft": READERS,
    "POST /meetings/{meeting_id}/proposals@draft": (401, 404, 409, 409, 409, 404, 404, 404),
    "PUT /meetings/{meeting_id}/proposal-deadline@draft": (401, 404, 403, 409, 409, 404, 404, 404),
    "GET /proposals/{proposal_id}": READERS,
    "POST /proposals/{proposal_id}/decision": (401, 404, 403, 200, 200, 404, 404, 404),
    # The member's file: the proposer may add more only until the deadline (the seed
    # meeting takes none), the chair and the secretariat while it is undecided.
    "POST /proposals/{proposal_id}/files": (401, 404, 409, 201, 201, 404, 404, 404),
    "GET /proposal-files/{proposal_file_id}/download": (404, 404, 200, 200, 200, 404, 404, 404),
}

# Operations the walk sends a file to (multipart), not JSON.
UPLOADS = {"POST /proposals/{proposal_id}/files"}

API_BODIES = {
    "PUT /bodies/{body_id}/series": {"rhythm_weeks": 10},
    "POST /bodies/{body_id}/backlog": {"title": "Neues Thema"},
    "POST /bodies/{body_id}/next-meeting": {"date": "2030-01-15"},
    "POST /meetings/{meeting_id}/proposals": {"title": "Neues Thema"},
    "PUT /meetings/{meeting_id}/proposal-deadline": {"deadline": "2022-09-01T12:00:00+02:00"},
    "POST /proposals/{proposal_id}/decision": {"action": "park"},
}

PDF = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def planning_world(seed_meeting, people, ag_transfer) -> dict:
    """URL kwargs of the planning pages (URL name → kwargs)."""
    proposal = Proposal.objects.create(
        body=ag_transfer,
        meeting=seed_meeting,
        proposer=people["member"],
        presenter=people["member"],
        title="Erfahrungen mit der Umsetzungshilfe",
        duration_minutes=20,
    )
    stored = ProposalFile(
        proposal=proposal, file_name="folien.pdf", mime_type="application/pdf", size=len(PDF)
    )
    stored.file.save("folien.pdf", ContentFile(PDF), save=False)
    stored.save()
    entry = BacklogEntry.objects.get(source_item__meeting=seed_meeting)  # item 5, postponed
    by_body = {"pk": ag_transfer.pk}
    by_meeting = {"pk": seed_meeting.pk}
    return {
        **{f"planning:{n}": by_body for n in ("body", "series", "plan", "topic_add")},
        "planning:backlog_drop": {"pk": entry.pk},
        **{f"planning:{n}": by_meeting for n in ("proposals", "deadline")},
        **{f"planning:{n}": {"pk": proposal.pk} for n in ("proposal", "proposal_decide")},
        "planning:proposal_file": {"pk": stored.pk},
    }
