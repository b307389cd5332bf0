"""Delegates whose role is said of them (…是连任两届的老代表, X代表团的NAME), and the words around a
role that are no name or affiliation. Every article here is fictional (虚构示例)."""

from __future__ import annotations

from proposals.ingest.parse import parse_article

END = "\n\n虚构示例（本文为测试用虚构文章）"


def delegates(text: str) -> list[tuple]:
    return [(d.name, d.role, d.level, d.affiliation, d.delegation) for d in parse_article(text + END).delegates]


def test_the_role_as_predicate_makes_a_delegate_with_the_affiliation_before_the_name():
    text = ("# 带着民声来赴会\n\n1月12日，出席省十四届人大三次会议的代表陆续报到。\n\n"
            "沅陵县人民医院护理部主任向春燕是连任两届的老代表。她说，今年带来了关于基层护理人才的建议。\n\n"
            "来自株洲的律师邝志勇是第一次当选的省政协委员，他关注企业合规。")
    assert delegates(text) == [
        ("向春燕", "deputy", "regional", "沅陵县人民医院护理部主任", ""),
        ("邝志勇", "member", "regional", "律师", ""),
    ]


def test_a_role_said_of_someone_else_or_of_many_makes_no_delegate():
    text = ("# 会场内外\n\n出席市十七届人大二次会议的代表陆续报到。市人大代表、某公司经理温建华说，要办好民生实事。\n\n"
            "工作人员韦小梅是这次会议的联络员，她的父亲是代表。\n\n这些建议是代表们的心声。")
    assert [d[0] for d in delegates(text)] == ["温建华"]


def test_the_delegation_someone_is_of_makes_a_deputy():
    text = ("# 新面孔\n\n本报长春1月20日讯　省十四届人大二次会议今天开幕。\n\n"
            "她是延边代表团的金顺姬。第一次当选的她说，要把边境村的声音带到会上。\n\n"
            "吉林代表团的工作人员赵晓光忙着分发材料。")
    assert delegates(text) == [("金顺姬", "deputy", "regional", "", "延边代表团")]


def test_a_describing_word_before_the_role_is_no_name():
    text = ("# 代表风采\n\n省十三届人大四次会议开幕，一位年轻女代表正在翻阅报告。\n\n"
            "省人大代表、某乡卫生院院长覃秀兰表示，要加强乡村医疗。")
    assert [d[0] for d in delegates(text)] == ["覃秀兰"]


def test_words_around_the_role_are_left_out_of_the_affiliation():
    text = ("# 探营代表驻地\n\n十四届全国人大二次会议期间，记者走进安庆某职业学院院长祝立新代表的房间。\n\n"
            "连续三届当选全国人大代表的桐城市某村党委书记汪德厚说，要发展特色农业。")
    assert delegates(text) == [
        ("祝立新", "deputy", "national", "安庆某职业学院院长", ""),
        ("汪德厚", "deputy", "national", "桐城市某村党委书记", ""),
    ]


def test_a_credit_under_a_headline_that_names_the_role_is_no_delegate():
    text = ("新代表取经\n\n  记者 蓝晓东\n\n  本报南宁1月15日讯　自治区十四届人大二次会议今天开幕。"
            "自治区人大代表、某糖厂厂长韦国强说，要延伸糖业链条。")
    article = parse_article(text + END)
    assert [d.name for d in article.delegates] == ["韦国强"]
    assert article.reporters == ("蓝晓东",)


def test_the_ethnic_group_a_deputy_is_seated_for_stands_before_the_role():
    text = ("# 雪域来的代表\n\n十四届全国人大三次会议期间，记者见到了几位来自边疆的代表。\n\n"
            "即将年满45岁的珞巴族代表达娃卓嘎还记得，小时候上学要走两天山路。她建议加大对边境小学的投入。\n\n"
            "回族委员马国良说，要保护好非遗技艺。")
    assert [(d[0], d[1]) for d in delegates(text)] == [("达娃卓嘎", "deputy"), ("马国良", "member")]


def test_the_year_someone_was_first_elected_is_not_the_sessions_year():
    text = ("# 修路代表\n\n自从2008年当选全国人大代表以来，全国人大代表扎西顿珠提交的建议都围绕修路。\n\n"
            "2013年第一次当选全国人大代表的米玛次仁说，要继续关注边境交通。")
    assert parse_article(text + END).session.year is None


