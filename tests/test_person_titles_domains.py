"""Office titles across the domains of news (issue 17), probed with sentences written for these
tests: courts, local government, security ranks, universities and hospitals, religion, business,
sport, culture and media, parties, foreign offices, ``eski`` and staff offices, in lists, after
a genitive owner and in headlines. Titles are compared case-folded, as the scorer compares them."""

import pytest

import pipeline
from pipeline.lang.tr.text import turkish_lower


def folded_titles(text: str) -> dict[str, list[str]]:
    return {e.name: sorted(turkish_lower(t.title) for t in e.titles or [])
            for e in pipeline.extract(text).entities if e.type == "PERSON"}


def expected(titles: dict[str, list[str]]) -> dict[str, list[str]]:
    return {name: sorted(turkish_lower(t) for t in said) for name, said in titles.items()}


PROBES = [
    # judiciary
    ('İstanbul Cumhuriyet Başsavcısı Ali Kaya soruşturma başlatıldığını açıkladı.',
     {'Ali Kaya': ['İstanbul Cumhuriyet Başsavcısı']}),
    ('Ankara 5. Ağır Ceza Mahkemesi Başkanı Mehmet Öztürk duruşmayı erteledi.',
     {'Mehmet Öztürk': ['Ankara 5. Ağır Ceza Mahkemesi Başkanı']}),
    ('Anayasa Mahkemesi Başkanvekili Hasan Tekin törene katıldı.', {'Hasan Tekin': ['Anayasa Mahkemesi Başkanvekili']}),
    ('Duruşmada hakim Ayşe Demir sanığa söz verdi.', {'Ayşe Demir': ['hakim']}),
    ('Savcı Murat Yıldız mütalaasını açıkladı.', {'Murat Yıldız': ['Savcı']}),
    ('Sanığın avukatı Elif Şahin tahliye talep etti.', {'Elif Şahin': ['avukat']}),
    ('Avukat Kemal Aksoy dilekçeyi mahkemeye sundu.', {'Kemal Aksoy': ['Avukat']}),
    ('Yargıtay Başkanı Ömer Kerkez adli yıl açılışında konuştu.', {'Ömer Kerkez': ['Yargıtay Başkanı']}),
    ('Danıştay Başkanı Zeki Yiğit, yeni yargı paketini değerlendirdi.', {'Zeki Yiğit': ['Danıştay Başkanı']}),
    ('Dosyayı inceleyen Cumhuriyet Savcısı Burak Çelik ifadeye çağırdı.', {'Burak Çelik': ['Cumhuriyet Savcısı']}),
    ('HSK Başkanvekili Yasin Acar yeni kararnameyi duyurdu.', {'Yasin Acar': ['HSK Başkanvekili']}),
    ('İzmir Barosu Başkanı Selin Koç açıklama yaptı.', {'Selin Koç': ['İzmir Barosu Başkanı']}),
    ('Davaya bakan Bakırköy 3. Asliye Ceza Mahkemesi Hakimi Serap Uz kararını verdi.',
     {'Serap Uz': ['Bakırköy 3. Asliye Ceza Mahkemesi Hakimi']}),
    ('Yargıtay Cumhuriyet Başsavcısı Bekir Şahin, parti hakkında dava açtı.',
     {'Bekir Şahin': ['Yargıtay Cumhuriyet Başsavcısı']}),
    ('Ankara Cumhuriyet Başsavcıvekili Ahmet Er soruşturmayı yürütüyor.',
     {'Ahmet Er': ['Ankara Cumhuriyet Başsavcıvekili']}),
    ('Dosyanın savcısı Kemal Uçar, sanıklar hakkında hapis cezası istedi.', {'Kemal Uçar': ['savcı']}),
    ('Ailenin avukatı Hüseyin Ersöz ve Baro Başkanı Erinç Sağkan açıklama yaptı.',
     {'Hüseyin Ersöz': ['avukat'], 'Erinç Sağkan': ['Baro Başkanı']}),
    # local government
    ('Ankara Büyükşehir Belediye Başkanı Ahmet Yılmaz yeni metro hattını açtı.',
     {'Ahmet Yılmaz': ['Ankara Büyükşehir Belediye Başkanı']}),
    ('Konya İl Sağlık Müdürü Hüseyin Aydın aşı kampanyasını başlattı.', {'Hüseyin Aydın': ['Konya İl Sağlık Müdürü']}),
    ('Kaymakam Selim Arslan köy yollarını inceledi.', {'Selim Arslan': ['Kaymakam']}),
    ('Bursa Vali Yardımcısı Cengiz Kara toplantıya başkanlık etti.', {'Cengiz Kara': ['Bursa Vali Yardımcısı']}),
    ('Köyün muhtarı Ramazan Doğan yaşananları anlattı.', {'Ramazan Doğan': ['muhtar']}),
    ('Mahalle muhtarı Fatma Yurt yardım kolilerini dağıttı.', {'Fatma Yurt': ['Mahalle muhtarı']}),
    ('Belediye meclis üyesi Oğuz Tan önerge verdi.', {'Oğuz Tan': ['Belediye meclis üyesi']}),
    ('Çankaya Kaymakamı Levent Er ve Çankaya Belediye Başkanı Nur Ak fidan dikti.',
     {'Levent Er': ['Çankaya Kaymakamı'], 'Nur Ak': ['Çankaya Belediye Başkanı']}),
    ('İzmir Valisi Kadir Tunç, İl Milli Eğitim Müdürü Emre Sezer ile okulları gezdi.',
     {'Kadir Tunç': ['İzmir Valisi'], 'Emre Sezer': ['İl Milli Eğitim Müdürü']}),
    ('Kadıköy Belediyesi Fen İşleri Müdürü Banu Öz çalışmaları anlattı.',
     {'Banu Öz': ['Kadıköy Belediyesi Fen İşleri Müdürü']}),
    ('Antalya İl Tarım ve Orman Müdürü Veli Şen hasat sezonunu açtı.',
     {'Veli Şen': ['Antalya İl Tarım ve Orman Müdürü']}),
    ('Samsun Büyükşehir Belediyesi Genel Sekreteri Tuncay Er projeyi tanıttı.',
     {'Tuncay Er': ['Samsun Büyükşehir Belediyesi Genel Sekreteri']}),
    ('Kadıköy Belediye Başkanı Mesut Kösedağı ile Üsküdar Belediye Başkanı Sinem Dedetaş bir araya geldi.',
     {'Mesut Kösedağı': ['Kadıköy Belediye Başkanı'], 'Sinem Dedetaş': ['Üsküdar Belediye Başkanı']}),
    ('Mersin Büyükşehir Belediyesi Sözcüsü Emre Ak açıklama yaptı.',
     {'Emre Ak': ['Mersin Büyükşehir Belediyesi Sözcüsü']}),
    ('İBB Genel Sekreter Yardımcısı Pınar Cem projeyi anlattı.', {'Pınar Cem': ['İBB Genel Sekreter Yardımcısı']}),
    ("Kadıköy'ün muhtarlarından Ayten Işık konuştu.", {'Ayten Işık': ['Kadıköy muhtarı']}),  # one of them
    ("İzmir Büyükşehir Belediye Başkanı Cemil Tugay'ın danışmanı Ece Koç istifa etti.",
     {'Cemil Tugay': ['İzmir Büyükşehir Belediye Başkanı'], 'Ece Koç': ['danışman']}),
    ('Bodrum Kaymakamı Ali Kaya, Bodrum Belediye Başkanı Tamer Mandalinci ve Bodrum İlçe Emniyet Müdürü Serkan Ay inceleme yaptı.',
     {'Ali Kaya': ['Bodrum Kaymakamı'], 'Tamer Mandalinci': ['Bodrum Belediye Başkanı'], 'Serkan Ay': ['Bodrum İlçe Emniyet Müdürü']}),
    # security
    ('İstanbul İl Emniyet Müdürü Selami Yılmaz operasyonun ayrıntılarını paylaştı.',
     {'Selami Yılmaz': ['İstanbul İl Emniyet Müdürü']}),
    ('Hatay İl Jandarma Komutanı Albay Ercan Uçar bölgeyi denetledi.',
     {'Ercan Uçar': ['Hatay İl Jandarma Komutanı', 'Albay']}),
    ('Tümgeneral Yavuz Demirci tatbikatı izledi.', {'Yavuz Demirci': ['Tümgeneral']}),
    ('Kara Kuvvetleri Komutanı Orgeneral Selçuk Bayraktaroğlu birlikleri denetledi.',
     {'Selçuk Bayraktaroğlu': ['Kara Kuvvetleri Komutanı', 'Orgeneral']}),
    ('3. Kolordu Kurmay Başkanı Tuğgeneral Aydın Kurt basın mensuplarını bilgilendirdi.',
     {'Aydın Kurt': ['3. Kolordu Kurmay Başkanı', 'Tuğgeneral']}),
    ('Emniyet Genel Müdürü Mahmut Demirtaş yeni sezonun hedeflerini açıkladı.',
     {'Mahmut Demirtaş': ['Emniyet Genel Müdürü']}),
    ('Kurmay Albay Kerem Aslan şehit düştü.', {'Kerem Aslan': ['Kurmay Albay']}),
    ('Jandarma Genel Komutanı Orgeneral Arif Çetin törene katıldı.',
     {'Arif Çetin': ['Jandarma Genel Komutanı', 'Orgeneral']}),
    ('Deniz Kuvvetleri Komutanı Oramiral Ercüment Tatlıoğlu gemiyi ziyaret etti.',
     {'Ercüment Tatlıoğlu': ['Deniz Kuvvetleri Komutanı', 'Oramiral']}),
    ('Polis memuru Serdar Kılıç olay yerinde yaralandı.', {'Serdar Kılıç': ['Polis memuru']}),
    ('Ankara Emniyet Müdürü Engin Dinç soruları cevapladı.', {'Engin Dinç': ['Ankara Emniyet Müdürü']}),
    ('Uzman Çavuş Mert Yalın tedavi altına alındı.', {'Mert Yalın': ['Uzman Çavuş']}),
    ('Hudut Kuvvetleri Komutanı Korgeneral Ali Çardakçı sınır birliklerini denetledi.',
     {'Ali Çardakçı': ['Hudut Kuvvetleri Komutanı', 'Korgeneral']}),
    ('Ankara İl Jandarma Komutanı Tuğgeneral Oğuz Kaya kazayı anlattı.',
     {'Oğuz Kaya': ['Ankara İl Jandarma Komutanı', 'Tuğgeneral']}),
    ('MSB Basın ve Halkla İlişkiler Müşaviri Tuğamiral Zeki Aktürk haftalık bilgilendirme yaptı.',
     {'Zeki Aktürk': ['MSB Basın ve Halkla İlişkiler Müşaviri', 'Tuğamiral']}),
    ('Genelkurmay Başkanı Orgeneral Metin Gürak ile Kara Kuvvetleri Komutanı Orgeneral Selçuk Bayraktaroğlu sınırda incelemelerde bulundu.',
     {'Metin Gürak': ['Genelkurmay Başkanı', 'Orgeneral'], 'Selçuk Bayraktaroğlu': ['Kara Kuvvetleri Komutanı', 'Orgeneral']}),
    ('Emniyet müdürü Sinan Kurt olay yerinde incelemelerde bulundu.', {'Sinan Kurt': ['Emniyet müdürü']}),
    # academia and health
    ('Ankara Üniversitesi Rektörü Necdet Ünüvar mezuniyet töreninde konuştu.',
     {'Necdet Ünüvar': ['Ankara Üniversitesi Rektörü']}),
    ('Tıp Fakültesi Dekanı Zehra Arı yeni laboratuvarı açtı.', {'Zehra Arı': ['Tıp Fakültesi Dekanı']}),
    ('Hastanenin başhekimi Cem Işık hastaların durumunu anlattı.', {'Cem Işık': ['başhekim']}),
    ('Şehir Hastanesi Başhekimi Osman Tuna açıklama yaptı.', {'Osman Tuna': ['Şehir Hastanesi Başhekimi']}),
    ('Rektör Mustafa Kaçar öğrencilerle buluştu.', {'Mustafa Kaçar': ['Rektör']}),
    ('Sağlık Bakanı Kemal Memişoğlu ile İl Sağlık Müdürü Ayten Gül hastaneyi gezdi.',
     {'Kemal Memişoğlu': ['Sağlık Bakanı'], 'Ayten Gül': ['İl Sağlık Müdürü']}),
    ('Boğaziçi Üniversitesi Rektör Yardımcısı Serap Kaya basına bilgi verdi.',
     {'Serap Kaya': ['Boğaziçi Üniversitesi Rektör Yardımcısı']}),
    ('Türk Tabipleri Birliği Başkanı Ali Can Tarhan açıklama yaptı.',
     {'Ali Can Tarhan': ['Türk Tabipleri Birliği Başkanı']}),
    ('YÖK Başkanı Erol Özvar yeni düzenlemeyi anlattı.', {'Erol Özvar': ['YÖK Başkanı']}),
    ('Hacettepe Üniversitesi öğretim üyesi Deniz Ak salgını değerlendirdi.',
     {'Deniz Ak': ['Hacettepe Üniversitesi öğretim üyesi']}),
    ('Hacettepe Üniversitesi Tıp Fakültesi Dekanı Prof. Dr. Selim Kurt raporu açıkladı.',
     {'Selim Kurt': ['Hacettepe Üniversitesi Tıp Fakültesi Dekanı']}),
    ('Koç Üniversitesi Rektör Yardımcısı Leyla Pak konferans verdi.',
     {'Leyla Pak': ['Koç Üniversitesi Rektör Yardımcısı']}),
    ('Üniversitenin rektörü Ahmet Kaya öğrencilere seslendi.', {'Ahmet Kaya': ['rektör']}),
    # religion
    ('Diyanet İşleri Başkanı Ali Erbaş cuma hutbesini okudu.', {'Ali Erbaş': ['Diyanet İşleri Başkanı']}),
    ('Kayseri İl Müftüsü Şükrü Güneş bayram mesajı yayımladı.', {'Şükrü Güneş': ['Kayseri İl Müftüsü']}),
    ('Müftü Hamza Yıldırım cami açılışına katıldı.', {'Hamza Yıldırım': ['Müftü']}),
    ('Diyanet İşleri Başkan Yardımcısı Burhan İşliyen toplantıya katıldı.',
     {'Burhan İşliyen': ['Diyanet İşleri Başkan Yardımcısı']}),
    ("Papa Leo Vatikan'da açıklama yaptı.", {'Leo': ['Papa']}),
    ('Fener Rum Patriği Bartholomeos ile Ermeni Patriği Sahak Maşalyan görüştü.', {'Sahak Maşalyan': ['Patrik']}),
    ('İstanbul İl Müftüsü Emrullah Tuncel bayram namazını kıldırdı.', {'Emrullah Tuncel': ['İstanbul İl Müftüsü']}),
    # business
    ('Koç Holding Yönetim Kurulu Başkanı Ömer Koç yatırımları anlattı.',
     {'Ömer Koç': ['Koç Holding Yönetim Kurulu Başkanı']}),
    ("Şirketin CEO'su Deniz Akın yeni stratejiyi duyurdu.", {'Deniz Akın': ['CEO']}),
    ('Türk Telekom Genel Müdürü Ümit Önal fiber yatırımlarını açıkladı.', {'Ümit Önal': ['Türk Telekom Genel Müdürü']}),
    ('TÜSİAD Başkanı Orhan Turan ekonomi politikalarını eleştirdi.', {'Orhan Turan': ['TÜSİAD Başkanı']}),
    ('İstanbul Ticaret Odası Başkanı Şekib Avdagiç ihracat rakamlarını yorumladı.',
     {'Şekib Avdagiç': ['İstanbul Ticaret Odası Başkanı']}),
    ('TOBB Başkanı Rifat Hisarcıklıoğlu genel kurulda konuştu.', {'Rifat Hisarcıklıoğlu': ['TOBB Başkanı']}),
    ('MÜSİAD Genel Başkanı Burhan Özdemir yeni dönemi değerlendirdi.', {'Burhan Özdemir': ['MÜSİAD Genel Başkanı']}),
    ('Bankanın genel müdürü Selim Bora kâr rakamlarını açıkladı.', {'Selim Bora': ['genel müdür']}),
    ("Sabancı Holding CEO'su Cenk Alper yatırım planını paylaştı.", {'Cenk Alper': ['Sabancı Holding CEO']}),
    ('Şirketin kurucusu Hakan Er halka arzı değerlendirdi.', {'Hakan Er': ['kurucu']}),
    ("Tesla CEO'su Elon Musk yeni modeli tanıttı.", {'Elon Musk': ['Tesla CEO']}),
    ('Borsa İstanbul Genel Müdürü Korkmaz Ergun işlem hacmini açıkladı.',
     {'Korkmaz Ergun': ['Borsa İstanbul Genel Müdürü']}),
    ('THY Yönetim Kurulu Başkanı Ahmet Bolat yeni uçakları tanıttı.', {'Ahmet Bolat': ['THY Yönetim Kurulu Başkanı']}),
    ('Ford Otosan Genel Müdürü Güven Özyurt yatırımı duyurdu.', {'Güven Özyurt': ['Ford Otosan Genel Müdürü']}),
    ('Ankara Sanayi Odası Başkanı Seyit Ardıç enflasyonu değerlendirdi.',
     {'Seyit Ardıç': ['Ankara Sanayi Odası Başkanı']}),
    ('Holdingin yönetim kurulu başkanı Ali Koç yatırım planını anlattı.', {'Ali Koç': ['yönetim kurulu başkanı']}),
    ('Aselsan Genel Müdürü Ahmet Akyol, Roketsan Genel Müdürü Murat İkinci ve TUSAŞ Genel Müdürü Mehmet Demiroğlu fuarda konuştu.',
     {'Ahmet Akyol': ['Aselsan Genel Müdürü'], 'Murat İkinci': ['Roketsan Genel Müdürü'], 'Mehmet Demiroğlu': ['TUSAŞ Genel Müdürü']}),
    # sport
    ("Fenerbahçe'nin teknik direktörü Burak Er maç sonrası konuştu.", {'Burak Er': ['Fenerbahçe teknik direktörü']}),
    ('Takımın kaptanı Arda Şen galibiyeti taraftarlara armağan etti.', {'Arda Şen': ['kaptan']}),
    ('Galatasaray Kulübü Başkanı Dursun Özbek seçime gidileceğini açıkladı.',
     {'Dursun Özbek': ['Galatasaray Kulübü Başkanı']}),
    ('Türkiye Futbol Federasyonu Başkanı İbrahim Hacıosmanoğlu hakem kararlarını savundu.',
     {'İbrahim Hacıosmanoğlu': ['Türkiye Futbol Federasyonu Başkanı']}),
    ('Teknik direktör Okan Buruk kadroyu açıkladı.', {'Okan Buruk': ['Teknik direktör']}),
    ('Milli takımın kaptanı Hakan Çalhanoğlu basın toplantısına katıldı.', {'Hakan Çalhanoğlu': ['kaptan']}),
    ('Beşiktaş Başkanı Serdal Adalı yeni transferi duyurdu.', {'Serdal Adalı': ['Beşiktaş Başkanı']}),
    ('Trabzonspor Teknik Direktörü Fatih Tekke oyuncularını kutladı.',
     {'Fatih Tekke': ['Trabzonspor Teknik Direktörü']}),
    ('Türkiye Basketbol Federasyonu Başkanı Hidayet Türkoğlu sezonu değerlendirdi.',
     {'Hidayet Türkoğlu': ['Türkiye Basketbol Federasyonu Başkanı']}),
    ('Kulüp başkanı Sinan Yıldız hakemlere tepki gösterdi.', {'Sinan Yıldız': ['Kulüp başkanı']}),
    ('Maçın hakemi Cüneyt Çakır penaltı kararı verdi.', {'Cüneyt Çakır': ['hakem']}),
    ('Fenerbahçe Başkanı Sadettin Saran ile Galatasaray Başkanı Dursun Özbek el sıkıştı.',
     {'Sadettin Saran': ['Fenerbahçe Başkanı'], 'Dursun Özbek': ['Galatasaray Başkanı']}),
    ('Milli Takım Teknik Direktörü Vincenzo Montella kadroyu açıkladı.',
     {'Vincenzo Montella': ['Milli Takım Teknik Direktörü']}),
    ("Galatasaray'ın teknik direktörü Okan Buruk ve kaptanı Fernando Muslera basınla buluştu.",
     {'Okan Buruk': ['Galatasaray teknik direktörü']}),
    ('Kulübün basın sözcüsü Ali Gür açıklama yaptı.', {'Ali Gür': ['basın sözcüsü']}),
    # culture and media
    ('Yönetmen Nuri Bilge Ceylan yeni filmini tanıttı.', {'Nuri Bilge Ceylan': ['Yönetmen']}),
    ('Gazetenin genel yayın yönetmeni Ahmet Tekin istifa etti.', {'Ahmet Tekin': ['genel yayın yönetmeni']}),
    ('Köşe yazarı Ayşe Arman yeni kitabını imzaladı.', {'Ayşe Arman': []}),
    ('Oyuncu Haluk Bilginer ödülünü aldı.', {'Haluk Bilginer': []}),
    ('Ünlü şarkıcı Sezen Aksu konser verdi.', {'Sezen Aksu': []}),
    ('Gazeteci Can Dündar ifade verdi.', {'Can Dündar': []}),
    ('TRT Genel Müdürü Mehmet Sadi Öz yeni kanalı tanıttı.', {'Mehmet Sadi Öz': ['TRT Genel Müdürü']}),
    ('Anadolu Ajansı Yönetim Kurulu Başkanı Serdar Karagöz ödülleri verdi.',
     {'Serdar Karagöz': ['Anadolu Ajansı Yönetim Kurulu Başkanı']}),
    ('Ressam Bedri Baykam sergisini açtı.', {'Bedri Baykam': []}),
    ('RTÜK Başkanı Ebubekir Şahin kanala ceza verdi.', {'Ebubekir Şahin': ['RTÜK Başkanı']}),
    ('Sabah gazetesi yazarı Mahmut Övür yeni yazısında seçimleri ele aldı.',
     {'Mahmut Övür': ['Sabah gazetesi yazarı']}),
    ('İstanbul Film Festivali Direktörü Kerem Ayan programı açıkladı.',
     {'Kerem Ayan': ['İstanbul Film Festivali Direktörü']}),
    ('Filmin yönetmeni Zeki Demirkubuz ödül aldı.', {'Zeki Demirkubuz': ['yönetmen']}),
    ('Gazetenin köşe yazarı Nihal Kemaloğlu yazısında tepki gösterdi.', {'Nihal Kemaloğlu': []}),
    # parties
    ('AK Parti Genel Başkan Yardımcısı Efkan Ala seçim takvimini açıkladı.',
     {'Efkan Ala': ['AK Parti Genel Başkan Yardımcısı']}),
    ("CHP Grup Başkanvekili Ali Mahir Başarır Meclis'te konuştu.", {'Ali Mahir Başarır': ['CHP Grup Başkanvekili']}),
    ('CHP İstanbul İl Başkanı Özgür Çelik kongreyi değerlendirdi.', {'Özgür Çelik': ['CHP İstanbul İl Başkanı']}),
    ('MHP İzmir Milletvekili Yaşar Kırkpınar kanun teklifi verdi.', {'Yaşar Kırkpınar': ['MHP İzmir Milletvekili']}),
    ('Partinin il başkanı Murat Kaya basın açıklaması yaptı.', {'Murat Kaya': ['il başkanı']}),
    ('İYİ Parti Sözcüsü Kürşad Zorlu gündemi değerlendirdi.', {'Kürşad Zorlu': ['İYİ Parti Sözcüsü']}),
    ('DEM Parti Eş Genel Başkanı Tuncer Bakırhan miting düzenledi.',
     {'Tuncer Bakırhan': ['DEM Parti Eş Genel Başkanı']}),
    ('AK Parti Grup Başkanı Abdullah Güler yasa teklifini sundu.', {'Abdullah Güler': ['AK Parti Grup Başkanı']}),
    ("CHP'nin Genel Başkan Yardımcısı Burhanettin Bulut soru önergesi verdi.",
     {'Burhanettin Bulut': ['CHP Genel Başkan Yardımcısı']}),
    ('Yeniden Refah Partisi Genel Başkanı Fatih Erbakan ittifak sorusunu yanıtladı.',
     {'Fatih Erbakan': ['Yeniden Refah Partisi Genel Başkanı']}),
    ('AK Parti Merkez Karar ve Yönetim Kurulu Üyesi Zehra Taşkesenlioğlu konuştu.',
     {'Zehra Taşkesenlioğlu': ['AK Parti Merkez Karar ve Yönetim Kurulu Üyesi']}),
    ('Saadet Partisi İlçe Başkanı Ali Bayram seçmenlerle buluştu.', {'Ali Bayram': ['Saadet Partisi İlçe Başkanı']}),
    ('AK Parti Ankara İl Başkanı Hakan Han Özcan adayları tanıttı.',
     {'Hakan Han Özcan': ['AK Parti Ankara İl Başkanı']}),
    ('CHP Parti Meclisi Üyesi Gökçe Gökçen toplantıya katıldı.', {'Gökçe Gökçen': ['CHP Parti Meclisi Üyesi']}),
    ('AK Parti Grup Başkanvekili Leyla Şahin Usta, CHP Grup Başkanvekili Gökhan Günaydın ve MHP Grup Başkanvekili Filiz Kılıç tartıştı.',
     {'Leyla Şahin Usta': ['AK Parti Grup Başkanvekili'], 'Gökhan Günaydın': ['CHP Grup Başkanvekili'], 'Filiz Kılıç': ['MHP Grup Başkanvekili']}),
    ("CHP'nin İstanbul İl Başkanı Özgür Çelik açıklama yaptı.", {'Özgür Çelik': ['CHP İstanbul İl Başkanı']}),
    ('Partinin milletvekili Ayşe Gül soru önergesi verdi.', {'Ayşe Gül': ['milletvekili']}),
    # foreign offices
    ("ABD Dışişleri Bakanı Marco Rubio Ankara'ya geldi.", {'Marco Rubio': ['Dışişleri Bakanı']}),
    ('Fransa Cumhurbaşkanı Emmanuel Macron açıklama yaptı.', {'Emmanuel Macron': ['Cumhurbaşkanı']}),
    ("İngiltere Başbakanı Keir Starmer Londra'da konuştu.", {'Keir Starmer': ['Başbakan']}),
    ('BM Genel Sekreteri Antonio Guterres ateşkes çağrısı yaptı.', {'Antonio Guterres': ['BM Genel Sekreteri']}),
    ('AB Komisyonu Başkanı Ursula von der Leyen zirveye katıldı.', {'Ursula von der Leyen': ['AB Komisyonu Başkanı']}),
    ("Almanya Şansölyesi Friedrich Merz Paris'i ziyaret etti.", {'Friedrich Merz': ['Şansölye']}),
    ('Rus Devlet Başkanı Vladimir Putin görüşmeyi değerlendirdi.', {'Vladimir Putin': ['Devlet Başkanı']}),
    ('İran Dışişleri Bakanı Abbas Arakçi ile Dışişleri Bakanı Hakan Fidan görüştü.',
     {'Abbas Arakçi': ['Dışişleri Bakanı'], 'Hakan Fidan': ['Dışişleri Bakanı']}),
    ('Beyaz Saray Sözcüsü Karoline Leavitt soruları yanıtladı.', {'Karoline Leavitt': ['Beyaz Saray Sözcüsü']}),
    ("ABD'nin Ankara Büyükelçisi Tom Barrack açıklama yaptı.", {'Tom Barrack': ['Ankara Büyükelçisi']}),
    ("Ukrayna Devlet Başkanı Volodimir Zelenski Kiev'de konuştu.", {'Volodimir Zelenski': ['Devlet Başkanı']}),
    ("Alman Dışişleri Bakanı Johann Wadephul Kiev'i ziyaret etti.", {'Johann Wadephul': ['Dışişleri Bakanı']}),
    ('Çin Devlet Başkanı Şi Cinping ile Rusya Devlet Başkanı Vladimir Putin görüştü.',
     {'Şi Cinping': ['Devlet Başkanı'], 'Vladimir Putin': ['Devlet Başkanı']}),
    ('Dünya Sağlık Örgütü Genel Direktörü Tedros Adhanom Ghebreyesus uyardı.',
     {'Tedros Adhanom Ghebreyesus': ['Dünya Sağlık Örgütü Genel Direktörü']}),
    ('IMF Başkanı Kristalina Georgieva büyüme tahminini düşürdü.', {'Kristalina Georgieva': ['IMF Başkanı']}),
    ("Fransa'nın Ankara Büyükelçisi Isabelle Dumont kabul töreni düzenledi.",
     {'Isabelle Dumont': ['Ankara Büyükelçisi']}),
    ("Rusya'nın BM Daimi Temsilcisi Vasiliy Nebenzya konseyde konuştu.", {'Vasiliy Nebenzya': ['BM Daimi Temsilcisi']}),
    ('İsrail Başbakanı Binyamin Netanyahu, ABD Başkanı Donald Trump ile görüştü.',
     {'Binyamin Netanyahu': ['Başbakan'], 'Donald Trump': ['Başkan']}),
    # eski, vekili, staff offices
    ('Eski Başbakan Ahmet Davutoğlu yeni partisini anlattı.', {'Ahmet Davutoğlu': ['eski Başbakan']}),
    ('Yeni Milli Eğitim Bakanı Yusuf Tekin görevi devraldı.', {'Yusuf Tekin': ['Milli Eğitim Bakanı']}),
    ('Belediye Başkan Vekili Nuri Aslan meclisi topladı.', {'Nuri Aslan': ['Belediye Başkan Vekili']}),
    ('Cumhurbaşkanlığı Sözcüsü İbrahim Kalın soruları yanıtladı.', {'İbrahim Kalın': ['Cumhurbaşkanlığı Sözcüsü']}),
    ('Cumhurbaşkanı Başdanışmanı Mehmet Uçum açıklama yaptı.', {'Mehmet Uçum': ['Cumhurbaşkanı Başdanışmanı']}),
    ('Cumhurbaşkanı Danışmanı Ayşe Böhürler programa katıldı.', {'Ayşe Böhürler': ['Cumhurbaşkanı Danışmanı']}),
    ("ABD'nin Suriye Özel Temsilcisi Tom Barrack Şam'a gitti.", {'Tom Barrack': ['Özel Temsilcisi']}),
    ('Eski Dışişleri Bakanı Mevlüt Çavuşoğlu kitabını tanıttı.', {'Mevlüt Çavuşoğlu': ['eski Dışişleri Bakanı']}),
    ('Dışişleri Bakanlığı Sözcüsü Öncü Keçeli açıklama yaptı.', {'Öncü Keçeli': ['Dışişleri Bakanlığı Sözcüsü']}),
    ("MHP Genel Başkanı Devlet Bahçeli'nin Başdanışmanı Tuğrul Türkeş konuştu.",
     {'Devlet Bahçeli': ['MHP Genel Başkanı'], 'Tuğrul Türkeş': ['Başdanışman']}),
    ('CHP eski Genel Başkanı Kemal Kılıçdaroğlu açıklama yaptı.', {'Kemal Kılıçdaroğlu': ['CHP eski Genel Başkanı']}),
    ('Ekonomiden Sorumlu Devlet Bakanı Ali Babacan konuştu.', {'Ali Babacan': ['Ekonomiden Sorumlu Devlet Bakanı']}),
    ('Cumhurbaşkanı Başdanışmanı Mehmet Uçum ile Cumhurbaşkanı Yardımcısı Cevdet Yılmaz görüştü.',
     {'Mehmet Uçum': ['Cumhurbaşkanı Başdanışmanı'], 'Cevdet Yılmaz': ['Cumhurbaşkanı Yardımcısı']}),
    ('Başbakan Danışmanı Ali Koç açıklama yaptı.', {'Ali Koç': ['Başbakan Danışmanı']}),
    ('Genel Başkan Danışmanı Emre Kaya konuştu.', {'Emre Kaya': ['Genel Başkan Danışmanı']}),
    ('Eski İçişleri Bakanı Süleyman Soylu, eski Başbakan Binali Yıldırım ile görüştü.',
     {'Süleyman Soylu': ['eski İçişleri Bakanı'], 'Binali Yıldırım': ['eski Başbakan']}),
    ('Dışişleri Bakan Yardımcısı Nuh Yılmaz heyete başkanlık etti.', {'Nuh Yılmaz': ['Dışişleri Bakan Yardımcısı']}),
    ('Cumhurbaşkanlığı İletişim Başkanı Burhanettin Duran açıklama yaptı.',
     {'Burhanettin Duran': ['Cumhurbaşkanlığı İletişim Başkanı']}),
    # lists, appositions, headlines
    ('Törene Vali Hulusi Şahin, Belediye Başkanı Muhittin Böcek ve Garnizon Komutanı Tuğgeneral Ali Ekinci katıldı.',
     {'Hulusi Şahin': ['Vali'], 'Muhittin Böcek': ['Belediye Başkanı'], 'Ali Ekinci': ['Garnizon Komutanı', 'Tuğgeneral']}),
    ('Mehmet Şimşek, Hazine ve Maliye Bakanı olarak yeni programı açıkladı.',
     {'Mehmet Şimşek': ['Hazine ve Maliye Bakanı']}),
    ("Bakan Yerlikaya'nın danışmanı Ali Tuna toplantıya katıldı.", {'Ali Tuna': ['danışman']}),
    ('Erdoğan, Dışişleri Bakanı Hakan Fidan ve MİT Başkanı İbrahim Kalın ile görüştü.',
     {'Hakan Fidan': ['Dışişleri Bakanı'], 'İbrahim Kalın': ['MİT Başkanı']}),
    ("TBMM Başkanı Numan Kurtulmuş'un Danışmanı Ahmet Gün istifa etti.",
     {'Numan Kurtulmuş': ['TBMM Başkanı'], 'Ahmet Gün': ['Danışman']}),
    ('Fidan, NATO Genel Sekreteri Mark Rutte ile bir araya geldi.', {'Mark Rutte': ['NATO Genel Sekreteri']}),
    ('İçişleri Bakanı Ali Yerlikaya: Operasyonlar Sürecek', {'Ali Yerlikaya': ['İçişleri Bakanı']}),
    ('Toplantıya Gaziantep Valisi Kemal Çeber, Gaziantep Büyükşehir Belediye Başkanı Fatma Şahin ve İl Emniyet Müdürü Mehmet Yılmaz katıldı.',
     {'Kemal Çeber': ['Gaziantep Valisi'], 'Fatma Şahin': ['Gaziantep Büyükşehir Belediye Başkanı'], 'Mehmet Yılmaz': ['İl Emniyet Müdürü']}),
    ('Özgür Özel (CHP Genel Başkanı) basınla buluştu.', {'Özgür Özel': ['CHP Genel Başkanı']}),
    ('İSTANBUL VALİSİ DAVUT GÜL AÇIKLAMA YAPTI', {'Davut Gül': ['İstanbul Valisi']}),
    ('Davut Gül, İstanbul Valisi olarak atandı.', {'Davut Gül': ['İstanbul Valisi']}),
    ("Milli Savunma Bakanı Yaşar Güler'in Özel Kalem Müdürü Kemal Er görevden alındı.",
     {'Yaşar Güler': ['Milli Savunma Bakanı'], 'Kemal Er': ['Özel Kalem Müdürü']}),
    ('Hazine ve Maliye Bakanı Mehmet Şimşek, Merkez Bankası Başkanı Fatih Karahan ve TÜİK Başkanı Erhan Çetinkaya toplantıda sunum yaptı.',
     {'Mehmet Şimşek': ['Hazine ve Maliye Bakanı'], 'Fatih Karahan': ['Merkez Bankası Başkanı'], 'Erhan Çetinkaya': ['TÜİK Başkanı']}),
    ('DIŞİŞLERİ BAKANI HAKAN FİDAN NATO TOPLANTISINA KATILDI', {'Hakan Fidan': ['Dışişleri Bakanı']}),
    ("Bakan Fidan, Brüksel'de NATO Genel Sekreteri Rutte ile görüştü.",
     {'Fidan': ['Bakan'], 'Rutte': ['NATO Genel Sekreteri']}),
    ('Ziyarette Vali Yardımcısı Ayhan Er, İl Jandarma Komutanı Albay Ferit Ay ve İl Müftüsü Selim Eren de hazır bulundu.',
     {'Ayhan Er': ['Vali Yardımcısı'], 'Ferit Ay': ['İl Jandarma Komutanı', 'Albay'], 'Selim Eren': ['İl Müftüsü']}),
]


