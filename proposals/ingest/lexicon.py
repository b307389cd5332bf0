"""Word lists and patterns shared by the passes: surnames, words that are no names, job titles, words
that follow a name, role words, provinces. Comments record what real pages do.
"""

from __future__ import annotations

import re

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Middle dots seen in transliterated names (库尔班·尼亚孜): U+00B7, bullet, katakana dot, full-width stop.
NAME_DOTS = "·•・‧∙．"
TERMINAL = "。！？!?；;…"
CLOSERS = "”’」』）)】》\"'"
# Clause boundaries when looking for a name: 、 is not one, it joins titles (党委书记、董事长).
# A single space is kept: some papers print "院士 张三说" with a space before the name.
# 某某……这些: an ellipsis ends it; so does a double dash (某某——“…”), not a single one (中国—东盟).
CLAUSE_BREAK = re.compile(r"[，,。！？!?；;：:“”\"「」『』（）()《》【】\n\t…]|[ \u3000]{2,}|——")

# Surnames live in proposals/data/surnames.txt (read by evidence.py).
# Characters that do not occur in personal names but do in the words around them (not 介, 绍: 杨绍平,
# 蒋介石; 介绍 after a name is a follower).
NOT_IN_NAMES = set("说的了们这吗呢吧啊我你他她它称谈讲表认是也就被把让给都则等还及与各该此某每哪谁")
# Transliterated names (阿布都克里木·艾海提) use characters freely; only these never appear in them.
NOT_IN_DOTTED_NAMES = set("说的了们这吗呢吧啊我你他她它称谈讲表认")
# Words of the sentence around a name that a span of four to six characters must not contain.
NOT_IN_NAME_WORDS = (
    "提出", "提交", "议案", "提案", "建议", "认为", "表示", "指出", "呼吁", "介绍", "围绕", "聚焦", "关注", "发展",
    "建设", "推动", "加快", "今年", "去年", "期间", "会议", "代表", "委员", "政府", "工作", "报告", "企业", "公司",
    "集团", "项目", "产业", "记者", "采访", "驻地", "小组", "讨论", "审议", "联名", "纷纷", "一致", "市委", "委会", "国家",
)
NOT_IN_NAME_WORDS_RE = re.compile("|".join(map(re.escape, NOT_IN_NAME_WORDS)))
# Words a name neither starts nor ends with.
ROLE_EDGES = ("代表", "委员", "政协", "人大", "记者", "全国")
# Words that look like two- to four-character names after a role but are not.
NOT_NAMES = {
    "人大", "政协", "各位", "广大", "与会", "基层", "一线", "界别", "全体", "部分", "多位", "多名", "不少", "众多", "全国",
    "代表", "委员", "记者", "大家", "今年", "去年", "目前", "同时", "近年", "对此", "此外", "其中", "为此", "因此", "未来",
    "企业", "政府", "我们", "他们", "自己", "本报", "新华", "通讯", "住区", "来自", "作为", "围绕", "聚焦", "针对", "建议",
    "成为", "各级", "相关", "有关", "省级", "市级", "县级", "列席", "出席", "当选", "连任", "新任", "老",
}

