"""Forms a fresh collection of news pages showed: hospitals named after doctors (``Dr.`` inside a
body's name and its office), a sentence's first word in the accusative before a club (no
sponsor), a spaced dash after a dateline before an office, one listed name in the plural that
holds two ``ve``, agenda items that name no matter (a placeholder noun, a purpose clause), a
lowercase ``av.`` before a name, an office said by its level (``İlçe Kaymakamı``) after its place,
headlines and expeditions that are no persons, Antarctica, ``Türk`` as a surname, and an adverb
before the participle of a post. Inputs are short sentences written for these tests."""

import pytest

import pipeline


def entities(text: str, entity_type: str):
    return [e for e in pipeline.extract(text).entities if e.type == entity_type]


def organization_names(text: str) -> list[str]:
    return sorted(o.name for o in entities(text, "ORGANIZATION"))


def titles_of(text: str) -> dict[str, list[str]]:
    return {p.name: [t.title for t in p.titles or []] for p in entities(text, "PERSON")}


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


# --- organizations and offices ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Hasta, Bakırköy Dr. Sadi Konuk Eğitim ve Araştırma Hastanesi'ne kaldırıldı.",
         "Bakırköy Dr. Sadi Konuk Eğitim ve Araştırma Hastanesi"),
        ("Yaralı, Kartal Dr. Lütfi Kırdar Şehir Hastanesi'ne götürüldü.", "Kartal Dr. Lütfi Kırdar Şehir Hastanesi"),
    ],
)
def test_a_doctors_name_with_its_dotted_rank_is_part_of_a_hospitals_name(text, name):
    assert organization_names(text) == [name]


def test_the_office_of_a_hospital_named_after_a_doctor_keeps_the_whole_name():
    text = "Bakırköy Dr. Sadi Konuk Eğitim ve Araştırma Hastanesi Başhekimi Ali Kaya açıklama yaptı."
    assert titles_of(text) == {"Ali Kaya": ["Bakırköy Dr. Sadi Konuk Eğitim ve Araştırma Hastanesi Başhekimi"]}


@pytest.mark.parametrize(
    "text",
    [
        "Kararı Galatasaray Başkanı Ali Kaya açıkladı.",
        "Kulüp yeni sezon planlarını anlattı. Transferi Galatasaray yönetimi açıkladı.",
    ],
)
def test_a_first_word_in_the_accusative_is_no_sponsor_of_the_club_after_it(text):
    assert organization_names(text) == ["Galatasaray"]


def test_a_nationality_before_a_listed_club_is_no_sponsor():
    assert organization_names("Grubu lider bitiren takım İspanyol Unicaja oldu.") == ["Unicaja"]


def test_a_sponsor_opening_a_sentence_stays_the_clubs():
    assert organization_names("Mavi Yıldız Konyaspor dün kazandı.") == ["Mavi Yıldız Konyaspor"]


def test_a_spaced_dash_after_a_dateline_ends_the_office_before_it():
    text = "Erzurum Haber- Milli Eğitim Bakanlığı Talim ve Terbiye Kurulu Üyesi Ali Kaya konuştu."
    assert titles_of(text)["Ali Kaya"] == ["Milli Eğitim Bakanlığı Talim ve Terbiye Kurulu Üyesi"]


def test_a_listed_plural_name_with_two_ve_is_no_list_of_bodies():
    text = "Kredi, Esnaf ve Sanatkârlar Kredi ve Kefalet Kooperatifleri aracılığıyla verilecek."
    assert organization_names(text) == ["Esnaf ve Sanatkârlar Kredi ve Kefalet Kooperatifleri"]


def test_a_local_cooperative_in_the_singular_keeps_its_place():
    text = "Toplantıya Konya Esnaf ve Sanatkarlar Kredi ve Kefalet Kooperatifi Başkanı Ali Kaya katıldı."
    assert organization_names(text) == ["Konya Esnaf ve Sanatkarlar Kredi ve Kefalet Kooperatifi"]


