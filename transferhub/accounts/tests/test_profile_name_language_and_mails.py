"""The profile page: name, language (kept and applied at login) and the optional mails."""

import datetime as dt

from django.core import mail
from django.utils import timezone

from transferhub.accounts.models import MailOptOut
from transferhub.decisions.models import Task
from transferhub.decisions.notifications import reminders_run

from .helpers import PASSWORD


def profile_data(**changes) -> dict:
    data = {
        "title": "",
        "given_name": "Wilhelm",
        "family_name": "Heidbrede",
        "language": "de",
        "mail_task_reminders": "on",
        "mail_minutes": "on",
        "mail_date_polls": "on",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_the_name_in_the_header_leads_to_the_profile(client, people):
    client.force_login(people["member"].user)
    assert 'href="/konto/"' in client.get("/").content.decode()


def test_a_person_changes_their_name_and_language(client, people):
    client.force_login(people["chair"].user)
    response = client.post(
        "/konto/",
        profile_data(title="Dr.", given_name="Olli", family_name="Kruse-Neu", language="en"),
    )
    assert response["Location"] == "/konto/"
    assert response.cookies["django_language"].value == "en"
    chair = people["chair"]
    chair.refresh_from_db()
    assert (chair.full_name, chair.language) == ("Dr. Olli Kruse-Neu", "en")
    assert "Olli Kruse-Neu" in client.get("/").content.decode()


def test_the_stored_language_is_applied_at_login(client, people):
    # The member reads English (profile); a fresh browser gets it at login.
    response = client.post("/anmelden/", {"username": "member", "password": PASSWORD})
    assert response.cookies["django_language"].value == "en"
    page = client.get("/aufgaben/meine/")
    assert page.headers["Content-Language"] == "en"


def test_a_blank_name_is_refused_and_nothing_changes(client, people):
    client.force_login(people["member"].user)
    response = client.post("/konto/", profile_data(given_name="", language="de"))
    assert response.status_code == 200
    assert "Dieses Feld ist zwingend erforderlich" in response.content.decode()
    people["member"].refresh_from_db()
    assert people["member"].language == "en"


def due_tomorrow(text: str, owner, body, today: dt.date) -> Task:
    return Task.objects.create(
        text=text, body=body, owner_person=owner, due_date=today + dt.timedelta(days=1)
    )


def test_turning_off_task_reminders_holds_back_the_digest(client, people, ag_transfer):
    member, today = people["member"], timezone.localdate()
    due_tomorrow("Bericht schreiben", member, ag_transfer, today)
    client.force_login(member.user)
    client.post("/konto/", profile_data(mail_task_reminders=None))
    assert MailOptOut.objects.filter(person=member, kind="task_reminders").exists()
    page = client.get("/konto/").content.decode()
    assert 'name="mail_task_reminders"' in page and "Immer verschickt" in page

    reminders_run()
    assert [m for m in mail.outbox if member.email in m.to] == []

    client.post("/konto/", profile_data())  # on again
    due_tomorrow("Folien schicken", member, ag_transfer, today + dt.timedelta(days=1))
    reminders_run(today=today + dt.timedelta(days=1))
    assert [m for m in mail.outbox if member.email in m.to]


def test_a_login_without_a_person_record_gets_one_from_the_profile(client, django_user_model):
    user = django_user_model.objects.create_user("ohneperson", password=PASSWORD, email="o@ex.org")
    client.force_login(user)
    client.post("/konto/", profile_data(given_name="Olga", family_name="Ohne", language="de"))
    assert user.person.name == "Olga Ohne"
    assert user.person.email == "o@ex.org"
