"""OpenAPI schema post-processing: the error answers every operation can give, documented once.

Every operation may be throttled (429, with ``Retry-After``) and answers a malformed parameter with
400; these are added wherever a view's own ``extend_schema`` did not say so already. Error bodies
are JSON objects: ``{"detail": "..."}`` or ``{"parameter": ["reason"]}``.
"""

from __future__ import annotations

ERROR_BODY = {"application/json": {"schema": {"type": "object", "additionalProperties": True}}}
COMMON_ERRORS = {
    "400": "Malformed parameter, page or cursor: `{\"parameter\": [\"reason\"]}`.",
    "429": "Too many requests from this client: wait `Retry-After` seconds. `{\"detail\": \"...\"}`.",
}


def add_error_responses(result, generator, request, public):
    """drf-spectacular ``POSTPROCESSING_HOOKS`` entry: 400 and 429 on every operation."""
    for path_item in result.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for status, description in COMMON_ERRORS.items():
                operation["responses"].setdefault(status, {"description": description, "content": ERROR_BODY})
    return result
