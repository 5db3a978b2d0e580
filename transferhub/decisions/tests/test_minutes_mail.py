import sys
import types

import pytest
from django.core import mail

from transferhub.decisions.notifications import minutes_mail_members, minutes_send_to_members
from transferhub.lib.models import ActionLog
from transferhub.meetings.models import Meeting
from transferhub.meetings.services import minutes_approve


@pytest.fixture
def approved(seed_meeting):
    Meeting.objects.filter(pk=seed_meeting.pk).update(state=Meeting.State.HELD)
    seed_meeting.refresh_from_db()
    return minutes_approve(meeting=seed_meeting)


@pytest.fixture
def without_pdf_writer(monkeypatch):
    monkeypatch.setitem(sys.modules, "transferhub.protocols.writing", None)


def test_approved_minutes_go_to_each_current_member_in_their_language(approved, without_pdf_writer):
    result = minutes_send_to_members.enqueue(approved.pk)
    assert result.return_value["sent"] == 3
    by_address = {m.to[0]: m for m in mail.outbox}
    german = by_address["oliver.kruse@example.org"]
    english = by_address["wilhelm.heidbrede@example.org"]
    assert german.subject == "Protokoll: AG Transfer vom 15.09.2022"
    assert english.subject.startswith("Minutes: AG Transfer of")
    assert "the minutes of the meeting" in english.body
    assert german.alternatives[0][1] == "text/html"
    filename, content, mimetype = german.attachments[0]
    assert filename == "protokoll-2022-09-15.md" and mimetype.startswith("text/markdown")
    assert "## 3. Umsetzungshilfe" in content and "AG Transfer 2022/1" in content
    assert ActionLog.objects.get(action="minutes.sent").data["recipients"] == 3


def test_the_pdf_is_attached_where_the_protocol_writer_offers_it(approved, monkeypatch):
    writing = types.ModuleType("transferhub.protocols.writing")
    writing.protocol_pdf = lambda meeting: b"%PDF-1.7 protokoll"
    monkeypatch.setitem(sys.modules, "transferhub.protocols.writing", writing)
    minutes_mail_members(meeting_id=approved.pk)
    filename, content, mimetype = mail.outbox[0].attachments[0]
    assert (filename, mimetype) == ("protokoll-2022-09-15.pdf", "application/pdf")
    assert content == b"%PDF-1.7 protokoll"


def test_members_without_address_and_former_members_get_nothing(
    approved, people, without_pdf_writer
):
    people["member"].email = ""
    people["member"].save()
    result = minutes_mail_members(meeting_id=approved.pk)
    assert result == {"sent": 2, "without_email": 1, "attachment": "protokoll-2022-09-15.md"}
    assert "erika.außen@example.org" not in [m.to[0] for m in mail.outbox]


def test_minutes_not_yet_approved_are_not_sent(seed_meeting):
    result = minutes_send_to_members.enqueue(seed_meeting.pk)
    assert result.status == "FAILED"
    assert mail.outbox == []


def test_the_real_protocol_pdf_is_attached(approved):
    minutes_mail_members(meeting_id=approved.pk)
    filename, content, mimetype = mail.outbox[0].attachments[0]
    assert filename.endswith(".pdf") and mimetype == "application/pdf"
    assert content.startswith(b"%PDF")


def test_a_failing_pdf_writer_falls_back_to_markdown(approved, monkeypatch):
    writing = types.ModuleType("transferhub.protocols.writing")

    def broken(meeting):
        raise RuntimeError("typst missing")

    writing.protocol_pdf = broken
    monkeypatch.setitem(sys.modules, "transferhub.protocols.writing", writing)
    minutes_mail_members(meeting_id=approved.pk)
    assert mail.outbox[0].attachments[0][0].endswith(".md")
