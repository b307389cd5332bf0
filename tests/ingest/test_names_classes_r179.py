"""Shapes the blind real sets 179 to 190 (fifteenth session) showed the parser missing or misreading,
each with a look-alike that must keep its reading. Every article here is fictional (虚构示例), set in
other provinces, years and levels than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names


def found(text: str) -> list[tuple[str, str, str, str]]:
    return [(d.name, d.role, d.level, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates]


# One of them, more elected, posts after commas -----------------------------------------------------

def test_one_of_a_group_at_the_end_of_a_clause_with_posts():
    text = ("2019年1月20日 本报讯 某省即将进入两会时间，七届省政协委员经过一年的积累实践，将信心满满地赴会履职，"
            "某大学旅游学院副院长康立霖就是其中之一。作为学者型委员，康立霖积极建言献策。")
    assert found(text) == [("康立霖", "member", "regional", "某大学旅游学院副院长")]


def test_one_of_them_after_a_clause_that_names_no_group_is_nobody():
    text = ("2019年1月20日 本报讯 某省即将进入两会时间，企业家们信心满满，某大学旅游学院副院长康立霖就是其中之一。"
            "省政协委员王建国说，要发展。")
    assert names(text) == ["王建国"]


def test_others_elected_after_also_included_with_a_last_entry_after_yiji():
    text = ("2022年12月15日 本报讯 港区第十四届全国人大代表选举会议今日举行。多名港区全国政协委员参选也成功当选。"
            "其他当选代表还包括某会会长吴秋华、立法会议员梁美兰以及前艺人邝美玲等。")
    assert found(text) == [("吴秋华", "deputy", "national", "某会会长"), ("梁美兰", "deputy", "national", "立法会议员"),
                           ("邝美玲", "deputy", "national", "前艺人")]


def test_posts_after_a_role_go_on_past_a_comma_and_a_verb_after_the_name():
    text = ("2024年1月25日 本报讯 省政协十三届二次会议在西安开幕。省政协委员、某医院感染办主任陶怡芳发了一条朋友圈。"
            "全国人大代表、某州某局局长,民进某省委副主委殷红霞十分关注易地扶贫搬迁。"
            "省政协委员、某农业发展有限公司总经理轩洪明将关切点聚焦到乡村建设上。")
    assert found(text) == [("陶怡芳", "member", "regional", "某医院感染办主任"),
                           ("殷红霞", "deputy", "national", "某州某局局长,民进某省委副主委"),
                           ("轩洪明", "member", "regional", "某农业发展有限公司总经理")]


def test_a_session_in_the_great_hall_of_the_people_is_national():
    text = "2014年3月4日 某报讯 政协十二届二次会议在北京人民大会堂开幕，政协委员步入会场。政协委员吴立东、柯晓丽在交谈。"
    assert delegates(text) == [("吴立东", "member", "national"), ("柯晓丽", "member", "national")]


def test_a_verb_opening_a_line_before_a_comma_is_no_profiles_name():
    text = ("港区人大代表选举结果公布\n2022年12月15日 本报讯 港区第十四届全国人大代表选举会议今日举行。\n"
            "经投票，现任港区人大代表、某大学校长朱叶明获得最高票数。")
    assert names(text) == ["朱叶明"]


# Proposals honoured and handled --------------------------------------------------------------------

def test_proposers_listed_after_the_honour_that_names_them():
    text = ("某市政协表彰优秀提案\n2020年1月10日 本报讯 市政协召开常委会议。本次受表彰奖励的优秀提案分别是："
            "李景文撰写的《加快某水闸重建工程开工的建议》；梁康华撰写的《加快市疾控中心检验大楼建设》；杨济民撰写的《疏通某路的建议》。")
    assert delegates(text) == [(n, "member", "municipal") for n in ("李景文", "梁康华", "杨济民")]


def test_a_deputy_whose_suggestion_is_handled_before_a_group_word():
    text = ("泉州市代表建议办理情况\n2019年6月10日 本报讯 市政府建立了领导重点督办的办理机制。"
            "如在办理吴菁华等代表提出的《关于推进直饮水工程建设的建议》时，有关部门多次沟通。")
    assert [(d.name, d.role) for d in parse_article(text + FICTIONAL_END).delegates] == [("吴菁华", "deputy")]


# Posts that hold lead-in characters, ambassadors, 代表 as "on behalf of" -----------------------------

def test_posts_holding_characters_of_lead_in_words_are_kept_whole():
    text = ("2018年3月10日 本报讯 解放军和武警部队代表团举行全体会议。会上，某战区副司令员兼某战区空军司令员战厚明代表建议"
            "加强军事斗争准备。全国政协委员、中国驻某国大使崔天明说，要加强交流。")
    assert found(text) == [("战厚明", "deputy", "national", "某战区副司令员兼某战区空军司令员"),
                           ("崔天明", "member", "national", "中国驻某国大使")]


def test_a_chair_reporting_on_behalf_of_the_conference_is_no_deputy():
    text = ("2015年3月4日 本报讯 全国政协各界别委员分别在各自住地结合全国政协主席俞正明代表全国政协所做的全国政协常务委员会"
            "工作报告进行小组讨论。全国政协委员陈健华说，要发展。")
    assert names(text) == ["陈健华"]


def test_a_partys_members_counted_as_its_own_members_and_deputies():
    text = ("2019年2月25日 本报讯 郑州市第十五届人民代表大会第二次会议和政协郑州市第十四届委员会第二次会议顺利召开。"
            "九三社员郑高明、李秋兰、刘崇文等31名社内政协委员与何艳华、于红梅等7名社内人大代表参加会议。")
    assert delegates(text) == [("郑高明", "member", "municipal"), ("李秋兰", "member", "municipal"),
                               ("刘崇文", "member", "municipal"), ("何艳华", "deputy", "municipal"), ("于红梅", "deputy", "municipal")]


def test_deputies_each_labelled_with_their_ethnic_group_in_one_list():
    text = ("2013年3月9日 本报讯 总书记参加西藏代表团审议。身着民族服装的藏族代表洛桑次仁、门巴族代表白玛卓嘎、"
            "珞巴族代表扎西措姆迎上前去，献上洁白的哈达。")
    assert delegates(text) == [(n, "deputy", "national") for n in ("洛桑次仁", "白玛卓嘎", "扎西措姆")]


def test_two_members_joined_by_and_who_won_an_honour():
    text = ("2015年12月25日 本报讯 政协青山区九届五次会议胜利召开，民建界别政协委员积极建言。"
            "民建青山区工委被大会评为先进集体；石秀文和严立刚获得优秀政协委员称号。")
    assert names(text) == ["石秀文", "严立刚"]


# Names at someone's place, lists before a comma and a copula -----------------------------------------

def test_a_member_whose_place_the_reporter_learned_from():
    text = ("2015年1月29日 本报讯 全国政协十二届三次会议将于3月初在北京召开。1月28日，记者从全国政协委员、"
            "著名歌唱家陈思雨处获悉，她已接到通知。")
    assert found(text) == [("陈思雨", "member", "national", "著名歌唱家")]


def test_a_list_of_names_closed_by_a_group_word_before_a_comma_and_a_copula():
    text = ("2015年1月29日 本报讯 记者发现在全国政协委员名单当中，文化名人占据了较大的比例。"
            "莫文、成立龙、赵本华、姚明远等知名人士，都是全国政协委员。"
            "教育、医疗、住房等民生问题，都是全国政协委员关注的。")
    assert delegates(text) == [(n, "member", "national") for n in ("莫文", "成立龙", "赵本华", "姚明远")]


# Rows of posts and a name under a page about one role; label lines in a phrase-a-line page ----------

def test_rows_of_posts_and_a_name_alone_on_their_lines_under_a_page_about_deputies():
    text = ("聚民意、谋良策！1月19日下午，某区人大代表们怀揣着沉甸甸的民意汇聚两会。在区第六届人民代表大会第五次会议"
            "即将拉开帷幕之际，一起来听听看他们怎么说~\n泉州某卫生用品有限公司董事长 俞锦华\n\n作为企业家代表，本次两会我将提交议案。\n\n"
            "某镇某村党支部书记 陈建东\n\n作为基层代表，我将继续关注乡村振兴。\n\n本报记者 张某某\n")
    assert found(text) == [("俞锦华", "deputy", "county", "泉州某卫生用品有限公司董事长"),
                           ("陈建东", "deputy", "county", "某镇某村党支部书记")]


def test_a_label_line_after_short_phrase_lines_is_not_run_into_them():
    text = ("18日下午\n\n某区“两会”在人民的热切关注中\n\n胜利闭幕\n\n区人大代表、政协委员们\n\n聚焦民生、建言献策\n\n"
            "请跟随我们的记者\n\n一起听听代表、委员的声音吧\n\n区人大代表 蔡庆红\n\n听了报告，我倍受鼓舞。作为一名人大代表，我将履行好职责。")
    parsed = parse_article(text + FICTIONAL_END)
    assert [d.name for d in parsed.delegates] == ["蔡庆红"] and "声音吧" not in parsed.session.region


def test_the_one_elected_after_the_announcers_colon():
    text = ("2023年5月10日 本报讯 政协第十三届某省委员会举行选举大会。根据选举计票结果，主持人宣布：黄红英当选为政协第十三届"
            "河南省委员会副主席，王立毅、王占东当选为政协第十三届河南省委员会常务委员。")
    assert names(text) == ["黄红英", "王立毅", "王占东"]
