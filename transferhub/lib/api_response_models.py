"""One ninja response model per answer type, shared by every operation that declares it.

django-ninja wraps each declared answer of each operation in a pydantic model of its own
(`NinjaResponseSchema`, one field `response`) when the operation is declared, that is when
a router module is imported. Our 102 operations each declare their success and the nine
error statuses (`ERRORS`), so every process that imports the API (each server, each
`transferhub` command that loads the URLs, each test worker) built 1,020 such models: about
1 s of CPU at start, most of it pydantic generating the same schema for `ErrorOut` again
and again. The wrapper holds no state of its operation — ninja validates the answer with it
and reads its JSON schema for the OpenAPI document — so one model per declared type serves
every operation alike; the answers and the OpenAPI document stay byte for byte the same
(api/tests/test_every_operation_shares_its_response_models.py).
"""

from ninja.operation import Operation

_made: dict = {}


def _shared_response_model(self, response_param):
    """Operation._create_response_model, built once per declared type."""
    try:
        return _made[response_param]
    except KeyError:
        model = _made[response_param] = _ninja_create(self, response_param)
        return model
    except TypeError:  # an unhashable declaration: ninja's own way, a model of its own
        return _ninja_create(self, response_param)


# ninja's own method, kept once even if this module were imported afresh.
_ninja_create = getattr(Operation, "_ninja_create_response_model", Operation._create_response_model)
Operation._ninja_create_response_model = _ninja_create
Operation._create_response_model = _shared_response_model
