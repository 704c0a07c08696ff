"""Agenda statements as real reporters write them (issue 16): every inflection of the cue
verbs and nouns, nominal predicates, list shapes and item boundaries. The sentences are
written for these tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


CUE_FORMS = [
    # (sentence, expected items)
    ("Kabine toplandı. Toplantıda vergi düzenlemesi gözden geçirildi.", ["vergi düzenlemesi"]),
    ("Kurul toplandı. Toplantıda yeni liman projeleri karara bağlandı.", ["yeni liman projeleri"]),
    ("Meclis toplandı. Toplantıda kira artışları gündeme alındı.", ["kira artışları"]),
    ("Heyetler görüştü. Görüşmemizde tarım ticaretini ve su yönetimini ele aldık.", ["tarım ticareti", "su yönetimi"]),
    ("Bakanlar buluştu. Toplantıda liman yatırımlarını değerlendirecekler.", ["liman yatırımları"]),
    ("Liderler bir araya geldi. Zirvede göç konusunun ele alınması bekleniyor.", ["göç konusu"]),
    ("Heyetler görüştü. Görüşmede orman yangınlarına da değinildi.", ["orman yangınları"]),
    ("Kurul toplandı. Terörle mücadele hakkında kurula bilgi sunuldu.", ["Terörle mücadele"]),
    ("Vali toplantı yaptı. Vali, yol çalışmaları hakkında bilgi aldı.", ["yol çalışmaları"]),
    ("İki bakan görüştü. Bakanlar, kültür mirası hakkında fikir teatisinde bulundu.", ["kültür mirası"]),
    ("Kabine toplanıyor. Asgari ücret de kabinenin gündeminde olacak.", ["Asgari ücret"]),
    ("Kabine toplanıyor. Emekli maaşları da toplantının en önemli gündem maddelerinden biri olacak.", ["Emekli maaşları"]),
    ("Kabine toplanıyor. Toplantının bir diğer konusu orman yangınları olacak.", ["orman yangınları"]),
    ("Zirve yapılacak. Gıda fiyatları ve kuraklık da zirvede görüşülecek konular arasında.", ["Gıda fiyatları", "kuraklık"]),
    ("Zirve yapıldı. Tahıl ihracatını da görüşen iki lider, ortak bildiri yayımladı.", ["Tahıl ihracatı"]),
    ("Heyetler görüştü. Görüşmede liman projesinin ele alındığı bildirildi.", ["liman projesi"]),
    ("Kabine toplandı. Toplantı uzun sürdü. Su zamları da konuşuldu.", ["Su zamları"]),
    ("Kabine toplandı. Bakanlar geldi. Su zamları da konuşuldu.", ["Su zamları"]),
    ("Konsey toplandı. Bütçenin değerlendirilmesi öncelikli olacak.", ["Bütçe"]),
    ("Heyetler görüştü. Bakan, paylaşımında “Liman işbirliğini değerlendirerek yeni adımlar üzerine verimli bir görüşme gerçekleştirdik” dedi.",
     ["Liman işbirliği", "yeni adımlar"]),
    ("Meclis toplandı. Seçim kanunu teklifi gündemin başına alındı ve görüşülmeye başlandı.", ["Seçim kanunu teklifi"]),
    ("Heyetler görüştü. Görüşmede liman projesinin ele alındığı ifade edildi.", ["liman projesi"]),
    ("Komisyon toplandı. Başkan, otopark ücretleriyle ilgili bilgi verdi.", ["otopark ücretleri"]),
    ("Bakanlar görüşecek. Görüşmede birçok konu ele alınacak. Bunların başında kuraklık ve göç yer alıyor.",
     ["kuraklık", "göç"]),
    ("Komisyon toplandı. Ardından Maden Kanunu Teklifinin maddelerinin görüşmelerine geçildi.",
     ["Maden Kanunu Teklifinin maddeleri"]),
]

NO_STATEMENT = [
    "Fuar açıldı. Birçok ülke katıldı. Bunların başında Japonya yer alıyor.",
    "Toplantı yapıldı. Yazar, konuyla ilgili olarak köşesinde değerlendirmelerde bulundu.",
    "Toplantı yapıldı. İlgili bilgi notu dağıtıldı.",
    "Toplantı yapıldı. Bu konunun ele alınmadığı anlaşıldı.",
    "Kurul toplandı. Raporun görüşülmesinin ardından oturum kapandı.",
    "Kurul toplandı. Teklifler görüşülmek üzere komisyona gönderildi.",
    "Toplantı yapıldı. Sorunlar daha çok tartışılır hale geldi.",
    "Toplantı yapıldı. Barışa odaklanacak şekilde görev tanımı değişti.",
    "Zirve yapıldı. Ziyaretin önemli bir adım olduğu değerlendirildi.",
    "Toplantı yapıldı. Taraflar tüm seçenekleri masada tuttu.",
    "Toplantı yapıldı. Bakan, yeni kararı olumlu bir adım olarak değerlendirdi.",
    "Toplantı yapıldı. Kira artışları gündemdeki yerini koruyor.",
    "Toplantı yapıldı. Bakan, davaların ülke gündeminden çıkmasını istedi.",
    "Toplantı yapıldı. Plan yapanların üzerinde durdukları zemin kayıyor.",
    "Kurul toplandı. İddianamede, şirketin hesapları ele alındı.",
    "Toplantı yapıldı. Yeni modelin yazın tanıtılacağı konuşuluyor.",
    "Toplantı yapıldı. Uzman, bu durumu değerlendirirken sakin görünüyordu.",
    "Vergi artışları muhalefetin eleştirdiği konular arasında oldu.",
    "Kurul geçen ay toplandı. Kararlar yayımlandı.\n\nŞehirde su zamları yeniden tartışılıyor.",
    "Kabine toplandı. Bakanlar geldi.\n\nHava güzeldi. Su zamları da konuşuldu.",
    "Konsey toplandı. Yaptırımların gözden geçirilmesi pratiği kaldırıldı.",
    "Meclis toplandı. Parti, yasanın Senato'da görüşülmesinin seçim sonrasına bırakılmasını istedi.",
]

LIST_SHAPES = [
    ("Kurul toplandı. Depremle ilgili durumun konuşulduğu toplantıda;\n\n• Hasar tespiti\n\n• Çadır kentlerin durumu ve\n\n• Okulların onarımı gözden geçirildi.",
     # the relative clause of the meeting names a topic too ("X'in konuşulduğu toplantıda")
     ["Depremle ilgili durum", "Hasar tespiti", "Çadır kentlerin durumu", "Okulların onarımı"]),
    ("Zirve yapıldı. Görüşmede Gürcistan ve Moldova gibi bölgesel meseleler ele alındı.", ["Gürcistan", "Moldova"]),
    ("Zirve yapıldı. Görüşmede balıkçılık ve ormancılık gibi konularda kaydedilen ilerlemeler ele alındı.", ["balıkçılık", "ormancılık"]),
    ("Zirve yapıldı. Görüşmede tahıl başta olmak üzere tarım ürünlerinin ticareti ele alındı.",
     ["tahıl başta olmak üzere tarım ürünlerinin ticareti"]),
    ("Zirve yapıldı. Görüşmemizde liman inşaatının seyrini, demiryolu bağlantısını ele aldık.",
     ["liman inşaatının seyri", "demiryolu bağlantısı"]),
    ("Zirve yapıldı. Görüşmede iki ülke arasındaki konuları değerlendirdiler.", ["iki ülke arasındaki konular"]),
    ("Meclis toplandı. Gündemin 4. maddesinde yer alan park alanı düzenlemesi, oy birliğiyle kabul edildi.",
     ["park alanı düzenlemesi"]),
    ("Meclis toplandı. Gündemin 5. maddesinde yer alan, otobüs, metro ve vapur ücretlerini içeren tarife, komisyona gönderildi.",
     ["otobüs, metro ve vapur ücretlerini içeren tarife"]),
    ("Bakan heyeti kabul etti. Kabulde, liman yatırımları ve tarım ticaretinin ele alındığı bildirildi.",
     ["liman yatırımları", "tarım ticareti"]),
    # the -(y)ken clause ends before the next list; its own aim (an infinitive before "için") is a topic too
    ("Bakanlar görüştü. Ticareti artırmak için fikir teatisinde bulunulurken bölgesel meseleler de ele alındı.",
     ["Ticareti artırmak", "bölgesel meseleler"]),
    ("Kurul toplandı. Komisyonlardan gelecek raporlar görüşüldü.", ["Komisyonlardan gelecek raporlar"]),
    ("Heyetler buluşacak. Heyetlerin yarın esir takasını müzakere edeceği belirtildi.", ["esir takası"]),
    ("Parti toplanıyor. Toplantıda yarın teşkilat çalışmaları ile ilgili bir sunum yapılacak.", ["teşkilat çalışmaları"]),
    ("Heyetler görüştü. Ayrıca tarım desteklerini, su projelerini ve enerji hatlarını ele aldık.",
     ["tarım destekleri", "su projeleri", "enerji hatları"]),
    ("Kurul toplandı.\n\n2. Su kaynakları ve orman yangınları ele alınmıştır.", ["Su kaynakları", "orman yangınları"]),
    ("Kabine toplanıyor. Göç politikası da kabine toplantısında masaya yatırılacak önemli gündem maddeleri arasında yer alacak.",
     ["Göç politikası"]),
    ("Kurul toplandı. Deprem hazırlığı da ayrıntılı şekilde ele alınan konular arasında yer aldı.", ["Deprem hazırlığı"]),
    ("Kurul toplandı. Başkanın da burada bütçeye ilişkin bir sunum yapacağı belirtildi.", ["bütçe"]),
]

ITEM_BOUNDARIES = [
    ("Kabine toplanıyor. Başkan Yılmaz'ın Kaya ile yaptığı görüşmenin sonuçları da kabinede masaya yatırılacak.",
     ["Başkan Yılmaz'ın Kaya ile yaptığı görüşmenin sonuçları"], ["Başkan Yılmaz", "Kaya"]),
    ("Kurul toplandı. Savcılıkça yürütülen bir soruşturma kapsamında alınan kararları değerlendirdiler.",
     ["Savcılıkça yürütülen bir soruşturma kapsamında alınan kararlar"], []),
    ("Kurul toplandı. Komutanlar, yürütülen bir soruşturma kapsamında ortaya çıkan durumu değerlendirdi.",
     ["yürütülen bir soruşturma kapsamında ortaya çıkan durum"], []),
    ("Kurul toplandı. Görüşmede, iki kent arasındaki işbirliğinin daha da geliştirilerek güçlendirilmesi ele alındı.",
     ["iki kent arasındaki işbirliğinin daha da geliştirilerek güçlendirilmesi"], []),
    ("Kurul toplandı. Hizmet kalitesini kalıcı olarak artırmaya yönelik tedbirler görüşüldü.",
     ["Hizmet kalitesini kalıcı olarak artırmaya yönelik tedbirler"], []),
    ("Kurul toplandı. Teklif, yarın Plan ve Bütçe Komisyonu'nda görüşülecek.", ["Teklif"], []),
    ("Konsey toplandı. Konsey, Kıbrıs'taki BM Barış Gücü (UNFICYP) hakkında bilgi aldı.", ["Kıbrıs'taki BM Barış Gücü (UNFICYP)"], []),
    # a "ve" inside a title: the body's name, a law's title with a case ending inside it
    ("Meclis toplandı. Toplantıda Tarım ve Orman Komisyonunun sulama önerisi görüşüldü.",
     ["Tarım ve Orman Komisyonunun sulama önerisi"], ["Tarım"]),
    ("Meclis toplandı. Genel Kurulda Maden Kanunu ile Bazı Kanunlarda Değişiklik öngören teklif görüşüldü.",
     ["Maden Kanunu ile Bazı Kanunlarda Değişiklik öngören teklif"], ["Maden Kanunu"]),
]

TWO_NAMES = [
    # a country before "ve" is a name of its own, not a word of a title
    ("Kabine toplandı. Toplantıda Japonya ve Avrupa Birliği ele alındı.", ["Japonya", "Avrupa Birliği"]),
]


@pytest.mark.parametrize(("text", "expected"), CUE_FORMS)
def test_a_cue_form_states_an_agenda(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize("text", NO_STATEMENT)
def test_a_cue_word_in_another_sense_states_no_agenda(text):
    assert topics(text) == []


@pytest.mark.parametrize(("text", "expected"), LIST_SHAPES)
def test_a_list_shape_gives_its_items(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(("text", "expected"), TWO_NAMES)
def test_a_country_and_a_body_are_two_items(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(("text", "expected", "not_alone"), ITEM_BOUNDARIES)
def test_an_item_keeps_its_phrase_whole(text, expected, not_alone):
    found = topics(text)
    assert found == expected
    assert not set(not_alone) & set(found)


def test_a_headline_with_an_agenda_cue_states_its_topics():
    text = "Tarım ve su masada\n\nBakanlar bugün Ankara'da bir araya geldi. Toplantı üç saat sürdü."
    assert topics(text) == ["Tarım", "su"]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liderler yarın görüşecek. Ege'deki gelişmeler de iki liderin gündeminde olacak.", ["Ege'deki gelişmeler"]),
        ("Kurul toplandı. Görüşmede, il başkanının itirazları ile bütçe değerlendirildi.", ["il başkanının itirazları", "bütçe"]),
    ],
)
def test_an_owner_in_the_genitive(text, expected):
    """Before ``gündeminde`` the genitive names whose agenda it is; before a possessed noun
    it is part of the item."""
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Komisyon toplandı. Komisyon, Sokak Hayvanlarının Korunmasına Dair Kanun Teklifini görüşecek.",
         ["Sokak Hayvanlarının Korunmasına Dair Kanun Teklifi"]),
        ("Kabine toplanacak. Vergi konularının da ele alınacağı toplantı sürecinde kira artışları ve konut da görüşülecek.",
         ["Vergi konuları", "kira artışları", "konut"]),
        ("Kurul toplandı. Görüşmelerde Sayıştay, Meclis'in yanı sıra 12 bakanlık bütçesi ele alındı.",
         ["Sayıştay", "Meclis", "12 bakanlık bütçesi"]),
    ],
)
def test_titles_scenes_and_additive_lists(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kabine toplandı. Toplantıda hem vergi hem de kira artışları ele alındı.", ["vergi", "kira artışları"]),
        ("Meclis toplandı. Toplantıda 4 gündem dışı olmak üzere 15 madde görüşüldü.", []),
        ("Meclis toplandı. İl Meclisi'nin Mart ayı toplantısı gündeme geldi.", []),
    ],
)
def test_pairs_and_vague_or_meeting_only_items(text, expected):
    assert topics(text) == expected
