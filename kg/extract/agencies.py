"""Agency mentions, written out to full official names with their region.

An agency mention is an optional region prefix (a region name, or a level word such as
省/市/县/区 that points at the report's own region or at the region named just before)
followed by a body (人民政府, 民政厅, 人大常委会, 县委组织部 ...) from the naming grammar
in ``kg/data/agency_grammar.json``. The canonical name writes the prefix out in full:
省民政厅 in a Shanxi report → 山西省民政厅; 区委 → 中共…区委员会.
"""
from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import gazetteer
from .doc import (CLAUSE_MARK, SETTING, add_mention, line_end, line_start, mentions,
                  occurrences, regions_ending_at, regions_of, rename, report, sentence_of, text_of)
from .numbers import in_a_number, national_head_bodies
from .publisher import opening_actor, publisher
from .words import FUNCTION_TAGS, cut, is_word, joins_word, starts_word, tag, whole_words
from .patterns import Scanner, alternation, starting_with, words_regex

LEVEL_CHARS = "省市县区州盟旗乡镇"
_ANOTHER_LEVELS = re.compile(rf"[和及与][{LEVEL_CHARS}]")
_COORD_WORDS = ("中央", "国家", "省", "市", "县", "区", "州", "乡", "镇")
_AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗")
# what after a brigade's 队 makes the word its staff, not the brigade (执法队伍, 队员, 大队长)
_STAFF = "[伍员长]"
# a county-level division's kind in two characters (神农架林区, 六枝特区), by the gazetteer's
_TWO_CHARACTER_KINDS = tuple(k for k in gazetteer.LEVEL_SUFFIXES[3] if len(k) == 2)
# level words of more than one character (a group's region: 自治区…领导小组, 街道…领导小组)
_LEVEL_WORDS = _AUTONOMOUS + ("街道",)
# kinds of region with the kinds counted as one in brackets after them (各市（州）, 县（市、区）):
# the bodies of every region of those kinds, no one body
_LEVELS_BRACKETED = re.compile(rf"[{LEVEL_CHARS}]+[(（][{LEVEL_CHARS}、]+[)）]$")
# a development zone's committee or party working committee, right after the zone's name
_ZONE_BODY = re.compile(r"(?P<committee>管理委员会|管委会)|党?工委|党?工作委员会")
_ZONE_ALSO = re.compile(r"[、和及与](管理委员会|管委会)")
# a zone's bodies in its own report by the last character of its kind, or bare (区管委会, 党工委)
_OWN_ZONE_BODY = re.compile(r"区?(?:(?P<committee>管理委员会|管委会)|党工委)")
# a name's own characters right before a zone's kind (芦台经济开发区: another zone's), not a
# year or a word that opens a clause (2022年经开区管委会, 由开发区管委会)
_NAMED_BEFORE = re.compile(r"[\u4e00-\u9fff](?<![年全我本在由经该和与及])")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]*")


# a body's own party organs, written after its name: 市政府党组 → 中共…人民政府党组
_PARTY_ORGANS = {"党组": "党组", "党委": "委员会", "委员会": "委员会"}
# a department's internal divisions are named after bodies of these heads (司法局法制科,
# 政府办文书科, 发展和改革委员会法规科, 教育部政策法规司); in its own report it calls itself
# by the head alone after these (由厅法规处, 我局法制科)
_DEPARTMENT_ENDS = ("厅", "局", "办公室", "委员会", "部")


def _holds_divisions(name: str) -> bool:
    """A state department whose internal divisions are named after it (not a party body:
    中共…委员会 ends as a commission does)."""
    return name.endswith(_DEPARTMENT_ENDS) and not name.startswith("中共")


# a department's general office, right after its name (省司法厅办公室印发…)
_GENERAL_OFFICE = re.compile(r"办公室")
_SELF_BEFORE = set("由经与和及、我本该是")
# a list's joining words, and the last characters of the bodies and divisions it joins
# (由办公室与法规处牵头: two divisions; 由校园安全与法规处牵头: one division's name)
_AND = set("与和及、")
# the characters before 街道 that make it every street's, no one street's own (各街道, 乡镇街道,
# 镇街道办: a county's towns and streets; 北京市街道办事处条例: the streets of a city, the
# title of its law)
_NOT_STREETS_OWN = set("各" + LEVEL_CHARS)
# the words before a level word that make it the report's own region said deictically (本县,
# 我区, 全市, 该镇): the body after it is the report's, named without them
_DEICTIC = set("本我全该")
_UNIT_ENDS = set("室处科股司局厅委办")
# the title of a division's head after its name (依法行政指导处处长, 法规科副科长)
_UNIT_TITLE = re.compile(r"(?:处|科|股|司)(?:副?(?:处|科|股|司)长)")
# the last character of a body's short name (省厅, 市局, 县委, 区府办): a unit after it is that body's
_DEPARTMENT_HEAD_CHARS = set("厅局委部办府院")
# the word a department, ministry, commission, branch, court or procuratorate calls itself by
# (厅党委, 部党组, 委党组, 分局党委, 院党组)
_SELF_HEADS = (("厅", "厅"), ("分局", "分局"), ("局", "局"), ("部", "部"), ("委员会", "委"), ("委", "委"),
               ("人民法院", "院"), ("人民检察院", "院"))
# any division or bureau a department names after the character it calls itself by (厅运输处,
# 厅公路局, 厅综合执法局, 局市容大队): its words, then the kind of unit, the shortest such name
# (局市容大队查处…: the brigade, not a unit ending in the verb's 处)
_OWN_UNIT = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:处|局|总队|支队|大队)")
# what opens a description of divisions, not a division's name (厅机关各处室, 局属单位), or the
# department's party organ (局党组研究通过…)
_NOT_A_UNIT_OPENING = ("各", "相关", "有关", "所属", "直属", "属", "本级", "机关", "其他", "下属", "内设",
                       "党组", "党委")
# bodies named by their level to another's (同级党委、人大常委会, 上一级政府, 各级人大) or by a
# level alone (县级统计局负责人, 市级司法局: every county's, every city's), a list's items after
# the first included: no one region's; so are a count of levels' (省市县三级统计局, 市县两级政府)
_OF_A_LEVEL = re.compile(r"(?:同级|上一?级|下一?级|各级|[省市县区乡镇]级|[两二三四五六]级)"
                         r"(?:[\u4e00-\u9fff]{1,6}[、和及与])*$")
# 各 and the level words it counts before a body's (各市, 各县、区, 各县市区): each one's
_EACH_LEVEL = re.compile(rf"各(?:[{LEVEL_CHARS}]、?)*$")
_LEVEL_RUN = re.compile(rf"[{LEVEL_CHARS}]+$")
_PARTY_ORGAN = re.compile(r"(?:党组|党委)(?!织|书记|副书记|成员)")
# a level word opening a name after a mark or a joining word, then words before the body the
# grammar found bare (、市数字|经济发展局): the name runs from the level word, its stem unknown
_UNKNOWN_STEM_BEFORE = re.compile(r"(?<=[、，,。；;：:\s和及与])[省市县区][\u4e00-\u9fff]{1,4}$")
# a department above named by its region's level word (省局, 市局, 省厅, 自治区厅), after a mark or one
# of these words, a preposition or a verb's last character (在省局的领导下, 向市局报告, 报省厅备案,
# 按照省局部署, 根据市局要求, 配合省厅, 会同市局), and before a mark, a joining word or a word
_SUPERIOR = re.compile(r"(?P<level>自治区|[省市州盟])(?P<head>[局厅院])")
_JUDICIAL_KINDS = ("人民检察院", "人民法院")
_BEFORE_SUPERIOR = set("在向对从受被为报照据合助同请")
_AFTER_SUPERIOR = re.compile(r"[、，,；;。：:和及与的（(]|$")
# what an office's name ends with: 国务院办公厅 takes no office after it
_OFFICE_ENDS = ("办公厅", "办公室", "办")
# a department's party committee written out, 中共 before the department's name and 委员会
# after it (中共渠县教育局委员会)
_WRITTEN_OUT_ORGAN = re.compile(r"委员会")
# a city bureau's branch named after a district (公安局增城区分局, 税务局城区分局,
# 交通运输局龙岗管理局, 市场监督管理局龙岗监管局)
BRANCH = re.compile(r"([\u4e00-\u9fff]{2,8}?)(分局|管理局|监管局)")
# the words of who heads a group, before its name (区政府主要领导担任…领导小组组长)
_LEADS_IT = re.compile(r"担任|兼任|主要领导|负责同志")
# a meeting's year between its verb and the group it convenes (召开2021年省推进…领导小组会议)
_MEETING_YEAR = re.compile(r"\d{4}年度?")
# how many meetings of a group, between the verb and its name (召开3次, 第一次, 经过两轮)
_MEETING_COUNT = re.compile(r"第?(?:\d+|[一二三四五六七八九十两]+)\s*[次轮]")
# the four coordination groups of a rule-of-law committee, as 中央全面依法治国委员会 set up
# its own (立法、执法、司法、守法普法协调小组) and each level's committee mirrors
_COORDINATION_GROUP = re.compile(r"(?:立法|执法|司法|守法普法)协调小组(?:办公室)?")
# a place named after these is a programme's name (法治石家庄, 平安濮阳), not a prefix
_BRANDED = re.compile(r"(?:法治|平安|数字|智慧|美丽|健康)$")
# a congress's or CPPCC's term between its region and its name: 第十六届 (十五届: the 第 may be left out)
_TERM = re.compile(r"第?[一二三四五六七八九十]+届$")
# a government's bodies of a kind, named by the kind: 市政府法制机构, 省政府部门, 政府组成部门
_ITS_BODIES = re.compile(r"(?:各|组成|工作)?部门|法制机构")
# 政法委员, 纪委委员: a member of the committee (委员), not the committee; 委员会 is one
_MEMBER = re.compile(r"员(?!会)")
# 区政协社会法制委员会: a special committee of a CPPCC (专门委员会), no body of the region's own
_CPPCC_BEFORE = re.compile(r"政协[\u4e00-\u9fff]{0,4}$")
# a committee named whole, its term before or after the region: the conference's (政协景洪市委员会,
# 政协第七届磐安县委员会, 中国人民政治协商会议常宁市第十一届委员会) and the party's (中国共产党磐安县
# 第十五届委员会), a heading's line break anywhere
_WHOLE_OPENING = re.compile(r"(?:(?P<cppcc>中国人民政治协商会议|(?<!行)政协)\s*(?:第[一二三四五六七八九十]+届)?"
                            r"|中国共产党|中共)\s*$")
_WHOLE_TERM = re.compile(r"\s*(?P<term>第[一二三四五六七八九十]+届)?\s*$")
# 办理, 办结, 办件, 办事, 办好, 办实事: a verb after 办, no office (市政府办实事, 抓党建办实事)
_NOT_OFFICE = "理结件事好实案"
# after a body named without its region: the programme of setting such bodies up
_KIND_PROGRAMME = re.compile(r"(?:改革)?(?:试点|建设)")
# where a clause starts, and the words in it that make 本级 each one's own (各县市, 大同、晋中等市)
_CLAUSE_START = re.compile(r"[，,。；;：:\n](?=[^，,。；;：:\n]*$)")
_EACH = re.compile(rf"各|等[{LEVEL_CHARS}]")
_PUNCT = set("，,。；;：:、！？!?（）()《》“”\"' \n\t")
# 公主岭市文化广播电视和旅游局(以下简称“市文广旅局”): the short name the page will use for
# the body just named
_SHORT_NAME = re.compile(r"[(（](?:以下简称|以下称|下称|简称)[“\"]?([^”\"()（）]{2,12}?)[”\"]?[)）]")


