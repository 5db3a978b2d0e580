import datetime as dt

from django.urls import reverse
from django.utils import timezone

from transferhub.decisions.models import Task
from transferhub.meetings.models import Meeting

URL = reverse("home")


def test_anonymous_visitors_see_an_intro_approved_minutes_and_a_login_link(client_as, seed_meeting):
    Meeting.objects.filter(pk=seed_meeting.pk).update(state=Meeting.State.MINUTES_APPROVED)
    page = client_as("anonymous").get(URL).content.decode()
    assert "Transferhub begleitet die Gremien" in page
    assert reverse("meetings:detail", args=[seed_meeting.pk]) in page
    assert reverse("login") in page


def test_anonymous_visitors_do_not_see_minutes_not_yet_approved(client_as, seed_meeting):
    page = client_as("anonymous").get(URL).content.decode()
    assert reverse("meetings:detail", args=[seed_meeting.pk]) not in page


def test_a_member_sees_next_meetings_of_their_bodies(client_as, ag_transfer):
    Meeting.objects.create(
        body=ag_transfer,
        name="AG Transfer",
        date=timezone.localdate() + dt.timedelta(days=20),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )
    assert "Ihre nächsten Sitzungen" in client_as("member").get(URL).content.decode()
    page = client_as("member").get(URL).content.decode()
    meeting = Meeting.objects.get(name="AG Transfer")
    assert reverse("meetings:detail", args=[meeting.pk]) in page
    assert reverse("meetings:detail", args=[meeting.pk]) not in (
        client_as("outsider").get(URL).content.decode()
    )


def test_a_member_sees_their_open_tasks_with_overdue_marked(client_as, people, ag_transfer):
    Task.objects.create(
        text="Glossar ergänzen",
        body=ag_transfer,
        owner_person=people["member"],
        due_date=timezone.localdate() - dt.timedelta(days=3),
    )
    Task.objects.create(
        text="Längst erledigt",
        body=ag_transfer,
        owner_person=people["member"],
        status=Task.Status.DONE,
    )
    page = client_as("member").get(URL).content.decode()
    assert "Glossar ergänzen" in page
    assert "überfällig" in page
    assert "Längst erledigt" not in page


def test_an_outsider_is_told_they_belong_to_no_body(client_as):
    assert "keinem Gremium" in client_as("outsider").get(URL).content.decode()
