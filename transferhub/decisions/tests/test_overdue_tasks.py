import datetime as dt

from django.urls import reverse
from django.utils import timezone

from transferhub.decisions.models import Task


def test_an_open_task_past_its_due_date_is_marked_overdue(client_as, task_of, people):
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    task_of("Bankenverbände ansprechen", owner_person=people["member"], due_date=yesterday)
    client = client_as("member")
    for url in (reverse("decisions:tasks"), reverse("decisions:my_tasks"), reverse("home")):
        assert "überfällig" in client.get(url).content.decode(), url


def test_a_task_due_today_or_done_is_not_overdue(client_as, task_of, people):
    today = timezone.localdate()
    task_of("Heute fällig", owner_person=people["member"], due_date=today)
    task_of(
        "Längst erledigt",
        owner_person=people["member"],
        due_date=today - dt.timedelta(days=30),
        status=Task.Status.DONE,
    )
    page = client_as("member").get(reverse("decisions:tasks")).content.decode()
    assert "Heute fällig" in page and "Längst erledigt" in page
    assert "badge overdue" not in page