# Job titles an affiliation ends with (longest first when matching). Modifiers (副, 党委, 常务…) are
# handled separately so 副厅长, 党委副书记 and 常务副院长 need no entry of their own.
TITLES = sorted(
    {
        "董事长", "理事长", "总干事", "干事", "提案人", "领衔人", "总经理", "经理", "总裁", "总监", "总经济师", "总工程师", "总会计师", "总农艺师", "总畜牧师", "畜牧师", "兽医师",
        "工程师", "高级工程师", "研究员", "助理研究员", "教授", "讲师", "教师", "特级教师", "班主任", "辅导员",
        "书记", "党委书记", "党组书记", "党总支书记", "党支部书记", "支部书记", "第一书记", "党工委书记", "村支书", "支书",
        "主任", "主席", "会长", "社长", "校长", "院长", "园长", "所长", "站长", "馆长", "厂长", "局长", "厅长", "处长",
        "科长", "部长", "司长", "署长", "关长", "专员", "行署专员", "行长", "台长", "团长", "队长", "组长", "班长", "村长", "镇长", "乡长",
        "县长", "旗长", "市长", "盟长", "区长", "州长", "省长", "主任医师", "医师", "医生", "护士长", "护士", "药师",
        "律师", "会计师", "测量师", "估价师", "精算师", "设计师", "规划师", "建筑师", "工艺师", "技师", "高级技师", "技术员", "农艺师", "兽医",
        "秘书长", "检察长", "主委", "执委", "护师", "主管护师", "药剂师", "总药剂师", "主管药师", "执业药师", "驻村第一书记", "场长", "矿长", "指挥长", "总指挥", "村主任", "村委会主任", "妇女主任", "妇联主席", "居委会主任", "嘎查达", "嘎查长", "苏木达", "馆员", "研究馆员", "副研究馆员", "庭长", "法官", "检察官", "警长", "政委", "教导员", "指导员", "大队长", "支队长",
        "主编", "总编辑", "编辑", "记者", "主持人", "演员", "导演", "艺术家", "作家", "画家", "歌唱家", "演奏家",
        "传承人", "代表性传承人", "创始人", "负责人", "合伙人", "带头人", "专家", "首席专家", "科学家", "首席科学家",
        "院士", "顾问", "董事", "监事", "理事", "常务理事", "主管", "店长", "船长", "机长", "列车长", "车间主任",
        "农民", "牧民", "村民", "职工", "工人", "员工", "社员", "会员", "盟员", "网格员", "志愿者", "律师事务所主任", "主任委员",
        "常委", "委员", "委员长", "党委委员", "副主席", "主任科员", "调研员", "巡视员", "督导", "教练", "运动员", "航天员", "宇航员", "试飞员", "讲解员",
        "博士生导师", "硕士生导师", "学科带头人", "项目经理", "总经理助理", "校长助理", "院长助理", "行长助理", "局长助理", "主席助理", "执行董事", "法定代表人", "教研员",
        # Trades and front-line jobs: delegates from the shop floor and the street are introduced by them.
        "钳工", "焊工", "电工", "车工", "铣工", "技工", "装配工", "维修工", "操作工", "农民工", "产业工人", "工匠",
        "快递员", "快递小哥", "外卖骑手", "骑手", "司机", "驾驶员", "乘务员", "列车员", "营业员", "服务员", "保洁员",
        "检验员", "质检员", "调度员", "安全员", "信息员", "联络员", "管理员", "操作员", "飞行员", "消防员", "民警",
        "辅警", "交警", "村医", "乡村医生", "乡村教师", "班组长", "工段长", "技能大师", "养殖户", "种植户", "渔民",
        # Farmers by what they grow (赣县区某镇果农, 某村茶农): as much an occupation as 种植户.
        "果农", "菜农", "茶农", "棉农", "蔗农", "烟农", "花农", "药农", "瓜农", "菇农", "桑农", "蚕农", "粮农", "种粮大户",
        "个体工商户", "公务员", "干部", "社工", "社区工作者", "志愿服务队队长", "园艺师", "育种家", "播音员",
        "召集人", "主教练", "总教练", "仲裁员", "调解员", "评议员", "监督员", "人民监督员", "陪审员", "人民陪审员",  # 代表团召集人某某, 国家女足主教练某某
        "指挥", "首席指挥", "艺术总监", "大律师", "事务律师", "议员",  # 立法会议员, 区议员 (Hong Kong, Macao)
        "演奏员", "舞蹈家", "书法家", "摄影家", "非遗传承人",
        # Makers and thinkers a page names by their art (院长篆刻家某某, 著名作曲家某某).
        "篆刻家", "雕塑家", "美术家", "音乐家", "作曲家", "剧作家", "评论家", "企业家", "教育家", "经济学家", "学者", "诗人",
        # A company's officers as the business pages print them (某集团董事长兼CEO), and a shop floor's dispatcher.
        "CEO", "CTO", "COO", "CFO", "首席运营官", "调度", "生产调度",
        # Jobs of services and the stage (湖南省女导游甲也当选为全国人大代表, 某台歌手乙).
        "导游", "歌手", "模特", "保安", "护工", "村官", "大学生村官",
        # Jobs of the village and the border (草根宣讲员, 护边员, 生态护林员): delegates of the grassroots.
        "联络官", "首席联络官", "执行官", "外交官", "行政官", "特派员", "工作人员", "运行工", "值班员", "主教", "大主教", "明星", "艺人", "少将", "中将", "上将", "大校", "上校", "大使", "总领事", "领事", "参赞",  # 前海管理局香港事务首席联络官甲
        "宣讲员", "宣传员", "护边员", "巡护员", "管护员", "农技员", "防疫员", "植保员", "护草员",
        # A place's leaders as a page lists them (县人大代表、县领导甲、乙…参加会议).
        "领导", "县领导", "市领导", "区领导", "旗领导", "州领导", "盟领导",
        # Trades of the mill, the site and the mine (a title ending in 车工 or 工 must not leave 挡 or 钢筋
        # on the organization), and of services.
        "挡车工", "纺纱工", "细纱工", "织布工", "缝纫工", "电焊工", "钢筋工", "木工", "瓦工", "泥瓦工", "架子工",
        "水电工", "管道工", "炼钢工", "轧钢工", "采煤工", "掘进工", "矿工", "机修工", "数控车工", "铸造工",
        "油漆工", "装卸工", "搬运工", "叉车工", "养路工", "线路工", "巡线工", "钻井工", "采油工", "护林员",
        "护理员", "养老护理员", "育婴员", "保育员", "收银员", "理货员", "厨师", "面点师", "茶艺师", "美容师",
        "理发师", "营养师", "心理咨询师", "评茶员",
        "司令员", "参谋长",  # the army's and the armed police's delegations are introduced by their commands
        "发言人", "新闻发言人",  # 某代表团新闻发言人: a delegation's spokesman is one of its deputies
        # New trades of the countryside and the platforms: 家庭农场主, 带货主播.
        "农场主", "家庭农场主", "首席技术官", "首席执行官", "首席财务官", "经营户", "个体户", "个体经营户", "主播", "网络主播", "带货主播", "直播带货主播",
        # An orchestra's players are introduced by their instrument (首席小提琴: the modifier 首席 and the post).
        "小提琴", "中提琴", "大提琴", "长笛", "双簧管", "单簧管", "圆号", "小号", "二胡", "琵琶", "小提琴手", "大提琴手",
    }
    # Compound titles: a field and the post that heads or works in it (技术总监, 财务经理, 研发工程师).
    | {field + post for field in ("技术", "财务", "运营", "市场", "销售", "研发", "生产", "质量", "品牌", "设计",
                                 "人力资源", "行政", "产品", "安全", "工艺", "信息")
       for post in ("总监", "主管", "负责人", "经理", "工程师")},
    key=len,
    reverse=True,
)
TITLE_MODIFIERS = ("专职副", "专职", "常务副", "党委副", "党组副", "副", "执业", "主任", "党委", "党组", "党总支", "党支部", "首席", "执行", "名誉", "高级", "正高级", "一级", "二级", "三级", "总")
TITLE_RE = re.compile(
    "(?:(?:" + "|".join(TITLE_MODIFIERS) + ")?(?:" + "|".join(map(re.escape, TITLES)) + "))$"
)

