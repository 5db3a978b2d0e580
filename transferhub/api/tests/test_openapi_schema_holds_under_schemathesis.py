"""Schemathesis generates requests from the OpenAPI schema: no server error, no answer off-schema."""

import functools

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from conftest import examples

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
WRITES = {
    ("POST", "/api/v1/meetings"),
    ("POST", "/api/v1/meetings/{meeting_id}/items"),
    ("POST", "/api/v1/decisions"),
    ("POST", "/api/v1/tasks"),
    ("PUT", "/api/v1/items/{item_id}/minutes"),
}
EXAMPLES = examples(15)  # per operation and mode, at most
EXAMPLES_PER_INPUT = 5  # per parameter or body field; an operation gets at least this many
# Read operations on checks, suppliers and the search: run against real data below.
READS = {
    "GET /api/v1/assessments",
    "GET /api/v1/assessments/{assessment_id}",
    "GET /api/v1/assessments/{assessment_id}/action-plan",
    "GET /api/v1/suppliers",
    "GET /api/v1/suppliers/{supplier_id}",
    "GET /api/v1/seals/{number}",
    "GET /api/v1/search",
}


@functools.cache
def api_schema():
    """The API's OpenAPI document as schemathesis reads it, fetched once per test process.

    Ninja builds the document afresh for every request of it (about 2 s of CPU); the
    schemathesis tests of invitations, planning and the partner API use this one too.
    """
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


def operations_tagged(tag: str) -> list:
    """The operations of one group of the API (its OpenAPI tag)."""
    operations = (result.ok() for result in api_schema().get_all_operations())
    return [op for op in operations if tag in (op.definition.raw.get("tags") or [])]


# Groups of operations with a schemathesis test of their own (in their app, with a world
# of their own, writes included): their reads run there, not here as well.
OWN_TESTS = {"Sitzungsplanung", "Einladungen", "Partner"}


def _operations():
    for result in api_schema().get_all_operations():
        operation = result.ok()
        if OWN_TESTS & set(operation.definition.raw.get("tags") or []):
            continue
        if (
            operation.method.upper() == "GET"
            or (operation.method.upper(), operation.path) in WRITES
        ):
            yield operation


def examples_for(operation) -> int:
    """Examples for one operation and mode: EXAMPLES_PER_INPUT per input, up to EXAMPLES.

    An operation that takes one id needs fewer requests than a search with six filters
    (CI: 5 for one input, 10 for two, 15 from three on; 38 of the 102 operations take one).
    """
    raw = operation.definition.raw
    inputs = len(raw.get("parameters") or [])
    for content in (raw.get("requestBody") or {}).get("content", {}).values():
        body = content.get("schema") or {}
        if "$ref" in body:
            name = body["$ref"].rsplit("/", 1)[-1]
            body = api_schema().raw_schema["components"]["schemas"].get(name, {})
        inputs += len(body.get("properties") or {}) or 1
        break
    return min(EXAMPLES, max(EXAMPLES_PER_INPUT, EXAMPLES_PER_INPUT * inputs))


def _run(operation, headers: dict, mode: GenerationMode) -> None:
    @given(case=operation.as_strategy(generation_mode=mode))
    @hypothesis_settings(
        max_examples=examples_for(operation),
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def check(case):
        response = case.call(headers=headers)
        if mode is GenerationMode.POSITIVE:
            case.validate_response(response, checks=CHECKS, headers=headers)
        else:
            # Nonsense input must be refused as a client error, never crash the server.
            case.validate_response(response, checks=[not_a_server_error], headers=headers)

    check()


@pytest.fixture
def keep_the_test_connection():
    """Keep the connection open across requests, as Django's test client does.

    The WSGI handler closes "old" connections around each request; inside the
    test's transaction that closes the connection on PostgreSQL (SQLite's
    in-memory database ignores it).
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
def test_generated_requests_find_no_server_error_and_no_answer_off_schema(
    settings, seed_meeting, supplier_world, token_for, keep_the_test_connection
):
    settings.API_RATE_LIMIT = 0
    settings.ALLOWED_HOSTS = ["*"]
    headers = {"Authorization": f"Bearer {token_for('secretariat')}"}
    tested = []
    operations = list(_operations())
    for operation in operations:
        _run(operation, headers, GenerationMode.POSITIVE)
        if operation.method.upper() != "GET":
            _run(operation, headers, GenerationMode.NEGATIVE)
        tested.append(f"{operation.method.upper()} {operation.path}")
    assert len(tested) >= 20
    assert READS <= set(tested)
    _real_answers_hold(operations, supplier_world, headers)


def _real_answers_hold(operations, world, headers: dict) -> None:
    """Generated ids rarely exist: call the new reads once on real objects, too."""
    real = {
        "GET /api/v1/assessments": {},
        "GET /api/v1/assessments/{assessment_id}": {"assessment_id": world.assessment.pk},
        "GET /api/v1/assessments/{assessment_id}/action-plan": {
            "assessment_id": world.assessment.pk
        },
        "GET /api/v1/suppliers": {},
        "GET /api/v1/suppliers/{supplier_id}": {"supplier_id": world.supplier.pk},
        "GET /api/v1/seals/{number}": {"number": world.seal.number},
        "GET /api/v1/search": {},
    }
    queries = {"GET /api/v1/search": {"q": "Umsetzungshilfe"}}
    for operation in operations:
        key = f"{operation.method.upper()} {operation.path}"
        if key not in real:
            continue
        case = operation.Case(path_parameters=real[key], query=queries.get(key, {}))
        response = case.call(headers=headers)
        assert response.status_code == 200, key
        case.validate_response(response, checks=CHECKS, headers=headers)