# --- agenda items -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Meclis toplantısının sonunda tartışma yeniden gündeme geldi ve gerilim arttı.",
        "TBMM'de bir kanun teklifi görüşülürken salonda iki milletvekili vardı.",
    ],
)
def test_a_placeholder_noun_with_nothing_that_names_the_matter_is_no_topic(text):
    assert topics(text) == []


def test_a_placeholder_noun_with_words_that_name_the_matter_stays():
    text = "Bakanlar toplantıda Suriye'deki son durumu ve Vergi Kanunu teklifini ele aldı."
    assert topics(text) == ["Suriye'deki son durumu", "Vergi Kanunu teklifi"]


def test_a_purpose_clause_before_a_meeting_is_no_item():
    text = ("Sorunları dinlemek ve çözüme kavuşturmak amacıyla muhtarların dinlendiği toplantıda konuşan "
            "Kaymakam Ali Kaya, muhtarlara teşekkür etti.")
    assert not any(t.endswith("amacıyla") for t in topics(text))


# --- persons, offices and countries -----------------------------------------------------------


def test_a_lowercase_dotted_abbreviation_between_office_and_name_keeps_the_office():
    assert titles_of("ÇHD Genel Sekreteri av. Çiğdem Akbulut konuştu.") == {"Çiğdem Akbulut": ["ÇHD Genel Sekreteri"]}


@pytest.mark.parametrize(
    "text",
    [
        "Halkapınar Kaymakamı Ömer Kaya muhtarlarla buluştu. Toplantıda konuşan İlçe Kaymakamı Ömer Kaya, teşekkür etti.",
        "Tepebaşı Belediye Başkanı Ömer Kaya konuştu. İlçe Belediye Başkanı Ömer Kaya, çalışmaları anlattı.",
    ],
)
def test_an_office_said_by_its_level_after_the_place_is_the_same_office(text):
    (titles,) = titles_of(text).values()
    assert len(titles) == 1 and not titles[0].startswith("İlçe")


def test_a_title_case_headline_with_a_conjunction_is_no_person():
    text = "Ali Kaya\n\nEnflasyon Ve Emekli\n\nAli Kaya\n\nBu ülke enflasyondan ne zaman kurtulur, bilemem."
    assert list(titles_of(text)) == ["Ali Kaya"]


def test_an_expedition_is_no_person():
    assert titles_of("Türk Antarktik Seferi kapsamında toplanan örneklerle yeni tür keşfedildi.") == {}


def test_antarctica_is_no_country():
    assert entities("Ekip Antarktika'da araştırma yaptı.", "COUNTRY") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Toplantıya Ahmet Türk katıldı.", "Ahmet Türk"),
        ("Törene Meclis Üyesi Mevlüt Türk, İl Başkanı Veli Koç katıldı.", "Mevlüt Türk"),
        ("Gazeteci Ali Kaya Türk basınının sorunlarını anlattı.", "Ali Kaya"),
        ("Dün Mehmet Demirci Türk milli takımına çağrıldı.", "Mehmet Demirci"),
    ],
)
def test_turk_is_a_surname_only_right_after_given_names(text, name):
    assert name in titles_of(text)


def test_an_adverb_between_a_post_and_its_participle_keeps_the_post():
    text = "İzmir Ticaret Borsası Başkanlığına yeniden seçilen Ayşe Kaya konuştu."
    assert titles_of(text) == {"Ayşe Kaya": ["İzmir Ticaret Borsası Başkanı"]}


def test_a_clause_describing_a_bills_title_with_ve_inside_is_no_part_of_the_item():
    text = ("Komisyon, milletvekili arkadaşlarının imzasını taşıyan Bazı Kanun ve Kanun Hükmünde Kararnamelerde "
            "Değişiklik Yapılması Hakkında Kanun Teklifi'ni görüştü.")
    assert topics(text) == ["Bazı Kanun ve Kanun Hükmünde Kararnamelerde Değişiklik Yapılması Hakkında Kanun Teklifi"]


