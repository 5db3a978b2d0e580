from django.shortcuts import get_object_or_404, render

from .models import Body


def home(request):
    return render(request, "network/home.html", {})


def body_list(request):
    return render(request, "network/body_list.html", {"bodies": Body.objects.all()})


def body_detail(request, pk: int):
    body = get_object_or_404(Body, pk=pk)
    return render(request, "network/body_detail.html", {"body": body})
