"""Top-level URLs: the journalists' site, the REST API, the admin and the health check."""

from django.contrib import admin
from django.urls import include, path

from config.health import healthz

admin.site.site_header = "两会代表委员建议库 · 编辑后台"
admin.site.site_title = "两会建议库后台"
admin.site.index_title = "编辑工作台"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("api/v1/", include("proposals.api.urls")),
    path("alerts/", include("proposals.alerts.urls")),
    path("", include("proposals.urls")),
]

handler400 = "config.errors.bad_request"
handler403 = "config.errors.permission_denied"
handler404 = "config.errors.not_found"
handler500 = "config.errors.server_error"