def test_what_a_role_is_of_names_no_one_unless_an_affiliation_describes_a_person():
    text = ("# 代表心声\n\n市十六届人大三次会议开幕。市人大代表、某社区党委书记韩丽萍说：“希望通过人大代表的呼吁和争取，"
            "推动政策出台。”\n\n连续两届当选市人大代表的某村党支部书记葛长青说，要修好村道。")
    assert delegates(text) == [
        ("韩丽萍", "deputy", "municipal", "某社区党委书记", ""),
        ("葛长青", "deputy", "municipal", "某村党支部书记", ""),
    ]


def test_a_copula_before_the_affiliation_is_no_part_of_it():
    text = ("# 委员风采\n\n市政协十二届四次会议期间，政协委员蒙春生是某师范大学副校长，他建议建设大学科技园。\n\n"
            "参加讨论的还有市人大代表，分别是某县委副书记、县长邝立新，某乡中心小学校长韦美玲。")
    found = {d[0]: d[3] for d in delegates(text)}
    assert found["邝立新"] == "某县委副书记、县长"


def test_the_subject_of_being_elected_is_a_delegate():
    text = ("# 新老代表\n\n出席市九届人大一次会议的代表昨天报到。来自卫生系统的黎晓岚，连续第二届当选市人大代表，今年她关注托育。\n\n"
            "“第一次当选，我感到很光荣。”代表符永强说，他撰写了关于海岛交通的建议。")
    assert [(d[0], d[1], d[2]) for d in delegates(text)] == [("黎晓岚", "deputy", "municipal"),
                                                             ("符永强", "deputy", "municipal")]


def test_names_inside_corner_quotes_and_before_a_verb_jieba_calls_a_noun():
    text = ("三條「通道」彰顯開放與自信\n\n十三屆全國人大二次會議期間，「林曉彤代表，您的課為孩子們種下了科學的種子，該怎麼辦？」\n\n"
            "我會全國政協委員歐志遠、黎家樂肩負全省會員的囑托，參加了全國兩會。")
    assert [d[0] for d in delegates(text)] == ["林曉彤", "歐志遠", "黎家樂"]


def test_an_enumeration_of_delegates_each_with_its_posts():
    text = ("# 驻柳州全国人大代表赴京\n\n据了解，柳州市的3位全国人大代表分别是市委副书记、市长覃振邦，"
            "某汽车集团董事长蓝海涛，某县某村党总支书记韦秀兰。柳州市的全国政协委员是某职业技术学院院长庞文杰。")
    assert [(d[0], d[1], d[3]) for d in delegates(text)] == [
        ("覃振邦", "deputy", "市委副书记、市长"), ("蓝海涛", "deputy", "某汽车集团董事长"),
        ("韦秀兰", "deputy", "某县某村党总支书记"), ("庞文杰", "member", "某职业技术学院院长"),
    ]


def test_the_role_someone_attends_as():
    text = ("# 教师委员参会\n\n2024年1月8日，中国人民政治协商会议上海市徐汇区第二届委员会第三次会议开幕，"
            "某中学工会主席邬晓雯作为民进界别的政协委员参会，她建议加强课后服务。")
    article = parse_article(text + END)
    assert [(d.name, d.role, d.level, d.affiliation) for d in article.delegates] == [
        ("邬晓雯", "member", "county", "某中学工会主席")]
    assert (article.session.level, article.session.region) == ("county", "徐汇区")  # the province is cut, as 内蒙古 is


def test_standing_committee_members_and_hong_kong_deputies_are_national_deputies():
    text = ("# 港区代表抵京\n\n港区全国人大代表陆续抵达北京。全国人大常委冯丽琼形容会议紧凑，将尽忠履责。"
            "另一名港区人大代表邓卓文表示，将提交约20项建议。")
    assert [(d[0], d[1], d[2]) for d in delegates(text)] == [("冯丽琼", "deputy", "national"),
                                                             ("邓卓文", "deputy", "national")]


def test_a_dai_surname_and_a_county_that_calls_itself_our_county():
    text = ("# 委员报到\n\n今日上午，参加政协九届一次会议的委员们陆续报到，为我县经济社会发展建言献策。\n\n"
            "县政协委员、某村卫生室医生刀玉香说，要加强村医培训。")
    article = parse_article(text + END)
    assert [(d.name, d.level) for d in article.delegates] == [("刀玉香", "county")]


