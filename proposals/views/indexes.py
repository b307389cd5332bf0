"""Index pages: every key task (grouped per session plan) and every sector, with proposal counts."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from proposals import directory


def key_task_index(request: HttpRequest) -> HttpResponse:
    return render(request, "proposals/key_task_index.html", {"groups": directory.key_task_groups(), "q": ""})


def sector_index(request: HttpRequest) -> HttpResponse:
    return render(request, "proposals/sector_index.html", {"sectors": directory.sectors(), "q": ""})
