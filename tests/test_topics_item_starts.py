"""Where an agenda item starts: a relative clause before a name is dropped only when the name
shows it is one (an apostrophe before a suffix, an acronym, quotes); capitals alone, as in a
heading or a bullet, are no sign. The sentences are written for these tests; each row is one
behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


CASES = [
    # capitals on common nouns (a bullet's style): the clause says which works are meant
    ("Kurul toplandı. Toplantıda sürücüler için yapılan Yol Bakım Çalışmaları ele alındı.",
     ["sürücüler için yapılan Yol Bakım Çalışmaları"]),
    # a name with an apostrophe before its suffix: the clause only describes it
    ("Kurul toplandı. Toplantıda geçen yıl düzenlenen Sofya Zirvesi'nin sonuçları ele alındı.",
     ["Sofya Zirvesi'nin sonuçları"]),
    # an acronym in the name: the clause only describes it
    ("Kurul toplandı. Toplantıda mart ayında yapılacak AGİT Toplantısı hazırlıkları ele alındı.",
     ["AGİT Toplantısı hazırlıkları"]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_item_start_after_a_relative_clause(text: str, expected: list[str]) -> None:
    assert topics(text) == expected


DATELINES = [
    # a place in capitals and a dash set apart by spaces open the article: where it was written
    ("ANKARA - Su tarifeleri Belediye Meclisi'nde görüşülerek kabul edildi.", ["Su tarifeleri"]),
    # the same with an en dash
    ("İZMİR – Liman projesi Belediye Meclisi'nde görüşüldü.", ["Liman projesi"]),
    # a dump's leading date line of a month alone is no part of the first sentence either
    ("date 2024-02 Su tarifeleri Belediye Meclisi'nde görüşüldü.", ["Su tarifeleri"]),
    # a dash inside a name, without spaces, joins two sides: no dateline
    ("Kurul toplandı. Toplantıda ABD-Çin ticaret gerilimi ele alındı.", ["ABD-Çin ticaret gerilimi"]),
]


@pytest.mark.parametrize("text, expected", DATELINES)
def test_a_dateline_without_an_agency_is_no_part_of_the_item(text: str, expected: list[str]) -> None:
    assert topics(text) == expected
