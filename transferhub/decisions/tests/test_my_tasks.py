import datetime as dt

from django.urls import reverse

from transferhub.decisions.models import Task
from transferhub.network.models import Membership

URL = reverse("decisions:my_tasks")


def sections(response) -> tuple[str, str]:
    page = response.content.decode()
    open_part, done_part = page.split('id="done"')
    return open_part, done_part


def test_it_lists_tasks_the_person_owns(client_as, task_of, people):
    task_of("Glossar ergänzen", owner_person=people["member"])
    task_of("Bankenverbände ansprechen", owner_person=people["chair"])
    open_part, _ = sections(client_as("member").get(URL))
    assert "Glossar ergänzen" in open_part
    assert "Bankenverbände ansprechen" not in open_part


def test_it_lists_tasks_of_a_body_the_person_belongs_to(client_as, task_of, people, ag_transfer):
    task_of("Umsetzungshilfe um Glossar ergänzen", owner_body=ag_transfer)
    open_part, _ = sections(client_as("member").get(URL))
    assert "Umsetzungshilfe um Glossar ergänzen" in open_part


def test_it_leaves_out_tasks_of_a_body_the_person_has_left(client_as, task_of, people, ag_transfer):
    Membership.objects.filter(person=people["member"]).update(
        start_date=dt.date(2020, 1, 1), end_date=dt.date(2021, 1, 1)
    )
    task_of("Umsetzungshilfe um Glossar ergänzen", owner_body=ag_transfer)
    open_part, _ = sections(client_as("member").get(URL))
    assert "Umsetzungshilfe um Glossar ergänzen" not in open_part


def test_it_groups_open_and_done_tasks(client_as, task_of, people):
    task_of("Glossar ergänzen", owner_person=people["member"], status=Task.Status.IN_PROGRESS)
    task_of("Layout beauftragen", owner_person=people["member"], status=Task.Status.DONE)
    open_part, done_part = sections(client_as("member").get(URL))
    assert "Glossar ergänzen" in open_part and "Glossar ergänzen" not in done_part
    assert "Layout beauftragen" in done_part and "Layout beauftragen" not in open_part


def test_it_offers_status_buttons_only_where_the_person_may_change_the_task(
    client_as, task_of, people, ag_transfer
):
    own = task_of("Glossar ergänzen", owner_person=people["member"])
    body_task = task_of("Umsetzungshilfe um Glossar ergänzen", owner_body=ag_transfer)
    page = client_as("member").get(URL).content.decode()
    assert reverse("decisions:task_status", args=[own.pk]) in page
    assert reverse("decisions:task_status", args=[body_task.pk]) not in page


def test_a_login_without_a_person_gets_a_hint(client, django_user_model):
    user = django_user_model.objects.create_user("nobody", password="x")
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 200
    assert "keine Person" in response.content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client_as):
    response = client_as("anonymous").get(URL)
    assert response.status_code == 302


def test_the_query_count_does_not_grow_with_the_tasks(client_as, make_tasks, people, ag_transfer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(client):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(URL).status_code == 200
        return len(ctx.captured_queries)

    make_tasks(5, ag_transfer, owner_person=people["member"])
    make_tasks(5, ag_transfer, owner_body=ag_transfer, status=Task.Status.DONE)
    client = client_as("member")
    count(client)
    few = count(client)
    make_tasks(300, ag_transfer, owner_person=people["member"])
    make_tasks(300, ag_transfer, owner_body=ag_transfer, status=Task.Status.DONE)
    assert count(client) == few
