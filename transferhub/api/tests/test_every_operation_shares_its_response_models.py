"""Operations that declare the same answer share one response model (lib/api_response_models.py).

ninja would build a model per operation and status (1,020 of them, about 1 s of every
process's start); the answers and the OpenAPI document must not notice the sharing.
"""

import pydantic
import pytest
from ninja.operation import Operation

from transferhub.api.v1 import api


def _operations():
    for _prefix, router in api._routers:
        for path_view in router.path_operations.values():
            yield from path_view.operations


def test_every_error_status_of_every_operation_uses_one_model():
    operations = list(_operations())
    assert len(operations) >= 100
    error_models = {
        operation.response_models[status]
        for operation in operations
        for status in (400, 401, 403, 404, 409, 412, 413, 422, 429)
    }
    assert len(error_models) == 1
    every = {id(model) for op in operations for model in op.response_models.values() if model}
    # One per declared answer type (about 80), not one per operation and status.
    assert len(every) < len(operations)


def test_a_shared_model_documents_and_checks_as_ninjas_own_model_would():
    shared = {
        model
        for operation in _operations()
        for model in operation.response_models.values()
        if model is not None
    }
    operation = next(_operations())
    for model in shared:
        declared = model.model_fields["response"].annotation
        own = Operation._ninja_create_response_model(operation, declared)
        assert own is not model
        for mode in ("serialization", "validation"):
            assert model.model_json_schema(mode=mode) == own.model_json_schema(mode=mode)


def test_an_answer_is_checked_by_its_own_declared_type():
    # A body and the list of bodies declare different answers: different models, and the
    # list's refuses a single body.
    operations = {op.view_func.__name__: op for op in _operations()}
    one, listed = operations["get_body"].response_models, operations["list_bodies"].response_models
    assert one[200] is not listed[200]
    assert one[404] is listed[404]
    with pytest.raises(pydantic.ValidationError):
        listed[200].model_validate({"response": {"id": 1, "name": "AG Transfer"}})
