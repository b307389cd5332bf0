"""Shapes the blind real sets 72 to 74 (broadcast texts, replies to proposals, the CPPCC's own sites)
showed the parser missing or misreading, each with a look-alike that must keep its reading: a reply
letter's salutation (甲、乙委员) on a line of its own, 经 before a city's 市政协, a proposal's movers
speaking 作为提案人代表, members a minister meets in the clause before the next subject's, 陆委会 and
Taiwan's deputies to the national congress, 界别的委员 + name, a count of 同志 between a list and its
office, a given name's rare character after a title (陈怡霓), and 这些 between a city and its 市. Every
article here is fictional (虚构示例), set in other provinces, years and levels than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import names_of as names
from tests.ingest.helpers import posted_of as _read

REPLY_2021 = ("# 答复函\n\n2021年10月22日 某县教体局\n\n某县教育体育局关于对政协某县第十届委员会五次会议49号提案的答复函\n\n"
              "{salutation}\n\n《关于更新补充农村中小学适用图书的建议》收悉，现就提案办理有关情况答复如下。")


def test_a_reply_letters_salutation_on_a_line_of_its_own():
    text = REPLY_2021.format(salutation="贺文国、佟金菊委员")
    assert _read(text) == [("贺文国", "member", "county", ""), ("佟金菊", "member", "county", "")]


def test_a_line_of_words_before_the_letter_names_no_one():
    text = REPLY_2021.format(salutation="各位委员") + "政协委员孙立华说，要发展。"
    assert names(text) == ["孙立华"]


def test_jing_before_a_citys_cppcc_is_no_place():
    text = ("# 提案督办\n\n2021年9月1日 某报\n\n经市政协九届28次主席会议协商后，杨桂兰等8名市政协委员提出的"
            "《关于修通断头路的建议》提案成为重点提案。")
    assert parse_article(text + FICTIONAL_END).session.region == ""


def test_movers_speaking_as_the_proposals_representatives_are_no_deputies():
    text = ("# 提案督办\n\n2021年9月1日 某市政协\n\n杨桂兰等8名市政协委员提出的提案成为重点提案。"
            "会上，杨桂兰、袁玉华作为提案人代表发言。")
    assert _read(text) == [("杨桂兰", "member", "municipal", "")]


def test_members_met_before_the_next_subjects_clause():
    text = ("# 提案办理\n\n2020年11月19日 某报\n\n部长王蒙辉在会前会见全国政协提案委领导、政协委员，副部长黄艳芳主持召开座谈会。"
            "全国政协委员孙立华说，要发展。")
    assert names(text) == ["孙立华"]


def test_taiwans_deputies_and_the_mainland_affairs_council():
    text = ("# 两会闭幕\n\n2025年3月11日 某台\n\n中共两会会有13位台湾省人大代表，陆委会指出，他们多数不具台湾身分。"
            "台湾省全国人大代表陈美华说，要交流。")
    found = parse_article(text + FICTIONAL_END)
    assert [(d.name, d.level) for d in found.delegates] == [("陈美华", "national")]
    assert found.session.region == ""


def test_a_member_of_a_sector_said_with_de():
    text = ("# 委员报到\n\n2024年1月8日 某市融媒体\n\n市政协六届三次会议开幕。工商联界别的委员韩光祥在外经商多年，"
            "始终心系家乡。")
    assert _read(text) == [("韩光祥", "member", "municipal", "")]


def test_a_count_of_comrades_between_a_list_and_its_office():
    text = ("# 县政协闭幕\n\n2017年1月18日 某县融媒体\n\n大会选举杨代军同志为县政协第十届委员会主席，选举张亚军、尚卫东、"
            "颜鹏飞、赵伟四位同志为县第十届政协委员会副主席。")
    assert names(text) == ["杨代军", "张亚军", "尚卫东", "颜鹏飞", "赵伟"]


def test_a_given_names_rare_character_after_a_title():
    text = "# 提案\n\n2018年3月8日 某报\n\n全国政协委员、致公党某市委主委陈怡霓提交的提案格外引人关注。"
    assert names(text) == ["陈怡霓"]


def test_a_word_after_a_titled_name_still_ends_it():
    text = "# 院士\n\n2018年3月8日 某报\n\n全国政协委员、中国工程院院士胡德松蹲在田间查看长势。"
    assert names(text) == ["胡德松"]


def test_a_demonstrative_between_a_city_and_its_cppcc():
    text = "# 委员声音\n\n2020年1月10日 某网\n\n直通两会|亳州这些市政协委员的话说到心坎里。市政协委员周成文说，要发展。"
    assert parse_article(text + FICTIONAL_END).session.region in ("", "亳州市")


def test_hong_kong_and_macao_members_of_a_provinces_conference():
    text = ("# 港澳委员\n\n2018年1月28日 某网\n\n内蒙古自治区政协十二届一次会议正在进行，与会的港澳地區政協委員纷纷表示看好"
            "内蒙古。澳門委員許文曲介紹，我们建议打造园中园。")
    found = parse_article(text + FICTIONAL_END)
    assert [(d.name, d.role, d.level) for d in found.delegates] == [("許文曲", "member", "regional")]
    assert found.session.region == "内蒙古自治区"


def test_a_list_that_ends_before_quanti():
    text = ("# 澳委员\n\n2024年1月30日 某报\n\n政协第十三届某自治区委员会第二次会议开幕。澳区常委李国辉、柯桃兰，委员何金明、"
            "姚明礼及魏立新全体出席会议。")
    assert names(text) == ["李国辉", "柯桃兰", "何金明", "姚明礼", "魏立新"]


def test_the_posts_a_member_is_said_to_hold_after_the_name():
    text = "# 联组会\n\n2024年3月7日 某台\n\n全国政协十四届二次会议举行联组会。夏先鹏委员是民革某省委会主委。他谈了产业链合作。"
    assert _read(text) == [("夏先鹏", "member", "national", "民革某省委会主委")]


def test_a_description_after_the_copula_is_no_post():
    text = "# 代表风采\n\n2018年1月28日 某报\n\n省十三届人大一次会议开幕。马海木呷代表是一位毕摩文化传承人。"
    assert _read(text) == [("马海木呷", "deputy", "regional", "")]


def test_county_leaders_listed_after_the_role():
    text = ("# 预备会议\n\n2019年2月4日 某县新闻中心\n\n县第十八届人民代表大会第三次会议召开大会预备会议。"
            "县人大代表、县领导王尔敏、张健、吴健、胥勋雷，县法院院长，县检察院检察长等参加会议。")
    assert _read(text) == [(n, "deputy", "county", "县领导") for n in ("王尔敏", "张健", "吴健", "胥勋雷")]


def test_speaking_on_behalf_of_those_elected_names_no_deputy():
    text = ("# 区政协闭幕\n\n2016年12月4日 某报\n\n选举宋甘澍为政协北京市某区第十四届委员会主席。"
            "区政协主席宋甘澍代表新当选的同志作表态发言。")
    assert [(d.name, d.role) for d in parse_article(text + FICTIONAL_END).delegates] == [("宋甘澍", "member")]


def test_an_office_without_its_body_is_no_affiliation():
    text = ("# 区政协闭幕\n\n2016年12月4日 某报\n\n选举宋甘澍为政协北京市某区第十四届委员会主席，王红、颜华为副主席。")
    assert _read(text)[1:] == [("王红", "member", "county", ""), ("颜华", "member", "county", "")]


def test_speakers_labelled_by_the_conferences_group():
    text = ("# 两会访谈\n\n2021年3月2日 某县融媒体\n\n县政协十一届五次会议开幕。\n"
            "政协经济组胡荣光：“我们经济组主要是以服务老百姓为中心。”\n政协无党派组叶蔚娜：“今年我的提案是关于垃圾分类的。”")
    assert _read(text) == [("胡荣光", "member", "county", ""), ("叶蔚娜", "member", "county", "")]


def test_a_group_named_before_a_colon_that_is_no_speaker():
    text = "# 两会访谈\n\n2021年3月2日 某县融媒体\n\n县政协十一届五次会议开幕。\n政协经济组工作：围绕发展。县政协委员孙立华说，要发展。"
    assert names(text) == ["孙立华"]


def test_a_profile_that_opens_with_she_is():
    text = ("# 讲述\n\n2018年12月1日 某台\n\n四十年四十人\n她是李莉，县政协委员，县广播电台交通广播主持人，为您讲述她的故事。")
    assert _read(text) == [("李莉", "member", "county", "县广播电台交通广播主持人")]
