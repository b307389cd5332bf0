"""``proposals.ingest.lexicon``: the one mapping from a role word to a role that every pass uses."""

import pytest

from proposals.ingest.lexicon import role_of


@pytest.mark.parametrize(("word", "role"), [
    ("代表", "deputy"), ("人大代表", "deputy"), ("港区代表", "deputy"), ("代表委员", "deputy"),
    ("人大常委", "deputy"), ("人大常委会委员", "deputy"),  # a standing committee's members are deputies
    ("委员", "member"), ("政协委员", "member"), ("政协常委", "member"), ("澳区委员", "member"), ("提案人", "member"),
    ("特邀代表", "other"),  # invited to sit with the deputies, not one of them
])
def test_each_role_word_says_its_role(word, role):
    assert role_of(word) == role
