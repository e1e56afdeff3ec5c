"""Initiative mentions: named reforms, campaigns, programmes and models.

Three ways in, per ``initiative_grammar.json``: a quoted name with the head noun that
follows it (“一枚印章管审批”改革; quoted names joined by 和/、 share the last one's head);
an unquoted name ending in a strong head (行政审批制度改革), whose left edge is found
with jieba's word boundaries (推进行政… must not split into 推/进行/政); and national
programme names (一网通办). The canonical name drops the quotation marks and the 、
inside a slogan and keeps the head.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from .. import gazetteer
from . import words
from .digits import ascii_digits
from .agencies import LEVEL_CHARS
from .doc import Cover, add_mention, clause_start, mentions, region_ends, text_of
from .patterns import alternation, words_regex
from .regulations import NAMED_AS, PUBLISHING_VERBS, grammar as regulation_grammar, law_name

# a quoted phrase, of any length a name or a headline has (and never across a sentence's
# end): ASCII quotes, which are no left or right, pair so ("零"成本, "双随机、一公开")
_OPENING_MARKS = "“\"「『"
_QUOTED = re.compile(rf"[{_OPENING_MARKS}]([^“”\"「」『』\n。；！？]{{1,40}})[”\"」』]")
_NAME_CHARS = range(2, 25)
# the year of a yearly campaign's round written after its name (“清废行动2022”, “净网2021”)
_YEAR_AFTER = re.compile(r"(?:19|20)\d\d年?$")
# what goes to each of the places it names, a name however long its list (“法律进机关、进乡村、
# 进社区、进学校、进企业、进单位”活动: the 法律六进 of the five-year 普法 plans)
_GOES_TO_EACH = re.compile(r"[\u4e00-\u9fff]{1,8}进[\u4e00-\u9fff]{1,5}(?:、进[\u4e00-\u9fff]{1,5}){2,}")
_JOINERS = ("和", "、", "与", "及", "以及", "")
_NUMERAL = "一二三四五六七八九十双两百千万"
_COUNTING = "一二三四五六七八九十两"       # 四个重点 counts; 万人助万企 is a name
# figures that fell or rose, so many of them or so many times running: 两降四升, 十一连降
_TREND = re.compile(rf"^(?:[{_COUNTING}]+连?[升降增减涨跌])+$")
# so many things done as they should be (责任机制、监督机制和评议考核“三到位”): a count before a
# verb's complement, the work's standard, no programme
_IN_PLACE = re.compile(rf"^[{_COUNTING}]+到位$")
# two of them rising or falling together, quoted at its clause's end (数量与金额“双上升”。; not
# 双减, the policy of easing two burdens, nor “双下降”行动, a campaign for it)
_PAIR_TREND = re.compile(r"^双(?:上升|下降|增长|减少|提升|提高)$")
# an anniversary's count of years (纪念法治浙江建设“十五周年”系列活动): a date, no programme
_ANNIVERSARY = re.compile(rf"^[{_COUNTING}百]+周年$")
_YEARS = r"\d{4}年度?|今年|去年|全年|年度"
# (各县区, 各县市区, 各乡镇: the levels that each carry it out)
_LEADING_TIME = re.compile(rf"^(?:{_YEARS}|各(?:[市县区地级]|乡镇|街道)+|[全我本][省市县区])+")
# (a scope quoted with a short stem is the name's own: “全省一单”权责清单制度, “全市通办”改革)
_YEARS_ONLY = re.compile(rf"^(?:{_YEARS})+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# the middle dot between a name and its motto (法治讲堂·逢九必讲), as pages write it
_DOT = re.compile(r"[·•・]")
# what ends a list of titles before the next: a clause's mark or a quotation
_CLAUSE_OR_QUOTE = re.compile(r"[，,。；;：:\n“”\"]")
_LEVEL = re.compile(r"^(?:国家级|省级|自治区级|市级|州级|盟级|县级|旗级|区级|乡级|镇级|全[省市县区乡镇州盟旗]|"
                    r"[省市县区乡镇州盟旗](?![省市县区乡镇州盟旗街域(（]))")   # (镇街, 市县, 镇(街道): the levels
# it spans; 市域, 县域: the whole of its area, a word of the name: 市域社会治理现代化试点)
# a day written with its month (12.4, 3·15, 12月4日), the day a programme is held on: in quotation
# marks before it (“12.4”), or opening its name
_DAY = re.compile(r"\d{1,2}\s*[.·．・月]\s*\d{1,2}日?")
# 等领域, 等行业: what a list before 等 is of; the list is part of the name
_LIST_CLASSES = ("领域", "行业", "方面", "系统")
_LISTED = re.compile(r"[\u4e00-\u9fff、]+")
# heads that say nothing about a national programme written before them (一网通办服务)
_NO_HEAD_AFTER_NATIONAL = ("服务", "建设", "监督")
_FULL_WIDTH_BRACKETS = str.maketrans("()", "（）")
# what parts a slogan's words and goes from its canonical name: 、, a comma, a space
# (“学宪法 讲宪法”); not the 、 of the levels a name covers (示范县(市、区))
_SLOGAN_MARKS = re.compile(r"、(?![^()]*\))|[，,](?=[\u4e00-\u9fff])"
                           r"|(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
# what follows a day (_DAY) written before a name
_BEFORE_NAME = r"(?=[\u4e00-\u9fff])(?![年月日])"
# a figure opening an unquoted name is the day or days it is held on (420知识产权宣传周,
# 12.4宪法宣传周), no part of its name; before a quoted one, only a day with its month is
# (“12·4宪法宣传周”; a bare number may be the name's own: “365天不打烊”)
_LEADING_DAY = re.compile(rf"(?:{_DAY.pattern}|\d{{3,4}}){_BEFORE_NAME}")
_DOTTED_DAY = re.compile(rf"{_DAY.pattern}{_BEFORE_NAME}")
# what an unquoted name is written with (DRG付费改革, DIP支付方式改革: a method's Latin
# abbreviation is part of it), and what it may open with (not a count or a bracket)
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff\dA-Za-z+()（）]")
_NAME_OPENS = re.compile(r"[\u4e00-\u9fffA-Za-z]")
# the levels a name covers, after its own level word: 法治县（市、区）, 示范村(社区)
_LEVELS_BRACKET = re.compile(r"(?<=[省市县区镇乡村])[（(][市县区镇乡街道社村、]+[）)]$")
# function words no head's attribute opens with, after a quoted name (“X”被命名为示范项目:
# the name is the subject of a passive)
_FUNCTION_START = tuple("等的和及与为是在对把将了被")
# the marks that close a quoted name: a name right after one is that name's head's, not its own
_CLOSING_QUOTES = "”\"」』"
# the conjunctions that join a pair a name's last word joins (环评与排污许可衔接改革)
_PAIR_JOINERS = frozenset("与和同")
# the prepositions a body acting may be followed by (市发展改革委以…为引领, 县政府对…; not 为,
# which opens a name of its own: 为民办实事工程)
_PREPOSITIONS = frozenset("以对把将在从向由")
_WORK_SYSTEM = re.compile(r"工作(?:责任制|机制|制度)")     # after a head: 普法|工作责任制
# a quoted name's responsibility system written after 的 (落实“谁执法谁普法”的普法责任制: the
# system 中办、国办 named in 2017, 关于实行国家机关“谁执法谁普法”普法责任制的意见)
_SYSTEM_AFTER_DE = re.compile(r"的((?:普法)?(?:工作)?责任制)")
# a campaign run over years, after its head: 专项整治三年行动, 攻坚两年行动
_YEARS_ACTION = re.compile(r"[一二三四五两]年(?:攻坚)?行动")
# a service brought within a travel time of everyone, the name of its network (打造15分钟政务
# 服务圈, 构建半小时公共法律服务圈): named so whether quoted or not
# (its first numeral is matched first, then what stands before it: ``kg.extract.patterns``)
_TIME_CIRCLE = re.compile(r"[\d一二三四五六七八九十半](?<![\d.].)(?:(?<=\d)\d{0,2}|(?<!\d)[一二三四五六七八九十半]{0,2})"
                          r"(?:分钟|小时)[\u4e00-\u9fff]{2,10}?圈")
# a count (3个, 两个: not 一个, which opens slogans) inside the words before a head: where
# a name cannot run across (市场准入、投资项目两个重点领域行政审批制度改革)
# (in figures only before 项: 三项制度 is the name of the three systems); a rough count too
# (20余项, 10个左右国家级…示范地区)
_FIGURE_COUNT = re.compile(r"(?:\d+\s*[余多]?\s*[个项家]|[两三四五六七八九十]+\s*[个家])(?:左右|以上)?")
# the fields a programme is carried out in, before its name (重点领域行政审批制度改革)
_FIELD_LEAD = re.compile(r"(?:重点|关键|重要|相关|各)领域")
# 聚焦服务…, 围绕服务保障…: after a verb of focus, 服务 is the goal's verb, not the name's word
_FOCUSING = ("聚焦", "围绕", "紧扣", "紧盯", "着眼", "助力", "主动", "积极")
_SERVING = re.compile(r"服务(?:保障|于)?(?!型)")
# a head right before a unit names a kind of that unit (省直管试点县, 试点村)
_UNITS = "县市区镇乡村"
# the level that awards a demonstration title: no part of the programme's name
_AWARDING_LEVEL = re.compile(r"^(?:全国|国家级)")
# what may follow a head that is a verb and still end a name (示范县争创工作)
_WORK_AFTER_VERB_HEAD = ("工作", "活动", "行动")
# an awarded project's name: words and quotation marks, no figure, list or 等
_PROJECT_NAME = re.compile(r"(?![等的和及与])[\u4e00-\u9fff“”\"]+(?<![等])")
# a division's level word ending what stands before the verb: the place that won the title
# (古美路街道获评…示范项目, a street the gazetteer names 古美街道), no project
_PLACE_ENDS = (*LEVEL_CHARS, "街道", "村", "社区")
# a project written after its kind (单项示范项目“行政复议规范化建设”): the quoted name is its own
_LABELLED_PROJECT = re.compile(r'[\u4e00-\u9fff]{0,8}(?:项目|案例)([“"][^“”"]+[”"])')


@dataclass(frozen=True)
class InitiativeGrammar:
    heads: tuple[str, ...]
    variants: tuple[tuple[re.Pattern, str], ...]   # 法治政府建设示范县创建 → …示范创建
    variant_tail: re.Pattern               # a national programme's variant ending a name
    head_after: re.Pattern
    stacked_head: re.Pattern               # 服务品牌: a head right after a common one
    strong: re.Pattern
    boundaries: frozenset[str]
    national: re.Pattern
    not_initiative: frozenset[str]
    modes: frozenset[str]                  # “线上+线下”: the modes of any work
    measure_words: frozenset[str]
    count_heads: tuple[str, ...]           # “十件实事”制度: a quantity named a programme
    generic_heads: tuple[str, ...]
    closing_heads: frozenset[str]          # 监管模式: a head that closes one before it
    national_names: frozenset[str]
    group_head: re.Pattern                 # 三项改革: counts the names before it
    verb_endings: tuple[str, ...]          # 积极开展 ends with a boundary verb
    boundary_lead: re.Pattern              # a boundary word of two or more characters first
    listed_head: re.Pattern                # “万人助万企”“法治体检”等活动: 等 + a head
    generic_stems: frozenset[str]
    fields: tuple[str, ...]               # 改革发展: a field of work, no programme
    event_in: re.Pattern                  # …建设研讨会: a meeting's topic, no programme
    compounds: tuple[str, ...]            # those, and 改革方案: a head inside a longer phrase
    compound_leads: tuple[str, ...]       # 发展改革: a field, not a programme
    reformed_fields: tuple[str, ...]      # 生态环境领域改革, 法治改革: a field's reforms
    bodies: tuple[str, ...]               # 机构改革领导小组, 主题教育办: a body running it
    pivot_verbs: re.Pattern               # 指导X开展…: X is the actor
    count_lead: re.Pattern                # 两轮, 第一批, 新一轮: a count before a name
    demonstration: re.Pattern             # 示范村(社区), 示范县: a title a programme awards
    applying_for: tuple[str, ...]          # 申报…示范市: where the title's words start
    rejected_by: re.Pattern                # 杜绝“一刀切”: a fault, not a programme
    carried_out_by: tuple[str, ...]        # 开展“…活动”: a quoted name with a common head
    carried_stem: int                      # the fewest characters before that head
    sequence_name: re.Pattern              # “先证后核”: two steps of a procedure reordered
    one_governs: re.Pattern                # “一支队伍管执法”: one body or tool governs a field
    bare_endings: tuple[str, ...]          # “不见面审批”: a quoted name without a head
    listed_endings: tuple[str, ...]        # “马上办、网上办、就近办”: one reform
    bare_tail: re.Pattern                  # “点菜式”放权: an ending of two or more characters
    awarded: re.Pattern                    # 获评…示范项目: the clause before names a project
    event_after: re.Pattern                # “线上+线下”执法岗位培训班: how a course is held
    channel_after: re.Pattern              # “九龙发布”等媒体: a channel, no programme
    aim_after: re.Pattern                  # “两高三新”目标, “五老”人员: an aim or people, no programme
    aims: tuple[str, ...]                  # “三大定位”, “五老人员”: the same inside the quotes
    manner_adverbs: frozenset[str]         # 大力宣传…: the word after one is its verb
    seasons: frozenset[str]                # 根治欠薪冬季专项行动: a time word inside a name
    strong_firsts: frozenset[str]          # the characters a strong head opens with
    strong_heads: tuple[str, ...]          # (the same heads, to test a name's ending)
    campaign_kinds: frozenset[str]         # 整治 of 专项整治: a head that ends a longer one
    paired_heads: tuple[str, ...]          # 提升行动: a head whose verb pairs with the one before
    raising_verbs: frozenset[str]          # 提升|专项行动: a verb of the name before a campaign's head
    raising_heads: tuple[str, ...]
    theme_short_names: frozenset[str]      # 主题教育: a campaign named by its theme, written short
    topic_heads: tuple[str, ...]           # 宣传月: a verb alone before it names the campaign (禁毒)
    special_heads: tuple[str, ...]         # 专项行动: so does one before it (严打, 治超)
    common_acts: frozenset[str]            # 检查专项行动: but not an act every body does
    people: tuple[str, ...]                # “蒲公英”普法志愿者: a team of people after the head
    works_fields: frozenset[str]           # 交通工程, 水利工程: the works a field builds
    joining_words: frozenset[str]          # 衔接: a name ending so runs across 与 (A与B衔接改革)
    carried_to: re.Pattern                 # 进校园活动: a campaign taking the law to a place


@lru_cache(maxsize=1)
def grammar() -> InitiativeGrammar:
    data = json.loads(resources.files("kg.data").joinpath("initiative_grammar.json")
                      .read_text("utf-8"))
    heads = tuple(sorted(data["heads"], key=len, reverse=True))
    alt = alternation(heads)
    long_boundaries = tuple(b for b in data["boundaries"] if len(b) >= 2)

    return InitiativeGrammar(
        heads,
        tuple((re.compile(pattern), name) for name, pattern in data["national_variants"]),
        re.compile("(?:" + "|".join(p for _, p in data["national_variants"]) + ")$"),
        # (no 的 between: “十四五”规划的攻坚之年 is no programme)
        re.compile(rf"(?![{''.join(_FUNCTION_START)}])(?:(?!的)[\u4e00-\u9fff+]){{0,6}}?"
                   rf"(?:{alt})(?:活动|行动)?"),
        re.compile(alt),
        words_regex(data["strong_heads"]),
        frozenset(data["boundaries"]),
        words_regex(data["national"]),
        frozenset(data["not_initiative"]), frozenset(data["modes"]),
        frozenset(data["measure_words"]),
        tuple(data["count_heads"]),
        tuple(data["generic_heads"]), frozenset(data["closing_heads"]),
        frozenset(data["national"]),
        re.compile(data["group_head"]),
        long_boundaries,
        re.compile(alternation(long_boundaries)),
        # (等专项行动, 等实践活动; 等专项执法行动: a campaign's kind, then what it does)
        re.compile(rf"等((?:专项)?[\u4e00-\u9fff]{{0,2}}?)({alt})"),
        frozenset(data["generic_stems"]),
        tuple(data["fields"]), re.compile(alternation(data["events"])), (*data["fields"], *data["compounds"]),
        tuple(data["compound_leads"]), tuple(data["reformed_fields"]), tuple(data["bodies"]),
        words_regex(data["pivot_verbs"]),
        re.compile(rf"(?:第?[{_COUNTING}]+|首|新一)[{''.join(data['measure_words'])}]"),
        # (示范村（社区）: a page may write its brackets full-width)
        words_regex([*data["demonstration_units"],
                     *(u.translate(_FULL_WIDTH_BRACKETS) for u in data["demonstration_units"])]),
        tuple(data["applying_for"]),
        # (摒弃主观臆断与“一言堂”: the fault may be the last of a pair)
        re.compile(rf"(?:{alternation(data['rejected_by'])})"
                   rf"(?:[^，,。；;：:“”\"]{{0,6}}[与和、及或])?的?$"),
        tuple(v + tail for v in data["carried_out_by"] for tail in ("", "了")), data["carried_stem"],
        re.compile(data["sequence_name"]),
        re.compile(data["one_governs"]),
        tuple(data["bare_endings"]), tuple(data["listed_endings"]),
        re.compile(alternation([e for e in data["bare_endings"] if len(e) >= 2])),
        re.compile(rf"(?:{alternation(data['awarded'][0])})了?[“\"]?[^，,。；;：:\n“”]{{0,24}}?"
                   rf"{re.escape(data['awarded'][1])}[”\"]?"),
        re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{alternation(data['events'])})"),
        re.compile(rf"等?(?:微信|政务|新闻|新|融)?(?:{alternation(data['channels'])})"),
        # (a group of people is read as an aim is: no programme, see _people)
        re.compile(alternation([*data["aims"], *data["people"]])), (*data["aims"], *data["people"]),
        frozenset(data["manner_adverbs"]), frozenset(data["seasons"]),
        frozenset(h[0] for h in data["strong_heads"]), tuple(data["strong_heads"]),
        # (a head that ends a longer campaign's head is a kind of campaign, no name of one:
        # 整治 of 专项整治 and 集中整治, 攻坚 of 百日攻坚; not 普法 of 普法责任制, a field)
        frozenset(h for h in data["heads"] if any(s != h and s.endswith(h) for s in data["strong_heads"])),
        tuple(data["paired_heads"]), frozenset(data["raising_verbs"]), tuple(data["raising_heads"]),
        frozenset(data["theme_short_names"]), tuple(data["topic_heads"]),
        tuple(data["special_heads"]), frozenset(data["common_acts"]), tuple(data["people"]),
        frozenset(data["works_fields"]), frozenset(data["joining_words"]),
        re.compile(rf"[进下](?:{(places := alternation(data['law_destinations']))})(?:、进(?:{places}))*"
                   r"(?:主题|系列|宣传|普法|集中)?活动"))


def canonical_name(name: str, own_scope: bool = False) -> str:
    name = re.sub(r"[“”\"「」『』‘’]", "", ascii_digits(name)).replace("（", "(").replace("）", ")")
    gr = grammar()
    if name not in gr.national_names:      # 全省通办 is a name, 全省机构改革 is not
        bare = (_YEARS_ONLY if own_scope else _LEADING_TIME).sub("", name)
        # (全市通办, 全县通办: a scope before a two-character stem is part of the name)
        name = name if len(bare) <= 2 and name.startswith("全") else bare
    name = _SLOGAN_MARKS.sub("", name).strip()
    day = _DOTTED_DAY.match(name)
    if day and len(name) - day.end() >= 3:
        name = name[day.end():]         # “12·4宪法宣传周”: the day it is held on, as unquoted
    if not gr.variant_tail.fullmatch(name):         # (all the variants at once: most names are none)
        return name
    return next((canonical for pattern, canonical in gr.variants if pattern.fullmatch(name)), name)


def without_level(name: str) -> str:
    """The programme without the level or scope that runs it (省级示范创建, 县机构改革,
    全镇综合执法改革: the 示范创建, the 机构改革 of a province or county, the 综合执法改革
    across a township): 市场监管改革 keeps its 市场."""
    m = _LEVEL.match(name)
    if m and len(name) - m.end() >= 4 and words.whole_words(name, 0, m.end()):
        return name[m.end():]
    return name


def verbs_only(stem: str) -> bool:
    """The words before a head are verbs and nothing else (加大, 要加大): no name. The
    stem is segmented only when a verb opens it and one ends it."""
    if words.tag(stem) == "v":
        return True
    ends = range(1, min(len(stem), 4))
    if not (any(words.tag(stem[:k]) == "v" for k in ends) and
            any(words.tag(stem[-k:]) == "v" for k in ends)):
        return False                    # it neither opens nor ends with a verb
    return all(words.tag(w) == "v" for w in words.cut(stem))


@lru_cache(maxsize=1)
def _head_set() -> frozenset[str]:
    """The heads as one set, to find the longest a name ends with."""
    return frozenset(grammar().heads)


@lru_cache(maxsize=1)
def _generic_endings() -> tuple[str, ...]:
    """The generic stems as one tuple, for a quick str.endswith."""
    return tuple(grammar().generic_stems)


def modifiers_only(stem: str) -> bool:
    """The words before a head are adverbs or distinguishing words and nothing else (英德市、
    阳山县|相继|试点, 分别|试点, 作为全省|唯一|试点): how or which, no name."""
    return all(words.tag(w) in ("d", "b") for w in words.cut(stem))


def ranked_lead(text: str, quote_start: int, name: str, gr: InitiativeGrammar) -> int | None:
    """Where the words naming a quoted rank start (营商环境优化提升“一号改革工程”: the reform
    ranked first, 一号, is the one the words before the quotation name, its verbs of raising
    too); None for no rank with a head of its own, or no name's words before it."""
    if len(name) < 4 or name[0] not in _NUMERAL or name[1] != "号" or not name.endswith(gr.heads) \
            or name.endswith(gr.generic_heads):
        return None
    pos = quote_start
    pieces = list(words.cut(text[max(quote_start - 12, 0):quote_start]))
    while pieces and pieces[-1] in gr.raising_verbs:
        pos -= len(pieces.pop())
    start = left_edge(text, pos, gr)
    if start is None or start >= pos or counts(text[start:pos], gr):
        return None             # (三个“一号工程”: a count of them, Zhejiang's three)
    return start