# Words that follow a name in an introduction: verbs of speaking, and the small words of the sentence.
FOLLOWERS = sorted(
    {
        "说", "表示", "认为", "指出", "建议", "介绍", "提出", "坦言", "谈到", "谈及", "告诉", "倍感", "深有", "感慨",
        "解释", "强调", "呼吁", "带来", "提交", "透露", "分析", "看来", "直言", "说道", "举例", "补充", "称", "希望",
        "期待", "关注", "也", "还", "一直", "今年", "在", "对", "向", "就", "从", "将", "是", "的", "等", "和", "与",
        "及", "同", "曾", "已", "都", "则", "为", "把", "用", "通过", "作为", "结合", "围绕", "聚焦", "针对", "探讨",
        "交流", "讨论", "发言", "参加", "审议", "表态", "回忆", "笑着", "感到", "深感", "觉得", "注意到", "发现",
        "了解到", "提到", "讲", "谈", "答", "拿出", "展示", "带着", "特别", "更", "非常", "十分", "格外", "多年",
        "长期", "始终", "去年", "近年来", "近日", "接受", "领衔", "联名", "牵头", "率先", "主张", "满怀", "心系",
        "扎根", "坚持", "表达", "正在", "每年", "连续", "今天", "昨天", "此前", "日前", "们", "一行", "一起", "共同",
        "所", "以", "被", "得知", "注意", "观察", "调研", "走访", "来到", "代表", "委员", "之", "着", "了", "而",
        "分别", "先后", "各自", "纷纷", "一致", "深有同感", "亦", "赴",
        # 某某有说不完的话, 某某有很多想法: 有 follows a name, though names may end in it (王建有), so it is
        # a follower here and not a word no name ends with (name_edges.txt's [follow]).
        "有",
    },
    key=len,
    reverse=True,
)
FOLLOWER_RE = re.compile("(?:" + "|".join(map(re.escape, FOLLOWERS)) + ")")

