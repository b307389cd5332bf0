"""The journalists' pages: server-rendered, in Chinese, usable without JavaScript, and their feeds.

``list_state`` (GET parameters: filters, sort, links that change them, chips), ``facet_panel``
(the list's facet counts, cached), ``lists`` (the proposal list and its CSV), ``proposals`` (a
proposal's page), ``articles`` (an article's page and its marked-up text), ``citation`` (GB/T 7714
references), ``delegates`` (people), ``classes`` (key tasks and sectors), ``home`` and ``feeds``
(Atom). Views are thin: reads come from ``proposals.selectors`` and ``proposals.listing`` (so a
filtered list, its facet counts and its CSV are the same set on the site and in the API), search
from ``proposals.search``. State lives in GET parameters, so every list is a shareable URL.

May import ``proposals.listing``, ``proposals.selectors``, ``proposals.search``, the models and
``delegates``; never ``proposals.api``.
"""
