from .permissions import is_secretariat, managed_body_ids


def roles(request):
    # Callables: a template asks them only where it shows them (few pages do), once.
    user = request.user
    return {
        "is_secretariat": lambda: is_secretariat(user),
        "manages_any_body": lambda: user.is_authenticated and managed_body_ids(user) != set(),
    }
