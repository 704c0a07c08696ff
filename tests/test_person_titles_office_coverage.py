"""Offices of the state, the security forces, courts, health, schools, religion, business, sport and
diplomacy that the title lexicon lacked until round 20 (``data/titles.tsv``), and the lowercase fields
said before an office (``data/office_fields.tsv``), probed with sentences written for these tests.
Titles are compared case-folded, as the scorer compares them."""

import pytest

import pipeline
from pipeline.lang.tr.text import turkish_lower


def folded_titles(text: str) -> dict[str, list[str]]:
    return {e.name: sorted(turkish_lower(t.title) for t in e.titles or [])
            for e in pipeline.extract(text).entities if e.type == "PERSON"}


def expected(titles: dict[str, list[str]]) -> dict[str, list[str]]:
    return {name: sorted(turkish_lower(t) for t in said) for name, said in titles.items()}


OFFICES = [
    # provincial administration and inspection
    ('Eski Defterdar Ömer Faruk Yılmaz emekliye ayrıldı.', {'Ömer Faruk Yılmaz': ['eski Defterdar']}),
    ('Müdire Selma Aydın öğrencileri karşıladı.', {'Selma Aydın': ['Müdire']}),
    ('Belediyeye atanan kayyum Ahmet Demir göreve başladı.', {'Ahmet Demir': ['Kayyum']}),
    ('Kamu Başdenetçisi Şeref Yücel şikâyetleri değerlendirdi.', {'Şeref Yücel': ['Kamu Başdenetçisi']}),
    ('BM Özel Raportörü Elena Marsh raporunu sundu.', {'Elena Marsh': ['BM Özel Raportörü']}),
    ('Vergi dairesi müdürü Kaan Tekin mükellefleri uyardı.', {'Kaan Tekin': ['Vergi dairesi müdürü']}),
    # courts
    ('Noter Gülay Aksu vekaletnameyi onayladı.', {'Gülay Aksu': ['Noter']}),
    ('Arabulucu Cem Yavuz taraflar arasında anlaşma sağladı.', {'Cem Yavuz': ['Arabulucu']}),
    ('Baro başkanı Deniz Ulu yeni adli yılı değerlendirdi.', {'Deniz Ulu': ['Baro başkanı']}),
    # police and army
    ('Başkomiser Tolga Şen ekibiyle olay yerine gitti.', {'Tolga Şen': ['Başkomiser']}),
    ('Zabıta Amiri Recep Kaya pazar yerini denetledi.', {'Recep Kaya': ['Zabıta Amiri']}),
    ('Emniyet Amiri Oya Kurt basına bilgi verdi.', {'Oya Kurt': ['Emniyet Amiri']}),
    ('Çarşı ve Mahalle Bekçisi Sinan Aslan şüpheliyi yakaladı.',
     {'Sinan Aslan': ['Çarşı ve Mahalle Bekçisi']}),
    ('Piyade Er Mustafa Yılmaz için tören düzenlendi.', {'Mustafa Yılmaz': ['Piyade Er']}),
    ('Sözleşmeli Er Hakan Tuna nöbet sırasında yaralandı.', {'Hakan Tuna': ['Sözleşmeli Er']}),
    ('Kıdemli Başçavuş Ali Demir emekli oldu.', {'Ali Demir': ['Kıdemli Başçavuş']}),
    ('Üstçavuş Burak Özer tatbikata katıldı.', {'Burak Özer': ['Üstçavuş']}),
    ('Tabur komutanı Yüzbaşı Emre Tan birliği denetledi.', {'Emre Tan': ['Tabur komutanı', 'Yüzbaşı']}),
    # health and schools
    ('Başhemşire Nuray Çelik nöbet listesini açıkladı.', {'Nuray Çelik': ['Başhemşire']}),
    ('Kalp cerrahisi uzmanı Ayşe Demir ameliyatı anlattı.', {'Ayşe Demir': ['Kalp cerrahisi uzmanı']}),
    ('Mahalledeki eczacı Leyla Yıldız ilaçları hazırladı.', {'Leyla Yıldız': ['eczacı']}),
    ('Doçent Ayşe Kara sunum yaptı.', {'Ayşe Kara': ['Doçent']}),
    ('Okulun rehber öğretmeni Elif Kara velilerle görüştü.', {'Elif Kara': ['rehber öğretmen']}),
    ('Bölüm başkanı Oğuz Er yeni dersleri tanıttı.', {'Oğuz Er': ['Bölüm başkanı']}),
    # religion
    ('Müezzin Hasan Uçar ezanı okudu.', {'Hasan Uçar': ['Müezzin']}),
    ('Metropolit Yusuf Çetin törene katıldı.', {'Yusuf Çetin': ['Metropolit']}),
    # business
    ('Genel Koordinatör Seda Akın projeyi anlattı.', {'Seda Akın': ['Genel Koordinatör']}),
    ('Yönetim kurulu azası Mehmet Öz istifa etti.', {'Mehmet Öz': ['Yönetim kurulu azası']}),
    ('Murahhas Aza Can Erdem bütçeyi açıkladı.', {'Can Erdem': ['Murahhas Aza']}),
    ('Yönetici Ortak Zeynep Uz yeni ofisi açtı.', {'Zeynep Uz': ['Yönetici Ortak']}),
    ('Deniz Holding patronu Rıza Tan ödülünü aldı.', {'Rıza Tan': ['Deniz Holding patronu']}),
    # sport
    ('Yardımcı Antrenör Serkan Ak takımı çalıştırdı.', {'Serkan Ak': ['Yardımcı Antrenör']}),
    ('Kondisyoner Veli Öztürk antrenmanı yönetti.', {'Veli Öztürk': ['Kondisyoner']}),
    ('Dördüncü Hakem Kaan Uslu uzatmayı gösterdi.', {'Kaan Uslu': ['Dördüncü Hakem']}),
    ('Milli oyuncu Arda Tek gol attı.', {'Arda Tek': ['Milli Oyuncu']}),
    ('Futbolcunun menajeri Ali Kaya transferi doğruladı.', {'Ali Kaya': ['menajer']}),
    # diplomacy
    ('Fahri Konsolos Ahmet Kara resepsiyon verdi.', {'Ahmet Kara': ['Fahri Konsolos']}),
    ('Askeri Ataşe Albay Nuri Pak törene katıldı.', {'Nuri Pak': ['Askeri Ataşe', 'Albay']}),
]


@pytest.mark.parametrize(("text", "titles"), OFFICES)
def test_an_office_of_the_lexicon_is_the_title_of_the_name_after_it(text, titles):
    assert folded_titles(text) == expected(titles)


NO_TITLE = [
    # surnames that are also rank words or office words stay names
    ('Levent Er ve Ahmet Er toplantıda konuştu.', {'Levent Er': [], 'Ahmet Er': []}),
    ('Ekrem İmamoğlu açıklama yaptı.', {'Ekrem İmamoğlu': []}),
    # a school named for the imams' training keeps its name whole
    ('İmam Hatip Lisesi Müdürü Ali Kaya törende konuştu.', {'Ali Kaya': ['İmam Hatip Lisesi Müdürü']}),
    # an owner's description is a title only when the owner is said
    ('Patron Ali Kaya yatırımı anlattı.', {'Ali Kaya': []}),
]


@pytest.mark.parametrize(("text", "titles"), NO_TITLE)
def test_words_that_look_like_new_offices_stay_what_they_are(text, titles):
    assert folded_titles(text) == expected(titles)
