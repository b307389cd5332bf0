"""Renderers that let content negotiation accept the exports' media types.

The export views return a ``StreamingHttpResponse`` themselves (``proposals.listing.export``);
these renderers only ever render an error body (a 400 for a bad filter), as JSON.
"""

from __future__ import annotations

import json

from rest_framework.renderers import BaseRenderer


class StreamRenderer(BaseRenderer):
    """Accepts ``Accept: text/csv`` or ``application/jsonl``; renders errors as JSON."""

    charset = "utf-8"
    media_type = ""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return json.dumps(data, ensure_ascii=False).encode()


class CSVRenderer(StreamRenderer):
    media_type = "text/csv"
    format = "csv"


class JSONLinesRenderer(StreamRenderer):
    media_type = "application/jsonl"
    format = "jsonl"
