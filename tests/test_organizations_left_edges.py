"""Where an organization's name begins when words of the sentence stand right before it: a
person's name, a name across ``ve``, a sentence's first common noun; and the dot of a legal form
before an office title. Sentences written for these tests."""

import pytest

import pipeline


def names_of(text: str, kind: str) -> list[str]:
    return [e.name for e in pipeline.extract(text, published="2026-03-10").entities if e.type == kind]


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Operasyonu yürüten Ayhan Koç Terörle Mücadele Şube Müdürlüğünde görev yapıyor.",
         "Terörle Mücadele Şube Müdürlüğü"),
        ("Dosya Ayhan Koç Ankara Cumhuriyet Başsavcılığına gönderildi.", "Ankara Cumhuriyet Başsavcılığı"),
        ("Soruşturmayı Selim Yılmaz İzmir Emniyet Müdürlüğünde yürütüyor.", "İzmir Emniyet Müdürlüğü"),
    ],
)
def test_a_listed_persons_name_before_a_state_office_is_no_word_of_it(text, organization):
    assert names_of(text, "ORGANIZATION") == [organization]


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Öğrencilere Vehbi Koç Vakfı burs verdi.", "Vehbi Koç Vakfı"),
        ("Öğrenciler Ahmet Taner Kışlalı Lisesi'nde okuyor.", "Ahmet Taner Kışlalı Lisesi"),
        ("Şehit Ali Kaya Jandarma Karakol Komutanlığı açıldı.", "Şehit Ali Kaya Jandarma Karakol Komutanlığı"),
    ],
)
def test_a_body_named_after_a_person_stays_whole(text, organization):
    assert names_of(text, "ORGANIZATION") == [organization]


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        ("Törene Zafer Demircan ve Akkuyu Nükleer A.Ş. yetkilileri katıldı.", ["Akkuyu Nükleer A.Ş."]),
        ("Toplantıya Bakan Yardımcısı Ali Kaya ve Akkuyu Nükleer A.Ş. yetkilileri katıldı.",
         ["Akkuyu Nükleer A.Ş."]),
        ("İhaleyi Enerjisa Üretim ve Poyraz Rüzgar Yatırımları A.Ş. kazandı.",
         ["Enerjisa Üretim", "Poyraz Rüzgar Yatırımları A.Ş."]),
        ("Projeyi Yapı Merkezi ve Doğuş İnşaat üstlendi.", ["Yapı Merkezi", "Doğuş İnşaat"]),
    ],
)
def test_a_ve_beside_a_listed_name_or_a_persons_joins_two_names(text, organizations):
    assert names_of(text, "ORGANIZATION") == organizations


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Toplantıya Ali Kaya ve Ege Kalkınma Ajansı yetkilileri katıldı.", "Ege Kalkınma Ajansı"),
        ("Törene Vali Ayhan Koç ve Kıyı Sağlık Vakfı temsilcileri katıldı.", "Kıyı Sağlık Vakfı"),
    ],
)
def test_a_listed_persons_name_before_ve_is_no_word_of_the_body_after(text, organization):
    assert names_of(text, "ORGANIZATION") == [organization]


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Açıklama Büyükşehir Belediyesi'nden geldi.", "Büyükşehir Belediyesi"),
        ("Teklif Nilüfer Belediyesi tarafından hazırlandı.", "Nilüfer Belediyesi"),
        ("Toplantı Millet Kongre ve Kültür Merkezi'nde yapıldı.", "Millet Kongre ve Kültür Merkezi"),
    ],
)
def test_a_sentences_first_common_noun_before_a_name_opener_is_the_sentences(text, organization):
    assert names_of(text, "ORGANIZATION") == [organization]


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("İl Genel Meclisi Ocak ayı toplantısı yapıldı.", "İl Genel Meclisi"),
        ("Merkez Bankası faizi sabit tuttu.", "Merkez Bankası"),
        ("Temiz Hava Platformu raporunu açıkladı.", "Temiz Hava Platformu"),
    ],
)
def test_a_name_opening_with_a_listed_or_local_word_keeps_it(text, organization):
    assert organization in names_of(text, "ORGANIZATION")


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Akkuyu Nükleer A.Ş. Genel Müdürü Anastasia Zoteeva açıklama yaptı.", "Akkuyu Nükleer A.Ş."),
        ("Anlaşmayı Poyraz Rüzgar Yatırımları A.Ş. Yönetim Kurulu Başkanı Ali Kaya imzaladı.",
         "Poyraz Rüzgar Yatırımları A.Ş."),
    ],
)
def test_the_dot_of_a_legal_form_before_an_office_title_is_the_forms(text, organization):
    assert names_of(text, "ORGANIZATION") == [organization]
