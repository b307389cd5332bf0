"""Error pages: JSON under ``/api/`` (a client of the API never has to parse HTML), Django's own elsewhere.

Django calls these for errors no view answered itself: an unknown URL (``/api/v1/articles/0.5/``
matches no route), an exception (500), a refused CSRF token or permission. The API's own views
answer in JSON already (DRF's exception handler); these cover what happens before a view is found.
"""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views import defaults

API_PREFIX = "/api/"


def is_api(request: HttpRequest) -> bool:
    return request.path.startswith(API_PREFIX)


def not_found(request: HttpRequest, exception: Exception | None = None):
    if is_api(request):
        return JsonResponse({"detail": f"no such API resource: {request.path}"}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request: HttpRequest):
    if is_api(request):
        return JsonResponse({"detail": "server error; it has been logged"}, status=500)
    return defaults.server_error(request)


def bad_request(request: HttpRequest, exception: Exception | None = None):
    if is_api(request):
        return JsonResponse({"detail": "bad request"}, status=400)
    return defaults.bad_request(request, exception)


def permission_denied(request: HttpRequest, exception: Exception | None = None):
    if is_api(request):
        return JsonResponse({"detail": "permission denied"}, status=403)
    return defaults.permission_denied(request, exception)