def place_only(stem: str) -> bool:
    """The words before a head are a place's name without its level word (…改革落地荣昌试点:
    the pilot a reform has in 荣昌区), not an everyday word that is also one (平安建设), or
    with it, the place acting (其中灵丘县试点“容缺受理”: the county pilots it)."""
    g = gazetteer.load()
    if stem in g.by_stem:
        return stem not in gazetteer.word_stems()
    # (a township's name, found in running text only near its county: 挂甲寺街道试点)
    return stem in g.by_name or g.named_whole(stem) is not None


def past_listed_region(text: str, start: int, head_start: int, places: dict[int, int]) -> int:
    """Where a name starts that opens with the last of a list of regions (巴彦浩特镇、
    吉兰泰镇综合行政执法改革): after that region, the list being the places that carry the
    reform out, not a word of its name (one region alone may own it: 河南省…示范县创建行动).
    ``places``: each region mention's start → its end."""
    end = places.get(start)
    if end is None or head_start - end < 2 or text[start - 1:start] != "、" or \
            start - 1 not in places.values():
        return start
    return end


@lru_cache(maxsize=1)
def _counted_end() -> re.Pattern:
    """``group_head`` at the end of the words before a head, not at their start."""
    return re.compile(grammar().group_head.pattern.removeprefix("^") + "$")


