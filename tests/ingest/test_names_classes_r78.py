"""Shapes the blind real sets 78 to 80 (city sessions of the east and south, delegations at the
national session, county-level cities and districts) showed the parser missing or misreading, each with
a look-alike that must keep its reading: the deputies a delegation meeting's report lists as attending
(甲、乙出席。丙参加审议), honours that name their place before the year, a party's short name before a
count, and a deputy named after another's proposal (甲委员的提案和乙代表的建议). Every article here is
fictional (虚构示例), set in other provinces, years and levels than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import names_of as names
from tests.ingest.helpers import posted_of as _read

DELEGATION_2023 = ("# 某省代表团举行全体会议\n\n2023年3月6日 某省日报\n\n3月5日下午，十四届全国人大一次会议某省代表团举行"
                   "全体会议，审议政府工作报告。\n\n省委书记、某省代表团团长尹立宏主持会议。")


def test_the_deputies_a_delegation_meetings_report_lists_as_attending():
    text = DELEGATION_2023 + "叶春华、马森林、任珠明出席。\n\n部长倪宏以及有关同志到会听取意见。刘奇明、郭振宇参加审议，马志强列席会议。"
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role, d.delegation) for d in found][1:] == [
        ("叶春华", "deputy", "某省代表团"), ("马森林", "deputy", "某省代表团"), ("任珠明", "deputy", "某省代表团"),
        ("刘奇明", "deputy", "某省代表团"), ("郭振宇", "deputy", "某省代表团")]


def test_leaders_attending_a_citys_session_are_no_deputies():
    text = ("# 市两会\n\n2023年1月5日 某市日报\n\n市十七届人大二次会议开幕。市领导王立新、李国华出席。\n\n"
            "各代表团分组审议政府工作报告。\n\n市人大代表张立群说，要发展。")
    assert names(text) == ["张立群"]


def test_names_attending_far_from_any_delegation_meeting_are_no_deputies():
    text = (DELEGATION_2023 + "\n\n代表们表示要发展。\n\n代表们表示要改革。\n\n代表们表示要开放。\n\n"
            "另讯，某企业年会召开。王立新、李国华出席。")
    assert names(text) == ["尹立宏"]


def test_honours_that_name_their_place_before_the_year():
    text = ("# 两会掠影\n\n2020年6月24日 某网\n\n政协某区五届五次会议召开。李翠莲被评为某区2019年度优秀人大代表；"
            "刘毅、郑凯、陈健玲等3人被评为某区2019年度优秀政协委员。")
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role) for d in found] == [("李翠莲", "deputy"), ("刘毅", "member"), ("郑凯", "member"),
                                                ("陈健玲", "member")]


def test_a_partys_short_name_before_a_count_is_no_name():
    text = ("# 民建参会\n\n2018年4月5日 某网\n\n市政协七届二次会议召开，某市民建7名市人大代表、27名市政协委员参加了会议。"
            "卢森军委员的提案和丰群飞代表的建议被晚报采用。")
    assert names(text) == ["卢森军", "丰群飞"]


def test_the_members_representatives_named_after_the_role():
    text = ("# 座谈会\n\n2019年9月16日 某报\n\n全国政协召开历届全国政协委员代表座谈会。第一至第十三届全国政协委员代表"
            "李淑兰、嘉木样·洛桑久美·图丹却吉尼玛、张道诚分别在会上发言。")
    assert names(text) == ["李淑兰", "嘉木样·洛桑久美·图丹却吉尼玛", "张道诚"]


def test_a_member_speaking_on_behalf_of_a_party_names_no_one():
    text = "# 座谈会\n\n2019年9月16日 某报\n\n全国政协委员代表民盟作了发言。全国政协委员孙立华说，要发展。"
    assert names(text) == ["孙立华"]


def test_a_members_own_proposal_named_with_de():
    text = ("# 民盟参会\n\n2024年1月20日 某网\n\n区政协五届三次会议召开。民盟基层委员会集体提案《关于建设区域消费中心城市的建议》、"
            "王会飞的提案《关于提升家庭教育指导能力的建议》被列为重点提案。")
    assert names(text) == ["王会飞"]


def test_a_pronouns_proposal_names_no_one():
    text = "# 民盟参会\n\n2024年1月20日 某网\n\n区政协五届三次会议召开。这是他的提案《关于某事的建议》。区政协委员孙立华说，要发展。"
    assert names(text) == ["孙立华"]


def test_a_two_character_name_that_is_also_a_word_between_two_names():
    text = ("# 大会发言\n\n2019年1月10日 某报\n\n市政协十三届三次会议举行大会发言。发言开始后，张炳君、陈洁、冷静、段超、"
            "王兴武等委员依次登场。")
    assert names(text) == ["张炳君", "陈洁", "冷静", "段超", "王兴武"]


def test_words_of_two_characters_between_names_stay_words():
    text = ("# 大会发言\n\n2019年1月10日 某报\n\n市政协十三届三次会议举行大会发言。张炳君、陈洁等委员关注教育、医疗、"
            "养老、就业等问题。")
    assert names(text) == ["张炳君", "陈洁"]


def test_a_counted_roster_of_posts_and_names_set_apart_by_the_list_mark():
    text = ("# 代表出发\n\n2023年3月2日 某市日报\n\n在汕的十四届全国人大代表共有3名，为：市长曾风保、某股份有限公司党支部书记"
            "黄贵松、某剧院一团副团长林燕云。")
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.affiliation) for d in found] == [("曾风保", "市长"), ("黄贵松", "某股份有限公司党支部书记"),
                                                       ("林燕云", "某剧院一团副团长")]


def test_posts_and_names_after_a_bare_role_of_another_body_name_no_one():
    text = ("# 职代会\n\n2017年3月3日\n\n3位职工代表分别是某设计院副院长骆章明、某集团董事长邬建华、某公司董事长喻国安。"
            "会议还听取了报告。")
    assert names(text) == []


def test_a_word_of_qu_repeated_on_a_page_is_no_name():
    text = ("# 区域协同\n\n2019年3月5日 某台\n\n我们采访了8位全国人大代表，看一看他们眼中的区域协同和两会建议。区域协同是大事，"
            "区域协同要加快。全国人大代表王晓梅说，要发展。")
    assert names(text) == ["王晓梅"]


def test_a_member_of_our_party_named_before_the_role():
    text = "# 优秀提案\n\n2018年2月1日 某党省委\n\n省政协十二届一次会议召开。我党王军委员的提案获评优秀提案。"
    assert names(text) == ["王军"]


def test_new_members_listed_in_the_sentence_after_the_roster():
    text = ("# 澳区委员\n\n2013年2月22日 某报\n\n第十二届全国政协委员名单公布，澳区获选卅六名政协委员中，廿九位现届委员连任，"
            "另有七张新面孔。他们是：街总理事长吴小丽、某博亚总裁何猷龙、某同乡会创会会长萧德雄等。")
    assert names(text) == ["吴小丽", "何猷龙", "萧德雄"]


def test_they_are_after_a_sentence_about_no_delegates_names_no_one():
    text = ("# 企业家\n\n2013年2月22日 某报\n\n某商会今年新增七家会员企业。他们是：某集团董事长吴小丽、某公司总裁何猷龙等。"
            "全国政协委员孙立华说，要发展。")
    assert names(text) == ["孙立华"]


def test_a_name_before_the_verb_of_lecturing():
    text = "# 传达会\n\n2022年3月20日 某报\n\n两会精神传达会举行，澳门地区全国政协委员张裕、陈虹主讲。"
    assert names(text) == ["张裕", "陈虹"]


def test_a_group_counted_as_the_citys_own():
    text = ("# 开幕\n\n2021年1月28日 某网\n\n省十三届人大五次会议开幕。贠建民、董建华等我市32名省人大代表同其他代表团的"
            "省人大代表一道出席开幕大会。")
    assert names(text) == ["贠建民", "董建华"]


def test_members_after_a_chair_joined_by_he():
    text = ("# 联组讨论\n\n2024年1月10日 某报\n\n市政协十五届三次会议举行联组讨论。市政协副主席钟方丽和委员王建军、张晓荣、"
            "姜浩，围绕物流发展建言献策。")
    assert _read(text) == [("王建军", "member", "municipal", ""), ("张晓荣", "member", "municipal", ""),
                           ("姜浩", "member", "municipal", "")]


def test_a_dotted_name_before_buyou():
    text = "# 访谈\n\n2018年3月2日 某报\n\n市政协委员再帕尔·阿不力孜不由挺直了腰板，说要发展。"
    assert names(text) == ["再帕尔·阿不力孜"]


def test_an_interview_of_a_prefectures_deputy_names_no_region_zhuanfang():
    text = "# 两会访谈\n\n2025年1月10日 某台\n\n专访州人大代表韦丽娜：要发展乡村产业。"
    assert parse_article(text + FICTIONAL_END).session.region == ""


def test_a_speaker_in_a_delegations_report_before_zai_fayan_shi():
    text = (DELEGATION_2023 + "\n\n代表们纷纷发言。\n\n王宁在发言时说，要发展。\n\n李明在审议时说，要改革。")
    assert names(text)[-2:] == ["王宁", "李明"]


def test_a_guide_also_elected_a_deputy():
    text = "# 80后代表\n\n2009年3月1日 某网\n\n曾获全国道德模范称号的湖南省女导游文花枝也当选为全国人大代表。"
    assert _read(text) == [("文花枝", "deputy", "national", "湖南省女导游")]
