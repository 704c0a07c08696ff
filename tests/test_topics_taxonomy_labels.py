"""Taxonomy labels of agenda items: the concepts an item's words name (``data/topic_taxonomy.tsv``)."""

import pytest

import pipeline


@pytest.fixture(scope="module")
def taxonomy():
    return pipeline.load().get_pipe("trnews_topics").taxonomy


@pytest.mark.parametrize(
    "item, labels",
    [
        ("il ve ilçe kongrelerinin takvimi", ["party_affairs"]),
        ("halk oylaması tarihi", ["elections"]),
        ("anayasa değişikliği için referandum", ["constitution", "elections"]),
        ("bölgedeki son durum", ["regional_affairs"]),
        ("krizin bölgeye yansımaları", ["conflict", "regional_affairs"]),
        ("sınırdaki tansiyonun azaltılması", ["conflict"]),
        ("Venezuela'daki seçimler", ["venezuela", "elections"]),
        ("Beyaz Rusya ile ticaret", ["belarus", "trade"]),
        ("İran ile ilişkiler", ["iran", "international_relations"]),
        ("Iran ile ilişkiler", ["iran", "international_relations"]),  # İ typed as a plain I
        ("İdlib'deki insani durum", ["syria", "humanitarian_aid"]),
        ("çalışma saatlerinin kısaltılması", ["labour"]),
        ("minibüs ve dolmuş hatları", ["transport"]),
        ("gündemdeki konular", ["current_developments"]),
        ("iki ülke arasındaki meseleler", ["bilateral_relations"]),
        ("muhtarların talepleri", ["local_government"]),
    ],
)
def test_an_item_names_the_concepts_of_its_words(taxonomy, item, labels):
    assert taxonomy.concepts_in(item) == labels


@pytest.mark.parametrize(
    "item, labels",
    [
        ("seçim güvenliğine ilişkin tedbirler", ["elections", "measures"]),
        ("esir takasına dair ayrıntılar", ["prisoner_exchange"]),
        ("geçen yıla ilişkin veriler", []),
    ],
)
def test_a_postposition_names_no_concept(taxonomy, item, labels):
    # "ilişkin" (regarding) is no form of "ilişkiler" (relations)
    assert taxonomy.concepts_in(item) == labels


@pytest.mark.parametrize(
    "item, label",
    [
        ("TBMM", "parliament"),
        ("Meclis'e sunulan kanun teklifi", "legislation"),
        ("TBMM Başkanlık Divanı seçimi", "elections"),
    ],
)
def test_parliament_alone_is_a_label_but_yields_to_what_it_governs(taxonomy, item, label):
    assert taxonomy.main_concept(taxonomy.concepts_in(item)) == label
