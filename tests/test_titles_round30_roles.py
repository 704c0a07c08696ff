"""Person titles and persons, round 30 (roles in court and disaster news): a lowercase field said
with the possessive of a compound takes the noun that opens the compound (``iş güvenliği uzmanı``);
a mine names the field of a post (``maden mühendisi``); the noun before a lawyer names the client
(``aile avukatı`` is ``avukat``); a lowercase office owned by a genitive chains with the title
after it (``heyetinin başkanı Hakim``). Sentences written for these tests."""

import pytest

from tests.conftest import titles_by_person as people


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Duruşmaya iş güvenliği uzmanı Ferda Aksoy katıldı.", "Ferda Aksoy", "iş güvenliği uzmanı"),
        ("İş güvenliği uzmanı Ferda Aksoy ifade verdi.", "Ferda Aksoy", "İş güvenliği uzmanı"),
        ("Toplantıya halk sağlığı uzmanı Cem Aslan katıldı.", "Cem Aslan", "halk sağlığı uzmanı"),
        ("Duruşmaya iş sağlığı ve güvenliği uzmanı Ferda Aksoy katıldı.", "Ferda Aksoy",
         "iş sağlığı ve güvenliği uzmanı"),
    ],
)
def test_a_possessed_field_takes_the_noun_that_opens_its_compound(text, name, title):
    assert people(text)[name] == [title]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Duruşmaya maden mühendisi Ümit Kalkan katıldı.", "Ümit Kalkan", "maden mühendisi"),
        ("Toplantıya şirketin maden mühendisi Ümit Kalkan katıldı.", "Ümit Kalkan", "maden mühendisi"),
    ],
)
def test_a_mine_names_the_field_of_a_post(text, name, title):
    assert people(text)[name] == [title]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Duruşmaya aile avukatı Av. Nesrin Tunalı katıldı.", "Nesrin Tunalı"),
        ("Duruşmaya şirket avukatı Selim Karaca katıldı.", "Selim Karaca"),
        ("Aile avukatı Nesrin Tunalı karara itiraz etti.", "Nesrin Tunalı"),
    ],
)
def test_the_noun_before_a_lawyer_names_the_client(text, name):
    assert people(text)[name] == ["avukat"]


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Mahkeme heyetinin başkanı Hakim Ahmet Kaya ara kararı açıkladı.", "Ahmet Kaya", ["Başkan", "Hakim"]),
    ],
)
def test_a_lowercase_office_owned_by_a_genitive_chains_with_the_next_title(text, name, titles):
    assert people(text)[name] == titles


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Kuzey Doğalgaz Dağıtım A.Ş. (Kuzeygaz) Genel Müdürü Levent Aras açıklama yaptı.", "Levent Aras",
         "Kuzey Doğalgaz Dağıtım A.Ş. Genel Müdürü"),
        ("Yeşil Elektrik Dağıtım A.Ş. (Yeşil EDAŞ) Genel Müdürü Selim Karaca konuştu.", "Selim Karaca",
         "Yeşil Elektrik Dağıtım A.Ş. Genel Müdürü"),
    ],
)
def test_a_company_with_its_short_name_in_parentheses_owns_the_office_in_full(text, name, title):
    assert people(text)[name] == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Deprem, Karaman'ın Kazım Karabekir ilçesinde de hissedildi.",
        "Sel, Manisa'nın Yunus Emre ilçesine bağlı köylerde etkili oldu.",
        "Vatandaşlar Fatih Sultan Mehmet Köprüsü'nde mahsur kaldı.",
    ],
)
def test_a_district_or_bridge_named_after_a_person_names_no_one(text):
    assert people(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Kazım Karabekir Kaymakamı Ali Veli Yıldız bölgede inceleme yaptı.", "Ali Veli Yıldız",
         "Kazım Karabekir Kaymakamı"),
        ("Yunus Emre Belediye Başkanı Selim Karaca açıklama yaptı.", "Selim Karaca",
         "Yunus Emre Belediye Başkanı"),
    ],
)
def test_a_district_written_as_a_persons_name_opening_the_sentence_owns_the_office(text, name, title):
    assert people(text)[name] == [title]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Duruşmaya Selin ve Orhan Kalkan, Bakanlık adına Şule Tekin katıldı.",
         {"Selin Kalkan", "Orhan Kalkan", "Şule Tekin"}),
        ("Duruşmaya Hanife Kalkan, Yasemin ve Orhan Kalkan katıldı.",
         {"Hanife Kalkan", "Yasemin Kalkan", "Orhan Kalkan"}),
    ],
)
def test_given_names_share_the_surname_said_after_them(text, names):
    assert set(people(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kazada eşi Ayten Sönmez (45) ve kızları Elif (12) yaralandı.", {"Ayten Sönmez", "Elif"}),
        ("Kazada oğlu Mert (8) ve kızı Zeynep (5) hafif yaralandı.", {"Mert", "Zeynep"}),
    ],
)
def test_a_child_said_by_the_given_name_and_age_after_a_kin_noun_is_a_person(text, names):
    assert set(people(text)) == names