def counted_last(stem: str) -> bool:
    """The words before a head end with a count of its kind (蓝天、碧水、净土、清废|四大|攻坚战):
    the things listed before the count, none of them named so."""
    return _counted_end().search(stem) is not None


def verb_then_generic(stem: str, gr: InitiativeGrammar) -> bool:
    """The words before a head are one verb and a generic stem (突出|主体工程, 抓好|重点工程):
    a duty's words, no name."""
    return stem.endswith(_generic_endings()) and any(
        stem[-k:] in gr.generic_stems and words.tag(stem[:-k]) == "v"
        for k in range(len(stem) - 1, 0, -1))


def works_of_a_field(name: str, stem: str, gr: InitiativeGrammar) -> bool:
    """交通工程, 修订交通建设工程: the works a field builds (``works_fields``), after one
    verb at most, no programme (a field's reform or campaign is one: 电力体制改革)."""
    return name.endswith("工程") and any(
        stem.endswith(f) and (len(f) == len(stem) or words.tag(stem[:-len(f)]) == "v")
        for f in gr.works_fields)


def without_awarder(title: str) -> str:
    """A demonstration title without who awards it, a level (全国, 省级) or a region (江苏省
    依法治校示范校 is the province's award of the programme's title)."""
    title = without_level(_AWARDING_LEVEL.sub("", title))
    region = gazetteer.load().leading(title)
    return title[region.end:] if region and len(title) - region.end >= 4 else title


def counts(name: str, gr: InitiativeGrammar) -> bool:
    """A number of things, not a name: a count and a measure word before at most two
    characters (四个重点, 十一个坚持; 一次都不跑 is a name); or a statistic's trend (两降四升,
    十一连降: figures that fell and rose); or a standard met so many times (三到位)."""
    if _TREND.match(name) or _IN_PLACE.match(name):
        return True
    digits = len(name) - len(name.lstrip(_COUNTING))
    return 0 < digits < len(name) and name[digits] in gr.measure_words and \
        len(name) - digits - 1 <= 2


def instructed(name: str, gr: InitiativeGrammar) -> int:
    """How many characters of a quoted name are the verb of an instruction before its
    object (“推进行政审批制度改革”: 推进), or 0."""
    lead = gr.boundary_lead.match(name)          # (segmented only when one may be)
    if lead and len(name) - lead.end() >= 4 and words.tag(lead.group()) == "v" \
            and words.cut(name)[0] == lead.group():
        return lead.end()
    return 0


