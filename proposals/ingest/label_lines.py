"""A line that is a person's label: the name, a space, then the role and the post, as a TV report's
caption prints it (``字幕：王某 全国人大代表 某村党支部书记``) or a speaker's line opens
(``王某 全国人大代表：我们村…``), or a portrait's label on a news app (``王某|全国人大代表``). The role printed whole (人大代表, 政协委员) is the evidence; the name
must read as one by itself, since nothing else on the line says where it ends. A speaker labelled by
the conference's group (``政协经济组胡某：“…”``) is one of its members. The speakers a report counts
(``六位澳区全国人大代表在会上发言``) and then gives a line each (``甲：琴澳一体法治保障``) are those deputies when
the lines are as many as the count. Rows of posts, a space, a name and a colon (``某部副总监、民革 周某：``) are
the people of the one role the page's title names (``某区政协委员“话”心声``), two rows at least."""

from __future__ import annotations

import re

from .affiliations import title_end
from .clauses import level_of
from .enumerations import count_value
from .lexicon import CJK, NAME_DOTS, ROLE_RE, role_of
from .names import Reader
from .results import Collector, Mention

LABEL_RE = re.compile(
    rf"(?:^|(?<=\n))[ \u3000]*(?:【[{CJK}]{{1,6}}】|(?:字幕|同期声?|采访|画面|出镜)[:：])?[ \u3000]*"
    rf"(?P<name>[{CJK}{NAME_DOTS}]{{2,14}})(?:[ \u3000]+|[ \u3000]*[|｜丨][ \u3000]*)"
    rf"(?P<prefix>[{CJK}]{{0,12}}?)(?={ROLE_RE.pattern})"
)
# The posts after the role, to the line's end or a speaker's colon; commas between posts (蔡某 市人大代表,民革中央
# 委员,某区副区长) only on a line that holds no sentence.
POST_RE = re.compile(r"[、，,\s\u3000]*(?P<post>[^\n。！？!?；;：:“”]{0,80}?)[ \u3000]*(?:[:：]|$)", re.M)
COMMA_RE = re.compile(r"[，,]")
LABEL_BAR = 1.5  # a surname and a given name, or a transliterated name made of its parts
# 政协经济组胡某：“…”, 县政协无党派组叶某：: a speaker's line labelled by the conference's group.
GROUP_LABEL_RE = re.compile(rf"(?:^|(?<=\n))[ \u3000]*(?P<level>[省市县区旗]?)政协[{CJK}]{{1,8}}?组(?P<name>[{CJK}]{{2,4}})[:：]")


# 六位澳区全国人大代表在会上发言: the count of the speakers whose lines follow.
COUNTED_SPEAKERS_RE = re.compile(r"(?P<count>[0-9０-９一二两三四五六七八九十]{1,3})[位名](?P<words>[^。\n，,]{0,8}?)"
                                 r"(?P<role>人大代表|政协委员|代表|委员)[^。\n，,]{0,10}?(?:发言|建言|讲话)")
SPEAKER_LINE_RE = re.compile(rf"^[ \u3000]*(?P<name>[{CJK}{NAME_DOTS}]{{2,8}})[ \u3000]*[:：]", re.M)


# 深圳证券交易所某部副总监、民革 周某：…: a speaker's posts, a space, the name and a colon, in a page whose title
# says whose voices these are (福田政协委员“话”心声); two such rows at least.
POSTED_SPEAKER_RE = re.compile(rf"^[ \u3000]*(?P<posts>[^\n：:。！？“”]{{4,60}}?)[ \u3000]+(?P<name>[{CJK}]{{2,4}})[ \u3000]*(?:[:：]|$)",
                               re.M)  # or the row alone on its line, what the person says in the paragraph below
CREDIT_POSTS_RE = re.compile(r"记者|通讯员|编辑|责编|摄影|摄像|作者|主持人")  # 本报记者 张某: a byline, not a speaker
TITLE_ROLE_RE = re.compile(r"人大代表|政协委员|代表|委员")


def read_label_lines(reader: Reader, found: Collector, session_level: str) -> None:
    """Add to ``found`` the people whose label lines name them with their role."""
    text = reader.text
    for match in LABEL_RE.finditer(text):
        name = match.group("name")
        score = reader.name_score(name, "")
        if score is None or score < LABEL_BAR:
            continue
        role_match = ROLE_RE.match(text, match.end())
        post = POST_RE.match(text, role_match.end())
        if not post or ROLE_RE.search(post.group("post")) or (COMMA_RE.search(post.group("post"))
                                                               and not title_end(post.group("post"))):
            continue  # the role opens a sentence (王某 人大代表要…，…), or the line labels several people
        level = level_of(match.group("prefix"), session_level)
        found.add(Mention(name, match.start("name"), match.end("name"), role_of(role_match.group(1)), level,
                          post.group("post").strip(), "", True, reader.next_group(), score))
    for match in COUNTED_SPEAKERS_RE.finditer(text):
        lines = [line for line in SPEAKER_LINE_RE.finditer(text, match.end())
                 if (reader.name_score(line.group("name"), "") or 0) >= LABEL_BAR]
        if len(lines) == count_value(match.group("count")):
            group, role = reader.next_group(), role_of(match.group("role"))
            level = level_of(match.group("words"), session_level)
            for line in lines:
                found.add(Mention(line.group("name"), line.start("name"), line.end("name"), role, level, "", "", True,
                                  group, 3))
    first_break = text.find("\n")
    title = text if first_break < 0 else text[:first_break]
    roles = {role_of(word) for word in TITLE_ROLE_RE.findall(title)}
    rows = [row for row in POSTED_SPEAKER_RE.finditer(text) if (reader.name_score(row.group("name"), "") or 0) >= LABEL_BAR
            and any(title_end(post) for post in re.split(r"[、，,]", row.group("posts")))
            and not TITLE_ROLE_RE.search(row.group("posts")) and not CREDIT_POSTS_RE.search(row.group("posts"))
            ] if len(roles) == 1 else []  # 政协委员 甲：: LABEL_RE's
    if len(rows) >= 2:
        group, role = reader.next_group(), next(iter(roles))
        for row in rows:
            found.add(Mention(row.group("name"), row.start("name"), row.end("name"), role, session_level,
                              row.group("posts").strip(), "", True, group, 3))
    for match in GROUP_LABEL_RE.finditer(text):
        score = reader.name_score(match.group("name"), "：")
        if score is not None and score >= LABEL_BAR:
            found.add(Mention(match.group("name"), match.start("name"), match.end("name"), "member",
                              level_of(match.group("level"), session_level), "", "", True, reader.next_group(), score))
