"""Schemathesis on the partner operations, writes included: no server error, no answer
off the schema, nonsense refused as a client error."""

import pytest
from schemathesis import GenerationMode

from transferhub.api.services import token_create
from transferhub.api.tests.test_openapi_schema_holds_under_schemathesis import (
    _run,
    keep_the_test_connection,  # noqa: F401 - a fixture
    operations_tagged,
)


@pytest.mark.django_db
def test_generated_requests_to_the_partner_api_find_no_server_error(
    settings,
    people,
    keep_the_test_connection,  # noqa: F811
):
    settings.API_RATE_LIMIT = 0
    settings.ALLOWED_HOSTS = ["*"]
    secret = token_create(user=people["secretariat"].user, name="t", scope="read-write")[1]
    headers = {"Authorization": f"Bearer {secret}"}
    tested = []
    for operation in operations_tagged("Partner"):
        _run(operation, headers, GenerationMode.POSITIVE)
        if operation.method.upper() != "GET":
            _run(operation, headers, GenerationMode.NEGATIVE)
        tested.append(f"{operation.method.upper()} {operation.path}")
    assert len(tested) == 4, tested
