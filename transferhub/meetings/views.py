from django.shortcuts import get_object_or_404, render

from .models import Meeting


def meeting_list(request):
    return render(request, "meetings/meeting_list.html", {"meetings": Meeting.objects.all()[:50]})


def meeting_detail(request, pk: int):
    meeting = get_object_or_404(Meeting, pk=pk)
    return render(request, "meetings/meeting_detail.html", {"meeting": meeting})