def test_the_role_in_brackets_between_posts_and_name():
    text = ("# 会长谈两会\n\n香港某商会永远荣誉会长（全国人大代表）邝志坚对此十分关注，今年他所提交的建议亦与此有关。")
    assert delegates(text) == [("邝志坚", "deputy", "national", "香港某商会永远荣誉会长", "")]


def test_who_tables_a_titled_proposal_is_a_member():
    text = ("# 提案质量逐年提升\n\n市政协十四届三次会议共收到提案400余件。在城建方面，滕真提交了《关于建设滨河自行车道的提案》，"
            "市民盟提交了《关于加快老旧小区改造的提案》；在交通方面，严作廷提交了《关于加快停车场建设的提案》。")
    assert [(d[0], d[1]) for d in delegates(text)] == [("滕真", "member"), ("严作廷", "member")]


def test_the_person_a_deputy_visits_is_no_delegate():
    text = ("# 调研在牧区\n\n十四届全国人大二次会议召开前，全国人大代表贺海蓉就来到裕固族牧民安白峰的养殖场，"
            "了解草场保护情况。贺海蓉建议完善草原生态补助政策。")
    assert [d[0] for d in delegates(text)] == ["贺海蓉"]


def test_a_time_word_after_the_name_ends_it():
    text = ("# 老委员的热情\n\n省政协委员、丽水市某研究院院长金立武上一届就是政协委员，这次带来了3件提案。")
    assert delegates(text) == [("金立武", "member", "regional", "丽水市某研究院院长", "")]


def test_hong_kong_short_roles_and_a_name_right_after_role_de():
    text = ("# 港区委员谈融合\n\n全國政協十四屆二次會議期間，港區全國政協委員陸續發言。同為港區委員的邵家朗（Kelvin Shiu）則表示，"
            "要推動兩地專業資格互認。同为全国人大代表的符建新说，要加快自贸港建设。人大代表的呼吁和争取很重要。")
    assert [(d[0], d[1], d[2]) for d in delegates(text)] == [("邵家朗", "member", "national"),
                                                             ("符建新", "deputy", "national")]


def test_one_post_shared_by_a_list_of_names_and_a_list_after_a_verb():
    text = ("# 专题视察\n\n十四届全国人大二次会议召开前，代表们进行专题视察。\n"
            "全国人大代表、省人大常委会副主任邵东平、柯述涛参加视察。\n\n"
            "记者会邀请贾凤霞、钟立山、孙明宪等三位全国人大代表就履职回答提问。")
    assert [(d[0], d[3]) for d in delegates(text)] == [
        ("邵东平", "省人大常委会副主任"), ("柯述涛", "省人大常委会副主任"),
        ("贾凤霞", ""), ("钟立山", ""), ("孙明宪", "")]


def test_numbered_suggestions_heads_of_delegations_and_standing_committee_members():
    text = ("# 十件市民最满意的代表建议\n\n市十七届人大二次会议闭幕后，现将推选结果公布：\n\n"
            "1.章娟代表提出的“关于加强菜篮子保供的建议”；\n2.朱建波代表提出的“关于构建劳动关系预警体系的建议”。\n\n"
            "另悉，甘肃代表团副团长马立文介绍了代表团审议情况，全国人大常委会委员邝慧琳提出了一项联名建议。")
    found = delegates(text)
    assert [(d[0], d[4]) for d in found] == [("章娟", ""), ("朱建波", ""), ("马立文", "甘肃代表团"), ("邝慧琳", "")]


def test_the_bodies_named_on_other_pages_of_an_e_paper_do_not_set_the_session():
    text = ("09版：2020海口两会 上一版  下一版\n\n02版\n决胜2020—全国两会特别报道\n\n"
            "为海口发展建良策\n——市政协十四届五次会议第二次全体会议发言摘登\n政协委员夏立锋\n\n"
            "5月26日下午，市政协十四届五次会议第二次全体会议召开，12名委员上台发言。")
    article = parse_article(text + END)
    assert (article.session.level, [d.level for d in article.delegates]) == ("municipal", ["municipal"])