# Surnames that are modal verbs first (代表要依法履职, 委员能积极): before an everyday word, no name.
MODAL_SURNAMES = frozenset("要能会可应留")
ROLE_WORDS = {
    "人大代表": "deputy",
    "政协委员": "member",
    "政协常委": "member",
    "政协常务委员": "member",
    "界别委员": "member",  # a member of a CPPCC sector (工商联界别委员, 文艺界委员)
    "界委员": "member",
    # Hong Kong and Macao papers' short forms for their national deputies and members.
    "港区委员": "member", "澳区委员": "member", "港区常委": "member", "澳区常委": "member", "港区代表": "deputy", "澳区代表": "deputy",
    # 人代 for 人大代表, after 港区, 澳区 or 全国 only (首名港区人代, 做全国人代): elsewhere 人代 heads 人代会.
    "人代": "deputy",
    # and for a member in a first term (身为政协新人的…某某).
    "政协新人": "member",
    # A member of a congress's standing committee is one of its deputies (全国人大常委李某).
    "人大常委": "deputy", "人大常委会委员": "deputy", "人大常委会常委": "deputy",
    # Invited to sit in with the deputies, as a delegate but not one: the answer keys say "other".
    "特邀代表": "other",
}


ROLE_BODY = {"委员": "政协", "代表": "人大"}  # the body a bare role word is of, where the page names no other


def role_of(word: str) -> str:
    """The role a role word says (人大代表, 政协常委, 港区代表, 人大常委会委员, 代表, 委员…): the table's,
    else a deputy for a word of 代表 and a member for any other (委员, 提案人)."""
    return ROLE_WORDS.get(word) or ("deputy" if "代表" in word else "member")


# Not a role said of a person when a place or body named after the role follows it: 省人大代表驻地的
# 前方记者某某 is a reporter at the deputies' hotel, 人大代表之家 and 代表通道 are places.
# 台湾省代表: Taiwan's delegation to the national congress (no provincial congress of its own); 驻晋委员, 住湘委员: the
# national members who live in a province.
ROLE_RE = re.compile(r"(人大代表|政协常务委员|政协原常委|政协原委员|政协委员|政协常委|政协新人|界别?的?委员|人大常委会委员|人大常委会常委|人大常委|特邀代表|[港澳]区委员|[港澳]区常委|[港澳]区代表|(?<=港区|澳区|全国)人代|(?<=香港|澳门)委员|(?<=台湾省)代表|(?<=[驻住][\u4e00-\u9fff])委员|(?<=台籍)委员)(?!们|会|长|团|大会|联络|联谊|驻地|之家|通道|工作站)")
# 代表 as a verb: 市长庞立新代表市人民政府作报告, 代表全体员工; 甲、乙等代表省上各大班子送行 (a group
# speaking for the province's bodies), 代表各界.
VERB_OBJECT = (r"(?!(?:[省市县区旗州盟]|自治区|国务院|本级)?(?:人民)?政府|全体|广大|党委|中共|党中央|公司|集团|单位|本|我|大会|主席团|常委会"
               r"|[省市县区旗州盟]上|各[大级界族]|(?:[省市县区旗州盟])?(?:侨联|工商联|妇联|总工会|团委|科协|文联|台联|残联)"
               r"|(?<=代表)[^，,。；;、\n“”《》]{2,24}?(?:作|做)(?:了题为|题为|的|了)?[“”\"《]|(?<=代表)[^，,。；;、\n“”《》]{2,24}?所[作做]的)")  # 甲代表九三学社市委作的“…”: a speech for a body