@dataclass(frozen=True)
class Grammar:
    body: Scanner                   # a body's name, from its stem (see the grammar)
    national: re.Pattern
    stems: dict[str, str]
    heads: dict[str, str]
    offices: dict[str, str]
    party_depts: dict[str, str]
    bare_ok: frozenset[str]
    national_names: dict[str, str]
    national_office: re.Pattern     # 办公厅: a national body's general office after its name
    templates: dict[str, str]
    rule_of_law: dict[str, str]
    in_context: re.Pattern          # 中央 acting as a body (中央、省、市…)
    in_context_names: dict[str, str]
    group_openers: frozenset[str]
    internal_unit: Scanner          # 法治督察处, 文书科, 交警大队: right after a department's name
    platforms: tuple[str, ...]      # 电子税务局: an online service named after the body
    other_parties: tuple[str, ...]  # 团县委, 民盟市委: committees that are not the party's
    provincial_halls: frozenset[str]  # 教育: a province's is the 教育厅 (省教育局 too)
    local_bureaus: dict[str, str]   # 国家税务总局 → 税务局: 国家税务总局大同市税务局 is one body
    bureaus_since: dict[str, int]   # 国家税务总局 → 2018: a bare 税务局 is its since then
    short_since: dict[str, tuple[int, str, int]]  # 药监 → (2018, 药品监督管理, 1): its stem since
                                                  # then, at that level and above
    short_before: dict[str, tuple[int, str]]  # 粮食 → (2018, 粮食): its stem before then
    local_heads: tuple[str, ...]    # 税务局: what such a bureau's name ends with
    enforcement: re.Pattern         # 城管|综合执法: a field, then the words of enforcement
    congress_bodies: dict[str, str]  # 法工委 → 法制工作委员会: a congress's committees' full names
    city_named: Scanner             # 铁路运输法院, 海事法院, 海关: a body's kind, after its city
    own_names: dict[str, dict[str, str]]  # 北京市 → 交通委 → 交通委员会: its name, not the grammar's
    inside_government: frozenset[str]     # 法制办公室: a department match that is the
                                          # government's own office
    party_commissions: tuple[str, ...]    # 审计委员会: a department match that is the
                                          # party committee's
    national_units: dict[str, tuple[str, ...]]  # 国家统计局 → 调查队: its units named by region
    unit_kinds: tuple[str, ...]     # 调查队, 中心支行, 海关: how those and the city-named bodies end
    units_alone: dict[str, str]     # 调查队 → 国家统计局: a unit only one administration has
    judicial_units: tuple[tuple[str, re.Pattern], ...]  # 人民法院 → 行政审判庭|立案庭|…
    party_dept_names: tuple[str, ...]  # those names as written, of two characters or more
                                       # (not 办 alone), longest first: an item of a list
    both_offices: re.Pattern        # 两办: a party committee's and a government's offices
    field_units: frozenset[str]     # 执法监察: a field unit's work, which a bare stem may end
    ministry_bureau: re.Pattern     # 法治督察局: a national body's internal bureau, after its name


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    data = json.loads(resources.files("kg.data").joinpath("agency_grammar.json").read_text("utf-8"))
    stems = {}
    for full, abbrevs in data["departments"]:
        stems[full] = full
        for a in abbrevs:
            stems.setdefault(a, full)
    heads, offices, party = data["heads"], data["government_offices"], data["party_departments"]
    s, h = alternation(stems), alternation(heads)
    # 市教委, 区侨办: a one-word stem only right after its region and before its head alone
    guards = {"委": "委(?![员托])", "办": rf"办(?![{_NOT_OFFICE}])"}
    s = "(?:" + "|".join([s] + [rf"(?<=[省市县区州盟旗府]){alternation(short)}(?={guards[head]})"
                                for head, short in data["short_stems"].items()]) + ")"
    for short in data["short_stems"].values():
        stems.update(short)
    # a congress's special committees and its standing committee's working bodies, by any
    # of their names → the full one (人大法制委 → 法制委员会, 人大常委会法工委 → 法制工作委员会)
    special = {short: full for full, shorts in data["congress_committees"].items() for short in shorts}
    work = {short: full for full, shorts in data["standing_committee_bodies"].items() for short in shorts}
    units = alternation(data["township_units"])
    middles, brigades = alternation(data["enforcement_middles"]), alternation(data["brigade_heads"])
    # a brigade follows the words of enforcement (…执法, …执法监察) or a service formed of
    # brigades (消防救援)
    brigade_of = "(?:" + "|".join(f"(?<={w})" for w in ["执法", "执法监察", *data["brigade_services"]]) + ")"

    levels = rule_of_law_levels()

    def rule_of_law(n: str) -> str:          # 依法治县委, 全面依法治市委员会办公室, 依法治省办
        # (a street's may be a working committee, as its party committee is: 全面依法治街工作委员会)
        # (and the committee's four coordination groups: 依法治县委守法普法协调小组)
        return (rf"(?:全面)?依法治(?P<rolx{n}>街道|[{levels}])"
                rf"(?:(?:(?:工作)?委员会|委)(?:(?P<roloff{n}>办公室|办)|(?P<rolgrp{n}>{_COORDINATION_GROUP.pattern}))?"
                rf"|(?P<rolbare{n}>办公室|办))")
    # every alternative below starts with one of these (or with a department stem)
    first = set("人政府纪监中法检委党高全依编地行第") | {w[0] for w in stems} | {u[0] for u in data["township_units"]}
    # 办 that starts a verb is no office (市政府办理人大议案, 县委办结)
    not_verb = rf"(?!(?<=办)[{_NOT_OFFICE}])"
    body = Scanner(re.compile(starting_with(first,
        # 法治政府 (government under the rule of law) is no body: 4 in 10 of the matches
        # (县府办, 市府办: the government's office as the south writes it)
        rf"(?<!法治)(?P<gov>人民政府|政府|府(?=办))(?:(?P<office>{alternation(offices)}){not_verb}|(?P<gstem>{s})(?P<ghead>{h}))?"
        # (a county's merged bureau is the departments it merges, in a row, joined by 和 or
        # not, up to four: 农业农村和水利局, 教育科技局, 文化旅游广电体育局, Hainan's
        # 旅游和文化广电体育厅; 市监委
        # is 市 and 监委, the supervisory commission: 市监 is 市场监管 only before 局)
        # (a field's enforcement bureau of the 2019 reform is one body: 城市管理综合行政执法局,
        # and so is its brigade: 农业综合行政执法大队, see ``enforcement_middles``; a brigade
        # of no field is the township's, a unit below)
        # (a one-character head is no head where it opens a word: 办理, 办结, 办实事, 委托, 局面, 部署;
        # 办公室结合…, 委员会事务 are whole heads)
        rf"|(?!(?:{middles}){brigades})(?P<stem>{s}(?:(?:和?(?:{s})){{1,3}}|{middles})?)(?P<head>{h}|{brigade_of}{brigades}(?!{_STAFF}))"
        rf"(?:(?<![办委局部厅署])|(?![理结件事实员托势限部署]|面(?!向)|(?<=办)[法案]))(?<!市监委)"
        # (a 街道's, a 盟's: the working committee the standing committee above sends there)
        r"|(?P<npcstreet>人大(?:街道)?工委|人大街道工作委员会)"
        rf"|(?P<npclaw>(?:人大常委会|人民代表大会常务委员会|人大)(?P<npcwork>{alternation(work)}))"
        rf"|(?P<npcleg>(?:人大|人民代表大会)(?P<npcspecial>{alternation(special)}))"
        # (a heading's line may break it; its general office and the conference's: 办公室)
        r"|(?P<npcsc>人大常委会|人民代表大会\n?常务委员会)(?P<npcoff>办公室|办公厅)?"
        r"|(?P<npc>人民代表大会|人大)(?P<npcpres>主席团)?"    # (a township's: its presidium)
        # (not 行政协议, 行政协调; its special committees: 政协社会法制委员会)
        rf"|(?<!行)(?P<cppcc>政协)(?:(?P<cppcoff>办公室|办公厅)|(?P<cppspecial>{alternation(data['cppcc_committees'])}))?"
        r"|(?P<disciplinework>纪律检查工作委员会|纪工委)"    # (a 街道's or a zone's)
        r"|(?P<discipline>纪律检查委员会|纪委)"
        r"|(?P<supervision>监察委员会|监委)"
        # (北京市第四中级人民法院: a municipality's intermediate courts are numbered; so are the
        # basic courts of a city with no county, 东莞市第二人民法院)
        r"|(?P<court>高级人民法院|(?:第[一二三四五六](?=中|人民法院))?(?:中级人民法院|中级法院|中院)"
        r"|高级法院|(?:第[一二三四五六])?人民法院|法院|高院)"
        r"|(?P<procuratorate>人民检察院|检察院)"
        r"|(?P<politics>政法委员会|政法委)"
        rf"|(?P<rol>{rule_of_law('')})"
        rf"|(?P<party>委员会|党委|党工委|(?<=街道|地区)工委|委(?![员托]))(?:(?P<pdept>{alternation(party)}){not_verb}"
        rf"|(?P<prol>{rule_of_law('p')}))?"
        # (a 队 that opens 队伍, 队员, 队长 is no unit: 综合行政执法队伍, its staff)
        rf"|(?P<unit>{units})(?!(?<=队){_STAFF})"
        r"|(?P<school>党校)"
        r"|(?P<staffing>编委?办)"   # 市编办, 县编委办: the party committee's staffing office
        # a 地区's or 盟's committee and commissioner's office (not 当地委托, 各地委员)
        rf"|(?<![当各本外该两此异属驻])(?P<prefecture_party>地委)(?![托员屈])(?:(?P<ppdept>{alternation(party)}){not_verb})?"
        rf"|(?P<prefecture_gov>行政公署|行署)(?:(?P<pgoff>{alternation(offices)}){not_verb})?")))
    national_names = {}
    for canonical, surfaces in data["national"]:
        for sf in (canonical, *surfaces):          # the full name is written too (中共中央组织部)
            national_names[sf] = canonical
    # (the word first, then what stands before it: a pattern that opens with its
    # characters is searched fast, see ``kg.extract.patterns``)
    context = "|".join(rf"{re.escape(word)}(?<![党共]{re.escape(word)})(?=(?:{alternation(after)}))"
                       for word, _, after in data["national_in_context"])
    return Grammar(body, words_regex(national_names), stems, heads, offices, party,
                   frozenset(data["bare_ok"]), national_names,
                   re.compile(alternation(data["national_offices"])), data["body_templates"],
                   data["rule_of_law"], re.compile(context),
                   {word: canonical for word, canonical, _ in data["national_in_context"]},
                   frozenset(data["group_openers"]),
                   # not the verbs 处理/处罚/处置/处分, not 科技/科学, not 司法/司机/司职
                   # (a department's field units too: 交警大队, 卫生监督所)
                   # (tried where its first three characters stand: its first two, 法治,
                   # 普法, 行政, open everyday words 55 000 times in 300 reports, 18 units)
                   Scanner(re.compile(starting_with(
                       {w[0] for w in data["internal_units"] + data["field_units"]},
                       rf"(?:{alternation(data['internal_units'])})"
                       rf"(?:处(?![理罚置分])|科(?![技学研])|股(?![份东权票市])|司(?![法机职]))"
                       rf"|(?:{alternation(data['field_units'])})(?:{alternation(data['field_unit_heads'])})"
                       r"(?![长员])")), k=3),
                   tuple(data["platforms"]), tuple(data["other_parties"]),
                   frozenset(data["provincial_halls"]), data["local_bureaus"],
                   data["local_bureaus_since"],
                   {short: tuple(renamed) for short, renamed in data["short_forms_since"].items()},
                   {short: tuple(former) for short, former in data["short_forms_before"].items()},
                   tuple(data["local_bureaus"].values()),
                   re.compile(rf"(.+?)({middles})$"), {**special, **work},
                   Scanner(re.compile(rf"市?({alternation(data['city_named'])})")), data["own_names"],
                   frozenset(data["inside_government"]),
                   tuple(data["party_commissions"]),
                   {name: tuple(sorted(units, key=len, reverse=True))
                    for name, units in data["national_units"].items()},
                   tuple({*(u for units in data["national_units"].values() for u in units), *data["city_named"]}),
                   {unit: name for name in data["units_alone"] for unit in data["national_units"][name]},
                   tuple((body, words_regex(units)) for body, units in data["judicial_units"].items()),
                   tuple(sorted((d for d in party if len(d) >= 2), key=len, reverse=True)),
                   # (not 两办理, 两办法, 两办事处: a verb's or a noun's 办)
                   re.compile(rf"(?:{alternation(data['both_offices'])})(?![理法事公结])"),
                   frozenset(data["field_units"]),
                   # (not 局长: its head)
                   re.compile(rf"(?:{alternation(data['internal_units'])})局(?![长])"))