@pytest.mark.parametrize("text, titles", PROBES)
def test_the_office_of_each_domain_is_read_as_written(text, titles):
    found = folded_titles(text)
    assert {name: found.get(name) for name in titles} == expected(titles)


@pytest.mark.parametrize(
    "text, name, titles",
    [
        ("Cumhurbaşkanı Başdanışmanı Selim Kaya açıklama yaptı.", "Selim Kaya", ["Cumhurbaşkanı Başdanışmanı"]),
        ("Genel Başkan Danışmanı Emre Kaya konuştu.", "Emre Kaya", ["Genel Başkan Danışmanı"]),
        ("Toplantıda Cumhurbaşkanı Sözcüsü Ali Kaya konuştu.", "Ali Kaya", ["Cumhurbaşkanı Sözcüsü"]),
        ("Başbakan Özel Temsilcisi Ali Kaya konuştu.", "Ali Kaya", ["Başbakan Özel Temsilcisi"]),
        ("Cumhurbaşkanı Erdoğan'ın Başdanışmanı Ali Kaya konuştu.", "Ali Kaya", ["Başdanışman"]),
    ],
)
def test_an_office_right_before_a_staff_head_makes_one_title(text, name, titles):
    assert folded_titles(text)[name] == expected({name: titles})[name]


