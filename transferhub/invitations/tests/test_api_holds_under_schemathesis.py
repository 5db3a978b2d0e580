"""Schemathesis on the invitations' operations, writes included: no server error, no answer
off the schema, nonsense refused as a client error."""

import pytest
from schemathesis import GenerationMode

from transferhub.api.services import token_create
from transferhub.api.tests.test_openapi_schema_holds_under_schemathesis import (
    CHECKS,
    _run,
    keep_the_test_connection,  # noqa: F401 - a fixture
    operations_tagged,
)


@pytest.mark.django_db
def test_generated_requests_to_invitations_find_no_server_error(
    settings,
    body,
    meeting,
    keep_the_test_connection,  # noqa: F811
):
    settings.API_RATE_LIMIT = 0
    settings.ALLOWED_HOSTS = ["*"]
    secret = token_create(user=body.secretariat.user, name="t", scope="read-write")[1]
    headers = {"Authorization": f"Bearer {secret}"}
    tested = []
    operations = operations_tagged("Einladungen")
    for operation in operations:
        _run(operation, headers, GenerationMode.POSITIVE)
        if operation.method.upper() != "GET":
            _run(operation, headers, GenerationMode.NEGATIVE)
        tested.append(f"{operation.method.upper()} {operation.path}")
    assert len(tested) == 6, tested
    # Generated ids rarely exist: the real meeting, invited, then read (the answers on schema).
    real = [
        ("POST", "/api/v1/meetings/{meeting_id}/invitations", {}, 201),
        ("GET", "/api/v1/meetings/{meeting_id}/invitations", None, 200),
        ("GET", "/api/v1/meetings/{meeting_id}/minutes-deliveries", None, 200),
        ("POST", "/api/v1/meetings/{meeting_id}/minutes-deliveries", None, 409),
    ]
    by_key = {(o.method.upper(), o.path): o for o in operations}
    for method, path, data, status in real:
        extra = {"body": data, "media_type": "application/json"} if data is not None else {}
        case = by_key[(method, path)].Case(path_parameters={"meeting_id": meeting.pk}, **extra)
        response = case.call(headers=headers)
        assert response.status_code == status, (method, path, response.content)
        case.validate_response(response, checks=CHECKS, headers=headers)
