"""The dates a report gives and the lines that carry them: the date under its signature
(its 成文 date), a page's 成文日期 or 发布时间 field, the day a speech was delivered, an
unlabelled date in the page header; dates and years written in Chinese numerals
(二〇二四年一月五日); a signer's line, a body's name alone, above its date.
"""
from __future__ import annotations

import re
from datetime import date

from .. import gazetteer
from .agencies import grammar as agency_grammar
from .doc import CLAUSE_MARK, PARAGRAPH_CHARS, header_lines
from .patterns import starting_with

# (a year's zero as pages type it: 〇, 零, the circle ○, a letter O or o, the digit 0: 二0一九)
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | \
    {"零": 0, "○": 0, "Ｏ": 0, "O": 0, "o": 0, "ｏ": 0, "0": 0, "０": 0}
CN_DATE = f"[{''.join(_CN_DIGITS)}]"
_DATE_LINE = [
    re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$"),
    re.compile(r"^\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})\s*$"),
    re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$"),
    re.compile(rf"^\s*({CN_DATE}{{4}})\s*年\s*([一二三四五六七八九十]{{1,2}})\s*月\s*"
               rf"([一二三四五六七八九十]{{1,3}})\s*日\s*$"),
]
_WRITTEN = re.compile(r"成文(?:日期|时间)\s*[:：]?\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")
# (searched through whole pages: the lookahead lets ``re`` skip to its first characters)
_PUBLISHED = re.compile(starting_with("发更印时日", r"(?:发布|更新|印发)?(?:时间|日期)\s*[:：|]\s*(\d{4})\s*[-年./]"
                                      r"\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})|发布于\s*[:：]\s*(\d{4})-(\d{1,2})-(\d{1,2})"))
# a report delivered to a meeting, under its title: ——2016年3月29日在省十二届人大常委会第二十二次
# 会议上 (the day it was given, as a signature's date is the day it was written)
_DELIVERED = re.compile(r"^[—－\-\s]*(\d{4})年(\d{1,2})月(\d{1,2})日在[^\n。]{2,40}?会议上", re.M)
# a portal's calendar widget: the day the page is read, not the report's
_CALENDAR = re.compile(r"今天是|今日是|当前时间|农历")
# a site's name, then the day and its weekday (天津市静海区人民政府 2019年12月3日星期二): the
# site's clock too (a date alone with its weekday under a title is the page's: 2023年03月15日 星期三;
# 发布时间：… labels its date)
_SITE_CLOCK = re.compile(r"\s*[\u4e00-\u9fff]{2,}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                         r"\s*(?:星期|周)[一二三四五六日天]")
# a date as systems write it (2023-02-15), which no sentence of a report does
_SYSTEM_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
# an unlabelled date in the page header (2023-02-15 14:49, a title's "(2024-02-26)")
HEADER_DATE = re.compile(r"(?<!\d)(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})(?!\d)")
# a header's date written day first, as some mirror sites print it (25.02.2016  10:00)
_DAY_FIRST = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])")
# a date that opens or closes a period (统计期限为2023年1月1日至2023年12月31日, 自…起至…止):
# what a report covers, not the day its page was put up
_PERIOD_AFTER = re.compile(r"日?\s*起?\s*(?:至|到|止|～|~)")
_PERIOD_BEFORE = re.compile(r"(?:自|从|至|到|～|~)\s*$")
# a township's own body written as a letterhead (通城镇人民政府, 中共黎侯镇委员会, …街道办事处;
# 乡镇人民政府 is any township's)
TOWNSHIP_BODY = re.compile(r"(?:中共)?[\u4e00-\u9fff]{1,6}?(?:(?<!乡)镇|乡|街道|苏木)"
                            r"(?:人民政府|政府|办事处|委员会|党委|党工委)")
TITLE_YEAR = re.compile(rf"(\d{{4}}|{CN_DATE}{{4}})\s*年度?")     # 2022年, 二〇二二年


def _cn_number(s: str) -> int:
    if all(c in _CN_DIGITS for c in s):
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    tens, _, ones = s.partition("十")
    if "十" not in s:
        return _CN_DIGITS.get(s, 0)
    return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def year_number(s: str) -> int:
    """A year written in digits or in words (2023, 二〇二三)."""
    return int(s) if s.isdigit() else _cn_number(s)


def _make_date(y, m, d) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


# a signature dated by its month alone (2023年3月, 二〇二三年三月)
_MONTH_LINE = re.compile(rf"^\s*(?:\d{{4}}|{CN_DATE}{{4}})\s*年\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})\s*月\s*$")


def delivered_line(line: str) -> bool:
    """The line says on what day, to which meeting, the report was given."""
    return bool(_DELIVERED.match(line))


def dated_line(line: str) -> bool:
    """The whole line is a date, or a year and month: what stands under a signature."""
    return bool(parse_date_line(line) or _MONTH_LINE.match(line))


# a note the page adds after a signature's date: 2023年3月28日（此件公开发布）
_DATE_NOTE = re.compile(r"\s*[(（][\u4e00-\u9fff：:，, ]{2,16}[)）]\s*$")


def date_note(line: str) -> bool:
    """The whole line is the note under a signature's date (（此件主动公开）, GB/T 9704's 附注)."""
    return bool(_DATE_NOTE.fullmatch(line)) and "此件" in line


# the most characters besides white space a date line holds: 二〇二二年十二月三十一日 (12),
# in brackets (2), then a note in its own (18: ``_DATE_NOTE``)
_DATE_LINE_MOST = 32


