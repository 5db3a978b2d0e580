import pytest

from transferhub.network.services import split_honorific


@pytest.mark.parametrize(
    ("title", "given", "expected"),
    [
        ("", "Oliver", ("", "Oliver")),
        ("Prof. Dr.", "Oliver", ("Prof. Dr.", "Oliver")),
        ("", "Prof. Dr. Oliver", ("Prof. Dr.", "Oliver")),
        ("", "Dr.-Ing. Anna", ("Dr.-Ing.", "Anna")),
        ("Prof. Dr.", "Prof. Dr. Oliver", ("Prof. Dr.", "Oliver")),
        ("", "Dr.", ("", "Dr.")),  # nothing left of the name: leave it to the person
        ("", "Drago", ("", "Drago")),
    ],
)
def test_it_keeps_the_honorific_apart_from_the_given_name(title, given, expected):
    assert split_honorific(title, given) == expected
