"""Blank web-page furniture (breadcrumbs, info bars, share links, footers).

Furniture lines are replaced by spaces of the same length rather than cut out, so a
character offset into the cleaned text is also an offset into the file's text and
every piece of evidence can be found again in the original. One part of the info bar is
kept: the body that published the page (来源: 太原市司法局, 发布机构 | 兖州区新驿镇,
[ 发布机构 ] 丰都县栗子乡人民政府, 作者: 湛江经济技术开发区应急管理局), which
names an agency of the report and often its publisher (the site's host, 主办, is not kept:
it runs the website, it did not write the report).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_lines

_LONE_ARROW = re.compile(r"^[>＞»›]+$")
# a heading that stands alone over a list of links to other pages (other reports' titles,
# which name other regions and documents; in brackets too, 【相关文章】): its lines, up to a
# sentence or a long line, once the report's text has begun (a list above it could run into
# the page's own title)
_LINK_LIST = re.compile(r"^[【\[［]?(?:相关(?:链接|文章|阅读|新闻|推荐|信息|稿件|内容|文件)|推荐阅读|延伸阅读|猜你喜欢"
                        r"|热点(?:推荐|文章))[】\]］]?\s*[:：]?$")
# the value of a publishing-body field: kept when its line is blanked
_BODY_LABEL = (r"(?:(?:信息|文章|稿件)?来源(?:单位)?|发布(?:机构|单位|机关|部门)|发文(?:机关|单位|机构)"
               r"|制发机[构关]|供稿(?:单位)?|作者)")
# the next field's label where the page's text lost the space before it (信息来源: 区司法局发布时间:…)
_GLUED_LABEL = r"(?:发布|更新|成文)?(?:时间|日期)\s*[:：]|(?:浏览|点击|阅读)(?:次数|量)?\s*[:：]|" + _BODY_LABEL + r"\s*[:：]"
_BODY_FIELD = re.compile(f"(?P<label>{_BODY_LABEL})" + r"\s*(?:[]】]\s*[:：|]?|[:：]\s*[|｜]|[:：|｜]|(?<=[构位关门])\s)"
                         r"\s*(?P<value>[^\s|:：\[【]{2,40})(?=\s|\||\[|【|$|" + _GLUED_LABEL + ")")


# an info table written as a list, each field's label and value an item of its own
# (• 主题分类 / • 法治政府建设): the value of a label that is furniture is furniture too,
# unless the label is a publishing body's
_LIST_LABEL = re.compile(r"^[•·]\s*[\u4e00-\u9fff][\u4e00-\u9fff ]{1,7}$")
_LIST_BODY_LABEL = re.compile(rf"^[•·]\s*{_BODY_LABEL}$")
_LIST_VALUE = re.compile(r"^[•·][^。]{1,40}$")


# the body that runs the site (主办:濮阳县人民政府办公室, 版权所有：泾源县人民政府): named on
# the page, not its publisher
_HOST_FIELD = re.compile(r"(?:主办(?:单位)?\s*[:：]|版权所有\s*[:：©]?)\s*(?P<value>[^\s|:：\[【©]{2,40})(?=\s|\||\[|【|$)")


def body_fields(line: str) -> list[tuple[int, int]]:
    """(start, end) of each publishing-body value in a line: the publishing fields' (来源,
    发布机构 …) before an author's (作者, 供稿单位), which may be the office that drafted
    the report for the body that published it (作者：县司法局 来源：县人民政府)."""
    fields = list(_BODY_FIELD.finditer(line))
    return [(m.start("value"), m.end("value"))
            for m in sorted(fields, key=lambda m: m.group("label").startswith(("作者", "供稿")))]


@lru_cache(maxsize=1)
def furniture_patterns() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in data_lines("furniture.txt")), re.I)


# furniture is short; a long line that happens to say 访问量 is report text, unless it
# opens with one of the info bar's fields and holds more, and no sentence ([ 索引号 ]…
# [ 发文字号 ] [ 发布机构 ]… [ 成文日期 ]… on one line of 130 characters)
MAX_FURNITURE_CHARS = 100
MIN_FIELDS_OF_A_LONG_BAR = 3


def is_furniture(line: str) -> bool:
    line = line.strip()
    if len(line) <= MAX_FURNITURE_CHARS:
        return bool(furniture_patterns().search(line))
    if not furniture_patterns().match(line) or "。" in line:
        return False                    # (report text: the one test most long lines get; a
                                        # page that lost its line breaks is no bar)
    fields = furniture_patterns().finditer(line)
    return sum(1 for _ in zip(range(MIN_FIELDS_OF_A_LONG_BAR), fields)) == MIN_FIELDS_OF_A_LONG_BAR


def blank_furniture(text: str) -> str:
    """The text with furniture lines blanked; offsets and line breaks unchanged."""
    out = []
    after_arrow = in_links = begun = after_label = False
    for line in text.split("\n"):
        stripped = line.strip()
        linked = in_links and "。" not in stripped and len(stripped) <= MAX_FURNITURE_CHARS
        furniture = bool(stripped) and is_furniture(stripped)
        drop = bool(stripped) and (furniture or (after_arrow and "。" not in stripped) or linked
                                   or after_label and bool(_LIST_VALUE.match(stripped)))
        if stripped:
            after_arrow = bool(_LONE_ARROW.match(stripped))
            after_label = furniture and bool(_LIST_LABEL.match(stripped)) \
                and not _LIST_BODY_LABEL.match(stripped)
        in_links = linked or (begun and bool(_LINK_LIST.match(stripped)))
        begun = begun or "。" in stripped
        out.append(_blank_but_fields(line) if drop else line)
    return "\n".join(out)


def _blank_but_fields(line: str) -> str:
    kept = [" "] * len(line)
    for start, end in body_fields(line) + [m.span("value") for m in _HOST_FIELD.finditer(line)]:
        kept[start:end] = line[start:end]
    return "".join(kept)
