"""Who wrote a report: the agency that heads its title, signs it above its date, or the
page's 来源 / 发布机构 field names (``publisher``), and the body its first paragraph opens
with as its actor (``opening_actor``), for a page that lost its title. Both read the agency
mentions the agencies component has made, and are called by it.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .. import gazetteer
from ..io.clean import body_fields
from .doc import header_lines, mentions, opening, raw_of, report, reported_on, text_of, title_span, title_spans
from .regions import person_titles

# the year a title may open with before the body that heads it
_TITLE_YEAR = re.compile(r"\d{4}\s*年度?")
# a title's subtitle after its dash, where a body that wrote it may open it (打造“枫桥式”司法所
# 推进基层依法治理——桐梓县司法局经验材料)
_SUBTITLE_DASH = re.compile(r"——|—|--")


def publisher(doc: Doc) -> str | None:
    """The agency that heads the title (X关于…, or after its year: 2015年武汉市人大常委会…)
    or signs the report above its date."""
    text = text_of(doc)
    title = report(doc).get("title") or ""
    agencies = mentions(doc, "Agency")
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    tstart, tend = title_span(doc) or (-1, -1)
    if tstart >= 0:
        year = _TITLE_YEAR.match(text, tstart)     # (2015年武汉市人民代表大会常务委员会工作报告)
        # (…——桐梓县司法局经验材料, on the title's line or the line under it, where the title
        # as the text writes it ends)
        dash = _SUBTITLE_DASH.search(text, tstart, tend)
        under = next((ln for ln in lines if ln[0] >= tend), None)
        subtitle = _SUBTITLE_DASH.match(text, under[0] + len(under[1]) - len(under[1].lstrip())) \
            if under else None
        at_start = [s for s in agencies if s.start_char in (
            tstart, year.end() if year else -1, dash.end() if dash else -1,
            subtitle.end() if subtitle else -1)]
        if at_start:
            return max(at_start, key=len).kb_id_
    subject = report(doc).get("subject_code")
    g = gazetteer.load()
    if tstart >= 0 and (title.startswith("关于") or not (
            g.find(title) or (subject and g.divisions[subject].name in title))):
        # 西平县人民政府办公室 / 关于印发…的通知 (a document's issuer heads it),
        # 吴忠市红寺堡区民政局 / 2023年…报告: the line above a title, wherever the page heads
        # it; not above a report's title that names its region (大同市人民政府 /
        # 平城区2021年…报告: the site's banner; 左贡县人民政府 / 碧土乡2024年…报告, a township's
        # on its county's site)
        for start, _ in title_spans(doc):
            above = [ln for ln in lines if ln[0] < start][-1:]
            body = _only_agencies(above[0], agencies) if above else None
            if body:
                return body
    # (imported here: kg.extract.dates reads the agency grammar, whose module imports this one)
    from .dates import date_note, dated_line, delivered_line, parse_date_line, signed_line
    after = next((i for i, ln in enumerate(lines) if ln[0] > tstart), None) if tstart >= 0 else None
    # the two lines under the title, and the two right above it (a notice signed, then the
    # title of the document it issues), or above the note under its date ((此件主动公开))
    above = None if after is None else \
        after - 4 if after >= 2 and date_note(lines[after - 2][1]) else after - 3
    signing = [] if after is None else [i for i in (after, after + 1, above) if 0 <= i < len(lines)]
    for i in signing:
        # 陇南市人民政府 / (2015年1月10日) under the title: signed at the top
        if i + 1 < len(lines) and parse_date_line(lines[i + 1][1].strip(" \u3000()（）")):
            body = _only_agencies(lines[i], agencies)
            if body:
                return body
        signed = signed_line(lines[i][1])
        if signed and i != above:           # 清水县人民政府 2024年01月08日: on one line under it
            body = _only_agencies((lines[i][0], lines[i][1][:signed[0]]), agencies)
            if body:
                return body
    # ——2018年5月30日在…会议上 / 北京市公安局: the body that gave the report, under the day
    # (or its speaker's: 白沙黎族自治县人民政府县长 黄聪; the day's line a page may wrap)
    for i in [] if after is None else range(after, min(after + 3, len(lines) - 1)):
        under = i + 1
        if not delivered_line(lines[i][1]):
            if i + 2 >= len(lines) or not delivered_line(lines[i][1].strip() + lines[i + 1][1].strip()):
                continue
            under = i + 2
        body = _only_agencies(lines[under], agencies) or _speakers_body(lines[under], agencies)
        if body:
            return body
    for i in range(len(lines) - 1, max(len(lines) - 6, 0), -1):
        if dated_line(lines[i][1]) and i > 0:
            body = _only_agencies(lines[i - 1], agencies)
            if body:
                return body                 # signed by one body, or jointly: the first
        signed = signed_line(lines[i][1])
        if signed:                          # 武功县人民政府 2023年3月28日: on one line
            body = _only_agencies((lines[i][0], lines[i][1][:signed[0]]), agencies)
            if body:
                return body
    return published_by(doc, agencies) or compiled_by(doc, agencies)


# a disclosure report's opening sentence on who wrote it: 本报告由汶上县医疗保障局按照…编制
_COMPILED = re.compile(r"本(?:年度)?报告[^。\n]*?由$")
_COMPILED_VERB = re.compile(r"[^。\n]{0,60}?编制")


def compiled_by(doc: Doc, agencies: list) -> str | None:
    """The body the report's opening says compiled it (本报告由X…编制, 本报告依据…要求，由X
    结合…编制): the author where no title, signature or 来源 names one."""
    text = text_of(doc)
    ordered = sorted(agencies, key=lambda a: a.start_char)
    for pos, line in header_lines(raw_of(doc), and_first_paragraph=True):
        for a in (a for a in ordered if pos <= a.start_char < pos + len(line)):
            if _COMPILED.search(text, max(a.start_char - 200, pos), a.start_char) \
                    and _COMPILED_VERB.match(text, a.end_char):
                return a.kb_id_
    return None


def _only_agencies(line: tuple[int, str], agencies: list) -> str | None:
    """The first agency of a line that names agencies and nothing else, whole (北京市西城区
    人民政府广安门内街道办事处, not the government its name opens with)."""
    start, text = line
    on_line = sorted((s for s in agencies if start <= s.start_char
                      and s.end_char <= start + len(text)), key=lambda s: (s.start_char, -len(s)))
    covered = set()
    for s in on_line:
        covered.update(range(s.start_char - start, s.end_char - start))
    rest = "".join(c for j, c in enumerate(text) if j not in covered)
    return on_line[0].kb_id_ if on_line and not rest.strip(" \u3000\t、,，") else None


def _speakers_body(line: tuple[int, str], agencies: list) -> str | None:
    """The body of a line that names a body, then its speaker's post and name (濮阳市人民政府
    副市长 周浩然): the body whose report it is."""
    start, text = line
    lead = start + len(text) - len(text.lstrip())
    at = [s for s in agencies if s.start_char == lead]
    if not at:
        return None
    body = max(at, key=len)
    rest = text[body.end_char - start:].strip()
    post = next((t for t in sorted(person_titles(), key=len, reverse=True)
                 if rest.removeprefix("副").startswith(t)), None)
    name = rest.removeprefix("副")[len(post):].strip() if post else ""
    return body.kb_id_ if post and re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", name) else None


# how a report's first paragraph leads to its actor: a year, then perhaps 在…领导下
def opening_actor(doc: Doc) -> str | None:
    """The body the report's first paragraph opens with as its actor (2023年，市市场监管局在
    市委市政府的领导下…; 2021年，司法厅坚持…): who speaks where a page lost its title."""
    pos = opening(text_of(doc))
    agencies = mentions(doc, "Agency")
    at = [a for a in agencies if a.start_char == pos]
    if not at and pos is not None and text_of(doc)[pos:pos + 1] == "原":
        # a body under the name it had in the year reported on (2017年，原环境保护部…, written
        # after the 2018 reform); 原平市… is a city's name and holds its own mention at pos
        at = [a for a in agencies if a.start_char == pos + 1]
    if not at:
        # 根据…通知，现将2023年度枣庄市教育局法治政府建设工作情况报告如下: the body whose work
        # the opening sentence sends up (where no body opens the paragraph)
        sent = reported_on(text_of(doc))
        if sent is not None:
            at = [a for a in agencies if a.start_char == sent]
    return max(at, key=len).kb_id_ if at else None


def published_by(doc: Doc, agencies: list) -> str | None:
    """The body in the page header's 来源 / 发布机构 field: an agency, or a region whose
    government it then is (发布机构 | 兖州区新驿镇; 来源: 留下街道, its 办事处)."""
    for pos, line in header_lines(raw_of(doc), and_first_paragraph=True):
        for start, end in body_fields(line):
            start, end = pos + start, pos + end
            inside = [a for a in agencies if start <= a.start_char and a.end_char <= end]
            if inside:
                # the field's first body, whole (发布机构 | 司法局(行政复议局): the bureau, then
                # its second name in brackets; 西城区人民政府广安门内街道办事处, not its government)
                return min(inside, key=lambda a: (a.start_char, -len(a))).kb_id_
            region = [r for r in mentions(doc, "Region") if start <= r.start_char and r.end_char == end]
            if region and region[0].id_:
                return gazetteer.load().government(region[0].id_)
    return None
