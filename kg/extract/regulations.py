"""Regulation mentions: titles in 《》 (and the titles inside them), documents named
without 《》 after a verb or known from the law catalogue, canonicalised.

Whether a title names a normative document is read from how it ends (…条例, …办法,
…实施方案 are; …日报, …一封信, …情况报告 are not), per ``regulation_grammar.json``.
Canonical titles use half-width brackets, ASCII hyphens between years, one space where
the title had white space, and the 中华人民共和国 prefix that national laws carry.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain

from spacy.language import Language
from spacy.tokens import Doc

import ahocorasick

from .. import gazetteer, laws
from ..data import data_lines
from ..names import longest_matches, names_automaton
from . import words
from .agencies import LEVEL_CHARS, AgencyRecognizer, grammar as agency_grammar
from .digits import ascii_digits
from .doc import (CLAUSE_MARK, Cover, add_mention, mentions, region_ends, regions_ending_at, rename, report,
                  text_of)
from .numbers import DOCUMENT_NUMBER, YEAR_SERIAL, number_follows
from .patterns import Scanner, alternation

# the brackets a title is written in: 《…》 at the top, 〈…〉 or <…> for a title inside it
_BRACKET = re.compile(r"[《》〈〉<>＜＞\n]")
_CLOSE = {"《": "》", "〈": "〉", "<": ">", "＜": "＞"}
_MAX_TITLE = 150
# 编制行政检查实施清单4086张, 各类事项清单31个: so many documents of a kind, not one title
# (…事项清单117项 counts the items of one list)
_MANY = re.compile(r"\s*\d+\s*[张个份套本]")
# 营商环境改革方案6.0版——《东城区…工作方案》: a kind described, then the title it stands for
_APPOSED = re.compile(r"(?:\s*[\d.]+\s*版)?\s*(?:——|—|[:：])\s*《")
# an attachment's line (GB/T 9704-2012, 7.3.5.5): 附件 and a colon, then the attached
# document's name to the line's end, numbered (1. 2.) where there are several, one a line
_ATTACHMENT = re.compile(r"^[ \t\u3000]*附件\s*\d*\s*[:：]\s*(?P<n>\d+\s*[.．、]\s*)?"
                         r"(?P<title>\S[^\n]*?)[ \t\u3000]*$", re.M)
_NEXT_ATTACHMENT = re.compile(r"\n[ \t\u3000]*\d+\s*[.．、]\s*(?P<title>\S[^\n]*?)[ \t\u3000]*$", re.M)
# 各镇街均制发…目录, 各部门都制定了…清单, 32个执法部门均已制定…清单: each body made its own,
# no one document
_EACH_MADE = re.compile(r"(?:均|各自|都)(?:已经?|先后|相继)?$"
                        # (市、县区印发了…工作要点, 市县两级制定…, 指导市县政府制定…: the levels
                        # named as the actors, each making its own)
                        rf"|(?:(?:[{LEVEL_CHARS}]{{1,2}}、)+[{LEVEL_CHARS}]{{1,2}}"
                        rf"|[{LEVEL_CHARS}]{{2,4}}(?:[两三四]级|(?:人民)?政府))"
                        r"(?:均|都|各自|分别)?(?:已经?|先后|相继)?$")
# the items one list holds, counted before it (…等16个部门84项…清单); N个 before counts lists
_ITEMS = re.compile(r"(?:[^，,。；;\n]{0,16}?等)?(?:\d+\s*个(?:部门|单位)\s*)?(?:\d+\s*类\s*)?\d+\s*项\s*")
_TRAILING_MARKS = re.compile(r"(?:[(（][^()（）]{1,14}[)）])+$")
# what a list of legislative projects notes after a title: what is to be done with it
# (《重庆市突发事件应对条例(修订)》《…办法(制定)》), no part of the title
_PLAN_NOTE = re.compile(r"\s*[(（](?:修订|制定|修改|新制定|废止|拟修订|拟制定)[)）]$")
# a catalogued law's edition noted inside its title (《…行政复议法(2023年修订)》, (2021修正)): the
# law's, no title of its own
_EDITION = re.compile(r"\((?:\d{4}年?)?(?:修订|修正|修改)(?:版|本)?\)|\(\d{4}年?版\)")
_YEAR_DASH = re.compile(r"(?<=\d)\s*(?:年\s*)?[—–－―~～-]+\s*(?=\d)")
# a period whose dash the page lost: (20152020年), (2015 2020年) are (2015-2020年)
_LOST_DASH = re.compile(r"(?<=[(（])((?:19|20)\d\d)\s*((?:19|20)\d\d)(?=年?[)）])")
# a law's implementing rules named after it: 《X法》及其实施条例, X法和实施细则
_ITS_RULES = re.compile(r"》?(?:及其|及|和|与)(?P<kind>实施条例|实施细则|实施办法)")
# the rules that carry out a title named bare, titled after it: 北京市统计条例实施办法
_RULES_AFTER = re.compile(r"实施(?:条例|细则|办法|意见|方案)")
# (以下简称《纲要》): how the report will call it, not part of the title
_NOTE_OPENING = re.compile(r"\s*[(（]以下(?:简称|称)$")
# 《…》(以下简称《指标体系》): what opens a short name the report will use for a title
# (or for a group of them: 以下简称“一法两规定”)
NAMED_AS = re.compile(r"(?:以下简称|以下称|简称)$")
_HENCEFORTH = re.compile(r"\s*[(（]以下(?:简称|称)[^()（）]*[)）]?\s*$")
_SPACED_PERIOD = re.compile(r"\(\s*(\d{4})\s*-\s*(\d{4})\s*(年)?\s*\)")
# a period the page's end cut short: …实施方案(20
_CUT_PERIOD = re.compile(r"\s*[(（][\d\s—–－―~～-]*$")
_PERIOD = re.compile(r"[(（]\s*\d{4}\s*年?\s*[—–－―~～-]*\s*\d{4}\s*年?\s*[)）]")
_ENDING_PERIOD = re.compile(rf"\s*{_PERIOD.pattern}$")
_OPEN_PERIOD = re.compile(r"[(（]\s*\d{4}\s*年?\s*[—–－―~～-]+\s*\d{4}\s*年?\s*$")
# a period written after the kind with no parentheses (…实施纲要2015-2020), or with only its
# closing one (…实施纲要2021-2025年))
_BARE_PERIOD = re.compile(r"(\d{4}\s*年?\s*[—–－―~～-]+\s*\d{4}\s*年?)\s*[)）]?$")
# a title's period and its closing bracket on the line after a break (…实施纲要⏎(2016—2020年)》)
_PERIOD_AFTER_BREAK = re.compile(rf"\s*{_PERIOD.pattern}\s*[》〉>]")
# the rest of a title on the line after a break, up to its closing bracket
_REST_AFTER_BREAK = re.compile(r"[ \t\u3000]*([^\s《》〈〉<>＜＞，,。；;：:]{1,30})[》〉>＞]")
# an inner title whose bracket closes past its period, at the outer title's end: 《潼关县贯彻落实
# <法治政府建设实施纲要(2021-2025年)工作方案>》, a slip for <…(2021-2025年)>工作方案
_LATE_CLOSE = re.compile(rf"({_PERIOD.pattern})([^〈〉<>＜＞()（）]+)$")
NATION = "中华人民共和国"
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# a plenary session of the Central Committee right before a title's bracket (十八届四中全会《)
_SESSION = re.compile(r"((?:十[八九]|二十)届[一二三四五六七八九]中全会)[《〈<“\"]?$")
# a space between a character and a figure (提质 23 条): set by the page, not the title
_SPACED_FIGURE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff])")
# a special economic zone's regulations are named after it (深圳经济特区中医药条例, written
# 特区中医药条例 by the zone's own bodies)
_ZONE = "特区"
# “十四五”法治宣传教育规划, not “十四五”规划时期; and the plan of a cycle of legal publicity
# (“八五”普法规划: 2021–2025, the eighth five-year cycle, each level making its own plan)
_FIVE_YEAR_PLAN = re.compile(r"[“\"](?:十[一二三四五六七八九]五|(?P<cycle>[七八九]五))[”\"]"
                             r"(?(cycle)(?:普法|法治宣传教育)|[\u4e00-\u9fff]{0,12}?)规划"
                             # (the plan's outline, and the full name of the fourteenth's: 县“十四五”
                             # 规划纲要, “十四五”规划和二〇三五年远景目标纲要)
                             r"(?:纲要|和(?:二〇三五|2035)年远景目标纲要)?"
                             r"(?![\u4e00-\u9fff]{0,2}(?:时期|期间|期|中))")
# the verbs before a title inside a notice that issues it (关于印发〈X〉的通知)
PUBLISHING_VERBS = ("印发", "颁布", "发布", "公布", "转发", "下发")


def published_at(text: str, start: int) -> bool:
    """The title starting at ``start`` is what a verb of publishing right before it
    publishes, with its own opening bracket between (关于印发〈X〉, 关于印发《X》) or without
    one (关于印发X的通知, the page having dropped it), a space before the bracket or not
    (关于印发 <X> 的通知, as a page's table writes it)."""
    if text.endswith(PUBLISHING_VERBS, 0, start):
        return True
    at = start - 1
    while at > 0 and text[at - 1] in " \u3000\xa0":
        at -= 1
    return text.endswith(PUBLISHING_VERBS, 0, at)


# a notice publishing a document whose title the page wrote without its inner 〈〉
_PUBLISHED_BARE = re.compile(rf"关于(?:{alternation(PUBLISHING_VERBS)})([^〈〉<>＜＞《》]{{4,60}})的通知$")
# a conjunction between two documents' names (…分工方案和全市…规划)
_JOINED = re.compile(r"[和及与、]|以及")
# a space after a notice's 关于/印发 is where a heading's line broke, not two issuers' gap
_BROKEN_AFTER = re.compile(r"(关于|印发|转发) (?=\S)")
# white space on either side of an inner title's bracket (印发 <X> 的通知)
_SPACE_AT_INNER = re.compile(r" ?([<>〈〉＜＞]) ?")
# a document's kind written as a mark after its name: …十件事(要点), …(实施方案)
_KIND_MARK = re.compile(r"[(（](?:要点|工作要点|实施方案|方案|办法|规定|细则|意见|示范文本)[)）]$")
# a quoted phrase: its opening mark, and the end of its text
_OPENING_QUOTES = "“\"「‘"
_QUOTE_CLOSE = re.compile(r"[”\"」’。；;\n]")
# a title written in quotation marks, and the year that may open it
_QUOTED_TITLE = re.compile(r"[“\"]([^“”\"《》\n。；;，,]{4,60})[”\"]")
_YEAR_OPENING = re.compile(r"(?:19|20)\d\d年度?")
# 各街道, 各部门的: each body's, before a document's kind
_EACH_BODYS = re.compile(r"各[\u4e00-\u9fff]{0,4}的?$")
# what no title written without 《》 holds: a deictic (我区), a 的-phrase (…的主要工作安排),
# a verb of putting one thing into another (…成效纳入考核指标体系: a clause, not a name), the
# verb of laying a rule down (对…制发流程作出具体规定: the clause says what it provides)
_SELF_KINDS = "省市县区州旗乡镇局厅委"         # 我区, 本局: the writer's own region or body
_DESCRIPTIVE = re.compile(rf"[我本该][{_SELF_KINDS}]|的|纳入|列入|融入|写入|[作做]出")
# a department's report naming itself (我局, 本厅, 我委; 我分局: a city bureau's branch)
SELF_DEIXIS = re.compile(r"[我本](分局|[局厅委办])")
# bodies joined by a conjunction before 关于 in a name written bare: several bodies' documents
# on one matter (a title joins its issuers with 、 or a space: 中共中央 国务院关于…)
_JOINED_ISSUERS = re.compile(r"[和及与]")
# a count of documents before their kind (两个方案, 3个办法): several, no title (若干 is a
# title's own word: 促进民营经济发展若干措施)
_COUNTED_KIND = re.compile(r"(?:[两二三四五六七八九十几多\d]+个|一批)$")
# the report's own region or body opening a name after its verb (制定我省…清单): whose it is,
# no part of its title (a title may hold 本市, 关于本市加强…的实施意见; never 我)
_OWN_DEICTIC = re.compile(rf"我[{_SELF_KINDS}]")
# a preposition opening a clause's adverbial (对…进行调整, 向社会公布, 将…纳入)
_PREPOSITION = re.compile(r"[对向把将]")
_LEVELS = {f"{level}级" for level in "省市县区乡镇州"}
# what may follow a versioned title and leave it the central document (…纲要2021—2025年);
# anything more names a document of its own (…实施纲要重要举措分工方案: a local one)
_PERIOD_ONLY = re.compile(r"[\d\s\-—–－~～至年()（）]*")
_LEVELS_ONLY = re.compile(r"[省市县区乡镇州]+")      # 省市实施细则: each level's, no one title
_LEVELS_LEADING = re.compile(r"^[省市县区乡镇州]+")
# a document number or date noted after a title: 《…》(国办发〔2022〕27号)
_NOTE_AFTER = re.compile(r"[(（][^()（）《》\n]{1,30}[)）]")
# the levels a document named once stands for (中央和省法治政府建设实施纲要)
_SHARED_BY_LEVELS = re.compile(r"(?:中央|国家)(?:[和、及与](?:省|市|省市|自治区))+")
# a department naming its own document before the year (制定了局2022年度法治建设工作计划,
# 研究通过局2024年普法依法治理工作要点, 制订局年度…要点): the one character it calls itself by, no
# part of the title
_SELF_BEFORE_YEAR = re.compile(r"[局厅委办部](?=\d{4}年|年度)")
# an inner title's bracket the page's end left open (《<养老保险条)
_OPEN_INNER = re.compile(r"[<〈＜](?![^<〈＜]*[>〉＞])")
# a document's number written inside the 》 that closes its title
_NUMBER_INSIDE = re.compile(DOCUMENT_NUMBER.pattern + r"$")
# the marks of a title inside a title, which a page may leave out where it names it again
_INNER_MARKS = str.maketrans("", "", "<>〈〉＜＞")
_INNER_OPENER = re.compile(r"[<〈＜]")
# a year told from the page's own (今年, 本年度, 明年) or a time in it (按照年初…工作要点),
# before a bare document's name
_RELATIVE_YEAR = re.compile(r"[今明去当本次]年度?|年初")
# the central body that issued a document, written before its title (国务院全面推进依法行政
# 实施纲要): no part of it, unless the title is one of its 关于… (国务院关于加强…的决定)
_CENTRAL_ISSUER = re.compile(r"(?:中共中央|党中央|国务院)(?!关于)")
# the claim to be the first of its kind, before a bare document's name (编制了全国第一个
# 林长制实施规划, 出台全省首部…办法): no part of the title (第一个五年规划 names one)
_FIRST_OF_ITS_KIND = re.compile(r"(?:全国|全省|全市|全区|全县|国内|省内)(?:第一|首)[个部份]|首[个部]")


@dataclass(frozen=True)
class RegulationGrammar:
    suffixes: tuple[str, ...]
    all_kinds: tuple[str, ...]              # those and the kinds of bare titles (工作要点), longest first
    not_regulation: tuple[str, ...]
    works_before: tuple[str, ...]           # 撰写《…》, 专题片《…》: a work, no document
    back_references: frozenset[str]
    issue_verbs: tuple[str, ...]
    # any of them, one before a title in 《》 (建立), or 通过 after a congress or a meeting
    issue_verb: re.Pattern
    basis_words: tuple[str, ...]            # 按照《X》: what the clause follows, not what it made
    prompted: re.Pattern                    # 推动出台, 指导各乡镇制定: another body issued it
    attributive_words: tuple[str, ...]      # 新修订的《…》: says the document is new
    verbs: tuple[str, ...]                  # issuing and applying: before a name without 《》
    verb_after_object: re.Pattern           # 贯彻…精神|制定…, 落实…要求|及…: a verb or object after one
    unbracketed: re.Pattern
    made: re.Pattern                        # 制定…管理规定: kinds named bare only when made
    made_kinds: frozenset[str]
    made_stem: int                          # the fewest characters before a made kind
    system_words: tuple[str, ...]           # 制度, 机制: a system's, no document
    regional: re.Pattern                    # 四川省养老机构条例: at a region, named bare after a verb
    regional_kinds: tuple[str, ...]
    about: Scanner                          # 关于…的实施意见, 贯彻《X》的实施方案: without 《》
    coordinated: re.Pattern                 # …和权责清单: another object of the same verb
    generic_stems: frozenset[str]
    determiners: tuple[str, ...]            # 各类, 相关: what starts a description
    numbered: re.Pattern                    # …20条: a count of measures ends the title
    national_titles: dict[str, str]
    bare_titles: ahocorasick.Automaton      # national titles found without 《》
    bare_followers: tuple[str, ...]
    bare_campaigns: tuple[str, ...]         # 宪法宣传周: a campaign, not the document
    central: frozenset[str]                 # central documents named bare
    document_group: re.Pattern              # 一规划两纲要, 一法一条例一办法: several documents
    versions: dict[str, tuple[tuple[int, int], ...]]    # 法治政府建设实施纲要 → its periods
    sessions: dict[str, str]                # 十八届四中全会 → the 决定 it adopted
    work_kinds: tuple[str, ...]             # 市司法局工作安排: a body's plan of work, bare
    own_kinds: re.Pattern                   # 三定方案: a kind whose name alone names a document
    not_law: tuple[str, ...]                # 执法, 工作法: ending in 法, no law
    obliging: frozenset[str]                # 应, 须: what a clause lays down, not what was done
    postposed: re.Pattern                   # 》出台, 》于5月正式印发: a verb after the title
    postposed_lead: re.Pattern              # 牵头完成《X》起草: what may come before that title
    postposed_object: re.Pattern            # 对《X》进行了全面修订: the making a noun after the title
    law_group: re.Pattern                   # 等法律法规: the items listed before are laws
    law_item: re.Pattern                    # one such item, ending where the pattern's search ends
    list_openers: tuple[str, ...]           # 推动, 学习: a verb before the list's first item
    party_title: re.Pattern                 # 中国共产党宣传工作条例: a party regulation's title
    dated: re.Pattern                       # 省政府2020年立法工作计划: a body's, its year, its kind
    prompting_words: tuple[str, ...]        # 推动, 配合: the push or help before another body's making


# a second verb joined to the first, with the manner of doing it (并及时修订, 并同步公布), or
# by a conjunction (制定和修订, 起草及审议)
_AND_THEN = re.compile(r"并(?:及时|同步|适时|进一步|逐步)?|[和及与]")
# a mark of a draft or trial version, part of a title (…条例(草案), …办法(试行))
_DRAFT_MARK = r"(?:[(（](?:修订草案|草案|试行|暂行|征求意见稿|送审稿)[)）])"
# a year right after a body's name (省政府2020年…)
_YEAR_AFTER = re.compile(r"\d{4}年")
# a number's letters after a bare title, its bracket or a space before them (…规定（清政发〔)
_NUMBER_HEAD = re.compile(r"(?:[(（]|[ \t\u3000]+)[\u4e00-\u9fff]{1,10}$")
# what no bare title holds: a clause's or a list's mark, a bracket of another title, a space
_TITLE_BREAK = re.compile(r"[，,。；;：:、《》“”\"\s]")
# a day, a month or a year on which something was done (2023年5月12日)
_DATE = r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日)?"


