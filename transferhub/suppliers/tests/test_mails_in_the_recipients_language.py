from django.core import mail

from transferhub.network.models import Person
from transferhub.suppliers import services


def _speaks_english(user):
    Person.objects.filter(user=user).update(language="en")


def test_an_english_speaking_staff_member_gets_the_revocation_in_english(
    seal, company_user, people, django_capture_on_commit_callbacks
):
    _speaks_english(company_user)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.seal_revoke(seal=seal, reason="Verstoß", actor=people["secretariat"].user)
    by_address = {m.to[0]: m for m in mail.outbox}
    english = by_address["kira@muster-metall.example"]
    assert english.subject == f"Your seal {seal.number} has been revoked"
    assert "Verstoß" in english.body and "Guten Tag" not in english.body
    # The contact address belongs to no person: it gets the default language, German.
    german = by_address["einkauf@muster-metall.example"]
    assert german.subject == f"Ihr Siegel {seal.number} wurde widerrufen"
    assert german.body.startswith("Guten Tag,")


def test_the_mail_has_a_text_and_an_html_part(seal, people, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.seal_revoke(seal=seal, reason="A & B", actor=people["secretariat"].user)
    message = mail.outbox[0]
    assert "Grund: A & B" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and "A &amp; B" in html


def test_the_office_gets_a_new_application_in_its_language(
    supplier, assessment, company_user, people, django_capture_on_commit_callbacks
):
    people["secretariat"].language = "en"
    people["secretariat"].save()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.seal_apply(
            supplier=supplier, kind="safety", assessment=assessment, actor=company_user
        )
    (message,) = mail.outbox
    assert message.to == [people["secretariat"].email]
    assert message.subject.startswith("New seal application")
