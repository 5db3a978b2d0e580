"""A registration nobody confirms is deleted after three days (REGISTRATION_EXPIRE_DAYS).

It held an e-mail address and a login name for ever. `transferhub expire-registrations`
(daily) deletes what the form created: login, person, company and organisation.
"""

import datetime as dt
import io
import re

from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from transferhub.checks import services
from transferhub.checks.models import Company
from transferhub.lib.models import ActionLog
from transferhub.network.models import Organisation, Person

LINK = re.compile(r"/registrieren/bestaetigen/[^\s\"<>/]+/")


def registered_days_ago(days: float) -> None:
    User.objects.filter(username="stanzwerk").update(
        date_joined=timezone.now() - dt.timedelta(days=days)
    )


def expire() -> str:
    out = io.StringIO()
    call_command("expire_registrations", stdout=out)
    return out.getvalue()


def assert_gone():
    assert not User.objects.filter(username="stanzwerk").exists()
    assert not Person.objects.filter(email="jana.stanz@stanzwerk.example").exists()
    assert not Company.objects.filter(name="Neue Stanzwerk GmbH").exists()
    assert not Organisation.objects.filter(name="Neue Stanzwerk GmbH").exists()


def test_the_command_deletes_what_the_registration_created(register):
    register()
    registered_days_ago(3.1)
    assert expire() == "1 unbestätigte Registrierungen gelöscht.\n"
    assert_gone()
    entry = ActionLog.objects.get(action="checks.company.registration_expired")
    assert "Jana" not in str(entry.data) and "stanz" not in str(entry.data).lower()


def test_a_younger_registration_stays(register):
    register()
    registered_days_ago(2.9)
    assert expire() == "0 unbestätigte Registrierungen gelöscht.\n"
    assert User.objects.filter(username="stanzwerk").exists()


def test_the_days_are_configurable(register, settings):
    settings.REGISTRATION_EXPIRE_DAYS = 10
    register()
    registered_days_ago(9)
    expire()
    assert Company.objects.filter(name="Neue Stanzwerk GmbH").exists()
    registered_days_ago(11)
    expire()
    assert_gone()


def test_a_confirmed_registration_stays(client, register, mailoutbox):
    register()
    client.post(LINK.search(mailoutbox[0].body).group(0), {"action": "confirm"})
    registered_days_ago(30)
    expire()
    assert User.objects.get(username="stanzwerk").is_active


def test_a_registration_the_office_built_on_stays(register, safety_check, people):
    register()
    services.assessment_start(
        instrument=safety_check, company=Company.objects.get(), actor=people["secretariat"].user
    )
    registered_days_ago(30)
    expire()
    assert Company.objects.get().assessments.count() == 1
    assert User.objects.filter(username="stanzwerk").exists()


def test_the_link_of_an_expired_registration_is_refused(client, register, mailoutbox):
    register()
    registered_days_ago(3.1)  # before the daily command has run
    response = client.post(LINK.search(mailoutbox[0].body).group(0), {"action": "confirm"})
    assert response.status_code == 400
    assert "nicht rechtzeitig bestätigt und ist abgelaufen" in response.content.decode()
    assert not User.objects.get(username="stanzwerk").is_active


def test_once_deleted_the_address_and_login_name_may_register_again(register, mailoutbox):
    register()
    registered_days_ago(4)
    expire()
    mailoutbox.clear()
    assert register().status_code == 302
    assert Company.objects.filter(name="Neue Stanzwerk GmbH").exists()
    assert "Bitte bestätigen Sie Ihre Registrierung" in mailoutbox[0].subject


def test_the_page_says_when_an_unconfirmed_registration_is_deleted(client, db):
    page = client.get(reverse("registration:register")).content.decode()
    assert "nicht innerhalb von 3 Tagen bestätigt wird, löschen wir mit allen Angaben" in page
