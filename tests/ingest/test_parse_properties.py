"""Property-based tests of the parser: whatever the text, a result or ``ParseError``, and honest offsets.

Inputs are arbitrary text (any code point, Chinese-heavy mixtures) and real-shaped articles from
``bench/generate.py`` mangled the way copy-paste and page breaks mangle real pages: spans deleted,
text inserted, lines duplicated, blank lines in mid-sentence, punctuation swapped between full-width
and ASCII, traditional characters, truncation. Derandomized, so CI sees the same examples each run.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.generate import generate_articles
from proposals.ingest.parse import ParsedArticle, ParseError, parse_article

PROPERTY_SETTINGS = settings(
    max_examples=100,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

BASES = [a.text for a in generate_articles(12, seed=41)]
PUNCTUATION_SWAPS = {"，": ",", "。": ".", "：": ":", "“": '"', "”": '"', "（": "(", "）": ")", "、": ",", "；": ";"}
TRADITIONAL = {"区": "區", "协": "協", "员": "員", "议": "議", "发": "發", "会": "會", "说": "說", "与": "與"}
FRAGMENTS = [
    "自治区人大代表、", "全国政协委员", "代表：", "委员认为，", "等12名代表", "代表团", "□本报记者 ", "## ", "#### 两会 热议",
    "库尔班·尼亚孜", "说，", "建议，", "\n\n", "  \n", "本报记者 王磊 摄", "（", "）", "“", "”", "·", "、", "\u3000",
    "<p>", "</p>", "&nbsp;", "\r\n", "\ufeff", "\x00", "🙂", "十四届全国人大代表", "市政协委员", "旗人大代表",
]

chinese_text = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from("，。、：；“”（）·\n 　0123456789abcXYZ#□■"),
        st.characters(),
    ),
    max_size=400,
)
# Chinese only, so that many examples get past the "is this Chinese at all" check into the parser proper.
cjk_text = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=60)
mixed_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), cjk_text, chinese_text), max_size=30).map("".join)


@st.composite
def mangled_articles(draw) -> str:
    text = draw(st.sampled_from(BASES))
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        kind = draw(st.sampled_from(["delete", "insert", "duplicate", "break", "punctuation", "traditional", "truncate"]))
        at = draw(st.integers(min_value=0, max_value=len(text)))
        if kind == "delete":
            text = text[:at] + text[at + draw(st.integers(min_value=1, max_value=200)):]
        elif kind == "insert":
            text = text[:at] + draw(st.one_of(st.sampled_from(FRAGMENTS), chinese_text)) + text[at:]
        elif kind == "duplicate":
            lines = text.split("\n")
            index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines.insert(index, lines[index])
            text = "\n".join(lines)
        elif kind == "break":  # a page break in mid-sentence
            text = text[:at] + "\n\n\n" + text[at:]
        elif kind == "punctuation":
            table = str.maketrans(PUNCTUATION_SWAPS if draw(st.booleans()) else {v: k for k, v in PUNCTUATION_SWAPS.items()})
            text = text[:at] + text[at:].translate(table)
        elif kind == "traditional":
            text = text.translate(str.maketrans(TRADITIONAL))
        else:
            text = text[:at]
    return text


def check(raw: str) -> None:
    try:
        result = parse_article(raw)
    except ParseError as error:
        assert error.reason and "\n" not in error.reason
        return
    assert isinstance(result, ParsedArticle)
    for proposal in result.proposals:
        assert 0 <= proposal.start <= proposal.end <= len(result.text)
        assert result.text[proposal.start : proposal.end] == proposal.passage
    for block in result.blocks:
        assert 0 <= block.start <= block.end <= len(result.text)


@PROPERTY_SETTINGS
@given(mixed_text)
def test_arbitrary_text_gives_a_result_or_a_parse_error(raw):
    check(raw)


@PROPERTY_SETTINGS
@given(mangled_articles())
def test_mangled_articles_give_a_result_or_a_parse_error_with_honest_offsets(raw):
    check(raw)


def test_the_unmangled_bases_parse_with_proposals():
    """The property above is about real-shaped input: the bases themselves are read, not refused."""
    for text in BASES:
        assert parse_article(text).proposals