@pytest.mark.parametrize(
    "name",
    ["Esnaf ve Sanatkârlar Kredi Kefalet Kooperatifleri", "Esnaf Sanatkârlar Kredi ve Kefalet Kooperatifleri"],
)
def test_the_spellings_of_the_tradesmens_credit_cooperatives_are_one_body(name):
    assert organization_names(f"Destek, {name} aracılığıyla verilecek.") == [name]


def test_a_full_name_after_the_participle_of_a_post_is_read_whatever_its_given_name():
    text = "Heyet, İzmir Ticaret Borsası Başkanlığına yeniden seçilen Işınsu Kestelli'yi ziyaret etti."
    assert titles_of(text) == {"Işınsu Kestelli": ["İzmir Ticaret Borsası Başkanı"]}


def test_a_lowercase_post_owned_by_a_body_named_before_it_is_held():
    text = "Heyet, İzmir Ticaret Borsası başkanlığına yeniden seçilen Işınsu Kestelli'yi ziyaret etti."
    assert titles_of(text) == {"Işınsu Kestelli": ["İzmir Ticaret Borsası başkanı"]}  # as written


# --- a second fresh pool ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Başkan, 19 Ekim Muhtarlar Günü dolayısıyla yayımladığı mesajında muhtarlara teşekkür etti.",
         "2025-10-18", ["2025-10-19"]),
        ("Başkan, 19 Ekim'de muhtarlarla buluştu.", "2025-10-18", ["2024-10-19"]),
    ],
)
def test_a_day_opening_an_observances_name_is_the_one_nearest_publication(text, published, expected):
    assert [d.value for d in pipeline.extract(text, published=published).dates] == expected


def test_a_covered_market_named_after_a_person_is_no_person():
    assert titles_of("İsabeyli Ahmet Gümüş Kapalı Pazaryeri yeniden açıldı.") == {}


def test_an_initial_with_its_dot_is_part_of_a_museums_name_and_its_office():
    text = "Ziyaretçiler, Rahmi M. Koç Müzesi yöneticisi Özgür Ceren Can ile görüştü."
    assert organization_names(text) == ["Rahmi M. Koç Müzesi"]
    assert titles_of(text) == {"Özgür Ceren Can": ["Rahmi M. Koç Müzesi yöneticisi"]}


def test_the_states_initials_still_open_a_bodys_name():
    assert organization_names("Karar, T.C. Başbakanlık Özelleştirme İdaresi Başkanlığı tarafından verildi.") == [
        "T.C. Başbakanlık Özelleştirme İdaresi Başkanlığı"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Toplantıya İşkur İl Müdürü Kadri Kabak katıldı.", "Türkiye İş Kurumu"),
        ("Carrefour ve Migros indirim yaptı.", "Carrefour"),
        ("UBP milletvekilleri toplandı.", "Ulusal Birlik Partisi"),
        ("Avrupa Güney Gözlemevi yeni bir keşif duyurdu.", "Avrupa Güney Gözlemevi"),
    ],
)
def test_listed_bodies_under_the_names_news_gives_them(text, name):
    assert name in organization_names(text)


def test_the_word_after_a_leading_date_stamp_opens_a_sentence():
    text = ("date 2025-10-15 Sabah saatlerinde pazara gelen vatandaşlar şaşkınlık yaşadı.\n\n"
            "Belediye Başkan Yardımcısı Turhan Candan, pazarın kapalı olduğunu söyledi.")
    assert list(titles_of(text)) == ["Turhan Candan"]


@pytest.mark.parametrize(
    "text",
    [
        "Ödül bu yıl “Ayşe ve Ali” filmine verildi.",
        "Onun 26 saniye gerisinde Bora Hansgrohe Takım'ından bir bisikletçi yer alıyor.",
    ],
)
def test_names_inside_a_quoted_works_title_or_a_teams_name_are_no_persons(text):
    assert titles_of(text) == {}