def compound_after(text: str, pos: int, gr: InitiativeGrammar) -> bool:
    """The head ending at ``pos`` begins a longer phrase (改革方案, 示范创建工作任务: the
    work's tasks), not the end of a programme's name."""
    return text.startswith(gr.compounds, pos) or \
        (text.startswith("工作", pos) and text.startswith(gr.compounds, pos + 2)) or run_by(text, pos, gr)


def run_by(text: str, pos: int, gr: InitiativeGrammar) -> bool:
    """The name ending at ``pos`` is that of the body running the work (县机构改革领导小组,
    示范创建工作专班, 省委主题教育办), not the work's; 办 only as a word of its own (not
    主题教育|办实事)."""
    if text.startswith("工作", pos):
        pos += 2
    body = next((b for b in gr.bodies if text.startswith(b, pos)), None)
    return body is not None and (len(body) > 1 or words.whole_words(text, pos, pos + 1))


def not_a_name(name: str, gr: InitiativeGrammar) -> bool:
    """A quoted phrase of a shape that names no programme (``not_initiative``), or modes of
    work joined by + (“书面+现场”述法方式), the work written after each (“现场述法+书面述法”),
    or an anniversary, whatever is held for it (“十五周年”系列活动)."""
    if name.replace("、", "") in gr.not_initiative or _ANNIVERSARY.match(name):
        return True
    if "+" not in name:
        return False
    parts = name.split("+")
    shared = os.path.commonprefix([p[::-1] for p in parts])[::-1]
    return all(p[:len(p) - len(shared)] in gr.modes for p in parts)


def slogan_inside(name: str, gr: InitiativeGrammar) -> bool:
    """A quoted name with its slogan quoted inside (“蒙城县‘5+N’矛盾化解会商机制”): it ends
    in a head, and only its region's full name, or nothing, stands before the slogan (in
    “全面实施‘法治立局’战略” a verb does: words about the name, which is inside)."""
    before = name[:name.index("‘")]
    region = gazetteer.load().leading_full(before) if before else None
    return name.endswith(gr.heads) and (not before or (region is not None and region.surface == before))


def plausible_bare(name: str, gr: InitiativeGrammar, carried: bool = False) -> bool:
    """A quoted name with no head: kept when its shape is that of a programme name, or,
    ``carried`` out by the verb before it, when it ends with a common head."""
    if not_a_name(name, gr) or not _CJK.search(name):
        return False
    if words.tag(name) == "i" and name not in gr.national_names:
        return False            # 激活基层治理“一池春水”: an idiom (成语), a figure of speech
    year = _YEAR_AFTER.search(name)
    if year and year.start() >= 2:
        return plausible_bare(name[:year.start()], gr, carried)    # “清废行动2022”: that year's round
    items = name.split("、")
    if len(items) >= 3 and all(2 < len(i) <= 5 and i.endswith(gr.listed_endings) for i in items):
        return True             # “马上办、网上办、就近办”: the ways a service is now given, one reform
    if len(items) >= 3 or re.search(r"[，,。；：:]", name):
        return False
    if len(items) == 2 and items[0] != items[1] and sorted(items[0]) == sorted(items[1]):
        return False            # “一把手抓、抓一把手”: a maxim that turns its words round
    if len(name) > 12:
        # (a long quotation is a name only by its head, of one thing: “…托管服务试点项目”,
        # not “规范行政裁量权基准制度和管理制度”)
        return len(items) == 1 and name.endswith(gr.heads) and \
            not name.endswith(gr.generic_heads) and not re.search(r"[和与及并]", name)
    if name[0] in _NUMERAL:
        if gr.one_governs.match(name):
            return carried       # 推行“一支队伍管执法”: a count, then what the one thing governs,
                                 # carried out (逐步实现“…”: an aim)
        if len(name) >= 4 and bare_ending(name, gr):
            return True          # “一次不用跑”, “31证合一”: a service reform, not a count
        numerals = sum(c in _NUMERAL for c in name)
        if numerals == len(name):
            return False         # 十三五: a period; “三三三”工作机制 has its head
        if name.endswith("化"):
            return False         # “一体化”协作: a process (-ization), no programme
        # (“五步决策闭环机制”: a number of steps, then a system's own head; not a rank,
        # “一号改革工程”, which the words before the quotation name)
        own_head = name.endswith(gr.heads) and not name.endswith(gr.generic_heads) and name[1] != "号"
        return len(name) > 2 and name[1] not in gr.measure_words and \
            (numerals >= 2 or len(name) <= 5 or own_head)
    named = _DOT.split(name, 1)
    if len(named) == 2:
        # “法治讲堂·逢九必讲”: a name with its own head, then its motto after the dot
        return named[0].endswith(gr.heads) and plausible_bare(named[0], gr) and bool(_CJK.search(named[1]))
    common = next((h for h in gr.generic_heads if name.endswith(h)), "")
    heads = _head_set()
    head = next((name[-k:] for k in range(len(name) - 1, 0, -1) if name[-k:] in heads), "") \
        if name.endswith(gr.heads) else ""
    if head and len(head) < len(name) <= len(head) + 2 and verbs_only(name[:-len(head)]):
        return False            # “进项目”, one of the 五进's places: a verb and its object
                                # (not a campaign's four verbs: “补短迎考攻坚行动”)
    return ((head and not common) or "+" in name
            or bare_ending(name, gr) or bool(gr.sequence_name.match(name))
            or (carried and bool(common) and len(name) - len(common) >= gr.carried_stem))


def bare_ending(name: str, gr: InitiativeGrammar) -> bool:
    """The name ends as a quoted programme may without a head (``bare_endings``); an ending
    of one character as a word of its own or the end of a longer one (积分|制, 攻坚战), not of
    an everyday word of two (“体制”, “挑战”)."""
    ending = next((e for e in gr.bare_endings if name.endswith(e)), None)
    if ending is None or len(ending) > 1:
        return ending is not None
    last = words.cut(name)[-1]
    return len(last) == 1 or len(last) >= 3


def unsegmented(pieces: tuple[str, ...], i: int, gr: InitiativeGrammar) -> bool:
    """A one-character pronoun jieba left between single characters it found no word
    for (降/本/减负: 降本, cutting costs), not one that opens a phrase (对/本/单位)."""
    w = pieces[i]
    return len(w) == 1 and i > 0 and len(pieces[i - 1]) == 1 and pieces[i - 1] not in gr.boundaries \
        and words.tag(pieces[i - 1]) not in words.FUNCTION_TAGS


def guessed_into_word(pieces: tuple[str, ...], i: int) -> bool:
    """A word of one character that opens a run of single characters jieba's dictionary
    has no word for, which jieba's guessing joins with the next (对/标: 对标; not 在/省, 和/综/改
    guessed 和/综改): a word newer than the dictionary, not a function word."""
    if len(pieces[i]) != 1:
        return False
    end = i
    while end + 1 < len(pieces) and len(pieces[end + 1]) == 1:
        end += 1
    return end > i and len(words.guessed("".join(pieces[i:end + 1]))[0]) > 1


