import io

from django.contrib.auth.models import User
from django.core.management import call_command

from transferhub.complaints.models import Case
from transferhub.meetings.models import Meeting
from transferhub.suppliers.models import ManagementCertificate, SealApplication


def test_demo_loads_the_seed_meeting_approved_with_logins(db):
    out = io.StringIO()
    call_command("demo", stdout=out)
    meeting = Meeting.objects.get(date="2022-09-15")
    assert meeting.state == Meeting.State.MINUTES_APPROVED
    assert meeting.decisions.count() == 5
    assert Meeting.objects.filter(date="2022-11-24", body=meeting.body).exists()
    assert User.objects.get(username="geschaeftsstelle").check_password("demo-transferhub")
    assert "geschaeftsstelle" in out.getvalue() and "demo-transferhub" in out.getvalue()
    # Both seal types: the safety seal granted, the sustainability seal in the office's
    # queue on an ISO 14001 certificate; one anonymous complaint with its handler.
    applications = {a.kind: a.status for a in SealApplication.objects.all()}
    assert applications == {"safety": "approved", "sustainability": "submitted"}
    assert ManagementCertificate.objects.get().standard == "ISO 14001"
    assert Case.objects.get().handler.user.username == "beschwerde"


def test_demo_twice_keeps_one_copy_and_reset_reloads(db):
    call_command("demo", stdout=io.StringIO())
    call_command("demo", stdout=io.StringIO())
    assert Meeting.objects.filter(date="2022-09-15").count() == 1
    call_command("demo", "--reset", stdout=io.StringIO())
    assert Meeting.objects.filter(date="2022-09-15").count() == 1
