"""Organizations of the pages pool's kinds (round 18): news agencies named before ``haber
ajansı``, foreign names written with a Turkish İ, social-security funds and exporters'
associations by acronym, services named by their number, coalitions, research centres, and the
edges of a name (a field before ``ve``, a department before ``ve``, a columnist's byline, a
pair of countries typed with a loose hyphen). Inputs are short sentences written for these tests."""

import pytest

import pipeline


def organization_names(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a listed agency with the Turkish capital İ, and an unlisted one before its cue
        ("Sözcü, İnterfax ajansına yaptığı açıklamada görüşmenin iptal edildiğini bildirdi.", ["Interfax"]),
        ("Valilik, Kuzeyhaber haber ajansına bilgi verdi.", ["Kuzeyhaber"]),
        ("Olay, Doğruhat haber sitesi tarafından duyuruldu.", ["Doğruhat"]),
        # a site's last word alone is no cue: a housing estate
        ("Yeşilvadi Konutları sitesinde su kesintisi yaşanacak.", []),
    ],
)
def test_news_agencies_before_their_cue(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bu ay SSK emeklileri ile Bağkur emeklileri ikramiyeyi birlikte alacak.",
         ["Bağkur", "Sosyal Sigortalar Kurumu"]),
        ("Emekli Sandığı emeklilerinin maaşları ayın 15'inde yatırılacak.", ["Emekli Sandığı"]),
        ("İHKİB verilerine göre hazır giyim ihracatı geriledi.",
         ["İstanbul Hazır Giyim ve Konfeksiyon İhracatçıları Birliği"]),
        ("Yaralılar 112 Acil Servis ekiplerince hastaneye götürüldü.", ["112 Acil Servis"]),
        ("Gösteride SOLOTÜRK ile Türk Yıldızları uçtu.", ["Solotürk", "Türk Yıldızları"]),
    ],
)
def test_listed_public_bodies_and_associations(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Seçimde Yurttaş Koalisyonu ikinci sırada yer aldı.", ["Yurttaş Koalisyonu"]),
        ("Fabrika Konya Organize Sanayi Bölgesi içinde kuruldu.", ["Konya Organize Sanayi Bölgesi"]),
        ("Toplantıya Ege Üniversitesi Toprak Araştırma ve Uygulama Merkezi katıldı.",
         ["Ege Üniversitesi", "Ege Üniversitesi Toprak Araştırma ve Uygulama Merkezi"]),
    ],
)
def test_head_nouns_of_coalitions_zones_and_centres(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a field listed before ``ve`` opens the name, though alone it would be trimmed
        ("Kurul, Bilim ve Teknoloji İşbirliği Ajansı tarafından toplandı.", ["Bilim ve Teknoloji İşbirliği Ajansı"]),
        # a department before ``ve`` ends a name: the university after it is a name of its own
        ("Ege Üniversitesi Fizik Bölümü ve Oslo Üniversitesi ekipleri ölçüm yaptı.",
         ["Ege Üniversitesi", "Oslo Üniversitesi"]),
        # a columnist's byline before the newspaper's name
        ("Hülya Kaya Doğuşehir Gazetesi\n\nSeçimin ardından\n\nSeçim sona erdi.", ["Doğuşehir Gazetesi"]),
        # two countries typed with a space after the hyphen name a bilateral body
        ("Türkiye- Macaristan Parlamentolar Arası Dostluk Grubu bugün toplandı.",
         ["Türkiye-Macaristan Parlamentolar Arası Dostluk Grubu"]),
        # a bare head before a board is no company
        ("Yeni yatırımları Holding Yönetim Kurulu adına genel müdür anlattı.", []),
    ],
)
def test_name_edges(text, expected):
    assert organization_names(text) == expected
