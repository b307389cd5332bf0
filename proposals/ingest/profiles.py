"""Profiles: delegates introduced name first (樊守田，…村党支部书记，自治区人大代表。), in brackets
after the name (次仁多吉（自治区人大代表、…）：), or as what the sentence's subject is
(马海英早早来到驻地，她是…老师，也是新当选的省人大代表。)."""

from __future__ import annotations

import re

from .affiliations import title_end
from .clauses import level_of
from .lexicon import CJK, NAME_DOTS, PROFILE_RE, ROLE_RE, role_of
from .names import Reader
from .results import Collector, Mention
from .text import normalize_name

# "次仁多吉（自治区人大代表、昌都市卡若区俄洛镇党委书记）：…", "■ 付建林（全国人大代表、…会长）：":
# the name opens a line (after a label, if any) or follows a stop, its role and affiliation in brackets after it.
# Lists of speeches and proposals label the name (发言人：宫某（省政协常委、…副主委）, 提案人：…).
SPEAKER_LABEL = r"(?:(?:大会)?发言(?:人|委员|代表)?|主讲人|报告人|提案人|建议人|议案领衔人|领衔(?:人|代表|委员)|联名人|姓名)[：:][ \u3000]*"
BRACKET_PROFILE_RE = re.compile(
    rf"(?:^|(?<=[\n。！？；]))[ \u3000■□●◆▲]*(?P<label>{SPEAKER_LABEL})?(?P<name>[{CJK}{NAME_DOTS}]{{2,12}})\s*[（(](?P<inside>[^（）()\n]{{4,60}})[）)]"
)
SEGMENT_RE = re.compile(r"[、，,；;]")

COMMA_RE = re.compile(r"[，,]")
PROFILE_NAME_BAR = 1.0  # a two-character Tibetan name (旦增) and its comma; not a verb's head (经投票, 0.5)
PAST_RE = re.compile(r"曾任|曾是|曾为|曾当选|曾连任|历任|原任")
POST_VERB_START_RE = re.compile(r"^(?:现任|现为|任|系|是|担任)")


def read_profiles(reader: Reader, found: Collector, session_level: str) -> None:
    """Add the delegates of name-first profiles to ``found`` (a ``mentions.MentionCollector``)."""
    text = reader.text
    add = found.add
    # 1b. Profiles put the name first: "樊守田，…村党支部书记，自治区人大代表。",
    #     "萨如拉，自治区政协委员，…主管护师。", "毕力格图，男，蒙古族，…现任…站长，自治区人大代表。"
    for profile in PROFILE_RE.finditer(text):
        name = normalize_name(profile.group("name"))
        if (reader.name_score(name, "，") or -9) < PROFILE_NAME_BAR:
            continue  # 经投票，… opens a sentence with a verb, not a profile with a name
        # 邢某，全国…先进个人、省人大代表、某村村医: the role one of the posts listed with 、 as well
        rest = PAST_RE.split(profile.group("rest"), 1)[0]  # …教授，曾任第十届全国人大代表: a past role is none
        segments = [seg.strip() for seg in SEGMENT_RE.split(rest)]
        roles = [ROLE_RE.search(seg) for seg in segments]
        role_index = next((i for i, m in enumerate(roles) if m and m.end() == len(segments[i])), None)
        if role_index is None:
            continue
        role_match = roles[role_index]
        role = role_of(role_match.group(1))
        level = level_of(segments[role_index][: role_match.start()], session_level)
        affiliation = ""
        for segment in segments:
            candidate = POST_VERB_START_RE.sub("", segment)
            if candidate and not ROLE_RE.search(candidate) and title_end(candidate):
                affiliation = candidate
        start = profile.start("name")
        add(Mention(name, start, start + len(profile.group("name")), role, level, affiliation, "", True,
                     reader.next_group(), 6))

    for profile in BRACKET_PROFILE_RE.finditer(text):
        name = normalize_name(profile.group("name"))
        if reader.name_score(name, "（") is None:
            continue
        segments = [seg.strip() for seg in SEGMENT_RE.split(profile.group("inside")) if seg.strip()]
        roles = [ROLE_RE.search(seg) for seg in segments]
        role_index = next((i for i, m in enumerate(roles) if m and m.end() == len(segments[i])), None)
        if role_index is None:
            _add_listed_speaker(reader, found, profile, name, segments, session_level)
            continue
        role_match = roles[role_index]
        # Inside the bracket, what follows the role is the affiliation, known title or not (首席指挥).
        affiliation = segments[role_index + 1] if role_index + 1 < len(segments) else ""
        if not affiliation:
            affiliation = next((seg for seg in segments[:role_index] if title_end(seg)), "")
        start = profile.start("name")
        add(Mention(name, start, start + len(profile.group("name")), role_of(role_match.group(1)),
                    level_of(segments[role_index][: role_match.start()], session_level), affiliation, "", True,
                    reader.next_group(), 6))

    for role_match in ROLE_RE.finditer(text):
        subject = _copula_subject(reader, role_match.start(), role_match.end()) or _previous_subject(
            reader, role_match.start()
        )
        if subject is None:
            continue
        start, name, prefix = subject
        # 李某是某州决策咨询委员会主任，也是全国政协常委: what the subject is first is the post.
        posts = POSTS_AFTER_COPULA_RE.match(text, start + len(name))
        affiliation = posts.group("posts") if posts and title_end(posts.group("posts")) else ""
        add(Mention(name, start, start + len(name), role_of(role_match.group(1)), level_of(prefix, session_level),
                    affiliation, "", True, reader.next_group(), 4))


