"""The public REST API (``/api/v1/``): read for anyone, corrections for staff with a token.

One concept per module: ``serializers`` (representations), ``filters`` (query parameters),
``pagination`` (page numbers and cursors), ``facets`` (counts computed in the database),
``changes`` (the change feed for mirrors), ``export`` (streamed CSV and JSON Lines), ``http``
(conditional GET, throttles, errors) and ``views`` (the viewsets the router in ``urls`` serves).
"""
