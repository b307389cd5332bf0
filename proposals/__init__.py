"""Articles, proposals, key tasks and sectors, and every layer around them, one folder a layer:

- ``ingest/``: pure parsing passes (no Django): a file's text in, frozen dataclasses out;
- ``loader/``: writes what the parser read (the ingest command and the admin upload call it);
- ``selectors``, ``search/``: reads and Chinese search;
- ``listing/``: filters, facets, export rows and the list query, shared by the site and the API;
- ``views/`` (the site), ``api/`` (the REST API), ``admin/`` (the editors' admin).

An article travels: file → ``ingest.sources`` → ``ingest.parse`` → ``loader`` → database →
``selectors``/``search``/``listing`` → ``views``/``api``/``admin``."""