POST_ROLE_RE = re.compile(
    # "Not after 代表" is checked behind the word, so the scan can jump from 代 or 委 to the next one.
    # 张某常委建议: a standing committee's member (not 市委常委, a party post; read only where a 政协 meets).
    r"(代表|委员|(?<!委)常委)(?<!代表代表)(?<!代表委员)(?!们|团|组|会|长|大会|性|作用|处|室|证|委员|议案|资格|履职|风采|通道|驻地|工作站|联络站|之家|(?<=代表)了(?!解)|(?<=代表)着)"
    + VERB_OBJECT
)
# 某委员代表杨某委员: on behalf of him; 甲委员、乙委员和丙委员: the name after the conjunction; 市民进、某某委员
# 提出: a party's or a federation's branch proposing with the member, itself no name.
# 以甲委员、乙委员分别作为, 甲委员工作室、乙委员工作室, 甲委员的提案和乙代表的建议: the name after the last role (or the member's studio).
PREVIOUS_ROLE_RE = re.compile(r".*(?:代表|委员)(?:工作室|联络站|的(?:提案|建议|议案))?(?:[、和与及]|代表(?=[\u4e00-\u9fff]{2,4}$))"
                              r"|.*(?:九三学社|民革|民盟|民建|民进|农工党|致公党|台盟|工商联|委会)[、和与及](?=[\u4e00-\u9fff]{2,4}$)")
DELEGATION_RE = re.compile(rf"([{CJK}]{{2,16}}?代表团)(?:的)?")
# "冯锋等12名代表" / "张三、李四等代表": the first names stand for a group.
# 等住桂全国政协委员, 等驻京全国人大代表: where the group lives, before its level word.
# 等我市32名省人大代表, 等全县…: the page's own place before a group's count.
OWN_PLACE = r"(?:(?:我|本|全)[市县区旗省州盟])?"
# 职工代表, 提案人代表, 学生代表: people who represent others, not a congress's deputies, before 代表.
OTHER_REPRESENTATIVES = r"提案人|职工|工人|学生|居民|村民|家长|群众|员工|党员|教师|师生|业主|股东|消费者"
# 等住湘全国政协委员, 等部分住湘、住桂全国政协委员, 等27名在湘全国政协委员: where the group lives, one place or several.
RESIDENCE = r"(?:部分)?(?:[住驻在][\u4e00-\u9fff]{1,3}?(?:、[住驻在][\u4e00-\u9fff]{1,3}?)*(?=全国|自治区|省|市|县|旗|区))?"
PROVINCES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
    "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
    "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)
# 甲、乙等盐城代表团全体代表: the group is a delegation's deputies; 甲、乙等领导以福州代表团普通代表身份出席: leaders
# sitting as its deputies.
DELEGATION_GROUP = r"(?:(?:(?:领导|同志)?以)?(?:[\u4e00-\u9fff]{2,8}?代表团(?:的)?)?(?:全体|普通)?(?=代表))?"
GROUP_RE = re.compile(
    r"等" + OWN_PLACE + r"(?:(?<=等)[\u4e00-\u9fff]{2,6}?[省市县区州旗盟](?=[0-9０-９一二三四五六七八九十两]))?"  # 等台州市5位…代表
    + r"(?:[0-9０-９一二三四五六七八九十两百多余]+[ \u3000]?(?:名|位))?" + RESIDENCE + DELEGATION_GROUP
    + r"(?:来自[^，,。；;的\n]{1,8}的|(?:出席|参加|列席)[^，,。；;的\n]{2,24}的(?:" + "|".join(PROVINCES) + r")?)?"  # 等出席…会议的西藏委员
    + r"(?:女|少数民族|基层|青年|优秀|[社盟会]内)?"  # 甲、乙等女代表, 丙等18名优秀政协委员, 丁等5位来自某市的…
    + r"((?:十[一二三四五六]届)?(?:全国|自治区|省|市|县|旗|区)?)(人大代表|政协委员|代表" + VERB_OBJECT + r"|委员)"
)
GROUP_BEFORE_ROLE_RE = re.compile(r"等" + OWN_PLACE + r"(?:[0-9０-９一二三四五六七八九十两百多余]+(?:名|位))?" + RESIDENCE
                                  + r"(?:十[一二三四五六]届)?(?:全国|自治区|省|市|县|旗|区)?$")