@pytest.mark.parametrize(
    "text, title",
    [
        ("Konya Büyükşehir Belediyesi Genel Sekreteri Tuncay Er projeyi tanıttı.",
         "Konya Büyükşehir Belediyesi Genel Sekreteri"),
        ("Antalya Ticaret Odası Başkanı Ali Bahar konuştu.", "Antalya Ticaret Odası Başkanı"),
        ("Sakarya Üniversitesi Rektörü Ali Kaya açıklama yaptı.", "Sakarya Üniversitesi Rektörü"),
        ("Samsun Büyükşehir Belediyesi Sözcüsü Emre Ak açıklama yaptı.", "Samsun Büyükşehir Belediyesi Sözcüsü"),
    ],
)
def test_a_place_opening_the_sentence_opens_the_body_of_the_office(text, title):
    assert list(folded_titles(text).values()) == [[turkish_lower(title)]]


@pytest.mark.parametrize(
    "text, title",
    [
        ("Kilisenin rahibi Ali Kaya konuştu.", "Rahip"),
        ("Törene Fener Rum Patriği Bartholomeos katıldı.", "Fener Rum Patriği"),
        ("Davaya bakan yargıcı Ali Kaya konuştu.", "Yargıç"),
    ],
)
def test_a_head_whose_last_stop_softens_is_read_before_its_possessive(text, title):
    assert list(folded_titles(text).values()) == [[turkish_lower(title)]]


