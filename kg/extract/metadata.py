"""Report metadata: title, subject region (``kg.extract.subject``), date written
(``kg.extract.dates``), year covered.

Runs first: the subject region is the context every later component resolves names
against (省民政厅 in a Shanxi report is 山西省民政厅). The publisher needs agency names
and is set by the agency component.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from .. import gazetteer
from .dates import (CN_DATE, HEADER_DATE, TITLE_YEAR, TOWNSHIP_BODY, dated_line, delivered_line, only_a_body,
                    page_date, signature, year_number)
from .doc import CLAUSE_MARK, PARAGRAPH_OPENING, header_lines, raw_of, report, text_of
from .numbers import NUMBER
from .regulations import PUBLISHING_VERBS
from .subject import named_regions, subject_region, zones_own

# what a yearly report's title calls it (not a notice or another document a page may carry)
_ANNUAL = re.compile(r"报告|总结|情况|述法")
# a line opening with a year (a space may stand before 年, as PDFs and some pages write it):
# the body's first paragraph that does ("2017年，山东省以…", "2019 年以来，我镇…", "二〇二三年，
# 全县…" as some write a year in words), or a date standing alone under a signature
_YEAR_LINE = re.compile(rf"^\s*(\d{{4}}|{CN_DATE}{{4}})\s?年.*$", re.M)
# after a year line's year, the work since then told from it (2021年以来，…): the reported
# year only where it is the year written or the one before (a yearly report's); an older
# one starts a span of years, as a report of its rounds of work writes it
_SINCE = re.compile(r"\s?年以来")
# a paragraph opening with the day something happened, not a period's first day (2023年1月1日至…)
_EVENT_DAY = re.compile(r"\s*\d{4}\s?年\d{1,2}月\d{1,2}日(?![^，,。\n]{0,12}?(?:至|到|起|[—–－―~～-]))")
_PERIOD_DASHES = "—–－―~～-"      # between a period's years (2021—2025年)
# the years a report covers, written as a period outside brackets (2021—2023年…报告; not a
# plan's period in its brackets, 实施方案(2022-2025年)的通知)
_REPORTED_SPAN = re.compile(rf"(?<![(（\d])\d{{4}}\s*[{re.escape(_PERIOD_DASHES)}至到]\s*\d{{4}}\s*年")
# where a title's first line may break: anywhere after 关于, or after the year and a few of
# the title's words (昌吉州人民政府2024年度法治政府 / 建设情况报告)
_CUT_OPENING = re.compile(rf"关于.*$|{TITLE_YEAR.pattern}[\u4e00-\u9fff]{{0,10}}$")
# a committee's full name cut before its 委员会 or its term (中国人民政治协商会议 / 第七届磐安县委员会…,
# 中国人民政治协商会议景洪市第四届 / 委员会…): the heading's first line
_CUT_NAME = re.compile(r"(?:中国人民政治协商会议|中国共产党)[\u4e00-\u9fff]{0,12}")
_NAME_GOES_ON = re.compile(r"委员会|第[一二三四五六七八九十]+届")
_TITLE_CUES = ("报告", "年报", "总结", "情况", "说明", "材料", "汇报", "工作", "建设", "经验", "做法",
               "通知", "意见")
# a column's tag before the title: 【法治建设报告】…, 【政策解读】…; or the document's number
# ([天政发〔2026〕7号]天水市人民政府关于…)
_COLUMN_TAG = re.compile(rf"^[【\[](?:[^】\]]{{1,10}}|{NUMBER})[】\]]\s*")
# the title field of a 政府信息公开 info table (标 题 | … |, 标题：…, 名称: …, 信息名称：…, 标      题 …:
# its cells copied as spaces), up to the next field (| 文号, or a label after a space: 名称: … 文号:)
_TITLE_FIELD = re.compile(r"^[|｜]?\s*[【\[]?\s*(?:标\s*题|名\s*称|文件名称|信息名称)\s*[]】]?(?:\s*[|:：]|\s)\s*"
                          r"([^|｜\s][^|｜]*?)\s*(?:[|｜].*|\s[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,5}[:：].*)?$")
# any other field of such a table or of a page's header (主题分类:法治政府建设, 来源：…建设局):
# a short label and a colon, never a title, also as a table's row (| 体 裁:报告 |)
_FIELD = re.compile(r"^(?:[|｜]\s*)?[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,7}[:：]")
# a region's or a body's name, a colon and a headline (安吉县：坚持…推动法治政府建设走深走实)
_HEADLINE = re.compile(r"([\u4e00-\u9fff]{2,20})[:：]\s*(?=\S.{7,})")
# a page's <title> after the report's: _column_site, " | site", " - site", -某市人民政府, |某市人民政府
_SITE_SUFFIX = re.compile(r"(?:_| [|｜-] |[-—–|｜](?=[^-—–|｜()（）]{2,30}(?:人民政府|政府|门户网站|网站|政务网|政府网)$)).*$")
# a title line that is the title in 《》, after its document number (浙卫〔2024〕3号《…的报告》)
_BRACKETED_TITLE = re.compile(rf"^(?:{NUMBER})?\s*《(?P<title>[^《》]+)》$")
# how a title ends: a line that does not, and a short next line that does, are one title
_TITLE_ENDS = ("报告", "总结", "情况", "说明", "材料", "汇报", "通知", "意见", "方案", "要点", "安排", "做法", "经验")
# how a report's own heading ends (not a notice's or a plan's, which a page may head a column with)
_REPORT_ENDS = ("报告", "总结")
# a covering letter's sentence sending the report up (现将《…关于2022年度…的报告》报上,
# 呈报, 报送): the page opens with the letter, the report's own heading comes after it
_SENT_UP = re.compile(r"现将《(?P<title>[^《》\n]{6,80}?(?:报告|总结|情况))》\s*(?:报上|报送|呈报|上报|呈上|送上)")
# how far into a page a covering letter sends its report up
COVER_CHARS = 1500
# a page's list items repeat the title after a bullet (  • 黑龙江省司法厅关于…的报告)
_BULLETS = "•·●▪◆■□○◇-* \u3000\t"
# a line of the page's breadcrumb trail (首页 / > 政府信息公开 / > 政府信息公开年报): a crumb
# names a column of the site, never the report
_CRUMB = re.compile(r"\s*[>＞›»]")
# a section heading inside the body (一、…  (二)…  3.…) is never the report's title
# (第二部分 …情况说明, 表一 …实施情况统计表: a part's heading or a table's caption, no title)
_SECTION_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)"
                             r"|第[一二三四五六七八九十]+(?:部分|章|节)|表[一二三四五六七八九十\d]+(?:\s|$))")
# a date the page writes after the title: …年度报告（2023-03-28）
_TITLE_DATE = re.compile(r"\s*[(（]\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}日?[)）]$"
                         r"|\s+\d{4}-\d{1,2}-\d{1,2}$")


def find_title(text: str) -> str:
    """The first heading-like line above the body that names a report (报告, 情况, 工作 …):
    no sentence end, no section number; else the report a covering letter sends up. A page
    without either has no title: its other short lines are the site's banner
    (辽宁省人民政府) or a body's headings. A page that lost its line breaks is read with
    the white space before its first sentence's end as they were (…报告》 浏览量: 时间:…
    青海省人民政府关于2016年法治政府建设工作的报告 青政〔2017〕28号 2016年,…)."""
    title = _title_of_lines(text)
    if not title and sum(1 for ln in text.split("\n") if ln.strip()) <= 2:
        first = text.lstrip()
        opening = _SPACED_YEAR.sub("", first[:first.find("。")] if "。" in first else "")
        opening = _GLUED_HEADING.sub("\n", opening)
        title = _title_of_lines(re.sub(r"\s+", "\n", opening)) if opening else ""
        if CLAUSE_MARK.search(title):
            return ""       # (…,现将…报告如下: the first sentence, no title)
    return title


# where a page that lost its line breaks had them with nothing in their place: before the
# first paragraph's opening run on from the title (…情况的报告2023年，省政府…, a mirror
# site's copy), and around a site's address (…每日更新www.mishuzj.com湖北省人民政府关于…)
_GLUED_HEADING = re.compile(rf"(?<={'|'.join(_TITLE_ENDS)})(?={PARAGRAPH_OPENING.pattern})"
                            r"|(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# the white space a Word or PDF file sets around a year's digits (某县 2025 年度…): no break
_SPACED_YEAR = re.compile(r"(?<=\d)\s+(?=[年月日])|(?<=[\u4e00-\u9fff])\s+(?=\d{4}\s+年)")
# a line that is a sentence of the body (…，…。): what follows it is the body too, however
# short its lines (an excerpt cut mid-sentence ends on one: 党中央、国务院高度重视法治政府建设)
_BODY_SENTENCE = re.compile(r"[^\n]{12,}[，,][^\n]{8,}[。！？!?]\s*$")


def _title_of_lines(text: str) -> str:
    header = [ln for _, ln in header_lines(text)]
    for i, ln in enumerate(header):
        if _CRUMB.match(ln):
            continue
        if _BODY_SENTENCE.match(ln):
            break
        ln = ln.strip().lstrip(_BULLETS)
        field = _TITLE_FIELD.match(ln)
        if field:                   # 标 题 | 金昌市人民政府关于印发…的通知 |: the info table's
            return _COLUMN_TAG.sub("", field.group(1))
        if _FIELD.match(ln) and not _named_headline(ln):
            continue
        # 【…】…, …_岳阳县人民政府, …报告（2023-03-28）
        ln = _TITLE_DATE.sub("", _SITE_SUFFIX.sub("", _COLUMN_TAG.sub("", ln)))
        bracketed = _BRACKETED_TITLE.match(ln)
        if bracketed:
            ln = bracketed.group("title")
        if len(ln) >= 6 and "。" not in ln and not ln.endswith((":", "：", ",")) \
                and not _SECTION_NUMBER.match(ln) and not PARAGRAPH_OPENING.match(ln) \
                and any(cue in ln for cue in _TITLE_CUES) and not only_a_body(ln):
            # 关于印发西平县2020年度法治政府建设 / 工作安排的通知: a title wrapped over lines
            # (not over a heading of its own)
            joined = i + 1
            for nxt in (x.strip() for x in header[i + 1:i + 3]):
                if ln.endswith(_TITLE_ENDS) or not nxt.endswith(_TITLE_ENDS) or \
                        len(nxt) > 30 or CLAUSE_MARK.search(nxt) or _own_heading(nxt):
                    break
                ln, joined = ln + nxt, joined + 1
            # 法治政府建设 / 济源市创建全国法治政府建设示范市 / … / 济源市人民政府关于…的报告: a
            # site's or a column's banner over the report's heading (not over a field's value,
            # 文种:工作报告)
            if not ln.endswith(_TITLE_ENDS) and any(
                    x.strip().endswith(_REPORT_ENDS) and not _FIELD.match(x.strip()) for x in header[joined:]):
                continue
            # 吴忠市红寺堡区民政局 / 2023年法治政府建设…报告, 大河乡人民政府 / 关于法治政府建设
            # 的情况报告: one title (not a site's banner above a title that names its own
            # region: 平城区司法局 / 2021年平城区…报告)
            above = header[i - 1].strip() if i else ""
            if above and (TITLE_YEAR.match(ln) or ln.startswith("关于")) and only_a_body(above) \
                    and not named_regions(gazetteer.load(), ln):
                ln = above + ln
            # 鹤岗市人民政府 鹤岗市中级人民法院印发 / 关于…的通知: the issuers' line is the title's
            elif above and ln.startswith("关于") and above.endswith(PUBLISHING_VERBS) \
                    and len(above) <= 40 and not CLAUSE_MARK.search(above):
                ln = above + ln
            # 中国人民政治协商会议景洪市第四届 / 委员会常务委员会工作报告: a committee's name cut
            elif above and _CUT_NAME.fullmatch(above) and _NAME_GOES_ON.match(ln):
                ln = above + ln
            # 2022年上海市地方金融监督管理局 / 政府信息公开工作年度报告: the year and the body open it
            elif above and (year := TITLE_YEAR.match(above)) and only_a_body(above[year.end():]) \
                    and not TITLE_YEAR.match(ln):
                ln = above + ln
            # 亳州市生态环境局关于2024年度 / 法治政府建设情况的报告, 县司法局关于2021-2025年度行 /
            # 政复议…报告, 关于那曲市色尼区2025年度法治政府 / 建设情况的报告, 昌吉州人民政府2024
            # 年度法治政府 / 建设情况报告: a line cut after 关于, after the year or inside a
            # word, a body's, a region's or opening with 关于, is the title's opening (not a
            # banner's year and words above a heading that opens with its region: 平城区2024年
            # 法治政府建设专栏 / 平城区2024年法治政府建设报告)
            elif above and len(above) <= 40 and not CLAUSE_MARK.search(above) \
                    and not above.endswith(_TITLE_ENDS) and (cut := _CUT_OPENING.search(above)) \
                    and (cut.start() == 0 and cut.group().startswith("关于")
                         or only_a_body(above[:cut.start()])
                         or 0 < gazetteer.load().path_end(above[:cut.start()], full=True) == cut.start()) \
                    and (cut.group().startswith("关于") or not gazetteer.load().leading_full(ln)):
                ln = above + ln
            # 中共濮阳县委 濮阳县人民政 / 府关于…的报告: the bodies' names cut inside a word
            # (not a banner that is a body's name whole: 禄丰市人民政府 / 中村乡人民政府关于…; nor
            # a header field's value left on its line above a title whose body is whole:
            # 发布机构:王河乡 / 王河镇人民政府关于…)
            elif above and len(above) <= 40 and not CLAUSE_MARK.search(above) \
                    and (about := ln.find("关于")) > 0 and only_a_body(above + ln[:about]) \
                    and not only_a_body(above) \
                    and not (only_a_body(ln[:about]) and (gazetteer.load().leading(ln[:about])
                                                          or TOWNSHIP_BODY.fullmatch(ln[:about]))):
                ln = above + ln
            return ln
    sent = _SENT_UP.search(text, 0, COVER_CHARS)
    return sent.group("title") if sent else ""


def _named_headline(line: str) -> bool:
    """An experience piece's headline, a region's or a body's name and a colon before what
    it did (安吉县：坚持“三个聚焦” 推动法治政府建设走深走实), not a header's field (来源：…)."""
    m = _HEADLINE.match(line.strip())
    if m is None:
        return False
    return gazetteer.load().named_whole(m.group(1)) is not None or only_a_body(m.group(1))


