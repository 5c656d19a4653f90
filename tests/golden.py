"""Example-driven cases: one behaviour each, numbered, never renumbered.

Sentences are written for the tests in the style of Indonesian news. Each case is the text and the
quotes expected in text order, as a subset of their ``to_dict()`` keys.
"""

import pytest

XFAIL_STRICT = pytest.mark.xfail(strict=True, reason="known limitation, kept visible")

GOLDEN = [
    # 1) Cue and name after a direct quote
    ('"Kami siap," ujar Budi Santoso.', [dict(text="Kami siap,", cue="ujar", speaker="Budi Santoso", mention="Budi Santoso")]),
    # 2) -nya points back to the last named person
    ('Budi Santoso hadir di lokasi. "Kami siap," ujarnya.', [dict(mention="nya", speaker="Budi Santoso", cue="ujarnya")]),
    # 3) A split quote gives two quotes of one speaker
    ('"Kami siap," kata Ani Lestari, "mulai besok."', [dict(text="Kami siap,", speaker="Ani Lestari"), dict(text="mulai besok.", speaker="Ani Lestari")]),
    # 4) Indirect speech after bahwa
    ("Menteri Keuangan Sri Mulyani mengatakan bahwa harga akan turun bulan depan.",
     [dict(type="indirect", text="harga akan turun bulan depan", cue="mengatakan", speaker="Sri Mulyani", role="Menteri Keuangan")]),
    # 5) Scare quotes are not quotes
    ("Dia sudah 'diampuni' oleh partai.", []),
    # 6) Curly marks, and the role before the name without a comma
    ("“Jalan ditutup sementara,” kata Kapolres Metro Jakarta Selatan Kombes Ade Ary Syam kepada wartawan.",
     [dict(text="Jalan ditutup sementara,", speaker="Ade Ary Syam", role="Kapolres Metro Jakarta Selatan")]),
    # 7) Role as an appositive after the name; the outlet is context, not role
    ('"Alibaba kini pemain serius," ujar Duncan Clark, penasihat awal Alibaba yang dikutip detikINET dari CNBC.',
     [dict(speaker="Duncan Clark", role="penasihat awal Alibaba")]),
    # 8) A surname re-mention joins the full name and carries the role
    ('"Pasar tumbuh," ujar Duncan Clark, penasihat awal Alibaba. "Tapi belum selesai," kata Clark.',
     [dict(speaker="Duncan Clark"), dict(speaker="Duncan Clark", mention="Clark", role="penasihat awal Alibaba")]),
    # 9) Kompas habit: the right mark opens and closes
    ("”Kami sudah siap sejak pagi,” kata Riyanto.", [dict(text="Kami sudah siap sejak pagi,", speaker="Riyanto")]),
    # 10) Apostrophes inside words are not quote marks
    ("\"Salat Jum'at tetap digelar,\" ujar Ustaz Hasan Basri.", [dict(text="Salat Jum'at tetap digelar,", speaker="Hasan Basri")]),
    # 11) Menurut X, ... is indirect speech
    ("Menurut Budi Santoso, banjir disebabkan saluran yang tersumbat sampah.",
     [dict(type="indirect", cue="Menurut", speaker="Budi Santoso", text="banjir disebabkan saluran yang tersumbat sampah")]),
    # 12) Menurutnya points back like -nya
    ("Kepala BPBD Kota Bandung Rina Kartika Sari hadir di lokasi. Menurutnya, air mulai surut sejak pagi.",
     [dict(type="indirect", mention="nya", speaker="Rina Kartika Sari", role="Kepala BPBD Kota Bandung")]),
    # 13) A pronoun subject: Ia menambahkan, ...
    ("Wali Kota Bandung Ahmad Fauzi meninjau lokasi. Ia menambahkan, bantuan akan dikirim hari ini juga.",
     [dict(type="indirect", mention="Ia", speaker="Ahmad Fauzi", text="bantuan akan dikirim hari ini juga")]),
    # 14) Kata X, ... without marks
    ("Kata Budi Santoso, pasokan beras di pasar masih cukup.",
     [dict(type="indirect", cue="Kata", speaker="Budi Santoso", text="pasokan beras di pasar masih cukup")]),
    # 15) The attribution interrupts the reported words: the whole sentence
    ("Selama diperiksa, kata Tony Hermawan, kedua orang itu mengaku sebagai peneliti.",
     [dict(type="indirect", speaker="Tony Hermawan", text="Selama diperiksa, kata Tony Hermawan, kedua orang itu mengaku sebagai peneliti")]),
    # 16) A passive after-the-fact attribution attaches to the sentence before
    ("Harga cabai akan turun pekan depan. Hal itu disampaikan Menteri Perdagangan Budi Santoso.",
     [dict(type="indirect", text="Harga cabai akan turun pekan depan", speaker="Budi Santoso", role="Menteri Perdagangan")]),
    # 17) A reporting verb with no speech content is no quote
    ("Budi Santoso menjelaskan kepada wartawan.", []),
    # 18) An organisation speaks; its bracketed abbreviation is not part of its name
    ("Kementerian Kesehatan (Kemenkes) RI mengimbau masyarakat untuk mewaspadai demam berdarah.",
     [dict(type="indirect", speaker="Kementerian Kesehatan RI", role=None)]),
    # 19) An unnamed speaker is its description
    ('"Airnya naik cepat sekali," kata seorang warga.', [dict(speaker="seorang warga", role=None)]),
    # 20) Honorifics are not part of the name
    ('"Kami tidak tahu," kata Pak Joko Susilo.', [dict(speaker="Joko Susilo")]),
    # 21) A quotation over two paragraphs: one quote per paragraph, both attributed
    ('"Kami sudah bekerja sejak malam.\n"Semua warga sudah dievakuasi," ujar Rina Kartika.',
     [dict(text="Kami sudah bekerja sejak malam.", speaker="Rina Kartika"), dict(text="Semua warga sudah dievakuasi,", speaker="Rina Kartika")]),
    # 22) An unclosed mark does not swallow the next paragraph
    ('"Kami siap bekerja keras untuk warga\nBudi Santoso pulang ke rumah.', [dict(text="Kami siap bekerja keras untuk warga")]),
    # 23) Baca juga lines hold no quotes
    ('Baca juga: "Jalan Layang Ditutup Sementara"\n"Kami siap," ujar Budi Santoso.', [dict(text="Kami siap,", speaker="Budi Santoso")]),
    # 24) Speaker and cue before the quote
    ('Budi Santoso mengatakan, "Kami akan membuka posko di balai desa."', [dict(text="Kami akan membuka posko di balai desa.", cue="mengatakan", speaker="Budi Santoso")]),
    # 25) Kata X: "..." before the quote
    ('Kata Budi Santoso: "Kami akan membuka posko."', [dict(cue="Kata", speaker="Budi Santoso")]),
    # 26) A quote with no cue continues the speaker before it
    ('"Kami siap," ujar Budi Santoso.\n"Semua petugas sudah berada di lokasi sejak pagi tadi."',
     [dict(speaker="Budi Santoso"), dict(cue=None, speaker="Budi Santoso")]),
    # 27) Mixed speech: the fragment in marks is the speaker's direct quote
    ('Menteri Budi Santoso menyatakan kabar itu adalah "hoaks belaka" dan tidak benar.',
     [dict(type="indirect", speaker="Budi Santoso"), dict(type="direct", text="hoaks belaka", speaker="Budi Santoso")]),
    # 28) A role alone re-mentions the person who holds it
    ('Kapolda Papua Paulus Waterpau meninjau lokasi. "Kami siaga penuh," ujar Kapolda.', [dict(speaker="Paulus Waterpau", role="Kapolda Papua")]),
    # 29) An alias given with 'akrab disapa' joins the person
    ('"Kami kalah," kata pelatih Persib, Djadjang Nurdjaman. "Besok kami bangkit," kata pria yang akrab disapa Djanur itu.',
     [dict(speaker="Djadjang Nurdjaman"), dict(speaker="Djadjang Nurdjaman")]),
    # 30) A name with its age and an appositive role
    ("Dedi Supriatna (47), pedagang sayur, mengaku rugi besar karena banjir.",
     [dict(type="indirect", speaker="Dedi Supriatna", role="pedagang sayur", text="rugi besar karena banjir")]),
    # 31) A directive with its addressee
    ("Wali Kota Bandung Ahmad Fauzi meminta warga agar tetap waspada.",
     [dict(type="indirect", cue="meminta", text="warga agar tetap waspada")]),
    # 32) Refused speech is no quote
    ("Budi Santoso enggan menilai keputusan itu.", []),
    # 33) Sentence ends respect abbreviations and decimals
    ("Menurut dr. Budi Santoso, inflasi naik 5,2 persen pada pukul 10.30 tadi.",
     [dict(type="indirect", speaker="Budi Santoso", text="inflasi naik 5,2 persen pada pukul 10.30 tadi")]),
    # 34) Straight single marks around speech with a cue are a quote
    ("'Kami tidak akan mundur,' tegas Budi Santoso.", [dict(text="Kami tidak akan mundur,", speaker="Budi Santoso")]),
    # 35) Nested single marks inside a quote are part of it
    ("\"Dia bilang 'tunggu dulu' kepada saya,\" kata Ani Lestari.", [dict(text="Dia bilang 'tunggu dulu' kepada saya,", speaker="Ani Lestari")]),
    # 36) Titles and ranks are dropped from the name
    ('"Vaksin aman," kata Prof. Dr. Hendra Wiguna.', [dict(speaker="Hendra Wiguna")]),
    # 37) A clitic cue after a sentence without marks
    ("Banjir sudah surut sejak pagi, katanya.", [dict(type="indirect", mention="nya", text="Banjir sudah surut sejak pagi")]),
    # 39) One word in single marks after a verb is a scare quote, not speech
    ("Pria itu mengaku 'sembuh' setelah naik roller coaster tiga kali.", []),
    # 40) A title or a term in marks inside reported speech is not a quote of the speaker
    ("Budi Santoso mengatakan video berjudul 'Skandal Smanse' itu hasil editan.", [dict(type="indirect", speaker="Budi Santoso")]),
    # 41) A place after the name, a degree and a bracketed nickname are not part of it; a company's acronym stays
    ('"Kami siaga," kata Plt Deputi Penindakan KPK Asep Guntur Rahayu di KPK, Jakarta.', [dict(speaker="Asep Guntur Rahayu", role="Plt Deputi Penindakan KPK")]),
    ('PT Dhirga Surya mengirim cabai ke Medan.\n"Stok aman," ujar Direktur Utama PT Dhirga Surya Ari Wibowo SH di Medan.\n'
     "Ari mengatakan, pasokan datang dari Jawa.",
     [dict(speaker="Ari Wibowo", role="Direktur Utama PT Dhirga Surya"), dict(type="indirect", speaker="Ari Wibowo")]),
    ('"Kita harus selamat," kata Menko Agus Harimurti Yudhoyono (AHY).', [dict(speaker="Agus Harimurti Yudhoyono")]),
    # 42) A lower-case appositive between the name and the cue is the role, not the speaker
    ('Dominikus Dian Djatmiko (47), pegawai PT Prima Global Baverindo (PGB), mengatakan dirinya sudah keluar.',
     [dict(type="indirect", speaker="Dominikus Dian Djatmiko", role="pegawai PT Prima Global Baverindo")]),
    ("Brian Wong, mantan eksekutif Alibaba, mengatakan perusahaan itu berubah.",
     [dict(type="indirect", speaker="Brian Wong", role="mantan eksekutif Alibaba")]),
    # 43) An institution with an English name inside a role, before the name or after the cue
    ("Ekonom Institute for Development of Economics and Finance (Indef) Bhima Yudhistira mengatakan, rupiah melemah.",
     [dict(type="indirect", speaker="Bhima Yudhistira", role="Ekonom Institute for Development of Economics and Finance")]),
    ('"Rupiah melemah," kata peneliti Center for Strategic and International Studies (CSIS) Dandy Rafitrandi.',
     [dict(speaker="Dandy Rafitrandi", role="peneliti Center for Strategic and International Studies")]),
    # 44) An honorific before a rank belongs to the place in the role ('Tanah Abang'), not to the name
    ('"Kami tangkap," kata Kapolsek Tanah Abang AKBP Lukman Cahyono.', [dict(speaker="Lukman Cahyono", role="Kapolsek Tanah Abang")]),
    # 45) The subject right after a dateline is introduced like one that opens a sentence
    ('SURABAYA.SUARA.COM – Syabda Perkasa Belawa menjuarai turnamen itu.\n"Saya senang," kata Syabda.',
     [dict(speaker="Syabda Perkasa Belawa")]),
    # 46) A role nobody holds, right after the quotes of someone without one, is that speaker's role
    ('"Kami tangkap," ucap Kombes Budi.\n"Masih ada tersangka lain," ujar Kapolrestabes.',
     [dict(speaker="Budi", role="Kapolrestabes"), dict(speaker="Budi", role="Kapolrestabes")]),
    # ... but not when the text gives that role to another name
    ('Presiden Joko Widodo datang.\n"Kami senang," ucap Beth.\n"Ini penting," ujar Presiden.',
     [dict(speaker="Beth", role=None), dict(speaker="Joko Widodo")]),
    # 47) A bracketed short form inside a role, and a nickname in brackets after a name
    ('"Sudah dilaporkan," kata Kepala Seksi Hubungan Masyarakat (Kasi Humas) Polresta Denpasar Ketut Sukadi.',
     [dict(speaker="Ketut Sukadi", role="Kepala Seksi Hubungan Masyarakat (Kasi Humas) Polresta Denpasar")]),
    ("Menteri Sosial Saifullah Yusuf (Gus Ipul) mengatakan, bantuan sudah cair.",
     [dict(type="indirect", speaker="Saifullah Yusuf", role="Menteri Sosial")]),
    # 48) 'seorang warga bernama X': the description is X's role; 'X itu' after X's quotes is X
    ('"Tadi tercium bau gosong," ujar seorang warga bernama Darwato kepada wartawan.\n'
     "Warga Jalan Haji Mat Ali itu mengaku tidak menyangka ada kebakaran.",
     [dict(speaker="Darwato", role="warga"), dict(type="indirect", speaker="Darwato", role="warga")]),
    # 49) In a clause opened by a conjunction, the comma ends the clause, not a role
    ('Sambil menunggu datangnya petugas Damkar, Darwato berusaha memadamkan api.\n"Susah sekali," terang Darwato.',
     [dict(speaker="Darwato", role=None)]),
    # 50) Subjects read backwards from the cue: a place after the name, a relative clause, an
    # appositive role after the name, 'Jalan' inside a unit, a slash inside a role
    ("Kepala Penerangan Kodam XVII/Cenderawasih Kolonel Aqsha Erlangga di Jayapura mengatakan, evakuasi berjalan.",
     [dict(type="indirect", speaker="Aqsha Erlangga", role="Kepala Penerangan Kodam XVII/Cenderawasih")]),
    ("Direktur Reserse Kriminal Umum Polda Papua Faizal Ramadhani yang berada di Mimika menyatakan, pelaku kabur.",
     [dict(type="indirect", speaker="Faizal Ramadhani", role="Direktur Reserse Kriminal Umum Polda Papua")]),
    ("Claudio Galimberti, Kepala Ekonom di Rystad Energy, mengatakan harga minyak turun.",
     [dict(type="indirect", speaker="Claudio Galimberti", role="Kepala Ekonom di Rystad Energy")]),
    ("Kepala Bidang Angkutan Jalan Dinas Perhubungan DKI Jakarta Yayat Sudrajat menjelaskan, kuota masih tersisa.",
     [dict(type="indirect", speaker="Yayat Sudrajat", role="Kepala Bidang Angkutan Jalan Dinas Perhubungan DKI Jakarta")]),
    # 51) The place and day between a subject and its cue are set off, not part of the subject
    ("Kapolres Jayawijaya AKBP Tonny Ananda Swadaya di Wamena, ibu kota Kabupaten Jayawijaya, Selasa (29/10), "
     "mengatakan, polisi sedang mengikuti tersangka.",
     [dict(type="indirect", speaker="Tonny Ananda Swadaya", role="Kapolres Jayawijaya", text="polisi sedang mengikuti tersangka")]),
    # 52) The second word of a listed role stays in the role ('Direktur Utama'), a village head of Bali
    ('Pertamina menaikkan produksi.\n"Produksi naik," kata Direktur Utama Pertamina Simon Aloysius Mantiri.\n"Ini bagus," kata Simon.',
     [dict(speaker="Simon Aloysius Mantiri", role="Direktur Utama Pertamina"), dict(speaker="Simon Aloysius Mantiri")]),
    ('"Air sudah surut," ujar Perbekel Putu Hendra Sastrawan.', [dict(speaker="Putu Hendra Sastrawan", role="Perbekel")]),
    # 53) With no person named before it, '-nya' is the body that spoke
    ('Badan Pusat Statistik menyatakan inflasi Oktober terkendali.\n"Kami merilis data setiap awal bulan," tuturnya.',
     [dict(type="indirect", speaker="Badan Pusat Statistik"), dict(speaker="Badan Pusat Statistik", mention="nya")]),
    # 54) A one-word nickname in brackets after a name is not part of it
    ("Menteri Koordinator Bidang Pangan Zulkifli Hasan (Zulhas) mengatakan stok beras aman.",
     [dict(type="indirect", speaker="Zulkifli Hasan", role="Menteri Koordinator Bidang Pangan")]),
    # 55) 'Agung' is a name, and a unit only after 'Mahkamah' or 'Kejaksaan'; a clause after a role
    # word names no one ('penumpang yang hendak menuju Universitas Islam Sultan Agung')
    ('"Putusan itu final," kata Ketua Mahkamah Agung Sunarto.\n"Kami setuju," ucap Agung.',
     [dict(speaker="Sunarto", role="Ketua Mahkamah Agung"), dict(speaker="Agung")]),
    ('"Hari ini sepi," ujar Wawan.\nIa menerima penumpang yang hendak menuju Universitas Islam Sultan Agung.\n"Banjir lagi," katanya.',
     [dict(speaker="Wawan"), dict(speaker="Wawan", mention="nya")]),
    # 56) Role edges: a modifier before the role word stays, 'lainnya' after it goes, a rank the
    # lexicon does not know goes
    ('"Pasar bingung," ujar Senior Ekonom DBS Bank Radhika Rao.', [dict(speaker="Radhika Rao", role="Senior Ekonom DBS Bank")]),
    ("Warga lainnya Badri (33) menambahkan, dia mendapat informasi pada Sabtu sore.",
     [dict(type="indirect", speaker="Badri", role="Warga")]),
    ('"Kami akan bernegosiasi," janji Kasat Intel Polresta Kupang, AKB Alberto.', [dict(speaker="Alberto", role="Kasat Intel Polresta Kupang")]),
    # 57) A source and a day set off before the cue, and a body 'di Jakarta'
    ("Fitch Ratings, dalam siaran persnya, Senin, mengatakan bahwa prospek rating kedua bank itu tetap stabil.",
     [dict(type="indirect", speaker="Fitch Ratings")]),
    ("Perusahaan properti PT Bakrieland Development Tbk (ELTY) di Jakarta, Rabu, menyatakan laba bersih melonjak.",
     [dict(type="indirect", speaker="PT Bakrieland Development Tbk")]),
    # 58) Reported words that open with a fragment in marks and go on after it are mixed speech
    ("Presiden Jeri juga mengatakan bahwa 'unjuk rasa damai' telah disusupi oleh para penjahat.",
     [dict(type="indirect", speaker="Jeri"), dict(type="direct", text="unjuk rasa damai", speaker="Jeri")]),
    # 59) An adverb between subject and cue, and a short alias after 'atau', are not the subject
    ("Prabowo mulanya menjelaskan saat ini inflasi berada di sekitar 2 persen.", [dict(type="indirect", speaker="Prabowo")]),
    ("Menteri Sosial Saifullah Yusuf atau Gus Ipul menyampaikan bahwa program ini menjangkau 35 juta keluarga.",
     [dict(type="indirect", speaker="Saifullah Yusuf", role="Menteri Sosial")]),
    # 60) A long definite description ('... ini') as subject points back to the person in focus
    ('Rektor Untag, Budi Santoso, hadir.\n"Kami siap," kata Budi.\n'
     "Direktur Direktorat Sistem Informasi (DSI) Yayasan Perguruan 17 Agustus 1945 Surabaya ini menyebut, kampus memegang peran penting.",
     [dict(speaker="Budi Santoso"), dict(type="indirect", speaker="Budi Santoso")]),
    # 61) 'Jenderal' after 'Sekretaris' or 'Direktur' is part of the office, not a rank; 'Pajak' is a unit
    ('"Kami menunggu penilaian," kata Sekretaris Jenderal PDI-P Hasto Kristiyanto.',
     [dict(speaker="Hasto Kristiyanto", role="Sekretaris Jenderal PDI-P")]),
    ("Direktur Jenderal Pajak Bimo Wijayanto mengatakan, penerimaan pajak naik.",
     [dict(type="indirect", speaker="Bimo Wijayanto", role="Direktur Jenderal Pajak")]),
    ('"Kami siap," kata Kapolri Jenderal Listyo Sigit.', [dict(speaker="Listyo Sigit", role="Kapolri")]),
    # 62) The place of a role's body set off by commas before the name; 'di' or 'pada' before a
    # body carries a role on; 'pengajar', 'penguji' are roles
    ("Pakar hukum pidana Universitas Parahyangan, Bandung, Agustinus Pohan, mengungkapkan, solusi itu ada.",
     [dict(type="indirect", speaker="Agustinus Pohan", role="Pakar hukum pidana Universitas Parahyangan")]),
    ('"Kenaikan itu wajar," kata pengamat politik Universitas Diponegoro, Semarang, Wahid Abdulrahman.',
     [dict(speaker="Wahid Abdulrahman", role="pengamat politik Universitas Diponegoro")]),
    ('"FA didalami," kata juru bicara KPK, Budi Prasetyo, kepada wartawan, Senin (20/10/2025).',
     [dict(speaker="Budi Prasetyo", role="juru bicara KPK")]),
    ("Menurut pengajar di Fakultas Hukum Universitas Airlangga, Herlambang P Wiratraman, kekerasan itu terencana.",
     [dict(type="indirect", speaker="Herlambang P Wiratraman", role="pengajar di Fakultas Hukum Universitas Airlangga")]),
    ('"Kapal itu besar," kata Ruslan Tawari, pengajar pada Fakultas Perikanan Universitas Pattimura.',
     [dict(speaker="Ruslan Tawari", role="pengajar pada Fakultas Perikanan Universitas Pattimura")]),
    ('"Truk tidak pakai perisai kolong," ujar Eddy Suzendi, penguji kendaraan Dinas Perhubungan, pada Senin.',
     [dict(speaker="Eddy Suzendi", role="penguji kendaraan Dinas Perhubungan")]),
    # 63) A rank after a comma does not start a second person; 'dari' after a role's name links its body;
    # a country is a unit ('Duta Besar RI untuk Inggris dan Irlandia')
    ("Wakil Kepala Operasi Damai Cartenz, Komisaris Besar Faizal Ramadhani di Jayapura membenarkan kejadian itu.\n"
     '"Tidak ada korban," kata Faizal.',
     [dict(speaker="Faizal Ramadhani", role="Wakil Kepala Operasi Damai Cartenz")]),
    ("Hadir sebagai pembicara Zadrach L Dupe dari Kelompok Keahlian Sains Atmosfer ITB.\n"
     '"Suhu naik," ujar Zadrach.',
     [dict(speaker="Zadrach L Dupe", role="Kelompok Keahlian Sains Atmosfer ITB")]),
    ('"Ini pengalaman berharga," kata Mantan Duta Besar RI untuk Inggris dan Irlandia Rizal Sukma.',
     [dict(speaker="Rizal Sukma", role="Mantan Duta Besar RI untuk Inggris dan Irlandia")]),
    # 64) A place that ends a fronted phrase is no name with an appositive ('Dalam konferensi pers di
    # Purworejo, Gubernur ...'); a name of several words after a body linked by 'dari'
    ("Dalam konferensi pers di Purworejo, Gubernur Jateng Ganjar Pranowo meminta maaf kepada warga.\n"
     '"Kami sudah sepakat," kata Ganjar.',
     [dict(speaker="Ganjar Pranowo", role="Gubernur Jateng")]),
    ("Secara terpisah, anggota Komisi I DPR dari Fraksi Partai Golkar Bobby Adhityo Rizaldi menyambut baik pembelian itu.\n"
     '"Bukan bekas," ucap Bobby.',
     [dict(speaker="Bobby Adhityo Rizaldi", role="anggota Komisi I DPR dari Fraksi Partai Golkar")]),
    # 65) After 'warga' a capitalised word is where people live, unless an age marks a person
    ("Namun, Muhammad Isnur dari YLBHI tidak sepakat.\nMenurut dia, warga Wadas saat ini sudah trauma.\n"
     '"Buat apa mediasi," tegasnya.',
     [dict(type="indirect", speaker="Muhammad Isnur"), dict(speaker="Muhammad Isnur", mention="nya")]),
    ("Fahruddin (22), warga Bende, Kadia, Kendari, menuturkan hewan itu terjepit.",
     [dict(type="indirect", speaker="Fahruddin")]),
    # 66) A role with a demonstrative that nobody holds points to the speaker just quoted; a second
    # person joined by 'dan' after a role's body; a web name is an outlet, not part of a name
    ("Gibran mengaku siap ditugaskan.\n"
     '"Kami menunggu perintah," katanya.\n'
     "Saat ini, mantan Wali Kota Surakarta itu mengaku lebih banyak turun ke lapangan.",
     [dict(type="indirect", speaker="Gibran"), dict(speaker="Gibran", mention="nya"), dict(type="indirect", speaker="Gibran")]),
    ("Hadir sebagai pembicara Zadrach L Dupe dari Kelompok Keahlian ITB dan Pemimpin Redaksi Bandungbergerak.id Tri Joko Her Riadi.\n"
     '"Media harus populer," papar Tri Joko.',
     [dict(speaker="Tri Joko Her Riadi", role="Pemimpin Redaksi Bandungbergerak.id")]),
    # 67) A list of a body's fields with commas inside a lower-case role; 'Sekretaris Korporasi'
    ('"Semua rumah sakit harus siaga," kata juru bicara Satgas Pencegahan, Pengendalian, dan Penanganan Covid-19 '
     "Provinsi Papua Silwanus Sumule di Jayapura.",
     [dict(speaker="Silwanus Sumule", role="juru bicara Satgas Pencegahan, Pengendalian, dan Penanganan Covid-19 Provinsi Papua")]),
    ('"Halte ditutup," ujar Kepala Divisi Sekretaris Korporasi dan Humas PT Transportasi Jakarta Angelina Betris.',
     [dict(speaker="Angelina Betris", role="Kepala Divisi Sekretaris Korporasi dan Humas PT Transportasi Jakarta")]),
    # 68) 'melanjutkan' reports only before a comma, a colon or 'bahwa', and never after a quote; a
    # vision or motto in marks is a name, not words said
    ("Iman melanjutkan, untuk tiket menonton, Jakpro segera mengumumkan jadwalnya.",
     [dict(type="indirect", speaker="Iman", cue="melanjutkan")]),
    ("Iman melanjutkan perjalanan ke Jakarta bersama rombongan.", []),
    ("Kemensos meraih nilai 94,32 poin dengan kategori 'Baik', melanjutkan tren positif sejak 2021.", []),
    ("Listyo mengatakan, dalam visi ”Transformasi Menuju Polri yang Presisi” pihaknya berkomitmen meningkatkan peran satpam.",
     [dict(type="indirect", speaker="Listyo")]),
    # 69) Adverbs before the cue ('segera', 'secara gamblang') are not the subject's; a body with one
    # name-like word ('Polda Metro Jaya') is a body; 'JPU' is a role before a name
    ("KPK segera menjelaskan jumlah barang bukti yang diamankan.", [dict(type="indirect", speaker="KPK")]),
    ("Polda Metro Jaya juga terus mengimbau masyarakat agar memanfaatkan layanan 110.",
     [dict(type="indirect", speaker="Polda Metro Jaya")]),
    ("Dalam video itu, seorang pria diduga warga Jember secara gamblang menyatakan tokoh itu fiktif.",
     [dict(type="indirect", speaker="seorang pria diduga warga Jember")]),
    ('JPU KPK Eko Wahyu juga turut merespons.\n"Kami ingin mengetahui anggarannya," ucapnya.',
     [dict(speaker="Eko Wahyu", role="JPU KPK")]),
    # 70) A resident's role is 'warga' (the shortest phrase that carries it), or its compound
    ('"Banjirnya sampai lampu merah," kata warga asal Ungaran yang melintas, Dhiko (32).', [dict(speaker="Dhiko", role="warga")]),
    ('"Air naik cepat," ujar Taufik Hidayat, warga RT 08 RW 01 Kelurahan Karanganyar.', [dict(speaker="Taufik Hidayat", role="warga")]),
    ('"Kami dibina dengan baik," kata Budi Santoso, warga binaan Lapas Cipinang.', [dict(speaker="Budi Santoso", role="warga binaan")]),
    # 71) A person with an age and a lower-case appositive, then a relative clause, after a dateline
    ("MEDAN - Rudi (44), sopir truk yang ditangkap petugas Polrestabes Medan mengaku diminta seorang narapidana "
     "untuk mengantar barang itu ke pemesan.",
     [dict(type="indirect", speaker="Rudi", role="sopir truk")]),
    # 72) A name's other name after 'atau' or in brackets points to the same person; a name word
    # inside another person's name ('Susilo Bambang Yudhoyono') does not cut 'Bambang Soesatyo'
    ("Sementara itu, Mensos Saifullah Yusuf atau Gus Ipul menyampaikan penyaluran bantuan.\n"
     "Gus Ipul menjelaskan penerima bantuan ini telah masuk dalam data tunggal.",
     [dict(type="indirect", speaker="Saifullah Yusuf", role="Mensos")]),
    ("Wakil Ketua Umum Partai Golkar Bambang Soesatyo (Bamsoet) menegaskan pentingnya pembenahan partai politik.\n"
     '"Pembenahan harus menyeluruh," kata Bamsoet.\nHadir pula Presiden ke-6 RI Susilo Bambang Yudhoyono.',
     [dict(type="indirect", speaker="Bambang Soesatyo", role="Wakil Ketua Umum Partai Golkar"),
      dict(speaker="Bambang Soesatyo", mention="Bamsoet")]),
    # 73) An indefinite description, then the name set off by commas
    ('"Saya datang untuk negara saya," ujar seorang lansia, Colleen Hoffman (69), kepada AFP.', [dict(speaker="Colleen Hoffman")]),
    ('"Udara makin buruk," kata salah satu siswa, Kashaf Zahra.', [dict(speaker="Kashaf Zahra", role="siswa")]),
    ('"Saya datang," kata seorang sumber, Senin (3/4).', [dict(speaker="seorang sumber")]),
    # 74) A cue after 'dengan' ends an adverbial clause: the main clause's subject speaks
    ("Amerika Serikat menjatuhkan sanksi kepada ICC, dengan menyebut pengadilan itu telah menyalahgunakan wewenangnya.",
     [dict(type="indirect", speaker="Amerika Serikat")]),
    # 75) 'Senada dengan X,' is a fronted phrase, not X with an appositive; 'Kabinet', 'Merah Putih'
    # are a body's words; 'Kontributor' is a role
    ("Senada dengan Deddy, anggota Komisi II DPR RI Ahmad Doli Kurnia mengatakan ijazah tidak perlu disembunyikan.",
     [dict(type="indirect", speaker="Ahmad Doli Kurnia", role="anggota Komisi II DPR RI")]),
    ("Sekretaris Kabinet Teddy Indra Wijaya mengatakan, pemerintah menyalurkan bantuan.",
     [dict(type="indirect", speaker="Teddy Indra Wijaya", role="Sekretaris Kabinet")]),
    ('"Saya juga kaget," ungkap Kontributor CNN, Risal kepada wartawan.', [dict(speaker="Risal", role="Kontributor CNN")]),
    # 76) 'Plt.' with its stop opens a role; 'Kapuspenkum' is a role; 'Imigrasi' a unit
    ('"Penerimaan naik," ujar Plt. Direktur Jenderal Imigrasi Yuldi Yusman di Jakarta.',
     [dict(speaker="Yuldi Yusman", role="Plt. Direktur Jenderal Imigrasi")]),
    ('"Kami fokus," kata Kapuspenkum Kejagung Anang Supriatna kepada wartawan.', [dict(speaker="Anang Supriatna", role="Kapuspenkum Kejagung")]),
    # 77) A role word after a number or quantifier is a group, no one introduced; a role after
    # 'sebagai' stops at 'setelah'; 'Wadir' is a role
    ("Komisioner Komnas HAM Saurlin Siagian hadir.\nSaurlin mengaku telah memeriksa tujuh anggota Brimob saat gelar perkara. "
     "Terkait kasus ini, dia memastikan Komnas HAM akan terus mengawal.",
     [dict(type="indirect", speaker="Saurlin Siagian"), dict(type="indirect", speaker="Saurlin Siagian", mention="dia")]),
    ("Bareskrim Polri menetapkan Lisa Mariana sebagai tersangka setelah membuat pengakuan soal dugaan perselingkuhan.\n"
     '"Kami akan mengawal kasus ini," ujarnya.',
     [dict(speaker="Lisa Mariana", role="tersangka")]),
    ('"Kita masih memeriksa saksi," kata Wadir Penindakan Kortas Tipikor Polri Kombes Bhakti Eri Nurmansyah.',
     [dict(speaker="Bhakti Eri Nurmansyah", role="Wadir Penindakan Kortas Tipikor Polri")]),
    # 78) A kin word before a name describes someone else ('mantan istri Ivan Fadilla itu' is the
    # person in focus, not Ivan Fadilla); a clause with 'saat' set off before the cue is not the subject
    ('"Dia agak kurus," kata Venna Melinda.\n'
     "Lebih lanjut, mantan istri Ivan Fadilla itu menilai, wajar jika putranya kaget.",
     [dict(speaker="Venna Melinda"), dict(type="indirect", speaker="Venna Melinda")]),
    ("Anggota KPU Provinsi Bali I Gede John Darmawan, saat hadir dalam Pemilu OSIS di SMAN 1 Tabanan mengatakan proses itu edukasi.",
     [dict(type="indirect", speaker="I Gede John Darmawan", role="Anggota KPU Provinsi Bali")]),
    # 79) 'The' opens a body's name ('The Prakarsa', 'The Fed'), never a person's
    ("Manajer Riset dan Pengetahuan The Prakarsa Roby Rushandie menilai, Sri Mulyani disukai investor.",
     [dict(type="indirect", speaker="Roby Rushandie", role="Manajer Riset dan Pengetahuan The Prakarsa")]),
    # 80) Someone named inside reported words is not who '-nya' points to next; a role word that is
    # a given name too ('Imam', 'Ratu', 'Raja') inside a name is the name's
    ("Sahara didampingi kuasa hukumnya Moh Zakki.\nMenurut Zakki, laporan itu terkait dengan Imam Muslimin.\n"
     '"Kami melaporkan dugaan fitnah," katanya.',
     [dict(type="indirect", speaker="Moh Zakki"), dict(speaker="Moh Zakki", mention="nya")]),
    ('"Kami siap," ujar Wali Kota Palembang, Ratu Dewa.', [dict(speaker="Ratu Dewa", role="Wali Kota Palembang")]),
    ("Direktur Utama PT Pertamina Gas Gamal Imam Santoso menekankan bahwa peran perusahaan penting.",
     [dict(type="indirect", speaker="Gamal Imam Santoso", role="Direktur Utama PT Pertamina Gas")]),
    # 81) A pronoun that finds nobody takes a one-word name that opens a sentence just before
    ("Musk berselisih dengan Trump mengenai rencana pengeluaran. Dia mengatakan hal itu akan meledakkan utang AS.\n"
     "Partai Musk dibentuk pekan ini.",
     [dict(type="indirect", speaker="Musk", mention="Dia")]),
    ("Hal itu disampaikan Hanif dalam pembukaan forum iklim. Ia mengatakan temuan mikroplastik harus menjadi atensi.\n"
     "Hanif hadir bersama pejabat daerah.",
     [dict(type="indirect", speaker="Hanif", mention="Ia")]),
    # 82) A field joined by 'dan' is no name ('Integrasi Transportasi dan Multimoda'); a bracketed
    # short form inside a role before any name; 'Dirjen' is a role; a lower-case unit word after a
    # name does not go on it ('Firman Mochtar dalam Taklimat Media')
    ("Menurut Dirjen Integrasi Transportasi dan Multimoda (Ditjen Intram) Kemenhub Risal Wasal, tarif perlu diintegrasikan.",
     [dict(type="indirect", speaker="Risal Wasal", role="Dirjen Integrasi Transportasi dan Multimoda (Ditjen Intram) Kemenhub")]),
    ('"Masih ada ruang," kata Kepala Departemen Kebijakan Ekonomi dan Moneter BI, Firman Mochtar dalam Taklimat Media di Gedung BI.',
     [dict(speaker="Firman Mochtar", role="Kepala Departemen Kebijakan Ekonomi dan Moneter BI")]),
    # 83) An unnamed description ending in a place is the description ('Sumber dari kepolisian
    # Myanmar'); 'Kasi Intel' points to the one who holds it
    ("Sumber dari kepolisian Myanmar menyebutkan korban menerima kontak palsu dari kelompok kriminal.",
     [dict(type="indirect", speaker="Sumber dari kepolisian Myanmar")]),
    ("Kasi Intel Kejaksaan Negeri Kuantan Singingi, Soenardi, mengatakan tersangka ditahan.\n"
     '"Penahanan dilakukan 20 hari," kata Kasi Intel, Senin (20/10/2025).',
     [dict(type="indirect", speaker="Soenardi"), dict(speaker="Soenardi", role="Kasi Intel Kejaksaan Negeri Kuantan Singingi")]),
    # 84) A subject ending in a demonstrative keeps it: a role description ('Pj Sekda Bone itu') points
    # to the person quoted before; a bare name with a relative clause ('Vatikan yang hendak ... itu')
    ('"Motor saya mogok," kata Vatikan (27), pengendara asal Demak.\n'
     "Vatikan yang hendak menuju Kabupaten Kendal itu mengaku sangat kesulitan dengan banjir.",
     [dict(speaker="Vatikan", role="pengendara"), dict(type="indirect", speaker="Vatikan")]),
    ('"Kami menunggu solusi," ujar Ketua TAPD Pemkab Bone Andi Saharuddin.\n'
     "Pj Sekda Bone itu mengatakan, situasi ini berpotensi menghambat serapan anggaran.",
     [dict(speaker="Andi Saharuddin"), dict(type="indirect", speaker="Andi Saharuddin", mention="Pj Sekda Bone itu")]),
    # 85) A common word that opens a sentence before a known one-word name is not the name's
    ('"Datanya pakai buku," kata Renita.\n'
     "Kinerja Renita dalam mengembangkan database diakui banyak pihak.\n"
     '"Nama unit saya juga diakui," kata Renita.',
     [dict(speaker="Renita"), dict(speaker="Renita")]),
    # 86) 'Organisasi' opens a body a role may sit in; the writer's own 'Kita' quotes no one
    ('"Keluarganya tahu dari media sosial," kata peneliti pada Organisasi HAM Saudi Eropa (ESOHR), Duaa Dhainy.',
     [dict(speaker="Duaa Dhainy", role="peneliti pada Organisasi HAM Saudi Eropa")]),
    ("Kita berharap Komisi XIII DPR tak hanya menyusun rumusan yang normatif.", []),
    # 87) A name, then 'dari' and a lower-case description of where the speaker is from
    ("Tahir Della dari organisasi Initiative of Black People in Germany mengatakan bahwa fokus pada migrasi dikhawatirkan.",
     [dict(type="indirect", speaker="Tahir Della")]),
    # 88) Candidates that claim the same words: the marks win (candidates.merge). A passive
    # attribution after a quote gives the quote its speaker, not a second quote sharing its words
    ('"Kami siap menghadapi musim hujan. Semua sudah siap" disampaikan Budi Santoso di Jakarta.',
     [dict(type="direct", text="Kami siap menghadapi musim hujan. Semua sudah siap", speaker="Budi Santoso")]),
    ("“Kami tidak akan mundur sedikit pun,” ditulis Budi Santoso di akun Instagram.",
     [dict(type="direct", speaker="Budi Santoso")]),
    # an indirect quote that would swallow a direct one and its attribution keeps nothing of its own
    ('"Kami akan terus bekerja," ujar Yosdian, kata dia.', [dict(type="direct", speaker="Yosdian")]),
    # reported words stop where a quotation opens, even with no space before its mark
    ('Menurut Budhi Santoso, sekolah itu didirikan oleh Emil Salim."SIL ini sudah punya reputasi baik," kata dia.',
     [dict(type="indirect", text="sekolah itu didirikan oleh Emil Salim", speaker="Budhi Santoso"),
      dict(type="direct", text="SIL ini sudah punya reputasi baik,", speaker="Budhi Santoso")]),
    # 89) The page's table of people: a full name written only where nothing is attributed (a
    # caption, a pair, an alias in brackets or after 'atau', a public alias) names the short form
    ("Budi Hartono (kiri) dan Andi Wijaya saat meninjau lokasi banjir.\n"
     '"Kami siap," kata Budi.', [dict(speaker="Budi Hartono", mention="Budi")]),
    ("Ganda putra Fajar Alfian/Muhammad Rian Ardianto kalah di babak pertama.\n"
     '"Kami belum puas," ungkap Fajar.', [dict(speaker="Fajar Alfian")]),
    ("Gubernur Sulawesi Barat (Sulbar) Suhardi Duka (SDK) merotasi direktur rumah sakit.\n"
     '"Tugas direktur baru, perbaiki wajah rumah sakit," kata SDK.',
     [dict(speaker="Suhardi Duka", mention="SDK", role="Gubernur Sulawesi Barat")]),
    ("Presiden Joko Widodo meninjau pasar.\n" '"Harga harus turun," kata Jokowi.',
     [dict(speaker="Joko Widodo", mention="Jokowi", role="Presiden")]),
    ("Wakil Ketua KPK Alexander Marwata hadir dalam acara itu.\n" '"Kami akan mendalami," kata Alex.',
     [dict(speaker="Alexander Marwata", role="Wakil Ketua KPK")]),
    # 90) Names stop where names stop: degrees, days, clubs and financial houses, a role's unit
    ('"Empat pelaku sudah kami tahan," ujar Kapolsek Ngapa Ipda Brian Wicaksono Sik, Sabtu (04/02).',
     [dict(speaker="Brian Wicaksono")]),
    ('"Empat pelaku sudah kami tahan," ujar Brian Wicaksono Sabtu (04/02).', [dict(speaker="Brian Wicaksono")]),
    ("Usai pertandingan, Pelatih Bali United Hans Peter Schaller mengaku senang dengan hasil itu.",
     [dict(type="indirect", speaker="Hans Peter Schaller", role="Pelatih Bali United")]),
    ("Pemimpin Redaksi Radio Sindo Trijaya Gaib Maruto Sigit menyebut radio tetap didengar.\n"
     '"Radio tidak mati," kata Gaib.', [dict(type="indirect", speaker="Gaib Maruto Sigit"), dict(speaker="Gaib Maruto Sigit")]),
    # the setting after a speaker names nobody: 'Pondok Labu' is where, not who 'katanya' is
    ('"Pelaku sudah kami tahan," jelas AKBP Budi Santoso kepada wartawan di Polsek Cilandak, Pondok Labu, '
     'Jakarta Selatan, Rabu (12/3).\n"Kami dalami motifnya," katanya.',
     [dict(speaker="Budi Santoso"), dict(speaker="Budi Santoso", mention="nya")]),
    ('"Kami siap," kata Budi Santoso S.I.K. kepada wartawan.', [dict(speaker="Budi Santoso")]),
    # 'demikian' after a quote: the speaker, or the source of the statement it names; nobody after a verb
    ('"Tidak cukup dana," demikian Kades Sarkawi.', [dict(speaker="Sarkawi", cue="demikian", mention="Sarkawi")]),
    ('"Sebanyak 73 dapur sudah beroperasi," demikian keterangan Polri yang dikutip, Jumat (17/10/2025).',
     [dict(speaker="Polri", cue="demikian")]),
    ('Budi hadir.\n"Harga naik bulan ini," demikian tertulis dalam dokumen itu.', [dict(cue=None, speaker=None)]),
    # a short object that opens with a noun for someone's words is the topic, not the words
    ("Ketua DPP Partai Demokrat Jansen Sitindaon menyangkal pernyataan Najwa Shihab.", []),
    # a demonstrative as the subject of a verb cue: a fact, not someone speaking; a quantifier is no name
    ("Masalah itu umum. Ini menggarisbawahi pentingnya pendidikan kesehatan reproduksi bagi remaja.", []),
    ("Mahasiswa terkejut. Sebagian menyebut sudah mengetahui rencana penggabungan sekolah itu.",
     [dict(type="indirect", speaker="Sebagian")]),
    # a body's short form written in brackets after its full name speaks under the full name
    ('Jaksa Penuntut Umum (JPU) menuntut terdakwa lima tahun.\n"Terdakwa terbukti bersalah," kata JPU.',
     [dict(speaker="Jaksa Penuntut Umum", mention="JPU", link="organisation+entity_alias")]),
    # a company's words before a person's name stay with the role ('Astra Motor', 'Indomobil Sales')
    ('"Kami lebih serius," tutur Marketing Director PT Toyota Astra Motor Anton Jimmi Suwandy.',
     [dict(speaker="Anton Jimmi Suwandy")]),
    # a body's acronym, or its short form in brackets, after its full name of body words alone
    ('Badan Pusat Statistik mencatat ekspor naik.\nMenurut BPS, impor turun tipis pada Juli.',
     [dict(type="indirect", speaker="Badan Pusat Statistik", mention="BPS", link="organisation+entity_acronym")]),
    ('Kementerian Keuangan (Kemenkeu) menepis kabar itu.\nKemenkeu menegaskan video itu hasil rekayasa.',
     [dict(type="indirect", speaker="Kementerian Keuangan", mention="Kemenkeu")]),
    # a body's first word after its full name: the full name; not a full name written only after it
    ('Koalisi Masyarakat Sipil menolak kerja sama itu.\n"Kami menilai MoU itu tidak berdasar," kata Koalisi.',
     [dict(speaker="Koalisi Masyarakat Sipil", mention="Koalisi")]),
    ('Pemerintah memastikan Gunung Lawu aman.\nPemerintah Kabupaten Karanganyar menggelar rapat.',
     [dict(type="indirect", speaker="Pemerintah")]),
    # a common word that opens a sentence and is written in lower case elsewhere names nobody
    ("Universitas Udayana menepis kabar itu. Pihak kampus sudah memeriksa. Kampus menegaskan, mahasiswa tersebut tidak tertekan.",
     [dict(type="indirect", speaker=None, mention="Kampus")]),
    # degrees set off by commas after a name, one or several
    ("Dewan Pengawas BPJS Kesehatan, Itida Yasar, SH, MPsi, menilai layanan masih terlalu kuratif.",
     [dict(type="indirect", speaker="Itida Yasar")]),
    ("Direktur Penyakit Tidak Menular Kemenkes RI dr Siti Nadia Tarmizi, M.Epid, mengatakan pemerintah memperkuat layanan.",
     [dict(type="indirect", speaker="Siti Nadia Tarmizi", role="Direktur Penyakit Tidak Menular Kemenkes RI")]),
    # a sentence glued to the next by its full stop, no space after it: the name ends there
    ('"Kami siap," kata Budhi Soesilo.Dia menambahkan, sekolah itu akan digabung.',
     [dict(speaker="Budhi Soesilo"), dict(type="indirect", speaker="Budhi Soesilo", mention="Dia")]),
    # a place marker written short before a name: the place is not the name's
    ("Anggota DPRD kab.Indramayu H. Abdul Rohman mengatakan panitia harus netral.",
     [dict(type="indirect", speaker="Abdul Rohman", role="Anggota DPRD kab.Indramayu")]),
    ("Camat Kec. Cibinong Ahmad Sanukri mengatakan panitia harus netral.",
     [dict(type="indirect", speaker="Ahmad Sanukri", role="Camat Kec. Cibinong")]),
    # a role word that is a given name too, last in a name ('Perdana' of 'Perdana Menteri')
    ("Pengamat politik dari Universitas Indonesia, Aditya Perdana, menilai koalisi itu rapuh.",
     [dict(type="indirect", speaker="Aditya Perdana", role="Pengamat politik dari Universitas Indonesia")]),
    ("Perdana Menteri Anwar Ibrahim mengatakan harga naik.", [dict(type="indirect", speaker="Anwar Ibrahim", role="Perdana Menteri")]),
    # a name set off by a comma from an indefinite description takes it as a role
    ("Nanang, seorang pedagang beras di Pasar Cikarang mengatakan harga beras naik.",
     [dict(type="indirect", speaker="Nanang", role="pedagang beras")]),
    # a given name right after an officeholder's title opens the name; it is no town
    ('"Harga harus turun," ujar Gubernur Abdul Wahid di lokasi operasi pasar.', [dict(speaker="Abdul Wahid", role="Gubernur")]),
    ('"Jalan itu segera kami perbaiki," kata Bupati Andi Harun.', [dict(speaker="Andi Harun", role="Bupati")]),
    # a first name that stands elsewhere before another person's surname is still his first name
    ('KPK memanggil Budi Hermawan (BH) sebagai saksi.\n"Hari ini KPK memeriksa saksi," kata jubir KPK Budi Prasetyo.',
     [dict(speaker="Budi Prasetyo", role="jubir KPK")]),
    # where a role is held, set off with the name by commas: the name speaks, not the role
    ("Menurut ahli gizi di New York City, Robin DeCicco, tren ini patut dicoba.",
     [dict(type="indirect", speaker="Robin DeCicco", text="tren ini patut dicoba")]),
    ("Menurut dokter di Jakarta, penyakit itu menular.", [dict(type="indirect", speaker="dokter")]),
    # English corporate titles open roles as Indonesian ones do
    ("Senior Vice President Lembaga Pengembangan Perbankan Indonesia (LPPI), Trioksa Siahaan, menjelaskan bunga akan turun.",
     [dict(type="indirect", speaker="Trioksa Siahaan", role="Senior Vice President Lembaga Pengembangan Perbankan Indonesia")]),
    # the role set off after a name the page brings in as an object, taken up when he speaks
    ('Mensesneg menghadirkan Prof Dr Maria S.W. Sumardjono, Guru Besar Fakultas Hukum UGM selaku ahli.\n"Tanah itu milik negara," kata Maria.',
     [dict(speaker="Maria S.W. Sumardjono", role="Guru Besar Fakultas Hukum UGM")]),
    # a role between two names set off by commas is the role of the name after it
    ('Wakil Ketua KPK Alexander Marwata hadir.\n"Enggak ada," kata Alex.\nSenada dengan Alex, Direktur Penyidikan KPK, '
     "Asep Guntur Rahayu, juga menyebut bahwa berkas belum lengkap.",
     [dict(speaker="Alexander Marwata", role="Wakil Ketua KPK"), dict(type="indirect", speaker="Asep Guntur Rahayu", role="Direktur Penyidikan KPK")]),
    ("Bahlil menyatakan hal itu hak presiden.\nKepadadetikNews, Kepala Departemen Politik CSIS, Arya Fernandes, memiliki pandangan lain.\n"
     "Menurut dia, pemerintah membutuhkan stabilitas.",
     [dict(type="indirect", speaker="Bahlil"), dict(type="indirect", speaker="Arya Fernandes", role="Kepala Departemen Politik CSIS")]),
    # the occasion between the speaker's name and the verb: not the speaker
    ("Menteri Kebudayaan Fadli Zon dalam sambutannya menegaskan bahwa pemajuan kebudayaan adalah amanat konstitusi.",
     [dict(type="indirect", speaker="Fadli Zon", role="Menteri Kebudayaan")]),
    ("Mendikdasmen Abdul Mu'ti dalam rapat kerja dengan Komisi X memaparkan bahwa 2.798 sekolah terdampak.",
     [dict(type="indirect", speaker="Abdul Mu'ti")]),
    ("Kapolres Bogor AKBP Budi Santoso saat dikonfirmasi mengatakan bahwa pelaku sudah ditangkap.",
     [dict(type="indirect", speaker="Budi Santoso", role="Kapolres Bogor")]),
    ("Budi Santoso melalui keterangan tertulisnya menyampaikan bahwa harga beras akan turun.", [dict(type="indirect", speaker="Budi Santoso")]),
    ("Budi Santoso selaku kuasa hukum korban menyatakan bahwa kliennya akan melapor ke polisi.",
     [dict(type="indirect", speaker="Budi Santoso", role="kuasa hukum korban")]),
    ("Budi Santoso di sela kunjungannya menjelaskan bahwa harga akan turun.", [dict(type="indirect", speaker="Budi Santoso")]),
    # a portfolio as a ministry shortens it is the role's, not the name's
    ('"Kami siap," kata Menko Polkam Budi Gunawan.', [dict(speaker="Budi Gunawan", role="Menko Polkam")]),
    # a definite description by what someone is ('pria itu', 'perwira menengah Polri itu'): the one in focus
    ("Kapolres Bogor AKBP Budi Santoso hadir di lokasi. Perwira menengah Polri itu menjelaskan pelaku merupakan residivis.",
     [dict(type="indirect", speaker="Budi Santoso", mention="Perwira menengah Polri itu")]),
    # 'menurut' with a statement noun: the statement's source speaks
    ("Menurut keterangan Budi Santoso, pelaku merupakan residivis.", [dict(type="indirect", speaker="Budi Santoso", mention="Budi Santoso")]),
    # a body written in title case before a name is the role's ('ekonom Indef Andi Wijaya')
    ('"Pasokan akan masuk," kata ekonom Indef Andi Wijaya.', [dict(speaker="Andi Wijaya", role="ekonom Indef")]),
    # a well-known alias with a title or honorific, read without it, is still the alias
    ('"Bantuan sudah cair," kata Gus Ipul.', [dict(speaker="Saifullah Yusuf", mention="Ipul")]),
    # a definite description of a thing is no one in focus ('bunyi beleid tersebut' after the President)
    ('Presiden Prabowo Subianto meneken beleid itu.\n"Jumlah ASN yang pindah mencapai 4.100 orang," bunyi beleid tersebut.',
     [dict(speaker="beleid tersebut")]),
    # 91) A scraped page: no quote from its headline, and the headline names nobody
    ("Bupati Satono Tegaskan Harga Gabah Naik, Petani Diminta Tak Jual Murah\n7 Januari 2026 15:29 WIB\n"
     "SAMBAS, insidepontianak.com – Bupati Sambas, Satono, mengingatkan petani agar tidak menjual gabah murah.\n"
     "Bupati Satono menyampaikan bahwa harga gabah telah naik.",
     [dict(type="indirect", speaker="Satono"), dict(type="indirect", speaker="Satono")]),
    # 38) The speaker only clear from the paragraph before: no cue, no guess beyond the focus
    pytest.param('Budi ditanya wartawan.\n"Belum tahu."', [dict(speaker="Budi", cue=None)], marks=XFAIL_STRICT),
]
