"""Shapes the last round of real pages (real7 to real11) showed the parser getting wrong, each with a
look-alike that must stay as it was: a page that names no session but speaks of 国是, ….
Every article here is fictional (虚构示例), set in other provinces and years than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

# -- a feature that names no body: 共商国是 / 进京 says the national sessions ---------------------------

FEATURE_2013 = ("# 会场内外的温度\n\n本报特派记者 邝远舟\n\n每年三月，“两会”总让人期待。{wording}\n\n"
                "覃立群、蒙秀兰、韦建中……这些代表委员，平日的身份是企业家、医生、老师。")


def session_level(text: str) -> str:
    return parse_article(text + FICTIONAL_END).session.level


def test_a_page_that_speaks_of_national_affairs_is_of_the_national_sessions():
    text = FEATURE_2013.format(wording="来自湖南的代表委员们共商国是，把百姓的心声带到会场。")
    assert session_level(text) == "national"
    assert {level for _, _, level in delegates(text)} == {"national"}


def test_delegates_coming_to_beijing_are_at_the_national_sessions():
    text = FEATURE_2013.format(wording="三月初，湖南的代表委员们陆续抵京报到。")
    assert session_level(text) == "national"


def test_china_is_no_word_of_national_affairs():
    text = FEATURE_2013.format(wording="中国是一个发展中国家，代表委员们关心民生。")
    assert session_level(text) == "unknown"


# -- 届次 in traditional characters, and of the two sessions together (全國兩會第N次會議) ----------------

def session_year(text: str) -> int | None:
    return parse_article(text + FICTIONAL_END).session.year


def test_the_term_and_sitting_of_both_sessions_in_traditional_characters_give_the_year():
    text = "# 代表啟程赴京\n\n第十三屆全國兩會第三次會議明日開幕，澳區全國人大代表何嘉明、區志遠中午乘專機前往北京。"
    assert session_year(text) == 2020


def test_the_term_and_sitting_of_the_congress_in_traditional_characters_give_the_year():
    text = "# 代表啟程赴京\n\n第十三屆全國人民代表大會第三次會議明日開幕，全國人大代表何嘉明中午前往北京。"
    assert session_year(text) == 2020


def test_both_sessions_named_without_a_sitting_give_no_year():
    text = "# 代表啟程赴京\n\n第十三屆全國兩會將在春天舉行，全國人大代表何嘉明表示會提交議案。"
    assert session_year(text) is None


# -- an adverb that is a surname, then a verb and its object: 常来大陆 is no name -----------------------

EXCHANGE_2018 = "# 闽台交流\n\n2018年3月4日，全国政协十三届一次会议在京开幕。{sentence}"


def test_an_adverb_surname_a_verb_and_a_place_are_no_name():
    text = EXCHANGE_2018.format(sentence="台胞郑先生说，他的舅舅是政协委员，常来大陆交流，也曾到北京参观。")
    assert names(text) == []


def test_a_member_whose_name_opens_with_an_adverb_surname_and_a_verb_is_read():
    text = EXCHANGE_2018.format(sentence="全国政协委员常来顺说，两岸要多走动。全国政协委员曾到华表示赞同。")
    assert names(text) == ["常来顺", "曾到华"]


# -- a source line run into the delegation's name: 某网-某日报原创 + 某代表团 -------------------------------

SOURCE_RUN_IN = ("{place}代表團舉行全體會議并向媒體開放\n2023-03-08 21:10:05 來源: {site}網(wǎng)-{place}日報原創(chuàng)\n"
                 "{place}代表團舉行全體會議并向媒體開放\n覃秀蘭韋建中回答記者提問 蒙立群參加審查\n"
                 "{site}網-{place}日報訊(記者 韋青報道)3月8日上午，參加{session}的{place}代表團舉行全體會議。"
                 "{role}覃秀蘭、韋建中參加審查并回答記者提問，{role}蒙立群參加審查。")


def delegations(text: str) -> list[str]:
    return [d.delegation for d in parse_article(text + FICTIONAL_END).delegates]


def test_a_credit_run_into_a_delegation_is_no_part_of_its_name():
    text = SOURCE_RUN_IN.format(place="廣西", site="八桂", session="十四屆全國人大一次會議", role="全國人大代表")
    assert delegations(text) == ["廣西代表團"] * 3


def test_a_delegation_whose_place_ends_like_a_station_keeps_its_name():
    # 台 (烟台, 邢台) and 电 (电白) stand in place names: only whole credit words are cut.
    text = SOURCE_RUN_IN.format(place="煙台", site="膠東", session="山東省十四屆人大一次會議", role="省人大代表")
    assert delegations(text) == ["煙台代表團"] * 3


# -- 于 before a date follows a name: 某某、某某于2011年1月写的提案 ------------------------------------------

MIYI_2013 = "# 提案有回音\n\n2013年3月2日，米易县政协八届二次会议开幕。近日，米易县政协委员{names}写的提案有了答复。"


def test_yu_before_a_date_ends_the_names_of_a_list():
    assert names(MIYI_2013.format(names="罗三五、刘元章于2012年1月")) == ["罗三五", "刘元章"]
    assert names(MIYI_2013.format(names="刘元章于近日")) == ["刘元章"]


def test_yu_inside_a_name_not_before_a_date_stays_in_it():
    text = MIYI_2013.replace("写的", "联名提交的").format(names="罗三五、林于斌")
    assert names(text) == ["罗三五", "林于斌"]


# -- 作为来自某界的委员，NAME…: the subject where it comes from, the name opening the next clause ------------

CHONGQING_2013 = "# 委员建言\n\n2013年1月20日，重庆市政协四届一次会议开幕。作为来自医药卫生界的{role}，{subject}也非常关心医疗资源分配。"


def test_the_name_after_as_one_from_a_sector_is_a_member():
    assert delegates(CHONGQING_2013.format(role="委员", subject="蓝秀英")) == [("蓝秀英", "member", "regional")]


def test_a_pronoun_after_as_one_from_a_sector_names_no_one():
    assert names(CHONGQING_2013.format(role="委员", subject="他")) == []


# -- one of them (作为人大代表的一员，甲…) and the one a superlative picks (最年长的委员是…的乙) -------------------

XIUSHUI_2016 = "# 县两会\n\n2016年2月20日，修水县政协九届一次会议开幕。{sentence}"


def test_the_name_after_as_one_of_the_deputies_is_a_deputy():
    text = XIUSHUI_2016.format(sentence="作为人大代表的一员，蓝秀英总经理将继续发挥带头作用。")
    assert delegates(text) == [("蓝秀英", "deputy", "county")]


def test_the_name_a_superlative_picks_among_the_members_is_a_member():
    text = XIUSHUI_2016.format(sentence="参加本次会议最年长的委员是58年的蓝秀英，为县文联的一员。蓝秀英提交了两件提案。")
    assert delegates(text) == [("蓝秀英", "member", "county")]


def test_a_pronoun_or_a_description_after_them_names_no_one():
    assert names(XIUSHUI_2016.format(sentence="作为人大代表的一员，他将继续发挥带头作用。")) == []
    assert names(XIUSHUI_2016.format(sentence="参加本次会议最年长的委员是来自基层的。")) == []
