"""A client generated from the OpenAPI document calls operations by their operationId.

The ids of the first release named the module that held each operation
(transferhub_api_endpoints_get_meeting); they stay wherever the code moves.
"""

FIRST_RELEASE = {
    f"transferhub_api_endpoints_{name}"
    for name in """
    get_me list_bodies get_body create_body update_body
    list_people get_person create_person update_person
    list_meetings get_meeting create_meeting update_meeting set_meeting_state
    list_items create_item reorder_items get_item update_item delete_item
    record_minutes clock_item correct_minutes
    list_attachments upload_attachment get_attachment download_attachment delete_attachment
    list_decisions get_decision create_decision update_decision
    list_tasks get_task create_task update_task mark_task_done
    checks_list_assessments checks_get_assessment checks_get_action_plan
    search_search_minutes
    suppliers_search_supplier_list suppliers_get_supplier suppliers_verify_seal
    """.split()
}


def test_every_operation_of_the_first_release_keeps_its_operation_id(client):
    schema = client.get("/api/v1/openapi.json").json()
    ids = [
        operation["operationId"]
        for operations in schema["paths"].values()
        for operation in operations.values()
    ]
    assert FIRST_RELEASE <= set(ids), sorted(FIRST_RELEASE - set(ids))
    assert len(ids) == len(set(ids)), "an operation id is used twice"
