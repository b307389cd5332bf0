"""A URLconf holding only Swagger UI the CSP-friendly way (HTML and init script as two requests),
so the security tests do not depend on how proposals/api/ wires its documentation pages."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="swagger-ui"),
]
