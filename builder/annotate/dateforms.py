"""The date forms recognised: `RULES`, the one table of recognition rules. Each row names a
form, the pattern that finds it, the resolver that gives its value (`days.py`,
`years.py`, `deixis.py`, `periods.py`, `clocks.py`, `numeric.py`), and what a sentence
must hold for the pattern to be tried (a need `dates.find_dates` tests first). The
patterns are built from a few pieces: a month, a day, a year (`m`, `d`, `y`) and the
edges no date may touch (`B` before, `E` after).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import clocks, feasts
from .anaphora import previous, unit_before
from .calendarspans import calendar_quarter, month_run, week_of_day
from .days import (
    ABBR_MONTH,
    FULL_MONTH,
    NUMBERS,
    bare_month,
    day_no_year,
    day_range,
    full_date,
    iso_date,
    month_year,
    part_of_a_year,
)
from .deixis import deictic, now_after_duration, offset, same_period, weekday
from .numeric import numeric_date
from .periods import (
    RANKED,
    ClockMatch,
    Resolver,
    UnitMatch,
    half,
    part_of_year,
    ranked_unit,
    running,
    season,
    the_day,
    weekend,
)
from .years import decade, short_year, year, year_range

_MONTH = r"(?P<{g}>" + FULL_MONTH + "|(?:" + ABBR_MONTH + r")\.?(?!\w))"
"""A month name, or its abbreviation with or without a full stop ("Sep 30", "Sept. 14")."""
_BARE_MONTH = r"(?P<{g}>" + FULL_MONTH + r"|(?:" + ABBR_MONTH + r")\.)"
"""A month standing alone: only full names and abbreviations with a full stop."""
_DAY = r"(?P<{g}>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>1[6-9][0-9]{{2}}|20[0-9]{{2}}|2100)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?P<n>[0-9]{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
B = r"(?<![\w$£€#.,/])"  # no word, currency, decimal or date separator right before
E = r"(?![\w%]|[.,/][0-9])"  # no word, per cent or decimal right after
_ORD = r"(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
_SEASON = r"(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
_ZONE = r"(?:UTC|GMT|ET|PT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|JST|IST|AEST|AEDT)"


def m(g: str) -> str:
    return _MONTH.format(g=g)


def d(g: str) -> str:
    return _DAY.format(g=g)


def y(g: str) -> str:
    return _YEAR.format(g=g)



@dataclass(frozen=True)
class Rule:
    """One row of the recognition table."""

    name: str
    """What the rule recognises (tests name their rows by it)."""
    pattern: re.Pattern[str]
    """Where it matches; a group `skip` (a lead word) and `poss` (a possessive) stay outside the span."""
    resolve: Resolver
    """Gives the value, or None (then the match is no date)."""
    need: str
    """What a sentence must hold for the pattern to be tried: a quick pattern's name
    (`_NEED_PATTERNS`: `month`, `yyyy`, ...), or words (space-separated, any of which its
    lower-cased text must contain)."""


_YEAR_REL = r"(?:,?\s(?P<yrel>last|this|next)\syear\b(?!['’]))?"
"""A year named from the publication after a day ("on 15 November last year": one date)."""

_BETWEEN = r"(?:(?P<skip>\b[Bb]etween\s)|" + B + ")"
_TO_DAY = r"(?(skip)\sand\s(?:the\s)?|(?:\s?[-–]\s?|\s(?:to|until|till|through)\s(?:the\s)?))"
"""What joins the two days of a range written with one month: a dash, "to", "until",
"through" ("June 9-12", "from 16 to 18 September"), or "and" after "between" ("between 2
and 7 February"; "on 2 and 7 February" names two days)."""

_DAY_SKIP = r"(?P<skip>\b(?:[Aa]s\s(?:early|soon|late)\sas|[Aa]s\sof|[Ii]n|of|[Bb]y|[Tt]he|[Ss]ince|[Uu]ntil|[Dd]uring|early|late|mid|[Bb]etween|[Ff]rom|and|or|to|into|through|until|till|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[\w&.-]+['’]s?)[- ])?"
"""The lead words a bare month needs to be a date (a month name alone may be a name or the
modal "may"): prepositions, determiners, a possessive, and the comparative time phrases
"as early as", "as soon as", "as late as", "as of" (TimeML/TIMEX3 guidelines 2009, §2.2: the
signal is outside the TIMEX3; "a buyer could be named as early as June" dates June)."""

_WEEK_OF = r"\b(?:[Tt]he\s)?[Ww]eek\s(?:of|beginning|commencing|starting)\s(?:the\s)?"
"""A week named by a day of it ("the week of September 7", "week commencing 7 September")."""

RULES: tuple[Rule, ...] = (
    Rule("month day year", re.compile(B + m("m") + r"\s" + d("d") + r",?\s" + y("y") + E), full_date, "month"),
    Rule("day month year", re.compile(B + r"(?:the\s)?" + d("d") + r"\s(?:of\s)?" + m("m") + r",?\s" + y("y") + E), full_date, "month"),
    Rule("month day range", re.compile(_BETWEEN + m("m") + r"\s" + d("d") + _TO_DAY + d("d2") + r"(?:,?\s" + y("y") + r")?" + E), day_range, "month"),
    Rule("day day month range", re.compile(_BETWEEN + r"(?:the\s)?" + d("d") + _TO_DAY + d("d2") + r"\s(?:of\s)?" + m("m")
                                            + r"(?:,?\s" + y("y") + r")?" + E), day_range, "month"),
    Rule("week of a month day", re.compile(_WEEK_OF + m("m") + r"\s" + d("d") + r"(?:,?\s" + y("y") + r")?" + E),
         week_of_day, "week"),
    Rule("week of a day month", re.compile(_WEEK_OF + d("d") + r"\s(?:of\s)?" + m("m") + r"(?:,?\s" + y("y") + r")?" + E),
         week_of_day, "week"),
    Rule("month run", re.compile(B + m("m") + r"\s?[-–]\s?" + m("m2") + r"(?:,?\s" + y("y") + r")?" + E), month_run, "month"),
    Rule("month day", re.compile(B + m("m") + r"\s" + d("d") + E + _YEAR_REL), day_no_year, "month"),
    Rule("day month", re.compile(B + r"(?:the\s)?" + d("d") + r"\s(?:of\s)?" + m("m") + r"(?![\w-])" + _YEAR_REL),
         day_no_year, "month"),
    Rule("month year", re.compile(B + r"(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[- ])?" + m("m") + r",?\s(?:of\s)?" + y("y") + E),
         month_year, "month"),
    Rule("bare month", re.compile(_DAY_SKIP + r"(?P<dir>\b(?:[Nn]ext|[Tt]his|[Ll]ast|[Tt]hat) )?" + _BARE_MONTH.format(g="m") + r"(?P<poss>['’]s\b)?(?!\.?\w)" + _YEAR_REL), bare_month, "month"),
    Rule("ISO date", re.compile(B + y("y") + r"-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])" + E), iso_date, "iso"),
    Rule("numeric date", re.compile(
        B + r"(?:(?P<a>[0-3]?[0-9])/(?P<b>[0-3]?[0-9])/(?P<yy>[0-9]{2}|(?:19|20)[0-9]{2})"
        r"|(?P<y4>(?:19|20)[0-9]{2})/(?P<m4>[01]?[0-9])/(?P<d4>[0-3]?[0-9]))" + E), numeric_date, "slash"),
    Rule("year range", re.compile(B + y("y") + r"\s?[-–]\s?(?P<y2>1[6-9][0-9]{2}|20[0-9]{2}|[0-9]{2})" + E), year_range, "span"),
    Rule("decade", re.compile(r"(?:\b(?P<part>early|mid|late)[- ])?" + r"(?<![\w'])(?P<dec>1[6-9][0-9]0|20[0-9]0)['’]?s\b"), decade, "tens"),
    Rule("part of a year",
         re.compile(r"\b(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[- ](?:(?P<rel>[Nn]ext|[Ll]ast|[Tt]his)\syear\b(?!['’])|" + y("y") + E + ")"),
         part_of_a_year, "early mid late"),
    Rule("year", re.compile(B + y("y") + E), year, "yyyy"),
    Rule("short year", re.compile(r"(?P<skip>\b(?:since|in|of|from|to|until|before|after|the)\s)['’](?P<yy>[0-9]{2})\b(?!['’])"), short_year, "apostrophe"),
    Rule(
        "quarter",
        re.compile(
            r"\b(?:(?:[Tt]he\s)?" + _ORD + r"[- ]quarter(?:\s(?:of\s)?(?:(?P<yrel>last|this)\syear|the\syear|" + y("y") + r"))?"
            r"|(?:(?P<qrel>[Tt]he\slast|[Tt]he\sprevious|[Ll]ast|[Tt]his|[Nn]ext)\squarter\b)"
            r"|Q(?P<qn>[1-4])(?:\s" + y("y2") + r")?)" + E
        ),
        calendar_quarter, "quarter q1 q2 q3 q4",
    ),
    Rule(
        "half",
        re.compile(r"\b(?:[Tt]he\s)?" + _ORD + r"\shalf(?:\sof\s(?:(?P<yrel>last|this)\syear|the\syear|" + y("y") + r"))?\b(?!\sof\s(?:the\s)?[a-z])"),
        half, "half",
    ),
    Rule(
        "season",
        re.compile(
            r"(?:(?P<skip>\b(?:[Tt]he|[Ii]n)\s)|\b(?P<srel>[Tt]his|[Ll]ast|[Nn]ext|[Tt]hat)\s)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[- ])?"
            r"\b" + _SEASON + r"(?:\s(?:of\s)?" + y("y") + r")?" + E
        ),
        season, "spring summer autumn fall winter",
    ),
    Rule(
        "weekend",
        re.compile(r"(?:\b(?P<wrel>[Tt]his|[Ll]ast|[Nn]ext)|(?P<skip>\b(?:[Dd]uring|[Oo]ver|[Aa]t|[Oo]n|[Ff]or|[Ff]rom|[Bb]efore|[Uu]ntil|[Tt]ill|[Bb]y|[Aa]fter|[Ss]ince|[Ii]nto|[Tt]hroughout)\s)the)\sweekend\b"),
        weekend, "weekend",
    ),
    Rule(
        "weekday",
        re.compile(
            r"(?:(?P<dir>[Nn]ext|[Ll]ast|[Tt]his)\s|(?:[Ll]ate|[Ee]arly)\s)?\b" + _WD
            + r"(?:\s(?:night|morning|afternoon|evening))?\b"
        ),
        weekday, "day",
    ),
    Rule(
        "deictic",
        re.compile(
            r"\b(?:(?P<side>[Ee]arlier|[Ll]ater)\s)?(?:(?P<rel>this|last|next|This|Last|Next)\s(?P<word>week|month|year|morning|afternoon|evening|night)\b"
            r"(?<!\b[Tt]he\slast\snight)(?<!\b[Tt]he\slast\smorning)(?<!\b[Tt]he\slast\sevening)(?<!\b[Tt]he\slast\safternoon)"
            r"|(?P<dec>[Tt]he\s(?:past|last)|[Tt]his)\sdecade\b|(?P<word2>today|tonight|yesterday|tomorrow|Today|Tonight|Yesterday|Tomorrow)\b"
            r"|[Tt]hat\s(?:same\s)?(?P<that>day|week|month|year|morning|afternoon|evening|night)\b(?![-'’]))"
        ),
        deictic, "week month year today tonight tomorrow yesterday morning afternoon evening night decade that",
    ),
    Rule(
        "offset",
        re.compile(r"\b" + _NUM + r"\s(?P<unit>years?|months?|fortnights?|weeks?|days?)\s(?P<dir>ago|later|earlier|before|after)\b"
                   r"(?P<today>\s(?:today|tonight)\b)?", re.IGNORECASE),
        offset, "ago later earlier before after",
    ),
    Rule("named day", feasts.PATTERN, feasts.named_day, "christmas|new year|boxing day|valentine|hallowe|patrick"),
    Rule(
        "previous",
        re.compile(r"\b[Tt]he\s(?P<rel>previous|preceding|prior|following|next)\s(?P<unit>year|month|week|day)\b(?!['’]s)"),
        previous, "previous preceding prior following next",
    ),
    # only where the phrase ends (a stop, or a conjunction or preposition after it): "the
    # day before the vote", "the day after falling" count from something else
    Rule(
        "unit before",
        re.compile(
            r"\b[Tt]he\s(?P<unit>day|week)\s(?P<rel>before|earlier|after|later)\b"
            r"(?=\s*(?:[.,;:!?)—–]|$)|\s(?:that|and|but|or|when|while|as|in|at|on)\b)"
        ),
        unit_before, "day before|week before|day earlier|week earlier|day after|week after|day later|week later",
    ),
    Rule(
        "part of year",
        re.compile(
            r"\b[Tt]he\s(?P<part>start|beginning|end)\sof\s(?:(?:the|(?P<rel>this|last|next|previous))\s(?P<unit>year|month)|"
            + y("y") + r")\b"
        ),
        lambda mt, ctx: part_of_year(UnitMatch(mt), ctx), "start of|beginning of|end of",
    ),
    Rule(
        "running count",
        re.compile(
            r"\b(?:(?:a|the)\s)?(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[0-9]+(?:st|nd|rd|th))\s"
            r"(?:(?:consecutive|straight|successive)\s)?(?P<unit>day|week|month|year)\b"
        ),
        running, "consecutive straight successive row running",
    ),
    Rule(
        "same period",
        re.compile(
            r"\b[Tt]he\ssame\s(?P<unit>day|week|month|quarter|period)\s(?:(?:of\s)?last\syear|a\syear\s(?:earlier|ago|before)"
            r"|(?:of\s)?the\s(?:previous|prior|preceding)\syear)\b"
        ),
        same_period, "same",
    ),
    Rule(
        "ranked unit",
        re.compile(
            r"(?P<skip>" + RANKED + ")"
            r"(?P<unit>day|week|month|quarter|year)(?=\s(?:since|in|of|on\srecord|for)\b)"
        ),
        ranked_unit, "est day|est week|est month|est quarter|est year|best |worst ",
    ),
    Rule(
        "the day",
        re.compile(
            r"(?:\b(?:the\s)?same\sday|(?P<skip>\b(?:[Oo]n|[Ff]or|[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]ver|of|end|ends|ending|ended|"
            r"start|started|starting|finish|finished|finishing)\s)the\sday)\b"
            r"(?!\s(?:of|when|that|on|which|it)\b|\s(?:before|after)\s(?:the|a|an|his|her|its|their|[A-Z0-9]))"
        ),
        the_day, "the day|same day",
    ),
    Rule(
        "now after a duration",
        re.compile(
            r"(?P<skip>\b[Ff]or\s(?:(?:more|less)\sthan\s|(?:well\s)?over\s|almost\s|nearly\s|about\s|around\s|at\sleast\s|some\s)?"
            r"(?:[0-9]{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r"|several|many|a\sfew)\s"
            r"(?:(?:long|full)\s)?(?:days?|weeks?|months?|years?|decades?)\s)now\b"
        ),
        now_after_duration, "now",
    ),
    Rule(
        "time of day",
        re.compile(
            r"(?<![\w.:,$])(?P<h>[01]?[0-9]|2[0-3])(?:[:.](?P<min>[0-5][0-9]))?\s?(?P<ampm>[ap]\.m\.|[ap]m\b)(?:\s?\((?:GMT|UTC)\s?[+-]\s?[0-9]{1,2}\))?(?:\s" + _ZONE + r")?"
            r"|(?<![\w.:,$])(?P<h2>[01][0-9]|2[0-3]|[0-9]):?(?P<min2>[0-5][0-9])\s(?:" + _ZONE + r")\b"
        ),
        lambda mt, ctx: clocks.on_its_day(ClockMatch(mt), ctx, mt.start()), "clock",
    ),
    Rule("24-hour time", clocks.TWENTY_FOUR_HOUR, clocks.twenty_four_hour, "clock"),
    Rule("noon or midnight", clocks.NOON, clocks.noon, "noon midday midnight"),
)
