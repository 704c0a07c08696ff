"""Person titles (pages pools 1, 3, 5): the holder's party said as an adjective before or after
the office (``AK Partili``, ``CHP'li``), two words of a title glued by a lost space, and an office
said in a relative clause with ``olduğu`` after the holder's genitive. Inputs are short sentences
written for these tests."""

import pytest

import pipeline


def titled_persons(text: str) -> dict[str, list[str]]:
    return {e.name: [t.title for t in e.titles or []] for e in pipeline.extract(text).entities if e.type == "PERSON"}


@pytest.mark.parametrize(
    "text, title",
    [
        ("Oturumda AK Partili meclis üyesi Nihat Örs bütçeyi eleştirdi.", "meclis üyesi"),
        ("Oturumda Zafer Partili Meclis Üyesi Nihat Örs bütçeyi eleştirdi.", "Meclis Üyesi"),
        ("Oturumda CHP'li meclis üyesi Nihat Örs bütçeyi eleştirdi.", "meclis üyesi"),
        ("Oturumda AK Parti Grup Başkanvekili Nihat Örs bütçeyi eleştirdi.", "AK Parti Grup Başkanvekili"),
    ],
)
def test_the_holders_party_said_before_the_office_is_no_part_of_it(text, title):
    assert titled_persons(text)["Nihat Örs"] == [title]


@pytest.mark.parametrize(
    "party",
    ["MHP'li", "CHP’li", "AK Partili", "İYİ Partili"],
)
def test_the_holders_party_between_the_office_and_the_name_lets_the_office_through(party):
    text = f"Açılışa Büyükşehir Belediye Başkanı {party} Nihat Örs de katıldı."
    assert titled_persons(text)["Nihat Örs"] == ["Büyükşehir Belediye Başkanı"]


@pytest.mark.parametrize(
    "text, title",
    [
        ("Kongrede Zafer Partisiİzmir İl Başkanı Nihat Örs konuştu.", "Zafer Partisi İzmir İl Başkanı"),
        ("Kongrede DSİBölge Müdürü Nihat Örs konuştu.", "DSİ Bölge Müdürü"),
    ],
)
def test_two_words_glued_by_a_lost_space_are_parted_in_the_title(text, title):
    assert titled_persons(text)["Nihat Örs"] == [title]


def test_an_acronym_glued_to_the_office_is_the_same_office_as_the_body_said_in_full():
    text = ("Ankara Sanayi Odası (ASO) Yönetim Kurulu Başkanı Nihat Örs konuştu. "
            "Ardından ASOYönetim Kurulu Başkanı Örs ödülleri verdi.")
    assert titled_persons(text)["Nihat Örs"] == ["Ankara Sanayi Odası Yönetim Kurulu Başkanı"]


@pytest.mark.parametrize(
    "text, title",
    [
        ("Nihat Örs'ün Denetim Kurulu Başkanı olduğu kooperatif yeni depo açtı.", "Denetim Kurulu Başkanı"),
        ("Nihat Örs'ün Genel Müdürü olduğu fabrikada üretim arttı.", "Genel Müdür"),
    ],
)
def test_an_office_said_with_olduğu_after_a_genitive_is_that_persons(text, title):
    assert titled_persons(text)["Nihat Örs"] == [title]


@pytest.mark.parametrize(
    "text",
    [
        # a lowercase head: the party, said after the clause, owns it
        "Nihat Örs'ün lideri olduğu parti seçime hazırlanıyor.",
        # no ``olduğu``: the office is the next name's
        "Nihat Örs'ün Ticaret Bakanı Deniz Ak ile görüşmesi ertelendi.",
    ],
)
def test_no_relative_office_without_a_capitalized_office_and_olduğu(text):
    assert titled_persons(text)["Nihat Örs"] == []