def _bare_name(kinds: list[str], object_ends: list[str]) -> str:
    """A document's name written without 《》, ending with one of ``kinds`` (and a draft's
    mark: 起草…物业管理条例(草案)), as group 1.
    A year may open it, after its body (区政府2022年立法工作计划, 市委全面依法治市委员会2025年…;
    its 年 left out: 2019法治政府建设工作要点, but not a count, 1214个“一事通办”事项清单),
    and a bracketed word or the period of a document it carries out stand inside it
    (乡镇(街道)履行职责事项清单, 贯彻落实法治领域改革纲要(2023—2027年)任务分工方案); the word that ends a
    verb's object may follow it (紧扣…2025年工作要点要求). Up to 30 characters before the kind: a
    list for a whole system runs long (四川省交通运输系统领导干部应知应会党内法规和法律法规清单)."""
    return rf"((?:[\u4e00-\u9fff]{{0,12}}?(?:\d{{4}}年度?|20\d\d(?![个项件张份类条次名家])))?(?:[\u4e00-\u9fff“”\"]|“[\u4e00-\u9fff\d+＋、]{{1,12}}”|[(（][\u4e00-\u9fff、]{{1,6}}[)）]|{_PERIOD.pattern})" \
        rf"{{0,30}}?(?:{alternation(kinds)})" \
        rf"(?:{_PERIOD.pattern})?{_DRAFT_MARK}?)(?=[，,。；;、和及或等\s\d(（》”]|以及|进行|实施|工作|的|(?:修订|修正)?草案" \
        rf"|{alternation(object_ends)}" \
        r"|并(?![联行列购入轨]))"      # …事项目录并向社会公布 (not 并联审批, 并入)