def parse_date_line(line: str) -> str | None:
    """An ISO date when the whole line is a date (the date under a signature), also in
    brackets: （2022年3月1日）. (A paragraph is told no date by its length, not by
    ``_DATE_NOTE``'s scan of it.)"""
    if len(line) > _DATE_LINE_MOST and len("".join(line.split())) > _DATE_LINE_MOST:
        return None
    line = _DATE_NOTE.sub("", line).strip()
    if line[:1] in "(（" and line[-1:] in ")）":
        line = line[1:-1]
    for i, pat in enumerate(_DATE_LINE):
        m = pat.match(line)
        if m:
            parts = [_cn_number(g) for g in m.groups()] if i == 3 else m.groups()
            return _make_date(*parts)
    return None


def only_a_body(line: str) -> bool:
    """The line is a body's name and nothing else (省住房和城乡建设厅, 岳阳县自然资源局), or
    the names of bodies writing jointly (中共惠安县委 惠安县人民政府): a letterhead or a
    signature, never a title, though 建设 is one of a title's words."""
    names = line.split()
    return bool(names) and all(map(_a_body, names))


def _a_body(name: str) -> bool:
    line = name.removeprefix("中共")
    rest = line[gazetteer.load().path_end(line):]      # 吴忠市红寺堡区民政局: its path's regions
    if rest == line:
        rest = line.lstrip("省市县区州旗")
    m = agency_grammar().body.match(rest)
    # (a township's after its county's path: 重庆市铜梁区西河镇人民政府)
    return bool(m) and m.end() == len(rest) or bool(TOWNSHIP_BODY.fullmatch(line)) \
        or bool(TOWNSHIP_BODY.fullmatch(rest))


def signed_line(line: str) -> tuple[int, str] | None:
    """(where the signer ends, ISO date) of a line that signs and dates at once
    (武功县人民政府 2023年3月28日); None for any other line: a link to another page under
    the report (运河区召开全面依法治区委员会会议 2024-12-29) is signed by no body."""
    for gap in re.finditer(r"[ \u3000\t]+", line):
        signer = line[:gap.start()].strip()
        if len(signer) >= 4 and not CLAUSE_MARK.search(signer):
            d = parse_date_line(line[gap.end():])
            if d and only_a_body(signer):
                return gap.start(), d
    return None


def signature(lines: list[str]) -> tuple[str | None, str]:
    """(date, the lines just above it, and the signer on the date's own line) of the
    signature block at the end of a report."""
    tail = lines[-15:]
    for i in range(len(tail) - 1, -1, -1):
        d = parse_date_line(tail[i])
        if d:
            return d, "\n".join(tail[max(i - 3, 0):i])
        signed = signed_line(tail[i])
        if signed:
            return signed[1], "\n".join(tail[max(i - 3, 0):i] + [tail[i][:signed[0]]])
    if tail and len(tail[-1]) > PARAGRAPH_CHARS:
        return _run_in_signature(tail[-1])
    return None, ""


# a signer's name: Chinese alone (山西省人民政府法制办公室)
_SIGNER = re.compile(r"[\u4e00-\u9fff]{2,40}")


def _run_in_signature(line: str) -> tuple[str | None, str]:
    """The signature of a page that lost its line breaks: after the last sentence, the
    signer and the date, each once its own line, then the page's footer (…协同。 山西省人民
    政府法制办公室 2014年2月20日 上一条:…)."""
    end = max(line.rfind(mark) for mark in "。！？")
    if end < 0:
        return None, ""
    pieces = line[end + 1:].split()
    for i, piece in enumerate(pieces[:3]):
        d = parse_date_line(piece)
        if d:
            return d, "\n".join(pieces[:i])
        if not _SIGNER.fullmatch(piece):
            break           # (《 人民日报 》( 2024年04月02日 07 版): a source's date, no signature)
    return None, ""


def _in_period(line: str, m: re.Match) -> bool:
    return bool(_PERIOD_AFTER.match(line, m.end()) or _PERIOD_BEFORE.search(line, 0, m.start()))


def header_date(raw: str) -> str | None:
    """A date in the page's header: the lines before the body's first long paragraph; or,
    on a page that lost its line breaks, a date written as systems write it (2023-02-15)
    before the first paragraph's first full stop."""
    header = header_lines(raw, and_first_paragraph=True)
    for _, line in header:
        if _CALENDAR.search(line) or _SITE_CLOCK.match(line):
            continue            # 今天是:2019年10月31日 星期三 农历十月初七: the reader's day
        if len(line.strip()) > PARAGRAPH_CHARS:
            dates = [m.groups() for m in _SYSTEM_DATE.finditer(line.split("。", 1)[0])
                     if not _in_period(line, m)]
        else:           # (year, month, day), day-first ones after
            dates = [m.groups() for m in HEADER_DATE.finditer(line) if not _in_period(line, m)] + \
                    [m.groups()[::-1] for m in _DAY_FIRST.finditer(line)]
        for year, month, day in dates:
            found = _make_date(year, month, day)
            if found:
                return found
    return None


def page_date(raw: str) -> str | None:
    """The date a page gives where no signature dates the report: its 成文日期 field, the
    day a speech was delivered (under its title), its 发布时间 field, else an unlabelled date
    in its header."""
    m = _WRITTEN.search(raw) or _DELIVERED.search(raw, 0, 2000) or _PUBLISHED.search(raw)
    if m:
        return _make_date(*[g for g in m.groups() if g is not None][:3])
    return header_date(raw)
