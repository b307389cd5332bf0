"""Shapes the blind real sets 36 to 41 (county sessions and TV transcripts, traditional and minority
pages, national group reviews, city pages, provincial portals) showed the parser missing, each with a
look-alike that must keep its reading: a delegation's whole list after 等, a head's posts joined by 、,
leaders sitting as deputies, a speaker after 代表们 with 就此, a province's bare 代表们 at a national session,
posts after 现任, 如今是 or the role, posts after 来自, a bare 常委 after a name, a member 作为 the next
clause's subject after posts, the premier's work report, and a page that reprints an old sitting.
Every article here is fictional (虚构示例), set in other provinces, years and levels than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names
from tests.ingest.helpers import posted_of as _read

SHAANXI_2021 = "# 代表团审议\n\n日期：2021-01-28\n\n陕西省十三届人大五次会议期间，宝鸡代表团举行全体会议。"
HUBEI_2016 = "# 全国两会\n\n2016年3月7日\n\n十二届全国人大四次会议期间，"
GANSU_CPPCC_2024 = "# 省政协常委会\n\n2024年6月20日\n\n省政协十三届常委会第八次会议召开，"



def test_a_delegations_whole_list_after_deng_and_its_heads_posts_joined_by_a_comma():
    text = SHAANXI_2021 + ("会议期间，宝鸡代表团团长、市委书记、市人大常委会主任严伯川，宝鸡代表团副团长、市委副书记、市长"
                           "万志英，郑红梅、宋可言、白立新等宝鸡代表团全体代表认真审议政府工作报告。")
    assert _read(text) == [
        ("严伯川", "deputy", "regional", "市委书记、市人大常委会主任"),
        ("万志英", "deputy", "regional", "市委副书记、市长"),
        ("郑红梅", "deputy", "regional", ""),
        ("宋可言", "deputy", "regional", ""),
        ("白立新", "deputy", "regional", ""),
    ]


def test_a_troupe_after_deng_is_no_delegation():
    text = SHAANXI_2021 + "郑红梅、宋可言等艺术团全体演员登台演出。省人大代表白立新说，要加快发展。"
    assert names(text) == ["白立新"]


def test_leaders_sitting_as_a_delegations_deputies():
    text = SHAANXI_2021 + "郑红梅、宋可言、白立新等领导以宝鸡代表团普通代表身份出席了全团会议。"
    assert names(text) == ["郑红梅", "宋可言", "白立新"]


def test_a_heads_post_is_dropped_beside_other_posts_and_alone():
    text = SHAANXI_2021 + ("上午的全团会议推选严伯川为宝鸡代表团团长。下午的全团会议由省委常委、市委书记、宝鸡代表团团长"
                           "严伯川主持。宝鸡代表团副团长万志英表示，要抓好落实。")
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.affiliation, d.delegation) for d in found] == [
        ("严伯川", "省委常委、市委书记", "宝鸡代表团"), ("万志英", "", "宝鸡代表团")]


def test_a_city_whose_short_name_ends_in_a_place_suffix_names_the_delegation():
    text = ("# 代表团成立\n\n2014年1月12日\n\n上午的全团会议推选严伯川为省十二届人大二次会议滁州代表团团长，"
            "万志英、郑红梅为副团长。")
    found = parse_article(text + FICTIONAL_END).delegates
    assert {d.delegation for d in found} == {"滁州代表团"}


def test_a_speaker_after_the_deputies_with_jiuci():
    text = HUBEI_2016 + "这是湖北代表们最为关注的问题。郑红梅就此建议说，要加快发展光电子产业。"
    assert delegates(text) == [("郑红梅", "deputy", "national")]


def test_a_provinces_bare_deputies_at_a_provincial_session_stay_provincial():
    text = ("# 省两会\n\n2016年1月27日\n\n湖北省十二届人大四次会议开幕。这是湖北代表们最为关注的问题。"
            "郑红梅就此建议说，要加快发展光电子产业。")
    assert delegates(text) == [("郑红梅", "deputy", "regional")]


def test_posts_after_xianren_in_the_names_sentence():
    text = HUBEI_2016 + "万志英代表祖籍新竹，是一位企业家，现任武汉某科技公司董事长、湖北省台联副会长、湖北省政协常委。"
    assert _read(text) == [("万志英", "deputy", "national", "武汉某科技公司董事长、湖北省台联副会长")]


def test_posts_after_xianren_of_someone_else_are_not_the_deputys():
    text = HUBEI_2016 + "万志英代表说，他的父亲曾在武汉工作。他的同学宋可言现任武汉某科技公司董事长。"
    assert _read(text) == [("万志英", "deputy", "national", "")]


def test_posts_said_after_the_role_or_after_rujin_shi():
    text = ("# 市两会\n\n2019年1月8日\n\n市十五届人大三次会议开幕。市人大代表郑红梅是市农业科学院果树研究所研究员，"
            "她建议加强果树良种推广。\n\n在环卫一线工作了12年的宋可言，如今是市环境卫生服务中心清扫班班长。"
            "首次当选市人大代表的宋可言建议更新环卫车辆。")
    assert [(n, a) for n, _, _, a in _read(text)] == [("郑红梅", "市农业科学院果树研究所研究员"),
                                                     ("宋可言", "市环境卫生服务中心清扫班班长")]


def test_a_kind_of_person_said_after_the_role_is_no_post():
    text = "# 市两会\n\n2019年1月8日\n\n市十五届人大三次会议开幕。市人大代表郑红梅是一名乡村教师，她建议改善乡村学校。"
    assert _read(text) == [("郑红梅", "deputy", "municipal", "")]


def test_posts_after_laizi_before_the_role():
    text = ("# 省两会\n\n2025年1月15日\n\n省两会召开在即。来自某市自然资源局规划科负责人的省人大代表郑红梅，"
            "已是第二次参加省两会。来自农业界的省政协委员宋可言说，要保障粮食安全。")
    assert _read(text) == [("郑红梅", "deputy", "regional", "某市自然资源局规划科负责人"),
                           ("宋可言", "member", "regional", "")]


def test_a_bare_changwei_after_a_name_where_a_committee_meets():
    text = GANSU_CPPCC_2024 + "8位政协常委、委员作大会发言。郑红梅常委建议，加强文物保护；宋可言委员建议，推动全民阅读。"
    assert delegates(text) == [("郑红梅", "member", "regional"), ("宋可言", "member", "regional")]


def test_a_bare_changwei_on_a_page_about_no_committee_is_not_read():
    text = ("# 县委全会\n\n2024年6月20日\n\n县委全会召开。郑红梅常委主持会议。县人大代表宋可言说，要发展产业。")
    assert names(text) == ["宋可言"]


def test_a_party_committees_standing_member_is_no_member():
    text = GANSU_CPPCC_2024 + "市委常委郑红梅出席。宋可言委员建议，推动全民阅读。"
    assert names(text) == ["宋可言"]


def test_a_delegations_short_name_before_the_role_is_no_name():
    text = "# 市两会\n\n2023年1月10日\n\n市十六届人大一次会议召开在即，首次当选的密云团代表郑红梅接受记者采访。"
    assert "密云团" not in names(text)


def test_a_member_from_somewhere_then_posts_and_the_name():
    text = HUBEI_2016 + "作为一名来自司法系统的全国政协委员，省高级人民法院副院长郑红梅给大家分享了成绩单。"
    assert _read(text) == [("郑红梅", "member", "national", "省高级人民法院副院长")]


def test_the_premiers_work_report_makes_the_session_national():
    text = ("# 分组审议\n\n参加分组审议的还有多位代表。审议中，代表们认为，总理所作的政府工作报告是一个好报告。"
            "郑红梅代表在发言中说，要坚定不移地抓好改革。")
    article = parse_article(text + FICTIONAL_END)
    assert article.session.level == "national"
    assert delegates(text) == [("郑红梅", "deputy", "national")]


def test_a_page_reprinting_an_old_sitting_takes_the_sittings_year():
    text = "# 代表团会议\n\n2019-06-02\n\n出席省十二届人大三次会议的宝鸡代表团代表陆续报到。郑红梅代表说，要抓好落实。"
    assert parse_article(text + FICTIONAL_END).session.year == 2015


def test_a_page_dated_within_a_year_of_the_sitting_keeps_its_date():
    text = "# 代表团会议\n\n2016-01-02\n\n出席省十二届人大四次会议的宝鸡代表团代表陆续报到。郑红梅代表说，要抓好落实。"
    assert parse_article(text + FICTIONAL_END).session.year == 2016


def test_a_speakers_label_with_a_weak_given_name_up_to_the_colon():
    text = HUBEI_2016 + "\n\n在湘全国人大代表 岳专：“我建议，把预防性的医疗手段纳入医保支付范围。”"
    assert delegates(text) == [("岳专", "deputy", "national")]


def test_a_word_after_the_role_up_to_the_colon_is_no_name():
    text = HUBEI_2016 + "\n\n全国人大代表 发言：“我建议，把预防性的医疗手段纳入医保支付范围。”"
    assert names(text) == []


def test_going_on_as_before_follows_a_name():
    text = HUBEI_2016 + "住湘全国政协委员郑春云依旧将目光聚焦于洞庭湖生态保护。"
    assert names(text) == ["郑春云"]


def test_a_long_tibetan_part_made_of_transliterations_characters():
    text = HUBEI_2016 + "住川全国政协委员、甘孜州政协副主席泽仁·尕让托布旦拉西降措说，要加快发展。"
    assert _read(text) == [("泽仁·尕让托布旦拉西降措", "member", "national", "甘孜州政协副主席")]


def test_a_party_membership_beside_posts_is_dropped():
    # Alone, a party is all the page says and stays (test_names_classes_real9).
    text = ("# 市政协会议\n\n2018年1月9日\n\n市政协十三届二次会议开幕。市政协委员郑红梅（民盟盟员、市书法家协会副主席）"
            "建议加强书法教育。")
    assert [(n, a) for n, _, _, a in _read(text)] == [("郑红梅", "市书法家协会副主席")]


def test_posts_after_a_bare_role_and_shi():
    text = "# 县两会\n\n2021年2月3日\n\n县十八届人大六次会议开幕。代表万志英是大河镇党委书记，为大河人民造福是他心中最重要的事。"
    assert _read(text) == [("万志英", "deputy", "county", "大河镇党委书记")]