@lru_cache(maxsize=1)
def grammar() -> RegulationGrammar:
    files = resources.files("kg.data")
    data = json.loads(files.joinpath("regulation_grammar.json").read_text("utf-8"))
    titles = dict(line.split("\t") for line in data_lines("national_titles.tsv"))
    verbs = sorted(data["issue_verbs"], key=len, reverse=True)
    applying = sorted(set(data["issue_verbs"] + data["unbracketed_verbs"]), key=len, reverse=True)
    ends = data["object_ends"]
    name = _bare_name(data["unbracketed_suffixes"], ends)
    # (落实到交通运输规划、建设…: 到 carries the verb into a field, no document follows;
    # a count of items may stand before one list, 调整…等9类459项权责清单)
    unbracketed = re.compile(rf"(?:{alternation(applying)})了?(?!到)(?:{_ITEMS.pattern})?{name}")
    made = re.compile(rf"(?:{alternation(verbs)})了?{_bare_name(data['made_suffixes'], ends)}")
    regional = re.compile(_bare_name(data["regional_kinds"], ends))
    quoted = r"(?:落实)?《[^《》\n]{2,60}》(?:精神)?"       # (each alternative opens with a word)
    # (…职责的制度规定 is "the provisions on…", no 文种 of a title)
    # (a trial's or a draft's mark closes the title; its document number may follow it:
    # …的通知(合府法〔2013〕1号))
    # (关于政府信息公开相关规定, 关于…的有关规定: the provisions on a matter, described)
    # (a slogan quoted inside is part of it: 关于深化“放管服”改革的实施意见)
    # (市人大关于地方立法征求意见: the verb taking the kind makes it an act)
    taking = "".join(f"(?<!{v})" for v in data["about_taking_verbs"])
    # (贯彻《纲要》重要举措任务清单, 落实《纲要》重要举措分工方案: the plan's parts it carries out)
    parts = alternation(data["carried_out_parts"])
    about = Scanner(re.compile(rf"(?:关于(?:[^，,。；;、《》“”()（）\n]|“[^“”\n]{{1,12}}”){{2,40}}?"
                               rf"|(?:学习贯彻{quoted}|贯彻{quoted}|落实《[^《》\n]{{2,60}}》)(?:{parts})?)的?"
                               rf"(?<!制度)(?<!相关)(?<!有关){taking}(?:{alternation(data['about_kinds'])})"
                               rf"{_DRAFT_MARK}?(?=[，,。；;、\s和及等(（]|精神|要求|$)"))
    # …清单117项、配合履职事项清单: a count may stand between, or a draft's mark (…条例修订草案、
    # …条例); made kinds too (印发…办法、…规定)
    listed = _bare_name(data["unbracketed_suffixes"] + data["made_suffixes"] + data["regional_kinds"], ends)
    coordinated = re.compile(rf"(?:\s*\d+\s*[项个条件张份]?|(?:修订|修正)?草案)?(?:和|、|及|以及){listed}")
    # 营商环境三十条, …督察20条, not 第五条 (an article)
    numbered = re.compile(rf"[^第\d一二三四五六七八九十百]{{2}}(?:\d+|[一二三四五六七八九十百]+)"
                          rf"(?:{alternation(data['numbered_kinds'])})$")
    # (before the issuing verb: 推动出台, 督促区直各部门制定)
    # (指导我局制定: the report's own department by its deixis)
    prompted = re.compile(rf"(?:{alternation(data['prompting_words'])})"
                          rf"(?:(?P<own>{SELF_DEIXIS.pattern})|"
                          rf"(?P<bodies>[\u4e00-\u9fff、\d]{{0,10}}?(?:{alternation(data['prompted_bodies'])})))?$")
    g = gazetteer.load()
    names = [*titles, *laws.catalogue().bare_names(), *data["central_documents"],
             *data["versioned_documents"],
             *(t for t in laws.catalogue().local_titles() if g.leading_full(t))]
    bare = names_automaton({name: None for name in names if len(name) >= 2})
    return RegulationGrammar(tuple(sorted(data["suffixes"], key=len, reverse=True)),
                             tuple(sorted({*data["suffixes"], *data["unbracketed_suffixes"]},
                                          key=len, reverse=True)),
                             tuple(data["not_regulation"]), tuple(data["works_before"]),
                             frozenset(data["back_references"]),
                             tuple(verbs), re.compile(alternation(verbs + data["bracketed_issue_verbs"]) + "".join(
                                 f"|(?<={re.escape(b)})通过" for b in data["adopting_before"])),
                             tuple(data["basis_words"]), prompted,
                             tuple(data["attributive_words"]),
                             tuple(applying),
                             re.compile(rf"(?:{alternation(data['object_ends'])})"
                                        rf"(?:{alternation(applying)}|以及|及|和|、)"),
                             unbracketed, made, frozenset(data["made_suffixes"]), data["made_stem"],
                             tuple(data["system_words"]),
                             regional, tuple(data["regional_kinds"]),
                             about, coordinated,
                             frozenset(data["generic_stems"]),
                             tuple(data["determiners"]), numbered, titles,
                             bare, tuple(data["bare_followers"]), tuple(data["bare_campaigns"]),
                             frozenset(data["central_documents"]),
                             re.compile(rf"^(?:[一二三四五六七八九十双两百千万]+[张份]?"
                                        rf"(?:{alternation(data['document_kinds'])}))+$"),
                             {name: tuple(map(tuple, periods))
                              for name, periods in data["versioned_documents"].items()},
                             data["session_documents"], tuple(data["work_kinds"]),
                             re.compile(alternation(data["own_kinds"])),
                             tuple(data["not_law"]),
                             frozenset(data["obliging_words"]),
                             re.compile(rf"[》〉>＞]\s*{_DRAFT_MARK}?(?:草案)?"
                                        rf"(?:{alternation(data['postposed_between'])}|于(?:{_DATE}))*"
                                        rf"(?P<verb>{alternation(data['postposed_issue_verbs'])})(?:实施|施行)?+"
                                        rf"(?!{alternation(data['postposed_not_after'])})"),
                             re.compile(rf"(?:{alternation(data['postposed_lead'])})?"
                                        rf"(?:(?:(?!{alternation(data['prompting_words'])})[\u4e00-\u9fff]){{0,3}}"
                                        rf"(?:{alternation(data['postposed_done'])}))?"),
                             re.compile(rf"[》〉>＞]\s*(?:进行了?|的)(?:{alternation(data['postposed_object_manner'])})?"
                                        rf"(?P<verb>{alternation(data['postposed_object_verbs'])})"
                                        rf"(?!{alternation(data['postposed_not_after'])})"),
                             re.compile(rf"等(?:\d+部)?(?:{alternation(data['law_groups'])})"),
                             re.compile(rf"[\u4e00-\u9fff]{{2,24}}(?:{alternation(data['listed_law_kinds'])})"
                                        rf"{_DRAFT_MARK}?$"),
                             tuple(sorted({*applying, *data["prompting_words"], *data["studying_verbs"]},
                                          key=len, reverse=True)),
                             re.compile(rf"{data['party_title'][0]}[\u4e00-\u9fff]{{2,16}}?"
                                        rf"(?:{alternation(data['party_title'][1])}){_DRAFT_MARK}?"),
                             re.compile(rf"([\u4e00-\u9fff]{{1,12}}?\d{{4}}年度?(?P<words>[\u4e00-\u9fff]{{0,10}}?)"
                                        rf"(?:{alternation(data['unbracketed_suffixes'])})(?:{_PERIOD.pattern})?)"),
                             tuple(data["prompting_words"]))