@pytest.mark.parametrize(
    "text, title",
    [
        ("Törende Ayasofya Camii İmam Hatibi Ferruh Mustuer vaaz verdi.", "Ayasofya Camii İmam Hatibi"),
        ("İmam Hatip Lisesi Müdürü Ali Kaya konuştu.", "İmam Hatip Lisesi Müdürü"),
    ],
)
def test_the_imam_of_a_mosque_is_an_office_and_the_school_is_a_body(text, title):
    assert list(folded_titles(text).values()) == [[turkish_lower(title)]]


def test_a_field_in_the_ablative_opening_the_sentence_stays_before_sorumlu():
    assert folded_titles("Ekonomiden Sorumlu Devlet Bakanı Ali Babacan konuştu.") == \
        {"Ali Babacan": ["ekonomiden sorumlu devlet bakanı"]}


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("AK Parti Merkez Karar ve Yönetim Kurulu Üyesi Zehra Taşkesenlioğlu konuştu.", "Zehra Taşkesenlioğlu",
         "AK Parti Merkez Karar ve Yönetim Kurulu Üyesi"),
        ("Toplantıya Mehmet Ak ve Yönetim Kurulu Üyesi Ali Kaya katıldı.", "Ali Kaya", "Yönetim Kurulu Üyesi"),
        ("Toplantıya Ali ve Yönetim Kurulu Üyesi Ali Kaya katıldı.", "Ali Kaya", "Yönetim Kurulu Üyesi"),
    ],
)
def test_a_ve_inside_a_body_s_name_stays_and_a_name_before_ve_does_not(text, name, title):
    assert folded_titles(text)[name] == [turkish_lower(title)]