def test_the_bare_role_after_where_someone_comes_from_or_the_meeting_they_attend():
    text = ("# 代表返回\n\n3月14日，我州参加十四届全国人大二次会议的代表朴英顺、金龙熙、咸顺玉，在圆满完成会议各项议程后返回。\n\n"
            "“老百姓选我当代表，我就要多做事。”来自和平乡的代表黄立金表示。某企业的代表王强说，要优化营商环境。")
    assert [(d[0], d[1]) for d in delegates(text)] == [("朴英顺", "deputy"), ("金龙熙", "deputy"),
                                                       ("咸顺玉", "deputy"), ("黄立金", "deputy")]


def test_posts_before_the_role_and_names_after_a_role_and_a_list_mark():
    text = ("# 开放日\n\n十四届全国人大二次会议期间，某乡某村村务监督委员会主任、全国人大代表卓玛回答提问时介绍，乡里变化很大。\n\n"
            "以邝宏江委员、柴俊委员分别作为第一提案人的提案2件。万晓敏是一位老委员，她告诉记者，要办好文化。")
    found = delegates(text)
    assert [(d[0], d[3]) for d in found] == [("卓玛", "某乡某村村务监督委员会主任"), ("邝宏江", ""), ("柴俊", ""),
                                             ("万晓敏", "")]


def test_a_caption_a_count_before_a_group_and_a_weak_name_that_is_a_word():
    text = ("# 委员报到\n\n省政协十三届二次会议将于1月26日开幕。圖為1月25日符蘭芳委員（右一）在駐地酒店報到。\n\n"
            "二、交城乡建设环境保护委员会审议2件舒立军等11名代表提出的《关于加快制定条例的议案》\n\n"
            "41名全国政协委员，通过深入调研和认真准备，共提交提案136件。")
    assert [d[0] for d in delegates(text)] == ["符蘭芳", "舒立军"]


def test_words_that_look_like_a_deputy_and_are_not():
    text = ("燕赵人民代表网\n\n# 代表报到\n\n河北省全国人大代表和住冀全国政协委员今天抵京报到。\n\n"
            "会议期间，社员韦闰兰代表九三学社界别作了《关于数据赋能服务业的建议》的大会发言。"
            "市人大代表、某村村委会主任张会斌说，要把老百姓的呼声和要求带到大会上。县人大代表武宗平问：“计划能不能兑现？”")
    # 代表 is a verb there: who speaks for a CPPCC sector (界别) is a member, no deputy (real15's key).
    assert [(d[0], d[1]) for d in delegates(text)] == [("韦闰兰", "member"), ("张会斌", "deputy"), ("武宗平", "deputy")]


def test_a_delegations_members_listed_each_role_with_its_place_and_an_order_bracket():
    text = ("# 澳区代表见传媒\n\n全國人大十四屆二次會議完滿閉幕。12位澳區人大代表團中的劉志良、崔立平、吳曉麗會後在線上面見傳媒。\n\n"
            "我校广州市人大代表杨晓岚、白云区人大代表李青禾、白云区政协委员张昱分别出席会议。\n\n"
            "西藏全国政协委员（从左到右）格桑罗布、桑杰扎巴认真讨论政府工作报告。记者 姚立全 摄")
    found = delegates(text)
    assert [(d[0], d[2]) for d in found][:6] == [("劉志良", "national"), ("崔立平", "national"), ("吳曉麗", "national"),
                                                ("杨晓岚", "municipal"), ("李青禾", "county"), ("张昱", "county")]
    assert [d[0] for d in found][6:] == ["格桑罗布", "桑杰扎巴"]


def test_a_delegation_named_with_a_province_ending_in_zhou_and_verbs_of_taking_along():
    text = ("# 侧记\n\n3月8日，在贵州代表团驻地，全国人大代表吴秀英正在翻看材料。\n\n"
            "审议间隙，同在湖南代表团的全国人大代表、某镇农业服务中心主任易春山拉着记者聊起了稻虾种养。"
            "区人大代表、某微电子公司首席技术官奚志清把话题引向科技创新。")
    assert [(d[0], d[4]) for d in delegates(text)] == [("吴秀英", "贵州代表团"), ("易春山", "湖南代表团"), ("奚志清", "")]


def test_a_preposition_before_a_name_is_no_affiliation():
    text = ("# 建议办理\n\n省十二届人大三次会议闭幕后，交通厅抓紧办理代表建议。此外，该厅还将秦志刚代表提出的《关于加快推进水库建设的建议》"
            "列为重点。县人大代表林秀和郑国强共同建议，建设农产品集配中心。")
    assert [d[0] for d in delegates(text)] == ["秦志刚", "林秀", "郑国强"]
