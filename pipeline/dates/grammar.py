"""The date grammar: regular expressions built from the month, weekday and relative-date lexicons.

``build_patterns`` returns the patterns the date stage tries at each anchor (the first word a
pattern can start with), leftmost-longest; the stage turns each match into ISO values.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipeline.dates.inflection import glued_case_fits
from pipeline.dates.relative import RelativePhrase
from pipeline.lang.tr.alternation import longest_first
from pipeline.lang.tr.numbers import number_words
from pipeline.lang.tr.text import APOSTROPHES, turkish_lower, turkish_upper

_APOSTROPHE = f"[{APOSTROPHES}]"
_SUFFIX = f"(?:{_APOSTROPHE}[^\\W\\d_]+)?"
_DAY = r"(?<![\d.,/])(?:0?[1-9]|[12]\d|3[01])"
#: Not after a word and a dash: "Anadolu Kartalı-2025", "GES-2024" name an exercise or a tender; nor after a name's
#: Roman numeral after a dash: "Denizkurdu-II 2026 Tatbikatı"
_NOT_IN_NAME = r"(?<![^\W\d_][-–])(?<![-–][IVX] )(?<![-–][IVX]{2} )(?<![-–][IVX]{3} )"
YEAR = rf"(?<![\d.,/]){_NOT_IN_NAME}(?:1\d\d\d|20\d\d)(?![\d]|[.,]\d)"
_MODERN_YEAR = rf"(?<![\d.,/]){_NOT_IN_NAME}(?:19\d\d|20\d\d)(?![\d]|[.,]\d)"
#: An apostrophe suffix that makes a number a year (2023'te, 2021'de), not a decade (2000'li, 1990'larda)
#: and not the distributive of a count ("1998'er yıl": that many years each).
_YEAR_SUFFIX = f"{_APOSTROPHE}(?![lL])(?!ş?[aeAE][rR](?![^\\W_]))[^\\W\\d_]+"
#: A locative or ablative glued to a year without the apostrophe: "4 Ağustos 2021de", "2019dan"
_GLUED_CASE = "(?:[dt][ae](?:n|ki)?)"
#: A case glued to a month name, as running text writes it ("haziranda", "ocaktan", "eylüle kadar"):
#: locative, ablative, "-daki", dative; harmony and voicing are checked on the match (``inflection.py``).
GLUED_MONTH_CASE = "(?i:[dt][ae](?:n|ki)?|[ae])"
#: After a day and month, the suffix after an apostrophe or, unmistakable there, a case glued to the month
#: ("24 Ekimde", "3 Aralıkta", "15 Mayısa kadar"): harmony is checked on the match (``inflection.py``)
_DAY_MONTH_SUFFIX = f"(?:{_APOSTROPHE}[^\\W\\d_]+|(?P<glued>{GLUED_MONTH_CASE}))?"
_DASH = r"\s?[-–—]\s?"
#: "ay" after a month name in its case forms: "Ekim ayında", "ayındaki", "ayı sonunda", "ayı ortasına"
_PART_OF_MONTH = r"(?:sonu|başı|ortası|içi)(?:n[dt][ae]n?|n[ae])?"
#: "2022 sonunda", "2024 başında", "2023 ortasına kadar": a part of the year names the year
_PART_OF_YEAR = rf"\s+{_PART_OF_MONTH}"
#: "1995 sonrası kuşak", "2001 sonrasında", "1980 öncesinde": the year as the time before or after it, as
#: "2018'den sonra" writes it
_AROUND_YEAR = r"\s+(?:sonras|önces)[ıi](?:n(?:d[ae](?:n|ki)?|[ae]))?"

#: In any case: a heading writes "MART AYINDA", a session's name "Şubat Ayı Toplantıları" (held that month).
_AY = r"ay(?:ıyla|ı(?:n(?:da(?:ki)?|ın|a|dan))?|ları(?:n(?:da|a|dan))?)?"  # "ayında", "aylarında" (two months)
_MONTH_WORD = (  # "Ekim ayında", "ayı sonunda", and "nisan sonuna" (the month's end names the month too)
    rf"(?i:\s+(?:ayı\s+{_PART_OF_MONTH}|{_AY})|\s+{_PART_OF_MONTH})"
)
#: "2025 yılında", "2019 sezonunda" (a harvest or sports season named by its year), "2024 yazında" (a season
#: of the year: the year, the finest precision ISO gives it)
_SEASON = r"(?:yaz|kış|ilkbahar|sonbahar|bahar)ı(?:n(?:da|a|dan))?(?![^\W_])"
_YEAR_WORD = rf"(?:\s+(?:(?:yıl(?!lık)|sene|sezon)[^\W\d_]*|{_SEASON}))"
#: "2030 itibarıyla": as of a year (the word itself is not part of the mention)
_AS_OF = r"(?=\s+itibar[ıi]yl[ae](?![^\W_]))"
#: "3-5 Mart", "3 ila 5 Mart", "3 ile 5 Mart arasında" ("ile" is also "and/with": only before "arasında")
_DAY_RANGE_JOINT = r"(?:\s?[-–—]\s?|\s+ila\s+|\s+ile\s+(?=\d+\.?\s+\S+\s+(?:tarihleri\s+)?aras[ıi]))"
_YEAR_RANGE_JOINT = rf"(?:{_DASH}|\s+(?:ile|ila|ve)\s+(?=\S+(?:\s+yılları)?\s+arasında))"
_END = r"(?![^\W_])"
#: A month in the genitive glued on before a part of it: "ağustosun son haftasında", "haziranın sonunda",
#: "eylülün ilk günlerinde", "nisanın ikinci yarısında", "mayısın üçüncü haftasında" (the month, as "ağustos sonunda" is)
_PART_AFTER_GENITIVE = (
    r"(?P<genitive>[ıiuü]n)\s+(?:(?:ikinci|üçüncü|dördüncü)\s+(?=(?:yarı|hafta|on\s+gün)[^\W\d_]*)|son|ilk|orta|baş)"
    r"[^\W\d_]*"
)
#: After a year, its month with the possessive and a case glued on: "1940 mayısından", "2001 haziranında"
_MONTH_OF_YEAR = "(?:[ıiuü]n(?:[dt][ae]n?|[ae]|[ıiuü]n))"
#: A year that owns the month or day after it: "2023 yılı Kasım ayında", "2023 yılının eylül ayında", and its
#: genitive after an apostrophe, "2024'ün ağustos ayında", "2022'nin 14 Ekim'inde" (that month or day of that year)
_OF_THE_YEAR = rf"(?:\s+yılı(?:nın)?|{_APOSTROPHE}n?[ıiuü]n)\s"
#: After a span of months (its noun not part of the mention): "Ocak-Şubat döneminde", "Kasım-Aralık aylarında"
_SPAN_WORD = r"(?=\s+(?i:dönem|ayları))"

_OFFSET_UNIT = "(?:gün|hafta|ay|yıl|sene)"
#: "perşembe akşamına kadar", "cuma sabahına": the part of the day in the dative too (a time something runs to)
_WEEKDAY_CUE = "(?:günü|günkü|gününe|gününden|sabahı(?:na)?|akşamı(?:na)?|gecesi(?:ne)?|öğleden sonra)"
#: A case glued to a weekday before a postposition of time: "perşembeye kadar", "cumartesiden itibaren",
#: "pazartesiden bu yana" (the day a time runs to or from; harmony is checked on the match, ``weekdays.py``)
_WEEKDAY_GLUED = r"(?P<glued>y?[ae](?=\s+kadar(?![^\W_]))|[dt][ae]n(?=\s+(?:itibaren|beri|bu\s+yana)(?![^\W_])))"
_JOINED_YEAR = r"(?:1\d|20)\d\d(?!\d)"  # after a dot or dash: "09.Temmuz.2019"
_SAME_SUFFIX = "(?:ın|ı|da|de|nda|ında)"
#: "salı günleri", "cuma akşamları", "perşembe ile cuma günleri": every such day of the week, no date, unless a
#: week is named before them (``weekdays.WeekdayReader``: "bu hafta salı ve çarşamba günleri")
EVERY_WEEK = r"(?:günleri|sabahları|akşamları|geceleri)(?![^\W_])"
WEEKDAY_JOINT = r"(?:\s?[-–]\s?|, ?| (?:ve|ile|veya) )"
#: The year before or after the one written last: "bir önceki yıl", "önceki sene", "ertesi yıl", "bir sonraki yıl"
_YEAR_STEP = "(?:[Bb]ir önceki|[Öö]nceki|[Ee]rtesi|[Bb]ir sonraki)"
#: how many years each step word moves from the year written before it
YEAR_STEPS = {"önceki": -1, "ertesi": 1, "sonraki": 1}
_LIST_JOINT = "(?:-|, ?| ve )"
#: A day's possessive and case after an apostrophe: "5'inde", "20'sinden", "9'una" (that day of a month)
_DAY_OF_THE_MONTH = f"{_APOSTROPHE}s?[ıiuü]n(?:[dt][ae](?:n|ki)?|[ae])"


#: what the first character of a pattern's match can be
DIGIT, WORD, EITHER = "digit", "word", "either"


class DatePattern(NamedTuple):
    kind: str
    pattern: re.Pattern
    #: ``DIGIT`` or ``WORD``: only an anchor that starts so is tried (most anchors are numbers or
    #: month names that open no date, and each pattern tried costs a regex call)
    opens: str


def alternation(names: list[str]) -> str:
    """A regular expression matching the names in lower case, capitalized and in capitals
    (a trie: the anchor scans the whole article for them)."""
    forms = set()
    for name in map(turkish_lower, names):
        forms |= {name, turkish_upper(name[:1]) + name[1:], turkish_upper(name)}
    return longest_first(forms)


#: A part of a year or month after its genitive: "(geçen yıl)ın sonunda", "(bu yıl)ın ilk iki ayında"
_PART_OF_PERIOD = (
    r"(?:(?<=yıl)|(?<=sene)|(?<=ay))n?[ıi]n\s(?:(?:ilk|ikinci|üçüncü|dördüncü|son)\s(?:[a-zçğıöşü]+\s)?"
    r"(?:yarı|çeyre|ay|hafta)|son|baş|orta)[^\W\d_]*"
)


def build_patterns(
    months: dict[str, int], directions: dict[str, int], relative: dict[str, RelativePhrase], weekdays: dict[str, int]
) -> tuple[list[DatePattern], re.Pattern]:
    """The date patterns, and the anchor where any of them can start."""
    month = f"(?:{alternation(list(months))})"
    number_word = f"(?:{alternation(list(number_words()))})"
    direction = f"(?:(?P<dir>{alternation(list(directions))})\\s+)?"
    weekday = f"(?:{alternation(list(weekdays))})"
    relative_year = alternation([p for p, e in relative.items() if e.unit == "year" and not e.inflected])
    relative_month = alternation([p for p, e in relative.items() if p.endswith(" ay") and e.unit == "month"])

    def day_month(n: str) -> str:
        """``15 Mart 2026``, ``19 Eylül, 2018``; after a comma the year must not start a count
        (``5 Mart, 2000 kişi``)."""
        year = f"(?:\\s|,\\s(?=\\d{{4}}(?!\\s+[a-zçğıöşü](?!ıl|arih))))(?P<y{n}>{YEAR}){_GLUED_CASE}?"
        return f"(?P<d{n}>{_DAY})\\.?\\s(?P<m{n}>{month})(?:{year})?"

    first_words = [*months, *directions, *weekdays, *number_words(), "aynı", "önceki", "ertesi"]
    first_words += [phrase.split()[0] for phrase in relative]
    first_words += ["ayın"]  # "ayın 20'sinde": a day of the month of publication
    # the word patterns open with these words: a lexicon word written with a digit first would
    # open them at a digit too
    word = WORD if all(name[:1].isalpha() for name in first_words) else EITHER  # what a word pattern opens with
    patterns = [
        DatePattern("two_dates", re.compile(f"{day_month(1)}{_DASH}{day_month(2)}{_DAY_MONTH_SUFFIX}{_END}"), DIGIT),
        DatePattern(
            "day_range", re.compile(f"(?P<d1>{_DAY}){_DAY_RANGE_JOINT}{day_month(2)}{_DAY_MONTH_SUFFIX}{_END}"), DIGIT
        ),
        # "21-22-23 Ekim", "21, 22 ve 23 Ekim", "18 ve 19 Haziran": several days of one month
        DatePattern(
            "day_list",
            re.compile(f"(?P<list>{_DAY}(?:{_LIST_JOINT}{_DAY})*){_LIST_JOINT}{day_month(2)}{_DAY_MONTH_SUFFIX}{_END}"),
            DIGIT,
        ),
        DatePattern("date", re.compile(f"{day_month(1)}{_DAY_MONTH_SUFFIX}{_END}"), DIGIT),
        # "09.Temmuz.2019", "27-Mart-2011": the parts joined by dots or dashes
        DatePattern(
            "date",
            re.compile(f"(?<![\\d.])(?P<d1>{_DAY})(?P<sep>[.-])(?P<m1>{month})(?P=sep)(?P<y1>{_JOINED_YEAR})"),
            DIGIT,
        ),
        DatePattern(
            "numeric",
            re.compile(r"(?<![\d.])(?P<d1>[0-3]?\d)([./-])(?P<m1>[01]?\d)\2(?P<y1>(?:19|20)\d\d)(?![\d])"),
            DIGIT,
        ),
        DatePattern(
            "numeric", re.compile(r"(?<![\d.-])(?P<y1>(?:19|20)\d\d)-(?P<m1>[01]\d)-(?P<d1>[0-3]\d)(?![\d])"), DIGIT
        ),
        DatePattern(
            "month_year",
            re.compile(f"(?P<y1>{YEAR})\\s(?P<m1>{month})(?:{_MONTH_WORD}|{_MONTH_OF_YEAR})?{_SUFFIX}{_END}"), DIGIT
        ),
        # "2023 yılı Kasım ayında", "2024 yılının Mayıs ayı", "2024'ün ağustos ayında", "2023'ün ağustosunda",
        # "2024 yılı nisanda" (a case glued on, checked by ``DateFinder._values``):
        # one month, not a year and a month; but "2023 yılı Ocak-Eylül döneminde" is the year (a range of months follows)
        DatePattern(
            "month_year",
            re.compile(
                f"(?P<y1>{YEAR}){_OF_THE_YEAR}(?P<m1>{month})(?:{_MONTH_WORD}|{_MONTH_OF_YEAR}|(?P<glued>{GLUED_MONTH_CASE}))?"
                f"{_SUFFIX}{_END}(?!{_DASH}[^\\W\\d_])"
            ),
            DIGIT,
        ),
        # "2022'nin 14 Ekim'inde", "2023 yılının 3 Mart'ında": a day of the year written before it
        DatePattern(
            "date",
            re.compile(f"(?P<y1>{YEAR}){_OF_THE_YEAR}(?P<d1>{_DAY})\\.?\\s(?P<m1>{month}){_DAY_MONTH_SUFFIX}{_END}"),
            DIGIT,
        ),
        DatePattern("month_year", re.compile(f"(?P<m1>{month})\\s(?P<y1>{YEAR}){_SUFFIX}{_END}"), word),
        # "Ocak-Eylül 2023 döneminde": the first and the last month of a span of one year
        DatePattern(
            "month_range", re.compile(f"(?P<m1>{month}){_DASH}(?P<m2>{month})\\s(?P<y1>{YEAR}){_SUFFIX}{_END}"), word
        ),
        # "2023 yılı Ocak-Eylül döneminde", "2024 yılının Ocak-Aralık döneminde": the same span, the year first
        DatePattern(
            "month_range",
            re.compile(f"(?P<y1>{YEAR}){_OF_THE_YEAR}(?P<m1>{month}){_DASH}(?P<m2>{month}){_SPAN_WORD}"),
            DIGIT,
        ),
        # "Ocak-Şubat döneminde", "Kasım-Aralık aylarında": a span of months without its year
        DatePattern("month_span", re.compile(f"(?P<m1>{month}){_DASH}(?P<m2>{month}){_SPAN_WORD}"), word),
        DatePattern(
            "relative_year_month",
            re.compile(
                f"(?<![^\\W_])(?P<rel>{relative_year})(?:n?[ıi]n)?\\s(?:(?P<d1>{_DAY})\\.?\\s)?"
                f"(?P<m1>{month})(?:{_DASH}(?P<m2>{month}){_SPAN_WORD})?(?:{_MONTH_WORD}|(?P<glued>{GLUED_MONTH_CASE}))?{_SUFFIX}"
                f"{_END}(?!\\s{YEAR})"
            ),
            word,
        ),
        DatePattern(
            "year_range",
            re.compile(f"(?P<y1>{YEAR}){_YEAR_RANGE_JOINT}(?P<y2>{YEAR})(?:{_YEAR_WORD}|{_SUFFIX}){_END}"),
            DIGIT,
        ),
        # "2025-26 sezonu", "2023/24 satış sezonunda": a season over two years, the second in two digits
        DatePattern(
            "season",
            re.compile(f"(?P<y1>{YEAR})[-–/](?P<yy>\\d\\d)(?!\\d)(?=(?:\\s+[a-zçğıöşü]+)?\\s+sezon)"),
            DIGIT,
        ),
        # "2027 ve 2028 yıllarında", "2021, 2022 ve 2023'te": each year of the list
        DatePattern(
            "year",
            re.compile(
                f"(?P<list>{YEAR}(?:, ?{YEAR})*)(?:,? ve |,? veya |, )(?P<y1>{YEAR})"
                f"(?:\\s+(?:yıl|sene)lar[^\\W\\d_]*|{_YEAR_SUFFIX}){_END}"
            ),
            DIGIT,
        ),
        DatePattern(
            "year",
            re.compile(
                f"(?P<y1>{YEAR})(?:{_YEAR_WORD}|{_YEAR_SUFFIX}|{_AS_OF}|{_GLUED_CASE}|{_PART_OF_YEAR}|{_AROUND_YEAR}){_END}"
            ),
            DIGIT,
        ),
        # "2026 yılının ilk ayında": January; "son ayında": December
        DatePattern(
            "first_or_last_month",
            re.compile(f"(?P<y1>{YEAR}) yılının (?P<part>ilk|son) ay(?:ı|ında|ına|ından){_END}"),
            DIGIT,
        ),
        # a year naming an event: "1995 Bosna Hersek Barışı", "2026 Dünya Kupası"; on one line (a year ending a
        # line, "Friday, 2019" of a stamp, names nothing on the next)
        DatePattern("named_year", re.compile(f"(?P<y1>{_MODERN_YEAR})(?=[^\\S\\n]+[A-ZÇĞİÖŞÜ][^\\W\\d_]*)"), DIGIT),
        # a year naming an event in lower case: "1999 depreminde", "1987 referandumu", "1961 tarihli";
        # which words name one is read on the match (``DateFinder._year_of_event``)
        DatePattern("event_year", re.compile(f"(?P<y1>{_MODERN_YEAR})(?=[^\\S\\n]+[a-zçğıöşü])"), DIGIT),
        DatePattern(
            "month",
            re.compile(
                f"(?<![^\\W_]){direction}(?P<m1>{month})"
                f"(?P<cue>{_MONTH_WORD}|{_APOSTROPHE}[^\\W\\d_]+|(?P<glued>{GLUED_MONTH_CASE})|{_PART_AFTER_GENITIVE})?{_END}"
            ),
            word,
        ),
        # "ayın 20'sinde", "geçen ayın 5'inde": a day of the month of publication or of one counted from it
        # (not "her ayın 15'inde": a day of every month)
        DatePattern(
            "relative_month_day",
            re.compile(
                f"(?<![^\\W_])(?<!her )(?<!Her )(?:(?P<rel>{relative_month})ın|[Aa]yın|AYIN)\\s(?P<d1>{_DAY})"
                f"(?:{_APOSTROPHE}[^\\W\\d_]+)?{_END}"
            ),
            word,
        ),
        # "gelecek ay 5'inde", "geçen ay 20'sinde": the same day, the month without its genitive; the day's possessive
        # and case say it is a day of that month ("geçen ay 5 kişi" is a count)
        DatePattern(
            "relative_month_day",
            re.compile(f"(?<![^\\W_])(?P<rel>{relative_month})\\s(?P<d1>{_DAY}){_DAY_OF_THE_MONTH}{_END}"),
            word,
        ),
        # "geçen yılın sonunda", "bu yılın ilk çeyreğinde", "geçen ayın son haftasında": a part of that year or month
        DatePattern(
            "relative", re.compile(f"(?<![^\\W_])(?P<rel>{alternation(list(relative))})(?:{_PART_OF_PERIOD})?{_END}"), word
        ),
        # "aynı yıl", "aynı gün": the year or day of the date written before it; "bir önceki yıl", "ertesi
        # yıl": the year before or after it (a comparison base, "bir önceki yıla göre", is no date: ``_values``)
        DatePattern(
            "same",
            re.compile(
                f"(?<![^\\W_])(?:[Aa]ynı|AYNI|(?P<step>{_YEAR_STEP})(?= (?:yıl|sene)))"
                f" (?P<unit>yıl|sene|ay|gün){_SAME_SUFFIX}?{_END}"
            ),
            word,
        ),
        DatePattern(
            "offset",
            re.compile(
                f"(?<![\\w.,])(?P<counts>(?:(?:\\d+|{number_word}(?: {number_word})*) {_OFFSET_UNIT},? )+)"
                f"(?P<way>önce|sonra){_END}"
            ),
            EITHER,
        ),
        DatePattern(
            "weekday",
            re.compile(
                f"(?<![^\\W_]){direction}(?P<w>{weekday})"
                f"(?P<cue>\\s+{_WEEKDAY_CUE}|{_APOSTROPHE}[^\\W\\d_]+|{_WEEKDAY_GLUED})?{_END}"
            ),
            word,
        ),
    ]
    #: the first word of every pattern above: a digit, a month, a relative or number word, a weekday
    anchor = re.compile(f"(?<![^\\W_])(?:\\d|{alternation(first_words)})")
    return patterns, anchor


class MonthPairs:
    """Months said together, which tells a month in lower case from a word (``ekim`` sowing): the
    first of a pair or list whose last month has ``ayları`` after it (``Ocak ve Şubat aylarında``,
    ``ocak, şubat ve mart aylarında``, ``Kasım-Aralık aylarında``) or a case both take, after an
    apostrophe or glued (``haziran ve temmuzda``: the ending one the last month takes); and the last
    of a pair (``ekim ve kasımda``)."""

    def __init__(self, months: list[str]) -> None:
        names = alternation(months)
        self.after = re.compile(
            f"(?:,\\s*(?:{names}))*(?:\\s?[-–]\\s?|,?\\s+(?:ve|ile|veya)\\s+)(?P<second>{names})"
            f"(?:\\s+(?i:ayları)|(?P<case>{_APOSTROPHE}[^\\W\\d_]+|{GLUED_MONTH_CASE})(?![^\\W_]))"
        )
        self.before = re.compile(f"(?<![^\\W_])(?:{names})(?:\\s?[-–]\\s?|\\s+(?:ve|ile|veya)\\s+)$")

    def first_of_a_pair(self, text: str, end: int) -> bool:
        """Whether the month ending at ``end`` opens such a pair or list."""
        pair = self.after.match(text, end)
        case = pair.group("case") if pair else None
        if not case or re.match(_APOSTROPHE, case):
            return pair is not None
        return glued_case_fits(pair.group("second"), case)

    def second_of_a_pair(self, text: str, start: int) -> bool:
        """Whether a month and a joint (``ve``, ``ile``, ``veya``, a dash) stand right before ``start``."""
        return self.before.search(text, max(0, start - 20), start) is not None


#: The start or end of a season written after it: "2023/24 satış sezonu başında", "2024-25 sezonunun sonunda"
_SEASON_EDGE = re.compile(
    r"(?:(?:\s+[a-zçğıöşü]+)?\s+sezonu(?:nun)?)?\s+"
    r"(?:(?P<start>başı(?:n(?:da|dan|a))?|başlangıcı(?:n(?:da|a))?)"
    r"|(?P<end>sonu(?:n(?:da|dan|a))?|bitimi(?:n(?:de|e))?))"
    r"(?![^\W_])"
)


def season_edge(text: str, end: int, years: list) -> list:
    """The years of a season over two calendar years ending at ``end``: its start lies in the first
    (``2023/24 satış sezonu başında``), its end in the second (``2024-2025 sezonu sonunda``); else both."""
    edge = _SEASON_EDGE.match(text, end)
    if edge is None or len(years) != 2:
        return years
    return years[:1] if edge.group("start") else years[1:]


#: A year counted from: "1996'dan beri", "2010 yılından bu yana" (the story is later than it)
_SINCE = re.compile(r"(?:\s+(?:yıl|sene)[^\W\d_]*|'[^\W\d_]+)\s+(?:bu\s+yana|beri)(?![^\W_])")


def counted_from(text: str, end: int) -> bool:
    """Whether the year ending at ``end`` is one a time is counted from (``1996'dan beri``)."""
    return bool(_SINCE.match(text, end))


@lru_cache(maxsize=4)
def written_years(text: str) -> tuple[int, ...]:
    """The years a text writes, in order, but one it counts from (``1996 yılından beri``: the
    story's time is later): read once per text, not once per date in it (an article with many
    dates and no publication date would read its whole text for each)."""
    years = (year for year in re.finditer(YEAR, text) if not counted_from(text, year.end()))
    return tuple(sorted({int(year.group()) for year in years}))


#: a group's name where a pattern defines it or refers to it: ``(?P<d1>``, ``(?P=sep)``
_GROUP_NAME = re.compile(r"\(\?P([<=])(\w+)([>)])")
#: a reference to a group by its number (``\2``), which an alternation of patterns would shift
_NUMBERED_REFERENCE = re.compile(r"\\[1-9]")


def first_test(patterns: list[re.Pattern]) -> tuple[re.Pattern, list[bool]]:
    """One pattern that matches where any of ``patterns`` does (their alternation, the group
    names made distinct), tried at C level before each of them; and, per pattern, whether it
    is part of it (one referring to a group by number is not: it is always tried)."""
    tested = [not _NUMBERED_REFERENCE.search(p.pattern) for p in patterns]
    branches = [
        _GROUP_NAME.sub(lambda m, n=number: f"(?P{m[1]}{m[2]}_{n}{m[3]}", p.pattern)
        for number, (p, test) in enumerate(zip(patterns, tested)) if test
    ]
    return re.compile("|".join(f"(?:{branch})" for branch in branches)), tested
