"""An attachment whose file went missing from the storage (a lost disk, a bucket restored
without it) answers the API's 404 problem on download, not a server error."""


def test_an_attachment_missing_from_storage_is_a_404_problem(api_as, approved_meeting):
    attachment = approved_meeting.attachments.get(name="Vortrag BMAS")
    attachment.file.storage.delete(attachment.file.name)
    response = api_as("member").get(f"/attachments/{attachment.pk}/download")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert response.json()["message"]
    # The attachment itself stays as it was: its details are still there.
    details = api_as("member").get(f"/attachments/{attachment.pk}")
    assert details.status_code == 200
    assert details.json()["name"] == "Vortrag BMAS"
