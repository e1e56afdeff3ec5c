"""Relations with their evidence: CITES, ISSUED, IMPLEMENTS and PART_OF.

Per GUIDELINES: the subject region cites every regulation the report mentions and
implements every initiative; a region that opens a sentence as its actor (如晋中市…)
does too for what that sentence names. A regulation's issuer is the agency before an
issuing verb in its clause (省民政厅制定印发了《…》), the bodies that head its own title
(国务院关于…的意见), the body its document number names (市中法委发〔2024〕3号), or else
the subject region's government (a 街道's 办事处).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Container
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import gazetteer
from . import numbers
from .agencies import LEVEL_CHARS
from .agencies import grammar as agency_grammar
from .doc import (CLAUSE_END, OPENING, Cover, SpanIndex, clause_start, mentions, region_ends, report,
                  sentence_of, sentence_text, text_of, title_span)
from .initiatives import grammar as initiative_grammar
from .patterns import alternation
from .regions import person_titles
from .regulations import grammar as regulation_grammar
from .regulations import SELF_DEIXIS, core_title, is_national, published_at

# a word that leads into a clause before its actor (如大同市…, 同时, 此外, 其中; 我市浔阳区…:
# the page's own division before the one that acts)
_LEAD = re.compile(r"[,，、\s]|例如|如|另外|另|同时|此外|其中|我[省市县区州盟旗]")
# 牵头制定《X人民政府…》: the actor led the drafting of a document another body issues
_LEADING = ("牵头", "牵头负责")
# what OPENING's words (一是, 2023年，, 在…下，) may start with: elsewhere it matches nothing
_OPENING_FIRST = frozenset("一二三四五六七八九十0123456789０１２３４５６７８９在,， \t\u3000")
_JOINER = re.compile(r"、|和|及|与")
# between regions acting together, also after a group closed by its kind (兰州、天水等市和甘州区…)
_REGIONS_JOINER = re.compile(r"(?:等(?:\d+个)?[省市县区州盟旗地]{0,3})?[、和及与]")


@lru_cache(maxsize=1)
def _post_listed() -> re.Pattern:
    """A person's post after its body, another of the person's posts listed after it
    (省委常委、市委书记…)."""
    return re.compile(rf"副?(?:{alternation(person_titles())})、")


def _lead_in(text: str, pos: int, names: Container[int]) -> int:
    """Where the words that lead into a clause at ``pos`` end (同时, 一是, 2023年，, 在…下，),
    OPENING's looked for only where one of them may start; none is read into a name that
    starts at one of ``names`` (如皋市, 中宁县, 中共…, 十堰市: a name, not 如, 其中 or 十是)."""
    while pos not in names:
        m = _LEAD.match(text, pos)
        if not m:
            break
        pos = m.end()
    if pos in names or text[pos:pos + 1] not in _OPENING_FIRST:
        return pos
    return OPENING.match(text, pos).end()


_CHAIN = re.compile(r"\s*(?:、|和|与|及|以及|会同|联合)?\s*$")
# the titles listed after a title, up to the last one's closing mark (《A》、《B》和《C》), and
# those listed before it, from the first one's opening mark
_TITLES_AFTER = re.compile(r"(?:[》〉>＞]\s*[、和及与]?\s*[《〈<＜][^《》〈〉<>＜＞\n]{1,80}(?=[》〉>＞]))*")
_TITLES_BEFORE = re.compile(r"(?:[《〈<＜][^《》〈〉<>＜＞\n]{1,80}[》〉>＞]\s*[、和及与]?\s*)*$")
# a court and a procuratorate, which make their own documents in their own reports
_JUDICIAL = ("人民法院", "人民检察院")
# a party committee's rule-of-law committee and its office (…全面依法治市委员会办公室,
# …法治建设委员会), which issue the region's rule-of-law plans in their own reports
_RULE_OF_LAW_BODY = re.compile(r"^中共.+(?:依法治.{1,2}委员会|法治建设委员会)(?:办公室)?$")
# 联合市公安局印发《…》, …，与县检察院会签《…》, 我局与市中级人民法院联合出台《…》, 先后与市委
# 宣传部…联合印发: the unnamed actor (or the department speaking of itself) issued it with them
_JOINTLY = re.compile(rf".*?(?:联合|会同)|\s*(?:{SELF_DEIXIS.pattern})?[\u4e00-\u9fff]{{0,4}}?与")
# a body's meeting that dates the sentence (省委十届五次全会召开后，…): no actor of it
_WHEN = re.compile(r"[^，,。；;]{0,16}?会(?:议)?(?:召开|闭幕)?(?:后|以来|期间|之后)[，,]")
# 县司法局、县信访局等相关工作人员为成员的领导小组: the members a group is made of, not
# who acts (a 组长单位 or 牵头单位 leads it, and does)
_MEMBERS = re.compile(r"(?:等[^，,。；;]{0,10}?)?(?:为|任|作为)(?:成员|组员)")
# 在广西率先…, 在全省首家…: the region is what the actor is first in
_FIRST_AMONG = ("率先", "首家", "首个", "首批", "第一个", "最早")
# 在河南考察时的讲话, 在省里调研期间: the region is where an event took place, not an actor
_EVENT_PLACE = re.compile(r"考察|视察|调研|[\u4e00-\u9fff]{0,4}?(?:时|期间)")
# a central document's full title opening with its maker (中共中央关于…, 国务院关于…)
_CENTRAL_HEAD = re.compile(r"(中共中央|国务院)关于")
# what follows the bodies heading a title: 关于…, 联合…, 印发〈…〉, 贯彻〈…〉的实施方案 or a year
# (市委依法治市委2024年工作要点); not the kind itself: 出台《区委全面依法治区委员会工作规则》 says
# no more than that the report's actor made it (GUIDELINES' unnamed actor, as its annotators read it);
# a committee's study group before its year is the committee's own (中共…区委理论学习中心组2025年
# 专题学习研讨计划: 中国共产党党委（党组）理论学习中心组学习规则, 2017)
_TITLE_HEAD_END = re.compile(r"\s*(?:(?:理论学习)?中心组(?=\d{4}|年度))?(?:关于|联合|印发|转发|贯彻|落实|\d{4}|年度)")
# after a title: 经/由 and the bodies that made it (《X》已于3月由县政府印发, 《X》，由市委办公室印发),
# or 以 and the bodies in whose name it went out (《X》以县政府办公室名义印发), or whose decree
# made it a rule (《X》，以省政府令第168号公布: a government's rules go out as its 令), or a
# bracket that ends with the verb of its adopting or issuing, as a law's own head says who
# adopted it (《X条例》（2020年11月25日江西省第十三届人民代表大会常务委员会第二十六次会议通过）)
_PASSIVE = re.compile(r"(?:》[，,])?[^，,。；;：:]{0,12}?(?:经|由|以(?=[^，,。；;：:]{2,30}?(?:名义|令第)))"
                      r"|[》〉>＞]?[（(](?=[^（()）《》〈〉\n]{2,60}?(?:通过|颁布|公布|印发|发布|批准)[）)])")
# the verbs of drafting a document another body then issues (编制: drawing up a plan)
_DRAFTING = ("起草", "草拟", "代拟", "拟定", "拟订", "编制")
# a body's drafting a document in the clause before the verb that adopted it (由县司法局牵头
# 起草、经县政府常务会议审议通过的《X》)
_DRAFTED_BY = re.compile(rf"(?:牵头|负责|组织)?(?:{'|'.join(_DRAFTING)})")
# the verbs of asking another body to adopt or issue a document (报 before the body named
# by its level: 报省政府审定后印发)
_ASKING = "报请|提请|报(?=[省市县区州盟旗乡镇])"
# after a title: the body it was sent to, to adopt or issue it (起草《X》，报请省政府常务会议审议通过)
_SUBMITTED = re.compile(rf"[》〉>＞]?[，,]?(?:并|后)?(?:{_ASKING})")
# a draft put before another body for its review, the title right after (市政府提请市人大常委会
# 审议《…条例(草案)》, 向市人大常委会提请审议《…》): the body asking made it, the other reviews it
_PROPOSED = re.compile(rf"(?:{_ASKING})[^，,。；;《》]{{0,30}}?审议$")
# a later clause of the sentence that takes the title up again: …《X条例》，…，该条例已经…通过
# (the day between: 该条例于2021年11月19日经…审议通过)
_TAKEN_UP = re.compile(r"[^。；;]{0,40}?[，,]该(?P<kind>[\u4e00-\u9fff]{1,3}?)"
                       r"(?:已经|已由|经|由|已?于[^，,。；;：:]{1,12}?(?:经|由))")
# a notice handing a document over to its addressees (现将《X》印发给你们): the notice's
# issuer, who signs it, issued the document
_TO_ADDRESSEES = re.compile(r"[》〉>＞]?(?:印发|下发|发)给你们")
# 《X》已经区政府会议同意，现印发给你们: the document approved, then handed over
_APPROVED_TO_ADDRESSEES = re.compile(r"[》〉>＞]?已(?:经|由)?[^。，,；;\n]{0,30}?(?:同意|通过|批准|审定)[，,]\s*"
                                     r"现(?:予)?(?:印发|下发|发)给你们")
# before a title opening its clause: the bodies that adopted it (经市政府常务会议审议通过，
# 《X》自3月1日起施行)
_ADOPTED_BEFORE = re.compile(r"经(?P<by>[^，,。；;：:《》]{2,40}?)(?:审议|讨论)?通过[，,]\s*《?$")
_DELIBERATED = re.compile(r"审议通过|审议|讨论通过")
# a department's own meeting, named by its head's title or by the department (局长办公会, 局务会,
# 厅务会, 主任办公会, 委务会, 院长办公会): in its own report, the department adopting what it
# passes; what the department's name ends with, by the meeting's word
_OWN_MEETING = re.compile(r"经(?:(?P<by>[局厅院])长|(?P<director>主任))办公会议?|经(?P<of>[局厅委院])务会议?")
_MEETING_BODIES = {"局": ("局",), "厅": ("厅",), "院": ("院",), "主任": ("委员会", "委", "办公室"), "委": ("委员会", "委")}
# the meeting a body held (全面依法治县委员会第五次工作会议, 人大常委会召开第十一次主任会议),
# looked for this far before the sentence that says 会议审议通过…
_MEETING_OF = re.compile(r"(?:召开了?)?(?:第[一二三四五六七八九十\d]+次)?(?:全体|工作|主任|常务|扩大)?会议")
_MEETING_REACH = 600
# a body whose meeting's spirit the sentence relays (传达市委全面依法治市委员会第一次会议精神):
# another meeting's, no actor of this one
_RELAYED = re.compile(r"(?:第[一二三四五六七八九十\d]+次)?(?:全体|全会)?(?:会议)?精神")
# a clause that counts the documents the next one lists (出台规范性文件3件：《A》《B》,
# 制定规范性文件2件，分别是《A》和《B》), and what that list is made of
_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)\s*[件部项个份]$|(?:如下|以下)[\u4e00-\u9fff]{0,4}$")
_LISTED = re.compile(r"\s*(?:分别是|分别为|分别有|即|包括|具体为|具体包括)?\s*(?:《[^《》]*》\s*[、和及与]?\s*)*")
# 经…第三十四次会议通过: a meeting's adoption, after 经 (通过 alone is also "by means of")
_ADOPTED = re.compile(r"(?<=会议)通过")
# a verb whose object is a title of its own (…，经市政府常务会议审议通过《Y》: Y's frame, not X's)
_OWN_OBJECT = re.compile(r"了?\s*[《〈<＜]")
# what lists one title after another (《A》、《B》和《C》)
_TITLE_JOINERS = ("、", "，", ",", "和", "及", "与", "以及")
# the bodies not named after the one that is, before a title they issued together
# (省人社厅等三部门《…》, 省人社厅、省财政厅等部门《…》)
_AND_OTHERS = re.compile(r"等(?:[一二三四五六七八九十两\d]+个?家?)?(?:部门|单位)$")
# a date right before a verb (2020年6月1日印发的《X》)
_DATE_BEFORE = re.compile(r"(?:\d{1,2}日|\d{1,2}月|\d{4}年)$")
# a note in brackets right after a title, up to a verb in it: 《行政复议法》(2023年修订 (its
# revision, not an act on the next title)
_NOTE_OF_TITLE = re.compile(r"[》〉>＞]\s*[(（][^()（）《》\n]{0,12}$")
_DEPARTMENT = re.compile(r"(?:局|厅|委员会|办公室|署)$")
# a body kg does not know, named right before the verb (洋浦经济开发区管委会印发《…》): the
# document is that body's, not the report's unnamed actor's (not 我局, 本厅, 各单位, nor 市局,
# 省厅: a department calling itself by its level word)
_UNKNOWN_BODY = re.compile(r"(?P<head>(?<![我本该各其全])(?:管委会|管理委员会|委员会|管理局|办公室|中心|法院|检察院)"
                           r"|(?<![我本该各其全省市县区州盟旗])[局厅])(?:了|已|正式|先后|相继|及时|联合)?\s*$")
_HEAD_NAMES = {"局": "局", "分局": "分局", "厅": "厅", "委": "委员会", "办": "办公室"}
# a department calling itself (我局, 本厅; a branch bureau 分局) or a bureau by its region's
# level word (县局: in a county bureau's report itself, in a district's its county's), opening
# a clause
_SELF_NAMED = re.compile(rf"{SELF_DEIXIS.pattern}|(?P<level>[省市县区州盟旗])(?P<head>[局厅])|(?P<branch>分局)")
# 以永泰街道为试点 (为示范点, 为突破口): the place a programme is tried in first
_PILOTED_AT = re.compile(r"等?为(?:全[省市县区])?(?:试点|示范点|示范|先行区|突破口)")


@Language.factory("kg_relations")
def make_relations(nlp: Language, name: str):
    return RelationExtractor()


class RelationExtractor:
    def __call__(self, doc: Doc) -> Doc:
        g = gazetteer.load()
        meta = report(doc)
        subject = meta.get("subject_code")
        subject_path = meta.get("subject_region")
        rels: list[dict] = []
        agencies = SpanIndex(mentions(doc, "Agency"))
        codes = {a.kb_id_: a.id_ for a in agencies.spans}     # each body's region
        guessed: list[dict] = []        # the report's own body as a document's unnamed maker
        for span in mentions(doc):
            if span.label_ not in ("Regulation", "Initiative"):
                continue
            rel = "CITES" if span.label_ == "Regulation" else "IMPLEMENTS"
            if subject_path:
                rels.append(_relation(doc, rel, subject_path, span))
            actors = self.actor_regions(doc, span)
            if span.label_ == "Initiative":
                actors += [o for o in self.owner_regions(doc, span) if all(o.kb_id_ != a.kb_id_ for a in actors)]
            for actor in actors:
                if actor.kb_id_ != subject_path:
                    rels.append(_relation(doc, rel, actor.kb_id_, span))
            if span.label_ == "Regulation":
                named = self.issuers(doc, span, agencies) or self.titled_issuers(span) or \
                    self.proposed_by(doc, span, agencies)
                submitted = [a for a in self.submitted_to(doc, span, agencies) if a not in named]
                for issuer in self.plausible_issuers(g, span, named + submitted, codes):
                    rels.append(_relation(doc, "ISSUED", issuer, span))
                # 《…》(市中法委发〔2024〕3号): its number names who issued it
                numbered = [] if named else (
                    numbers.issuers(text_of(doc), span.start_char, span.end_char, subject,
                                    agency_grammar().rule_of_law)
                    or numbers.decree_issuers(text_of(doc), span.end_char, subject,
                                              agency_grammar().national_names))
                for issuer in numbered:
                    rels.append(_relation(doc, "ISSUED", issuer, span, implicit=True))
                acting = [] if named or numbered else self.acting_regions(doc, span, agencies)
                for region in acting:
                    rels.append(_relation(doc, "ISSUED", region, span, by_region=True))
                if (named and not self.drafted_unnamed(doc, span, agencies)) or numbered or acting:
                    continue
                unnamed = self.implicit_issuer(doc, g, span)
                implicit = unnamed or self.asked_government(doc, g, span) or self.handed_over(doc, g, span) \
                    or self.proposed_unnamed(doc, g, span, agencies)
                if implicit:
                    rels.append(_relation(doc, "ISSUED", implicit, span, implicit=True))
                    if unnamed and not named and not submitted:
                        guessed.append(rels[-1])
                elif not named:
                    # 按照《濮阳市人民代表大会常务委员会规范性文件审查办法》: no verb says who made
                    # it, the body written out whole heading it did (出台《中共重庆市渝北区委全面
                    # 依法治区委员会工作规则》: the verb's actor, as GUIDELINES takes it)
                    heading, _ = self.heading_bodies(doc, span, agencies)
                    for issuer in self.plausible_issuers(g, span, heading, codes):
                        rels.append(_relation(doc, "ISSUED", issuer, span))
        # 制定《办法》 where the text names the maker elsewhere (省人大常委会表决通过了《…办法》):
        # the unnamed maker is that one, not the report's own body
        guesses = {id(r) for r in guessed}
        makers: dict[str, set[str]] = {}
        for r in rels:
            if r["type"] == "ISSUED" and id(r) not in guesses:
                makers.setdefault(r["target"], set()).add(r["source"])
        rels = [r for r in rels if id(r) not in guesses or r["source"] in makers.get(r["target"], {r["source"]})]
        part_of: set[tuple[str, str]] = set()       # one, with its first mention, per pair
        for span in mentions(doc):
            code = span.id_
            if span.label_ == "Agency" and code:
                target = g.path(code)
            elif span.label_ == "Region" and code and g.divisions[code].parent and \
                    "/" in span.kb_id_:
                target = span.kb_id_.rsplit("/", 1)[0]
            else:
                continue
            if (span.kb_id_, target) not in part_of:
                part_of.add((span.kb_id_, target))
                rels.append(_relation(doc, "PART_OF", span.kb_id_, span, target=target))
        doc._.kg_relations = rels
        return doc

    def actor_regions(self, doc: Doc, span: Span) -> list[Span]:
        """Regions that open the mention's clause, else its sentence (where the clause names
        no actor of its own), as the actor (如晋中市…, 大同、吕梁、运城等市…), or that a pivot
        verb in its clause sets to act (指导介休市开展…)."""
        listed = self.item_regions(doc, span)
        if listed:
            return listed
        s, _ = sentence_of(doc, span.start_char)
        c = clause_start(doc, span.start_char)
        for start in ([c] if c > s else []) + [s]:
            if start < c and self.opens_with_other_actor(doc, c):
                break           # 平城区推行…，市司法局开展…: the clause's own actor, not the
                                # regions that open the sentence
            actors = self.region_chain(doc, start, span.start_char)
            if actors:
                others = self.set_to_act(doc, actors, span)
                return actors if others is None else others
            if text_of(doc).startswith("以", start):
                # 以永泰街道为试点，推行…: the regions a programme is tried in first
                piloted = self.region_chain(doc, start + 1, span.start_char)
                if piloted and _PILOTED_AT.match(text_of(doc), piloted[-1].end_char):
                    return piloted
        # 指导吕梁市柳林县和介休市开展…: the regions a pivot verb sets to act
        _, starts = self.regions(doc)
        i = bisect.bisect_left(starts, c)
        if i == len(starts) or starts[i] >= span.start_char:
            return []                           # no region in the clause before it
        for m in initiative_grammar().pivot_verbs.finditer(text_of(doc), c, span.start_char):
            actors = self.region_chain(doc, m.end(), span.start_char)
            if m.group() == "在" and actors and (
                    text_of(doc).startswith(_FIRST_AMONG, actors[-1].end_char) or
                    _EVENT_PLACE.match(text_of(doc), actors[-1].end_char)):
                continue       # 在广西率先推行…: the first of the region's, not the region
            if m.group() == "在":
                # 在山西省司法厅指导下: a region that begins a body's name is not where it happens
                bodies = {a.start_char: a.end_char for a in mentions(doc, "Agency")
                          if c <= a.start_char < span.start_char}
                actors = [r for r in actors if bodies.get(r.start_char, 0) <= r.end_char]
            if actors:
                return actors
        return []

    def opens_with_other_actor(self, doc: Doc, start: int) -> bool:
        """The clause at ``start`` opens, after its lead-in words, with a body's name (市司法局
        开展…) or with 各 (各县区开展…: each of them, none named)."""
        text, names = text_of(doc), self.name_starts(doc)
        pos = _lead_in(text, start, names)
        return pos in names or text.startswith("各", pos)     # (a region there is the clause's
                                                             # own actor, found before this)

    def set_to_act(self, doc: Doc, actors: list[Span], span: Span) -> list[Span] | None:
        """Who acts where the clause's opening region (or its body) sets another to act
        (喀什地区司法局指导县司法局开展…, 大同市督促平城区开展…): the regions the pivot verb
        names, or none of the opener's when it names a body (the subject's, whose relation
        every mention has); None where no pivot verb sets another to act."""
        text = text_of(doc)
        for m in initiative_grammar().pivot_verbs.finditer(text, actors[-1].end_char, span.start_char):
            if m.group() == "在":
                continue
            others = self.region_chain(doc, m.end(), span.start_char)
            if others:
                return others
            if m.end() in self.name_starts(doc):
                return []               # (a body: no region opens the words there)
        return None

    def item_regions(self, doc: Doc, span: Span) -> list[Span]:
        """The regions a list's item opens with, where each item names its own region and
        its own mention of the span's kind (银川市永宁县“A品牌”、中宁县“B品牌”…获评示范项目):
        they, not the list's first, carry it out."""
        start = self.regions_before(doc, span.start_char)
        if start == span.start_char or text_of(doc)[start - 1:start] != "、" or \
                not any(m.end_char == start - 1 for m in mentions(doc, span.label_)):
            return []
        return self.region_chain(doc, start, span.start_char)

    def owner_regions(self, doc: Doc, span: Span) -> list[Span]:
        """The regions written right before a quoted programme's name (推广平城区“一枚印章管
        审批”改革经验, 学习借鉴浙江省“最多跑一次”改革经验): the programme is theirs, carried out
        there, wherever the clause's actor takes it."""
        if text_of(doc)[span.start_char:span.start_char + 1] not in "“\"":
            return []
        start = self.regions_before(doc, span.start_char)
        return self.region_chain(doc, start, span.start_char) if start < span.start_char else []

    def regions_before(self, doc: Doc, pos: int) -> int:
        """Where the regions written right before ``pos``, one after another, start (银川市
        永宁县“…”, 山西省大同市平城区“…”); ``pos`` itself where none ends there."""
        by_start, starts = self.regions(doc)
        i, start = bisect.bisect_left(starts, pos) - 1, pos
        while i >= 0 and by_start[starts[i]].end_char == start:
            start, i = starts[i], i - 1
        return start

    def acting_regions(self, doc: Doc, span: Span, agencies: SpanIndex) -> list[str]:
        """Regions named as the actor of the clause whose verb issued the document, or of
        an earlier clause of its sentence that the clauses after it go on from, where no
        body is (青海省在全国率先印发《A》，制定《B》): GUIDELINES' region as issuer."""
        c, vpos = self.verb_clause(doc, span)
        if vpos is None or self.enclosing(doc, span) is not None:
            return []
        text = text_of(doc)
        sstart, _ = sentence_of(doc, span.start_char)
        while True:
            chain = self.region_chain(doc, c, vpos)
            if chain:
                return [r.kb_id_ for r in chain]
            pos = _lead_in(text, c, self.name_starts(doc))
            if c <= sstart or agencies.starting_in(pos, pos + 1):
                return []                   # the sentence's start, or a body acts there
            c = clause_start(doc, c - 1)

    @staticmethod
    def regions(doc: Doc) -> tuple[dict[int, Span], list[int]]:
        """The report's region mentions by start, and their starts in order (made once)."""
        found = doc.user_data.get("kg_regions_by_start")
        if found is None:
            by_start = {r.start_char: r for r in mentions(doc, "Region")}
            found = doc.user_data["kg_regions_by_start"] = (by_start, sorted(by_start))
        return found

    @staticmethod
    def name_starts(doc: Doc) -> Container[int]:
        """Where the report's region and body mentions start."""
        return RelationExtractor.name_ends(doc).keys()

    @staticmethod
    def name_ends(doc: Doc) -> dict[int, int]:
        """Where the longest region or body mention starting at each start ends (made once)."""
        found = doc.user_data.get("kg_name_ends")
        if found is None:
            found = doc.user_data["kg_name_ends"] = {}
            for m in mentions(doc):
                if m.label_ in ("Region", "Agency") and m.end_char > found.get(m.start_char, -1):
                    found[m.start_char] = m.end_char
        return found

    def region_chain(self, doc: Doc, start: int, limit: int) -> list[Span]:
        """The regions that open the text at ``start`` as its actor, after words that
        lead in (同时, 一是, 2023年，): 大同、吕梁、运城等市…, 吕梁市柳林县…, and those of the
        bodies listed as its actor (晋中市司法局、大同市司法局…)."""
        text = text_of(doc)
        regions, _ = self.regions(doc)
        pos = _lead_in(text, start, self.name_starts(doc))
        actors: list[Span] = []
        g = gazetteer.load()
        body_ends = self.name_ends(doc)
        while pos in regions and regions[pos].end_char <= limit:
            opener = regions[pos]
            region = self.body_region(doc, opener)
            if actors and actors[-1].end_char == pos and region.id_ and actors[-1].id_ and \
                    g.is_within(region.id_, actors[-1].id_):
                actors.pop()                    # 吕梁市柳林县: the county, its city written out
            actors.append(region)
            # (past the body the region opens: 晋中市司法局、大同市…)
            pos = max(region.end_char, min(body_ends.get(opener.start_char, 0), limit))
            joiner = _REGIONS_JOINER.match(text_of(doc), pos)
            if joiner:
                pos = joiner.end()
            elif pos not in regions:
                break
        return actors

    def body_region(self, doc: Doc, region: Span) -> Span:
        """The region a body's name sets it to work in, where a region opens the name of a
        body that names a region within it further on (岳阳市生态环境局岳阳县分局: the city
        bureau's branch in 岳阳县 acts there, not in all 岳阳市; 广州市南沙区人民政府办公室, 南沙区's);
        else the region itself."""
        end = self.name_ends(doc).get(region.start_char, 0)     # (the body's, being longer)
        if end <= region.end_char or not region.id_:
            return region
        g = gazetteer.load()
        by_start, starts = self.regions(doc)
        for start in starts[bisect.bisect_left(starts, region.end_char):bisect.bisect_left(starts, end)]:
            inner = by_start[start]
            if inner.end_char <= end and inner.id_ not in ("", region.id_) and \
                    g.is_within(inner.id_, region.id_):
                return inner
        return region

    @staticmethod
    def verb_clause_start(doc: Doc, text: str, pos: int) -> int:
        """Where the clause that may hold a title's issuing verb starts: the title's own, or,
        for a title in a list, the clause before it that counts the documents (县政府出台规范性
        文件3件：《A》《B》; 制定规范性文件2件，分别是《A》和《B》)."""
        cstart = clause_start(doc, pos)
        before = pos - 1 if text[pos - 1:pos] == "《" else pos      # (a title's span is inside 《》)
        if cstart and text[cstart - 1] in ":：,，" and _LISTED.fullmatch(text, cstart, before) \
                and _COUNTED.search(text, max(cstart - 21, 0), cstart - 1):
            return clause_start(doc, cstart - 1)
        return cstart

    @staticmethod
    def verb_clause(doc: Doc, span: Span) -> tuple[int, int | None]:
        """(where the clause that may hold the title's issuing verb starts, where the
        issuing verb (制定, 印发 …) nearest before the title stands in it: None without one,
        or when a word of basis comes between, 制定部门按照《…》): found once per mention,
        as the issuers, a region acting and the unnamed actor all ask."""
        found = doc.user_data.setdefault("kg_verb_clauses", {})
        key = (span.start_char, span.end_char)
        if key not in found:
            cstart = RelationExtractor.verb_clause_start(doc, text_of(doc), span.start_char)
            found[key] = cstart, RelationExtractor._issuing_verb(doc, span, cstart)
        return found[key]

    @staticmethod
    def _issuing_verb(doc: Doc, span: Span, cstart: int) -> int | None:
        text = text_of(doc)
        clause = text[cstart:span.start_char]
        gr = regulation_grammar()
        _, titles = RelationExtractor.regulations(doc)
        # not a verb inside another title (《关于印发〈X〉的通知》(以下简称《通知》)), nor one
        # another body was pushed to (起草并推动印发《X》: drafted it, did not issue it;
        # 指导各乡镇制定《X》: the townships made it), nor
        # one that only says the document is new (学习新修订的《行政复议法》), nor one right
        # after another title and not right before this one, whose work it names (开展《A》修订
        # 立法和“B”调研论证: A's revision; 根据《A》制定《B》 made B), nor one in a note on a
        # title before (学习《A》(2023年修订)和《B》)
        found = [m.start() for m in gr.issue_verb.finditer(clause)
                 if not titles.holds(cstart + m.start(), cstart + m.end())
                 and not _NOTE_OF_TITLE.search(clause, 0, m.start())
                 and not (clause.endswith(("》", "”"), 0, m.start()) and len(clause) - m.end() > 1)
                 and not RelationExtractor.prompted(doc, cstart, clause, m.start())
                 and not (clause.endswith(gr.attributive_words, 0, m.start())
                          and clause.startswith("的", m.end()))]
        if not found:
            return RelationExtractor._postposed_verb(doc, span, cstart)
        vpos = max(found)
        if any(w in clause[vpos:] for w in gr.basis_words):
            return None
        return cstart + vpos

    @staticmethod
    def _postposed_verb(doc: Doc, span: Span, cstart: int) -> int | None:
        """The issuing verb after a title in 《》 that opens its clause, after whoever acts
        there, or after the list of titles it stands in (2019年8月，《X》出台; 区司法局牵头完成
        《X》起草工作; 完成《A》《B》制定): the title's maker is the clause's actor, named or
        not (regulation_grammar's postposed_issue_verbs; the making a noun after the title,
        完成《X》的起草工作, too)."""
        text, gr = text_of(doc), regulation_grammar()
        opener = span.start_char - 1
        if opener < cstart or text[opener] not in "《〈<＜":
            return None
        after = _TITLES_AFTER.match(text, span.end_char).end()
        # (对《X》进行了全面修订, 完成对《X》的修订: the making a noun after the title)
        plain, as_object = gr.postposed.match(text, after), gr.postposed_object.match(text, after)
        if plain is None and as_object is None:
            return None
        pos = _lead_in(text, cstart, RelationExtractor.name_starts(doc))
        if pos > opener:
            return None         # (在认真研究《X》修订工作的基础上，: the title inside the words leading in)
        ends = RelationExtractor.name_ends(doc)
        helped = next((w for w in gr.prompting_words if text.startswith(w, pos) and pos + len(w) in ends), "")
        pos += len(helped)      # 配合省人大常委会完成《X》修订工作: the body helped made it
        while pos in ends and ends[pos] <= opener:       # the bodies or regions that act
            joiner = _JOINER.match(text, ends[pos])
            pos = joiner.end() if joiner else ends[pos]
        first = _TITLES_BEFORE.search(text, pos, opener).start()
        object_of = text.endswith("对", pos, first)
        # (完成《X》的起草工作: the making a noun after the title without 对 too)
        m = as_object if object_of else plain or as_object
        if m is None or not gr.postposed_lead.fullmatch(text, pos, first - object_of):
            return None
        return m.start("verb")

    @staticmethod
    def prompted(doc: Doc, cstart: int, clause: str, verb: int) -> bool:
        """Another body made the document the verb at ``verb`` issues: the actor pushed
        for it right before the verb (推动出台), or pushed bodies it names only in general
        (指导各乡镇制定, 督促区直各部门制定). A body named after the push (报请区政府印发) is
        the issuer, found as any body before the verb is."""
        m = regulation_grammar().prompted.search(clause, 0, verb)
        if m is None or m.group("own"):
            return False        # (指导我局制定: the report's own department made it)
        if not m.group("bodies"):
            return True
        start, end = cstart + m.start("bodies"), cstart + m.end("bodies")
        return not any(start <= a.start_char < end for a in mentions(doc, "Agency"))

    def heading_bodies(self, doc: Doc, span: Span, agencies: SpanIndex) -> tuple[list[str], bool]:
        """The bodies heading a title, and whether they head it as its makers do (国务院关于…的
        意见, 濮阳县人民政府 濮阳县人民法院 …关于…, 市委依法治市委2024年工作要点) or only as a body
        written out whole, by its region, a level word or a national name, with the subject and
        kind after it (濮阳市人民代表大会常务委员会规范性文件审查办法, 应急管理部权责清单: its own
        rules, where nothing else in the sentence says who made it). None for a body named bare
        (人民法院组织法: any court's), a kind of body (湖北省党委(党组)…办法: the party committees
        and groups) or the body a law is about (国务院组织法: the congress's)."""
        found = doc.user_data.setdefault("kg_heading_bodies", {})     # (asked twice: once
        key = (span.start_char, span.end_char)                          # as makers, once whole)
        if key not in found:
            found[key] = self._heading_bodies(doc, span, agencies)
        return found[key]

    def _heading_bodies(self, doc: Doc, span: Span, agencies: SpanIndex) -> tuple[list[str], bool]:
        text = text_of(doc)
        inner = agencies.starting_in(span.start_char, span.end_char)
        if not inner or inner[0].start_char != span.start_char or self.drafted_for(doc, span):
            return [], False
        chain, pos = [], span.start_char
        for a in inner:
            if a.start_char - pos > 1 or \
                    (a.start_char > pos and not (text[pos].isspace() or _JOINER.match(text, pos))):
                break       # (重庆市人大常委会对市人民政府…评议方案: the body it is about)
            chain.append(a.kb_id_)
            pos = a.end_char
        chain = list(dict.fromkeys(chain))
        if _TITLE_HEAD_END.match(text, pos):
            return chain, True
        first, title = inner[0], span.kb_id_
        lead = first.start_char + (2 if text.startswith("中共", first.start_char) else 0)
        whole = not first.id_ or lead in region_ends(doc) or text[lead] in LEVEL_CHARS
        law = title.endswith("法") and not title.endswith("办法")
        return (chain if whole and text[pos:pos + 1] not in "(（" and not law else []), False

    def issuers(self, doc: Doc, span: Span, agencies: SpanIndex) -> list[str]:
        text = text_of(doc)
        outer = self.enclosing(doc, span)
        if outer is not None and published_at(text, span.start_char):
            # 关于印发〈X〉的通知: whoever issued the notice issued X
            return self.issuers(doc, outer, agencies)
        heading, as_makers = self.heading_bodies(doc, span, agencies)
        if as_makers or outer is not None:
            # (贯彻落实<中共中央关于…的决定>的意见: an inner title names only its own makers)
            return heading
        written = self.written_before(doc, span, agencies)
        if written:
            # (重庆市人民政府关于《重庆市人大常委会对…的审议意见》研究处理情况的报告: the body the
            # title is headed by wrote it, the one before 关于 writes about it)
            return heading or written
        passive = self.issued_after(doc, span, agencies) or self.adopted_before(doc, span, agencies)
        if passive:
            # 市发改委起草的《X》经市政府常务会议审议通过: who drafted it and who adopted it
            drafted = self.clause_issuers(doc, span, agencies) if self.made_by(doc, span) else []
            return list(dict.fromkeys(self.drafted_before(doc, span, agencies) + drafted + passive))
        drafted = self.drafted_before(doc, span, agencies)
        # 局法规科起草、经局长办公会审定的《X》: the division drafted it, its department adopted it
        adopted = self.own_meeting(doc, span) if drafted else None
        return list(dict.fromkeys(drafted + ([adopted] if adopted else []) + self.clause_issuers(doc, span, agencies)))

    def own_meeting(self, doc: Doc, span: Span) -> str | None:
        """The report's own department, where its own meeting adopted the title in the clause
        (经局长办公会审定的《X》 in a bureau's report; 主任办公会, 委务会 in a commission's)."""
        cstart, vpos = self.verb_clause(doc, span)
        m = _OWN_MEETING.search(text_of(doc), cstart, vpos) if vpos is not None else None
        if m is None:
            return None
        own = self.own_body(doc, gazetteer.load())
        return own if own and own.endswith(_MEETING_BODIES[m.group("by") or m.group("director") or m.group("of")]) \
            else None

    @staticmethod
    def titled_issuers(span: Span) -> list[str]:
        """A central document named by its kind alone (十八届四中全会《决定》): the central
        body its full title opens with (中共中央关于…)."""
        m = _CENTRAL_HEAD.match(span.kb_id_)
        if m is None or text_of(span.doc).startswith(m.group(1), span.start_char):
            return []                   # (its title written out names the body already)
        return [m.group(1)]

    def submitted_to(self, doc: Doc, span: Span, agencies: SpanIndex) -> list[str]:
        """起草《X》，报请省政府常务会议审议通过: the body the title's maker sent it to, which
        adopted or issued it (before an issuing verb in that clause), beside its maker."""
        text = text_of(doc)
        m = _SUBMITTED.match(text, span.end_char)
        # (报请省司法厅备案: filed there, no verb of making it: none)
        return (self.acting_before_verb(text, m.end(), agencies)[0] or []) if m else []

    def drafted_unnamed(self, doc: Doc, span: Span, agencies: SpanIndex) -> bool:
        """起草《X》，经市人大常委会审议通过: the body after 经 adopted what the report's
        unnamed actor drafted, who made it too."""
        return bool(_PASSIVE.match(text_of(doc), span.end_char)) and self.made_by(doc, span) \
            and not self.clause_issuers(doc, span, agencies) and bool(self.issued_after(doc, span, agencies))

    def made_by(self, doc: Doc, span: Span) -> bool:
        """The title follows its issuing verb and 的 (…起草的《X》), or a verb of drafting
        (牵头起草了《X》，由市委办公室印发): the clause names its maker."""
        _, vpos = self.verb_clause(doc, span)
        verb = regulation_grammar().issue_verb.match(text_of(doc), vpos) if vpos is not None else None
        return bool(verb) and (text_of(doc)[verb.end():span.start_char] in ("的《", "的")
                               or verb.group().endswith(_DRAFTING))

    def clause_issuers(self, doc: Doc, span: Span, agencies: SpanIndex) -> list[str]:
        """The bodies that act in the clause of the title's issuing verb, or in its sentence."""
        text = text_of(doc)
        cstart, vpos = self.verb_clause(doc, span)
        if vpos is None:
            return []
        clause = text[cstart:span.start_char]
        pushed = regulation_grammar().prompted.search(text, cstart, vpos)
        if pushed and pushed.group("own"):
            # 区司法局指导我局制定《X》: the report's own department made it, the bodies before
            # only guided it (我局 a deixis: its own body, or none where it is not named)
            own = self.own_body(doc, gazetteer.load())
            return [own] if own else []
        # the verb nearest the title, and the bodies before it outside other titles
        # (中共中央、国务院制定的《A》和自治区党委、自治区人民政府印发的《B》)
        _, titles = self.regulations(doc)
        before = self.outermost([a for a in agencies.starting_in(cstart, vpos) if a.end_char <= vpos
                                 and not titles.holds(a.start_char, a.end_char)])
        sstart, _ = sentence_of(doc, span.start_char)
        if not before and _DELIBERATED.search(clause):
            # 召开区委全面依法治区委员会会议，审议通过《…》: the body whose meeting it was
            before = self.outermost([a for a in agencies.starting_in(sstart, cstart)
                                     if a.end_char <= cstart and not _RELAYED.match(text, a.end_char)])
            if not before and text.startswith("会议", sstart):
                # 蒲城县召开了全面依法治县委员会第五次工作会议。…会议审议通过了《…》: the body
                # whose meeting the news reported last
                held = [a for a in agencies.starting_in(max(sstart - _MEETING_REACH, 0), sstart)
                        if a.end_char <= sstart and _MEETING_OF.match(text, a.end_char)]
                before = held[-1:]
        if not before and not is_national(span.kb_id_):
            itself = self.names_itself(doc, cstart, vpos)
            if itself is not None:
                # 县局党委深入学习，县局制定了《X》: the department acts in the verb's own clause
                # (or a bureau of another level kg did not name, 省局 where the province's is a 厅)
                own = self.own_body(doc, gazetteer.load()) if itself else None
                return [own] if own else []
            # 县司法局制发《A》，拟定《B》; …，省委依法治省委员会印发了《A》，制定《B》: the bodies
            # that open an earlier clause of the sentence act on in the clauses after it
            before = self.clause_actors(doc, agencies, cstart)
        if not before:
            return []
        last = before[-1]
        if text[last.start_char - 1:last.start_char] in ("(", "（") and \
                text[last.end_char:last.end_char + 1] in (")", "）"):
            # 局政策法规处(行政审批处)牵头修订, 县委依法治县办(县司法局)起草: the body named
            # before the brackets acts, the one inside is its other name or where it sits
            last = next((a for a in before if a.end_char == last.start_char - 1), last)
        chain = self.chained(text, before, last)
        if len(chain) > 1 and "分别" in text[last.end_char:vpos]:
            chain = self.respective(doc, span, chain)
        first = next(a for a in before if a.kb_id_ in chain)
        drafter = [a for a in before if a.end_char == first.start_char - 1] \
            if text[first.start_char - 1:first.start_char] == "代" else []
        if drafter:
            # 县司法局代县政府起草《X》: the body drafting on another's behalf, and that body
            chain.insert(0, drafter[-1].kb_id_)
        if _JOINTLY.fullmatch(text, cstart, first.start_char):
            # 联合市公安局印发: and the actor, the body opening an earlier clause (公安部…，会同
            # 最高人民检察院联合印发) or else the report's own
            actors = []
            for a in self.clause_actors(doc, agencies, cstart):
                actors.append(a.kb_id_)
                if text.startswith("与", a.end_char):
                    break       # 区政府与区法院建立…，与区检察院会签: 与 there is "with"
            actors = actors or [self.own_body(doc, gazetteer.load())]
            for own in reversed(actors):
                if own and own not in chain:
                    chain.insert(0, own)
        return chain

    def names_itself(self, doc: Doc, cstart: int, vpos: int) -> bool | None:
        """The clause at ``cstart`` opens, before its verb at ``vpos``, with the report's
        department naming itself (True: 我局, 县局 in a county bureau's report, 分局 in a branch
        bureau's) or a bureau of another level by its level word (False: 市局 in a county
        bureau's), else None."""
        text = text_of(doc)
        m = _SELF_NAMED.match(text, _lead_in(text, cstart, self.name_starts(doc)), vpos)
        if m is None or not (m.group("level") or m.group("branch")):
            return None if m is None else True
        g, subject = gazetteer.load(), report(doc).get("subject_code")
        own = self.own_body(doc, g) or ""
        if m.group("branch"):
            return own.endswith("分局")         # (分局 in a city bureau's report: which one?)
        return bool(subject) and own.endswith(m.group("head")) and \
            g.divisions[subject].name.endswith(m.group("level"))

    def respective(self, doc: Doc, span: Span, bodies: list[str]) -> list[str]:
        """县财政局、县审计局分别制定了《A》和《B》, 《A》《B》分别由县财政局、县审计局印发: as many
        bodies as titles listed, each made the title in its place (分别, respectively);
        otherwise all of them."""
        listed = self.title_run(doc, span)
        at = next(i for i, r in enumerate(listed) if r.start_char == span.start_char)
        return [bodies[at]] if len(listed) == len(bodies) else bodies

    def title_run(self, doc: Doc, span: Span) -> list[Span]:
        """The titles listed one after another (《A》、《B》和《C》) that the mention's is one of."""
        text = text_of(doc)
        regulations, _ = self.regulations(doc)
        titles = sorted((r for r in regulations if self.enclosing(doc, r) is None), key=lambda r: r.start_char)
        at = next((i for i, r in enumerate(titles) if r.start_char == span.start_char), None)
        if at is None:
            return [span]

        def listed(a: Span, b: Span) -> bool:
            return text[a.end_char:b.start_char].strip("《》 ") in ("", *_TITLE_JOINERS)
        lo, hi = at, at
        while lo > 0 and listed(titles[lo - 1], titles[lo]):
            lo -= 1
        while hi + 1 < len(titles) and listed(titles[hi], titles[hi + 1]):
            hi += 1
        return titles[lo:hi + 1]

    def drafted_before(self, doc: Doc, span: Span, agencies: SpanIndex) -> list[str]:
        """由县司法局牵头起草、经县政府常务会议审议通过的《X》: the bodies right before a verb of
        drafting earlier in the clause than the verb nearest the title (which adopted it)."""
        text = text_of(doc)
        cstart, vpos = self.verb_clause(doc, span)
        if vpos is None:
            return []
        out: list[str] = []
        for m in _DRAFTED_BY.finditer(text, cstart, vpos):
            ending = [a for a in agencies.ending_at(m.start()) if a.start_char >= cstart]
            if ending:
                out += self.chained(text, agencies.starting_in(cstart, m.start()), max(ending, key=len))
        return out

    def drafted_for(self, doc: Doc, span: Span) -> bool:
        """The clause's actor led the making of a title another body heads (牵头制定《四川省
        人民政府2021年度…工作安排》): the actor drafted it, GUIDELINES' issuer, not the body
        its title names."""
        _, vpos = self.verb_clause(doc, span)
        return vpos is not None and text_of(doc).endswith(_LEADING, 0, vpos)

    @staticmethod
    def plausible_issuers(g, span: Span, issuers: list[str], codes: dict[str, str]) -> list[str]:
        """Whatever verb a sentence shares among its titles (中共中央国务院印发的《A》和
        《北京市…》; 县委依法治县委员会审议通过《全面深化法治领域改革纲要》实施方案): a
        national document is no local body's, and a title opening with a region's full name
        (北京市全面依法治市规划, gazetteer.leading_full) is that region's, no national or other
        region's body's."""
        if not issuers:
            return issuers
        if is_national(span.kb_id_):
            return [i for i in issuers if not codes.get(i)]
        opens = g.leading_full(span.kb_id_)
        if not opens:
            return issuers
        return [i for i in issuers
                if codes.get(i) and any(g.is_within(codes[i], c) for c in opens.codes)]

    def clause_actors(self, doc: Doc, agencies: SpanIndex, cstart: int) -> list[Span]:
        """The bodies opening the nearest earlier clause of the sentence that a body or a
        region opens (a region's clause is ``acting_regions``'s: none here), or that 由 puts
        in the lead (由县司法局牵头，制定…); not bodies that only help or push another's making
        (县财政局配合，…: the clause before, 县司法局牵头, says who made it)."""
        text = text_of(doc)
        sstart, _ = sentence_of(doc, cstart)
        regions, _ = self.regions(doc)
        c = cstart
        while c > sstart:
            c = clause_start(doc, c - 1)
            pos = _lead_in(text, c, self.name_starts(doc))
            led = text.startswith("由", pos)
            bodies = self.opening_bodies(text, agencies, pos + led, cstart)
            if bodies and (text.startswith(regulation_grammar().prompting_words, bodies[-1].end_char) or
                           led and not text.startswith(_LEADING, bodies[-1].end_char)):
                continue        # (县财政局配合, 县司法局指导: a help or a push, another body making
                                # it; 由镇党委书记任组长: a post, no body leading the making)
            if bodies or pos in regions:
                return bodies
        return []

    @staticmethod
    def opening_bodies(text: str, agencies: SpanIndex, pos: int, limit: int) -> list[Span]:
        """The body at ``pos`` and those joined to it after (县委、县政府), ending before
        ``limit``. A person's posts listed before the name (省委常委、市委书记、市委全面依法治市
        委员会主任林宝金) run from the rank down to the one the person acts in: the last post's
        body is the one."""
        out: list[Span] = []
        while True:
            at = [a for a in agencies.starting_in(pos, pos + 1) if a.end_char <= limit]
            if not at:
                return out
            body = max(at, key=len)
            if _WHEN.match(text, body.end_char):
                return []           # 省委十届五次全会召开后，我们…: when, not who
            post = _post_listed().match(text, body.end_char)
            if post and agencies.starting_in(post.end(), post.end() + 1):
                pos = post.end()
                continue
            out += twins(at, body) + [body]     # (and the other body its word names: 市两办)
            joiner = _JOINER.match(text, out[-1].end_char)
            if not joiner:
                # 市人大常委会：…: the report's addressee, not who acts in its sentences
                return [] if text.startswith((":", "："), out[-1].end_char) or \
                    _MEMBERS.match(text, out[-1].end_char) else out
            pos = joiner.end()

    def written_before(self, doc: Doc, span: Span, agencies: SpanIndex) -> list[str]:
        """中共中央、国务院《法治政府建设实施纲要》, 中共中央关于《…》: the bodies written just
        before the title; 中共中央关于《A》《B》: a title listed right after another (after 、,
        a comma, 和, 及, 与 or 以及) has that one's, unless a region's name opens it (国务院《A》、
        《河北省…办法》)."""
        text = text_of(doc)
        before = span.start_char - 1
        if text.endswith("关于", 0, before):
            before -= 2
        others = _AND_OTHERS.search(text, max(before - 8, 0), before)
        if others:
            before = others.start()     # 省人社厅等三部门《…》: the first of them, named
        prev = agencies.ending_at(before, span.start_char)
        if prev:
            return self.chained(text, agencies.starting_in(0, prev[-1].start_char), prev[-1])
        # (the previous title's 》, before the 、, comma or conjunction listing this one)
        close = before - 3 if text.endswith("以及", 0, before) else \
            before - 2 if text[before - 1:before] in _TITLE_JOINERS else before - 1
        if close < 0 or text[close] != "》":
            return []
        regulations, _ = self.regulations(doc)
        listed = next((r for r in regulations if r.end_char == close), None)
        if listed is None:
            return []
        if gazetteer.load().leading(span.kb_id_):
            return []
        return self.written_before(doc, listed, agencies)

    def issued_after(self, doc: Doc, span: Span, agencies: SpanIndex, at: int | None = None) -> list[str]:
        """《X》经县政府常务会议审议通过 / 《X》由县委、县政府联合印发: the bodies after 经 or
        由 that follow the title, before an issuing verb in the same clause (or in the next,
        after one that only says who agreed: 经区政府同意，由区政府办公室印发); also in a later
        clause that takes the title up by its kind (…《X条例》，…，该条例已经市人大常委会…通过).
        Titles listed before the last one share its makers (《A》《B》已经省人大常委会审议通过)."""
        text = text_of(doc)
        first = at is None
        if at is None:
            at = _TITLES_AFTER.match(text, span.end_char).end()
        m = _PASSIVE.match(text, at)
        if not m and first:
            m = _TAKEN_UP.match(text, at)
        if not m or (m.re is _TAKEN_UP and not core_title(span.kb_id_).endswith(m.group("kind"))):
            return []
        bodies, end = self.acting_before_verb(text, m.end(), agencies)
        if bodies is None and end and text.startswith(("由", "经"), end.end()):
            # 《X》经区政府同意，由区政府办公室印发: the clause that says who issued it
            return self.issued_after(doc, span, agencies, end.end())
        if bodies and end and end.group() in "，," and text.startswith(("由", "经"), end.end()):
            # 《X》由县司法局起草，经县政府常务会议审议通过后印发: who drafted it, then who adopted it
            more, _ = self.acting_before_verb(text, end.end() + 1, agencies)
            bodies += [b for b in more or () if b not in bodies]
        if len(bodies or ()) > 1 and "分别" in text[at:m.end()]:
            bodies = self.respective(doc, span, bodies)     # 《A》《B》分别由…、…印发
        return bodies or []

    def adopted_before(self, doc: Doc, span: Span, agencies: SpanIndex) -> list[str]:
        """经市政府常务会议审议通过，《X》自3月1日起施行: the bodies of the clause before that
        the title opens, which says who adopted it."""
        text = text_of(doc)
        m = _ADOPTED_BEFORE.search(text, max(span.start_char - 50, 0), span.start_char)
        if not m:
            return []
        bodies, _ = self.acting_before_verb(text, m.start("by"), agencies)
        return bodies or []

    def acting_before_verb(self, text: str, start: int,
                           agencies: SpanIndex) -> tuple[list[str] | None, re.Match | None]:
        """The bodies from ``start`` to the issuing or adopting verb of its clause (None
        where the clause has none; none where the verb takes a title of its own:
        《A》，经市政府常务会议审议通过《B》 says who adopted B), and the clause's end."""
        end = CLAUSE_END.search(text, start)
        stop = end.start() if end else len(text)
        verb = regulation_grammar().issue_verb.search(text, start, stop) or \
            _ADOPTED.search(text, start, stop)
        if not verb:
            return None, end
        if _OWN_OBJECT.match(text, verb.end()):
            return [], end
        between = self.outermost([a for a in agencies.starting_in(start, verb.start())
                                  if a.end_char <= verb.start()])
        return (self.chained(text, between, between[-1]) if between else []), end

    @staticmethod
    def outermost(spans: list[Span]) -> list[Span]:
        """The spans no other holds; two bodies one word names (市两办) both."""
        return [a for a in spans if not any(b.start_char <= a.start_char and a.end_char <= b.end_char
                                             and len(b) > len(a) for b in spans)]

    @staticmethod
    def chained(text: str, agencies: list[Span], last: Span) -> list[str]:
        """``last`` and the bodies joined to it before (中共中央、国务院; 市委和市政府), and
        those its very word names beside it (市两办)."""
        chain = twins(agencies, last) + [last]
        for a in reversed([a for a in agencies if a.end_char <= last.start_char]):
            if _CHAIN.fullmatch(text[a.end_char:chain[-1].start_char]):
                chain.append(a)
            else:
                break
        return list(dict.fromkeys(a.kb_id_ for a in reversed(chain)))

    @staticmethod
    def regulations(doc: Doc) -> tuple[list[Span], Cover]:
        """The report's regulation mentions, and the characters of their titles (made once)."""
        found = doc.user_data.get("kg_regulation_spans")
        if found is None:
            spans = mentions(doc, "Regulation")
            found = doc.user_data["kg_regulation_spans"] = (
                spans, Cover([(r.start_char, r.end_char) for r in spans]))
        return found

    def enclosing(self, doc: Doc, span: Span) -> Span | None:
        """The regulation whose title holds this one's (关于印发〈X〉的通知 holds X)."""
        regulations, _ = self.regulations(doc)
        return next((r for r in regulations if r.start_char < span.start_char
                     and span.end_char < r.end_char), None)

    def own_body(self, doc: Doc, g) -> str | None:
        """Who acts where a report leaves the actor unnamed: a national body in its own
        report; a department in its own report (its publisher, the department its first
        paragraph opens with, or the one it calls 我局/本厅; none when it calls itself so
        and is not named), and so a court's, a procuratorate's or a rule-of-law office's in
        its own (``acts_for_itself``); else the subject region's government
        (``Gazetteer.government``)."""
        meta = report(doc)
        subject = meta.get("subject_code")
        found = doc.user_data.get("kg_own_body")
        if not subject:
            # a national body's own report (应急管理部2019年法治政府建设年度报告), or one that
            # lost its title and opens with the body (2022年，司法部坚持…): that body
            if found is None:
                national = {a.kb_id_ for a in mentions(doc, "Agency") if not a.id_}
                publisher = meta.get("publisher") or ""
                opener = meta.get("opening_actor") or ""
                if publisher in national and publisher in self.title_bodies(doc):
                    found = publisher
                elif opener in national and not meta.get("title") and \
                        (self.is_department(opener) or opener.endswith("部")):
                    found = opener
                else:
                    found = ""
                doc.user_data["kg_own_body"] = found
            return found or None
        if found is None and meta.get("zone_report"):
            found = doc.user_data["kg_own_body"] = ""   # a development zone's: its committee, unnamed
        if found is None:
            found = g.government(subject)
            publisher = meta.get("publisher") or ""
            titled = self.title_bodies(doc)
            if self.acts_for_itself(publisher) and publisher in titled:
                found = publisher
            elif publisher in titled and len(named := [b for b in titled if self.is_department(b)]) == 1:
                # (a joint title, the party's body first: 中共重庆市委教育工作委员会重庆市教育委员会
                # …报告; the department acts for the two in what a government's department makes)
                found = named[0]
            elif self.acts_for_itself(meta.get("opening_actor") or ""):
                found = meta["opening_actor"]
            else:
                heads = Counter(m.group(1) for m in SELF_DEIXIS.finditer(text_of(doc)))
                if heads:
                    ending = _HEAD_NAMES[heads.most_common(1)[0][0]]
                    own = Counter(a.kb_id_ for a in mentions(doc, "Agency")
                                  if a.id_ == subject and a.kb_id_.endswith(ending)
                                  and self.is_department(a.kb_id_))
                    if own:
                        found = own.most_common(1)[0][0]
                    elif ending != "办公室":
                        found = ""  # a department that speaks of itself (我局) unnamed: no one
                                    # known (a government's 法制办, 我办, drafts for the government)
            doc.user_data["kg_own_body"] = found
        return found or None

    @staticmethod
    def is_department(name: str) -> bool:
        """A department of a government (司法厅, 市场监督管理局) or a body that acts as one
        where it serves (国家统计局大同调查队, 青岛海关), not the government or its own offices
        (人民政府法制办公室 drafts for the government), a party body or a group."""
        return (bool(_DEPARTMENT.search(name)) or name.endswith(agency_grammar().unit_kinds)) and \
            "人民政府" not in name and not name.startswith("中共") and "领导小组" not in name

    @classmethod
    def acts_for_itself(cls, name: str) -> bool:
        """A body whose own report's unnamed actor it is: a department, a court or a
        procuratorate, a party committee's rule-of-law committee or office (which make their
        own documents, not their government's)."""
        return cls.is_department(name) or name.endswith(_JUDICIAL) or bool(_RULE_OF_LAW_BODY.match(name))

    @staticmethod
    def title_bodies(doc: Doc) -> set[str]:
        """Agencies named in the report's title (a department's report names it there); found
        once a report, asked of each of its documents."""
        found = doc.user_data.get("kg_title_bodies")
        if found is None:
            span = title_span(doc)
            found = doc.user_data["kg_title_bodies"] = set() if span is None else \
                {a.kb_id_ for a in mentions(doc, "Agency") if span[0] <= a.start_char and a.end_char <= span[1]}
        return found

    def proposed_by(self, doc: Doc, span: Span, agencies: SpanIndex) -> list[str]:
        """市政府提请市人大常委会审议《X(草案)》: the bodies opening the clause, which drafted
        the document they put before the other for its review (not the one after 向 or 提请)."""
        before = self.proposing(doc, span, agencies)
        return self.chained(text_of(doc), before, before[-1]) if before else []

    def proposing(self, doc: Doc, span: Span, agencies: SpanIndex) -> list[Span] | None:
        """The bodies before 提请…审议 right before the title (None where it is not so put)."""
        text = text_of(doc)
        end = span.start_char - (text[span.start_char - 1:span.start_char] in ("《", "〈", "<", "＜"))
        m = _PROPOSED.search(text, max(end - 40, 0), end)
        if not m:
            return None
        cstart = clause_start(doc, span.start_char)
        return [a for a in self.outermost(agencies.starting_in(cstart, m.start()))
                if a.end_char <= m.start() and text[a.start_char - 1:a.start_char] != "向"]

    def proposed_unnamed(self, doc: Doc, g, span: Span, agencies: SpanIndex) -> str | None:
        """提请市人大常委会审议《X(草案)》 with no body before it: the report's own body drafted
        it, as the unnamed actor of a verb of making (GUIDELINES)."""
        return self.own_body(doc, g) if self.proposing(doc, span, agencies) == [] else None

    def asked_government(self, doc: Doc, g, span: Span) -> str | None:
        """The government a department asked to issue a document, naming no one (广州市司法局:
        提请印发《广州市法治政府建设实施纲要》): a department submits to its own government."""
        text = text_of(doc)
        if not _asked().search(text, max(span.start_char - 10, 0), span.start_char):
            return None
        own, subject = self.own_body(doc, g), report(doc).get("subject_code")
        return g.government(subject) if own and subject and self.is_department(own) else None

    def handed_over(self, doc: Doc, g, span: Span) -> str | None:
        """The notice's issuer, where the notice hands the document over (现将《X》印发给
        你们, 《X》已经…同意，现印发给你们): the body that signs the page, else the report's own."""
        text = text_of(doc)
        if not (text.endswith(("将《", "将"), 0, span.start_char) and _TO_ADDRESSEES.match(text, span.end_char)
                or _APPROVED_TO_ADDRESSEES.match(text, span.end_char)):
            return None
        return report(doc).get("publisher") or self.own_body(doc, g)

    @staticmethod
    def dated_attributive(text: str, vpos: int, start: int) -> bool:
        """The verb tells when the document was made, not who made it (2020年6月1日印发的
        《…》): a date right before it, 的 after."""
        verb = regulation_grammar().issue_verb.match(text, vpos)
        return bool(verb) and text[verb.end():start].rstrip("《〈<＜ ") == "的" \
            and bool(_DATE_BEFORE.search(text, max(vpos - 12, 0), vpos))

    def implicit_issuer(self, doc: Doc, g, span: Span) -> str | None:
        """The unnamed maker of a document the report says was made (制定《…》): not for
        a national document, a title inside another, or one titled with a region that is
        not the subject or inside it."""
        cstart, vpos = self.verb_clause(doc, span)
        if vpos is None or self.enclosing(doc, span) is not None or is_national(span.kb_id_):
            return None
        text = text_of(doc)
        unknown = _UNKNOWN_BODY.search(text, cstart, vpos)
        if unknown and not any(a.end_char == unknown.end("head") for a in mentions(doc, "Agency")):
            return None             # 洋浦经济开发区管委会印发: a body named, though not known
        if self.names_itself(doc, cstart, vpos) is False:
            return None             # 市局制定 in a county bureau's report: its city's bureau
        if self.dated_attributive(text, vpos, span.start_char) and \
                g.leading(span.kb_id_) and not g.leading_full(span.kb_id_):
            return None             # 2020年6月1日印发的《海南自由贸易港建设总体方案》: the State's
                                    # plan for a region, named by its short name, dated, no maker
        subject = report(doc).get("subject_code")
        opens = g.leading_codes(span.kb_id_)
        if subject and opens and not any(g.is_within(c, subject) for c in opens) \
                and g.divisions[subject].name not in span.kb_id_[:20]:
            return None             # 大同市…办法 in a 平城区 report: the city's document (not
                                    # 上城区四季青街道…规定 in 四季青街道's, its path written out)
        return self.own_body(doc, g)


def twins(spans: list[Span], span: Span) -> list[Span]:
    """The other mentions of exactly ``span``'s characters: two bodies one word names (市两办)."""
    return [a for a in spans if a is not span and (a.start_char, a.end_char) == (span.start_char, span.end_char)]


@lru_cache(maxsize=1)
def _asked() -> re.Pattern:
    """A verb of issuing right after 提请/报请, the title right after it: no body asked is
    named (ten characters before a title hold the longest)."""
    return re.compile(rf"(?:{_ASKING})(?:{regulation_grammar().issue_verb.pattern})了?《?$")


def _relation(doc: Doc, rel: str, source: str, span: Span, target: str | None = None,
              implicit: bool = False, by_region: bool = False) -> dict:
    """A relation to ``span``'s entity (or to ``target``), with ``span``'s sentence as
    evidence; ``implicit`` marks an issuer the text leaves unnamed, ``by_region`` one that
    is a region, not a body."""
    s, e = sentence_of(doc, span.start_char)
    return {"type": rel, "source": source, "target": target or span.kb_id_, "implicit": implicit,
            "by_region": by_region,
            "evidence": {"sentence": sentence_text(doc, s, e), "start": s, "end": e,
                         "mention": [span.start_char, span.end_char]}}
