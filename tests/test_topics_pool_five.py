"""Agenda statements in shapes met in a fifth lot of fresh regional news (round 18): vague
items ("genel konular"), an occasion or a span of time before the list ("ziyaret vesilesiyle",
"toplantı süresince"), and an institution's name in the genitive, which names the body and no
meeting of it. The sentences are written for these tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


STATEMENTS = [
    # (sentence, expected items)
    # "genel" says nothing of the topic: only an item of vague words alone is dropped
    ("Kurulda genel konular ve yerel sorunlar görüşüldü.", ["yerel sorunlar"]),
    ("Kurulda genel bütçe görüşüldü.", ["genel bütçe"]),
    # an occasion ("vesilesiyle", "vesilesi ile") stands before the list, no item of it
    ("Vali, konuğunu kabul etti. Vali, \"Bu ziyaret vesilesiyle bölgesel konuları istişare ettik\" dedi.",
     ["bölgesel konular"]),
    # "süresince" (during) sets the time of the meeting, as "boyunca" does
    ("Muhtarlarla bir toplantı yapıldı. Toplantı süresince esnafın kira sorunları değerlendirildi.",
     ["esnafın kira sorunları"]),
    # an institution's name in the locative is still the meeting's scene
    ("İl Genel Meclisi'nin toplantısında yol ve su sorunları ele alındı.", ["yol", "su sorunları"]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_agenda_items(text, expected):
    assert topics(text) == expected


NO_AGENDA = [
    # a vague list alone, on the occasion of a visit
    "Vali, konuğunu kabul etti. Vali, \"Bayram vesilesi ile genel meseleleri istişare ettik\" dedi.",
    # "X Meclisi'nin raporu": the body's name owns the report, no meeting is in sight for "değerlendirdi"
    "Oda Başkanı, Ege Kuruyemiş Meclisi'nin yıllık raporunu ayrıntılarıyla değerlendirdi.",
    "Dernek Başkanı, Sanayi Konseyi'nin açıkladığı verileri değerlendirdi.",
]


@pytest.mark.parametrize("text", NO_AGENDA)
def test_no_agenda(text):
    assert topics(text) == []
