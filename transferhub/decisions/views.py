from django.shortcuts import render


def task_list(request):
    return render(request, "decisions/task_list.html", {})


def my_tasks(request):
    return render(request, "decisions/task_list.html", {})


def task_detail(request, pk: int):
    return render(request, "decisions/task_list.html", {})


def decision_list(request):
    return render(request, "decisions/decision_list.html", {})
