"""A company in the supplier database, a handler, and one who works for the company."""

from types import SimpleNamespace

import pytest
from django.test import TestCase

from conftest import make_person
from transferhub.complaints import services
from transferhub.suppliers.tests.conftest import make_company, make_supplier


def committed():
    """Run what the block leaves for after the commit (the mails), as a real commit would."""
    return TestCase.captureOnCommitCallbacks(execute=True)


@pytest.fixture
def complaint_world(db, people):
    company_user = make_person(
        "Kira", "Betrieb", username="company", email="kira@muster-metall.example"
    ).user
    supplier = make_supplier(make_company(company_user), company_user)
    handler_person = make_person("Hanna", "Hinweis", username="hanna", email="hanna@example.org")
    handler = services.handler_appoint(
        user=handler_person.user,
        impartial=True,
        confidential=True,
        actor=people["secretariat"].user,
    )
    return SimpleNamespace(
        supplier=supplier,
        company_user=company_user,
        handler=handler,
        handler_person=handler_person,
        secretariat=people["secretariat"].user,
    )
