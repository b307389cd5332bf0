"""The API's viewsets, one module per resource, on the shared glue of ``base``.

``proposals`` (list, detail, corrections, tags, exports), ``delegates`` (list, detail with merge
redirects, exports), ``articles`` and ``vocabulary`` (key tasks, sectors, sessions). Reads come from
``proposals.api.queries``; filters, facets and export rows from ``proposals.listing``. Proposals
deleted by staff (tombstones) and delegates merged or deleted never appear in lists; their detail
URLs answer 410 (deleted) or 301 to the survivor (merged), and the change feed reports both.
"""
