"""What a person is (``gazeteci``, ``mimar``, ``sporcu``) announces the name after it but is no
office; a post at a named body is (``Akşam Gazetesi yazarı``). A role held in the story stays a
title (``avukat``, ``hakem``, ``yönetmen``). Each office once in its fullest form, the office one
is appointed to beside the one held, and no person's name inside an office. Sentences written
for these tests."""

import pytest

import pipeline


def titled_persons(text: str) -> dict[str, list[str]]:
    return {e.name: [t.title for t in e.titles or []] for e in pipeline.extract(text).entities if e.type == "PERSON"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Paneli gazeteci Selin Akdağ yönetti.", "Selin Akdağ"),
        ("Yeni kütüphaneyi mimar Tarık Özbay tasarladı.", "Tarık Özbay"),
        ("Gecede sanatçı Nermin Yalaz sahne aldı.", "Nermin Yalaz"),
        ("Kazada şoför Kadir Uysal hafif yaralandı.", "Kadir Uysal"),
        ("Numuneleri kimyager Leyla Arıkan inceledi.", "Leyla Arıkan"),
        ("Raporu ekonomist Cemil Tandoğan hazırladı.", "Cemil Tandoğan"),
    ],
)
def test_a_description_announces_the_name_and_is_no_title(text, name):
    assert titled_persons(text) == {name: []}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Yarışı tenisçi Derya Oral kazandı.", "Derya Oral"),
        ("Ringde boksör Sevda Kılınç rakibini yendi.", "Sevda Kılınç"),
        ("Kulüp sporcusu Sevda Kılınç rekor kırdı.", "Sevda Kılınç"),
        ("Kolej öğrencisi Melis Türkan birinci oldu.", "Melis Türkan"),
        ("Atletizmde Akdeniz Spor Kulübü sporcusu Sevda Kılınç rekor kırdı.", "Sevda Kılınç"),
    ],
)
def test_an_athlete_or_a_student_is_no_title_even_with_a_club_or_school(text, name):
    assert titled_persons(text) == {name: []}


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("Akşam Gazetesi yazarı Selin Akdağ yeni yazısında kenti anlattı.", "Selin Akdağ", "Akşam Gazetesi yazarı"),
        ("Duruşmada avukat Tarık Özbay itiraz etti.", "Tarık Özbay", "avukat"),
        ("Maçı hakem Kadir Uysal yönetti.", "Kadir Uysal", "hakem"),
        ("Filmi yönetmen Leyla Arıkan tanıttı.", "Leyla Arıkan", "yönetmen"),
    ],
)
def test_a_post_at_a_named_body_or_a_role_in_the_story_is_a_title(text, name, title):
    assert titled_persons(text) == {name: [title]}


def test_a_shorter_form_of_a_city_office_adds_nothing_after_the_full_one():
    text = ("Konya Büyükşehir Belediye Başkanı Hüsnü Kaplan fuarı gezdi. Büyükşehir Belediye Başkanı "
            "Hüsnü Kaplan, fuarın kente katkı sağlayacağını söyledi.")
    assert titled_persons(text) == {"Hüsnü Kaplan": ["Konya Büyükşehir Belediye Başkanı"]}


@pytest.mark.parametrize(
    "text, name, titles",
    [
        ("Kararname ile İzmir Valisi olarak atanan Sakarya Valisi Hasan Önal törenle uğurlandı.",
         "Hasan Önal", ["İzmir Valisi", "Sakarya Valisi"]),
        ("Genel Sekreter olarak seçilen Dernek Başkanı Ayla Sezer teşekkür etti.",
         "Ayla Sezer", ["Genel Sekreter", "Dernek Başkanı"]),
    ],
)
def test_the_office_one_is_appointed_to_joins_the_office_held(text, name, titles):
    assert titled_persons(text)[name] == titles


def test_a_persons_genitive_before_an_office_is_no_part_of_it():
    text = "Toplantıda Ahmet Özel'in İl Başkanı Veli Durmaz ile görüştüğü öğrenildi."
    assert titled_persons(text) == {"Ahmet Özel": [], "Veli Durmaz": ["İl Başkanı"]}


@pytest.mark.parametrize(
    "text, names",
    [
        ("Milli boksörler Aysel Tunç, Sevda Kılınç ve Melis Türkan şampiyon oldu.",
         ["Aysel Tunç", "Sevda Kılınç", "Melis Türkan"]),
        ("Ege Koleji öğrencilerinden Melis Türkan ve Derya Oral ödül aldı.", ["Melis Türkan", "Derya Oral"]),
    ],
)
def test_a_plural_description_names_each_listed_person_with_no_title(text, names):
    assert titled_persons(text) == {name: [] for name in names}
