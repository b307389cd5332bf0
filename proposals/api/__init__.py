"""The public REST API (``/api/v1/``): read for anyone, corrections for staff with a token.

One concept per module: ``serializers`` (representations, one module per resource), ``views`` (the
viewsets, one module per resource, that the router in ``urls`` serves), ``queries`` (the API's
reads), ``pagination`` (page numbers and cursors), ``renderers`` (the exports' media types),
``changes`` (the change feed for mirrors) and ``http`` (conditional GET, throttles, errors).
Filters, facets and export rows come from ``proposals.listing``, which the site shares.

May import ``proposals.listing``, ``proposals.editorial``, the models and Django REST framework;
the site never imports this package.
"""
