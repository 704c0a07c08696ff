"""Statement forms of real agenda reports and their look-alikes (issue 16, round 16): the
agenda of an audience, a rating with "değerlendir-", a passive or reciprocal verb after a
postposition, "fırsatı bulduk", a classifier as the subject of "oldu", a genitive agenda noun
inside a list, and the subject or partner of a first-person or active list. The sentences are
written for these tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


NO_TOPIC = [
    # what an audience attends to is no meeting's agenda
    "Piyasaların gündeminde bu hafta enflasyon verisi ve faiz kararı var.",
    "Kamuoyunun gündeminde kira artışları ve asgari ücret yer alıyor.",
    "Takımın gündeminde yeni sezon hazırlıkları ve transfer bulunuyor.",
    # a word that rates what is named makes "değerlendir-" a judgement
    "Toplantıda Bakan, görüşmeyi olumlu değerlendirdi.",
    "Toplantıda yeni düzenleme memnuniyetle değerlendirildi.",
    # a question about the agenda names no item of it
    "Zirvede hangi konular görüşülecek?",
    "Görüşmede neler ele alındı?",
    # one speaker's remarks about a matter are no talk among several
    "Toplantıda konuşan Başkan, su kesintileri üzerine konuştu.",
]


@pytest.mark.parametrize("text", NO_TOPIC)
def test_no_topic(text):
    assert topics(text) == []


STATEMENTS = [
    # a meeting's own agenda keeps its list
    ("Kurulun gündeminde bütçe ve personel alımı yer alıyor.", ["bütçe", "personel alımı"]),
    # a manner word says how the list was discussed, not what it is rated
    ("Toplantıda bölgesel gelişmeler ayrıntılı değerlendirildi.", ["bölgesel gelişmeler"]),
    # a passive discussion verb right after a postposition: the last item keeps its place
    ("Toplantıda göç, ticaret ve enerji konusunda görüşüldü.", ["göç", "ticaret", "enerji"]),
    ("Toplantıda göç, ticaret ve enerji hakkında görüşüldü.", ["göç", "ticaret", "enerji"]),
    # ... and a reciprocal one: "we talked about"
    ("Toplantıda göç, ticaret ve enerji hakkında konuştuk.", ["göç", "ticaret", "enerji"]),
    # a verbal noun of discussion before "fırsatı/imkanı bul-"
    ("Ziyarette ekonomiyi ve demir yolunu görüşme fırsatı bulduk.", ["ekonomi", "demir yolu"]),
    ("Toplantıda enerjiyi ve tarımı değerlendirme imkanı bulduk.", ["enerji", "tarım"]),
    # a classifier of the meeting as the subject of "oldu"
    ("Toplantının ana konuları su, yol ve elektrik oldu.", ["su", "yol", "elektrik"]),
    ("Görüşmede ele alınan konular ticaret ve turizm oldu.", ["ticaret", "turizm"]),
    # other discussion nouns
    ("Toplantıda tarım ve hayvancılık konularında bilgi alışverişinde bulunuldu.", ["tarım", "hayvancılık"]),
    ("Toplantıda tarım ve sanayiye ilişkin görüşler paylaşıldı.", ["tarım", "sanayi"]),
    # an agenda noun in the genitive that owns a classifier is inside the list, and with "gibi"
    # the classifier goes
    ("Toplantıda Irak, Libya ve Yemen gibi ortak gündemin öncelikli konuları hakkında görüş alışverişinde bulunuldu.",
     ["Irak", "Libya", "Yemen"]),
    # the speaker's own counterpart in the instrumental is whom one talked with
    ("Mevkidaşımla enerjiyi ve turizmi görüştüm.", ["enerji", "turizm"]),
    # a compound in the nominative before the comma is the subject of an active verb
    ("Toplantıda ekonomi yönetimi, enflasyonla mücadelede atılacak adımları değerlendirdi.",
     ["enflasyonla mücadelede atılacak adımlar"]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_statement(text, expected):
    assert topics(text) == expected


SPEECHES = [
    # a party leader's address to the party group is a speech, no meeting: neither in its own
    # sentence nor as the meeting in sight of the next one
    "Genel Başkan, grup toplantısında ekonomi ve dış politikayı değerlendirdi.",
    "Genel Başkan, partisinin grup toplantısında konuştu. Genel Başkan, vergi ve kira artışlarını değerlendirdi.",
    # a broadcast and a ceremony are speeches too
    "Bakan, canlı yayında ekonomi ve dış politika hakkında değerlendirmelerde bulundu.",
    "Bakan, törende ekonomi ve istihdamı değerlendirdi.",
    # one speaker's remarks ("değerlendirmelerde bulundu") with no meeting in sight
    "Bakan, gazetecilerin sorularını yanıtlarken ekonomi ve istihdam hakkında değerlendirmelerde bulundu.",
]


@pytest.mark.parametrize("text", SPEECHES)
def test_speech_states_no_agenda(text):
    assert topics(text) == []


def test_remarks_at_a_meeting_still_count():
    text = "Kurul toplandı. Toplantıda Başkan, ekonomi ve istihdam hakkında değerlendirmelerde bulundu."
    assert topics(text) == ["ekonomi", "istihdam"]


OTHER_NON_AGENDA = [
    # a round alone is a tour's or an auction's, no meeting in sight
    "Şarkıcı, dünya turundan sonra oyunculuk kariyerine odaklandı.",
    "İhalenin ilk turunda teklifler açıldı. Firmalar yeni projelere odaklandı.",
    # a colon list of a part of things that are no topics
    "Toplantı yapıldı. Bu şirketlerin bazıları şunlardır: Alfa, Beta ve Gama.",
]


@pytest.mark.parametrize("text", OTHER_NON_AGENDA)
def test_other_non_agenda(text):
    assert topics(text) == []


ITEM_EDGES = [
    # a part of what the genitive names, when those are topics
    ("Toplantı yapıldı. Görüşülen konuların bazıları şunlardır: bütçe, personel ve ulaşım.",
     ["bütçe", "personel", "ulaşım"]),
    # the subject of the main clause before a -DIk relative clause (its own subject would be a genitive)
    ("Kurul toplantısında, kurum müdürleri yürüttükleri çalışmalar hakkında sunum yaptı.", ["yürüttükleri çalışmalar"]),
    # a participle alone names nothing
    ("Toplantıda, bakanlardan oluşan kurulda ele alınan yatırımlar görüşüldü.", ["yatırımlar"]),
]


@pytest.mark.parametrize(("text", "expected"), ITEM_EDGES)
def test_item_edges(text, expected):
    assert topics(text) == expected


COUNCIL_AND_COMMUNIQUE = [
    # a meeting's agenda as the owner before a colon list
    ("Toplantının gündemi şöyle: bütçe, personel alımı ve kreş projesi.", ["bütçe", "personel alımı", "kreş projesi"]),
    # a bill's debate goes on or begins: its owner in the genitive is the item
    ("Genel Kurulda, Maden Kanunu Teklifi'nin görüşmelerine devam edildi.", ["Maden Kanunu Teklifi"]),
    ("Komisyonda, Orman Kanunu Teklifi'nin görüşmelerine başlandı.", ["Orman Kanunu Teklifi"]),
    # a plural classifier as a nominal predicate, with the vague words before it
    ("Kabine toplantısında, kira, vergi ve göç başlıca gündem maddeleri olacak.", ["kira", "vergi", "göç"]),
    # a quoted statement before "ifadesine yer verildi"; "kapsamlı bir şekilde" is how, not what
    (('Kurul toplandı. Bildiride, "Sınır güvenliği ve bölgesel gelişmeler kapsamlı bir şekilde değerlendirilmiştir" '
      "ifadesine yer verildi."), ["Sınır güvenliği", "bölgesel gelişmeler"]),
]


@pytest.mark.parametrize(("text", "expected"), COUNCIL_AND_COMMUNIQUE)
def test_council_and_communique(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "zirve" as a league's or a mountain's top puts no summit in sight
        "Takım ligde zirvede yer alıyor. Teknik heyet, gelecek haftaki derbi maçını masaya yatırdı.",
        "Ligde zirve yarışı sürüyor. Kulüp başkanı, transferi ve yeni stadyumu ele aldı.",
        "Dağcılar zirveye ulaştı. Ekip, tırmanışta yaşanan zorlukları değerlendirdi.",
    ],
)
def test_a_top_position_is_no_summit(text):
    assert topics(text) == []


def test_a_summit_still_is_a_meeting():
    assert topics("Liderler zirvede bir araya geldi. Zirvede enerji ve göç ele alındı.") == ["enerji", "göç"]
