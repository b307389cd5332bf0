"""Routes of ``/api/v1/``: the router's viewsets, the change feed, the schema and its docs."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.renderers import JSONRenderer
from rest_framework.routers import DefaultRouter

from config.ratelimits import rate_limit

from .changes import ChangesView
from .renderers import CSVRenderer, JSONLinesRenderer
from .views.articles import ArticleViewSet
from .views.delegates import DelegateViewSet
from .views.proposals import ProposalViewSet
from .views.vocabulary import KeyTaskViewSet, SessionViewSet, TopicViewSet

app_name = "api"

router = DefaultRouter()
router.include_format_suffixes = False
router.register("proposals", ProposalViewSet, basename="proposal")
router.register("delegates", DelegateViewSet, basename="delegate")
router.register("articles", ArticleViewSet, basename="article")
router.register("key-tasks", KeyTaskViewSet, basename="key-task")
router.register("topics", TopicViewSet, basename="topic")
router.register("sessions", SessionViewSet, basename="session")


def export_view(viewset, method: str, renderer):
    """An export: the API's throttles, and the CSV export's rate per client (each is a full scan)."""
    return rate_limit("export")(viewset.as_view({"get": method}, renderer_classes=[JSONRenderer, renderer]))


urlpatterns = [
    path("proposals/export.csv", export_view(ProposalViewSet, "export_csv", CSVRenderer), name="proposal-export-csv"),
    path("proposals/export.jsonl", export_view(ProposalViewSet, "export_jsonl", JSONLinesRenderer),
         name="proposal-export-jsonl"),
    path("delegates/export.csv", export_view(DelegateViewSet, "export_csv", CSVRenderer), name="delegate-export-csv"),
    path("delegates/export.jsonl", export_view(DelegateViewSet, "export_jsonl", JSONLinesRenderer),
         name="delegate-export-jsonl"),
    path("changes/", ChangesView.as_view(), name="changes"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its start-up script as a separate file: no inline script (our CSP).
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("", include(router.urls)),
]
