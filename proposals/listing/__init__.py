"""The list machinery the journalists' site and the API both stand on.

``query`` (the shared proposal list: which rows, which columns, one prefetch plan, and the readers
of what it prefetched), ``filters`` (the query parameters of every list, as django-filter
FilterSets), ``facets`` (counts computed in the database), ``export`` (the one builder of export
rows, streamed as CSV or JSON Lines), ``descriptions`` (the English help of parameters and fields),
``links`` (API URLs of records) and ``dates`` (ISO 8601 text).

May import ``proposals.models``, ``proposals.search`` and ``delegates``; never ``proposals.api``,
``proposals.views`` or Django REST framework: the site and the API import this package, not each
other.
"""
