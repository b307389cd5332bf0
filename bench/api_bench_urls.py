"""URLs for bench/api_bench.py only: the project's, plus the plain-Django ceiling of the proposal list.

The ceiling returns the same page of proposals (same filter, order, offset and count) straight from
``.values()`` as JSON: no serializer, no nesting, no content negotiation, no throttle, no ETag. It
is what the API's list costs without DRF, so the benchmark can say how much the API adds.
"""

from django.http import JsonResponse
from django.urls import path

from config.urls import urlpatterns as project_urlpatterns
from proposals.models import Proposal

FIELDS = (
    "id", "headline", "summary", "kind", "passage", "start", "end", "updated_at",
    "article_id", "article__title", "article__published_on", "article__session__slug",
)


def ceiling(request):
    page_size = int(request.GET.get("page_size", 50))
    page = int(request.GET.get("page", 1))
    queryset = Proposal.objects.visible().order_by("-article__published_on", "-id")
    count = queryset.count()
    rows = list(queryset.values(*FIELDS)[(page - 1) * page_size : page * page_size])
    return JsonResponse({"count": count, "results": rows}, json_dumps_params={"ensure_ascii": False})


urlpatterns = [path("bench/ceiling/", ceiling), *project_urlpatterns]
