"""Agenda statements: judgements that discuss nothing, clauses of condition or time before a
list, and the body that owns an agenda. The sentences are written for these tests; each row
is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


FOUND = [
    # a meeting named in the lead is in sight of the whole article
    ("Kurul dün toplandı.\n\nKurul beş yıl önce kuruldu.\n\nÜyeler sabah geldi.\n\nHava güzeldi.\n\n"
     "Ayrıca su fiyatları ele alındı.", ["su fiyatları"]),
    # a conditional clause ends before the list ("itiraz gelmezse X gündemde")
    ("Kurul yarın toplanıyor. Bir itiraz gelmezse su tarifelerinin artırılması gündemde.",
     ["su tarifelerinin artırılması"]),
    # a verbal noun in the instrumental with "birlikte" says when, not what
    ("Meclis toplanıyor. Yeni yasama yılının başlamasıyla birlikte komisyon üyelerinin seçimi ele alınacak.",
     ["komisyon üyelerinin seçimi"]),
    # a possessed agenda noun: the body's name before it owns the agenda, it is no topic word
    ("Meclis bu hafta toplanıyor. Vergi teklifi Genel Kurul gündemine alınacak.", ["Vergi teklifi"]),
    # "bu çerçevede" after a comma points back to the item before it: the list goes on
    ("Kurul toplandı. Toplantıda hizmet kalitesinin artırılması, bu çerçevede personel eğitiminin "
     "planlanması ve bütçe hususlarında değerlendirmelerde bulunuldu.",
     ["hizmet kalitesinin artırılması", "personel eğitiminin planlanması", "bütçe"]),
    ("Kurul toplandı. Bu çerçevede personel eğitimi ele alındı.", ["personel eğitimi"]),
    # "ve ardından yaşanan": then, inside the list, not "after what" (the list goes on before it)
    ("Bakanlar görüştü. Görüşmede, seçim sonuçları ve ardından yaşanan gerginlik ele alındı.",
     ["seçim sonuçları", "yaşanan gerginlik"]),
    # a meeting in the ablative before "bu yana" says since when, it is no source of the news
    ("Kurul toplandı. Toplantıda, son toplantıdan bu yana yapılan çalışmalar ele alındı.",
     ["son toplantıdan bu yana yapılan çalışmalar"]),
    # a name in the locative after a possessive ("Planı'nda") before a comma is the frame
    ("Kurul toplandı. Eylem Planı'nda, yeni okul projeleri ele alındı.", ["yeni okul projeleri"]),
    # two verbal noun cues joined by "ve" are two statements, each with its own item
    ("Kurul toplanacak. Toplantıda bütçenin gözden geçirilmesi ve yeni projelerin istişare edilmesi bekleniyor.",
     ["bütçe", "yeni projeler"]),
    # a verbal noun cue before "ve" and a postposition with its discussion noun is an item of that list
    ("Bakanlar yarın toplanacak. Toplantıda eylem planının gözden geçirilmesi ve gelecek zirvenin "
     "takvimine dair fikir alışverişi yapılacak.",
     ["eylem planının gözden geçirilmesi", "gelecek zirvenin takvimi"]),
    # an agency's dateline (a place in capitals, the agency in parentheses, a dash) is no topic
    ("İZMİR (AA) - Bütçe taslağı ve yol projeleri kurul toplantısında görüşüldü.",
     ["Bütçe taslağı", "yol projeleri"]),
    # "çeşitli konular", "gündemdeki konular": vague, but what the meeting covered (as annotated)
    ("Parti yönetimi toplandı. Toplantıda Genel Başkan gündemdeki konuları değerlendirdi.", ["gündemdeki konular"]),
    ("Bakanlar görüştü. Görüşmede çeşitli konularda istişarelerde bulunuldu.", ["çeşitli konular"]),
    # "X'in teklifleri arasında Y": the set Y belongs to is no part of the item
    ("Kurul yarın toplanıyor. Toplantının gündeminde belediyenin teklifleri arasında su tarifelerinin artırılması bulunuyor.",
     ["su tarifelerinin artırılması"]),
    # a meeting named after a country is a meeting on its matter, a topic (not "Belediye Meclisi toplantısı")
    ("Bakanlar telefonda görüştü. Görüşmede, BM Genel Kurulu Suriye toplantısı ve göç ele alındı.",
     ["BM Genel Kurulu Suriye toplantısı", "göç"]),
    # "ayrıntılı olarak değerlendirildi": how a topic was discussed, still a statement
    ("Kurul toplandı. Toplantıda bütçe taslağı ayrıntılı olarak değerlendirildi.", ["bütçe taslağı"]),
]

NO_TOPIC = [
    # talks named once, three paragraphs up in a treaty's summary, are out of sight of a later cue
    "Anlaşma metni dün paraflandı.\n\nMetin beş maddeden oluşuyor.\n\nTaraflar sınır görüşmeleri yapacak.\n\n"
    "Birinci madde sınırları tanıyor.\n\nİkinci madde ticareti düzenliyor.\n\n"
    "Taraflar, kayıp kişilerin durumunu ele alacak.",
    # a judgement or a pointer with a classifier names no matter
    "Kurul toplandı. Toplantıda önemli konular görüşüldü.",
    # a communiqué's content is what it says, not the meeting's agenda
    "Kurul toplandı. Toplantının ardından yayımlanan bildiride, liman projesine ve su kesintilerine değinildi.",
    # what a meeting ended with is its closing formula, not its agenda
    "Kurul toplandı. Toplantı, müdürlerin yatırımlara yönelik yaptığı sunumların ardından sona erdi.",
    "Kurul toplandı. Toplantı, bütçeye ilişkin sunumların ardından tamamlandı.",
    # "X olarak değerlendiril-": regarded as X, a judgement, not a discussion
    "Bakan toplantıya katıldı. Görüşmeler, iki ülkenin yakınlaşmasının bir işareti olarak değerlendiriliyor.",
    "Kurul toplandı. Alınan karar, piyasalara verilen güçlü bir mesaj olarak değerlendirildi.",
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_found(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize("text", NO_TOPIC)
def test_no_topic(text):
    assert topics(text) == []
