from .permissions import can_see_topics


def topics(request):
    # A callable: the template asks only on pages that show the menu, at most once.
    user = request.user
    return {"can_see_topics": lambda: can_see_topics(user)}
