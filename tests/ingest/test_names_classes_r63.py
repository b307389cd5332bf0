"""Shapes the blind real sets 63 to 68 (rosters without a role word per name, traditional-character
papers and broadcast texts, provinces of the centre and the south-west, county sessions, names of
other peoples, national round-ups) showed the parser missing, each with a look-alike that must keep
its reading: a list entry between two names that the shape alone refuses (田红旗, 考敏华), a space
typed after 、, a roster after 委员是 without a colon, entries set apart by commas each with its posts,
those 增补 to the conference, the posts a subject is before 也是 the role, one name after 委员是, a
company's CEO and a shop floor's dispatcher, a name followed by 这样, and a role whose clause after the
comma is what the members discuss. Every article here is fictional (虚构示例), set in other provinces,
years and levels than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import names_of as names
from tests.ingest.helpers import posted_of as _read

NATIONAL_2025 = "# 代表团审议\n\n2025年3月6日 某省日报\n\n十四届全国人大三次会议某省代表团举行全体会议，审议政府工作报告。"
CITY_2019 = "# 代表团审议\n\n2019年1月20日 某市晚报\n\n出席省十三届人大二次会议的某市代表团审议计划报告。"
ROSTER_2018 = "# 港澳委员\n\n2018年1月10日 某报\n\n政协第十二届某省委员会委员名单昨日通过。"


def test_a_list_entry_between_two_names_that_the_shape_alone_refuses():
    text = NATIONAL_2025 + "全国人大代表李建国、田红旗、王芳、张全国、赵志刚先后发言。"
    assert names(text) == ["李建国", "田红旗", "王芳", "张全国", "赵志刚"]
    text = CITY_2019 + "省人大代表吴立平、考敏华、孙晓东、代威力、郑丽先后发言。"
    assert names(text) == ["吴立平", "考敏华", "孙晓东", "代威力", "郑丽"]


def test_words_between_names_stay_words():
    text = NATIONAL_2025 + "全国人大代表李建国、王芳关注新能源、新材料、新时代的发展。"
    assert names(text) == ["李建国", "王芳"]


def test_a_space_typed_after_the_list_mark():
    text = CITY_2019 + "省人大代表欧阳立新、 孙凡参加了讨论。"
    assert names(text) == ["欧阳立新", "孙凡"]


def test_a_roster_after_the_copula_without_a_colon():
    text = ROSTER_2018 + "香港委員是陳月明(女)、蘇開盛、顏俊文、楊子鐵、程燕(女)、黃錦良。其中程燕、黃錦良是新人。"
    assert names(text) == ["陳月明", "蘇開盛", "顏俊文", "楊子鐵", "程燕", "黃錦良"]


def test_the_copula_after_the_role_before_no_list_names_no_one():
    text = ROSTER_2018 + "这些委员是人民选出来的。香港委员有很多新面孔。政协委员郑立新说，要发展。"
    assert names(text) == ["郑立新"]


def test_entries_set_apart_by_commas_each_with_its_posts():
    text = ("# 我市代表抵京\n\n2014年3月3日 某市日报\n\n我市参加全国“两会”的人大代表还有：某村党委书记叶昌宝，"
            "某科技股份有限公司党委书记、董事长朱弟雄，某大学学院院长孙玉秋。")
    assert _read(text) == [("叶昌宝", "deputy", "national", "某村党委书记"),
                           ("朱弟雄", "deputy", "national", "某科技股份有限公司党委书记、董事长"),
                           ("孙玉秋", "deputy", "national", "某大学学院院长")]


def test_entries_after_commas_that_are_no_posts_name_no_one():
    text = ("# 我市代表抵京\n\n2014年3月3日 某市日报\n\n我市的人大代表还有：很多新面孔，大家都很期待。"
            "全国人大代表周立民说，要发展。")
    assert names(text) == ["周立民"]


def test_those_added_to_the_conference():
    text = ("# 增补委员\n\n2009年12月20日 某报\n\n会议通过了增补名单（草案），何厚华、林志远等十三人获得增补为全国政协委员。")
    assert _read(text) == [("何厚华", "member", "national", ""), ("林志远", "member", "national", "")]


def test_an_addition_that_names_no_one():
    text = "# 增补委员\n\n2009年12月20日 某报\n\n会议通过了增补名单（草案）。全国政协委员孙立华说，要发展。"
    assert names(text) == ["孙立华"]


def test_the_posts_a_subject_is_before_also_being_the_role():
    text = ("# 彝区代表委员\n\n2015年3月8日 某报\n\n李维国是某州决策咨询委员会主任，也是全国政协常委，"
            "他今年带来的提案中就有《关于支持某州发展的提案》。")
    assert _read(text) == [("李维国", "member", "national", "某州决策咨询委员会主任")]


def test_one_name_after_the_role_and_the_copula():
    text = ("# 我市代表委员\n\n2020年5月20日 某报\n\n我市参加十三届全国人大三次会议的人大代表分别是凌屹、刘璠、孙桂泉；"
            "参加全国政协十三届三次会议的全国政协委员是施卫东。")
    assert _read(text)[-1] == ("施卫东", "member", "national", "")


def test_one_word_after_the_role_and_the_copula_names_no_one():
    text = "# 我市代表委员\n\n2020年5月20日 某报\n\n全国政协委员是人民的委员。全国政协委员孙立华说，要发展。"
    assert names(text) == ["孙立华"]


def test_a_companys_officers_and_a_dispatcher():
    text = ("# 民营经济\n\n2019年3月8日 某报\n\n全国政协委员、某某集团董事长兼CEO周立伟强调了创新的重要性。"
            "来自河南的全国人大代表、某锂电（洛阳）有限公司生产调度邢京华，是一名扎根车间一线的“80后”。")
    assert _read(text) == [("周立伟", "member", "national", "某某集团董事长兼CEO"),
                           ("邢京华", "deputy", "national", "某锂电（洛阳）有限公司生产调度")]


def test_a_name_followed_by_zheyang():
    text = "# 青年代表\n\n2021年3月9日 新华社\n\n慌慌张张——“90后”全国人大代表李楠楠这样形容自己当选时的心情。"
    assert names(text) == ["李楠楠"]


def test_a_group_of_model_workers_is_no_name():
    text = "# 劳模代表\n\n2019年3月8日 某报\n\n劳模代表座谈会召开。全国人大代表许振华说，要弘扬劳模精神。"
    assert names(text) == ["许振华"]


def test_what_the_members_discuss_after_the_role_names_no_one():
    text = ("# 区政协分组讨论\n\n2019年1月8日 某区融媒体\n\n今天下午，出席区政协十四届三次会议的政协委员，"
            "围绕副市长、区委书记李林在开幕式上的讲话展开了热烈讨论。区政协委员何静华说，讲话鼓舞人心。")
    assert names(text) == ["何静华"]


def test_a_sentence_that_only_says_who_attended_or_presided_proposes_nothing():
    text = CITY_2019 + "省人大代表欧阳立新、孙凡参加。"
    assert parse_article(text + FICTIONAL_END).proposals == ()


def test_a_list_after_qizhong_baokuo_that_ends_in_what_they_are():
    text = ("# 劳模代表\n\n2019年3月8日 某报\n\n第一届全国人大代表共有1210人，其中包括孟泰、马恒昌、马万水、梁军等开国劳动模范。")
    assert names(text) == ["孟泰", "马恒昌", "马万水", "梁军"]


def test_a_list_of_topics_after_qizhong_baokuo_names_no_one():
    text = ("# 代表关注\n\n2019年3月8日 某报\n\n代表们提出建议120件，其中包括教育、医疗、养老等民生领域。"
            "全国人大代表许振华说，要发展。")
    assert names(text) == ["许振华"]


def test_offices_elected_after_the_one_that_names_the_congress():
    text = ("# 省人代会闭幕\n\n2018年1月28日 某省日报\n\n大会选举李国华为某省第十三届人大常委会主任，王立飞、罗志强、"
            "祝春梅为副主任，贾瑞华为秘书长。选举黄志强为某省人民政府省长，李云海为副省长。")
    assert names(text) == ["李国华", "王立飞", "罗志强", "祝春梅", "贾瑞华"]


def test_a_comparison_with_the_time_of_election_names_no_one():
    text = ("# 五年履职\n\n2007年3月5日 某报\n\n五年过去了。与刚刚当选全国人大代表时相比，视野更开阔了。"
            "全国人大代表孙立华说，要发展。")
    assert names(text) == ["孙立华"]


def test_a_role_held_before_is_none():
    text = ("# 代表履职\n\n2015年3月8日 某报\n\n某医院血液科主任杨林芳曾担任政协委员，如今关注医疗。"
            "全国人大代表孙立华说，要发展。")
    assert names(text) == ["孙立华"]


def test_a_group_that_lives_in_a_province_said_with_zai():
    text = ("# 委员返湘\n\n2005年3月15日 某报\n\n昨日下午，刚刚在北京参加完全国政协十届三次会议的胡彪、石玉珍等27名"
            "在湘全国政协委员，满面春风地走下飞机。")
    assert names(text) == ["胡彪", "石玉珍"]


def test_a_pinyin_gloss_with_a_space_before_its_bracket():
    text = ("# 代表建议\n\n2015年3月8日 某报\n\n全國人大代表、遼寧省某(mǒu)市人大常委會(huì )主任趙長(cháng)義建議加快"
            "學(xué)前教育立法進(jìn)程。")
    assert _read(text) == [("趙長義", "deputy", "national", "遼寧省某市人大常委會主任")]


def test_posts_set_apart_by_commas_between_the_role_and_the_name():
    text = ("# 民营经济\n\n2020年1月15日 某报\n\n浙江省政协委员，省侨联副主席，某某新能源科技股份有限公司总工程师、董事长"
            "林东接受记者专访时表示，要激发民营企业活力。")
    assert _read(text) == [("林东", "member", "regional", "省侨联副主席，某某新能源科技股份有限公司总工程师、董事长")]


def test_posts_set_apart_by_commas_before_a_pronoun_name_no_one():
    text = "# 民营经济\n\n2020年1月15日 某报\n\n浙江省政协委员，省侨联副主席，他说要发展。省政协委员孙立华说，要发展。"
    assert names(text) == ["孙立华"]
