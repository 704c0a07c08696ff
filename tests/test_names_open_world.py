"""Names in open-world news: the title phrase, persons outside the lists, organizations and
missions found by their grammar. Inputs are short sentences written for these tests."""

import pytest

import pipeline


def entities(text: str, entity_type: str):
    return [e for e in pipeline.extract(text).entities if e.type == entity_type]


def person_names(text: str) -> list[str]:
    return sorted(p.name for p in entities(text, "PERSON"))


def titles_of(text: str) -> list[tuple[str, str | None]]:
    (person,) = entities(text, "PERSON")
    return [(t.title, t.country) for t in person.titles]


def organization_names(text: str) -> list[str]:
    return sorted(o.name for o in entities(text, "ORGANIZATION"))


# --- the title phrase -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Törende Yunan Amiral Kostas Dimitriou konuştu.", [("Amiral", "GR")]),
        ("Görevi Türk Tümgeneral Ali Kaya devraldı.", [("Tümgeneral", "TR")]),
        ("Toplantıdan sonra Fransız Başbakanı Jean Dupont konuştu.", [("Başbakan", "FR")]),
    ],
)
def test_a_demonym_before_an_office_gives_its_country_and_leaves_the_title(text, expected):
    assert titles_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Çin Halk Cumhuriyeti'nin Türkiye Büyükelçisi Li Wei katıldı.", [("Büyükelçi", "CN")]),
        ("Rusya'nın Ankara Büyükelçisi Ivan Petrov katıldı.", [("Ankara Büyükelçisi", "RU")]),
        ("Kongo Demokratik Cumhuriyeti (KDC) Dışişleri Bakanı Jean Mbala konuştu.", [("Dışişleri Bakanı", "CD")]),
    ],
)
def test_countries_before_an_office_leave_the_title(text, expected):
    assert titles_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Eski Cumhurbaşkanı Abdullah Gül konuştu.", "eski Cumhurbaşkanı"),
        ("Törene eski Başbakan Ali Kaya da katıldı.", "eski Başbakan"),
        ("Rusya eski Dışişleri Bakanı Igor Ivanov geldi.", "eski Dışişleri Bakanı"),
    ],
)
def test_eski_stays_in_the_title_and_makes_a_former_office(text, expected):
    (person,) = entities(text, "PERSON")
    assert [t.title for t in person.titles] == [expected]
    assert person.titles[0].role.startswith("former_")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("KEK 5. Dönem Toplantısı Hazine ve Maliye Bakanı Ali Kaya ile yapıldı.", "Hazine ve Maliye Bakanı"),
        ("İşte Akşam Gazetesi yazarı Zeynep Aksoy'un yazısı.", "Akşam Gazetesi yazarı"),
        ("Trabzonspor Teknik Direktörü Ali Kaya açıklama yaptı.", "Trabzonspor Teknik Direktörü"),
    ],
)
def test_the_left_edge_of_a_title_stops_at_what_is_no_part_of_the_office(text, expected):
    assert [title for title, _ in titles_of(text)] == [expected]


def test_an_office_said_with_olarak_after_a_suffixed_name_is_that_persons():
    assert titles_of("Kurul, Ali Kaya'yı Genel Müdür olarak atadı.") == [("Genel Müdür", None)]


# --- persons ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Başbakan Binali Yıldırım da Bahçeli ile görüştü.", ["Bahçeli", "Binali Yıldırım"]),
        ("Brezilya Devlet Başkanı Lula da Silva konuştu.", ["Lula da Silva"]),
    ],
)
def test_da_between_names_is_the_clitic_next_to_turkish_words(text, expected):
    assert person_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dün Arda Turan için açıklama yapıldı.", ["Arda Turan"]),
        ("Sanığın avukatı Sinem Keleş Akgün, itiraz etti.", ["Sinem Keleş Akgün"]),
        ("Dosyayı Fehmi Yurt ve Gizem Ak inceledi.", ["Fehmi Yurt", "Gizem Ak"]),
    ],
)
def test_turkish_given_names_start_names_without_a_title(text, expected):
    assert person_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ERDOĞAN ZİRVEYE KATILIYOR\n\nToplantı yarın yapılacak.", []),
        ("Ekrem Yarın Ankara'ya Gidiyor\n\nToplantı yarın yapılacak.", []),
        ("Tören Fatih Saraçhane'de yapıldı.", []),
    ],
)
def test_headline_words_and_places_are_no_persons(text, expected):
    assert person_names(text) == expected


# --- organizations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dava İstanbul 40. Ağır Ceza Mahkemesi'nde görüldü.", ["İstanbul 40. Ağır Ceza Mahkemesi"]),
        ("Tatbikata 3'üncü Kolordu Komutanlığı katıldı.", ["3'üncü Kolordu Komutanlığı"]),
        ("Toplam 3 Belediye Başkanlığı ortak açıklama yaptı.", ["Belediye Başkanlığı"]),
    ],
)
def test_ordinals_belong_to_unit_names_and_cardinals_do_not(text, expected):
    assert organization_names(text) == expected


