"""Representations of the API's records, one module per resource.

``refs`` (compact shapes nested in other records, and the proposer), ``proposals``, ``delegates``,
``articles`` and ``vocabulary`` (key tasks, sectors, sessions). Every field is declared explicitly
with an English description and the Chinese term, so the OpenAPI schema documents it. Lists use the
compact ``*Ref`` shapes for nested records; detail views add the rest. The nested and list
serializers build their dictionaries directly (``to_representation``) instead of walking DRF fields
one by one: the proposal list is the hot path, and per-field dispatch costs more than the database.
The declared fields stay the contract: ``tests/api/test_serializers.py`` checks that the built
dictionaries have exactly the declared keys, and Schemathesis checks every response against the
schema.

May import ``proposals.listing``, the models and Django REST framework.
"""
