"""Shapes the blind real sets 123 to 128 (county sessions, traditional pages, broadcasts, party
round-ups, the national session in the north, election results and rosters) showed the parser
missing or misreading, each with a look-alike that must keep its reading. Every article here is
fictional (虚构示例), set in other provinces, years and levels than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names


def found(text: str) -> list[tuple[str, str, str, str]]:
    return [(d.name, d.role, d.level, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates]


# Rosters ---------------------------------------------------------------------------------------

def test_a_roster_whose_names_carry_sex_and_ethnic_group_in_one_bracket():
    text = ("临沧市第五届人民代表大会代表名单\n（共280名，按姓氏笔画为序）\n临翔区（32名）\n"
            "马建国　王秀英　叶红梅（女，傣族）　刘　军　岩温香（傣族）\n耿马县（25名）\n玉罕（女、傣族）　张国富　陈立新\n")
    assert delegates(text) == [(n, "deputy", "municipal") for n in
                               ("马建国", "王秀英", "叶红梅", "刘军", "岩温香", "玉罕", "张国富", "陈立新")]


def test_a_roster_under_its_adoption_line_and_groups_counted_in_people():
    text = ("政协西宁市第十五届委员会委员名单\n2022年1月10日政协西宁市第十四届委员会常务委员会第三十次会议通过\n"
            "中共（12人）\n马　强　王建华　才让东智　李卫东\n民革（5人）\n张丽萍　完德卓玛　赵海军\n")
    assert delegates(text) == [(n, "member", "municipal") for n in
                               ("马强", "王建华", "才让东智", "李卫东", "张丽萍", "完德卓玛", "赵海军")]


def test_a_roster_under_its_publisher_and_date():
    text = ("会同县第十八届人民代表大会代表名单\n（按姓氏笔画为序）\n会同县人大常委会\n2021年10月12日\n"
            "一、林城镇（16名）\n马建国 王秀英（女） 石光明（侗族） 龙娇娇（女，苗族） 杨 军\n二、若水镇（9名）\n粟德兵（侗族） 蒋国平\n")
    assert names(text) == ["马建国", "王秀英", "石光明", "龙娇娇", "杨军", "粟德兵", "蒋国平"]


def test_a_counted_line_in_running_text_is_no_roster_heading():
    text = ("# 某县两会\n\n2021年1月5日 某报\n\n本次会议应到代表（共180名）\n中共党员占多数。县人大代表王建华说，要发展。")
    assert names(text) == ["王建华"]


def test_a_roster_table_with_a_column_of_posts():
    text = ("淳安县第十七届人民代表大会代表名单\n序号\t姓名\t性别\t民族\t工作单位及职务\n"
            "1\t马建国\t男\t汉族\t淳安县人民医院院长\n2\t方立新\t男\t畲族\t威坪镇党委书记\n3\t王　芳\t女\t汉族\t淳安县农业农村局副局长\n")
    assert found(text) == [("马建国", "deputy", "county", "淳安县人民医院院长"), ("方立新", "deputy", "county", "威坪镇党委书记"),
                           ("王芳", "deputy", "county", "淳安县农业农村局副局长")]


def test_a_table_of_staff_is_no_roster():
    text = ("# 某县医院招聘公示\n\n2021年1月5日 某报\n\n序号\t姓名\t性别\t工作单位及职务\n1\t马建国\t男\t某县人民医院医生\n"
            "2\t方立新\t男\t某县人民医院护士\n\n县人大代表王建华说，要发展。")
    assert names(text) == ["王建华"]


# Counted and honoured lists --------------------------------------------------------------------

def test_a_comma_typed_for_the_list_mark_in_a_counted_list():
    text = ("# 某党派新闻\n\n2022年1月8日 某网\n\n在新一届区政协大会上，王立新、冯颖、付一雄,孙众、沙文军、张尧（按姓氏笔画排列）"
            "等6名民盟盟员担任本届区政协委员。")
    assert names(text) == ["王立新", "冯颖", "付一雄", "孙众", "沙文军", "张尧"]


def test_the_clause_before_a_comma_joins_only_when_the_count_says_so():
    text = ("# 某党派新闻\n\n2022年1月8日 某网\n\n在新一届区政协大会上，王立新、冯颖、付一雄,孙众、沙文军、张尧（按姓氏笔画排列）"
            "等3名民盟盟员担任本届区政协委员。")
    assert names(text) == ["孙众", "沙文军", "张尧"]


def test_a_partys_members_elected_and_the_membership_word_alone_is_no_post():
    text = ("# 某党派新闻\n\n2022年1月8日 某网\n\n会上，会员孙雯、郝恩霖当选为鼓楼区政协常委；会员晏飞、夏建立当选为泉山区政协常委。")
    assert found(text) == [(n, "member", "county", "") for n in ("孙雯", "郝恩霖", "晏飞", "夏建立")]


def test_names_honoured_each_with_an_adverb_and_a_progressive_member():
    text = ("# 某党派新闻\n\n2021年1月8日 某网\n\n民盟方面，濮学栋、张待娣、吴彩萍分别获评“先进政协委员”；史铭获评“优秀人大代表”。")
    assert delegates(text) == [("濮学栋", "member", "unknown"), ("张待娣", "member", "unknown"),
                               ("吴彩萍", "member", "unknown"), ("史铭", "deputy", "unknown")]


def test_a_progressive_worker_is_no_member():
    text = "# 某厂新闻\n\n2021年1月8日 某网\n\n张待娣、吴彩萍分别获评“先进工作者”。县政协委员王建华说，要发展。"
    assert names(text) == ["王建华"]


def test_a_member_speaking_for_a_sector_at_a_meeting():
    text = ("# 某党派新闻\n\n2022年1月8日 某网\n\n其中，会员赵艳梅代表民建界别在铜山区政协大会上作了题为《关于保障用地需求的建议》的口头发言。")
    assert delegates(text) == [("赵艳梅", "member", "county")]


def test_women_deputies_of_an_ethnic_group_and_a_group_of_women_deputies():
    text = ("# 台阶上的风景\n\n2009年3月9日 某日报\n\n十一届全国人大二次会议上，普米族女代表和春兰对此深有感触。德昂族女代表杨小艳说，要发展。"
            "\n\n管丽芳、陈继红、赵坚等女代表异口同声：加大投入。")
    assert delegates(text) == [(n, "deputy", "national") for n in ("和春兰", "杨小艳", "管丽芳", "陈继红", "赵坚")]


# Elections -------------------------------------------------------------------------------------

def test_a_counted_list_of_those_elected_after_an_order_note():
    text = ("# 选举产生\n\n2018年1月20日 某通讯社\n\n当选的5名台湾省第十三届全国人大代表是（按姓氏笔画为序）：李兴华（高山族）、"
            "邹振国、陈云芳（女）、林青、颜珂（女）。")
    assert delegates(text) == [(n, "deputy", "national") for n in ("李兴华", "邹振国", "陈云芳", "林青", "颜珂")]


def test_officers_elected_after_a_note_with_a_comma_and_after_a_bracket():
    text = ("# 人代会闭幕\n\n2018年1月30日 某报\n\n某省第十三届人民代表大会第一次会议选举王明为省人大常委会主任，"
            "李立、尼玛卓玛（女，藏族）、刘同德为省人大常委会副主任，陈星（女）为省人大常委会秘书长；选举吴军为省长。")
    assert names(text) == ["王明", "李立", "尼玛卓玛", "刘同德", "陈星"]


def test_deputies_by_elected_counted_in_brackets_under_the_paragraphs_role():
    text = ("# 某市人大常委会公告\n\n2019年4月20日\n\n因工作需要，有关选举单位依法补选了5名市人大代表。其中：东辽县补选3名（孙宏、"
            "韩阳、王树林）；龙山区补选2名（江建华、董福来）。")
    assert delegates(text) == [(n, "deputy", "municipal") for n in ("孙宏", "韩阳", "王树林", "江建华", "董福来")]


def test_a_count_in_brackets_without_a_role_names_no_one():
    text = ("# 某市新闻\n\n2019年4月20日\n\n某单位依法选出3名（孙宏、韩阳、王树林）职工。市人大代表王建华说，要发展。")
    assert names(text) == ["王建华"]


def test_candidates_for_the_national_congress_said_to_be_elected():
    text = ("# 省人代会闭幕\n\n2018年1月30日 某报\n\n会议选举产生了第十三届全国人民代表大会代表。中央提名的代表候选人"
            "陈明、郑建国同志当选。")
    assert delegates(text) == [("陈明", "deputy", "national"), ("郑建国", "deputy", "national")]


def test_a_role_word_before_a_conjunction_is_no_post_of_a_name():
    text = ("# 常委会议\n\n2022年1月16日 某报\n\n统战部副部长钟家霖作关于调整省政协常委、委员和拟增补省政协委员建议名单的说明。"
            "省政协委员王建华说，要发展。")
    assert names(text) == ["王建华"]


# Names, posts and words after a role ------------------------------------------------------------

def test_tie_is_a_surname_and_iron_words_stay_words():
    text = ("# 代表的房间\n\n2015年3月5日 某网\n\n十二届全国人大三次会议期间，记者来到全国人大代表铁晓燕的房间。"
            "全国人大代表、铁路局职工王强说，要提速。")
    assert found(text) == [("铁晓燕", "deputy", "national", ""), ("王强", "deputy", "national", "铁路局职工")]


def test_words_of_completeness_and_a_pronoun_after_a_role_name_no_one():
    text = ("# 五级代表联动\n\n2019年10月22日 某县人大\n\n某县五级人大代表齐全，有代表747名。“作为邮路上的全国人大代表，"
            "我为家乡石泉的历史自豪。”全国人大代表李明翠说。")
    assert names(text) == ["李明翠"]


def test_our_school_before_a_post_is_an_affiliation():
    text = "# 我校代表\n\n2021年1月20日 某大学\n\n自治区政协委员、我校农学院院长龙正兰出席会议并发言。"
    assert found(text) == [("龙正兰", "member", "regional", "我校农学院院长")]


def test_an_invited_group_after_the_members_is_no_name():
    text = "# 委员畅谈\n\n2025年1月 某网\n\n省政协十三届三次会议期间，港澳政协委员和特邀代表人士畅谈。省政协委员王立新说，要发展。"
    assert names(text) == ["王立新"]


def test_a_special_committees_members_with_their_sector_in_brackets():
    text = ("# 记者会\n\n2020年5月22日 某网\n\n全国政协十三届三次会议记者会举行。全国政协经济委员会副主任(经济界)刘世明、"
            "全国政协常委叶青、全国政协经济委员会委员(九三学社)周鸿飞出席。")
    assert found(text) == [("刘世明", "member", "national", "全国政协经济委员会副主任"), ("叶青", "member", "national", ""),
                           ("周鸿飞", "member", "national", "全国政协经济委员会委员")]


def test_names_before_a_titled_entry_all_hold_the_role():
    text = "# 记者会\n\n2019年3月2日 某报\n\n全国政协委员陈鑑明和彭长安、渔农界立法会议员何俊英今日举行记者会。"
    assert found(text) == [("陈鑑明", "member", "national", ""), ("彭长安", "member", "national", ""),
                           ("何俊英", "member", "national", "渔农界立法会议员")]


def test_now_before_a_post_in_a_profile_is_no_part_of_it():
    text = "# 代表风采\n\n2021年1月 某网\n\n童俊明（省十三届人大代表，现任某市某区梅桥镇镇长）说，要发展。"
    assert found(text) == [("童俊明", "deputy", "regional", "某市某区梅桥镇镇长")]


def test_a_member_of_the_congress_standing_committee_is_a_deputy():
    text = "# 人代会开幕\n\n2019年1月5日 某报\n\n某市十七届人大三次会议开幕。集团董事长、市十七届人大常委会常委徐鹏飞出席大会。"
    assert delegates(text) == [("徐鹏飞", "deputy", "municipal")]


def test_honours_of_the_year_and_of_a_term():
    text = ("# 年度表彰\n\n2022年1月 某网\n\n李雪晶、刘成虎、张静获评年度“优秀人大代表”。九三学社某支社副主委李江明、委员薛雷"
            "荣获七届区政协优秀政协委员，支社副主委张启明荣获反映社情民意信息工作先进个人。")
    assert names(text) == ["李雪晶", "刘成虎", "张静", "李江明", "薛雷"]


def test_the_bare_role_opening_a_clause_after_a_semicolon_and_its_list():
    text = ("# 代表进站\n\n2023年5月 某县融媒\n\n县人大代表开展进站活动。代表郭志勇到周口路社区开展恳谈会；代表马瑞芳、滕雪梅走进商城路社区"
            "与居民代表见面。")
    assert delegates(text) == [(n, "deputy", "county") for n in ("郭志勇", "马瑞芳", "滕雪梅")]


# Sets 137 to 142 -------------------------------------------------------------------------------

def test_a_grassroots_deputy_from_a_village_group_said_after_the_name():
    text = ("# 抚仙湖边的代表\n\n2022年1月20日 某报\n\n省十三届人大五次会议开幕。李艳芳是来自澄江市龙街街道广龙社区龙王庙村民小组的基层代表，"
            "她说，要保护湖泊。")
    assert delegates(text) == [("李艳芳", "deputy", "regional")]


def test_a_proposal_named_without_title_marks_makes_a_member():
    text = ("# 委员提案\n\n2023年1月 某网\n\n来自澳门的海南省政协委员也带来了多项提案。澳门某联合总会副会长梁伟明提出了关于促进琼澳产业合作的提案；"
            "某中学副校长曾纪平提交关注两地教育交流的提案。")
    assert found(text) == [("梁伟明", "member", "regional", "澳门某联合总会副会长"), ("曾纪平", "member", "regional", "某中学副校长")]


def test_she_is_a_surname_of_the_west():
    text = "# 代表发言\n\n2023年1月 某报\n\n自治区十四届人大一次会议期间，舍亚明代表表示，要发展林果业。"
    assert names(text) == ["舍亚明"]


def test_one_of_the_group_the_sentence_before_named():
    text = ("# 基层代表\n\n2018年3月5日 某台\n\n本届全国人大代表中，来自基层的代表比例高于往年。孙艳红就是其中之一，她带领乡亲刺绣致富。"
            "\n\n本届选手中，来自山区的比例很高。王小明就是其中之一。")
    assert delegates(text) == [("孙艳红", "deputy", "national")]


def test_a_modal_verb_opening_the_clause_after_a_role_is_no_name():
    text = "# 两提\n\n2019年3月 某报\n\n“两提”就是要提高站位，作为全国人大代表，要站在全国的高度。全国人大代表王立新说，要发展。"
    assert names(text) == ["王立新"]


def test_the_proposers_of_a_list_of_outstanding_proposals():
    text = ("# 表彰\n\n2021年2月 某区政协\n\n某区政协对《关于加快园区建设的建议》等10件优秀提案、区政府办公室等13个先进单位、廖平安等18名优秀政协委员予以表彰。\n\n一、优秀提案\n\n"
            "1.《关于加快工业园区建设的建议》,提案人:民革某区委员会\n\n2.《关于做强铜箔产业的建议》,提案人:王杞明、赖志宇\n\n"
            "3.《关于做优机电制造产业的建议》,提案人:郑辉明\n\n二、先进单位\n")
    assert delegates(text) == [(n, "member", "county") for n in ("廖平安", "王杞明", "赖志宇", "郑辉明")]


def test_the_movers_of_a_deputies_list_of_suggestions_are_not_members():
    text = ("# 表彰\n\n2021年2月 某区人大\n\n某区人大常委会表彰优秀建议。\n\n1.《关于加快工业园区建设的建议》,提案人:王杞明\n\n"
            "区人大代表李明说，要发展。")
    assert names(text) == ["李明"]


def test_a_roster_of_a_years_best_members():
    text = ("政协第七届某市委员会2020年度政协履职好委员名单\n\n(共6人,排名按得分多少为序)\n\n"
            "陈旅明(农工党)、郭大伟(科技)、释宏光(宗教)、陈伟强(民建)、黄秀英(九三学社)、王少华(特邀)\n")
    assert delegates(text) == [(n, "member", "municipal") for n in ("陈旅明", "郭大伟", "释宏光", "陈伟强", "黄秀英", "王少华")]


def test_officers_elected_clauses_after_the_election_verb_past_a_semicolon():
    text = ("# 人代会闭幕\n\n2022年1月 某市融媒\n\n大会依法选举章维明为市十七届人大常委会主任；蔡建国为市人民政府市长；许黎明、李本华为市十七届人大常委会"
            "副主任；江峰为市人民政府副市长。")
    assert names(text) == ["章维明", "许黎明", "李本华"]


def test_honoured_deputies_and_other_people_honoured_beside_them():
    text = ("# 表彰\n\n2022年 某市人大\n\n经市人大常委会研究决定，评定熊炼明等40名市人大代表为优秀人大代表，陈亮等11名联络员为优秀人大工作联络员。")
    assert delegates(text) == [("熊炼明", "deputy", "municipal")]


def test_on_behalf_of_a_federation_is_a_verb():
    text = ("# 表彰\n\n2024年1月 某网\n\n某市政协常委、市侨联主席陈刚撰写的《关于片区开发的建议》获评优秀提案。市侨联副主席周红代表市侨联领取优秀集体提案奖。")
    assert names(text) == ["陈刚"]


def test_a_short_form_takes_the_dotted_name_the_page_prints_without_a_role():
    text = ("# 葡萄园里的代表\n\n2022年3月 某台\n\n吾尔尼沙·卡德尔是某市林果业技术推广服务中心副主任，她大学毕业回到家乡。"
            "2018年，吾尔尼沙当选为全国人大代表后积极建言。")
    assert names(text) == ["吾尔尼沙·卡德尔"]


def test_a_han_name_before_a_dot_is_never_lengthened():
    text = "# 代表\n\n2022年3月 某报\n\n全国人大代表王立新说，要发展。王立新·某某工作室揭牌。"
    assert names(text) == ["王立新"]


def test_a_street_before_the_members_studio_is_no_name():
    text = ("# 委员工作室揭牌\n\n2021年5月 某区政协\n\n揭牌仪式上，与会领导和桥南街委员个人工作室委员共同揭牌。工作室有冯银彩、黎伟清等区政协委员。")
    assert names(text) == ["冯银彩", "黎伟清"]


# Sets 143 to 145 -------------------------------------------------------------------------------

def test_the_capacity_a_subject_acts_in():
    text = ("# 履职故事\n\n2017年3月 某报\n\n2008年，宗立新第一次以全国人大代表的身份参加十一届全国人大一次会议。10月25日，县人大常委会主任"
            "许安明以市、县人大代表身份到某联络站参加活动。")
    assert delegates(text) == [("宗立新", "deputy", "national"), ("许安明", "deputy", "county")]


def test_by_way_of_is_no_capacity():
    text = "# 活动\n\n2017年3月 某报\n\n王立新以人大代表联络站为平台开展活动。市人大代表李明说，要发展。"
    assert names(text) == ["李明"]


def test_a_group_from_a_city_counted_with_a_space():
    text = "# 抵京\n\n2015年3月3日 某日报\n\n全国两会开幕。2日下午，市长李建新等5 位来自荆州的全国人大代表已随湖北代表团抵京。"
    assert found(text) == [("李建新", "deputy", "national", "市长")]


def test_bare_roles_after_commas_under_a_role_with_its_body():
    text = ("# 大会发言\n\n2023年1月 某报\n\n某市政协五届三次会议召开。会上，市政协常委陶立新代表民革市委会以《推进低效用地再开发》为题，"
            "委员张艳红代表致公党市基层委员会以《聚力创新》为题，常委戴廷明代表民盟市委会以《某某》为题作大会发言。")
    assert found(text) == [(n, "member", "municipal", "") for n in ("陶立新", "张艳红", "戴廷明")]


def test_a_party_committees_standing_member_is_no_cppcc_member():
    text = "# 座谈\n\n2023年1月 某报\n\n某县召开座谈会，县委常委王立新出席，常委李明华主持。县人大代表张华说，要发展。"
    assert names(text) == ["张华"]


def test_with_all_ones_strength_follows_a_name():
    text = ("# 最后冲刺\n\n2017年3月 某报\n\n最后冲刺让建议更完善 这两天，全国人大代表、某律师事务所主任杨伟成正全力投入到建议的修改定稿工作中。")
    assert found(text) == [("杨伟成", "deputy", "national", "某律师事务所主任")]


def test_a_pronoun_opening_the_clause_after_a_role_is_the_person_already_named():
    text = "# 委员解读\n\n2020年5月 某网\n\n丁时明是来自某市的侨联界别委员，他对延迟后的今年两会进行了解读。"
    assert names(text) == ["丁时明"]


def test_a_monks_dharma_name_and_a_deputy_since_taking_up_the_post():
    text = ("# 代表委员\n\n2023年1月 某报\n\n某市人大会议召开。市人大代表、某大学法学院副院长孔繁明自担任本届人大代表以来，参与了法规修订。"
            "记者了解到，释空性委员带来了《关于加强生命安全教育的建议》。某区的延续性代表工作受到好评。")
    assert names(text) == ["孔繁明", "释空性"]


def test_where_from_one_and_this_township_are_no_part_of_a_post():
    text = ("# 代表风采\n\n2019年3月 某报\n\n刘小蕾是来自黑龙江省的一名小学教师，也是赫哲族里唯一的全国人大代表。全国人大代表、该乡玉麦村村务监督委员会主任卓嘎说，要守边。")
    assert found(text) == [("刘小蕾", "deputy", "national", "小学教师"), ("卓嘎", "deputy", "national", "玉麦村村务监督委员会主任")]


# Sets 149 to 151 -------------------------------------------------------------------------------

def test_speeches_each_delivered_for_a_party_or_sector():
    text = ("# 大会发言\n\n2017年1月 某报\n\n市政协十二届五次会议举行大会发言，16位政协委员先后发言。发言分别是李青山代表九三学社市委作的“建设科创中心”、"
            "黄春明代表无党派人士作的“推进高等教育国际化”、谢炳华代表宗教界作的”发挥宗教文化作用”。")
    assert delegates(text) == [(n, "member", "municipal") for n in ("李青山", "黄春明", "谢炳华")]


def test_a_mayor_reporting_for_the_government_is_no_member():
    text = ("# 人代会开幕\n\n2017年1月 某报\n\n市十五届人大五次会议开幕，市长王立新代表市人民政府作《政府工作报告》。市政协委员李明说，要发展。")
    assert names(text) == ["李明"]


def test_a_proposal_heard_at_the_meeting_and_words_of_mission_after_a_role():
    text = ("# 政协闭幕\n\n2021年1月 某县融媒\n\n某县政协会议闭幕。大会听取了金雪华委员关于推进乡村振兴的建议。6位来自不同界别的州政协委员满怀使命与热忱，"
            "依次走上通道。")
    assert names(text) == ["金雪华"]


def test_exclaiming_and_as_promised_follow_a_name():
    text = ("# 快速答复\n\n2026年1月 某报\n\n省十四届人大四次会议期间，省人大代表、某集团副总经理张君华直呼“没想到”。21时许，全国人大代表、"
            "某集团总经理助理金钢如约而至。")
    assert found(text) == [("张君华", "deputy", "regional", "某集团副总经理"), ("金钢", "deputy", "national", "某集团总经理助理")]


# Sets 155 to 157 -------------------------------------------------------------------------------

def test_a_cards_posts_above_as_a_deputy_are_no_list_of_names():
    text = ("# 代表之声\n\n2024年5月 某刊\n\n范先明\n\n上海交通大学副校长、中国工程院院士\n\n  作为一名人大代表，我将持续关注青少年健康。"
            "\n\n全国人大代表王立新说，要发展。")
    assert names(text) == ["王立新"]


def test_with_before_a_full_name_and_its_role_is_no_part_of_it():
    text = "# 审议\n\n2025年3月 某报\n\n今年，总书记和张俊明代表交流时问得亲切。张俊明代表说，要创新。"
    assert names(text) == ["张俊明"]