def bracketed(text: str) -> list[tuple[int, int, int]]:
    """(start, end, depth) of every bracketed title's text: 《…》 at depth 0, and the
    〈…〉 or <…> inside it at depth 1, 2 …; a lone 〈…〉 is a title too. A bracket left open
    at a line's end closes there if what it holds ends as a title does (…管理办法⏎), else
    nothing (a line broken mid-title), unless the next line goes on with the title's period
    and its 》; one left open at the text's very end is the title
    the cut page keeps; one left open before a note of what it will be called
    (《…方案(以下称《方案》)) ends there."""
    out, stack = [], []
    last = len(text.rstrip())       # (a web page's blanked footer after the cut is no text)

    def left_open(end: int, shortest: int) -> str:
        """What a 《 still open at ``end`` holds, where it could be a title: all of it, or
        what comes before a clause's mark where a document's kind ends it (《大同市行政执法
        监督办法，推进…: the page lost the 》 before the comma)."""
        title = text[stack[0][1] + 1:end].rstrip()
        mark = CLAUSE_MARK.search(title)
        if mark:
            title = title[:mark.start()].rstrip()
            if not _ends_as_title(title):
                return ""
        return title if shortest <= len(title) <= _MAX_TITLE else ""

    for m in _BRACKET.finditer(text):
        ch, pos = m.group(), m.start()
        if ch == "\n":
            if pos >= last:
                break           # nothing but white space after it: the text's end
            if stack and _PERIOD_AFTER_BREAK.match(text, pos + 1):
                continue        # 《…实施纲要⏎(2016—2020年)》: a heading's line broke the title
            rest = _REST_AFTER_BREAK.match(text, pos + 1) if stack else None
            if rest and _ENDING_PERIOD.sub("", text[stack[-1][1] + 1:pos].rstrip() + rest.group(1)) \
                    .endswith(grammar().suffixes):
                continue        # 《平城区2023年普法⏎工作要点》, 《…实施纲⏎要(2021—2025年)》,
                                # 《…实施方案(2021—2025⏎年)》: a wrapped line broke it
            if len(stack) == 1 and stack[0][0] == "《":
                # 《山西省行政规范性文件制定与监督管理办法⏎, 《…实施方案(2021—2025年)⏎: a whole
                # title whose 》 the page lost
                title = left_open(pos, 4)
                if _ENDING_PERIOD.sub("", title).endswith(grammar().suffixes):
                    out.append((stack[0][1] + 1, stack[0][1] + 1 + len(title), 0))
            stack.clear()
        elif ch in _CLOSE:
            note = _NOTE_OPENING.search(text, max(pos - 6, 0), pos)
            if ch == "《" and stack and stack[-1][0] == "《" and note:
                # 《某方案(以下称《方案》): the title's own 》 is missing; it ends at the note
                _, start = stack.pop()
                out.append((start + 1, note.start(), len(stack)))
            if ch == "《" and stack and stack[0][0] == "《" and \
                    CLAUSE_MARK.search(text, stack[0][1], pos):
                # 《A办法，…《B》: A's 》 was lost before the comma, B is no title inside it
                title = left_open(pos, 4)
                if title:
                    out.append((stack[0][1] + 1, stack[0][1] + 1 + len(title), 0))
                stack.clear()
            if ch in "《〈" or stack:
                stack.append((ch, pos))
        elif stack and _CLOSE[stack[-1][0]] == ch:
            _, start = stack.pop()
            end = pos
            if stack and text.startswith(_CLOSE[stack[-1][0]], pos + 1):
                late = _closed_late(text, start + 1, pos)
                if late:
                    end = late.end(1)   # the inner title ends with its period
            if end - start <= _MAX_TITLE:
                out.append((start + 1, end, len(stack)))
        elif stack and ch in "》〉":          # a bracket closed out of order: start again
            stack.clear()
    if stack and stack[0][0] == "《":
        # 《关于建立法治督察与 at the very end (no line break since, which clears the stack):
        # the page was cut inside the title, perhaps inside its period (…实施方案(20)
        title = _CUT_PERIOD.sub("", left_open(last, 6))
        if len(title) >= 6:
            out.append((stack[0][1] + 1, stack[0][1] + 1 + len(title), 0))
    return sorted(out)


def core_title(title: str) -> str:
    """The title without trailing marks such as (试行), (草案), (2023版)."""
    return _TRAILING_MARKS.sub("", title).strip()


def _closed_late(text: str, start: int, end: int) -> re.Match | None:
    """An inner title's period and a document kind after it, ending at ``end`` where its
    bracket closes (see _LATE_CLOSE)."""
    m = _LATE_CLOSE.search(text, start, end)
    return m if m and m.group(2).endswith(grammar().suffixes) else None


def closed_in_place(title: str) -> str:
    """A title whose inner title's bracket closes at its end, past the inner title's
    period (…<…纲要(2021-2025年)工作方案>), with that bracket where it belongs; a period
    at its end that lost its closing parenthesis (…第八个五年规划(2021—2025年), closed; a
    period written without parentheses after the kind (…实施纲要2015-2020), or without its
    opening one (…实施纲要2021-2025年)), bracketed."""
    if _OPEN_PERIOD.search(title):
        return title + ")"          # (either width closes either: canonical_title makes both half)
    bare = _BARE_PERIOD.search(title)
    if bare and title[:bare.start()].endswith(grammar().suffixes):
        return f"{title[:bare.start()]}({bare.group(1)})"    # 纲要2015-2020: its period, unbracketed
    m = _closed_late(title, 0, len(title) - 1) if title[-1:] in "〉>＞" else None
    return title[:m.end(1)] + title[-1] + m.group(2) if m else title


def ends_as_no_document(core: str, gr: RegulationGrammar) -> bool:
    """A title's core ends as a newspaper's, a form's or a report's does (…日报, …申请表,
    …工作总结), and no longer kind of document ends it (任务分工表: 分工表, not a form's 表)."""
    if not core.endswith(gr.not_regulation):
        return False
    kind = next((s for s in gr.suffixes if core.endswith(s)), "")      # (longest first)
    return any(core.endswith(w) and len(w) >= len(kind) for w in gr.not_regulation)


def is_regulation(title: str, gr: RegulationGrammar | None = None) -> bool:
    gr = gr or grammar()
    title = title.replace("\n", "")     # (a wrapped line broke it: 《…实施纲⏎要》, as canonical_title)
    core = core_title(closed_in_place(title))
    if not core or re.search(r"[,，!！?？:：]", core) or gr.document_group.match(core.replace("、", "")):
        return False
    if ends_as_no_document(core, gr):
        return False
    if core != title.strip() and _KIND_MARK.search(title):
        return True                     # 《大悟县2015年依法行政工作十件事(要点)》: its kind in a mark
    core = core.rstrip("”\"")           # 城市管理执法“十项禁令”: its kind inside the quotation
    if core.endswith("法") and not core.endswith("办法") and not law_name(core):
        return False                    # “江北区城市管理智慧执法”项目, “六尺巷工作法”: no law
    # (《党章》: a short title kg's national documents know, whatever it ends with)
    return core.endswith(gr.suffixes) or bool(gr.numbered.search(core)) or core in gr.national_titles


@lru_cache(maxsize=16384)
def canonical_title(title: str, whole: bool = True) -> str:
    """The title as the graph names it; the 中华人民共和国 a law's name is guessed to lack
    only where the title is ``whole`` (a page cut inside 《新型冠状病毒肺炎疫情防控法 had
    法律知识问答 to come). (Most titles recur from report to report: kept.)"""
    gr = grammar()
    t = ascii_digits(_PLAN_NOTE.sub("", closed_in_place(title).replace("\n", "")))
    t = t.replace("（", "(").replace("）", ")").replace("〔", "[").replace("〕", "]")
    t = _LOST_DASH.sub(r"\1-\2", _YEAR_DASH.sub("-", t))
    t = re.sub(r"[\s\u3000\xa0]+", " ", unicodedata.normalize("NFC", t)).strip()
    t = _SPACED_FIGURE.sub("", t)        # 全面提质 23 条措施: a PDF's gaps around a figure
    if not whole:                        # 《<养老保险条 cut by the page: no bracket left open
        t = _OPEN_INNER.sub("", t)
    t = _BROKEN_AFTER.sub(r"\1", t)      # 关于印发 南沙区…: a line broken after the verb
    t = _SPACE_AT_INNER.sub(r"\1", t)    # 印发 <X> 的通知: a table's gaps around the inner title
    while t[-1:] in "〉>" and t.count("<") + t.count("〈") < t.count(">") + t.count("〉"):
        t = t[:-1]                       # …的意见>》: a closing mark no inner title opened
    t = t.replace(" (", "(")             # 纲要 (2021—2025年): a justified line's gap
    # a period is written (2021-2025年): no spaces, and a central document's own 年
    t = _SPACED_PERIOD.sub(lambda m: f"({m[1]}-{m[2]}{m[3] or _central_year(t[:m.start()], gr)})", t)
    core = core_title(t)
    if " " in core and _known(core.replace(" ", ""), gr):
        t = core.replace(" ", "") + t[len(core):]       # 中华人民共和国 行政处罚法
        core = core.replace(" ", "")
    if "法制" in core and not _known(core, gr) and _known(core.replace("法制", "法治"), gr):
        t = core.replace("法制", "法治") + t[len(core):]    # 法制政府建设实施纲要: a slip of the pen
        core = core.replace("法制", "法治")
    issuers = _national_issuers().match(core)
    if issuers and _known(core[issuers.end():], gr):
        # 《中共中央、国务院法治政府建设实施纲要》: its issuers written inside the brackets
        t, core = t[issuers.end():], core[issuers.end():]
    tail = "" if _EDITION.fullmatch(t, len(core)) else t[len(core):]
    if core in gr.national_titles:
        return gr.national_titles[core] + tail
    official = laws.catalogue().official.get(core)
    if official:
        return official + tail
    # (a law's name is words alone: 土壤和地下水 石油烃(C10-C40)…的测定 气相色谱法 is a
    # standard's method of testing)
    if whole and law_name(core) and _CJK_ONLY.fullmatch(core) \
            and not t.startswith((NATION, "国务院", "全国")) and not gazetteer.load().leading(t):
        return NATION + t
    return t


