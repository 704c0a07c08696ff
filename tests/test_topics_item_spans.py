"""Agenda statements and item spans in shapes found in real news by issue 16, round 6: a
genitive set off by a comma inside a long item, a quoted slogan of a summit. The sentences
are written for these tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


STATEMENTS = [
    # (sentence, expected items)
    # a genitive before a comma owns a verbal noun further on: the comma is inside the item
    ("Genel Kurulda, askeri personelin yurt dışında görev süresinin, 1 Ocak 2025 tarihinden itibaren bir yıl "
     "daha uzatılmasına dair Cumhurbaşkanlığı Tezkeresi görüşülecek.",
     ["askeri personelin yurt dışında görev süresinin, 1 Ocak 2025 tarihinden itibaren bir yıl daha "
      "uzatılmasına dair Cumhurbaşkanlığı Tezkeresi"]),
    # a quoted slogan in the instrumental names the summit its clause ends in, as a theme does
    ("Liderler, “Ortak Gelecek İçin Dijital Dönüşüm” sloganıyla Astana'da düzenlenen zirvede bir araya geldi.",
     ["Ortak Gelecek İçin Dijital Dönüşüm"]),
]

NO_STATEMENT = [
    # a slogan of no meeting
    "Sanatçı, “Sevgi ve Barış” sloganıyla yeni bir albüm çıkardı.",
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_a_statement_gives_its_items_whole(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize("text", NO_STATEMENT)
def test_a_sentence_without_an_agenda_gives_no_topic(text):
    assert topics(text) == []
