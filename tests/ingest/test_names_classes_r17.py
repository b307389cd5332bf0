"""Shapes a set of real pages (real17) showed the parser missing, each with a look-alike that must
keep its reading: names each followed by a title before 作为 + role, a list counted in words, a news
agency's 这是 caption, a stamp line under a long headline, 作为市人大常委, 代表…做 (on behalf of), the
以 before a word is no surname (以饱满的热情), a host meeting a deputy (甲与乙代表交流), names ending in 长, a paper's title opening the
posts, a deputy pictured 与代表们 and posts said after 是 or before the introduction. Every article
here is fictional (虚构示例), set in other provinces, years and levels than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names

# -- names each followed by a title, before 作为 + role: 某商会的甲会长、乙常务副会长作为政协委员 ------------

CHAMBER_2021 = "# 商会会员参加全国两会\n\n日期：2021-03-03\n\n今年参加全国两会的本会会员，职业涵盖工人、农民和教师。"


def test_names_each_followed_by_a_title_before_as_role_are_delegates_with_their_titles():
    text = (CHAMBER_2021 + "上海某省企业商会的孔德明会长、郑晓林常务副会长作为政协委员，韩立平常务副会长、"
            "苗志新常务副会长和扬天夫秘书长作为人大代表，继续参加会议。")
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role, d.affiliation) for d in found] == [
        ("孔德明", "member", "会长"), ("郑晓林", "member", "常务副会长"), ("韩立平", "deputy", "常务副会长"),
        ("苗志新", "deputy", "常务副会长"), ("扬天夫", "deputy", "秘书长")]


def test_titles_before_as_a_guest_name_no_delegates():
    text = CHAMBER_2021 + "孔德明会长、郑晓林常务副会长作为嘉宾出席活动。全国政协委员韩立平说，企业要练好内功。"
    assert names(text) == ["韩立平"]


def test_a_verb_that_opens_with_yang_is_no_surname():
    text = CHAMBER_2021 + "扬帆会长作为政协委员出席。"
    assert "扬帆" not in names(text)


# -- a list counted in words right before the role: 来自基层的甲、乙、丙三位代表 ------------------------------

HUNAN_2018 = "# 代表抵达驻地\n\n日期：2018-01-29\n\n湖南省十三届人大一次会议明天开幕，省人大代表们已抵达驻地。"


def test_a_list_counted_in_words_is_read_when_the_count_is_its_length():
    text = HUNAN_2018 + "晚上9点，来自乡村的龙秀英、石光明、向海燕三位代表还在修改建议。"
    assert delegates(text) == [("龙秀英", "deputy", "regional"), ("石光明", "deputy", "regional"),
                               ("向海燕", "deputy", "regional")]


def test_a_list_whose_count_in_words_differs_is_not_read():
    text = HUNAN_2018 + "晚上9点，来自乡村的龙秀英、石光明、陈海燕四位代表还在修改建议。省人大代表田家禾说，乡村要振兴。"
    assert names(text) == ["田家禾"]


# -- a news agency's caption opening with 这是: 这是某某委员在北京西站接受采访 ---------------------------------

JIANGXI_2021 = "# 委员抵京\n\n2021-03-02 08:41:00 来源：某日报\n\n"


def test_a_caption_opening_with_zheshi_names_its_member():
    text = (JIANGXI_2021 + "  3月1日，来自江西省的全国政协委员抵达北京，出席全国政协十三届四次会议。"
            "这是邬明远委员在北京西站接受采访。 某社记者 摄\n")
    assert delegates(text) == [("邬明远", "member", "national")]


def test_a_caption_opening_with_zheshi_and_no_name_names_no_one():
    text = (JIANGXI_2021 + "  3月1日，全国政协委员抵达北京。这是一位委员在北京西站接受采访。 某社记者 摄\n"
            "全国政协委员邬明远说，交通要先行。")
    assert names(text) == ["邬明远"]


# -- a page's stamp line under a long headline: 某地两会时间|人大代表的…路—某地人大代表某某 / 2023-01-13 10:20:00 --

NINGXIA_2023 = ("宁夏两会时间|人大代表的履职路—宁夏人大代表艾力亚尔·吐尔逊\n\n来源:某日报网\n2023-01-13 10:20:00\n\n"
                "艾力亚尔·吐尔逊,拥有多重身份:人大代表、村党支部书记、返乡创业青年等。这些身份让他能够广泛接触群众。\n\n"
                "2020年5月,艾力亚尔·吐尔逊担起了重任,带领村民发展合作社。\n")


def test_a_stamp_line_under_a_long_headline_is_not_joined_to_it_and_the_profile_is_read():
    found = parse_article(NINGXIA_2023 + FICTIONAL_END).delegates
    assert [(d.name, d.role, d.level, d.affiliation) for d in found] == [
        ("艾力亚尔·吐尔逊", "deputy", "regional", "村党支部书记")]


def test_a_stamp_line_under_a_headline_names_no_one_of_its_own():
    text = NINGXIA_2023.replace("人大代表艾力亚尔·吐尔逊\n", "村里的新变化\n").replace("人大代表、", "")
    assert names(text) == []


# -- a role said of the subject by the congress's standing committee: 主委甲作为市人大常委… ------------------

YUNNAN_2016 = "# 党派成员参加两会\n\n日期：2016-02-26\n\n某市政协九届五次会议和某市人大十五届五次会议召开。"


def test_a_member_of_the_congress_standing_committee_is_a_deputy():
    text = YUNNAN_2016 + "主委杨德宽作为市人大常委和某党派代表接受了电视台的采访。"
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role, d.level, d.affiliation) for d in found] == [("杨德宽", "deputy", "municipal", "主委")]


def test_the_standing_committee_itself_is_no_role():
    text = YUNNAN_2016 + "主委杨德宽作为市人大常委会的联系人接受了采访。市政协委员周红说，要加强养老。"
    assert names(text) == ["周红"]


def test_daibiao_before_an_organisation_and_zuo_is_on_behalf_of():
    text = (YUNNAN_2016 + "在市政协大会上，副主委罗小燕代表某党派市委做《关于优先发展公共交通的建议》的大会发言。"
            "市政协委员周红说，要加强养老。")
    assert "罗小燕" not in [n for n, role, _ in delegates(text) if role == "deputy"]


# -- the host who meets a deputy: 某主任走访省人大代表、某书记菅某，…某主任与李某代表深入交流 -----------------

SHANXI_2024 = "# 走访代表\n\n日期：2024-12-20\n\n山西省第十四届人民代表大会第三次会议即将召开。"


def test_the_host_joined_by_yu_to_a_deputy_before_a_verb_of_meeting_is_no_deputy():
    text = (SHANXI_2024 + "区人大常委会主任韩立军走访慰问驻区省人大代表、某社区党总支书记菅晓晓。"
            "在某公司，韩立军与周小川代表深入交流。")
    assert delegates(text) == [("菅晓晓", "deputy", "regional"), ("周小川", "deputy", "regional")]


def test_two_deputies_joined_by_yu_before_another_verb_stay_deputies():
    assert names(SHANXI_2024 + "韩立军与周小川代表提出建议，加快老旧小区改造。") == ["韩立军", "周小川"]


# -- a given name ending in 长, and a dash typed as hyphens: 全国人大代表、某药业董事长钱步长 --------------------

SHAANXI_2015 = "# 代表风采\n\n日期：2015-03-04\n\n"


def test_a_name_ending_in_chang_that_no_title_ends_is_a_name():
    text = SHAANXI_2015 + "全国人大代表、某药业董事长钱步长\n\n全国人大代表、某医院院长孙丽华\n\n代表们步入会场。\n"
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.affiliation) for d in found] == [("钱步长", "某药业董事长"), ("孙丽华", "某医院院长")]


def test_titles_ending_in_chang_stay_titles():
    for title in ("董事长", "秘书长", "副市长", "参谋长"):
        assert names(SHAANXI_2015 + f"全国人大代表、某单位{title}说，要加强创新。全国人大代表孙丽华说。") == ["孙丽华"]


def test_a_dash_typed_as_hyphens_after_the_role_is_no_part_of_the_affiliation():
    text = SHAANXI_2015 + "新当选的全国人大代表--某集团董事长钱步长告诉记者，他很激动。"
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.affiliation) for d in found] == [("钱步长", "某集团董事长")]


# -- a paper's title opening the posts: 市政协委员、《某某晚报》编委委员某某说 ------------------------------------

ANHUI_2020 = "# 委员心声\n\n日期：2020-01-08\n\n"


def test_a_papers_title_opening_the_posts_does_not_end_the_clause():
    text = ANHUI_2020 + "“今年我准备提两个建议。”市政协委员、《江城晚报》编委委员孙玉梅说。"
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role, d.affiliation) for d in found] == [("孙玉梅", "member", "《江城晚报》编委委员")]


def test_a_papers_report_after_the_role_names_no_one():
    assert names(ANHUI_2020 + "市政协委员、《江城晚报》的报道说，要加强养老。") == []


# -- a caption that shows a bare name beside the deputies: 某某（前排左一）与代表们步入会场 ------------------------

GANSU_2022 = ("# 代表履职\n\n日期：2022-01-15\n\n甘肃省十三届人大六次会议召开。省人大代表、某公司职工马晓东建议加快物流园建设。\n\n"
              "马晓东（左）与代表认真修改建议。\n\n")


def test_a_bare_name_pictured_beside_the_deputies_is_one_of_them():
    text = GANSU_2022 + "努尔兰·巴合提（前排左一）与代表们步入会场\n"
    assert delegates(text) == [("马晓东", "deputy", "regional"), ("努尔兰·巴合提", "deputy", "regional")]



def test_a_bare_name_pictured_beside_the_other_deputies_is_one_of_them():
    text = ("# 代表履职\n\n日期：2022-01-15\n\n甘肃省十三届人大六次会议召开。省人大代表、某公司职工马晓东建议加快物流园建设。\n\n"
            "努尔兰·巴合提（前排左一）和其他代表步入会场\n")
    assert delegates(text) == [("马晓东", "deputy", "regional"), ("努尔兰·巴合提", "deputy", "regional")]

def test_an_official_pictured_with_the_deputies_is_none():
    text = GANSU_2022 + "省长王立新（中）与代表们亲切交谈\n\n记者（右）与代表们交流\n"
    assert names(text) == ["马晓东"]


# -- posts a sentence opening with the name says: 某某委员是某局某总队的总队长，他… ------------------------------

HUNAN_2019 = "# 委员风采\n\n日期：2019-01-12\n\n湖南省政协十二届二次会议召开。昨晚，周立新委员刚从高铁站赶到驻地。\n\n"
SPEAKER = "\n\n湖南省政协委员 周立新：我们建议加快土地确权。"


def test_the_posts_a_sentence_opening_with_the_name_says_are_the_affiliation():
    text = HUNAN_2019 + "周立新委员是国家统计局湖南调查总队的总队长，他发现收入增速有回落。" + SPEAKER
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.affiliation) for d in found] == [("周立新", "国家统计局湖南调查总队的总队长")]


def test_what_a_sentence_says_of_the_name_without_a_title_is_no_affiliation():
    text = HUNAN_2019 + "周立新委员是一位老党员，他发现收入增速有回落。" + SPEAKER
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.affiliation) for d in found] == [("周立新", "")]


def test_posts_printed_before_the_introduction_are_the_affiliation():
    text = ("# 党派成员参加两会\n\n日期：2016-02-26\n\n在市政协大会上，副主委罗小燕代表某党派市委做《关于优先发展公共交通的建议》的大会发言。"
            "在界别组讨论时，罗小燕、周红委员分别就公共交通和养老发言。")
    found = parse_article(text + FICTIONAL_END).delegates
    assert [(d.name, d.role, d.affiliation) for d in found] == [("罗小燕", "member", "副主委"), ("周红", "member", "")]


# -- 以 is a preposition, not a surname: 以饱满的热情, 以体育人 -------------------------------------------------

def test_yi_before_a_word_is_no_name():
    text = ("# 委员履职\n\n日期：2019-01-20\n\n某市政协十届三次会议开幕。"
            "民盟市委以饱满的精神状态参会，市政协委员韩立新以扎实的调研提交了提案。")
    assert names(text) == ["韩立新"]
