"""Agenda statements in shapes that the annotated real news shows rarely (issue 16, round 4):
quoted statements, relative clauses of the meeting, passive discussion verbs, times and
titles around a list, and questions or demands that state nothing. The sentences are
written for these tests; each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


STATEMENTS = [
    # (sentence, expected items)
    # a finite passive verb before "ve" ends the clause before the list
    ("Toplantı, bakanlığın Ankara yerleşkesinde düzenlendi ve eğitim çalışmaları ile yeni projeler değerlendirildi.",
     ["eğitim çalışmaları", "yeni projeler"]),
    # so does the past of a light verb ("açıklama yaptı ve")
    ("Heyet geldi. Bakan açıklama yaptı ve tarım ile su yönetimi görüşüldü.", ["tarım", "su yönetimi"]),
    # a discussion noun after an adjective, in the plural
    ("Bakan, toplantıda okul onarımları ve öğretmen atamaları konularında önemli bilgiler sundu.",
     ["okul onarımları", "öğretmen atamaları"]),
    # the relative clause of the meeting names its topic
    ("Vali başkanlığında toplantı yapıldı. Sel ile ilgili genel durumun konuşulduğu toplantıda yardımlar planlandı.",
     ["Sel ile ilgili genel durum"]),
    # "X'in değerlendirmelerinin yapılacağı toplantı": the owner of the talks is a topic
    ("Kabine toplanacak. 2025 yılının değerlendirmelerinin yapılacağı toplantıda yeni hedefler de konuşulacak.",
     ["2025 yılı", "yeni hedefler"]),
    # academics presenting are participants, not topics
    ("Toplantı yapıldı. Toplantıda akademisyenler ekonomiye ilişkin sunumlar yaptı.", ["ekonomi"]),
    # a passive discussion verb has no subject: the first chunk is an item
    ("Komite toplandı. Tarımın ihracat başarısı, yeni hedefler ve kritik projelere ilişkin değerlendirmelerde bulunulmuştur.",
     ["Tarımın ihracat başarısı", "yeni hedefler", "kritik projeler"]),
    # a quote after a colon is the statement's own words, read as if unquoted
    ("Komite toplandı. Açıklamada şunlar kaydedildi: \"Tarımın ihracat başarısı, yeni hedefler ve kritik projelere ilişkin "
     "değerlendirmelerde bulunulmuş, kararlılık vurgulanmıştır.\"",
     ["Tarımın ihracat başarısı", "yeni hedefler", "kritik projeler"]),
    # a quoted statement after a speech: the speech is its source, not the scene
    ("Zirve yapılacak. Açıklamada, \"Zirve, bölgedeki su kıtlığını ele alacak. Katılım yüksek olacak.\" denildi.",
     ["bölgedeki su kıtlığı"]),
    # a quote closed before a verb of saying ends its clause ("... gündemdedir” demişti")
    ('Kabine toplandı. Bakan, ziyarete ilişkin yaptığı açıklamada, "Ticareti artırmaya yönelik çeşitli anlaşmaların '
     'imzalanması da gündemdedir" demişti.',
     ["Ticareti artırmaya yönelik çeşitli anlaşmaların imzalanması"]),
    # a locative before "olan" is a relative clause inside the item
    ("Kabine toplandı. Bakan: “Ülkenin gündeminde olan kritik konuları değerlendirdik.”",
     ["Ülkenin gündeminde olan kritik konular"]),
    # a council's numbered agenda point "kapsamında": one item up to the last comma
    ("Meclis toplandı. Gündemin 4. maddesi kapsamında ise meclisin 2026 yılı komisyon raporu bedeli, oy birliğiyle 20 TL olarak belirlendi.",
     ["meclisin 2026 yılı komisyon raporu bedeli"]),
    # a quote before a verb of saying is a quoted statement; an -lI adjective keeps its head noun
    ("Bakanlar görüştü. Bakan, görüşme için \"İki ülke arasındaki zorlu meseleyi ve beklentilerimizi ele aldık\" dedi.",
     ["İki ülke arasındaki zorlu mesele", "beklentilerimiz"]),
    # a participant set off by "de" is the subject, not an item
    ("Toplantı yapıldı. Toplantıda, kurumların bölge müdürleri de yeni projeler hakkında sunumlar yaptı.",
     ["yeni projeler"]),
]

ITEM_SHAPES = [
    # the time at a list's end goes; a meeting's name runs over its date words
    ("Meclis toplanacak. 2026 yılı bütçesi, Belediye Meclisi'nin Aralık ayı 2. Birleşimi'nde bugün saat 14.00'te görüşülecek.",
     ["2026 yılı bütçesi"]),
    ("Meclis toplanacak. Dosyanın önümüzdeki günlerde komisyonda ele alınması bekleniyor.", ["Dosya"]),
    # an -sIz adjective and an -(y)An participle before "ve" share the head noun after it
    ("Zirve, bölge halkına yönelik acımasız ve benzeri görülmemiş saldırıları masaya yatıracak.",
     ["bölge halkına yönelik acımasız ve benzeri görülmemiş saldırılar"]),
    ("Toplantı yapıldı. Toplantıda devam eden ve planlanan projeler hakkında sunumlar yapıldı.",
     ["devam eden ve planlanan projeler"]),
    # two possessed owners in the genitive share the head noun after them
    ("Kurul toplandı. Ordumuzun ve güvenlik güçlerimizin ihtiyaçlarına yönelik projeler görüşüldü.",
     ["Ordumuzun ve güvenlik güçlerimizin ihtiyaçlarına yönelik projeler"]),
    # a name before "ve" shares the -ki of the classifier after the next name
    ("Zirve yapılacak. Zirve, bölgenin merkezi meselesi olan Filistin ve Kudüs konusundaki gelişmeleri ele alacak.",
     ["bölgenin merkezi meselesi olan Filistin ve Kudüs konusundaki gelişmeler"]),
    # "X'in yanında Y": X and also Y, as "yanı sıra"
    ("Heyetler görüştü. Görüşmede, sanat eğitiminin güçlendirilmesinin yanında göç konusunda istişarelerde bulunuldu.",
     ["sanat eğitiminin güçlendirilmesi", "göç"]),
    # a bare verbal noun before a possessed noun is part of a compound
    ("Kabine toplandı. Örgütün yapısını tasfiye etme sürecine dair gelişmeler değerlendirildi.",
     ["Örgütün yapısını tasfiye etme sürecine dair gelişmeler"]),
    # a parliament's round of talks: the owner in the genitive, the ordinal and a leading day go
    ("Meclis toplanıyor. Genel Kurul'da, Salı günü seçim kanununda değişiklik öngören teklifin ilk görüşmeleri yapılacak.",
     ["seçim kanununda değişiklik öngören teklif"]),
    # an adverb of manner before the cue goes
    ("Bakanlar görüştü. Görüşmede yeni iş birliği fırsatlarını da kapsamlı şekilde değerlendirdik.",
     ["yeni iş birliği fırsatları"]),
    # a quoted theme in the instrumental names the meeting its clause ends in
    ('Bakan, "Yeşil Enerji ve Akıllı Kentler" temasıyla başkentte gerçekleştirilen Türk Devletleri 9. Zirvesine katıldı.',
     ["Yeşil Enerji ve Akıllı Kentler"]),
    # the classifier after a list goes, but not after an -lI adjective, whose head it is
    ("Kurul toplandı. Göç, kuraklık ve tarım konuları görüşüldü.", ["Göç", "kuraklık", "tarım"]),
    ("Kurul toplandı. Göç, kuraklık ve zorlu konular görüşüldü.", ["Göç", "kuraklık", "zorlu konular"]),
    # a degree adverbial before the item goes
    ("Heyetler görüştü. Görüşmede büyük oranda ticaret ele alındı.", ["ticaret"]),
    # "X'in konularından biri olan Y" names Y
    ("Kabine toplanıyor. Kabine toplantısının en önemli konularından biri olan asgari ücret zammı da masaya yatırılacak.",
     ["asgari ücret zammı"]),
]

NO_STATEMENT = [
    # "V-Ip V-mA-": a question whether, no statement
    "Kurul toplandı. Başkan, tezkerenin Genel Kurul'da görüşülüp görüşülmeyeceğine ilişkin soruya yanıt verdi.",
    # a third person imperative: a demand
    "Meclis toplandı. Sendika, vergi yasasının da toplantıda ele alınsın dedi.",
    # a cue inside a title
    "Bakanlık, İki Ülke Arasında Gerçekleştirilen Güvenlik Görüşmesine İlişkin Bildiriyi yayınladı.",
    # a quoted statement's list stays inside the quote; "konu" alone names nothing
    'Kurul toplandı. Sözcü, sorular karşısında "Konuyu yetkili kurullarda görüşeceğiz." açıklamasını yaptı.',
    # a pronoun alone is no topic
    "Komisyon toplandı. Bu yaklaşım, bunların ciddi biçimde yeniden değerlendirilmesini simgeliyor.",
    # a theme of no meeting
    'Sanatçı, "Yeşil Enerji ve Akıllı Kentler" temasıyla bir sergi açtı.',
    # numbers, intensifiers and generic words name no topic
    "Meclis toplandı. Toplantıda dört gündem maddesi görüşülerek karara bağlandı.",
    "Kabine toplanıyor. Toplantının en önemli konuları masaya yatırılacak.",
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_a_statement_in_a_rarer_shape_gives_its_items(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(("text", "expected"), ITEM_SHAPES)
def test_an_item_is_cut_at_its_phrase(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize("text", NO_STATEMENT)
def test_a_question_a_demand_a_title_or_vague_words_state_no_topic(text):
    assert topics(text) == []