def opens_phrase(text: str, pos: int) -> bool:
    """Nothing but a mark or a function word (由, 和, 我; 是 of a list's 一是, 三是) stands right
    before ``pos``."""
    before = text[pos - 1:pos]
    return not ("\u4e00" <= before <= "\u9fff") or before in _SELF_BEFORE


def after_verb(text: str, pos: int) -> bool:
    """A verb or a preposition of two characters stands right before ``pos`` (通过|区局党组
    学习, 召开|区局党委会议), and no word runs across ``pos`` (城区局: 城区 is one)."""
    return tag(text[pos - 2:pos]) in ("v", "p") and not is_word(text[pos - 1:pos + 1])


def self_word(text: str, pos: int) -> bool:
    """The head at ``pos`` (厅, 局) is a word of its own, the department calling itself by it
    (由厅法规处, 、局办公室), not the end of a longer name (办公厅, 市局)."""
    return opens_phrase(text, pos) or starts_word(text, pos)


def own_unit(text: str, pos: int, head: str) -> re.Match | None:
    """A division named after the department's own head (厅运输处), the head opening the
    phrase (not the 局 of 交通运输局龙岗管理局): whole words of its own, no description of
    several (厅机关各处室)."""
    m = _OWN_UNIT.match(text, pos + len(head))
    if m is None or not opens_phrase(text, pos) or text.startswith(_NOT_A_UNIT_OPENING, m.start()):
        return None
    # (厅运输处处长: 处处 is a word to the segmenter; the title says where the name ends)
    end = m.end() - 1 if _UNIT_TITLE.match(text, m.end() - 1) else m.end()
    pieces = cut(m.group()[:-1 if m.group().endswith(("处", "局")) else -2])
    if tag(pieces[0]) == "v" or any(tag(w) in FUNCTION_TAGS for w in pieces):
        return None             # (局召开局长办公会, 局党组研究通过局…: a verb's words)
    return m if whole_words(text, m.start(), end) else None


def _of_kind(name: str, word: str) -> bool:
    """A region's name is of the kind its level word says (街: a 街道, 依法治街办; 地: a 地区,
    依法治地委员会); 区 is a district's or an autonomous region's, never a 地区's (whose word
    is 地: 地委, 行署)."""
    if word == "区" and name.endswith("地区"):
        return False
    return name.endswith(word) or (word == "街" and name.endswith("街道")) \
        or (word == "地" and name.endswith("地区"))


def addressed_to_each(text: str, pos: int, regions: dict[tuple[int, int], str]) -> bool:
    """``pos`` is in a notice's line of addressees that names kinds of bodies, each
    region's (各设区市…规划局、房管局…:): no one body of the report's region. (A 各 in a
    place's name, one of ``regions``, is none: 赵各庄街道's paragraph ending 报告如下：.)"""
    last = line_end(text, pos) - 1
    while last > pos and text[last] in " \t\r\u3000":
        last -= 1
    if text[last] not in ":：":
        return False
    each = text.find("各", line_start(text, pos), pos)
    while each >= 0 and any(s <= each < e for s, e in regions):
        each = text.find("各", each + 1, pos)
    return each >= 0


def branch_district(g: gazetteer.Gazetteer, written: str, code: str) -> str | None:
    """The district or county inside region ``code`` that a branch bureau is named after
    (增城区, or its stem 增城), if ``written`` names one."""
    found = {c for c in (*g.by_name.get(written, ()), *g.by_stem.get(written, ()))
             if c != code and g.is_within(c, code)}
    return found.pop() if len(found) == 1 else None


def local_national(own: str) -> str:
    """The national administration a local bureau's name opens with (国家税务总局 of
    国家税务总局山西省大同市税务局), or ""."""
    return next((n for n in grammar().local_bureaus if own.startswith(n)), "")


def branch_parent(own: str, code: str) -> str:
    """The city bureau a branch bureau of region ``code`` is a branch of (山西省大同市生态环境局
    for 山西省大同市生态环境局云州区分局: its name up to the first 局 after the region's), or ""
    for a body that is no branch."""
    prefix = local_national(own) + gazetteer.load().prefix(code)
    head = own.find("局", len(prefix)) if own.endswith("分局") and own.startswith(prefix) else -1
    return own[:head + 1] if len(prefix) < head < len(own) - 2 else ""


def organs_department(name: str) -> str:
    """The department whose party committee or group ``name`` is (中共…教育局委员会 → …教育局,
    a report the committee heads with its department); any other name as it is."""
    for organ in ("委员会", "党组"):
        body = name[2:-len(organ)] if name.startswith("中共") and name.endswith(organ) else ""
        if body.endswith(_DEPARTMENT_ENDS) and "人民政府" not in body:
            return body
    return name


def cities(g, name: str) -> list[str]:
    """The cities (prefectures, and the municipalities at the provinces' level) named so,
    by their name or its stem."""
    return [c for c in (*g.by_name.get(name, ()), *g.by_stem.get(name, ()))
            if g.divisions[c].level == 2 or (g.divisions[c].level == 1 and g.divisions[c].name.endswith("市"))]


def national_unit(g, text: str, pos: int, units: tuple[str, ...]) -> tuple[int, list[str]] | None:
    """(its end, the region's codes) of a national administration's local unit named at
    ``pos`` after the administration's name: a region's name or stem, then one of
    ``units`` (国家统计局|大同|调查队, 中国人民银行|大同市|中心支行)."""
    for k in range(6, 1, -1):
        name = text[pos:pos + k]
        codes = [c for c in (*g.by_name.get(name, ()), *g.by_stem.get(name, ())) if g.divisions[c].level < 4]
        unit = next((u for u in units if text.startswith(u, pos + k)), None) if codes else None
        if unit:
            return pos + k + len(unit), codes
    return None


def party_organ(body: str, organ: re.Match) -> str:
    """The canonical name of a body's party committee or group (``_PARTY_ORGAN``'s match
    after the body's name): 市司法局党委 → 中共…司法局委员会."""
    return f"中共{body}{_PARTY_ORGANS[organ.group()]}"


@lru_cache(maxsize=1)
def rule_of_law_levels() -> str:
    """The level words a rule-of-law body is named with (依法治县委, a 地区's 依法治地委员会), and
    the provinces' short names, with which a province's may be (自治区党委全面依法治藏委员会)."""
    return "省市县区州盟旗镇乡街地" + "".join(gazetteer.province_short_names())


@lru_cache(maxsize=1)
def _rol_in_group() -> re.Pattern:
    """A rule-of-law committee or its office written short inside a group's name (市委依法治市
    委员会守法普法协调小组, 市委依法治市办执法协调小组)."""
    return re.compile(rf"^(?:全面)?依法治([{rule_of_law_levels()}])(?:(委员会|委)(办公室|办)?|(办公室|办))")


def group_name(prefix: str, name: str) -> str:
    """The canonical name of a temporary body named after its region (``name`` the rest):
    a party committee's group is the committee's (市委全面依法治市工作领导小组 →
    中共…市委员会全面依法治市工作领导小组), under the committee's full name when a
    rule-of-law committee's or office's (市委依法治市委员会守法普法协调小组 →
    中共…市委员会全面依法治市委员会守法普法协调小组). A year inside is the meeting's, not
    the group's (召开濮阳县2023年度法治政府建设领导小组会议: the group has no year)."""
    name = _MEETING_YEAR.sub("", name)
    if not name.startswith("委"):
        return prefix + name
    rest = name[1:]
    rol = _rol_in_group().match(rest)
    if rol:
        body = grammar().rule_of_law["office" if rol.group(3) or rol.group(4) else "committee"]
        rest = body.format(level=rol.group(1)) + rest[rol.end():]
    return f"中共{prefix}委员会{rest}"


def _past_openers(piece: str, openers: frozenset[str]) -> int:
    """How many characters of ``piece`` run up to and through its last word that opens a
    group's name (成立, 召开, 调整 …), 0 where none does."""
    pieces = cut(piece)
    opened = max((i + 1 for i, w in enumerate(pieces) if w in openers), default=0)
    return sum(len(w) for w in pieces[:opened])


def add_committee(doc: Doc, text: str, start: int, end: int, zone: str, code: str) -> None:
    """A zone's committee written ``start:end`` (大同经济技术开发区管委会), or its general
    office where 办公室 follows (重庆高新区管委会办公室: a body of its own)."""
    office = "办公室" if text.startswith("办公室", end) else ""
    add_mention(doc, start, end + len(office), "Agency", zone + "管理委员会" + office, code)


def rule_of_law_level(m: re.Match) -> str | None:
    """The level word of a rule-of-law body (县 in 依法治县办), which says whose it is."""
    return m.group("rolx") or m.group("rolxp")


def department(m: re.Match, gr: Grammar) -> tuple[str, str]:
    """The full stem and head of a department match (市监局 → 市场监督管理, 局); a merged
    bureau (科技和工业信息化局) is named as it is written; a field's enforcement bureau or
    brigade, with its field written out (城管执法大队 → 城市管理执法, 大队)."""
    stem, head = m.group("stem"), m.group("head")
    field = gr.enforcement.match(stem)
    if stem not in gr.stems and field and field.group(1) in gr.stems:
        stem = gr.stems[field.group(1)] + field.group(2)
    return gr.stems.get(stem, stem), gr.heads.get(head, head)


def canonical_body(m: re.Match, code: str, gr: Grammar) -> str | None:
    """The full official name for a body match of region ``code``, its prefix written out."""
    g = gazetteer.load()
    prefix = g.prefix(code)
    k = m.groupdict()
    if k["gov"]:
        if k["office"]:
            return f"{prefix}人民政府{gr.offices[k['office']]}"
        if k["gstem"]:
            return f"{prefix}人民政府{gr.stems[k['gstem']]}{gr.heads[k['ghead']]}"
        return f"{prefix}人民政府"
    if k["stem"]:
        own = gr.own_names.get(prefix, {}).get(k["stem"] + k["head"])
        if own:                                         # 北京市交通委: 北京市交通委员会
            return prefix + own
        stem, head = department(m, gr)
        if stem + head in gr.inside_government:         # 法制办: the government's own office
            return f"{prefix}人民政府{stem}{head}"
        if (stem + head).startswith(gr.party_commissions):     # 市审计委员会: the committee's
            return f"中共{prefix}委员会{stem}{head}"
        if head == "局" and stem in gr.provincial_halls and g.divisions[code].level == 1 \
                and not prefix.endswith("市"):
            head = "厅"                                 # 省、市教育局: the province's 教育厅
        return f"{prefix}{stem}{head}"
    if k["court"]:
        # 省法院 is the province's 高级人民法院, 市法院 a city's 中级人民法院 (人民法院组织法)
        court, level = k["court"], g.divisions[code].level
        if court.startswith("第") and "中" in court:     # the municipality's own
            return g.prefix(g.lineage(code)[0].code) + court[:2] + "中级人民法院"
        if court.startswith("第"):                      # a city's with no county (东莞市第二人民法院)
            return prefix + court
        return prefix + ("高级人民法院" if court.startswith("高") or (level == 1 and "中" not in court)
                         else "中级人民法院" if court.startswith("中") or level == 2 else "人民法院")
    if k["rol"] or k["prol"]:
        office = k["roloff"] or k["rolbare"] or k["roloffp"] or k["rolbarep"]
        body = gr.rule_of_law["office" if office else "committee"]
        committee = "工作委员会" if g.run_by_office(code) else "委员会"
        group = k["rolgrp"] or k["rolgrpp"] or ""
        return f"中共{prefix}{committee}{body.format(level=rule_of_law_level(m))}{group}"
    if k["party"]:
        # a street's 党工委 is the party's working committee there (工作委员会: 中共…街道
        # 工作委员会), sent by the district's committee, as a street elects none of its own;
        # a street's page calling it 党委 means the same body (so for Beijing's 地区)
        working = k["party"] in ("党工委", "工委") or g.run_by_office(code)
        committee = "工作委员会" if working else "委员会"
        return f"中共{prefix}{committee}{gr.party_depts.get(k['pdept'] or '', '')}"
    if k["unit"]:
        return f"{prefix}{k['unit']}"
    if k["npcstreet"]:
        # (a 街道's, from its district's standing committee; a 盟's or a 地区's, from its
        # province's: none of them elects a congress)
        place = g.divisions[code]
        if not (place.level == 4 and place.name.endswith("街道")
                or place.level == 2 and place.name.endswith(("盟", "地区"))):
            return None
        return f"{g.prefix(place.parent)}人民代表大会常务委员会{place.name}工作委员会"
    kind = next((name for name in gr.templates if k.get(name)), None)
    # (地委组织部, 行署办公室: a 地区's party committee's department, its commissioner's office)
    office = k["npcoff"] or k["npcpres"] or k["cppcoff"] or k["cppspecial"] or gr.party_depts.get(k["ppdept"] or "", "") or \
        gr.offices.get(k["pgoff"] or "", "")
    committee = gr.congress_bodies.get(k["npcwork"] or k["npcspecial"] or "", "")
    return gr.templates[kind].format(prefix=prefix, committee=committee) + office if kind else None


