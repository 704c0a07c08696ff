"""Money of news pages, second pool (issue 18): hedges of market reports (a band, leaning on a figure,
leaving it behind, a target approached), the point a price reached, a hedge shared by a parallel
figure, a sub-unit alone."""

import pytest

import pipeline


def amounts(text: str) -> list[tuple]:
    return [(m.amount, m.currency, m.approximate) for m in pipeline.extract(text).money]


@pytest.mark.parametrize(
    ("text", "approximate"),
    [
        ("Brent petrol 82 dolar bandında işlem görüyor.", True),
        ("Çeyrek altın 4 bin lira bandına geriledi.", True),
        ("Kilo fiyatı 300 liraya dayandı.", True),
        ("Şirketin piyasa değeri 3 milyar doları geride bıraktı.", True),
        ("Daire kiraları dün 25 bin lira eşiğini de geride bıraktı.", True),
        ("Hisse 40 dolar hedefine yaklaştı.", True),
        ("Şirket 2 milyar dolar hedefini aştı.", True),
        # a target named, not passed
        ("Kurum 3 milyar dolar hedefini açıkladı.", False),
    ],
)
def test_hedges_of_market_reports(text, approximate):
    [(_, _, hedged)] = amounts(text)
    assert hedged is approximate


@pytest.mark.parametrize(
    ("text", "approximate"),
    [
        # an attributive currency: the threshold noun may come two words later, "sınırı" is an accusative
        ("Bakır 10 bin dolarlık önemli direnç sınırına çok yaklaştı.", True),
        ("Fiyat 2 bin liralık sınırı aştı.", True),
        # a threshold noun with its possessive, before the passive
        ("Yılın ilk yarısında 8 milyar dolarlık satış barajı aşıldı.", True),
        ("Bakanlık 6 milyar liralık destek paketini duyurdu.", False),
    ],
)
def test_a_threshold_noun_after_an_attributive_currency(text, approximate):
    [(_, _, hedged)] = amounts(text)
    assert hedged is approximate


@pytest.mark.parametrize(
    ("text", "approximate"),
    [
        # the point a price reached: exact
        ("Kiralık dairelerin fiyatı 15 bin liraya kadar çıktı.", False),
        ("Bakırın tonu geçen ay 8 bin dolara kadar geriledi.", False),
        ("Kur 31 liraya kadar gerileyince yatırımcı alıma geçti.", False),
        ("Kilo fiyatı 90 lira seviyesine kadar yükselen domates ucuzladı.", False),
        ("Fiyat 12 liraya kadar düşerek dip yaptı.", False),
        # a bound, not a point reached
        ("Kurala uymayanlara 20 bin liraya kadar ceza kesilecek.", True),
        ("Fiyatın 70 dolara kadar çıkabileceği belirtildi.", True),
        ("Zincir market 300 liraya kadar indirim yaptı.", True),
    ],
)
def test_a_figure_reached_by_a_movement_is_exact(text, approximate):
    [(_, _, hedged)] = amounts(text)
    assert hedged is approximate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geçen yaz ekmek 10 lira, simit ise 15 lira civarındaydı.", [True, True]),
        ("Kiralar 20 bin liranın, aidatlar ise 2 bin liranın üzerinde.", [True, True]),
        # the first figure has its own verb, or another case: its own
        ("Ekmek 10 lira oldu, simit ise 15 lira civarında kaldı.", [False, True]),
        ("Gelir 4 milyar dolar, gider ise 5 milyar doları aştı.", [False, True]),
    ],
)
def test_a_verbless_parallel_figure_shares_the_hedge_after_the_next(text, expected):
    assert [hedged for *_, hedged in amounts(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ekmeğin fiyatına 75 kuruş zam yapıldı.", [(0.75, "TRY", False)]),
        ("Simide 25 kuruşluk indirim geldi.", [(0.25, "TRY", False)]),
        ("Otobüs ücretine 40-50 kuruş zam bekleniyor.", [(0.4, "TRY", True), (0.5, "TRY", True)]),
        ("Mazot 47 lira 15 kuruşa çıktı.", [(47.15, "TRY", False)]),
        # a sub-unit of any currency, or a count in words ("not a penny"), is no amount alone
        ("Hisse bugün 30 sent değer kaybetti.", []),
        ("Bu işten bir kuruş bile kazanmadı.", []),
    ],
)
def test_a_sub_unit_of_one_currency_alone_is_an_amount(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "approximate"),
    [
        ("Tablonun değerinin 20 milyon dolar olduğu tahmin ediliyor.", True),
        ("Servetinin 3 milyar dolar olduğu sanılıyor.", True),
        ("Toplam gider bütçesi 657 milyon TL olarak belirlendi.", False),
    ],
)
def test_an_estimate_said_after_the_figure_hedges_it(text, approximate):
    assert [m[2] for m in amounts(text)] == [approximate]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Her birine 300'er lira ödenecek.", 300),
        ("Her çiftçiye 2 bin 500'er lira destek verilecek.", 2500),
        ("Ailelere beşer bin lira yardım yapıldı.", 5000),
        ("Kazananlara onar bin lira verilecek.", 10000),
        ("Birer milyon lira ödül verildi.", 1000000),
    ],
)
def test_a_distributive_amount_is_what_each_gets(text, amount):
    assert [m[0] for m in amounts(text)] == [amount]
