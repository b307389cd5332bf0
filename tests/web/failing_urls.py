"""The site's URLs plus one view that fails, to see the 500 page a reader would get."""

from django.urls import include, path


def broken(request):
    raise RuntimeError("a bug in a view")


urlpatterns = [path("broken/", broken), path("", include("config.urls"))]
