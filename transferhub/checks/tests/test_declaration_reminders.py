import datetime as dt
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

from transferhub.checks import services

from .conftest import complete

pytestmark = pytest.mark.django_db


def test_staff_are_reminded_once_before_the_declaration_runs_out(assessment, company_user):
    company_user.email = "kira@example.org"
    company_user.save()
    complete(assessment, actor=company_user)
    services.declaration_sign(assessment=assessment, actor=company_user)
    assessment.refresh_from_db()
    out = StringIO()
    call_command("remind_declarations", stdout=out)
    assert "0 Erinnerungen" in out.getvalue()
    soon = assessment.valid_until - dt.timedelta(days=30)
    assert services.declarations_remind(today=soon) == 1
    assert services.declarations_remind(today=soon) == 0
    assert mail.outbox[0].to == ["kira@example.org"]
    assert assessment.valid_until.strftime("%d.%m.%Y") in mail.outbox[0].body
