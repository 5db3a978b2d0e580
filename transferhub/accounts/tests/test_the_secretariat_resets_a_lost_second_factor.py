"""Phone and codes lost: the secretariat resets the login's second factor."""

from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from transferhub.lib.models import ActionLog

from .helpers import PASSWORD, set_up_two_factor


def test_the_secretariat_resets_it_and_the_person_signs_in_with_the_password(client, people):
    chair = people["chair"].user
    client.force_login(chair)
    set_up_two_factor(client)
    client.post("/abmelden/")

    client.force_login(people["secretariat"].user)
    edit = client.get(f"/personen/{people['chair'].pk}/").content.decode()
    url = f"/konto/zwei-faktoren/zuruecksetzen/{chair.pk}/"
    assert url in edit
    assert "Die App und alle Wiederherstellungscodes" in client.get(url).content.decode()
    response = client.post(url, follow=True)
    assert "ist zurückgesetzt" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=chair).exists()
    assert not StaticDevice.objects.filter(user=chair).exists()
    entry = ActionLog.objects.get(action="account.two_factor.reset")
    assert entry.actor == people["secretariat"].user and entry.object_id == chair.pk
    client.post("/abmelden/")

    response = client.post("/anmelden/", {"username": "chair", "password": PASSWORD})
    assert response["Location"] == "/"


def test_nobody_else_may_reset_it(client, people):
    chair = people["chair"].user
    client.force_login(chair)
    set_up_two_factor(client)
    client.force_login(people["member"].user)
    url = f"/konto/zwei-faktoren/zuruecksetzen/{chair.pk}/"
    assert client.post(url).status_code == 403
    assert TOTPDevice.objects.filter(user=chair, confirmed=True).exists()
