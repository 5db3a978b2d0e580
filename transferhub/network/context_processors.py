from .permissions import is_secretariat, managed_body_ids


def roles(request):
    user = request.user
    return {
        "is_secretariat": is_secretariat(user),
        "manages_any_body": user.is_authenticated and managed_body_ids(user) != set(),
    }
