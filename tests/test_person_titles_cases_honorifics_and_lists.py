"""Person titles (round 18, the pages pool): an office in a case names nobody after it, an
office said with ``olan`` before honorifics, academic ranks, the partitive plural, a label of
several names, Turkish bodies named with ``Türkiye``. Inputs are short sentences written for these tests."""

import pytest

import pipeline


def titled_persons(text: str) -> dict[str, list[str]]:
    return {e.name: [t.title for t in e.titles or []] for e in pipeline.extract(text).entities if e.type == "PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "Fransız liderinin Ahmet Kaya ile görüşmesi merak ediliyor.",
        "İran Dışişleri Bakanının Ahmet Kaya ile telefon görüşmesi uzun sürdü.",
        "Toplantıda Valiye Ahmet Kaya eşlik etti.",
        "Genel Müdür Yardımcısının Ahmet Kaya ile yaptığı görüşme ertelendi.",
    ],
)
def test_an_office_in_a_case_is_not_the_title_of_the_name_after_it(text):
    assert titled_persons(text) == {"Ahmet Kaya": []}


def test_the_speakers_possessive_is_no_case():
    assert titled_persons("Başkanımız Ahmet Kaya kürsüye çıktı.") == {"Ahmet Kaya": ["Başkan"]}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Panelde Vakıf Başkanı olan Prof. Dr. Elif Sarı konuştu.", {"Elif Sarı": ["Vakıf Başkanı"]}),
        ("Açılışta Kent Müzesi Müdürü olan Dr. Elif Sarı konuştu.", {"Elif Sarı": ["Kent Müzesi Müdürü"]}),
        (
            "Panelde Ege Üniversitesi Kimya Bölümü Başkanı, Doğa Derneği Başkanı olan Prof. Dr. "
            "Elif Sarı konuştu.",
            {"Elif Sarı": ["Ege Üniversitesi Kimya Bölümü Başkanı", "Doğa Derneği Başkanı"]},
        ),
    ],
)
def test_offices_said_with_olan_reach_past_the_honorifics(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Panelde Dr. Öğr. Üyesi Cem Baysal sunum yaptı.", {"Cem Baysal": []}),
        ("Panelde Öğr. Gör. Cem Baysal sunum yaptı.", {"Cem Baysal": []}),
        ("Panelde Yrd. Doç. Dr. Cem Baysal sunum yaptı.", {"Cem Baysal": []}),
        ("Panelde Doktor Öğretim Üyesi Cem Baysal sunum yaptı.", {"Cem Baysal": ["Doktor Öğretim Üyesi"]}),
    ],
)
def test_academic_ranks_abbreviated_are_honorifics_and_spelled_out_one_office(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Şehir Hastanesi Göz Hekimi Dr. Nur Aksu ameliyatı yaptı.", {"Nur Aksu": ["Şehir Hastanesi Göz Hekimi"]}),
        ("Toplantıda Nöroloji Uzmanı Dr. Nur Aksu uyarılarda bulundu.", {"Nur Aksu": ["Nöroloji Uzmanı"]}),
        ("Kliniğin Uzman Doktor Nur Aksu hastaları kabul etti.", {"Nur Aksu": ["Uzman Doktor"]}),
        ("Olayda Uzman Çavuş Mert Kılınç yaralandı.", {"Mert Kılınç": ["Uzman Çavuş"]}),
        ("Olayda Piyade Uzman Onbaşı Mert Kılınç yaralandı.", {"Mert Kılınç": ["Piyade Uzman Onbaşı"]}),
    ],
)
def test_specialists_and_physicians_of_a_field(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Davada sanıkların avukatlarından Selin Arık söz aldı.", {"Selin Arık": ["avukat"]}),
        ("Toplantıda Dernek Yönetim Kurulu Üyelerinden Selin Arık konuştu.",
         {"Selin Arık": ["Dernek Yönetim Kurulu Üyesi"]}),
    ],
)
def test_one_of_a_plural_in_the_ablative_holds_the_office(text, expected):
    assert titled_persons(text) == expected


def test_a_plural_label_gives_its_office_to_each_name_on_its_line():
    text = "Maç 80-75 bitti.\nHakemler: Ahmet Kaya (Sırbistan), Mehmet Demir (İtalya), Ali Yılmaz (Polonya)\nSalon: Spor Salonu"
    assert titled_persons(text) == {name: ["Hakem"] for name in ("Ahmet Kaya", "Mehmet Demir", "Ali Yılmaz")}


