"""Kinds of name errors met on news the rules were never tuned on (round 13): role label
lines, sport positions, bare ranks, coordinated bodies with heads of their own, body names in
the ``-ncA`` case, datelines, sponsors before clubs, trade words in headlines. Inputs are short
sentences written for these tests."""

import pytest

import pipeline


def entities(text: str, entity_type: str):
    return [e for e in pipeline.extract(text).entities if e.type == entity_type]


def persons(text: str) -> dict[str, list[str]]:
    return {p.name: [t.title for t in p.titles or []] for p in entities(text, "PERSON")}


def organization_names(text: str) -> list[str]:
    return sorted(o.name for o in entities(text, "ORGANIZATION"))


# --- persons and titles -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ödüller sahiplerini buldu.\n\nYönetmen: Kemal AKSOY\n\nTören gece sona erdi.",
        "Ödüller sahiplerini buldu.\nYÖNETMENİ: Kemal AKSOY\nTören gece sona erdi.",
    ],
)
def test_a_role_on_a_label_line_is_the_title_of_the_name_filling_the_line(text):
    assert persons(text) == {"Kemal Aksoy": ["Yönetmen"]}


def test_a_label_line_gives_no_title_when_more_than_the_name_follows_the_colon():
    text = "Ödüller sahiplerini buldu.\nYönetmen: Kemal AKSOY ve ekibi\nTören gece sona erdi."
    assert persons(text) == {"Kemal Aksoy": []}


@pytest.mark.parametrize(
    "text, title",
    [
        ("Maçın ilk golünü Bursaspor'un savunmacısı Adil Demirbağ attı.", "Bursaspor savunmacısı"),
        ("Maçın ilk golünü Bursaspor'un orta saha oyuncusu Adil Demirbağ attı.", "Bursaspor orta saha oyuncusu"),
    ],
)
def test_sport_positions_anchor_a_player_and_are_his_title(text, title):
    assert persons(text) == {"Adil Demirbağ": [title]}


@pytest.mark.parametrize(
    "text",
    [
        "Törende Kosova Barış Gücü'nün Türk Tümgeneral Kemal Aksoy görevi devraldı.",
        "Törende KFOR'un Tümgeneral Kemal Aksoy görevi devraldı.",
    ],
)
def test_a_genitive_before_a_bare_rank_owns_no_part_of_it(text):
    assert persons(text) == {"Kemal Aksoy": ["Tümgeneral"]}


def test_a_possessed_office_before_the_rank_keeps_its_owner():
    text = "Törende KFOR'un Komutanı Tümgeneral Kemal Aksoy görevi devraldı."
    assert persons(text) == {"Kemal Aksoy": ["KFOR Komutanı", "Tümgeneral"]}


# --- organizations ----------------------------------------------------------------------------


def test_coordinated_bodies_with_heads_of_their_own_take_no_plural_head_after_them():
    text = ("Operasyon, Ankara Emniyet Müdürlüğü, Jandarma Genel Komutanlığı ve Sahil Güvenlik "
            "Komutanlığı ile Cumhuriyet Başsavcılıkları koordinesinde yapıldı.")
    names = organization_names(text)
    assert not any(name.endswith("Başsavcılığı") and name != "Cumhuriyet Başsavcılığı" for name in names)
    assert {"Ankara Emniyet Müdürlüğü", "Jandarma Genel Komutanlığı", "Sahil Güvenlik Komutanlığı"} <= set(names)


def test_conjuncts_without_heads_still_share_the_plural_head():
    text = "Toplantıya Dışişleri, Sağlık ve İçişleri Bakanlıkları katıldı."
    assert organization_names(text) == ["Dışişleri Bakanlığı", "Sağlık Bakanlığı", "İçişleri Bakanlığı"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Çalışma, İl Emniyet Müdürlüklerince Kuzey Işık Derneği ile yapıldı.", "Kuzey Işık Derneği"),
        ("Bu çalışma Göç İdaresi Başkanlığınca Ankara Demir Derneği ile yapıldı.", "Ankara Demir Derneği"),
    ],
)
def test_a_body_in_the_nca_case_ends_the_run_before_the_next_name(text, expected):
    names = organization_names(text)
    assert expected in names
    assert not any(len(name) > len(expected) and name.endswith(expected) for name in names)


def test_a_listed_group_called_a_terror_organization_is_that_group():
    names = organization_names("Ekipler dün DEAŞ Terör Örgütüne yönelik operasyon yaptı.")
    assert names == ["DEAŞ"]


@pytest.mark.parametrize(
    "text",
    [
        "Görev cuma günü devredilecek.ANKARA (Kuzey Haber) - Türkiye bugün yeni bir adım attı.",
        "Ali KAYA / KONYA (Kuzey Haber) – Vali bugün açıklama yaptı.",
    ],
)
def test_a_dateline_glued_to_a_sentence_or_after_a_byline_names_its_outlet(text):
    assert "Kuzey Haber" in organization_names(text)


