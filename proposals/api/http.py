"""HTTP behaviour shared by every endpoint: conditional GET, throttles, error bodies.

The ETag is a hash of the rendered body, so it is exact whatever changed underneath (a delegate's
affiliation nested in a proposal, a deletion); a client sending ``If-None-Match`` with it gets a
304 and no body. The database work is done either way: the ETag saves bandwidth, not queries.
"""

from __future__ import annotations

import hashlib

from django.http import HttpResponseBase
from django.utils.cache import get_conditional_response, patch_vary_headers
from rest_framework.exceptions import ValidationError
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class _SettingsRate:
    """Read the rate from settings at each request (DRF binds it at import: tests could not override it)."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class AnonThrottle(_SettingsRate, AnonRateThrottle):
    """Anonymous clients, by IP address: ``API_THROTTLE_ANON`` (e.g. ``1000/hour``)."""


class UserThrottle(_SettingsRate, UserRateThrottle):
    """Clients with a token, by user: ``API_THROTTLE_USER`` (e.g. ``10000/hour``)."""


def with_etag(request, response: HttpResponseBase) -> HttpResponseBase:
    """Add a strong ETag to a successful GET/HEAD response; answer 304 when the client has it."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200 or response.streaming:
        return response
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    etag = '"' + hashlib.blake2b(response.content, digest_size=16).hexdigest() + '"'
    response["ETag"] = etag
    response.setdefault("Cache-Control", "public, max-age=0, must-revalidate")
    patch_vary_headers(response, ["Accept", "Authorization"])
    # A 304 keeps ETag, Vary and Cache-Control (Django copies them); CORS headers are added after.
    return get_conditional_response(request, etag=etag, response=response)


def reject_nul(request) -> None:
    """NUL cannot be stored or compared in PostgreSQL text: a 400 naming the parameter, not a 500."""
    for name, values in request.query_params.lists():
        if "\x00" in name or any("\x00" in value for value in values):
            raise ValidationError({name.replace("\x00", ""): ["contains a NUL character"]})


class ApiHttpMixin:
    """Conditional GET on every response; parameters PostgreSQL cannot take refused up front."""

    def initial(self, request, *args, **kwargs):
        reject_nul(request)
        super().initial(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        return with_etag(request, response)


THROTTLES = [AnonThrottle, UserThrottle]