@lru_cache(maxsize=1)
def _national_issuers() -> re.Pattern:
    """National bodies, one or several joined, opening a title (中共中央、国务院…)."""
    names = alternation(agency_grammar().national_names)
    return re.compile(rf"(?:{names})(?:[、 和]?(?:{names}))*")


def _acts(words: str, gr: RegulationGrammar) -> bool:
    """A verb of making, applying or meeting stands in ``words`` (…印发了…, …召开…): a clause
    about a document, not a document's bare title."""
    return any(v in words for v in gr.verbs) or "召开" in words or "了" in words


def law_name(name: str) -> bool:
    """``name`` ends as a law's does (…法, …法典), not as a measure, a way of working or a
    duty of work does (…管理办法, 工作方法, 城市管理智慧执法: ``not_law``)."""
    return name.endswith(("法", "法典")) and not name.endswith(grammar().not_law)


def longest_kind(name: str, gr: RegulationGrammar) -> str:
    """The longest kind of document ``name`` ends with (实施细则, not 细则), or ""."""
    return next((k for k in gr.all_kinds if name.endswith(k)), "")     # (longest first)


def kind_ending(name: str, gr: RegulationGrammar) -> bool:
    """``name`` ends with a kind of document, a law's 法 only where it ends as a law's name
    does (“八五”普法 ends with none: ``law_name``)."""
    kind = longest_kind(name, gr)
    return bool(kind) and (kind not in ("法", "法典") or law_name(name))


def session_document(text: str, start: int, title: str, gr: RegulationGrammar) -> str | None:
    """The 决定 or 决议 a plenary session adopted, where the title at ``start`` names it by
    its kind right after the session (十八届四中全会《决定》), or None."""
    m = _SESSION.search(text, max(start - 12, 0), start)
    document = gr.sessions.get(m.group(1)) if m else None
    return document if document and document.endswith(title) else None


def _ends_as_title(title: str) -> bool:
    """A document's kind ends it, or its kind and then its period (…实施方案(2021—2025年)),
    where nothing else shows it is a title: a 法 only as a law the catalogue knows (…行政执法
    is a field of work, …行政处罚法 a law)."""
    gr = grammar()
    title = _ENDING_PERIOD.sub("", title)
    if title.endswith("法") and not title.endswith("办法"):
        return canonical_title(title) in laws.catalogue().official
    return title.endswith(gr.suffixes)


def _known(core: str, gr: RegulationGrammar) -> bool:
    """A title of the law catalogue or of kg's national documents."""
    return core in gr.national_titles or core in gr.central or core in gr.versions or \
        core in laws.catalogue().official


def _central_year(before: str, gr: RegulationGrammar) -> str:
    """年 for the period of a central document that carries one in its title."""
    return "年" if before.endswith(tuple(gr.versions)) else ""


@lru_cache(maxsize=8192)
def is_national(canonical: str) -> bool:
    """A document of the central state or party: never the report's own region's. (Asked
    of every title a sentence's bodies might have issued: kept.)"""
    gr = grammar()
    core = core_title(canonical)
    if canonical.startswith((NATION, "国务院", "中共中央", "中国共产党", "全国人民代表大会")) \
            or core in gr.central \
            or any(core.startswith(v) and _PERIOD_ONLY.fullmatch(core, len(v)) for v in gr.versions):
        return True
    return any(v.scope == "全国" for v in laws.catalogue().find(core))


@Language.factory("kg_regulations")
def make_regulations(nlp: Language, name: str):
    return RegulationRecognizer()