def test_an_acronym_inside_a_hyphened_common_abbreviation_names_no_company():
    assert organization_names("Şirket bu yıl yeni bir AR-GE merkezi açacak.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fenerbahçe, Kuzeyfon Antalyaspor'u 2-0 yendi.", ["Fenerbahçe", "Kuzeyfon Antalyaspor"]),
        ("Teknik direktör Okan Buruk Galatasaray ile sözleşme imzaladı.", ["Galatasaray"]),
        ("Maçta dün akşam İstanbul Galatasaray kazandı.", ["Galatasaray"]),
        ("Avrupa kupalarında Temsilcimiz Galatasaray dün kazandı.", ["Galatasaray"]),
        # two words, one closed by a bare trade word; a sentence's first word; after a locative opener
        ("Fenerbahçe dün Mavi Yıldız Antalyaspor'u yendi.", ["Fenerbahçe", "Mavi Yıldız Antalyaspor"]),
        ("Fenerbahçe dün Kuzey Mobilya Antalyaspor'u yendi.", ["Fenerbahçe", "Kuzey Mobilya Antalyaspor"]),
        ("Kuzeyfon Antalyaspor dün kazandı.", ["Kuzeyfon Antalyaspor"]),
        ("Karşılaşmada Kuzeyfon Antalyaspor kazandı.", ["Kuzeyfon Antalyaspor"]),
        ("Lider Antalyaspor kazandı. Takım lider kaldı.", ["Antalyaspor"]),
        ("Fenerbahçe dün Mobilya Antalyaspor'u yendi.", ["Antalyaspor", "Fenerbahçe"]),
    ],
)
def test_a_sponsor_word_before_a_listed_club_is_part_of_its_name(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ANKARA OTOMOTİV FUARINDA KALABALIK GÜN\n\nZiyaretçi sayısı arttı.", []),
        ("Doğan Trend Otomotiv CEO'su açıklama yaptı.", ["Doğan Trend Otomotiv"]),
        ("KARTAL MOBİLYA'DAN YENİ FABRİKA\n\nŞirket dün yeni fabrikasını açtı.", ["Kartal Mobilya"]),
    ],
)
def test_a_bare_trade_word_in_capitals_before_another_word_ends_no_name(text, expected):
    assert organization_names(text) == expected


def test_an_automaker_is_found_by_its_acronym():
    assert organization_names("Otomobil pazarında geçen ay en çok MG’nin payı arttı.") == ["MG Motor"]


def test_a_given_name_opening_every_sentence_is_a_person_when_a_suffix_shows_it():
    text = "Uğurcan transferi gündemde. “Uğurcan ile görüştüm.” Uğurcan’ın açıklaması net."
    assert persons(text) == {"Uğurcan": []}


def test_a_given_name_opening_every_sentence_without_a_suffix_is_no_person():
    assert persons("Uğurcan transferi gündemde. “Uğurcan ile görüştüm.”") == {}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kulüp bugün açıklama yaptı. Kovaçi transferi gündemde. Kovaçi’nin menajeri dün geldi.", {"Kovaçi": []}),
        ("Kulüp bugün açıklama yaptı. Yaz transferi gündemde. Yaz’ın en sıcak günü.", {}),
    ],
)
def test_a_word_said_in_the_compound_of_a_transfer_is_a_player(text, expected):
    assert persons(text) == expected


def test_an_association_named_with_a_date_and_a_list_of_the_groups_it_serves():
    text = ("Törende terör gazisi ve 15 Temmuz Demokrasi Şehitleri, Gazileri ve Terör Mağdurları Derneği "
            "Genel Başkanı Ali Kaya konuştu.")
    name = "15 Temmuz Demokrasi Şehitleri, Gazileri ve Terör Mağdurları Derneği"
    assert organization_names(text) == [name]
    assert persons(text) == {"Ali Kaya": [f"{name} Genel Başkanı"]}


def test_bodies_listed_with_commas_stay_apart_when_not_all_plural_fields():
    text = "Toplantıya Türk Silahlı Kuvvetleri, Emniyet ve Jandarma Derneği katıldı."
    assert "Türk Silahlı Kuvvetleri" in organization_names(text)


def test_a_work_named_on_a_label_line_is_no_person():
    text = ("Ödüller dağıtıldı.\n\nEN İYİ SENARYO ÖDÜLÜNÜ ALAN FİLM: Kemal Aksoy\n\n"
            "Yönetmen: Ayşe DEMİR\n\nTören sona erdi.")
    assert persons(text) == {"Ayşe Demir": ["Yönetmen"]}


def test_a_colon_after_a_name_in_prose_leaves_the_name():
    assert persons("Ödüller dağıtıldı. Kemal Aksoy konuştu: Film çok güzel oldu.") == {"Kemal Aksoy": []}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Takım 3-0 kazandı ve Kuzeyli Abdulov'un kendi kalesine attığı gol maçı belirledi.",
         {"Kuzeyli Abdulov": []}),
        ("Takım kazandı, Tiago Kelvinho’nun kendi ağlarına gönderdiği top unutulmadı.", {"Tiago Kelvinho": []}),
        ("Takım kazandı, Real Madrid'in kendi sahasında oynadığı maç unutulmadı.", {}),
    ],
)
def test_the_name_said_before_an_own_goal_is_a_player(text, expected):
    assert persons(text) == expected


def test_a_club_named_by_its_ending_takes_no_name_before_ve():
    assert organization_names("Voleybolda Kuzey Spor ve Gölbaşı Belediyespor karşılaştı.") == ["Gölbaşı Belediyespor"]