def _own_heading(line: str) -> bool:
    """A heading whole of its own, opening with a region and going on to 关于 or a year
    (平城区人民政府关于…的报告, 平城区2024年法治政府建设报告): no line's wrapped end, though
    the line above it does not end as a title does (a column's banner: 大同市创建全国法治政府
    建设示范市, 平城区2024年法治政府建设专栏)."""
    return ("关于" in line or TITLE_YEAR.search(line) is not None) and \
        gazetteer.load().leading_full(line) is not None


# a year the body names, not a period's end (2021—2025年) nor a target (到2035年, 2025年前,
# 2035年基本建成…); its digits first, then what stands before them, so that ``re`` skips to digits
_BODY_YEAR = re.compile(rf"(\d{{4}})(?<![\d{_PERIOD_DASHES}]\d{{4}})(?<!(?<![止截])到\d{{4}})\s?年"
                        rf"(?!底?前(?![\d一二三四五六七八九十两半])|以前|之前|基本|全面建成)")


def covered_year(title: str, body: str, written: str | None) -> int | None:
    """The title's year (none where it names a period of years: a report of several), else
    the year the body's first paragraphs open with, else the one it names most of the year
    written and the year before. A date standing alone under a signature says when, not of
    what; and a yearly report (untitled, or titled one) written
    in the first half of a year without naming that year more than the one before is the
    year before's: they are due in the first quarter after it (法治政府建设与责任落实督察工作
    规定, 第二十五、二十六条)."""
    # (…实施方案(2022-2025年)的通知: a period's end is no year the title speaks of)
    m = next((y for y in TITLE_YEAR.finditer(title)
              if not title.endswith(tuple(_PERIOD_DASHES), 0, y.start())), None)
    year = m and year_number(m.group(1))
    if year and 1949 < year < 2100:
        return year
    if _ANNUAL.search(title) and _REPORTED_SPAN.search(title):
        return None     # 平城区2021—2023年法治政府建设情况报告: several years, no one year (GUIDELINES: null)
    lines = list(_YEAR_LINE.finditer(body))
    # (2019年3月2日在浮山县第十六届人民代表大会第四次会议上: the day it was given, not its year)
    # (2011年5月27日,…表决通过《条例》: the day of an event the report goes back to)
    m = next((ln for ln in lines if ln.start() < 2000 and not dated_line(ln.group())
              and not delivered_line(ln.group()) and not _EVENT_DAY.match(ln.group())
              and not (written and _SINCE.match(body, ln.end(1))
                       and year_number(ln.group(1)) < int(written[:4]) - 1)), None)
    if m and 1949 < (year := year_number(m.group(1))) < 2100:
        return year
    # (2021—2025年): the end of a period, not a year the report speaks of; nor a target
    # (到2035年, 2025年前, 为2035年基本建成…): a year the report looks ahead to
    years = Counter(int(y) for y in _BODY_YEAR.findall(body) if 1949 < int(y) < 2100)
    years.subtract(year_number(ln.group(1)) for ln in lines if dated_line(ln.group()) or delivered_line(ln.group()))
    if written:
        y, month = int(written[:4]), int(written[5:7])
        if month <= 6 and (not title or _ANNUAL.search(title)):
            # (【发布时间】2024年03月20日: a yearly report's header dates say when its page went
            # up, not of what year)
            years.subtract(int(d.group(1)) for _, line in header_lines(body)
                           for d in HEADER_DATE.finditer(line))
            return y if years[y] > years[y - 1] else y - 1
        return y - 1 if years[y - 1] > years[y] else y
    years = +years                      # (a year named only under a signature: none)
    return years.most_common(1)[0][0] if years else None


@Language.factory("kg_metadata")
def make_metadata(nlp: Language, name: str):
    return ReportMetadata()


class ReportMetadata:
    def __init__(self) -> None:
        """Loads its data now, not on the first report: worker processes forked after
        the pipeline is built share it."""
        gazetteer.load()

    def __call__(self, doc: Doc) -> Doc:
        if doc.user_data.get("kg_continued"):     # a later section: the report's fields are known
            return doc
        lines = [ln for ln in text_of(doc).split("\n") if ln.strip()]
        raw = raw_of(doc)
        title = find_title(text_of(doc))
        written, signed = signature(lines)
        written = written or page_date(raw)
        code = subject_region(title, text_of(doc), signed, raw)
        g = gazetteer.load()
        report(doc).update(title=title, date=written, year=covered_year(title, text_of(doc), written),
                           subject_code=code, subject_region=g.path(code) if code else None,
                           publisher=None, zone_report=zones_own(g, title, text_of(doc)))
        return doc
