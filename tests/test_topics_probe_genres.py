"""Agenda statements in the genres of news that report what a meeting covers, probed with
sentences written for these tests (issue 16, probe round): councils, cabinet, security
council, party boards, commissions, phone calls, summits, chambers, clubs, universities;
and statements of the same genres that name no agenda (speeches, hearings, match reports,
votes and decisions). Each row is one behaviour."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


NEW_FORMS = [
    # (sentence, expected items)
    # commas alone join three nominative items after the meeting's scene
    ("Toplantıda; Ukrayna'daki savaşın son durumu, Kafkasya'daki barış süreci, Irak'taki gelişmeler kapsamlı olarak "
     "ele alınmıştır.", ["Ukrayna'daki savaşın son durumu", "Kafkasya'daki barış süreci", "Irak'taki gelişmeler"]),
    ("Toplantıda köy yollarının bakımı, okul onarımları, sulama kanalları görüşüldü.",
     ["köy yollarının bakımı", "okul onarımları", "sulama kanalları"]),
    # a row of clauses is no list: a -DI past without an owner in the genitive is a verb
    ("Toplantıda bakan konuştu, vali dinledi, kentteki sorunlar görüşüldü.", ["kentteki sorunlar"]),
    # the past of a verb of meeting closes its clause before the list
    ("Bakan, Ukraynalı mevkidaşıyla telefonda görüştü ve tahıl koridorunun geleceği üzerine fikir teatisinde bulundu.",
     ["tahıl koridorunun geleceği"]),
    # a partner between the accusative list and the active verb
    ("Fidan, Gazze'deki durumu telefonda Rus mevkidaşıyla görüştü.", ["Gazze'deki durum"]),
    ("Erdoğan, ikili ilişkileri ve bölgesel gelişmeleri ABD Başkanı Trump ile telefonda görüştü.",
     ["ikili ilişkiler", "bölgesel gelişmeler"]),
    ("Vali, toplantıda kış aylarında yaşanabilecek kesintilere karşı alınacak önlemleri kurum müdürleriyle istişare etti.",
     ["kış aylarında yaşanabilecek kesintilere karşı alınacak önlemler"]),
    # the meeting in the genitive is the subject of a reported active cue
    ("Açıklamada, kurulun düzensiz göçle mücadele konusunu ele aldığı bildirildi.", ["düzensiz göçle mücadele konusu"]),
    ("PPK toplantı özetinde, kurulun enflasyon beklentilerindeki bozulmayı değerlendirdiği belirtildi.",
     ["enflasyon beklentilerindeki bozulma"]),
    # a time in the locative says when, the list starts after it
    ("Liderler, zirvenin son gününde yapay zekâ ve ekonomik güvenlik konularına odaklandı.",
     ["yapay zekâ", "ekonomik güvenlik"]),
    ("Zirvenin ikinci gününde iklim finansmanı ve enerji görüşüldü.", ["iklim finansmanı", "enerji"]),
    # boards named by their acronyms, and other meeting nouns
    ("MYK'da ayrıca il kongrelerinin takvimi değerlendirildi.", ["il kongrelerinin takvimi"]),
    ("MGK'da Suriye'deki gelişmeler değerlendirildi.", ["Suriye'deki gelişmeler"]),
    ("Senatoda yeni açılacak bölümler görüşüldü.", ["yeni açılacak bölümler"]),
    ("Belediye encümeninde kaldırım ihalesi görüşüldü.", ["kaldırım ihalesi"]),
    # briefing verbs and shared views at a meeting
    ("Toplantıda ayrıca orman yangınlarına karşı alınacak tedbirlere ilişkin bir brifing verildi.",
     ["orman yangınlarına karşı alınacak tedbirler"]),
    ("Toplantıda Rektör, kampüsteki yapılaşma çalışmaları hakkında akademisyenleri bilgilendirdi.",
     ["kampüsteki yapılaşma çalışmaları"]),
    ("Toplantıda taraflar, liman işletmesine ilişkin görüşlerini paylaştı.", ["liman işletmesi"]),
    # a colon list after "şunlar oldu", a nominal predicate with "öne çıkan konu"
    ("Toplantıda ele alınan başlıklar şunlar oldu: sınır kapılarının modernizasyonu, gümrük işlemlerinin "
     "hızlandırılması ve lojistik merkezler.",
     ["sınır kapılarının modernizasyonu", "gümrük işlemlerinin hızlandırılması", "lojistik merkezler"]),
    ("Toplantıda öne çıkan konu, kentteki konut sıkıntısı oldu.", ["kentteki konut sıkıntısı"]),
]


GENRES = [
    # already read before this round, kept as a table of the genres
    ("Belediye meclisinin ocak ayı oturumunda kent merkezindeki otopark ücretleri ve su tarifeleri görüşüldü.",
     ["kent merkezindeki otopark ücretleri", "su tarifeleri"]),
    ("Belediye meclisi toplantısında toplu taşıma ücretlerine yapılacak zam teklifi görüşülerek oy çokluğuyla kabul edildi.",
     ["toplu taşıma ücretlerine yapılacak zam teklifi"]),
    ("Kabine toplantısının ana gündemi enflasyonla mücadele oldu.", ["enflasyonla mücadele"]),
    ("Kabine toplantısında yeni anayasa çalışmaları ve vergi düzenlemesinin ele alınması bekleniyor.",
     ["yeni anayasa çalışmaları", "vergi düzenlemesi"]),
    ("Milli Güvenlik Kurulu toplantısında Irak'ın kuzeyindeki operasyonlar hakkında kurula bilgi sunuldu.",
     ["Irak'ın kuzeyindeki operasyonlar"]),
    ("CHP Parti Meclisi toplantısında kurultay takvimi ve parti tüzüğündeki değişiklikler ele alındı.",
     ["kurultay takvimi", "parti tüzüğündeki değişiklikler"]),
    ("TBMM Plan ve Bütçe Komisyonu'nda vergi kanunu teklifinin görüşmelerine başlandı.", ["vergi kanunu teklifi"]),
    ("Bakanlar, ortak basın toplantısında yaptıkları açıklamada, görüşmede göç ve sınır güvenliği konularını "
     "değerlendirdiklerini ifade etti.", ["göç", "sınır güvenliği"]),
    ("Sendika ile işveren temsilcileri arasındaki toplu sözleşme görüşmelerinde ücret zammı ve sosyal haklar masaya "
     "yatırıldı.", ["ücret zammı", "sosyal haklar"]),
    ("Kulübün yönetim kurulu toplantısında teknik direktörün sözleşmesi ve transfer bütçesi görüşüldü.",
     ["teknik direktörün sözleşmesi", "transfer bütçesi"]),
    ("Bilim Kurulu toplantısında okulların açılmasına ilişkin görüş alışverişinde bulunuldu.", ["okulların açılması"]),
    ("AB liderleri zirvesinde göç politikası, genişleme süreci ve Rusya'ya yönelik yaptırımlar görüşülecek.",
     ["göç politikası", "genişleme süreci", "Rusya'ya yönelik yaptırımlar"]),
]


NO_AGENDA = [
    # a partner with a relative clause, a title before a name, "ve" in the partner: no list before the verb
    "Bakan, Ankara'yı ziyaret eden heyetle görüştü.",
    "Heyet, örgütün elebaşısı Ahmet Yılmaz ile görüştü.",
    "Heyet, Genel Başkan Ali Demir ve beraberindeki heyetiyle görüştü.",
    "Fidan mevkidaşı ile görüşecek.",
    # votes, decisions and agreements report an outcome, not an agenda
    "Belediye meclisinde su zammı oy çokluğuyla kabul edildi.",
    "Heyetler arası görüşmede, iki ülke arasındaki vize serbestisi konusunda mutabakata varıldı.",
    "Federasyon yönetim kurulu toplantısında liglerin başlama tarihleri kararlaştırıldı.",
    "Para Politikası Kurulu toplantısında politika faizi yüzde 40'ta sabit tutuldu.",
    # speeches, interviews, hearings, match reports, announcements
    "Genel Başkan, Parti Meclisi toplantısında yaptığı konuşmada hükümetin ekonomi politikasını eleştirdi.",
    "Bakan, röportajda ekonomi hakkında görüşlerini paylaştı.",
    "Sanık, duruşmada kendisine yöneltilen suçlamaları kabul etmedi.",
    "Mahkeme heyeti, duruşmada tanıkları dinledi ve dosyayı bilirkişiye gönderdi.",
    "Galatasaray, deplasmanda Konyaspor'u 3-1 yendi ve liderliğini sürdürdü.",
    "Maçın ardından konuşan teknik direktör, hakem kararlarını eleştirdi.",
    "Valilik, kar yağışı nedeniyle okulların yarın tatil edildiğini duyurdu.",
    "Telefon görüşmesinde, Erdoğan Gazze'de yaşanan insani trajediye dikkat çekti.",
    "Cumhurbaşkanı Erdoğan, Irak Başbakanı ile telefonda görüşerek bayramını tebrik etti.",
    "Ziyaret sırasında iki ülke arasında eğitim, sağlık ve kültür alanlarında üç anlaşma imzalandı.",
    "Gazze'deki ateşkes, dünya kamuoyunun gündeminde.",
    "Toplantıya valiler, belediye başkanları ve muhtarlar katıldı.",
    "MGK bildirisinde Türkiye'nin terörle mücadeledeki kararlılığının süreceği vurgulandı.",
]


@pytest.mark.parametrize(("text", "expected"), NEW_FORMS)
def test_new_agenda_forms(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(("text", "expected"), GENRES)
def test_agenda_genres(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize("text", NO_AGENDA)
def test_no_agenda_in_the_same_genres(text):
    assert topics(text) == []