def test_a_name_before_a_quotation_stays_a_person():
    assert "Ali Kaya" in titles_of("Ali Kaya “Yeni bir dönem” dedi.")


def test_a_place_before_a_villages_office_opening_a_sentence_stays_in_the_office():
    text = "Güngör Köyü Muhtarı Ayhan Demirtaş, taş ocağının bulunduğunu söyledi."
    assert titles_of(text) == {"Ayhan Demirtaş": ["Güngör Köyü Muhtarı"]}


def test_a_body_named_after_a_person_with_an_initial_ends_at_the_ve_before_it():
    text = ("Panel, Erimtan Müzesi yöneticisi Nazan Gezer ve Rahmi M. Koç Müzesi yöneticisi Özgür Ceren Can "
            "tarafından gerçekleştirildi.")
    assert titles_of(text) == {"Nazan Gezer": ["Erimtan Müzesi yöneticisi"],
                               "Özgür Ceren Can": ["Rahmi M. Koç Müzesi yöneticisi"]}


def test_a_negative_converb_of_discussion_ends_a_clause_and_states_no_item():
    text = "Teklifler tali komisyonlarda görüşülmeden doğrudan esas komisyonlarda ele alındı."
    assert not any("görüşülmeden" in t for t in topics(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bakan, toplantıda başta enerji olmak üzere ticaret ve yatırımlar hakkında görüş alışverişinde bulundu.",
         ["enerji", "ticaret", "yatırımlar"]),
        ("Milletvekili, toplantıda çiftçinin sorunları hakkında oda başkanlarını dinledi.", ["çiftçinin sorunları"]),
        ("Meclis, Bazı Kanunlarda Değişiklik Yapılması hakkında kanun teklifini görüştü.",
         ["Bazı Kanunlarda Değişiklik Yapılması hakkında kanun teklifi"]),
    ],
)
def test_lists_opened_by_basta_and_objects_heard_about_a_matter(text, expected):
    assert topics(text) == expected


def test_the_meclis_of_an_article_on_northern_cyprus_is_its_assembly():
    text = "Cumhuriyet Meclisi Genel Kurulu dün de toplanamadı. Meclis'in dün toplanması bekleniyordu."
    assert organization_names(text) == ["Cumhuriyet Meclisi"]


def test_a_nationality_opening_a_foreign_partys_name_is_no_part_of_the_office():
    text = "Toplantıya Alman Yeşiller Partisi Milletvekili Margit Stumpp katıldı."
    (person,) = entities(text, "PERSON")
    assert [(t.title, t.country) for t in person.titles] == [("Yeşiller Partisi Milletvekili", "DE")]


def test_turkish_bodies_keep_the_nationality_that_opens_their_names():
    assert titles_of("Türk Hava Yolları Genel Müdürü Ali Kaya konuştu.") == {"Ali Kaya": ["Türk Hava Yolları Genel Müdürü"]}


@pytest.mark.parametrize(
    "name", ["Bilim, Sanayi ve Teknoloji Bakanlığı", "Gıda, Tarım ve Hayvancılık Bakanlığı", "Kalkınma Bakanlığı"]
)
def test_former_ministries_are_listed_under_their_names(name):
    assert organization_names(f"Proje, {name} tarafından desteklendi.") == [name]


def test_a_past_terms_office_keeps_gecmis_donem_as_eski_is_kept():
    text = "Toplantıya geçmiş dönem İzmir Pazarcılar Odası Başkanı Hamdi Erişen katıldı."
    assert titles_of(text) == {"Hamdi Erişen": ["geçmiş dönem İzmir Pazarcılar Odası Başkanı"]}


def test_a_sentences_first_word_the_article_writes_in_lowercase_opens_no_office():
    text = ("Panel Kurtuluş Savaşı Müzesi Müze Sorumlusu Ayşe Kaya tarafından yönetildi. "
            "Ardından panel sona erdi.")
    assert titles_of(text) == {"Ayşe Kaya": ["Kurtuluş Savaşı Müzesi Müze Sorumlusu"]}