def left_edge(text: str, head_start: int, gr: InitiativeGrammar, window: int = 18,
              verbs_end: bool = False) -> int | None:
    """Where an unquoted name ending at a head starts: walk back over whole words until
    a boundary word, punctuation or the window's end (or, with ``verbs_end``, any verb:
    成功创建|国家食品安全示范城市)."""
    lo = head_start
    while lo > 0 and lo > head_start - window:
        levels = _LEVELS_BRACKET.search(text, max(lo - 8, 0), lo) if text[lo - 1] in ")）" else None
        if levels:                          # 法治县（市、区）: the levels it covers
            lo = levels.start()
        elif _NAME_CHAR.match(text[lo - 1]):
            lo -= 1
        else:
            break
    pieces = words.cut(text[lo:head_start])
    start = head_start
    verbs = 1                               # the verbs of raising last before the head
    if len(pieces) > 2 and pieces[-1] in gr.raising_verbs and pieces[-2] in gr.raising_verbs:
        verbs = 2                           # 营商环境|优化|提升|专项行动: both the name's
    for i in range(len(pieces) - 1, -1, -1):
        w = pieces[i]
        tag = words.tag(w)
        if i >= len(pieces) - verbs and i > 0 and (tag == "v" or w in gr.boundaries) and \
                paired_verb(text, head_start, w, pieces[len(pieces) - verbs - 1], gr):
            start -= len(w)
            continue                        # 营商环境优化|提升行动: two verbs, one action;
                                            # 执法能力|提升|专项行动: what is raised, then how
        if w in _PAIR_JOINERS and 0 < i < len(pieces) - 2 and \
                not gr.joining_words.isdisjoint(pieces[max(i + 2, len(pieces) - 2):]) and \
                pieces[i - 1] not in gr.boundaries and words.tag(pieces[i - 1]) not in words.FUNCTION_TAGS:
            start -= len(w)
            continue                        # 环评|与|排污许可|衔接|(改革): the pair one of the last two
                                            # words joins (…衔接|机制|改革)
        if (w in gr.boundaries or tag in words.FUNCTION_TAGS) and guessed_into_word(pieces, i):
            start -= len(w)
            continue                        # 营商环境|对|标|提升: 对标, a word newer than jieba's
                                            # dictionary, no preposition
        if w in gr.boundaries or w in gr.manner_adverbs or (len(w) > 2 and w.endswith(gr.verb_endings)) or \
                (tag in words.FUNCTION_TAGS and w not in gr.seasons and not unsegmented(pieces, i, gr)) or \
                (verbs_end and tag == "v") or (i == len(pieces) - 1 and len(w) == 1 and tag == "v"
                                               and i > 0 and len(pieces[i - 1]) > 1):
            # (a verb of one character after a whole word, right before the head, takes it
            # as its object: 运用法治方式|抓|改革, no name; 综|改|试验区: an abbreviation's
            # characters, jieba finding no word)
            if w in gr.manner_adverbs and i + 2 < len(pieces):
                return start + len(pieces[i + 1])      # 大力宣传|数字化改革: past its verb
            if w in gr.raising_verbs and text.startswith(gr.raising_heads, head_start) and \
                    i < len(pieces) - 1 and not verbs_only("".join(pieces[i + 1:])):
                return start - len(w)       # 开展|优化|营商环境|攻坚行动: the verb raises what
                                            # follows it, the campaign's own words (提升|改造|工程:
                                            # no words, a verb)
            return start
        start -= len(w)
    if start == lo > 1 and text[lo - 1] == "\n" and words.is_word(text[lo - 2] + text[lo]):
        return None     # 年度行\n政复议体制改革: a line a title's wrap cut inside a word (行政)
    # ran out of window inside a run of name characters: no clear left edge
    return start if lo == 0 or not _NAME_CHAR.match(text[lo - 1]) else None


def paired_verb(text: str, head_start: int, verb: str, before: str, gr: InitiativeGrammar) -> bool:
    """The verb right before a head whose own verb pairs with it (``paired_heads``) is the
    name's, the two one action, where a word of the name stands before it (营商环境|优化|
    提升行动, 示范创建|巩固|提升行动; not 开展|提升行动, whose verb opens the clause); so is a
    verb of raising before a campaign's head (执法能力|提升|专项行动: ``raising_verbs``)."""
    return (text.startswith(gr.paired_heads, head_start) or
            (verb in gr.raising_verbs and text.startswith(gr.raising_heads, head_start))) \
        and before not in gr.boundaries and words.tag(before) not in words.FUNCTION_TAGS


def after_count(text: str, start: int, head_start: int, gr: InitiativeGrammar) -> int:
    """Where a name starting at ``start`` begins after a count that opens it (两轮, 第一批,
    首批: how many, which round; 上海市第一批: the round of the region that awards it), or
    after a count inside the words before it (江西省3个综合示范创建地区之一: three areas of
    the programme; 推出12项改革: twelve reforms, none named; …卫生院3家法治医院创建试点单位:
    three units of the pilot), if one does."""
    counted = gr.count_lead.match(text, start, head_start)
    if not counted and gr.count_lead.search(text, start, head_start):   # (rare: look only then)
        region = gazetteer.load().leading(text[start:head_start])
        counted = gr.count_lead.match(text, start + region.end, head_start) if region else None
    start = counted.end() if counted else start
    if any(text.find(c, start, head_start) >= 0 for c in "个项家"):
        # (a count is rare: look only then)
        for m in _FIGURE_COUNT.finditer(text, start, head_start):
            start = m.end()
    return start


def name_and_stem(text: str, start: int, head_start: int, end: int) -> tuple[str, str]:
    """The name from ``start`` to ``end`` without a time that opens it (2023年, 今年), and
    what of it stands before its head (which starts at ``head_start``)."""
    name = _LEADING_TIME.sub("", text[start:end])
    return name, name[: len(name) - (end - head_start)]


@lru_cache(maxsize=1)
def _document_verbs() -> frozenset[str]:
    """The verbs of making and publishing a document (the regulations' grammar), which end a
    clause's actor, never a field's words."""
    return frozenset((*regulation_grammar().verbs, *PUBLISHING_VERBS))


def field_before(text: str, quote: int, gr: InitiativeGrammar) -> int | None:
    """Where the words of the field a quoted name serves start, right before its opening
    mark (行政执法“三项制度”, 政务服务“一张网”, 法治示范校“一校一品”建设: the name as the
    text writes it, GUIDELINES' 行政执法“三项制度”, whose canonical name is the quoted one's);
    None where a verb, a mark or a level stands there, or a name of its own ends there."""
    start = left_edge(text, quote, gr, window=8)
    if start is None or quote - start < 2 or text[start - 1:start] in _JOINERS:
        return None         # (坚持和发展新时代“枫桥经验”: a verb after 和, its pair's;
                            # …、中心组学习会“四会”: the last of the things counted)
    level = _LEVEL.match(text[start:quote])
    if level:               # 在省政务服务“一张网”: the level that runs it, no word of the field
        start += level.end()
    field = text[start:quote]
    pieces = words.cut(field)
    if len(pieces) < 2 or not _HAN_ONLY.fullmatch(field) or any(h in field for h in gr.strong_heads) \
            or words.tag(pieces[0]) in ("v", "i") or pieces[0] in gr.manner_adverbs \
            or pieces[-1] in _document_verbs():
        return None         # (推出“一证即办”: the clause's verb, the name its object; one word
                            # alone is as often a verb or a manner, 设置, 线下, as a field;
                            # 市县两级公布“最多跑一趟”事项清单: the verb that publishes it;
                            # 全力守护“三品一特”: a manner, then its verb)
    return start


def verb_before_head(words_after: str, gr: InitiativeGrammar) -> bool:
    """The words between a quoted name and the head after it hold a verb that ends a name
    (``boundaries``: 开展, 进行), the head its object, not the name's (but a verb of raising
    is the name's: “…”能力提升行动)."""
    bare = re.sub("(?:活动|行动)$", "", words_after)
    head = max((h for h in gr.heads if bare.endswith(h)), key=len, default="")
    before = bare[:len(bare) - len(head)]
    return any(b.group() not in gr.raising_verbs for b in gr.boundary_lead.finditer(before, 1)) or \
        any(before.find(v, 1) >= 0 for v in gr.carried_out_by)


def second_head(name: str, head: str, gr: InitiativeGrammar) -> bool:
    """活动 or 工作 after a name that has its head already (宪法宣传周活动): no part of it;
    after a name that is a head and nothing else (主题教育活动), it is. So is 建设 after a
    project (“雪亮工程”建设: the project is built, its name is 雪亮工程)."""
    return name.endswith(gr.heads) and name not in gr.heads and \
        (head in ("活动", "工作") or (head == "建设" and name.endswith("工程")))


def list_start(text: str, deng: int, gr: InitiativeGrammar, window: int = 30) -> int | None:
    """Where the list ending at ``deng`` (its 等) starts: after the last verb before it
    (开展道路交通安全和运输执法等领域…), the list being names joined by 、 and 和."""
    lo = max(deng - window, 0)
    at = ((text.rfind(v, lo, deng), v) for v in gr.verb_endings)
    start = max((i + len(v) for i, v in at if i >= 0), default=-1)
    if start < 0 or deng - start < 2 or not _LISTED.fullmatch(text, start, deng):
        return None
    return start


@Language.factory("kg_initiatives")
def make_initiatives(nlp: Language, name: str):
    return InitiativeRecognizer()


