import io

from django.contrib.auth.models import User
from django.core.management import call_command

from transferhub.meetings.models import Meeting


def test_demo_loads_the_seed_meeting_approved_with_logins(db):
    out = io.StringIO()
    call_command("demo", stdout=out)
    meeting = Meeting.objects.get(date="2022-09-15")
    assert meeting.state == Meeting.State.MINUTES_APPROVED
    assert meeting.decisions.count() == 5
    assert Meeting.objects.filter(date="2022-11-24", body=meeting.body).exists()
    assert User.objects.get(username="geschaeftsstelle").check_password("demo-transferhub")
    assert "geschaeftsstelle" in out.getvalue() and "demo-transferhub" in out.getvalue()


def test_demo_twice_keeps_one_copy_and_reset_reloads(db):
    call_command("demo", stdout=io.StringIO())
    call_command("demo", stdout=io.StringIO())
    assert Meeting.objects.filter(date="2022-09-15").count() == 1
    call_command("demo", "--reset", stdout=io.StringIO())
    assert Meeting.objects.filter(date="2022-09-15").count() == 1
