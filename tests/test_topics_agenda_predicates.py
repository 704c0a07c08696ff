"""Agenda statements whose predicate is a copula or a colon, a classifier that "stood out", and a
postposition before a meeting held (issue 16). The sentences are written for these tests;
each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


COPULA = [
    # the agenda noun is the subject, the rest of the sentence its predicate, closed by a copula
    ("Toplantının gündemi enerji güvenliğiydi.", ["enerji güvenliği"]),
    ("Görüşmenin ana konusu göç meselesiydi.", ["göç meselesi"]),
    ("Zirvenin gündemi iklim değişikliği ve gıda güvenliğiydi.", ["iklim değişikliği", "gıda güvenliği"]),
    ("Kurulun gündemi su tasarrufu ve tarımsal sulamaydı.", ["su tasarrufu", "tarımsal sulama"]),
    ("Meclis toplantısının gündemi kentsel dönüşümdür.", ["kentsel dönüşüm"]),
    ("Bakanlar toplantısının ana konusu ekonomidir.", ["ekonomi"]),
]


@pytest.mark.parametrize("text, expected", COPULA)
def test_a_copula_closes_the_agenda_noun_s_predicate(text, expected):
    assert topics(text) == expected


NO_COPULA_AGENDA = [
    "Türkiye'nin gündemi ekonomiydi.",  # no meeting in sight
    "Piyasaların gündemi faiz kararıydı.",  # an audience's agenda
    "Toplantının ana konusu belliydi.",  # one adjective rates the agenda
    "Toplantının gündemi oldukça yoğundu.",
]


@pytest.mark.parametrize("text", NO_COPULA_AGENDA)
def test_a_copula_predicate_without_a_meeting_s_list_names_no_topic(text):
    assert topics(text) == []


COLON = [
    ("Toplantıda gündem maddeleri: bütçe, personel alımı ve kira artışları.", ["bütçe", "personel alımı", "kira artışları"]),
    ("Toplantının gündemi: enerji güvenliği, göç.", ["enerji güvenliği", "göç"]),
    ("Kurul dün toplandı. Gündem maddeleri: imar planı ve otopark yönetmeliği.", ["imar planı", "otopark yönetmeliği"]),
    ("Meclis yarın toplanıyor. Gündem maddeleri:\n• İmar planı değişikliği\n• Otopark yönetmeliği",
     ["İmar planı değişikliği", "Otopark yönetmeliği"]),
]


@pytest.mark.parametrize("text, expected", COLON)
def test_a_colon_right_after_an_agenda_noun_opens_the_list(text, expected):
    assert topics(text) == expected


NO_COLON_AGENDA = [
    "Gündem maddeleri: seçim, ekonomi ve dış politika.",  # no meeting in sight
    "Ülke gündemi: seçimler ve ekonomi.",
]


@pytest.mark.parametrize("text", NO_COLON_AGENDA)
def test_a_colon_after_an_agenda_noun_without_a_meeting_names_no_topic(text):
    assert topics(text) == []


STOOD_OUT = [
    ("Toplantıda enerji ve savunma başlıkları öne çıktı.", ["enerji", "savunma"]),
    ("Görüşmede ticaret başlığı öne çıktı.", ["ticaret"]),
    ("Kabine dün toplandı. Terörle mücadele konusu öne çıktı.", ["Terörle mücadele"]),
    ("Bakanlar dün toplandı. Toplantıda, tarım desteği ve kuraklıkla mücadele konuları öne çıktı.",
     ["tarım desteği", "kuraklıkla mücadele"]),
]


@pytest.mark.parametrize("text, expected", STOOD_OUT)
def test_classifiers_that_stood_out_at_a_meeting_are_its_topics(text, expected):
    assert topics(text) == expected


NOT_STOOD_OUT_AT_A_MEETING = [
    "Seçim kampanyasında ekonomi başlığı öne çıktı.",
    "Ankette ekonomi ve işsizlik başlıkları öne çıktı.",
    "Raporda enerji ve savunma başlıkları öne çıktı.",
]


@pytest.mark.parametrize("text", NOT_STOOD_OUT_AT_A_MEETING)
def test_classifiers_that_stood_out_elsewhere_are_no_agenda(text):
    assert topics(text) == []


MEETING_HELD_ABOUT = [
    ("Enerji güvenliği ile ilgili bir toplantı yapıldı.", ["Enerji güvenliği"]),
    ("Deprem hazırlıkları konusunda bir toplantı düzenlendi.", ["Deprem hazırlıkları"]),
    ("Kentsel dönüşüm hakkında istişare toplantısı düzenlendi.", ["Kentsel dönüşüm"]),
    ("Orman yangınlarıyla ilgili değerlendirme toplantısı yapıldı.", ["Orman yangınları"]),
    ("Su kesintileri konusunda muhtarlar toplandı.", ["Su kesintileri"]),
]


@pytest.mark.parametrize("text, expected", MEETING_HELD_ABOUT)
def test_an_about_postposition_before_a_meeting_held_names_its_agenda(text, expected):
    assert topics(text) == expected


NO_MEETING_HELD_ABOUT = [
    "Orman yangınlarına yönelik bir eşgüdüm toplantısı düzenlendi.",  # an aim, not an agenda
    "Deprem haftası için bir toplantı düzenlendi.",
    "Muhtarlar su kesintileri konusunda toplantı yapılmasını istedi.",  # a wish, no meeting held
    "Muhtarlar su kesintileri konusunda toplantıya katıldı.",
    "Toplantıyla ilgili açıklama yapıldı.",
]


@pytest.mark.parametrize("text", NO_MEETING_HELD_ABOUT)
def test_an_about_postposition_without_a_meeting_held_names_no_agenda(text):
    assert topics(text) == []


GATHERED_BEFORE = [
    ("Bakan Fidan, Rus mevkidaşı Lavrov ile Ankara'da bir araya geldi. "
     "İki bakan Suriye'deki durumu ve Karadeniz'deki güvenliği ele aldı.",
     ["Suriye'deki durumu", "Karadeniz'deki güvenliği"]),
    ("Fidan ile Lavrov Ankara'da bir araya geldi\n\nİki bakan Suriye'deki durumu ve Karadeniz'deki güvenliği ele aldı.",
     ["Suriye'deki durumu", "Karadeniz'deki güvenliği"]),
    ("Heyetler dün İstanbul'da buluştu. Taraflar enerji iş birliğini ve ticareti değerlendirdi.",
     ["enerji iş birliği", "ticaret"]),
]


@pytest.mark.parametrize("text, expected", GATHERED_BEFORE)
def test_parties_gathered_in_the_sentence_before_put_a_meeting_in_sight(text, expected):
    assert topics(text) == expected


CROWD_GATHERED_BEFORE = [
    "Binlerce kişi meydanda bir araya geldi. Göstericiler hükümetin ekonomi politikasını ele aldı.",
    "Sanatçılar festivalde buluştu. Sanatçılar yeni albümlerini değerlendirdi.",
]


@pytest.mark.parametrize("text", CROWD_GATHERED_BEFORE)
def test_a_crowd_gathered_puts_no_meeting_in_sight(text):
    assert topics(text) == []