# "12位委员登台作大会发言", "5名代表作大会发言", "6位委员和2个党派团体的代表围绕…，登台建言": the
# sentence that introduces a list of speakers counts them. Without the count, 代表 may be the verb of
# a speech's title (题目：代表民盟某省委会发言), which introduces no one.
SPEAKERS_RE = re.compile(
    r"(?:[0-9０-９一二三四五六七八九十两百多]+(?:位|名)|部分)(?:[^。，,\n]{0,8}?)(委员|代表)(?![会团])(?:们)?[^。\n]{0,60}?(?:发言|建言)"
)


def _add_listed_speaker(reader: Reader, found: Collector, profile: re.Match, name: str, segments: list[str],
                        session_level: str) -> None:
    """发言人：阚某（郴州市某协会会长）: a labelled speaker whose bracket gives only the affiliation takes
    the role of the paragraph above that introduces the speakers (12位委员作大会发言). Without a
    label, or without that sentence, a bracket after a name is no evidence."""
    if not profile.group("label") or len(segments) != 1 or not title_end(segments[0]):
        return
    introduced = list(SPEAKERS_RE.finditer(reader.text, 0, profile.start()))
    if not introduced:
        return
    role = role_of(introduced[-1].group(1))
    start = profile.start("name")
    found.add(Mention(name, start, start + len(profile.group("name")), role, session_level, segments[0], "", True,
                      reader.next_group(), 5))


SENTENCE_BREAK = "。！？；;!?\n"
CLAUSE_COMMA_RE = re.compile(r"[，,]")
PAST_RE = re.compile(r"曾任|曾是|曾为|曾当选|曾连任|历任|原任")
# "她是…老师，也是新当选的省人大代表", "王芳是全国人大代表": the clause says what the subject is.
COPULA_RE = re.compile(r"^(?:她|他)?(?:也|还|同时|既|就)?(?:是|系)")
POSTS_AFTER_COPULA_RE = re.compile(r"(?:现在|现|如今)?(?:是|系|任)(?P<posts>[^，,。；;！？\n]{2,40})[，,](?:她|他)?(?:也|还|同时)是")


def _copula_subject(reader: Reader, role_start: int, role_end: int) -> tuple[int, str, str] | None:
    """The sentence's subject when the clause holding the role word says what the subject is:
    (offset, name, words before the role). The role must end its clause; the subject must be a
    name the text gives good evidence for (it recurs, or has a surname and a follower)."""
    text = reader.text
    if role_end < len(text) and text[role_end] not in "，,。；;！？!?\n":
        return None
    begin = role_start
    while begin > 0 and text[begin - 1] not in SENTENCE_BREAK:
        begin -= 1
    head = text[begin:role_start]
    clauses = CLAUSE_COMMA_RE.split(head)
    copula = COPULA_RE.search(clauses[-1].lstrip())
    if not copula:
        if len(clauses) != 1:
            return None
        first = re.match(r"^.{2,12}?(?:也|还|就)?(?:是|系)", head)  # 王芳是全国人大代表
        if not first:
            return None
        subject_clause = first.group()
    else:
        if len(clauses) < 2:
            return None
        # The subject opens the first clause that has a name (2022年1月，甘南俞秀兰早早来到驻地，…).
        offset = 0
        for clause in clauses[:-1]:
            options = [c for c in reader.candidates(clause.rstrip(" \u3000"), need_title=False) if c.score >= 2.5]
            if options:
                return begin + offset + options[0].offset, options[0].name, head
            offset += len(clause) + 1
        return None
    # 某某是妇联界委员，她说: a pronoun that resumes the subject right after the role says a person was
    # meant; a name given once (a listed transliterated name) is then believed.
    bar = RESUMED_BAR if RESUMED_RE.match(text, role_end) else 2.5
    options = [c for c in reader.candidates(subject_clause.rstrip(" \u3000"), need_title=False) if c.score >= bar]
    if not options:
        return None
    best = options[0]
    return begin + best.offset, best.name, head


RESUMED_RE = re.compile(r"[，,](?:她|他)(?:说|表示|认为|介绍|告诉|坦言)")
RESUMED_BAR = 2.0  # a name and the copula after it (边珍是: 2.35); a surname alone with a weak given name is less


# "这位州人大代表说", "该全国政协委员认为": the role word of a sentence that opens by pointing back.
POINTING_BACK_RE = re.compile(r"^[ \u3000]*(?:这位|这名|该)(?P<level>[^，,。]{0,6})$")


def _previous_subject(reader: Reader, role_start: int) -> tuple[int, str, str] | None:
    """(offset, name, level words) of the subject of the sentence before one that opens with
    这位/该 + role: 罗某是昭觉县一所村小的校长。这位州人大代表说…"""
    text = reader.text
    begin = role_start
    while begin > 0 and text[begin - 1] not in SENTENCE_BREAK:
        begin -= 1
    pointing = POINTING_BACK_RE.match(text[begin:role_start])
    if not pointing or begin == 0 or text[begin - 1] != "。":
        return None
    previous = begin - 1
    while previous > 0 and text[previous - 1] not in SENTENCE_BREAK:
        previous -= 1
    first = CLAUSE_COMMA_RE.split(text[previous : begin - 1])[0]
    options = [c for c in reader.candidates(first.rstrip(" \u3000"), need_title=False) if c.score >= 2.5]
    if not options:
        return None
    return previous + options[0].offset, options[0].name, pointing.group("level")
