"""Mail choices and the second factor belong to the person's data: exported and erased."""

import json

from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from transferhub.accounts.models import MailOptOut

from .helpers import set_up_two_factor


def test_the_export_names_the_mails_turned_off_and_the_second_factor(client_as, people):
    client = client_as("outsider")
    MailOptOut.objects.create(person=people["outsider"], kind="minutes")
    set_up_two_factor(client)
    data = json.loads(client.get(reverse("network:my_data_export")).content)
    assert data["account"] == {"mails_turned_off": ["minutes"], "two_factor": True}
    assert "key" not in json.dumps(data["account"])


def test_erasing_a_person_removes_their_choices_and_devices(client_as, people):
    outsider = people["outsider"]
    MailOptOut.objects.create(person=outsider, kind="minutes")
    user = outsider.user
    set_up_two_factor(client_as("outsider"))
    client_as("secretariat").post(
        reverse("network:person_erase", args=[outsider.pk]), {"confirm": "on"}
    )
    assert not MailOptOut.objects.exists()
    assert not TOTPDevice.objects.filter(user_id=user.pk).exists()
    assert not StaticDevice.objects.filter(user_id=user.pk).exists()