PROFILE_RE = re.compile(
    rf"(?:^|\n|】)[ \u3000↑↓←→■□●◆▲▶►★☆]*(?:(?<=\n)(?:她|他)是|(?:人物档案|人物简介|人物名片|代表名片|委员名片)[：:][ \u3000]*)?(?P<name>[{CJK}]{{2,6}}(?:[{NAME_DOTS}][{CJK}]{{1,8}})?)[，,](?P<rest>[^。\n]{{2,120}}?)(?:。|$)",
    re.MULTILINE,
)
NEXT_ROLE_RE = re.compile(r"(?:第?十[一二三四五六]届)?(?:全国|自治区|省|市|县|区|旗|盟|州)?(?:人大代表|政协委员|政协常委|政协常务委员|人大常委(?!会))(?!联谊|联络)"
                          r"|(?<=[和与及、])[\u4e00-\u9fff]{1,6}?界别?委员"  # …和妇联界委员: a sector's member
                          r"|(?<=[和与及、])(?:全国|[\u4e00-\u9fff]{0,6}?[省市县区])?政协[\u4e00-\u9fff]{1,12}?委员会(?:副?主任|委员)")

PROVINCE_FULL = {
    "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区",
    "新疆": "新疆维吾尔自治区", "北京": "北京市", "天津": "天津市", "上海": "上海市", "重庆": "重庆市",
    "香港": "香港特别行政区", "澳门": "澳门特别行政区",
}
MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
# 广东代表团代表黄某, 辽宁团代表谢某 (a province's delegation by its short name): the role after the delegation.
DELEGATION_THEN_ROLE_RE = re.compile(rf"(代表团|(?:{'|'.join(PROVINCES)})团|(?<![\u4e00-\u9fff])(?P<short>[\u4e00-\u9fff]{{2}})团)(?:的)?(?:全国)?(?:人大)?代表(?![们团会])")
# 鼓楼团代表甲: a city's district delegation by its short name, on a congress's page (not 共青团, 艺术团: words).
NOT_DELEGATION_SHORT = frozenset("共青 少先 志愿 旅行 观光 访问 代表 顾问 宣讲 讲师 督导 服务 艺术 合唱 歌舞 考察 旅游 专家 律师 医疗 工作 "
                                  "巡视 检查 慰问 观察 调研 青年 少年 儿童 学生 记者 评审 讲解 演出 采访 调查 指导".split())

# The 56 ethnic groups. Papers print a delegate's after the name or first in a list line's bracket:
# 马某（回族）说, 努尔兰别克·哈布都拉（哈萨克族）关注, 安某（彝族，某村村支书）; it is no part of the
# name, of the affiliation, nor a word that ends the sentence.
ETHNIC_GROUPS = (
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
    "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
    "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
    "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
)
ETHNIC_WORD = "(?:" + "|".join(sorted(ETHNIC_GROUPS, key=len, reverse=True)) + ")族"
ETHNIC_WORD_RE = re.compile(ETHNIC_WORD)
# （女）（回族）（女，藏族）（特邀）（连任）after a name in a roster or a list of those elected: said of the person.
PERSON_NOTE = r"(?:女|男|[\u4e00-\u9fff]{1,4}族|特邀|连任|新当选)"
PERSON_MARKER_RE = re.compile(rf"[（(]{PERSON_NOTE}(?:[，,、]{PERSON_NOTE})*[）)]")
ETHNIC_BRACKET_RE = re.compile(rf"[ \u3000]*[（(]{ETHNIC_WORD}[）)]")
ETHNIC_LEAD_RE = re.compile(rf"^{ETHNIC_WORD}(?:[，,、][ \u3000]*|$)")

DATE_RE = re.compile(r"(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
YEAR_RE = re.compile(r"(20\d{2})\s*年")

# 杨某就来到裕固族牧民白某的养殖场: a verb of going or meeting puts the person after it outside the
# affiliation of the one before it.
VISIT_VERB_RE = re.compile(r"来到|走进|见到|找到|探访|走访|看望|拜访|采访|陪同|跟随")
# 该厅还将秦某代表提出的…: a preposition before a name ends the sentence's words (not 和, 与: a list).
PREPOSITION_END = frozenset("将把被向对由给让请")
# 民革某大学支部, 民建某区基层委员会: a democratic party's unit, which names its members as a post would.
PARTY_UNIT_RE = re.compile(r"(?:^|(?<=[、，,]))(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)[\u4e00-\u9fff]{0,12}(?:委员会|工委|支部|总支)$")
