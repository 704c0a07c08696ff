import pipeline
from pipeline.resources import read_tsv


def missions(text: str) -> list[tuple[str, list[str]]]:
    record = pipeline.extract(text)
    return [(e.name, [m.text for m in e.mentions]) for e in record.entities if e.type == "MISSION"]


def mission(text: str):
    return next(e for e in pipeline.extract(text).entities if e.type == "MISSION")


def test_mission_word_after_a_listed_name_belongs_to_the_mention():
    entity = mission("Bosna-Hersek'teki EUFOR Althea Harekatı'na katkı sürüyor.")
    assert (entity.name, entity.acronym, entity.name_en, entity.parent) == (
        "EUFOR Althea",
        "EUFOR",
        "Operation Althea",
        "AB",
    )
    assert [m.text for m in entity.mentions] == ["EUFOR Althea Harekatı'na"]


def test_turkish_name_and_acronym_are_one_mission_and_the_parent_is_an_organization_too():
    text = "Türkiye, NATO Kosova Gücü (KFOR) içinde yer alıyor. KFOR Komutanlığı Türkiye'de."
    record = pipeline.extract(text)
    found = [(e.type, e.name, [m.text for m in e.mentions]) for e in record.entities if e.type != "COUNTRY"]
    assert found == [
        ("MISSION", "NATO Kosova Gücü", ["NATO Kosova Gücü", "KFOR", "KFOR"]),
        ("ORGANIZATION", "NATO", ["NATO"]),
    ]


def test_a_mission_named_like_a_club_names_no_club_outside_sport():
    record = pipeline.extract("Atalanta Operasyonu kapsamında Aden Körfezi'nde devriye yapıldı.")
    assert [(e.type, e.name) for e in record.entities if e.type in ("MISSION", "ORGANIZATION")] == [
        ("MISSION", "Atalanta Operasyonu")
    ]


def test_spellings_with_and_without_circumflex_are_one_mission():
    text = "Barış Pınarı Harekâtı başladı. Barış Pınarı Harekatı'nda ilerleme kaydedildi."
    assert missions(text) == [("Barış Pınarı Harekâtı", ["Barış Pınarı Harekâtı", "Barış Pınarı Harekatı'nda"])]


def test_unlisted_operation_is_found_by_its_head_noun():
    assert missions("Yıldırım Kalkanı Harekâtı'nda 5 terörist etkisiz hale getirildi.") == [
        ("Yıldırım Kalkanı Harekâtı", ["Yıldırım Kalkanı Harekâtı'nda"])
    ]


def test_acronym_inside_a_listed_name():
    entity = mission("Mayın Karşı Tedbirler (MKT) Karadeniz Görev Grubu'nun komutası devredildi.")
    assert (entity.acronym, [m.text for m in entity.mentions]) == (
        "MCM Black Sea",
        ["Mayın Karşı Tedbirler (MKT) Karadeniz Görev Grubu'nun"],
    )


def test_listed_organization_with_a_mission_head_noun_is_no_mission():
    assert missions("Mali Eylem Görev Gücü (FATF) gri listeyi açıkladı.") == []


def test_permanent_mission_to_the_un_is_no_operation():
    assert missions("Türkiye'nin BM Daimi Misyonu açıklama yaptı.") == []


def test_catalogue_lists_at_least_60_missions_with_both_names_and_parent_kind():
    rows = list(read_tsv("missions.tsv"))
    assert len(rows) >= 60
    assert all(row["name"] and row["name_en"] for row in rows)
    assert {row["kind"] for row in rows} == {"military", "peacekeeping", "police", "civilian"}


def test_a_listed_name_one_word_apart_is_another_mission():
    assert missions("BM Barış Gücü'nün görev süresi uzatıldı.") == [("BM Barış Gücü", ["BM Barış Gücü'nün"])]


def test_unlisted_mission_named_after_an_organization_has_it_as_parent():
    entity = mission("AGİT Seçim Gözlem Misyonu raporunu açıkladı.")
    assert (entity.name, entity.parent) == ("AGİT Seçim Gözlem Misyonu", "AGİT")


def test_a_title_and_a_persons_name_before_ve_do_not_join_a_mission_name():
    text = "Törene Tabur Komutanı Tümgeneral Jan Kowalski ve Karadeniz Ortak Gücü temsilcileri katıldı."
    assert missions(text) == [("Karadeniz Ortak Gücü", ["Karadeniz Ortak Gücü"])]


def test_a_national_force_the_organization_catalogue_lists_is_no_mission():
    assert missions("Kosova Güvenlik Gücü (KGG) yeni zırhlı araçlar teslim aldı.") == []


def test_past_un_and_eu_missions_are_listed():
    text = "Emekli subay, UNMIBH ve MONUC görevlerinin ardından EUPM'de çalıştı."
    assert [name for name, _ in missions(text)] == [
        "BM Bosna-Hersek Misyonu",
        "BM Kongo Demokratik Cumhuriyeti Misyonu",
        "AB Bosna-Hersek Polis Misyonu",
    ]


def test_a_number_after_a_listed_operation_names_the_next_of_its_series():
    assert [name for name, _ in missions("Ordu dün Pençe-Kartal 2 Harekâtı'nı başlattı.")] == ["Pençe-Kartal 2 Harekâtı"]


def test_a_description_right_before_a_listed_mission_is_that_mission():
    found = missions("Türk askerleri Kosova'daki NATO Barış Gücü KFOR'a katkı sağlıyor.")
    assert [name for name, _ in found] == ["NATO Kosova Gücü"]
