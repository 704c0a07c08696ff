"""Speed shortcuts (issue 15) give what the plain code gives, on invented text."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from pipeline.lang.tr import capitals
from pipeline.lang.tr.capitals import CapitalsReader, capital_lines, casing
from pipeline.lang.tr.text import sentence_openings, words
from pipeline.lexicons.candidates import DocWords, words_folded_as
from pipeline.organizations.component import _PARENTHESIZED

TEXTS = [
    "ANKARA (Kent Haber) - Belediye meclisi bugün toplandı. Toplantı 12 Mart 2025 tarihinde yapıldı.",
    "BELEDİYE MECLİSİ TOPLANDI\nBelediye Meclisi 3-4 Nisan'da toplandı; Meclis (BM) ve Vakıf (XV) katıldı.",
    "Geçen hafta 15.03.2024 günü Ali ve Ayşe adında iki kişi geldi, 5 yıl önce de gelmişlerdi.",
    "KENT HABER VE AJANS\nKent Haber ve Ajans yazdı. ((AB)) (A B) (ÇOK) İki gün sonra, pazartesi günü...",
    "",
]


def _random_texts(count: int) -> list[str]:
    rnd = random.Random(19)
    pieces = ["MART", "Mart", "mart", " ", "\n", "(", ")", "AB", "ve", "Ve", "VE", "12", "3.", "-", "2025", "gün",
              "Kent", "KENT", "haber", "Haber", ". ", "önce", "pazartesi", "'de", "adında", "İki"]
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40))) for _ in range(count)]


def _plain_date_candidates(dates, text: str) -> list[tuple]:
    """Every pattern tried at every anchor, leftmost-longest (``DateStage._candidates`` before)."""
    plain = []
    for anchor in dates.anchor.finditer(text):
        for kind, pattern in dates.patterns_at[text[anchor.start()].isdigit()]:
            if match := pattern.match(text, anchor.start()):
                plain.append((match.start(), match.end(), kind, match.groupdict()))
    plain.sort(key=lambda c: (c[0], -c[1]))
    chosen = []
    for candidate in plain:
        if not chosen or candidate[0] >= chosen[-1][1]:
            chosen.append(candidate)
    return chosen


def test_dates_tried_where_the_alternation_matches_are_all_the_candidates(nlp):
    dates = nlp.get_pipe("trnews_dates")
    for text in TEXTS + _random_texts(300):
        assert [(c.start, c.end, c.kind, c.groups) for c in dates._candidates(text)] == \
            _plain_date_candidates(dates, text)


def test_words_in_parentheses_are_those_written_so():
    for text in TEXTS + _random_texts(200):
        found = frozenset(_PARENTHESIZED.findall(text))
        assert [w.text in found for w in words(text)] == [f"({w.text})" in text for w in words(text)]


@pytest.mark.parametrize("forms", [frozenset({"ve"}), frozenset({"adında", "gün"}), frozenset()])
def test_words_folded_as_are_those_of_the_plain_walk(forms):
    for text in TEXTS:
        text_words = DocWords(words(text))
        assert words_folded_as(text_words, forms) == [i for i, w in enumerate(text_words) if w.folded in forms]


def _plain_cases_in_article(text, lines, words_of_lines):
    """``CapitalsReader._cases_in_article`` as it read every word of the text (round 18)."""
    wanted_words = {word.folded for line_words in words_of_lines for word in line_words}
    wanted_runs = {tuple(f[i : i + n]) for f in ([w.folded for w in lw] for lw in words_of_lines)
                   for i in range(len(f)) for n in range(2, min(capitals.MAX_RUN, len(f) - i) + 1)}
    openings, inside = sentence_openings(text), iter(lines)
    line, counts, runs, run, after_a_capital = next(inside, None), {}, {}, [], -1
    for word in words(text):
        follows_a_capital, after_a_capital = (after_a_capital == word.start - 1 and text[word.start - 1] == " ",
                                              word.end if word.text[:1].isupper() else -1)
        while line is not None and word.start >= line[1]:
            line, run = next(inside, None), []
        if line is not None and line[0] <= word.start < line[1]:
            continue
        if word.folded not in wanted_words:
            run = []
            continue
        case = casing(word.text)
        if case == capitals.TITLE and word.start in openings:
            case = None
        elif case == capitals.TITLE and follows_a_capital:
            counts.setdefault(word.folded, Counter())[capitals.INSIDE_A_NAME] += 1
        elif not word.text.isdigit():
            counts.setdefault(word.folded, Counter())[case] += 1
        run.append((word.folded, case))
        for n in range(2, min(len(run), capitals.MAX_RUN) + 1):
            if (key := tuple(f for f, _ in run[-n:])) in wanted_runs:
                runs.setdefault(key, tuple(c for _, c in run[-n:]))
    return {folded: capitals._preferred(found) for folded, found in counts.items()}, runs


def test_capitals_read_only_the_words_their_lines_hold_as_the_plain_walk():
    reader = CapitalsReader(["Belediye Meclisi", "Kent Haber"], ["Ali Kaya"])
    rnd = random.Random(5)
    texts = TEXTS + ["\n".join(rnd.choice(["KENT HABER VE MECLİS TOPLANDI", "Kent Haber ve Meclis toplandı.",
                                           "Belediye Meclisi Kent Haber'e göre", "ALİ KAYA KENT HABER'DE", "kent"])
                               for _ in range(rnd.randint(1, 8))) for _ in range(300)]
    for text in texts:
        lines = capital_lines(text)
        words_of_lines = [words(text[start:end]) for start, end in lines]
        assert reader._cases_in_article(text, lines, words_of_lines) == \
            _plain_cases_in_article(text, lines, words_of_lines)