def _bare_allowed(m: re.Match, gr: Grammar) -> bool:
    """Without a prefix, only bodies that cannot be generic name the report's own."""
    k = m.groupdict()
    if k["stem"] or k["rol"]:
        return True
    if k["gov"] and (k["office"] or k["gstem"]) and m.group().startswith("政府"):
        return k["office"] in ("法制办", "法制办公室") or bool(k["gstem"])
    return m.group() in gr.bare_ok


def called_as(doc: Doc, g, code: str, word: str) -> bool:
    """The region is of the kind the level word says, by its name or by a name the report
    writes it with: 射洪县 in the reports of the years before it became 射洪市 (2019), whose
    县委 and 县政府 are then its."""
    if _of_kind(g.divisions[code].name, word):
        return True
    renamed = doc.user_data.get("kg_regions_renamed")
    if renamed is None:             # (the names that end as the division's own does need no look)
        text = text_of(doc)
        renamed = doc.user_data["kg_regions_renamed"] = {}
        for start, end, c in sorted_regions(doc):
            if text[end - 1] != g.divisions[c].name[-1]:
                renamed.setdefault(c, set()).add(text[start:end])
    return code in renamed and any(_of_kind(n, word) for n in renamed[code])


def sorted_regions(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, code) of every resolved region, in text order."""
    ordered = doc.user_data.get("kg_regions_sorted")
    if ordered is None:
        ordered = doc.user_data["kg_regions_sorted"] = sorted(
            (start, end, code) for (start, end), code in regions_of(doc).items())
    return ordered


def regions_before(doc: Doc, pos: int) -> list[tuple[int, int, str]]:
    """Resolved regions in ``pos``'s sentence that end before ``pos``, in text order."""
    ordered = sorted_regions(doc)
    s, _ = sentence_of(doc, pos)
    lo = bisect.bisect_left(ordered, (s,))
    hi = bisect.bisect_left(ordered, (pos,))
    return [r for r in ordered[lo:hi] if r[1] <= pos]


def unit_of(unit: str, code: str) -> bool:
    """A division so named can be a division of the body whose region is ``code`` ("" for
    a national body): a 司 is a ministry's (国务院组成部门的司局); a province's, a city's or a
    county's body has 处, 科 and 股, so 法规司 in 吉林省法制办's report is the ministry's."""
    return not (code and unit.endswith("司"))


def placed_body_ending_at(doc: Doc, pos: int, kind=lambda name: True) -> Span | None:
    """The last agency mention with a region that ends at ``pos`` and whose name is of the
    ``kind``: the body a name written right after it, or after a list's mark, may share
    its region with."""
    return next((a for a in reversed(mentions(doc, "Agency")) if a.end_char == pos and a.id_
                 and kind(a.kb_id_)), None)


def after_zone(text: str, pos: int) -> bool:
    """A development zone's kind ends right at ``pos`` (新区, 开发区, 高新区): a body written
    after it is the zone's, whether or not a region opens the zone's name."""
    return any(z.end() == pos for z in gazetteer.zone_kinds().finditer(text, max(pos - 8, 0), pos))


def unknown_stem_before(doc: Doc, start: int) -> bool:
    """A level word opens a name right before ``start`` with words kg has no stem for
    (、市数字|经济发展局): no body's name starts at the level word (县政府|办理人大建议) and no
    verb stands between (县里推进人大工作)."""
    text = text_of(doc)
    m = _UNKNOWN_STEM_BEFORE.search(text, max(start - 6, 0), start)
    return m is not None and not any(a.start_char == m.start() for a in mentions(doc, "Agency")) \
        and all(tag(w) != "v" for w in cut(m.group()[1:]))


def committee_before(doc: Doc, m: re.Match) -> Span | None:
    """The party committee named right before a government written without its region
    (县党委|政府, 州委|政府: two bodies of one region written as one word), or None."""
    text = text_of(doc)
    if not m.group("gov") or text[m.start() - 1:m.start()] != "委":
        return None
    return placed_body_ending_at(doc, m.start(),
                                 lambda name: name.startswith("中共") and name.endswith("委员会"))


def party_department(text: str, pos: int) -> tuple[int, str] | None:
    """A party committee's department written alone at ``pos`` (宣传部, as a whole word of
    the list: not 宣传部门): (its length, its full name after the committee's)."""
    gr = grammar()
    key = next((k for k in gr.party_dept_names if text.startswith(k, pos)
                and starts_word(text, pos + len(k))), None)
    return (len(key), gr.party_depts[key]) if key else None


def coordination_group(text: str, pos: int) -> tuple[int, str] | None:
    """A rule-of-law committee's coordination group written alone at ``pos`` (守法普法协调小组)."""
    m = _COORDINATION_GROUP.match(text, pos)
    return (len(m.group()), m.group()) if m else None


@dataclass(frozen=True)
class _System:
    """A department's system in its own report: the same department of another region is
    named by the region (or its level word) and the department's head alone (省局, 太原市局,
    省厅, 县院). ``national``: the administration a local tax bureau's name opens with;
    ``branch``: the report is a branch bureau's (its region is its city's)."""
    national: str
    stem: str               # 公安 of 公安局, 税务 of 税务局; "" for a court or a procuratorate
    judicial: str | None    # 人民法院 or 人民检察院
    branch: bool

    @staticmethod
    def of(own: str, code: str) -> "_System | None":
        """The system of the report's own department ``own`` of region ``code``; None for a
        body that names none so (a committee, an office, a 委)."""
        parent, national = branch_parent(own, code), local_national(own)
        kind = (parent or own)[len(national):].removeprefix(gazetteer.load().prefix(code))
        judicial = next((j for j in _JUDICIAL_KINDS if kind.endswith(j)), None)
        if kind == (parent or own)[len(national):] or kind.endswith("分局") or \
                not (judicial or kind.endswith(("局", "厅"))):
            return None
        return _System(national, "" if judicial else kind[:-1], judicial, bool(parent))

    def name(self, gr: Grammar, region: gazetteer.Division, head: str) -> str | None:
        """The system's body of ``region`` by the head written, or None where that region
        gives it no such head (省局 where the province's police is a 厅; no city has a 厅)."""
        prefix = gazetteer.load().prefix(region.code)
        if self.judicial:
            # (a province's court is the high one, a city's the intermediate, a county's the basic)
            return None if head != "院" else prefix + (
                self.judicial if self.judicial != "人民法院" else
                "高级人民法院" if region.level == 1 else "中级人民法院" if region.level == 2 else "人民法院")
        hall = region.level == 1 and not region.name.endswith("市") and not self.national \
            and self.stem in gr.provincial_halls
        if head not in ("局", "厅") or (head == "局" and hall) or (head == "厅" and region.level != 1):
            return None     # (a 厅 written is one: 省厅 of 环境保护 in 2016 too)
        return f"{self.national}{prefix}{self.stem}{head}"

    def mention(self, doc: Doc, gr: Grammar, start: int, end: int, region: gazetteer.Division,
                head: str) -> None:
        """The body named at ``start:end`` (its head last), with its party organ (省局党委)
        or division (省厅法规处) after it."""
        text, name = text_of(doc), self.name(gr, region, head)
        if name is None:
            return
        organ = _PARTY_ORGAN.match(text, end)
        unit = None if self.judicial else gr.internal_unit.match(text, end)
        if organ:
            name, end = party_organ(name, organ), organ.end()
        elif unit and unit_of(unit.group(), region.code):
            name, end = name + unit.group(), unit.end()         # 省厅法规处: its division
        elif not (_AFTER_SUPERIOR.match(text, end) or starts_word(text, end)):
            return      # (市局长: a word of its own; 市局制定 acts)
        add_mention(doc, start, end, "Agency", name, region.code)


@Language.factory("kg_agencies")
def make_agencies(nlp: Language, name: str):
    return AgencyRecognizer()


