"""Agenda statements as a nominal predicate
with a focus noun ("odak noktası X oldu", "ilk ele alınan konu X oldu"), a meeting about X held after
a duration ("X'e dair iki saatlik toplantı"), who took part with "ile birlikte", a named
council as the subject before a comma, a count of agenda points, and a council named inside an
office title, which is no meeting. The sentences are written for these tests; each row is one
behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


STATEMENTS = [
    # (sentence, expected items)
    # a focus noun as the subject of "oldu": its predicate is the topic
    ("Dünkü görüşmede iki liderin odak noktası tarım ürünlerindeki gümrük vergileri oldu.",
     ["tarım ürünlerindeki gümrük vergileri"]),
    ("Toplantının odak noktasını bölgesel güvenlik ve enerji hatları oluşturdu.",
     ["bölgesel güvenlik", "enerji hatları"]),
    ("Sabahki oturumda ilk ele alınan konu kuraklık ve su kaynakları oldu.",
     ["kuraklık", "su kaynakları"]),
    # "ilişkin", "dair" (about) before a meeting held, with its duration in between
    ("Kurul, kira yardımlarının dağıtımına dair iki saatlik bir toplantı düzenledi.",
     ["kira yardımlarının dağıtımı"]),
    ("Belediyede kış tedbirlerine ilişkin bir toplantı düzenlendi.", ["kış tedbirleri"]),
    # "X ile birlikte": who took part, the list starts after the postposition
    ("Toplantıda esnaf temsilcileri ile birlikte çarşıdaki park sorunları görüşüldü.",
     ["çarşıdaki park sorunları"]),
    # a named council set off by a comma is the subject, who met
    ("Oda ve sendika üyelerinin yer aldığı İl İstihdam Kurulu, kira artışlarına dair bir toplantı düzenledi.",
     ["kira artışları"]),
    ("Kentteki Koordinasyon Kurulu, kış hazırlıkları ve yol çalışmalarını görüştü.",
     ["kış hazırlıkları", "yol çalışmaları"]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_agenda_items(text, expected):
    assert topics(text) == expected


NO_AGENDA = [
    # a focus noun with no meeting in sight
    "Kulüpte gündemin odak noktası, yeni transfer oldu.",
    # how many points, not which
    "Kurulda tek gündem maddesi ele alındı.",
    # "Bilim Kurulu Başkanı": a council inside an office title is no meeting, a briefing at an exhibition no agenda
    "Serginin açılışını Vali, Bilim Kurulu Başkanı Ali Veli ve sanatseverler hep birlikte yaptı.\n"
    "Kaya, sergiye gelen misafirlere, fırında pişirdiği eserler hakkında bilgi verdi.",
    # "yönelik" (aimed at) before a meeting says its purpose, not its agenda
    "Valilikte kaçakçılıkla mücadeleye yönelik bir eşgüdüm toplantısı düzenlendi.",
]


@pytest.mark.parametrize("text", NO_AGENDA)
def test_no_agenda(text):
    assert topics(text) == []


def test_meeting_noun_in_a_case_before_a_title_still_names_a_meeting():
    text = "Oturumda Vali, ilçedeki kış hazırlıkları hakkında muhtarları bilgilendirdi."
    assert topics(text) == ["ilçedeki kış hazırlıkları"]