def test_a_short_form_of_a_longer_found_name_is_the_same_organization():
    text = "Dava Bolu 2. Asliye Ceza Mahkemesi'nde görüldü. Karar 2. Asliye Ceza Mahkemesi'nce verildi."
    assert organization_names(text) == ["Bolu 2. Asliye Ceza Mahkemesi"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bandırmaspor, Amedspor'u 2-1 yendi.", ["Amedspor", "Bandırmaspor"]),
        ("Maçta İstanbul Büyükşehir Belediyespor kazandı.", ["İstanbul Büyükşehir Belediyespor"]),
        ("Trendyol Süper Lig'de hafta tamamlandı.", ["Trendyol Süper Lig"]),
    ],
)
def test_clubs_by_their_ending_and_leagues_under_sponsor_names(text, expected):
    assert organization_names(text) == expected


# --- missions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, acronym",
    [
        ("Fırkateyn CTF-151 görevine katıldı.", "CTF-151"),
        ("Birleşik Görev Kuvveti 150'nin komutası devredildi.", "CTF-150"),
    ],
)
def test_numbered_task_forces_are_missions(text, acronym):
    assert [m.acronym for m in entities(text, "MISSION")] == [acronym]


def test_a_quoted_operation_keeps_its_first_word():
    # in quotes the listed operation is matched too (a quote opens a name: no suffix apostrophe)
    missions = entities("Komutan 'Pençe Kartal Harekâtı' hakkında bilgi verdi.", "MISSION")
    assert [m.name for m in missions] == ["Pençe-Kartal Harekâtı"]


def test_a_headline_clause_is_no_operation_name():
    assert entities("NATO Türkiye Komutasında Denizdeki Operasyonu Tamamladı", "MISSION") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("İzmir Büyükşehir Belediye Meclisi toplandı. Meclis'te bütçe kabul edildi.",
         ["İzmir Büyükşehir Belediye Meclisi"]),
        ("Yasa teklifi dün Meclis'e sunuldu.", ["Türkiye Büyük Millet Meclisi"]),
        ("Meclis Başkanı Ali Kaya konuştu.", []),
        ("Hazine ve Maliye Bakan Yardımcısı Ali Kaya konuştu.", []),
    ],
)
def test_a_short_form_is_the_organization_the_article_named_or_the_default(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Göztepe, Hatayspor'u 2-0 yendi.", ["Göztepe", "Hatayspor"]),
        ("Göztepe sahilinde yürüyüş yapıldı.", []),
    ],
)
def test_a_club_named_like_its_place_needs_another_club_or_a_league(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Peskov, görüşmenin süreceğini ifade etti. Soruları yanıtlayan Peskov, süreç devam ediyor dedi.",
         ["Peskov"]),
        ("Uğurcan ile görüştüm dedi. Hoca, Uğurcan'ın kararına saygı duyduğunu söyledi.", ["Uğurcan"]),
        ("Yağmur, sabah etkili oldu dedi. Uzmanlar Yağmur için uyardı. Akşam yağmur yağdı.", []),
        ("Nalbandov bir kez konuştu.", []),  # unlisted (a listed public figure's surname stands alone)
    ],
)
def test_a_name_said_alone_needs_repetition_and_speech_or_a_given_name(text, expected):
    assert person_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dağıtım hakkını tutan Nordo Trade B.V şirketine ödeme yapıldı.", ["Nordo Trade B.V"]),
        ("Kazakistan'da Tepe Company şirketi kuruldu.", ["Tepe Company"]),
        ("Rus şirketi ihaleyi kazandı.", []),
    ],
)
def test_a_name_before_a_cue_noun_is_an_organization(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Toplanan Kabine, yeni tedbirleri değerlendirdi. Kabine ayrıca bütçeyi ele aldı.",
        "Türkiye, KFOR Komutan Yardımcılığı görevini devraldı.",
    ],
)
def test_institution_words_are_no_persons(text):
    assert person_names(text) == []


def test_a_name_before_baskanliginda_chairs_and_makes_no_organization():
    text = "Kurul, Ayşe Kaya Başkanlığında toplandı."
    assert person_names(text) == ["Ayşe Kaya"]
    assert organization_names(text) == []


def test_a_name_said_alone_takes_the_full_form_the_article_gave_once():
    text = ("Avukat, müvekkili Selin Arsay'ın masum olduğunu savundu. Arsay, suçlamaları reddettiğini "
            "söyledi. Savcı ise Arsay'ın tutuklanmasını istedi.")
    assert person_names(text) == ["Selin Arsay"]


def test_a_name_that_a_pair_of_quotation_marks_encloses_is_a_work_title():
    assert person_names("Gişede “Harry Potter” filmi rekor kırdı.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Toplantıda Birleşmiş Milletlerin kararı konuşuldu.", ["Birleşmiş Milletler"]),
        ("Heyet Birleşmiş Milletlere başvurdu.", ["Birleşmiş Milletler"]),
    ],
)
def test_a_listed_name_ending_in_a_plural_takes_case_endings_without_an_apostrophe(text, expected):
    assert organization_names(text) == expected