class RegulationRecognizer:
    def __init__(self) -> None:
        """Loads its data now, not on the first report: worker processes forked after
        the pipeline is built share it."""
        grammar()
        gazetteer.load()

    def __call__(self, doc: Doc) -> Doc:
        gr = grammar()
        text = text_of(doc)
        seen: list[str] = []                      # canonical titles in reading order
        ended: list[tuple[int, int, str]] = []     # (start, end, canonical) of each title
        named_as: dict[str, str] = {}             # (以下简称《指标体系》): short name → title
        named: dict[tuple[int, int], str] = {}    # span → the title its canonical is made of
        titles = bracketed(text)
        text_end = len(text.rstrip())
        meant = self.versions_meant(doc, text, gr)
        # 《自治区贯彻落实<…纲要>实施方案》, then inside another title without its <>: one
        # document, named as written with them
        meant.update(self.marked_forms(text, titles))
        for start, end, depth in titles:
            raw = text[start:end]
            raw = _HENCEFORTH.sub("", raw)
            title = raw.strip()
            number = _NUMBER_INSIDE.search(title) if title.endswith(("号)", "号）")) else None
            if number:
                title = title[:number.start()]      # 《…的通知(奉节委法〔2022〕3号)》: its number
            if not title:
                continue
            start += len(raw) - len(raw.lstrip())
            if depth and title.startswith("关于") and title.startswith(PUBLISHING_VERBS, 2):
                # …办公室<关于印发2020年政务公开工作要点>的通知: the inner bracket opened before
                # the verb; the document the notice issues follows it
                start, title = start + 4, title[4:]
            if NAMED_AS.search(text, max(start - 6, 0), start - 1) and ended:
                # …申报指南》(以下简称《指标体系》): a name for the title closed just before,
                # else for the title the note stands in (〈…规划(以下简称《规划》)〉)
                closed = [t for t in ended if t[1] < start]
                named_as[title] = (max(closed, key=lambda t: t[1]) if closed else
                                   max(ended, key=lambda t: t[0]))[2]
            if title in named_as:
                add_mention(doc, start, start + len(title), "Regulation", named_as[title])
                continue
            if title in gr.back_references or title in gr.all_kinds or title == "决议":
                # (a kind alone names no document of its own: the last one of its kind, or
                # none, 下发了咨询委员会《工作规则》)
                # (the plenary session written before it says which: 三中全会《决定》 after
                # 四中全会's is another decision)
                target = session_document(text, start, title, gr)
                if target:
                    seen.append(target)         # (a 《决定》 after it means it too)
                else:
                    target = next((c for c in reversed(seen) if core_title(c).endswith(title)), None)
                if target:
                    add_mention(doc, start, start + len(title), "Regulation", target)
                continue
            if depth == 0 and text[max(start - 8, 0):start - 1].rstrip("的了").endswith(gr.works_before):
                continue            # 县信访局撰写的《…》, 专题片《…》: an article, a film
            cut = start + len(title) >= text_end          # the page ends inside it
            if cut and depth == 0 and self.bodies_only(doc, start, start + len(title)):
                continue            # 《中共广东省委广东省人民政府 cut after its issuers: no title yet
            if not (is_regulation(title, gr) or cut
                    or (depth and self.published_inside(text, start, title, gr))
                    or (DOCUMENT_NUMBER.match(text, end + 1) and
                        not ends_as_no_document(core_title(title), gr))):
                continue            # 《…计划安排》(黔环党〔2022〕5号): a numbered document
            canonical = canonical_title(title, whole=not cut)
            canonical = meant.get(canonical, canonical)
            seen.append(canonical)
            ended.append((start, end, canonical))
            add_mention(doc, start, start + len(title), "Regulation", canonical)
            if depth == 0:      # 落实《…条例》、市法治政府建设规划等: a list of documents
                self.published_bare(doc, text, start, title, gr)
                note = _NOTE_AFTER.match(text, end + 1)
                named.update(self.coordinated(text, note.end() if note else end + 1, "", {}, gr))
        spans = [(s - 1, e + 1) for s, e, depth in titles if depth == 0]
        regions = region_ends(doc)
        bodies = {(a.start_char, a.end_char) for a in mentions(doc, "Agency")}
        for m in chain(gr.unbracketed.finditer(text), gr.made.finditer(text), self.regional(text, regions, gr)):
            s, e = self.without_verbs(text, m.start(1), m.end(1), gr)
            listed = self.listed_inside(text, s, e, gr)
            if listed and m.re is gr.made:
                continue        # 完善内部管理制度和办法: a kind listed before a bare 办法, no title
            e = listed or e
            joined = text.rfind("以及", s, e)
            s = joined + 2 if joined >= 0 else s   # (…“一规划两纲要”以及市级实施方案: the last item)
            first = text[s:e]
            if self.systems(text, first, e, gr):
                continue        # 完善权力清单、责任清单制度: the systems of making such lists
            if _EACH_MADE.search(text, max(m.start() - 12, 0), m.start()):
                continue        # 各镇街均制发…目录: each body's own, no one document
            if self.obliged(text, m.start(), gr):
                continue        # 应根据实际情况制定扫除文盲规划: a duty laid down, no document
            if any(first.endswith(k) and (s, e - len(k)) in bodies for k in gr.work_kinds):
                continue        # 根据市司法局工作安排: the body's plan of work, no title
            if not self.generic(first, gr) and not _MANY.match(text, e) and not _APPOSED.match(text, e):
                named[(s, e)] = first
            region = text[s:regions[s]] if s in regions else ""
            named.update(self.coordinated(text, e if listed else m.end(), region, regions, gr))
        guessed = {e: s for s, e in named}     # (their left edges read by grammar, not known)
        # (a national title in a list under a region is the region's: 武汉市…办法、法律援助条例)
        named.update({(s, e): text[s:e] for s, e in self.bare(text, gr, meant) if (s, e) not in named})
        named.update({(s, e): text[s:e] for s, e in self.listed_laws(text, gr) if (s, e) not in named})
        named.update({(s, e): text[s:e] for s, e in self.numbered_bare(text, regions, gr) if (s, e) not in named})
        named.update({(s, e): text[s:e] for s, e in self.dated_by_body(doc, text, gr) if (s, e) not in named})
        named.update({m.span(): m.group() for m in gr.party_title.finditer(text)
                      if m.end() == len(text) or text.startswith(gr.bare_followers, m.end())})
        # (完成32个政府工作部门的“三定”方案: a department's document, named by its kind alone;
        # not each body's, 各街道“三定”规定, as no list of 各部门权责清单 is one document)
        named.update({m.span(): m.group() for m in gr.own_kinds.finditer(text)
                      if not _EACH_BODYS.search(text, max(m.start() - 6, 0), m.start())})
        about = self.about_titles(doc, text, gr, {e for _, e in spans} | {e for _, e in named})
        for (s, _), title in about.items():
            self.published_bare(doc, text, s, title, gr)
        named.update(about)
        named.update(self.five_year_plans(doc, text))
        named.update(self.quoted_titles(text, gr, guessed))
        named.update(self.attachments(text, gr))
        bracketed_titles = Cover(spans)
        taken: list[tuple[int, int]] = []
        for (s, e), title in sorted(named.items(), key=lambda x: (x[0][0], -x[0][1])):
            if bracketed_titles.holds(s, s + 1) or any(a <= s < b for a, b in taken):
                continue
            taken.append((s, e))
            canonical = canonical_title(title)
            add_mention(doc, s, e, "Regulation", meant.get(canonical, canonical))
        self.implementing_rules(doc, text)
        self.own_names_meant(doc)
        return doc

    @staticmethod
    def own_names_meant(doc: Doc) -> None:
        """A title written without the report's own region it opens with elsewhere
        (《平城区2023年法治政府建设工作要点》, then 《2023年法治政府建设工作要点》) is that
        document: one entity, as GUIDELINES lists 配合履职事项清单 under 下蜀镇配合履职事项清单;
        not another region's title (a district's own 实施方案 beside 大同市法治政府建设实施方案),
        nor where two titles would fit it; nor written with less of its region's path
        (《南沙区2020年依法行政工作要点》 beside 《广州市南沙区2020年…》). A local regulation
        (条例, made only by a province's or a city's congress) written without the name of a
        region above the report's (《生活垃圾管理条例》 beside 《天津市生活垃圾管理条例》 in a
        街道's report) is that one too."""
        subject = report(doc).get("subject_code")
        if not subject:
            return
        names = {s.kb_id_ for s in mentions(doc, "Regulation")}
        g, gr, fits = gazetteer.load(), grammar(), {}
        for name in names:
            hit = g.leading(name)
            if hit is None:
                continue
            # (the regions after the first, where the path goes on: 广州市|南沙区; the report's
            # own the deepest, its title's own words after it)
            end, codes, inner = hit.end, hit.codes, []
            while (deeper := g.leading(name[end:])) and \
                    (within := tuple(c for c in deeper.codes if any(g.is_within(c, a) for a in codes))):
                inner.append(end)
                if not any(c == subject or g.is_within(c, subject) for c in hit.codes):
                    hit = gazetteer.Hit(end + deeper.start, end + deeper.end, deeper.surface, within)
                end, codes = end + deeper.end, within
            own = any(c == subject or g.is_within(c, subject) for c in hit.codes)
            if not own and not (core_title(name).endswith("条例") and
                                any(g.is_within(subject, c) for c in hit.codes)):
                continue
            # (省政府2020年立法工作计划 after 山东省政府2020年…: the level word kept)
            for rest in {name[hit.end:], hit.surface[-1] + name[hit.end:]} | {name[i:] for i in inner}:
                if len(rest) >= 4 and rest in names and not is_national(rest) \
                        and not _known(core_title(rest), gr):
                    fits.setdefault(rest, []).append(name)    # (优化营商环境条例 is the State's)
        renamed = {rest: full[0] for rest, full in fits.items() if len(full) == 1}
        if renamed:
            rename(doc, "Regulation", renamed)

    @staticmethod
    def obliged(text: str, verb: int, gr: RegulationGrammar) -> bool:
        """The clause before a verb says what must be done (应, 应当, 须: a law's or a plan's
        duty), not what a body did: the document it would make is no one document."""
        window = text[max(verb - 16, 0):verb]
        if not any(w in window for w in gr.obliging):
            return False
        # (the clause's words cut only where one is written: 应急管理局 holds 应, not the word)
        clause = window[max(window.rfind(c) for c in "，,。；;：:\n") + 1:]
        return any(w in gr.obliging for w in words.cut(clause))

    @staticmethod
    def marked_forms(text: str, titles: list[tuple[int, int, int]]) -> dict[str, str]:
        """The canonical title without its inner marks → as written with them, for every
        title in 《》 with a whole title inside it (not 《<养老保险条, cut by the page)."""
        forms: dict[str, str] = {}
        if not _INNER_OPENER.search(text):
            return forms
        for start, end, _ in titles:
            title = text[start:end].strip()
            if _INNER_OPENER.search(title) and not _OPEN_INNER.search(title):
                marked = canonical_title(title)
                forms[marked.translate(_INNER_MARKS)] = marked
        return forms

    @staticmethod
    def bodies_only(doc: Doc, start: int, end: int) -> bool:
        """The text from ``start`` to ``end`` is the names of bodies, one after another."""
        ends = {a.start_char: a.end_char for a in mentions(doc, "Agency") if start <= a.start_char < end}
        text = text_of(doc)
        at = start
        while at in ends:
            at = ends[at]
            while at < end and text[at] in " \u3000、和":
                at += 1
        return at >= end > start

    @staticmethod
    def versions_meant(doc: Doc, text: str, gr: RegulationGrammar) -> dict[str, str]:
        """What a versioned central document written without its period stands for in
        this report: the one version it names elsewhere with its period (《纲要》 and
        《法治政府建设实施纲要》 after 《法治政府建设实施纲要（2021—2025年）》), else the
        version begun by the year reported on; nothing where it names two."""
        meant, year = {}, report(doc).get("year")
        for name, periods in gr.versions.items():
            if name not in text:
                continue
            # (not a region's own of that name: 广东省法治政府建设实施纲要(2016—2020年))
            named = {int(m.group(1)) for m in re.finditer(
                rf"(?<![省市县区州盟旗]){re.escape(name)}\s*[(（]\s*((?:19|20)\d\d)", text)}
            begun = [p for p in periods if p[0] in named] if named else \
                [p for p in periods if year is not None and p[0] <= year][-1:]
            if len(begun) == 1:
                meant[name] = f"{name}({begun[0][0]}-{begun[0][1]}年)"
        return meant

    @staticmethod
    def listed_inside(text: str, start: int, end: int, gr: RegulationGrammar) -> int | None:
        """Where the first of two documents the name pattern ran together ends (出台重要举措
        分工方案和全市“八五”普法规划: a kind, then 和), or None for one name."""
        for m in _JOINED.finditer(text, start, end):
            if m.start() - start >= 4 and kind_ending(text[start:m.start()], gr):
                return m.start()
        return None

    @staticmethod
    def systems(text: str, name: str, end: int, gr: RegulationGrammar) -> bool:
        """The name is the first of a list of its kind that shares a 制度 or 机制 after the
        last (权力清单、责任清单制度, 权力清单和责任清单制度): systems, no documents."""
        if not _JOINED.match(text, end):
            return False
        kind = longest_kind(name, gr)
        return bool(kind) and re.match(rf"(?:(?:{_JOINED.pattern})[\u4e00-\u9fff]{{1,12}}?{re.escape(kind)})+"
                                       rf"(?:{alternation(gr.system_words)})", text[end:end + 60]) is not None

    def coordinated(self, text: str, pos: int, region: str, regions: dict[int, int],
                    gr: RegulationGrammar) -> dict[tuple[int, int], str]:
        """The documents named without 《》 after the one ending at ``pos``, joined to it
        by 、 or 和 (印发2022年立法工作计划和权责清单): each under the region written before
        the first, unless it names its own (下蜀镇基本履职事项清单、配合履职事项清单), and
        without a year told from the page's own (…工作规则、今年法治长兴建设工作要点)."""
        out = {}
        more = gr.coordinated.match(text, pos)
        while more:
            start = more.start(1)
            start += len(told.group()) if (told := _RELATIVE_YEAR.match(text, start)) else 0
            name = text[start:more.end(1)]
            own = region if start not in regions else ""
            if not self.generic(name, gr) and not _MANY.match(text, more.end(1)) and \
                    self.regions_own(own + name, gr):
                out[(start, more.end(1))] = own + name
            more = gr.coordinated.match(text, more.end())
        return out

    @staticmethod
    def regional(text: str, regions: dict[int, int], gr: RegulationGrammar) -> list[re.Match]:
        """Names of a regional kind written bare: at a region's full name right after a verb
        of making, applying or studying it (起草并提请省人大常委会审议四川省养老机构条例, 学习山西省
        安全生产条例); 制定养犬管理条例 names none (whose? the catalogue names the nation's)."""
        out = []
        for start in sorted(regions):
            if not text[max(start - 7, 0):start].removesuffix("了").endswith(gr.list_openers):
                continue
            m = gr.regional.match(text, start)
            if m and RegulationRecognizer.regions_own(m.group(1), gr):
                out.append(m)
        return out

    @staticmethod
    def dated_by_body(doc: Doc, text: str, gr: RegulationGrammar) -> list[tuple[int, int]]:
        """A body's document of a year named bare by the body, the year and its kind
        (山东省政府2020年立法工作计划近日对外公布; 按照县委全面依法治县委员会2023年工作要点):
        one document wherever it stands, with no verb before it."""
        out = []
        for a in mentions(doc, "Agency"):
            if not _YEAR_AFTER.match(text, a.end_char):
                continue
            m = gr.dated.match(text, a.start_char)
            if m and not RegulationRecognizer.generic(m.group(1), gr) and not _acts(m.group("words"), gr):
                out.append(m.span(1))      # (not 区政府2023年印发了…方案: the year's act)
        return out

    @staticmethod
    def numbered_bare(text: str, regions: dict[int, int], gr: RegulationGrammar) -> list[tuple[int, int]]:
        """A title written bare with its document number after it, in brackets or after a
        space (按照清水县重大行政决策程序规定（清政发〔2021〕5号）; a table's row, 清水县…管理办法
        清政发〔2023〕12号): from its region's full name, as a local document's title opens, to
        its kind; the number says it is one document."""
        out, g = [], gazetteer.load()
        for m in YEAR_SERIAL.finditer(text):
            head = _NUMBER_HEAD.search(text, max(m.start() - 12, 0), m.start())
            if head is None:
                continue
            end = head.start()
            for s in (s for s in range(max(end - 40, 0), end - 4) if s in regions):
                title = text[s:end]
                kind = longest_kind(title, gr)
                if _TITLE_BREAK.search(title) or ("关于" not in title and _acts(title[:len(title) - len(kind)], gr)):
                    continue    # (平城区人民政府印发|平城区X办法: the title starts after the verb;
                                # not the verb its kind holds, …管理实施细则)
                if g.leading_full(title) and is_regulation(title, gr) and not RegulationRecognizer.generic(title, gr):
                    out.append((s, end))
                    break
        return out

    @staticmethod
    def regions_own(name: str, gr: RegulationGrammar) -> bool:
        """A name of a regional kind that opens with its region's full name (四川省养老机构条例),
        as a local regulation's title does; other kinds pass."""
        return not name.endswith(gr.regional_kinds) or gazetteer.load().leading_full(name) is not None

    @staticmethod
    def implementing_rules(doc: Doc, text: str) -> None:
        """《行政复议法》及其实施条例: the law's implementing regulation, a document of its
        own titled after it (中华人民共和国行政复议法实施条例), where the law catalogue holds
        that title (a local 实施细则 of a national 条例 is titled otherwise)."""
        for span in mentions(doc, "Regulation"):
            m = _ITS_RULES.match(text, span.end_char)
            if m and laws.catalogue().find(span.kb_id_ + m.group("kind")):
                add_mention(doc, m.start("kind"), m.end("kind"), "Regulation",
                            span.kb_id_ + m.group("kind"))

    def published_bare(self, doc: Doc, text: str, start: int, title: str,
                       gr: RegulationGrammar) -> None:
        """The document a notice publishes, named inside the notice's title without its
        inner 〈〉 (《…关于印发提升行政执法质量实施方案的通知》, a page's heading 四川省人民政府
        办公厅关于印发四川省人民政府2021年立法计划的通知)."""
        inner = _PUBLISHED_BARE.search(title)
        if inner is None:
            return
        name = inner.group(1).lstrip()
        # (its edition's or trial's mark after the kind: …事项清单(2022年版))
        if core_title(name).endswith(gr.all_kinds) and not self.generic(name, gr):
            end = start + inner.end(1)
            add_mention(doc, end - len(name), end, "Regulation", canonical_title(name))

    @staticmethod
    def about_titles(doc: Doc, text: str, gr: RegulationGrammar,
                     title_ends: set[int]) -> dict[tuple[int, int], str]:
        """关于…的实施意见, 贯彻《纲要》的实施方案 named without 《》 where the title's own
        form shows it: after the verb that issued or applies it (印发关于…的通知, 贯彻关于…的意见),
        after another title it is listed with (``title_ends``: 实施纲要和关于…的意见), with its
        document number after it, or the bodies heading it, which are part of it (市委办公厅、
        市政府办公厅关于…的实施方案); not 征求关于…的意见, which asks for opinions."""
        starts = {a.end_char: a.start_char for a in mentions(doc, "Agency")}
        out = {}
        for m in gr.about.finditer(text):
            if m.group().rpartition("的")[2].startswith(("有关", "相关")):
                continue        # 关于疫情防控的有关决定通知: the decisions and notices on it, described
            before = text[max(m.start() - 5, 0):m.start()].removesuffix("了")
            # (a title carrying out another's is one by its form: after a verb applying it too,
            # 审议贯彻《纲要》重要举措任务清单)
            if before.endswith(gr.verbs) or (before[-1:] in ("和", "及", "、") and m.start() - 1 in title_ends):
                out[(m.start(), m.end())] = m.group()
            elif m.start() in starts:
                # 中共中央关于…的决定: the bodies heading it are part of the title
                start = starts[m.start()]
                while start - 1 in starts and text[start - 1] in "、 ":
                    start = starts[start - 1]
                out[(start, m.end())] = text[start:m.end()]
            elif number_follows(text, m.end()):
                out[(m.start(), m.end())] = m.group()   # 关于…的意见(平政发〔2023〕45号)
        return out

    @staticmethod
    def attachments(text: str, gr: RegulationGrammar) -> dict[tuple[int, int], str]:
        """附件：X, 附件：1.X ⏎ 2.Y: the documents a notice attaches, each named by its whole
        line (the rest of it after the colon or the number), as kg's grammar could only guess
        its left edge (附件: 自治区人民政府全面推进法治政府建设五年规划: not from 法治 on)."""
        out: dict[tuple[int, int], str] = {}
        if "附件" not in text:
            return out
        for m in _ATTACHMENT.finditer(text):
            at: re.Match | None = m
            while at:
                title = at.group("title")
                if not title.startswith("《") and is_regulation(title, gr):
                    out[at.span("title")] = title
                at = _NEXT_ATTACHMENT.match(text, at.end()) if m.group("n") else None
        return out

    @staticmethod
    def quoted_titles(text: str, gr: RegulationGrammar,
                      found: dict[int, int]) -> dict[tuple[int, int], str]:
        """“2023年法治上城建设工作要点”, “大同市行政执法办法”: a title in quotation marks
        instead of 《》, where it names one document by its year, its region's full name or
        a title kg knows, or where a title whose left edge kg's grammar guessed (``found``: its
        end → its start) ends at the closing mark: the marks bound it (“加强…推进美丽武汉建设
        行动方案”; a catalogued name has no edge to guess: “学宪法讲宪法” is a slogan).
        A quoted …制度, …机制 or slogan names a practice, not a document."""
        out = {}
        g = gazetteer.load()
        for m in _QUOTED_TITLE.finditer(text):
            title = m.group(1)
            # (most quoted phrases are slogans: the cheap tests first)
            if not title.endswith(gr.suffixes) and title[-1] not in ")）" or \
                    title.endswith(gr.system_words) or not is_regulation(title, gr):
                continue
            if (_YEAR_OPENING.match(title) or _known(core_title(title), gr) or g.leading_full(title)
                    or RegulationRecognizer.bounded(text, m.start(1), m.end(1), found)) \
                    and not RegulationRecognizer.generic(title, gr):
                out[(m.start(1), m.end(1))] = title
        return out

    @staticmethod
    def bounded(text: str, start: int, end: int, found: dict[int, int]) -> bool:
        """A title read without marks ends at the closing one and the words before it in the
        marks list nothing (“宪法、民法典” is two titles, not one)."""
        inner = found.get(end, -1)
        return inner >= start and not text.endswith(("、", "和", "及", "与"), start, inner) \
            and not any(start < e < inner for e in found)

    @staticmethod
    def five_year_plans(doc: Doc, text: str) -> dict[tuple[int, int], str]:
        """省“十四五”规划, 濮阳县“十四五”法治宣传教育规划: a region's five-year plan, named by
        the region (or the level word pointing at it) written before it; a cycle's plan of
        legal publicity (结合“八五”普法规划) names one document without it too."""
        g = gazetteer.load()
        subject = report(doc).get("subject_code")
        ends = regions_ending_at(doc)
        out = {}
        for m in _FIVE_YEAR_PLAN.finditer(text):
            start, code = ends.get(m.start(), (m.start(), None))
            if code is None and text[m.start() - 1:m.start()] in LEVEL_CHARS:
                start = m.start() - 1
                code = AgencyRecognizer.level_word_region(doc, g, text[start], start, subject)
            if code:
                out[(start, m.end())] = g.divisions[code].name + m.group().replace('"', "")
            elif m.group("cycle"):
                out[(m.start(), m.end())] = m.group().replace('"', "")
        return out

    @staticmethod
    def published_inside(text: str, start: int, title: str, gr: RegulationGrammar) -> bool:
        """关于印发〈X〉的通知: X is a document whatever its title ends with (…重点事项),
        unless it ends as no document does (…工作总结)."""
        return published_at(text, start) and not ends_as_no_document(core_title(title), gr)

    @staticmethod
    def without_verbs(text: str, start: int, end: int, gr: RegulationGrammar) -> tuple[int, int]:
        """编制公布行政许可事项清单, 制订实施述法工作方案: the name starts after every verb
        before it, or after a verb that follows the object of another (贯彻…精神制定…), and
        after the levels that share the document (落实中央和省法治政府建设实施纲要: each
        level's), the department's word for itself (局2022年度…计划), the report's own region or
        body said with 我 (制定我省…清单), the central body
        that issued it (贯彻国务院全面推进依法行政实施纲要) or a year told from the page's
        own (审议通过今年法治长兴建设工作要点: which year the page's date says, no title's),
        or a claim to be the first of its kind (全国第一个林长制实施规划)."""
        for after in gr.verb_after_object.finditer(text, start, end - 3):
            start = after.end()         # 贯彻…讲话精神制定学习计划: the name is the second verb's
        moved = True
        while moved:
            moved = False
            told = _RELATIVE_YEAR.match(text, start, end)
            if told and text.startswith(gr.verbs, told.end()):
                start = told.end()          # 按照年初制定…计划: when it was made, then the verb
            joined = _AND_THEN.match(text, start)
            if joined and text.startswith(gr.verbs, joined.end()):
                start = joined.end()        # 编制并组织实施…计划, 制定并及时修订…规则,
                                            # 制定和修订…办法: the second verb's object
            for v in gr.verbs:
                if text.startswith(v, start) and end - start > len(v) + 2:
                    start += len(v) + (text[start + len(v)] == "了")    # 修改完善了…办法
                    moved = True
                    break
        scope = _SHARED_BY_LEVELS.match(text, start, end) or _SELF_BEFORE_YEAR.match(text, start, end) \
            or _OWN_DEICTIC.match(text, start, end) \
            or _CENTRAL_ISSUER.match(text, start, end) or _RELATIVE_YEAR.match(text, start, end) \
            or _FIRST_OF_ITS_KIND.match(text, start, end)
        return (scope.end() if scope else start), end

    @staticmethod
    def generic(name: str, gr: RegulationGrammar) -> bool:
        """工作计划, 2023年度工作要点, 年度学法计划 (which year's?), 学习方案计划: a kind with
        nothing that names one document; 各类事项清单, 市级清单, 我区…清单, …的主要工作安排: a
        description of documents, not a title; 领导批示和工作安排: a kind after a conjunction
        stands alone; 重大行政决策相关规定: the provisions on a matter, described; 审定…重大规划方案:
        documents of a weight, no one title (but a plan's 重要举措 are its own part: …纲要重要举措分工方案)."""
        stem = re.sub(r"^\d{4}年度?", "", _PERIOD.sub("", name))
        # the longest kind that leaves a stem (三定方案: 三定 + 方案)
        kind = next((k for k in gr.all_kinds if stem.endswith(k) and len(k) < len(stem)), "")
        if stem in gr.all_kinds and not gr.own_kinds.fullmatch(stem):
            return True                          # 清单, 管理办法, 议事规则: a kind, nothing more
                                                 # (三定方案 is a document of its own)
        preposition = _PREPOSITION.search(stem)
        if preposition and stem[:preposition.start()] in gr.all_kinds:
            return True                          # 按照规定对…清单进行调整: the verb's object was 规定
        whole, stem = stem, stem[: len(stem) - len(kind)]
        if kind in gr.made_kinds and whole not in gr.all_kinds \
                and (len(stem) < gr.made_stem or stem.endswith(gr.system_words)):
            return True                          # 解决办法; …集体决策制度规定: the system's provisions
                                                 # (三定方案 is a kind of its own)
        if kind and any(stem.endswith(k) for k in gr.all_kinds if len(k) > 1):
            return RegulationRecognizer.generic(stem, gr)     # 学习方案计划 (not 述法工作方案)
        if stem[:1] in "本该此" and stem[1:] in gr.generic_stems:
            return True                          # 制定本实施方案: this very document
        issuers, about, _ = stem.partition("关于")
        if about and _JOINED_ISSUERS.search(issuers):
            return True                          # 省厅和市政府关于…工作要点: each body's, no one title
        if words.tag(words.cut(name)[0]) == "c":
            return True                          # 依申请公开及政务公开工作要点: 及 joins, no title opens
        unlevelled = _LEVELS_LEADING.sub("", stem)   # 市县相关规定: each level's, described
        # (审议重大发展规划: documents of a weight and a generic field, no one title)
        weightless = unlevelled.removeprefix("重大").removeprefix("重要")
        return len(stem) < 2 or unlevelled in gr.generic_stems or unlevelled.startswith(gr.determiners) \
            or weightless in gr.generic_stems \
            or stem.endswith(("和", "及", "与", "相关", "有关")) \
            or stem.endswith(("重大", "重要")) and kind != "举措" \
            or stem.startswith(("年度", "全年")) or bool(_DESCRIPTIVE.search(stem)) or stem in _LEVELS \
            or bool(_COUNTED_KIND.search(stem)) \
            or bool(_LEVELS_ONLY.fullmatch(stem)) \
            or not re.fullmatch(r"[^“”]*(?:“[^“”]+”[^“”]*)*", name) \
            or name.count('"') % 2         # “一规划, "一规划: a quote cut

    @staticmethod
    def opens_a_slogan(text: str, start: int, ends: dict[int, int]) -> bool:
        """“宪法与浙江”, “民法典进万家”: a law's name opening a quoted phrase that goes on
        with other words names a campaign's theme, not the document; a quoted list of laws
        (“宪法、民法典”) still names them."""
        if start == 0 or text[start - 1] not in _OPENING_QUOTES:
            return False
        close = _QUOTE_CLOSE.search(text, start, start + 40)
        if close is None:
            return False
        pos = start
        while pos < close.start():
            if pos in ends:
                pos = ends[pos]
            elif text[pos] in "、和及":
                pos += 1
            else:
                return True
        return False

    def listed_laws(self, text: str, gr: RegulationGrammar) -> list[tuple[int, int]]:
        """学前教育条例、学生资助条例等法律法规: the items of a list the report calls laws and
        regulations, named without 《》 and unknown to the catalogue (a province's drafts), back
        from 等 over 、; the first item starts after the verb that opens the list (推动, 学习),
        or is left out where none does (its start is not known)."""
        out = []
        for group in gr.law_group.finditer(text):
            end = group.start()
            while item := gr.law_item.search(text, max(end - 32, 0), end):
                start = item.start()
                if text[start - 1:start] != "、":
                    # (the leftmost verb, the longest there: 推动 of 持续推动学前教育条例)
                    opener = min(((i, -len(v)) for v in gr.list_openers
                                  if (i := text.find(v, start, end)) >= 0), default=None)
                    if opener is None:
                        break
                    at, minus_length = opener
                    start, _ = self.without_verbs(text, at - minus_length, end, gr)
                name = text[start:end]
                if len(core_title(name)) < 4 or self.generic(name, gr):
                    break
                out.append((start, end))
                if text[start - 1:start] != "、":
                    break
                end = start - 1
        return out

    @staticmethod
    def bare(text: str, gr: RegulationGrammar, meant: dict[str, str]) -> list[tuple[int, int]]:
        """Catalogued titles named without 《》, leftmost-longest, where the name ends at a
        word's end (宪法、民法典宣传 but not 宪法宣传周) or its implementing rules follow
        (…条例实施办法, the rules named); a versioned document with its
        period written after it, or without where the report tells which version it means
        (``versions_meant``: 中共中央、国务院印发的法治政府建设实施纲要 in a 2016 report)."""
        out = []
        found = longest_matches(gr.bare_titles, text)
        ends = {start: end for start, end, _, _ in found}
        for start, end, name, _ in found:
            if RegulationRecognizer.opens_a_slogan(text, start, ends):
                continue
            period = _PERIOD.match(text, end) if name in gr.versions else None
            rules = _RULES_AFTER.match(text, end)
            if period:
                end = period.end()
            elif rules:
                end = rules.end()       # a document of its own, not the title it carries out
            elif (name in gr.versions and name not in meant) or end < len(text) and (
                    not text.startswith(gr.bare_followers, end) or text.startswith(gr.bare_campaigns, end)):
                continue
            official = gr.national_titles.get(name, name)
            if official != name and official.endswith(name) and text.endswith(official[:-len(name)], 0, start):
                start -= len(official) - len(name)      # 中国共产党纪律处分条例: its title in full
            elif text.endswith(NATION, 0, start):
                start -= len(NATION)
            elif text.endswith(_ZONE, 0, start):
                start -= len(_ZONE)     # 特区中医药条例: the special zone's own, not the nation's
            out.append((start, end))
        return out
