"""Who speaks and who is chosen in a report of a meeting (speakers after 代表们, minutes' labels,
delegation heads), and what is no such thing. Every article here is fictional (虚构示例)."""

from __future__ import annotations

import pytest

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

END = FICTIONAL_END


def test_speakers_who_open_sentences_in_a_paragraph_about_the_deputies_are_deputies():
    text = ("# 分组审议侧记\n\n1月14日，黑龙江省十四届人大二次会议各代表团分组审议政府工作报告。\n\n"
            "在哈尔滨代表团，代表们审议时踊跃发言。张建国说：“要进一步优化营商环境。”刘秀梅表示，乡村振兴关键在人才。\n\n"
            "金顺姬深有感触地说：“冰雪经济大有可为。”\n\n会议还听取了有关情况的说明。")
    assert delegates(text) == [
        ("张建国", "deputy", "regional"), ("刘秀梅", "deputy", "regional"), ("金顺姬", "deputy", "regional"),
    ]


def test_members_of_a_traditional_character_page_speak_the_same_way():
    text = ("# 政協分組討論\n\n2019年1月，政協澳門特別行政區的全國政協委員舉行座談。委員們紛紛發言。"
            "何嘉倫說：“要推動琴澳深度合作。”梁詠詩表示，要做好青年工作。")
    assert [(n, r) for n, r, _ in delegates(text)] == [("何嘉倫", "member"), ("梁詠詩", "member")]


def test_a_leader_named_earlier_and_sentences_not_opened_by_the_name_make_no_deputy():
    text = ("# 参加审议\n\n2024年3月6日，省委书记高振东参加岚江代表团审议。代表们踊跃发言。"
            "高振东说，要推动高质量发展。会上，陈立平说，教育要均衡发展。大家纷纷表示赞同。")
    assert names(text) == []


@pytest.mark.parametrize("plural", ["代表委员们", "同学们", "朋友们"])
def test_other_plurals_open_no_paragraph_of_speakers(plural):
    text = (f"# 座谈\n\n2022年1月，市十六届人大一次会议期间，{plural}齐聚一堂。张建国说：“要优化营商环境。”"
            "刘秀梅表示，要抓好人才。")
    assert names(text) == []


def test_the_heads_of_a_delegation_named_before_their_post_are_its_deputies():
    text = ("# 代表团全体会议\n\n2016年3月4日，出席十二届全国人大四次会议的宁夏代表团召开全体会议。会议推选韩国栋担任宁夏代表团团长，"
            "马玉兰、纳建平、杨振宇担任副团长。")
    parsed = parse_article(text + END).delegates
    assert [(d.name, d.delegation) for d in parsed if d.name != "韩国栋"] == [
        ("马玉兰", "宁夏代表团"), ("纳建平", "宁夏代表团"), ("杨振宇", "宁夏代表团")]


def test_minutes_label_each_speech_with_the_speakers_and_their_role():
    text = ("# 县政协委员分组讨论\n\n2016年1月，政协刚察县第十届委员会第五次会议分组讨论。\n"
            "多杰才让委员：两个报告实事求是，完全赞同。\n"
            "索南卓玛、才让东智委员：一是加快牧区道路建设。\n"
            "民建委员：建议加强民营企业服务。\n"
            "特邀代表：建议加强宣传。")
    assert delegates(text) == [("多杰才让", "member", "county"), ("索南卓玛", "member", "county"),
                               ("才让东智", "member", "county")]



def test_heads_named_with_their_posts_before_their_post_in_the_delegation():
    text = ("# 代表团全体会议\n\n2020年1月，出席自治区十三届人大三次会议的博尔塔拉代表团召开全体会议。会议推选自治州党委书记"
            "李建新为博尔塔拉代表团团长；自治州党委副书记、州长巴合提亚尔·努尔兰，温泉县委书记马晓东为代表团副团长。")
    parsed = [(d.name, d.affiliation, d.delegation) for d in parse_article(text + END).delegates]
    assert parsed == [
        ("李建新", "自治州党委书记", "博尔塔拉代表团"),
        ("巴合提亚尔·努尔兰", "自治州党委副书记、州长", "博尔塔拉代表团"),
        ("马晓东", "温泉县委书记", "博尔塔拉代表团"),
    ]