def test_a_plural_label_reaches_names_with_a_reporters_marks():
    text = "Maç 1-1 bitti.\nHakemler: Ahmet Kaya xx, Mehmet Demir x, Ali Yılmaz xxx\nStat: Şehir Stadı"
    assert titled_persons(text) == {name: ["Hakem"] for name in ("Ahmet Kaya", "Mehmet Demir", "Ali Yılmaz")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dün Türkiye Büyük Millet Meclisi Başkanı Ahmet Kaya konuştu.",
         {"Ahmet Kaya": ["Türkiye Büyük Millet Meclisi Başkanı"]}),
        ("Dün Türkiye İhracatçılar Meclisi Başkanı Ahmet Kaya konuştu.",
         {"Ahmet Kaya": ["Türkiye İhracatçılar Meclisi Başkanı"]}),
        ("Dün Azerbaycan Milli Meclisi Başkanı Elçin Mammadov konuştu.",
         {"Elçin Mammadov": ["Milli Meclis Başkanı"]}),
        ("Dün Türkiye Dışişleri Bakanı Ahmet Kaya konuştu.", {"Ahmet Kaya": ["Dışişleri Bakanı"]}),
    ],
)
def test_turkish_bodies_keep_the_country_that_opens_their_names(text, expected):
    assert titled_persons(text) == expected


def test_a_time_closing_the_sentence_before_is_no_ordinal_of_the_office():
    text = "Tören saat 14.30. Demir Grup Yönetim Kurulu Başkanı Can Oral da gelecek."
    assert titled_persons(text) == {"Can Oral": ["Demir Grup Yönetim Kurulu Başkanı"]}


def test_a_lowercase_head_takes_no_ordinary_word_opening_the_sentence():
    assert titled_persons("Şikayetçi avukatı Ali Kaya açıklama yaptı.") == {"Ali Kaya": ["avukat"]}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Açılışta Parti Genel Başkan Yardımcımız Deniz Acar konuşacak.",
         {"Deniz Acar": ["Parti Genel Başkan Yardımcısı"]}),
        ("Kongreye AK Parti İzmir Milletvekili Aday Adayı Deniz Acar katıldı.",
         {"Deniz Acar": ["AK Parti İzmir Milletvekili Aday Adayı"]}),
    ],
)
def test_a_deputy_or_candidate_word_keeps_its_possessive(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Oylamada sendikanın mevcut başkanı Selin Arık yeniden seçildi.", {"Selin Arık": ["Başkan"]}),
        ("Seçimden sonra koalisyonun yeni başbakanı olacak Selin Arık konuştu.", {"Selin Arık": ["Başbakan"]}),
    ],
)
def test_an_office_of_an_owner_in_the_genitive_is_said_bare(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Maçta başantrenör Luca Bernardini kenardaydı.", {"Luca Bernardini": ["Başantrenör"]}),
        ("Duruşmada savcı Deniz Acar mütalaasını açıkladı.", {"Deniz Acar": ["Savcı"]}),
    ],
)
def test_a_coach_or_a_prosecutor_in_lowercase_announces_the_name(text, expected):
    assert titled_persons(text) == expected


def test_a_misspelled_surgeon_abbreviation_is_an_honorific():
    text = "Ameliyatı Kalp Cerrahisi Uzmanı Opr. Dr. Deniz Acar yaptı."
    assert titled_persons(text) == {"Deniz Acar": ["Kalp Cerrahisi Uzmanı"]}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Milli Savunma Bakanı Deniz Acar geldi. Millî Savunma Bakanı Acar konuştu.",
         {"Deniz Acar": ["Milli Savunma Bakanı"]}),
        ("Dün Türkiye Büyük Millet Meclisi (TBMM) Başkanı Deniz Acar geldi. TBMM Başkanı Acar konuştu.",
         {"Deniz Acar": ["Türkiye Büyük Millet Meclisi Başkanı"]}),
    ],
)
def test_one_office_in_two_spellings_is_kept_once(text, expected):
    assert titled_persons(text) == expected


def test_a_counted_singular_office_is_each_listed_names():
    text = "Partiden iki milletvekili Selin Arık ve Murat Kılınç istifa etti."
    assert titled_persons(text) == {"Selin Arık": ["Milletvekili"], "Murat Kılınç": ["Milletvekili"]}


def test_an_office_reaches_a_name_in_capitals_past_the_honorifics():
    text = "Dün Kimya Bölümü Öğretim Üyesi Doç. Dr. Selin ARIK yeni bir bileşik buldu."
    assert titled_persons(text) == {"Selin Arık": ["Kimya Bölümü Öğretim Üyesi"]}