class AgencyRecognizer:
    def __init__(self) -> None:
        """Loads its data now, not on the first report: worker processes forked after
        the pipeline is built share it."""
        grammar()
        gazetteer.load()

    def __call__(self, doc: Doc) -> Doc:
        g, gr = gazetteer.load(), grammar()
        text = text_of(doc)
        subject = report(doc).get("subject_code")
        regions = regions_of(doc)
        region_by_end = regions_ending_at(doc)
        taken: set[int] = set()          # characters of names found whole before the grammar's
        region_starts = {start for start, _ in regions}
        # a local bureau's region's start → (start, national name) before it: 国家税务总局|大同市税务局
        vertical: dict[int, tuple[int, str]] = {}
        for m in gr.national.finditer(text):
            if text[m.end():m.end() + 1] in ("门", "署") or \
                    (m.end() - m.start() == 2 and joins_word(text, m.start())):
                continue        # 商务部门 (a kind of body), 教育部署; 集中办公 (集中, not 中办)
            name = gr.national_names[m.group()]
            if name not in (national_head_bodies(text, m.start()) or (name,)):
                continue        # 国办公开办函〔2021〕30号: another body's number
            if name in gr.local_bureaus and m.end() in region_starts:
                vertical[m.end()] = (m.start(), name)
                continue
            unit = national_unit(g, text, m.end(), gr.national_units[name]) if name in gr.national_units else None
            if unit:                    # 国家统计局大同调查队: its unit serving a region
                end, codes = unit
                code = g.closest(codes, [subject] if subject else []) or ""
                add_mention(doc, m.start(), end, "Agency", name + text[m.end():end], code)
                taken.update(range(m.start(), end))
                continue
            start, end = m.start(), m.end()
            organ = _PARTY_ORGAN.match(text, end)
            office = gr.national_office.match(text, end) if not name.endswith(_OFFICE_ENDS) else None
            if organ:                   # 中共司法部党组, 国家税务总局党委: the ministry's party organs
                name, end = party_organ(name, organ), organ.end()
                start -= 2 if text.endswith("中共", 0, start) else 0
            elif office:                # 自然资源部办公厅: the ministry's general office
                name, end = name + office.group(), office.end()
            add_mention(doc, start, end, "Agency", name)
            taken.update(range(start, end))
        for (start, end), code in regions.items():
            # 大同调查队: a unit only one administration has, after the region it serves
            unit = next((u for u in gr.units_alone if text.startswith(u, end)), None)
            if unit and start not in taken:
                add_mention(doc, start, end + len(unit), "Agency", gr.units_alone[unit] + text[start:end] + unit, code)
        for m in gr.in_context.finditer(text):
            if m.start() not in taken:
                add_mention(doc, m.start(), m.end(), "Agency", gr.in_context_names[m.group()])
                taken.update(range(m.start(), m.end()))
        self.committees_named_whole(doc, g, region_by_end, taken)
        township = bool(subject) and g.divisions[subject].level == 4
        zones = self.zone_committees(doc, g, regions)
        for m in gr.body.finditer(text):
            if zones and m.start() in zones and m.group("stem"):
                # 大同经济技术开发区管理委员会应急管理局: the zone's, named after it
                start, committee, code = zones[m.start()]
                add_mention(doc, start, m.end(), "Agency", committee + "".join(department(m, gr)), code)
                continue
            if not taken.isdisjoint(range(m.start(), m.end())) or \
                    text[m.end():m.end() + 1] == "门" or text.endswith(gr.platforms, 0, m.start()) or \
                    (m.group().endswith("委") and _MEMBER.match(text, m.end())) or \
                    (m.group("gov") and _ITS_BODIES.match(text, m.end())) or \
                    ("号" in text[m.end():m.end() + 14] and in_a_number(text, m.start(), m.end())):
                continue           # 商务部门, 电子税务局, 政法委员 (a member, not the 政法委),
                                   # 市政府法制机构 (the governments' legal offices, any of them);
                                   # 〔2014〕保市府办172号: a document number's letters
            found = self.prefix(doc, g, m.start(), region_by_end, subject)
            if found is None and (m.group("npc") or m.group("npcsc") or m.group("cppcc")):
                term = _TERM.search(text, max(m.start() - 8, 0), m.start())
                if term:        # 西乌珠穆沁旗第十六届人民代表大会常务委员会: whatever its term
                    found = self.prefix(doc, g, term.start(), region_by_end, subject)
            if found is None and m.group("unit") and m.group("unit") != "办事处":
                found = self.station_town(g, text, m.start(), subject)
            if found is None and (text.endswith(("国家", "中央"), 0, m.start()) or
                                  m.group("head") in ("部", "总局", "署") or
                                  addressed_to_each(text, m.start(), regions) or
                                  _CPPCC_BEFORE.search(text, max(m.start() - 6, 0), m.start())):
                continue        # 国家网信办, 中央X办, X部: a national body kg does not know,
                                # none of the region's (no local government has a 部 or 总局)
            if found is None and after_zone(text, m.start()):
                continue        # 新区行政审批局: a zone's that no region opens (赣江新区), not the report's
            if found is None:
                start, code = m.start(), self.bare_region(doc, g, gr, m, subject, township)
                if code and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" \
                        and not starts_word(text, start) and not (m.group("gov") and text[start - 1] == "委"):
                    continue    # 怀柔科学城管委会: 城 is the last of 科学城, no 城管委 starts there
                                # (党委政府 is one word to jieba, two bodies all the same)
                if code and unknown_stem_before(doc, start):
                    continue    # 、市数字经济发展局: the body is named from 市 on, by words kg has
                                # no stem for, not the city's 经济发展局
            else:
                start, code = found
            if code is None or (m.group("party") and text.endswith(gr.other_parties, 0, start)):
                continue
            if m.group("unit") and m.group("unit").endswith(("办事处", "所", "站", "法庭")) and \
                    g.divisions[code].level != 4:
                continue        # 湛江办事处: an association's or a liaison office, not a 街道's;
                                # 西城区司法所: a district's stations, one in each township
            name = canonical_body(m, code, gr)
            # written out in full: 中共濮阳县委员会, 中国人民政治协商会议濮阳县委员会
            if m.group("party") and text.endswith(("中共", "中国共产党"), 0, start):
                start -= 2 if text.endswith("中共", 0, start) else 5
            elif m.group("party") == "委员会" and text.endswith("中国人民政治协商会议", 0, start):
                start -= 10
                name = f"中国人民政治协商会议{g.prefix(code)}委员会"
            elif m.group("party") == "委员会" and found is None:
                continue
            renamed = gr.short_since.get(m.group("stem") or "")
            if name and renamed and (year := report(doc).get("year")) and year >= renamed[0] \
                    and g.divisions[code].level <= renamed[2]:
                # 省药监局 in a report of 2018 or after: the 药品监督管理局 of that year's reform
                name = name.replace(gr.stems[m.group("stem")], renamed[1], 1)
            former = gr.short_before.get(m.group("stem") or "")
            if name and former and (year := report(doc).get("year")) and year < former[0]:
                # 省粮食局 in a report of 2015: the 粮食局 it was before the 2018 reform
                name = name.replace(gr.stems[m.group("stem")], former[1], 1)
            if name and start in vertical and name.endswith(gr.local_bureaus[vertical[start][1]]):
                start, national = vertical.pop(start)
                name = national + name          # 国家税务总局山西省大同市税务局
            elif name and name.endswith(gr.local_heads) and m.group("stem"):
                # 长沙市税务局, written without the national name, is the same body (in a
                # report of the years since the merger that made it so)
                local, year = name.removeprefix(g.prefix(code)), report(doc).get("year")
                name = next((n for n, head in gr.local_bureaus.items() if head == local and
                             (year is None or year >= gr.bureaus_since[n])), "") + name
            if name:
                end = m.end()
                if m.group("unit") == "办事处":   # 鲤城区人民政府金龙街道办事处: written out in full
                    sent_by = [a for a in mentions(doc, "Agency")
                               if a.end_char == start and a.kb_id_.endswith("人民政府")]
                    start = sent_by[0].start_char if sent_by else start
                branch = BRANCH.match(text, end) if m.group("head") == "局" else None
                if branch:                    # 广州市公安局增城区分局: its branch in a district
                    district = branch_district(g, branch.group(1), code)
                    if district:
                        name, end = f"{name}{g.divisions[district].name}{branch.group(2)}", branch.end()
                if not m.group("party"):      # 市政府党组, 市司法局党委: the body's party organs
                    organ = _PARTY_ORGAN.match(text, end) or \
                        (m.group("stem") and text.endswith("中共", 0, start) and _WRITTEN_OUT_ORGAN.match(text, end))
                    if organ:
                        name, end = party_organ(name, organ), organ.end()
                        if text.endswith("中共", 0, start):     # 中共青岛市交通运输局党组: in full
                            start -= 2
                add_mention(doc, start, end, "Agency", name, code)
                if m.group("pdept") and end == m.end():
                    self.listed_members(doc, name.removesuffix(gr.party_depts[m.group("pdept")]), end, code,
                                        party_department)
                group = m.group("rolgrp") or m.group("rolgrpp")
                if group and end == m.end():
                    self.listed_members(doc, name.removesuffix(group), end, code, coordination_group)
                self.coordinated(doc, g, gr, m, start, subject, region_by_end)
                committee = committee_before(doc, m) if start == m.start() else None
                if committee is not None:
                    # 省、州、县党委政府: the levels listed before the committee share its
                    # government too
                    self.coordinated(doc, g, gr, m, committee.start_char, subject, region_by_end)
                self.enumerated(doc, g, gr, m, start, region_by_end, code)
                tail = re.match(r"及其常委会|及其常务委员会", text[m.end():m.end() + 6])
                if m.group("npc") and tail:
                    # (a township's congress has a presidium, no standing committee: the
                    # one a township's report answers to is its county's)
                    if g.divisions[code].level == 4:
                        code = g.lineage(code)[-2].code
                    add_mention(doc, m.end() + 2, m.end() + tail.end(), "Agency",
                                f"{g.prefix(code)}人民代表大会常务委员会", code)
        for start, national in vertical.values():   # no bureau of its own after the region
            add_mention(doc, start, start + len(national), "Agency", national)
        self.both_offices(doc, g, gr, region_by_end, subject)
        self.named_groups(doc, g, region_by_end)
        self.city_named(doc, g, gr)
        self.short_names(doc)
        if not doc.user_data.get("kg_continued"):
            report(doc)["publisher"] = publisher(doc)
            report(doc)["opening_actor"] = opening_actor(doc)
        self.internal_units(doc, gr)
        return doc

    @staticmethod
    def short_names(doc: Doc) -> None:
        """A body named with the short name the page will use for it (…和旅游局(以下简称
        “市文广旅局”)): that short name is the body wherever it stands, though the grammar
        writes it out another way (文化广电和旅游局)."""
        text = text_of(doc)
        agencies = mentions(doc, "Agency")
        ends = {a.end_char: a for a in agencies}
        starts = {a.start_char: a for a in agencies}
        renamed = {}
        for m in _SHORT_NAME.finditer(text):
            full, short = ends.get(m.start()), starts.get(m.start(1))
            if full is not None and short is not None and short.end_char == m.end(1) \
                    and short.kb_id_ != full.kb_id_:
                renamed[short.kb_id_] = full.kb_id_
        renamed.update(AgencyRecognizer.written_short(doc, renamed))
        if renamed:
            rename(doc, "Agency", renamed)

    @staticmethod
    def written_short(doc: Doc, renamed: dict[str, str]) -> dict[str, str]:
        """A body the page names only by a short form, which the grammar writes out one way
        (政数局: 政务服务和数据管理局), and by its full name written another way (梨树县政务服务
        和数字化建设管理局): one body, the full name's, where the short form's characters stand
        in that name in order, its last the same, and that name is the only such one of the
        region's (not a body inside the written-out one: 人大常委会 is no 人民代表大会常务委员会
        法制工作委员会), and opens with the field the grammar's name opens with (政务: not
        国资局, the state-assets bureau, in 国土资源局)."""
        g = gazetteer.load()
        prefixes: dict[str, str] = {}
        written: set[str] = set()
        short: dict[str, tuple[str, str]] = {}
        text = text_of(doc)
        for a in mentions(doc, "Agency"):
            code, name = a.id_, a.kb_id_
            if not code or name in renamed or name in written:
                continue
            prefix = prefixes.get(code) or prefixes.setdefault(code, g.prefix(code))
            said = text[a.start_char:a.end_char]
            if not name.startswith(prefix):
                continue
            if name[len(prefix):] in said:
                written.add(name)
            elif said[-1] in "局委厅办":
                short.setdefault(name, (prefix, said))
        found = {}
        for name, (prefix, said) in short.items():
            # (less the regions and the level word it opens with: 梨树县政数局, 县政数局: 政数局)
            form = said[g.path_end(said):].lstrip(LEVEL_CHARS)
            body = name[len(prefix):]
            if name in written or len(form) < 3:
                continue
            full = [w for w in written if w.startswith(prefix) and w[-1] == form[-1]
                    and _in_order(form, w[len(prefix):]) and body not in w
                    and w[len(prefix):len(prefix) + 2] == body[:2]]
            if len(full) == 1:
                found[name] = full[0]
        return found

    def both_offices(self, doc: Doc, g, gr: Grammar, region_by_end: dict[int, tuple[int, str]],
                     subject: str | None) -> None:
        """两办 after a region or its level word (市两办, 邵阳市两办): the general offices of
        its party committee and of its government, two bodies named by one word (as 中办国办
        are the centre's), each a mention of the same characters."""
        text = text_of(doc)
        for m in gr.both_offices.finditer(text):
            found = self.prefix(doc, g, m.start(), region_by_end, subject)
            if found is None or found[1] is None or g.divisions[found[1]].level > 3:
                continue        # (各县两办: every county's; a township has one office, 党政办)
            start, code = found
            office = "办公厅" if g.divisions[code].level == 1 else "办公室"
            add_mention(doc, start, m.end(), "Agency", f"中共{g.prefix(code)}委员会{office}", code)
            add_mention(doc, start, m.end(), "Agency", f"{g.prefix(code)}人民政府{office}", code)

    @staticmethod
    def committees_named_whole(doc: Doc, g, region_by_end: dict[int, tuple[int, str]],
                               taken: set[int]) -> None:
        """A political consultative conference's committee named whole, with its region and
        perhaps its term (政协第七届磐安县委员会): the conference's, where the grammar alone
        would read 政协 and then a party's 磐安县委员会; a party committee with its term
        (中国共产党磐安县第十五届委员会), which the grammar alone does not read. Read back
        from each 委员会: the term, the regions, the name opening them."""
        text = text_of(doc)
        pos = text.find("委员会")
        while pos >= 0:
            end, pos = pos + 3, text.find("委员会", pos + 3)
            term = _WHOLE_TERM.search(text, max(end - 15, 0), end - 3)
            at = region_by_end.get(term.start())
            if at is None or g.divisions[at[1]].level == 4:
                continue
            start, code = at
            while start in region_by_end:               # 云南省景洪市: the last region is its
                start = region_by_end[start][0]
            opening = _WHOLE_OPENING.search(text, max(start - 14, 0), start)
            if not opening or not (opening.group("cppcc") or term.group("term")) or \
                    not taken.isdisjoint(range(opening.start(), end)):
                continue
            name = f"中国人民政治协商会议{g.prefix(code)}委员会" if opening.group("cppcc") else \
                f"中共{g.prefix(code)}委员会"
            add_mention(doc, opening.start(), end, "Agency", name, code)
            taken.update(range(opening.start(), end))

    @staticmethod
    def zone_committees(doc: Doc, g, regions: dict) -> dict[int, tuple[int, str, str]]:
        """A development zone's bodies, named after the region that opens the zone's name a
        few characters before its kind: its committee (大同经济技术开发区管理委员会, 湖南湘江
        新区管委会) and party working committee (十堰经济技术开发区党工委), written as they
        are under the province's name, since a zone is no division, and from the county on
        where a city precedes it (河源东源产业园区 as 东源产业园区). Each is added; the
        zone, or its committee, is returned by its end, (start, name, the region's code),
        for the departments written after it (武汉经开区统计局, …管委会应急管理局)."""
        text = text_of(doc)
        out: dict[int, tuple[int, str, str]] = {}
        bare: list[re.Match] = []

        def a_division(z: re.Match) -> bool:     # (浦东新区, 滨海新区: divisions named 新区)
            return any(s < z.end() and e > z.start() for s, e in regions)

        for z in gazetteer.zone_kinds().finditer(text):
            opened = [(s, e, code) for (s, e), code in regions.items() if 0 <= z.start() - e <= 4
                      and _CJK_RUN.fullmatch(text, e, z.start())]
            if not opened:
                bare.append(z)
                continue
            if a_division(z):
                continue
            start, _, code = min(opened)
            named = start
            for s2, _, c2 in sorted(opened)[1:]:
                if g.is_within(c2, code):
                    named, code = s2, c2
            province = g.lineage(code)[0]
            written = text[named:z.end()]
            full = [f for f in gazetteer.zone_short_kinds().get(z.group(), ())
                    if text[named:z.start()] + f in text]
            if len(full) == 1:      # 湛江经开区 on a page that names 湛江经济技术开发区 in full
                written = text[named:z.start()] + full[0]
            zone = written if province.code == code else province.name + written
            c = _ZONE_BODY.match(text, z.end())
            if c is None:
                out[z.end()] = (start, zone, code)
            elif c.group("committee"):
                add_committee(doc, text, start, c.end(), zone, code)
                out[c.end()] = (start, zone + "管理委员会", code)
            else:
                party = start - 2 if text.endswith("中共", 0, start) else start
                add_mention(doc, party, c.end(), "Agency", f"中共{zone}工作委员会", code)
                also = _ZONE_ALSO.match(text, c.end())
                if also:            # 十堰经济技术开发区党工委、管委会: the zone's both
                    add_mention(doc, also.start(1), also.end(), "Agency", zone + "管理委员会", code)
        # in a zone's own report, its bodies named by the zone's kind alone (经开区管委会,
        # 开发区党工委), by the kind's last character (区管委会, 区党工委) or bare (管委会) are
        # the zone's the page names first in full
        own = next(iter(out.values()), None) if report(doc).get("zone_report") else None
        if own is None and report(doc).get("zone_report"):
            kind = next((z.group() for z in bare if not a_division(z)), None)
            own = kind and AgencyRecognizer.unnamed_zone(g, kind, report(doc).get("subject_code"))
        if own is None:
            return out
        zone, code = own[1].removesuffix("管理委员会"), own[2]
        # a park calls itself 园区 (园区党工委, 园区法制办), and so does a development or high-tech
        # zone (株洲高新区's 园区综合执法局)
        bare += [p for p in re.finditer("园区", text) if not _NAMED_BEFORE.match(text, p.start() - 1, p.start())]
        bare = [z for z in bare if not a_division(z)]
        named = [(z.start(), _ZONE_BODY.match(text, z.end())) for z in bare]
        named += [(c.start(), c) for c in _OWN_ZONE_BODY.finditer(text)]
        for start, c in named:
            if c is None or _NAMED_BEFORE.match(text, start - 1, start) or \
                    any(a.start_char < c.end() and start < a.end_char for a in mentions(doc, "Agency")):
                continue
            if c.group("committee"):
                add_committee(doc, text, start, c.end(), zone, code)
            else:
                add_mention(doc, start, c.end(), "Agency", f"中共{zone}工作委员会", code)
        # and its departments, after its kind alone or the kind's last character (高新区综治局,
        # 区财政局: the zone's, as its publisher is), not after another place's name
        kinds = [(z.start(), z.end()) for z in bare]
        kinds += [(r.start(), r.end()) for r in re.finditer("区", text) if not a_division(r)]
        for start, end in kinds:
            if not _NAMED_BEFORE.match(text, start - 1, start):
                out.setdefault(end, (start, zone, code))
        return out

    @staticmethod
    def unnamed_zone(g, kind: str, code: str | None) -> tuple[int, str, str] | None:
        """A zone's own report that never names it in full (2023年，高新区坚持…，平安珠海建设):
        the zone of that kind after the stem of the city (or county) the report is about,
        as zones are named (珠海高新区), for its bodies by their kind (区党工委、区管委会)."""
        if not code or g.divisions[code].level not in (2, 3):
            return None
        province = g.lineage(code)[0]
        zone = g.stem(g.divisions[code].name) + kind
        return -1, zone if province.code == code else province.name + zone, code    # (-1: named nowhere)

    @staticmethod
    def internal_units(doc: Doc, gr: Grammar) -> None:
        """A department's internal divisions: right after its name (省司法厅法治督察处), or,
        in the department's own report (its publisher, else the body its first paragraph
        opens with), after the character it calls itself by (厅法治督察处, 厅办公室; and so its
        party organs: 厅党委, 部党组, 委党组) or bare (``bare_units``)."""
        text = text_of(doc)
        for a in mentions(doc, "Agency"):
            m = gr.internal_unit.match(text, a.end_char) or (
                _GENERAL_OFFICE.match(text, a.end_char) if a.kb_id_.endswith(("厅", "局")) else None) or (
                gr.ministry_bureau.match(text, a.end_char) if not a.id_ else None)
            if m and _holds_divisions(a.kb_id_) and unit_of(m.group(), a.id_):
                add_mention(doc, a.start_char, m.end(), "Agency", a.kb_id_ + m.group(), a.id_)
                continue
            # 县法院行政审判庭, 县检察院第一检察部: a court's or a procuratorate's division
            units = next((u for body, u in gr.judicial_units if a.kb_id_.endswith(body)), None)
            m = units.match(text, a.end_char) if units else None
            if m:
                add_mention(doc, a.start_char, m.end(), "Agency", a.kb_id_ + m.group(), a.id_)
        meta = report(doc)
        own = organs_department(meta.get("publisher") or meta.get("opening_actor") or "")
        head = next((c for end, c in _SELF_HEADS if own.endswith(end)), None)
        if head is None or "人民政府" in own or "人民代表大会" in own or own.startswith(("中共", "中国")):
            own = ""
        found = mentions(doc, "Agency") if own else []
        # (its region from its party organ where the page names the department so alone:
        # 省自然资源厅党组…，厅法规处 is 湖北省's)
        code = next((a.id_ for a in found if a.id_ and organs_department(a.kb_id_) == own), "")
        system = _System.of(own, code) if own and code else None
        if system is not None:
            # (first: 市院党组 is the city's, no 院党组 of the report's own inside it)
            AgencyRecognizer.superiors(doc, gr, system, code)
            AgencyRecognizer.subordinates(doc, gr, system, code)
            found = mentions(doc, "Agency")
        pos = text.find(head) if own else -1
        # (省生态环境厅法规与标准处 in a 交通运输厅's report: 厅 ends another body's name found;
        # 市院党组: 院 inside one)
        longer = [a for a in found if a.end_char - a.start_char > len(head)]
        others = {a.end_char for a in longer}
        inside = {p for a in longer for p in range(a.start_char + 1, a.end_char)}
        # (市局党委, 县局法制股: a bureau calls itself by its region's level word too, 市 for a
        # city's, 县 for a county's; a district's branch calls its city's bureau so, not itself)
        level = gazetteer.load().divisions[code].name[-1] if code and head == "局" else ""
        while pos >= 0:
            # 由厅法规处, 纳入厅党委: 厅 is a word of its own there, not the end of 办公厅
            start = pos if self_word(text, pos) else \
                pos - 1 if level and text[pos - 1:pos] == level and \
                (opens_phrase(text, pos - 1) or after_verb(text, pos - 1)) else -1
            unit = gr.internal_unit.match(text, pos + len(head)) or (
                _GENERAL_OFFICE.match(text, pos + len(head)) or own_unit(text, start, text[start:pos + len(head)])
                if own.endswith(("厅", "局")) and start >= 0 else None)
            organ = _PARTY_ORGAN.match(text, pos + len(head))
            if (unit or organ) and start >= 0 and pos + len(head) not in others and pos not in inside:
                if unit:
                    if unit_of(unit.group(), code):
                        add_mention(doc, start, unit.end(), "Agency", own + unit.group(), code)
                else:                   # 厅党委, 局党组: its party committee or group
                    add_mention(doc, start, organ.end(), "Agency", party_organ(own, organ), code)
            pos = text.find(head, pos + 1)
        if own.endswith("局") and code:
            # (in a branch's own report its siblings, and itself, are its city bureau's)
            AgencyRecognizer.own_branches(doc, branch_parent(own, code) or own, code)
        AgencyRecognizer.bare_units(doc, gr, own, code)
        if own.endswith(_JUDICIAL_KINDS) and code:
            AgencyRecognizer.own_judicial_units(doc, gr, own, code)

    @staticmethod
    def own_judicial_units(doc: Doc, gr: Grammar, own: str, code: str) -> None:
        """A court's or a procuratorate's divisions in its own report, named bare at a
        phrase's start or after 院, as it calls itself (第一检察部办理…, 院检察委员会, 执行局):
        the report's own, not one after another court's name (市中院执行局)."""
        units = next((u for body, u in gr.judicial_units if own.endswith(body)), None)
        if units is None:
            return
        text = text_of(doc)
        named = [(a.start_char, a.end_char) for a in mentions(doc, "Agency")]
        for m in units.finditer(text):
            start = m.start() - 1 if text[m.start() - 1:m.start()] == "院" else m.start()
            if any(s < m.end() and start < e for s, e in named) or not opens_phrase(text, start):
                continue
            add_mention(doc, start, m.end(), "Agency", own + m.group(), code)

    @staticmethod
    def superiors(doc: Doc, gr: Grammar, system: _System, code: str) -> None:
        """The same department of a region above, named by that region's level word in the
        department's own report (在省局、市局的领导下 in a county tax bureau's: the province's
        and the city's tax bureaus; 省厅 in a city police bureau's: the province's 公安厅; 市院,
        省院 in a procuratorate's or a court's), and its party organ (省局党委) or division
        (省厅法规处). Not its own level's word, which is the department itself (市局 in 孟州市's,
        a county-level city's), nor a head the region above does not give that department
        (省局 where the province's is a 厅, 市厅)."""
        text, lineage = text_of(doc), gazetteer.load().lineage(code)
        for m in _SUPERIOR.finditer(text):
            level = m.group("level")
            above = next((d for d in reversed(lineage if system.branch else lineage[:-1])
                          if d.name.endswith(level)), None)
            if above is None or (not system.branch and lineage[-1].name.endswith(level)) or \
                    not (opens_phrase(text, m.start()) or text[m.start() - 1] in _BEFORE_SUPERIOR):
                continue        # (市局 of 孟州市: itself; 各市局: each city's)
            system.mention(doc, gr, m.start(), m.end(), above, m.group("head"))

    @staticmethod
    def subordinates(doc: Doc, gr: Grammar, system: _System, code: str) -> None:
        """The same department of a region inside the department's, named by the region and
        the head alone in the department's own report (太原市局、大同市局 in a provincial tax
        bureau's: 国家税务总局山西省太原市税务局; 濮阳县院 in a city procuratorate's), and its
        party organ (晋中市局党委); not in a branch's report, whose region is its city's."""
        if system.branch:
            return
        g, text = gazetteer.load(), text_of(doc)
        for (start, end), rcode in regions_of(doc).items():
            if rcode != code and rcode and g.is_within(rcode, code):
                system.mention(doc, gr, start, end + 1, g.divisions[rcode], text[end:end + 1])

    @staticmethod
    def own_branches(doc: Doc, own: str, code: str) -> None:
        """A city bureau's branches named bare in its own report (东宝分局、掇刀分局 in 荆门市
        市场监督管理局's): each named after a district of its city, as in full (市公安局增城区分局)."""
        text, g = text_of(doc), gazetteer.load()
        pos = text.find("分局")
        while pos >= 0:
            for k in (2, 3, 4):
                district = opens_phrase(text, pos - k) and branch_district(g, text[pos - k:pos], code)
                if district:
                    add_mention(doc, pos - k, pos + 2, "Agency",
                                f"{own}{g.divisions[district].name}分局", code)
                    break
            pos = text.find("分局", pos + 2)

    @staticmethod
    def bare_units(doc: Doc, gr: Grammar, own: str, code: str) -> None:
        """Divisions named without their department: one whose head's title follows (依法
        行政指导处处长) is the department named last before it in the sentence (省司法厅高级
        法律专务某某、依法行政指导处处长某某); in a department's own report, one where no name
        stands before it is that department's (办公室设在政策法规科, 我局设立了政策法规处), or
        its region's level word alone (市劳动保障监察支队 in a city's 人社局's report, 县卫生监督所
        in a county's 卫健局's); not one after another body's short name (省厅法规处, 市局法制科)."""
        text = text_of(doc)
        units = list(gr.internal_unit.finditer(text))
        if not units:
            return                              # (most reports name none: no more work)
        agencies = mentions(doc, "Agency")
        named = [(a.start_char, a.end_char) for a in agencies]
        for unit in units:
            before = text[unit.start() - 1:unit.start()]
            if before in _DEPARTMENT_HEAD_CHARS or \
                    any(s < unit.end() and unit.start() < e for s, e in named):
                continue
            if _UNIT_TITLE.match(text, unit.end() - 1):
                start, _ = sentence_of(doc, unit.start())
                last = [a for a in agencies if start <= a.start_char and a.end_char <= unit.start()
                        and _holds_divisions(a.kb_id_)]
                if last:
                    department = max(last, key=lambda a: a.end_char)
                    if unit_of(unit.group(), department.id_):
                        add_mention(doc, unit.start(), unit.end(), "Agency",
                                    department.kb_id_ + unit.group(), department.id_)
                    continue
            if before in _AND and text[unit.start() - 2:unit.start() - 1] not in _UNIT_ENDS:
                continue        # 校园安全与法规处: the division's own longer name, not a list's last
            body = placed_body_ending_at(doc, unit.start() - 1) if before in "(（" else None
            if body is not None and _holds_divisions(body.kb_id_):
                # 县公安局(交警大队): the division of the department its brackets follow, not
                # the publisher's
                if unit_of(unit.group(), body.id_):
                    add_mention(doc, unit.start(), unit.end(), "Agency", body.kb_id_ + unit.group(), body.id_)
                continue
            if not own or not unit_of(unit.group(), code):
                continue
            if opens_phrase(text, unit.start()) or before in "在了":
                add_mention(doc, unit.start(), unit.end(), "Agency", own + unit.group(), code)
            elif code and before == gazetteer.load().divisions[code].name[-1] \
                    and opens_phrase(text, unit.start() - 1):
                add_mention(doc, unit.start() - 1, unit.end(), "Agency", own + unit.group(), code)

    def bare_region(self, doc: Doc, g, gr: Grammar, m: re.Match, subject: str | None,
                    township: bool) -> str | None:
        """Whose body a match without a region prefix is, or None when it is no one's in
        particular (各级党委, 人大代表, 政府法制办 of whom?)."""
        if not subject:
            return None
        text = text_of(doc)
        if _OF_A_LEVEL.search(text, max(m.start() - 24, 0), m.start()):
            return None             # 向同级党委、人大常委会报告: a rule for every region's bodies
        if m.group("rol"):                   # 依法治县办: the level word says whose
            return self.level_word_region(doc, g, rule_of_law_level(m), m.start(), subject)
        if m.group("party") == "党委" and (m.group("prol") or gr.party_depts.get(m.group("pdept")) == "常务委员会") \
                and g.divisions[subject].name.endswith("自治区"):
            # an autonomous region's party committee is its 党委 (自治区党委), and so its own
            # report writes the committee's standing committee and rule-of-law committee
            # (党委常委会, 党委全面依法治区委员会); no department or township has either
            return subject
        if m.group("party") in ("党委", "党工委", "工委") or m.group("unit"):
            # a township's own report: 党委 and 司法所 are the township's (not a village's, a 社区's;
            # 街道工委, as Beijing's streets write their party working committee)
            # (辖区派出所: the station of the township's own area)
            # (党委(党组)理论学习中心组: every committee's or party group's, a pair of kinds)
            ok = township and (text[m.start() - 1:m.start()] not in "级各等层村区" or
                               text.endswith("辖区", 0, m.start())) and not m.group("pdept") \
                and not text.startswith(("(党组)", "（党组）"), m.end())
            return subject if ok else None
        if _KIND_PROGRAMME.match(text, m.end()):
            return None             # 行政复议委员会试点, 推进行政复议局建设: the kind of body a
                                    # programme sets up, none of them in particular (a township's
                                    # own 司法所 still is its own: 加强司法所建设)
        if m.group() in ("监委", "监察委员会"):
            # 省纪委监委: the supervisory commission sharing its discipline commission's office
            # (合署办公) and its prefix, written right after it
            before = placed_body_ending_at(doc, m.start(), lambda name: name.endswith("纪律检查委员会"))
            if before is not None:
                return before.id_
        if text[m.start() - 1:m.start()] in ("和", "、", "及") and (
                m.group("court") or m.group("procuratorate") or _bare_allowed(m, gr) or m.group("gov")):
            # 自治区党委和政府, 自治区人大常委会、政府、政协、高级法院: the bodies of the region
            # of the body just before, the list's prefix written once
            before = placed_body_ending_at(doc, m.start() - 1)
            if before is not None and not (m.group("cppcc") and g.divisions[before.id_].level == 4):
                return before.id_       # (镇人大、政协: no township has a CPPCC, see below)
            if m.group() in ("政府", "人民政府"):
                return None
        if m.group() == "政府" and text.startswith("党组", m.end()) and _PARTY_ORGAN.match(text, m.end()) \
                and (opens_phrase(text, m.start()) or after_verb(text, m.start())) \
                and g.divisions[subject].level < 4:
            return subject          # 召开政府党组会议 in a government's report: its own government's
                                    # party group (a township has none: its 党委 leads)
        committee = committee_before(doc, m)
        if committee is not None:           # 县党委政府, 州委政府: the committee's region's
            return committee.id_
        if m.group("prefecture_party") or m.group("prefecture_gov"):
            # 地委、行署: the bodies of the report's 地区 or 盟, where it lies in one
            return next((d.code for d in g.lineage(subject)
                         if d.level == 2 and d.name.endswith(("地区", "盟"))), None)
        if not _bare_allowed(m, gr):
            return None
        if (m.group("npc") or m.group("cppcc")) and re.match(r"代表|委员|提案|主席",
                                                             text[m.end():m.end() + 2]):
            return None
        if township and (m.group("cppcc") or m.group("npcsc") or m.group("npclaw") or m.group("npcleg")
                         or (m.group("npc") and g.divisions[subject].name.endswith("街道"))):
            # no township has a CPPCC or a congress's standing committee, and a 街道 has no
            # congress: 人大常委会、政协监督 there are its county's
            return g.lineage(subject)[-2].code
        if m.group("head") == "厅":
            return g.lineage(subject)[0].code
        if m.group("stem"):
            if any(a.end_char == m.start() for a in mentions(doc, "Agency")):
                return None         # 库车市司法局行政执法协调监督办公室: a unit of the body before it
            if text[m.start() - 1:m.start()] in ("厅", "局") and opens_phrase(text, m.start() - 1):
                return None         # 厅综合执法局: the department's own (``internal_units``)
            if any(text[m.start() - k:m.start()] + m.group("stem") in gr.field_units for k in (2, 3, 4)):
                return None         # 省生态环境执法监察局: a field unit's name (执法监察), no 监察局
            code = self.actor_region(doc, g, m.start(), subject) or subject
            if township and code == subject and m.group("head") != "办":
                # a township has stations and offices, no bureaus or commissions: 司法局,
                # 发改委 in its report are its county's
                return g.lineage(subject)[-2].code
            return code
        return subject

    @staticmethod
    def level_word_region(doc: Doc, g, word: str, pos: int, subject: str | None) -> str | None:
        """The region a level word points at: a region of that kind named earlier in the
        sentence, else the subject region or its ancestor of that kind; a province's short
        name (依法治藏办) points at that province."""
        province = gazetteer.province_short_names().get(word)
        if province:
            codes = g.by_name.get(province, [])
            return codes[0] if len(codes) == 1 else None
        # (a bare 区 in a district's report is the district's, though the sentence names
        # its autonomous region: 视察宁夏重要讲话精神，聚焦区委“四城同创”工作目标)
        own = word == "区" and subject and any(
            d.level > 1 and _of_kind(d.name, word) for d in g.lineage(subject))
        text = text_of(doc)
        # (a region listed with others, 醴陵市、攸县被评为…，市国土资源局…, is an example named,
        # no actor of the clauses after it, where the report's own region is called so too;
        # in its own clause it is: 大同、吕梁、运城等市政府法制办)
        subject_so = subject is not None and called_as(doc, g, subject, word)
        near = [(start, code) for start, end, code in regions_before(doc, pos)
                if called_as(doc, g, code, word) and not (own and g.divisions[code].level == 1)
                and not (subject_so and (text[end:end + 1] == "、" or text[start - 1:start] == "、")
                         and CLAUSE_MARK.search(text, end, pos))]
        if near:
            # a setting of guidance from above (在长沙市委、市政府的坚强领导下，): the region it
            # names is no prefix of what follows it, whose bodies written by level alone are the
            # report's own (…，市委、市政府高度重视; 在市司法局的指导下: a county-level city's
            # department's own city); looked for only where a region was named before
            settings = [m.span() for m in SETTING.finditer(text, sentence_of(doc, pos)[0], pos)]
            near = [(start, code) for start, code in near if not any(a <= start < b for a, b in settings)]
        if near:
            return max(near)[1]
        if subject:
            for d in reversed(g.lineage(subject)):
                if called_as(doc, g, d.code, word):
                    return d.code
        return None

    @staticmethod
    def actor_region(doc: Doc, g, pos: int, subject: str | None) -> str | None:
        """A region below the subject named earlier in the sentence: the actor there."""
        below = [(start, code) for start, end, code in regions_before(doc, pos)
                 if code != subject and g.divisions[code].level < 4
                 and (not subject or g.is_within(code, subject))]
        return max(below)[1] if below else None

    @staticmethod
    def station_town(g, text: str, pos: int, subject: str | None) -> tuple[int, str] | None:
        """(start, code) of the township a station before ``pos`` is named after by its
        name without the level word (组织宝城司法所工作人员: 宝城镇's, in the report of
        its county or of a township it also serves); never a verb (联合派出所开展)."""
        county = g.county_of(subject) if subject else None
        if county is None:
            return None
        stems = g.township_stems(county)
        for k in (4, 3, 2):
            stem = text[pos - k:pos]
            if stem in stems and tag(stem) is None and whole_words(text, pos - k, pos):
                return pos - k, stems[stem]
        return None

    def prefix(self, doc: Doc, g, pos: int, region_by_end, subject) -> tuple[int, str | None] | None:
        """(start, region code) of the prefix ending at ``pos``, or None without one."""
        text = text_of(doc)
        if pos in region_by_end:
            start, code = region_by_end[pos]
            # 北京市朝阳区人民政府: the written-out ancestors belong to the name
            while start in region_by_end and g.is_within(code, region_by_end[start][1]):
                start = region_by_end[start][0]
            return start, code
        if text[pos - 2:pos] == "本级":
            # (各县市人民政府在本级党委统一领导下: each one's own level, no one body)
            lo = max(pos - 80, 0)
            clause = _CLAUSE_START.search(text, lo, pos - 2)
            counted = _EACH.search(text, clause.end() if clause else lo, pos - 2)
            return pos - 2, None if counted else subject
        if text[pos - 1:pos] in ")）" and _LEVELS_BRACKETED.search(text, max(pos - 12, 0), pos):
            return pos - 1, None        # 各市（州）司法局: every city's, no one body
        if text[pos - 3:pos] in _AUTONOMOUS:     # 自治区党委: the whole word, not 区
            return pos - 3, self.level_word_region(doc, g, text[pos - 3:pos], pos, subject)
        if text[pos - 2:pos] in _TWO_CHARACTER_KINDS and \
                (code := self.level_word_region(doc, g, text[pos - 2:pos], pos, subject)):
            return pos - 2, code    # 林区政府, 特区党委: 神农架林区's, 六枝特区's own (elsewhere
                                    # 林区 and 特区 are words: 国有林区政府, 经济特区政府)
        if text.endswith("地区", 0, pos) and (pos == 2 or text[pos - 3] in _AND or not "\u4e00" <= text[pos - 3] <= "\u9fff"):
            # 地区司法局, 地区中级人民法院 in a 地区's report: its own (not 本地区, 各地区)
            return pos - 2, self.level_word_region(doc, g, "地", pos, subject)
        if text.endswith("街道", 0, pos) and starts_word(text, pos - 2):
            # 街道综合行政执法办公室, 街道司法所 in a 街道's report: its own, as 镇司法所 in a
            # town's (各街道, 乡镇街道: each one's, no one body; 本街道: the body's alone)
            before = text[pos - 3:pos - 2]
            if before and before in _DEICTIC:
                return None
            if before and before in _NOT_STREETS_OWN:
                return pos - 2, None
            return pos - 2, self.level_word_region(doc, g, "街道", pos, subject)
        if pos >= 1 and text[pos - 1] in LEVEL_CHARS:
            if pos - 1 in region_by_end and g.path(region_by_end[pos - 1][1]).endswith(text[pos - 1]):
                # 浚县县委, 息县县政府: the level word again after a county named with one
                # character, its own
                return self.prefix(doc, g, pos - 1, region_by_end, subject)
            lo = max(pos - 12, 0)
            if "各" in text[lo:pos - 1] and _EACH_LEVEL.search(text, lo, pos - 1):
                return pos - 1, None  # 各市交通运输局, 各县、区人民政府, 各县市区司法局: each one's
            run = _LEVEL_RUN.search(text, lo, pos)
            if len(run.group()) >= 2 and run.group() != text[pos - 1] * len(run.group()):
                return run.start(), None    # 乡镇人民政府, 市县政府, 县市区司法局: two levels'
                                            # bodies, every one of them
            # (司法局会同县财政局: 会同, together with, though jieba reads 会同县, the county; and
            # 市政府和县人大常委会: 和 joining two bodies, though jieba reads 和县, Anhui's county)
            if pos >= 2 and (text[pos - 2] in _DEICTIC or (
                    text[pos - 2] not in LEVEL_CHARS
                    and (is_word(text[pos - 2:pos]) or (pos >= 3 and is_word(text[pos - 3:pos])))
                    and not starts_word(text, pos - 1) and not text.endswith("会同", 0, pos - 1)
                    and not (text[pos - 2] in _AND and any(a.end_char == pos - 2 for a in mentions(doc, "Agency"))))):
                return None          # 社区便民服务中心: the 区 of 社区, no level word; nor
                                     # of 示范区 (示范区党工委: a zone's)
            return pos - 1, self.level_word_region(doc, g, text[pos - 1], pos, subject)
        return None

    def coordinated(self, doc: Doc, g, gr: Grammar, m: re.Match, start: int, subject,
                    region_by_end) -> None:
        """中央、省、市、区委 / 国家、省、市信访局: level words sharing one body."""
        text = text_of(doc)
        pos = start
        while pos >= 2 and text[pos - 1] == "、":
            word = next((w for w in _COORD_WORDS if text[pos - 1 - len(w):pos - 1] == w), None)
            if word is None:
                break
            wstart = pos - 1 - len(word)
            if pos - 1 in region_by_end and region_by_end[pos - 1][0] < wstart:
                break           # 延安市、宝鸡市、省文化和旅游厅: 市 ends a city's name
            if word == "中央":
                name = "中共中央" if m.group("party") and not m.group("pdept") else None
            elif word == "国家":
                name = f"国家{m.group()}" if m.group("stem") else None
            else:
                code = self.level_word_region(doc, g, word, wstart, subject)
                name = canonical_body(m, code, gr) if code else None
            if name:
                add_mention(doc, wstart, wstart + len(word), "Agency", name)
            pos = wstart

    @staticmethod
    def enumerated(doc: Doc, g, gr: Grammar, m: re.Match, start: int, region_by_end,
                   code: str) -> None:
        """大同、吕梁、运城等市政府法制办: one body for every region listed before the level
        word; 昆明市、曲靖市国土资源局: for every region of its level listed before its own."""
        text = text_of(doc)
        if start != m.start() - 1:
            pos = start - 1
            level = g.divisions[code].level if text[pos:pos + 1] == "、" else 0
            while text[pos:pos + 1] == "、" and pos in region_by_end:
                rstart, rcode = region_by_end[pos]
                if g.divisions[rcode].level != level or rcode == code:
                    break
                add_mention(doc, rstart, pos, "Agency", canonical_body(m, rcode, gr), rcode)
                pos = rstart - 1
            return
        pos = start - 1 if text[start - 1:start] == "等" else start
        while pos in region_by_end:
            rstart, rcode = region_by_end[pos]
            if rcode != code:
                add_mention(doc, rstart, pos, "Agency", canonical_body(m, rcode, gr), rcode)
            if text[rstart - 1:rstart] != "、":
                break
            pos = rstart - 1

    @staticmethod
    def listed_members(doc: Doc, committee: str, end: int, code: str,
                       member: Callable[[str, int], tuple[int, str] | None]) -> None:
        """县委组织部、宣传部、统战部, 县委依法治县委执法协调小组、守法普法协调小组: the bodies
        listed after the first, the committee they belong to written once. ``member`` reads
        one where it starts: (its length, its name after the committee's), else None."""
        text = text_of(doc)
        while text[end:end + 1] in ("、", "和", "及"):
            found = member(text, end + 1)
            if found is None:
                return
            length, name = found
            add_mention(doc, end + 1, end + 1 + length, "Agency", committee + name, code)
            end += 1 + length

    @staticmethod
    def city_named(doc: Doc, g, gr: Grammar) -> None:
        """南京铁路运输法院, 上海海事法院, 青岛海关: a special court or a customs district
        named by its city's name without the level word (or with 市) and its kind, as it
        signs itself."""
        text = text_of(doc)
        for m in gr.city_named.finditer(text):
            found = next(((k, codes) for k in (4, 3, 2)
                          if m.start() >= k and (codes := cities(g, text[m.start() - k:m.start()]))), None)
            if found:
                k, codes = found
                add_mention(doc, m.start() - k, m.end(), "Agency",
                            g.stem(g.divisions[codes[0]].name) + m.group(1), codes[0])

    @staticmethod
    def named_groups(doc: Doc, g, region_by_end) -> None:
        """濮阳县法治政府建设领导小组, 密云区推进依法行政工作协调小组: a named temporary body
        with its region; later bare mentions of the same body are aliases of it. Not groups
        counted after a body (区委全面依法治区委员会及各协调小组: each of its groups), nor a
        meeting's words before one."""
        text = text_of(doc)
        openers = grammar().group_openers
        named: dict[str, str] = {}
        # (the bodies already named: 县委依法治县委执法协调小组, the committee's group)
        placed = {(a.start_char, a.end_char) for a in mentions(doc, "Agency")}
        for m in re.finditer(r"(?:领导|协调)小组(?:办公室)?", text):
            left = m.start()
            # walk left to the end of a region name (or punctuation, or 30 characters)
            while left > 0 and left > m.start() - 30 and text[left - 1] not in _PUNCT \
                    and left not in region_by_end:
                left -= 1
            core = text[left:m.end()]
            if "各" in core or "会议" in core or _LEADS_IT.search(core):
                continue        # (区法治政府建设工作会议暨执法协调小组(扩大)会议: a meeting;
                                # 区政府主要领导担任…领导小组组长: who leads it, no name)
            # (宜州区人民政府和区全面推进依法行政工作领导小组: a body, then the group a level
            # word after the conjunction names)
            if left in region_by_end and len(core) >= 6 and not _ANOTHER_LEVELS.search(core):
                rstart, code = region_by_end[left]
                skip = _past_openers(core, openers)
                if skip:                # 甘谷县召开依法治县领导小组…: the region acts, the
                    core, rstart = core[skip:], left + skip         # group is named after
                    if len(core) < 6:
                        continue        # 平城区成立领导小组: no name
                brand = _BRANDED.search(text, max(rstart - 2, 0), rstart)
                if brand:               # 法治石家庄建设领导小组: the place is in the name
                    core, rstart = text[brand.start():m.end()], brand.start()
                canonical = group_name(g.prefix(code), core)
                if not core.startswith("委"):    # (a party committee's is 市委…, below)
                    named[core] = canonical
                if (rstart, m.end()) not in placed:
                    add_mention(doc, rstart, m.end(), "Agency", canonical, code)
                    placed.add((rstart, m.end()))
                continue
            # 调整市推进依法行政工作领导小组: after the verb, a level word names the region
            start = left + _past_openers(text[left:m.start()], openers)
            year = _MEETING_YEAR.match(text, start)     # 召开2021年省推进依法行政工作领导小组会议
            start = year.end() if year else start
            count = _MEETING_COUNT.match(text, start)   # 召开3次县…领导小组会议
            start = count.end() if count else start
            # (县长任双组长的…领导小组: a person, and a description with 的, name no body, but
            # a level word after 的 does: 由党委书记、镇长任组长的镇法治建设领导小组)
            described = text.rfind("的", start, m.start())
            start = described + 1 if described >= 0 else start
            # (自治区法治政府建设工作领导小组, 街道法治政府建设工作领导小组: a whole level word)
            word = next((w for w in _LEVEL_WORDS if text.startswith(w, start)), text[start:start + 1])
            if word and word in _LEVEL_WORDS + tuple(LEVEL_CHARS) and m.end() - start >= 6 + len(word) and \
                    text[start + len(word)] != "长":
                code = AgencyRecognizer.level_word_region(doc, g, word, start,
                                                          report(doc).get("subject_code"))
                if code and (start, m.end()) not in placed:
                    add_mention(doc, start, m.end(), "Agency",
                                group_name(g.prefix(code), text[start + len(word):m.end()]), code)
        for core, canonical in named.items():
            for start in occurrences(core, text):
                if start not in region_by_end and (start, start + len(core)) not in placed:
                    add_mention(doc, start, start + len(core), "Agency", canonical)   # not one placed


def _in_order(chars: str, name: str) -> bool:
    """Each of ``chars`` stands in ``name``, in order (政数局 in 政务服务和数字化建设管理局)."""
    it = iter(name)
    return all(c in it for c in chars)
