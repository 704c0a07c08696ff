"""Forms a fresh collection of news pages showed: hospitals named after doctors (``Dr.`` inside a
body's name and its office), a sentence's first word in the accusative before a club (no
sponsor), a spaced dash after a dateline before an office, one listed name in the plural that
holds two ``ve``, and agenda items that name no matter (a placeholder noun, a purpose clause).
Inputs are short sentences written for these tests."""

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