class InitiativeRecognizer:
    def __init__(self) -> None:
        """Loads its data now, not on the first report: worker processes forked after
        the pipeline is built share it."""
        grammar()
        words.load()

    def __call__(self, doc: Doc) -> Doc:
        gr = grammar()
        text = text_of(doc)
        taken = Cover([(s.start_char, s.end_char) for s in mentions(doc)
                       if s.label_ in ("Regulation", "Agency")])
        # a law's or a regulation's title (…法, …条例) names the field it governs, no programme
        # carried out (《中华人民共和国乡村振兴促进法》 is no 乡村振兴; a government's …实施办法
        # may carry one out): there a national name is held too
        names_nothing_done = Cover([
            (s.start_char, s.end_char) for s in mentions(doc) if s.label_ == "Agency"
            or (s.label_ == "Regulation" and (law_name(s.kb_id_) or s.kb_id_.endswith("条例")))])
        quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
        # the title a project won, quoted (被命名为“全国法治政府建设示范项目”), names no
        # programme: the project before the verb is the one named (awarded_projects)
        awarded = list(gr.awarded.finditer(text))
        awards = Cover([m.span() for m in awarded])
        found = [f for f in self.quoted(text, gr) if not awards.holds(f[0], f[1])]
        # a demonstration title quoted on its own (获得“全省法治政府建设示范县”命名) names
        # its programme too, where the quotation was no name of its own
        named = Cover(found)
        found += [f for f in self.demonstrations(text, gr) if not named.holds(f[0], f[1])]
        inside = Cover(quotes + found)
        # a project quoted whole (“以一流营商环境护航高质量发展”被命名为…示范项目) is
        # named by the quotation, not held inside one
        whole, known = set(quotes), Cover(found)
        found += [f for f in self.awarded_projects(doc, gr, awarded)
                  if not (known if (f[0], f[1]) in whole else inside).holds(f[0], f[1])]
        circles = Cover(found)
        found += [(m.start(), m.end(), canonical_name(m.group())) for m in _TIME_CIRCLE.finditer(text)
                  if not circles.holds(m.start(), m.end())]
        places = region_ends(doc)
        # (each character of a body's name → where the name ends)
        bodies = {p: s.end_char for s in mentions(doc) if s.label_ == "Agency"
                  for p in range(s.start_char, s.end_char)}
        unquoted, shorts = self.unquoted(text, gr, places, bodies)
        # (在向塘镇试点: no name starts inside a place's, which jieba may cut, 向 a preposition)
        in_places = {p for s, e in places.items() for p in range(s + 1, e)}
        found += [f for f in unquoted if f[0] not in in_places
                  and not (inside.holds(f[0], f[0] + 1) or inside.holds(f[1] - 1, f[1]))]
        before = Cover(found)
        for m in gr.national.finditer(text):
            if not before.holds(m.start(), m.start() + 1) and not run_by(text, m.end(), gr):
                # inside a title (《…府院联动工作机制》) the name alone, the title has the rest
                national = (m.start(), m.end(), canonical_name(m.group())) \
                    if taken.holds(m.start(), m.end()) else self.with_head(text, m, gr)
                # 简政放权、放管结合、优化服务改革: the whole name, not its last part alone,
                # its head's too (一件事一次办改革, not 事一次办改革 beside it)
                found = [f for f in found if not (national[0] <= f[0] and f[1] <= national[1])]
                found.append(national)
        found += self.siblings(text, found, gr)
        found += self.short_forms(shorts, found)
        names = {c for _, _, c in found}
        occupied: set[int] | None = None        # (every name's characters, made when asked)
        for start, end, canonical in found:
            # a national programme keeps its name inside a title (《关于深化放管服改革…》)
            inside_of = names_nothing_done if canonical in gr.national_names else taken
            # a bare “双随机、一公开” names the same thing as “双随机、一公开”监管 elsewhere;
            # with heads one inside another (“谁执法谁普法”责任制, …普法责任制), the fullest
            longer = [n for n in names if n != canonical and n.startswith(canonical)
                      and n[len(canonical):] in gr.heads]
            fullest = max(longer, key=len) if longer else ""
            if fullest and all(fullest.endswith(n[len(canonical):]) for n in longer):
                canonical = fullest
            # “三书一函”机制 where the report writes “三书一函”工作机制 too: the system of that
            # work, one system, by its fuller name
            # (whichever head it ends with: 府院联动机制 ends 联动机制 and 机制)
            canonical = next((fuller for h in gr.heads if canonical.endswith(h) and len(h) < len(canonical)
                              and (fuller := canonical[:-len(h)] + "工作" + h) in names), canonical)
            # 主题教育 where the report names …思想主题教育 in full: the campaign's short name
            # stands for the one name it ends (证明事项告知承诺制 is one field's system, and
            # 告知承诺制 alone all of them: no theme's short name)
            if canonical in gr.theme_short_names:
                whole = [n for n in names if n != canonical and n.endswith(canonical)]
                canonical = whole[0] if len(whole) == 1 else canonical
            if canonical and not inside_of.holds(start, end):
                field = field_before(text, start, gr) if text[start] in _OPENING_MARKS else None
                if field is not None and occupied is None:
                    occupied = {p for s in mentions(doc) for p in range(s.start_char, s.end_char)}
                    occupied.update(p for s, e, _ in found for p in range(s, e))
                if field is not None and occupied.isdisjoint(range(field, start)):
                    start = field       # 行政执法“三项制度”: written so, named 三项制度
                add_mention(doc, start, end, "Initiative", canonical)
        return doc

    @staticmethod
    def awarded_projects(doc: Doc, gr: InitiativeGrammar,
                         awarded: list[re.Match]) -> list[tuple[int, int, str]]:
        """The project a demonstration programme named (``awarded``: the matches of the
        grammar's ``awarded``): what the clause says before the verb of winning it, after
        the regions (and 我市, 2023年) that open the clause
        (长春市构建智能高效公共法律服务体系荣获全省法治政府建设示范项目); not a count of
        projects (我市2个项目入选示范项目) or a list."""
        text, out = text_of(doc), []
        regions = region_ends(doc)
        for m in awarded:
            pos = clause_start(doc, m.start())
            while True:
                rest = text[pos:m.start()].lstrip()
                pos, lead = m.start() - len(rest), _LEADING_TIME.match(rest)
                if pos in regions:
                    pos = regions[pos]
                elif lead and lead.end():
                    pos += lead.end()
                else:
                    break
            name = text[pos:m.start()]
            labelled = _LABELLED_PROJECT.fullmatch(name)
            if labelled:            # 单项示范项目“行政复议规范化建设”: its kind, then its name
                pos, name = pos + labelled.start(1), labelled.group(1)
            if 4 <= len(name) <= 30 and _PROJECT_NAME.fullmatch(name) and not name.endswith(_PLACE_ENDS):
                cut = instructed(name[1:-1], gr) if name[:1] in "“\"" and name[-1:] in "”\"" else 0
                if cut:             # (the instruction's object alone, as a quotation gives it)
                    pos, name = pos + 1 + cut, name[1 + cut:-1]
                out.append((pos, pos + len(name), canonical_name(name)))
        return out

    @staticmethod
    def with_head(text: str, m: re.Match, gr: InitiativeGrammar) -> tuple[int, int, str]:
        """A national name with the head written right after it (民主法治示范村创建,
        双随机、一公开监管, 主题教育活动), but not a second head (宪法宣传周活动) or a
        generic one (一网通办服务)."""
        name = m.group()
        head = next((h for h in gr.heads if text.startswith(h, m.end())), "")
        if not head or head in _NO_HEAD_AFTER_NATIONAL or second_head(name, head, gr):
            return m.start(), m.end(), canonical_name(name)
        return m.start(), m.end() + len(head), canonical_name(name + head)

    @staticmethod
    def siblings(text: str, found: list[tuple[int, int, str]],
                 gr: InitiativeGrammar) -> list[tuple[int, int, str]]:
        """Names listed right after a found one that end as it does (河长制、湖长制、湾长制):
        the same kind of programme. Names ending in a head are found by it already."""
        out = []
        taken = Cover(found)                # (党史学习教育和队伍教育整顿: the second is found whole)
        for start, end, name in found:
            ending = name[-2:]
            if len(name) < 3 or name.endswith(gr.heads) or not _CJK.match(ending):
                continue
            # 、湖长制: a joiner, then at most len(name) - 2 characters and the same ending
            while end < len(text) and text[end] in "、和及与":
                stop = text.find(ending, end + 2, end + len(name) + 1)
                if stop < 0 or not all(_CJK.match(c) for c in text[end + 1:stop]):
                    break
                if not taken.holds(end + 1, stop + 2):
                    out.append((end + 1, stop + 2, text[end + 1:stop + 2]))
                end = stop + 2
        return out

    @staticmethod
    def quoted(text: str, gr: InitiativeGrammar) -> list[tuple[int, int, str]]:
        out = []
        matches = list(_QUOTED.finditer(text))
        documents = regulation_grammar().document_group     # 一规划、两纲要
        # (以下简称“一法两规定”): a short name for what stands before, wherever it is used
        given = {m.group(1) for m in matches if NAMED_AS.search(text, max(m.start() - 4, 0), m.start())} \
            if "称" in text else set()
        for i, m in enumerate(matches):
            name, start = m.group(1), m.start()
            if name in given:
                continue
            # (not a theme quoted before its own head: “深入践行习近平法治思想 建设…”主题征文活动)
            cut = 0 if gr.head_after.match(text, m.end()) else instructed(name, gr)
            if cut:
                # “推进行政审批制度改革”: an instruction quoted, its object the name
                name, start = name[cut:], m.start(1) + cut
            if (len(name) not in _NAME_CHARS and not _GOES_TO_EACH.fullmatch(name)) or not_a_name(name, gr) \
                    or documents.match(name.replace("、", "")):
                continue         # 一规划、两纲要 (documents)
            if gr.rejected_by.search(text, max(m.start() - 10, 0), m.start()):
                continue         # 杜绝“一刀切”, 摒弃主观臆断与“一言堂”: a fault
            if "‘" in name and not slogan_inside(name, gr):
                continue         # “全面实施‘法治立局’战略”: words quoted about the name inside
            head, end, counted = InitiativeRecognizer.head(text, m.end(), name, gr)
            if head and text.startswith(gr.people, end):
                continue         # 组建“蒲公英”普法志愿者中队: a team of people, no programme
            if counts(name, gr) and not (head and head.endswith(gr.count_heads)) or \
                    _PAIR_TREND.match(name) and not _CJK.match(text, m.end()):
                continue         # 四个重点, “四个全面”战略布局: a count; “三个年”活动 names one
            tail = "" if head or counted else InitiativeRecognizer.bare_tail(text, m.end(), gr)
            if tail:
                head, end = tail, m.end() + len(tail)    # “点菜式”放权, “不见面”审批: one name
            elif not head and not counted:
                # “证照分离”和“多证合一”改革: share the head of the next quoted name
                j, paired = i, False
                while j + 1 < len(matches) and \
                        text[matches[j].end():matches[j + 1].start()] in _JOINERS:
                    j += 1
                    nxt, _, counted = InitiativeRecognizer.head(text, matches[j].end(), name, gr)
                    if nxt and canonical_name(matches[j].group(1) + nxt) in gr.national_names:
                        paired = True   # “法律进村入户”和“八五”普法: a programme beside a
                        break           # national one, whose head is its own word
                    if nxt or counted:
                        head = nxt
                        break
                if name.endswith(gr.heads):
                    head = ""
                carried = text.endswith(gr.carried_out_by, 0, m.start())
                ranked = None if head or counted or paired else ranked_lead(text, m.start(), name, gr)
                if ranked is not None:
                    # 营商环境优化提升“一号改革工程”: the words before a quoted rank name it
                    start, name = ranked, text[ranked:m.start()] + name
                elif not head and not counted and not paired and (
                        not plausible_bare(name, gr, carried) or gr.event_after.match(text, m.end())
                        or ((gr.channel_after.match(text, m.end()) or gr.aim_after.match(text, m.end())
                             or name.endswith(gr.aims))
                            and name not in gr.national_names)):
                    continue        # (“线上+线下”执法岗位培训班: the way a course is given;
                                    # “九龙发布”等媒体: a channel)
            if second_head(name, head, gr):
                head = ""
            if head and _DAY.fullmatch(name):
                if text.startswith("日", end):
                    continue           # “5·20”中国品牌日: the day's own name, no programme
                name = ""              # “12.4”宪法宣传周, “3·15”: the day, then the programme
            if start > m.start() and end == m.end():
                end = m.end(1)         # (the words inside the quotation marks alone)
            # (“全省一单”: a scope before a short stem inside the quotation is the name's own;
            # “全区法治政府建设示范项目”: before a long one, the awarder's)
            own_scope = len(_LEADING_TIME.sub("", name)) <= 3
            out.append((start, end, canonical_name(name + head, own_scope)))
        return out

    @staticmethod
    def bare_tail(text: str, pos: int, gr: InitiativeGrammar) -> str:
        """The ending of a service reform's name written after its quoted words, where the
        name ends there (“点菜式”放权，; “不见面”审批和…; not “最多跑一次”审批制度改革 or
        “一窗”受理事项, whose words go on)."""
        m = gr.bare_tail.match(text, pos)
        if not m:
            return ""
        tail, after = m.group(), m.end()
        if not _CJK.match(text, after):
            return tail
        cut = words.cut(text[pos:after + 4])        # the tail's words, then a conjunction?
        edge = pos
        for i, w in enumerate(cut[:-1]):
            edge += len(w)
            if edge >= after:
                return tail if edge == after and words.tag(cut[i + 1]) in ("c", "p") else ""
        return ""

    @staticmethod
    def head(text: str, pos: int, name: str, gr: InitiativeGrammar) -> tuple[str, int, bool]:
        """(head, end, counted) after a quoted name ending at ``pos``: counted when the
        words after it count names (“收件即受理”、“首席事务代表制”三项改革), which then
        stand alone as programmes."""
        system = _SYSTEM_AFTER_DE.match(text, pos)
        if system:
            return system.group(1), system.end(), False
        listed = gr.listed_head.match(text, pos)
        if listed and not (listed.group(1) and _CJK.match(text, listed.end())):
            # …等活动, 等实践活动。: the head of every name listed before it; not 等特定普法
            # 节日, 等法治建设工作, whose words go on to what the list is of; nor of a name
            # that has its own (“民法典宣传月”等主题活动)
            if name.endswith(gr.heads):
                return "", pos, False
            return listed.group(1) + listed.group(2), pos, False
        m = gr.head_after.match(text, pos)
        lead = gr.boundary_lead.match(text, pos) if m else None
        if lead and (re.sub("(?:活动|行动)$", "", text[lead.end():m.end()]) not in gr.heads
                     or compound_after(text, m.end(), gr)):
            # “一企一策”推进国企改革: how it is done, then a verb with its own object (not
            # “复调对接”创新机制, where the word is the head's attribute; but “…”作出制度设计,
            # where the head begins a longer phrase)
            m = None
        if m and verb_before_head(m.group(), gr):
            m = None     # “侗族大歌”进村寨开展普法, “僵尸车”进行整治: a verb, then its own object
        if m and gr.group_head.match(m.group()):
            return "", pos, True
        head, end = (m.group(), m.end()) if m else ("", pos)
        if head and not head.endswith(gr.strong_heads) and (longer := gr.strong.match(text, end)):
            # “夏季风暴”严打整治|专项行动: a common head, then the campaign's own (not
            # “证照分离”改革|试点, the reform's pilot)
            head, end = text[pos:longer.end()], longer.end()
        # (a common head with one word before it at most: 政务服务, 协作监督; not 获市法治建设)
        stacked = gr.stacked_head.match(text, end)
        if stacked and ((len(head) <= 4 and head.endswith(gr.generic_heads)) or
                        (stacked.group() in gr.closing_heads and name not in gr.national_names)):
            # “帮帮您”政务服务品牌, “帮帮您”服务品牌: the last head is the name's; so is a
            # brand's or a model's after any kind of work (“灵丘e法”普法品牌, …”监管模式)
            head, end = head + stacked.group(), stacked.end()
        found = head
        if found.endswith(("活动", "行动")) and found[:-2] in gr.heads:
            found = found[:-2]                    # 征文活动: a head, then what it is
        # “…学法”宣讲活动, “…”主题宣传月活动: a campaign of a kind
        campaign = found.endswith("活动") and (len(found) <= 6 or found[:-2].endswith(gr.heads))
        if head and found not in gr.heads and (
                (name in gr.national_names and not found.endswith(gr.strong_heads)) or
                (found.endswith(gr.generic_heads) and not campaign)):
            head = ""         # “互联网+监管”系统建设: the programme is the quoted name (not in
                              # “一件事一次办”集成改革, whose words name a reform of it)
        if head and text.startswith(gr.fields, end):
            head = ""         # “十四五”时期自然资源改革发展: a field of work, no programme
        if head and name in gr.national_names and compound_after(text, end, gr):
            head = ""         # “一网通办”服务事项: the head begins a longer phrase, the items
                              # (a national name stands alone; “八五”普法规划 keeps its 普法)
        if head and gr.event_in.search(head + text[end:end + 3]):
            head = ""         # “…法治化与高质量”建设研讨会, “…”研讨会上分享经验: a meeting's topic
                              # (“…”趣味运动会: the head runs into the meeting's word)
        # “谁执法谁普法”普法工作责任制: the system of a kind of work is the name's head
        system = _WORK_SYSTEM.match(text, end) if head else None
        if system:
            head, end = head + system.group(), system.end()
        if head and words.joins_word(text, end) and not words.starts_word(text, end):
            head = ""         # “十四五”规划各项目标任务: 项目 ends inside 目标, no head there
        return (head, end, False) if head else ("", pos, False)

    @staticmethod
    def demonstrations(text: str, gr: InitiativeGrammar) -> list[tuple[int, int, str]]:
        """A demonstration title (创建全国民主法治示范村(社区), 入选首批省依法治校示范校,
        …示范县创建) names the programme that awards it, …示范村(社区)创建, whatever level
        awards it; not a title that qualifies the next word (法治示范校“一校一品”建设)."""
        out, listed_after = [], -1
        for m in gr.demonstration.finditer(text):
            after = text[m.end():m.end() + 2]
            # (…示范县创建; …示范县工作会议: the work of winning it, its creation too)
            creating = after in ("创建", "工作")
            titled = text.startswith(("称号", "荣誉称号"), m.end())    # …示范区称号: the title itself
            # (a preposition or conjunction after it ends the title: 以创建…示范县为抓手; the
            # last of a list of titles is one of them: 示范街镇和民主法治示范村(社区)“三级联创”)
            quoted = bool(after) and after[0] in "“\"「『"
            last_listed = quoted and 0 <= listed_after <= m.start() < listed_after + 20 \
                and not _CLAUSE_OR_QUOTE.search(text, listed_after, m.start())
            if not (creating or titled or last_listed) and (_CJK.match(after) or quoted) and \
                    words.tag(words.cut(text[m.end():m.end() + 4])[0]) not in ("p", "c"):
                continue
            listed_after = m.end() + 1 if text[m.end():m.end() + 1] in "、和及与" else -1
            start = left_edge(text, m.start(), gr, verbs_end=True)   # 成功创建|国家…
            if start is None:
                continue
            for verb in gr.applying_for:                         # 申报省级…示范市
                at = text.rfind(verb, start, m.start())
                start = max(start, at + len(verb)) if at >= 0 else start
            # 加快建设法治中国示范区: the verb, whose object is the title (not 法治政府建设示范市,
            # where 建设 ends the title's own stem)
            at = text.rfind("建设", start, m.start() - 2)
            start = at + 2 if at >= 0 else start
            start = after_count(text, start, m.start(), gr)      # 首批…: which round awarded it
            name, stem = name_and_stem(text, start, m.start(), m.end())
            level = _LEVEL.match(stem)
            if len(stem) < 2 or stem in gr.generic_stems or verbs_only(stem) or _LEVEL.fullmatch(stem) \
                    or (level and stem[level.end():] in gr.generic_stems):
                continue                       # 持续巩固示范市, 省级示范县, 省级综合示范地区: no
                                               # programme named (综合: the kind of entry)
            title = without_awarder(name)
            counted = gr.count_lead.match(title)          # 省级第二批…: the round after the level
            title = title[counted.end():] if counted else title
            out.append((start, m.end() + (2 if after == "创建" else 0), canonical_name(title + "创建")))
        return out

    @staticmethod
    def short_forms(shorts: list[tuple[int, int, str]],
                    found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """执法责任制 in a report that names 行政执法责任制: the tail of a name found, which
        alone is only a verb and a head (执法 + 责任制), stands for that name."""
        names = {c for _, _, c in found}
        taken = Cover(found)
        out = []
        for start, end, name in shorts:
            longer = [n for n in names if n.endswith(name) and n != name]
            if len(longer) == 1 and not taken.holds(start, end):
                out.append((start, end, longer[0]))
        return out

    @staticmethod
    def unquoted(text: str, gr: InitiativeGrammar, places: dict[int, int], bodies: dict[int, int]) -> tuple[
            list[tuple[int, int, str]], list[tuple[int, int, str]]]:
        """Names ending in a strong head, and the short forms left aside: a lone verb
        before the head (执法责任制), a name only where the report names the longer one.
        ``places``: each region mention's start → its end; ``bodies``: each character of
        a body's name → where the name ends."""
        out, shorts = [], []
        for m in gr.strong.finditer(text):
            field = m.group().startswith("改革") and text.endswith(gr.compound_leads, 0, m.start())
            if text[m.start() - 1:m.start()] in _CLOSING_QUOTES or compound_after(text, m.end(), gr) or field \
                    or (m.end() < len(text) and text[m.end()] in _UNITS):
                continue           # the head of a quoted name, taken with it; 改革发展, 发展改革;
                                   # 省直管试点县: a kind of county, not a programme
            if m.group() in gr.boundaries and _CJK.match(text, m.end()) and \
                    not text.startswith(_WORK_AFTER_VERB_HEAD, m.end()):
                continue           # 3个项目争创示范项目: a head that is a verb (示范县争创) with
                                   # its object after it, the verb of the clause
            start = left_edge(text, m.start(), gr)
            if start is None or text[start - 1:start] in _CLOSING_QUOTES:
                continue           # “…”主题宣传月: the head of a quoted name, taken with it
            start = after_count(text, start, m.start(), gr)      # 两轮机构改革: then the name
            lead = _FIELD_LEAD.match(text, start, m.start())
            if lead and m.start() - lead.end() >= 2:
                start = lead.end()                 # 重点领域行政审批制度改革: where it is done
            served = _SERVING.match(text, start, m.start())
            if served and text.endswith(_FOCUSING, 0, start) and m.start() - served.end() >= 2:
                start = served.end()               # 聚焦服务新旧动能转换重大工程: what is served
            if text[start - 1:start] == "等" and text.startswith(_LIST_CLASSES, start):
                start = list_start(text, start - 1, gr)    # 道路交通安全和运输执法等领域…
                if start is None:
                    continue
            if text[start - 1:start] == "和" and text.find("领域", start, m.start()) >= 0:
                # 道路交通安全和运输执法领域突出问题专项整治: the fields joined are its words
                wider = left_edge(text, start - 1, gr)
                start = wider if wider is not None and wider < start - 1 else start
            while text[start - 1:start] == "、" and (text.find("一体", start, m.start()) >= 0
                                                     or text.startswith("进", start)):
                # 法治山西、法治政府、法治社会一体建设试点: the things built as one are its words;
                # so are the places a campaign goes to (习近平法治思想进机关、…、进校园宣讲活动)
                wider = left_edge(text, start - 1, gr)
                if wider is None or wider >= start - 1:
                    break
                start = wider
            # 专项整治行动: two heads overlapping (专项整治, 整治行动) end at the later
            end = max([m.end()] + [o.end() for p in range(m.start() + 1, m.end())
                                   if text[p] in gr.strong_firsts and (o := gr.strong.match(text, p))])
            years = _YEARS_ACTION.match(text, end)
            if years:          # 安全生产专项整治三年行动: the campaign's span is its name
                end = years.end()
            day = _LEADING_DAY.match(text, start, m.start())
            if day:
                start = day.end()           # 420知识产权宣传周: the days it is held on
            start = past_listed_region(text, start, m.start(), places)
            if bodies.get(start, m.start()) < m.start():
                # 市发展改革委以数字化改革为引领: the body acts, its name is no word of the
                # programme's (jieba reads 委以 as one word), nor the preposition after it
                start = bodies[start]
                while start < m.start() and text[start] in _PREPOSITIONS:
                    start += 1
            name, stem = name_and_stem(text, start, m.start(), end)
            national = gr.variant_tail.search(name)
            level = _LEVEL.match(name)
            if national and national.start() > (level.end() if level else 0):
                # …研究编制法治政府示范创建: the programme's words alone (省级… keeps its level)
                start = end - len(name) + national.start()
                name, stem = name_and_stem(text, start, m.start(), end)
            if len(stem) < 2 or not _NAME_OPENS.match(name) or name.count("(") != name.count(")") \
                    or stem in gr.generic_stems or stem in gr.campaign_kinds or gr.group_head.match(stem) \
                    or verb_then_generic(stem, gr) \
                    or place_only(stem) or modifiers_only(stem) or counted_last(stem) \
                    or (stem.endswith(gr.reformed_fields) and name.endswith("改革")) \
                    or works_of_a_field(name, stem, gr):
                continue           # 重点改革, 三项改革, 整治专项行动: no name before the head
                                   # (整治: a campaign's kind, no name); 突出主体工程;
                                   # 荣昌试点: a pilot in a place; 蓝天、碧水、净土、清废四大攻坚战:
                                   # a count of the campaigns listed; 生态环境领域改革, 法治改革:
                                   # a field's reforms, none named (工程领域专项治理 is a campaign's);
                                   # 交通工程: the works a field builds
            special = name.endswith(gr.special_heads)
            if special and stem in gr.common_acts:
                continue           # 开展检查专项行动: a campaign of inspections, none named
            if verbs_only(stem) and not (text.endswith(gr.carried_out_by, 0, start) and len(stem) >= 4) \
                    and not name.endswith(gr.topic_heads) and not special:
                shorts.append((start, end, name))       # (要)加大改革; 执法责任制: a short form?
                continue                                # (开展超限超载专项整治: the wrongs it ends;
                                                        # 禁毒宣传月: the topic, a name)
            out.append((start, end, canonical_name(without_level(name))))
        for m in gr.carried_to.finditer(text):
            # 开展法治进校园活动, 送法下乡活动: the law's words, then where they are taken (not
            # 促进|社区: 进 the last of a word; nor 党员进社区, no law's)
            start = left_edge(text, m.start(), gr) if words.starts_word(text, m.start()) else None
            if start is not None and "法" in text[start:m.start()] and text[start - 1:start] not in _CLOSING_QUOTES:
                out.append((start, m.end(), canonical_name(without_level(text[start:m.end()]))))
        return out, shorts
