"""Dated sentences become events: clause, status, actors, place, summary."""
from __future__ import annotations

from datetime import date

import pytest

from app.extract.pipeline import extract_article


def events(text, gazetteer, dct=None):
    return extract_article(text, dct, gazetteer).events


def test_a_dated_sentence_is_an_event_citing_it(gazetteer):
    text = "Judul\nPresiden Rusia Vladimir Putin tiba di Pyongyang, Korea Utara, pada Rabu pagi (19 Juni 2024). Lalu."
    (e,) = events(text, gazetteer)
    assert e.value == "2024-06-19" and e.granularity == "day"
    assert text[e.start:e.end].startswith("Presiden Rusia Vladimir Putin tiba")
    assert e.status == "happened" and e.event_type == "visit" and e.place == "Pyongyang"
    assert "Vladimir Putin" in e.actors


def test_status_planned_and_reported(gazetteer):
    planned, = events("Putin akan melakukan perjalanan ke Korea Utara pada Selasa (16/6/2024).", gazetteer)
    reported, = events("Korea Utara diduga mengirim senjata pada Juli 2023.", gazetteer)
    assert planned.status == "planned" and reported.status == "reported"
    assert planned.flags and planned.flags[0]["kind"] == "weekday_mismatch"


def test_premeditated_murder_is_no_plan(gazetteer):
    # "berencana" after "pembunuhan" describes the murder; the ruling was read, not planned
    ruling, = events("Hakim memvonis terdakwa pembunuhan berencana itu hukuman mati pada Senin (13/2/2023).",
                     gazetteer, date(2023, 2, 13))
    assert ruling.status == "happened"


def test_a_plan_inside_a_quote_is_not_the_statement_s(gazetteer):
    # the statement was made that Saturday: "akan" belongs to what was said
    said, = events("Judul\n\u201cSaya sedang menuju bandara untuk cek data, akan kami update,\u201d kata Manajer "
                   "Humas AirNav Indonesia Yohanes Sirait, Sabtu (9/1/2021).", gazetteer, date(2021, 1, 9))
    assert said.status != "planned"


def test_a_crash_told_again_by_a_witness_is_one_event(gazetteer):
    text = ("Judul\nPesawat Sriwijaya Air SJ-182 hilang kontak pada Sabtu (9/1/2021) pukul 14.40 WIB.\n"
            "Tim SAR gabungan tiba di lokasi.\nBupati Kepulauan Seribu Junaedi mendapatkan informasi dari "
            "nelayan bahwa ada pesawat jatuh di perairan antara Pulau Lancang dan Pulau Laki.")
    crashes = [e for e in events(text, gazetteer, date(2021, 1, 9)) if e.event_type == "accident"]
    assert len(crashes) == 1 and len(crashes[0].also) == 1


def test_a_chronology_s_heading_dates_the_step_below_it(gazetteer):
    from tests.extract.test_dct import CHRONOLOGY
    found = {(e.value, CHRONOLOGY[e.start:e.end]) for e in events(CHRONOLOGY, gazetteer)}
    assert {("2012", "Nuril menerima telepon dari Kepsek M."),  # the step, whatever its words
            ("2017-03-27", "Nuril ditahan oleh polisi."),
            ("2017-05-31", "Kasus ini memasuki persidangan di Pengadilan Negeri (PN) Mataram."),
            ("2017-07-26", "Majelis hakim memvonis bebas Nuril."),
            ("2018-11-12", "Baiq menangis mengetahui putusan tersebut.")} <= found


@pytest.mark.parametrize("text,kind,value", [
    ("Judul\nPesawat Lion Air JT-610 jatuh di perairan Karawang, Senin (29/10/2018).\n"
     "3. Pukul 06.33 WIB, pihak AirNav menyatakan hilang kontak dengan Lion Air JT-610.\n"
     "4. Pukul 10.26 WIB, Basarnas memastikan pesawat Lion Air JT-610 jatuh di perairan Karawang.\n",
     "accident", "2018-10-29"),
    # ... also when the clock time follows the step's subject
    ("Judul\nGempa bumi kuat secara beruntun mengguncang Donggala dan Palu pada Jumat (28/9/2018).\n"
     "1. Gempa pukul 14.00 WIB dengan kekuatan 5,9 SR.\n"
     "2. Gempa pukul 17.02 WIB dengan kekuatan 7,7 SR.\n",
     "disaster", "2018-09-28"),
])
def test_steps_told_at_their_own_clock_times_are_events_of_their_own(gazetteer, text, kind, value):
    steps = [e for e in events(text, gazetteer) if e.event_type == kind]
    assert len(steps) == 3 and all(e.value == value for e in steps)


def test_the_lead_a_dateline_opens_is_cited_not_a_caption_with_a_label_in_capitals(gazetteer):
    lead = ("TRIBUNLOMBOK.COM, MATARAM - Presiden Prabowo Subianto melantik 961 kepala daerah di Istana Kepresidenan "
            "Jakarta pada Kamis (20/2/2025).")
    text = ("Judul Pelantikan\nPELANTIKAN KEPALA DAERAH - Presiden Prabowo Subianto saat melantik 961 kepala daerah di "
            "Istana Kepresidenan, Jakarta, pada Kamis pagi (20/2/2025).\n" + lead + "\n")
    swearing_in = [e for e in events(text, gazetteer) if e.event_type == "inauguration"]
    assert [e.start for e in swearing_in] == [text.index(lead)]


def test_a_flood_whose_passage_names_no_place_is_where_the_article_s_floods_are(gazetteer):
    text = ("Judul\nBanjir kembali melanda Jakarta Utara pada Senin (13/1/2020) pagi.\n"
            "Warung milik Suminem terendam akibat banjir yang terjadi pada 1 Januari 2020 lalu.\n")
    floods = {e.value: e.place for e in events(text, gazetteer, date(2020, 1, 13)) if e.event_type == "disaster"}
    assert floods == {"2020-01-13": "Jakarta Utara", "2020-01-01": "Jakarta Utara"}


def test_last_year_s_number_written_in_january_dates_the_event_in_the_year_meant(gazetteer):
    text = "Judul\nMahkamah Konstitusi mengabulkan gugatan ambang batas itu dalam putusan, Kamis (02/01/2024).\n"
    ruling, = [e for e in events(text, gazetteer, date(2025, 1, 2)) if e.event_type == "court_ruling"]
    assert ruling.value == "2025-01-02" and ruling.timex.value == "2024-01-02"  # the date as written stays
    assert [r["date"] for r in ruling.flags[0]["readings"]] == ["2024-01-02", "2025-01-02"]


def test_a_plane_that_lost_contact_had_an_accident(gazetteer):
    text = "Judul\nPesawat Lion Air itu lepas landas pukul 06.20 Senin 29 Oktober 2018 dan mengalami lost kontak pukul 06.33."
    assert [e.event_type for e in events(text, gazetteer)] == ["accident"]


def test_someone_doing_another_of_what_they_did_is_another_event(gazetteer):
    text = ("Judul\nPresiden Joko Widodo meresmikan Bandara APT Pranoto di Samarinda pada Kamis (25/10/2018).\n"
            "Dalam kesempatan tersebut, Jokowi juga meresmikan Bandara Maratua.")
    launches = [e for e in events(text, gazetteer) if e.event_type == "launch"]
    assert len(launches) == 2 and not launches[0].also


def test_what_should_have_happened_did_not(gazetteer):
    text = "Judul\nPesawat jatuh pada Senin (29/10/2018).\nSeharusnya, pesawat tersebut tiba di Pangkalpinang pukul 07.20 WIB."
    assert [e.event_type for e in events(text, gazetteer)] == ["accident"]


def test_a_date_after_publication_is_planned(gazetteer):
    e, = events("Pertemuan itu dapat berlangsung pada hari Rabu.", gazetteer, date(2023, 9, 11))
    assert e.value == "2023-09-13" and e.status == "planned"


def test_two_dated_happenings_in_one_sentence_are_two_events(gazetteer):
    text = ("Pertemuan dijadwalkan pada hari Selasa (12/9), meskipun sebelumnya ada yang mengatakan "
            "bahwa pertemuan dapat berlangsung pada hari Rabu.")
    found = events(text, gazetteer, date(2023, 9, 11))
    assert [e.value for e in found] == ["2023-09-12", "2023-09-13"]
    assert found[0].end <= found[1].start


def test_a_term_names_who_and_the_other_date_says_when(gazetteer):
    e, = events("Pelantikan anggota DPR periode 2024-2029 akan digelar pada 1 Oktober mendatang.", gazetteer,
                date(2024, 3, 20))
    assert e.value == "2024-10-01" and e.status == "planned"
    # a term alone dates no happening: the sentence takes the story's date (here the publication date
    # the article came with), or makes no event
    term = "Gubernur periode 2017-2022 itu meresmikan taman."
    assert [(e.value, e.date_source) for e in events(term, gazetteer, date(2024, 3, 20))] == [("2024-03-20", "story")]
    assert events(term, gazetteer) == []
    text = "Judul\nGubernur meresmikan taman pada Senin (18/3/2024). Gubernur periode 2017-2022 itu lalu bertemu warga."
    found = events(text, gazetteer, date(2024, 3, 20))
    assert [(e.value, e.date_source) for e in found] == [("2024-03-18", "stated"), ("2024-03-18", "story")]


@pytest.mark.parametrize("title", ["Presiden Terpilih 2024-2029", "anggota DPR RI 2019-2024",
                                   "Gubernur DKI Jakarta 2017-2022"])
def test_a_span_of_years_after_an_office_is_its_term(gazetteer, title):
    text = (f"Judul\n{title}, Prabowo Subianto, menyambut rombongan menteri di Magelang.\n"
            "Pantauan detikJateng, Kamis (29/8/2024) pukul 09.31 WIB, rombongan itu sudah tiba di Akmil.")
    found = events(text, gazetteer)
    assert "/" not in "".join(e.value for e in found)
    # the sentence is the story's: of the publication date the text gives
    assert [(e.value, e.date_source) for e in found if e.start < text.index("Pantauan")] == [("2024-08-29", "story")]


def test_reports_counted_or_received_are_not_hearsay(gazetteer):
    e, = events("Sepanjang tahun 2023, KPU menerima lebih dari 200 laporan.", gazetteer, date(2024, 3, 20))
    assert e.status == "happened"
    e, = events("Beberapa laporan menyebut Rusia mengirim senjata pada Juli 2023.", gazetteer, date(2024, 3, 20))
    assert e.status == "reported"


def test_the_next_day_follows_a_day_named_with_lalu(gazetteer):
    text = "Pemungutan suara digelar pada 14 Februari lalu. Rekapitulasi dimulai keesokan harinya."
    assert [e.value for e in events(text, gazetteer, date(2024, 3, 20))] == ["2024-02-14", "2024-02-15"]


def test_vague_references_and_boilerplate_make_no_events(gazetteer):
    text = ("Saat ini hubungan membaik.\nBaca juga: Putin tiba pada 19 Juni 2024\n"
            "Kim akan datang dalam beberapa hari mendatang.\nADVERTISEMENT")
    assert events(text, gazetteer, date(2024, 6, 20)) == []


def test_a_pronoun_sentence_takes_the_actors_before_it(gazetteer):
    text = "Pertemuan dengan Putin akan menjadi pertemuan pertama Kim. Mereka pertama kali bertemu pada April 2019."
    e, = events(text, gazetteer)
    assert {"Vladimir Putin", "Kim Jong Un"} <= set(e.actors)


def test_summary_is_trimmed_around_the_date(gazetteer):
    text = "Kim " + "sangat " * 80 + "penting tiba pada 11 September 2023 " + "dan " * 80 + "selesai."
    e, = events(text, gazetteer)
    assert len(e.summary) <= 202 and "11 September 2023" in e.summary


def test_summary_leaves_out_the_dateline(gazetteer):
    text = "SEMARANG, KOMPAS.com - Presiden Joko Widodo meresmikan bendungan pada Rabu (13/3/2024)."
    e, = events(text, gazetteer)
    assert e.summary.startswith("Presiden Joko Widodo meresmikan")
    text = "Jakarta (ANTARA) - Presiden Joko Widodo meresmikan bendungan pada Rabu (13/3/2024)."
    assert events(text, gazetteer)[0].summary.startswith("Presiden Joko Widodo")


@pytest.mark.parametrize("dateline", ["Jakarta, CNN Indonesia -- ", "TEMPO.CO, Jakarta - ", "Jakarta - ",
                                      "SEOUL, KOMPAS.TV - ", "TRIBUN-MEDAN.COM – "])
def test_a_dateline_is_neither_summary_nor_actor(gazetteer, dateline):
    text = f"Judul\n{dateline}Israel kembali menggempur Rafah pada Sabtu (9/3/2024) malam."
    e, = events(text, gazetteer)
    assert e.summary.startswith("Israel kembali") and "Indonesia" not in e.actors and "Korea Selatan" not in e.actors
    assert text[e.start:e.end].startswith(dateline)  # the citation still covers the whole sentence


def test_a_dash_inside_a_paragraph_is_not_a_dateline(gazetteer):
    text = "Judul\nHujan turun deras. Kim Jong Un - pemimpin Korea Utara - tiba pada 12 September 2023."
    e, = events(text, gazetteer)
    assert e.summary.startswith("Kim Jong Un - pemimpin") and "Kim Jong Un" in e.actors


def test_a_happening_told_without_a_date_takes_the_story_s_date(gazetteer):
    text = ("Judul\nPresiden Joko Widodo mengunjungi Cianjur pada Selasa (22/11/2022). "
            "Presiden kemudian menuliskan pesan di buku tamu.")
    visit, guestbook = events(text, gazetteer, date(2022, 11, 23))
    assert (guestbook.value, guestbook.date_source, guestbook.timex) == ("2022-11-22", "story", None)
    assert "Selasa (22/11/2022)" in guestbook.date_explanation
    assert text[guestbook.start:guestbook.end] == "Presiden kemudian menuliskan pesan di buku tamu."


@pytest.mark.parametrize("then", ["Saat itu", "Ketika itu", "Pada saat bersamaan,"])
def test_saat_itu_takes_the_date_told_just_before_at_its_granularity(gazetteer, then):
    text = ("Judul\nTimnas Indonesia mengalahkan Malaysia 4-1 pada Minggu (19/12/2021). "
            "Indonesia pertama kali bertemu Bahrain pada 2004. "
            f"{then} Garuda kalah 1-3 dari Bahrain di Stadion Luneng, Jinan, China.")
    loss = events(text, gazetteer, date(2021, 12, 20))[-1]
    assert text[loss.start:loss.end].startswith(then)
    assert (loss.value, loss.granularity, loss.date_source) == ("2004", "year", "story")
    assert "2004" in loss.date_explanation


def test_the_lead_s_day_is_that_of_its_first_happening_of_a_kind(gazetteer):
    text = ("Judul\nJAKARTA -- Sebanyak 75 pendaki terdaftar di posko sebelum mendaki pada Sabtu (2/12/2023). "
            "Gunung Marapi kemudian meletus keesokan harinya, Minggu (3/12/2023).\n"
            "Beberapa pendaki terluka dan dilarikan ke rumah sakit.")
    burns = events(text, gazetteer, date(2023, 12, 5))[-1]
    assert text[burns.start:burns.end].startswith("Beberapa pendaki") or \
        any(text[a:b].startswith("Beberapa pendaki") for a, b in burns.also)
    assert burns.value == "2023-12-03"


def test_a_sentence_saying_saat_itu_may_name_its_happening_by_a_noun(gazetteer):
    text = ("Judul\nTiga pendaki dievakuasi pada Senin (4/12/2023) dari puncak.\n"
            "Saat itu tim SAR juga menemukan 11 jenazah di dekat kawah.")
    values = {e.value for e in events(text, gazetteer, date(2023, 12, 5))
              for a, b in ((e.start, e.end), *e.also) if text[a:b].startswith("Saat itu")}
    assert values == {"2023-12-04"}


def test_saat_itu_after_a_competition_named_with_its_year_is_of_that_year(gazetteer):
    text = ("Judul\nTimnas akan menjamu Bahrain pada Selasa (25/3/2025). Pertemuan pertama pada Piala Asia 2004. "
            "Garuda saat itu kalah 1-3 dari Bahrain di Jinan, China.")
    loss = events(text, gazetteer, date(2025, 3, 24))[-1]
    assert (loss.value, loss.granularity) == ("2004", "year") and "Piala Asia 2004" in loss.date_explanation


def test_a_happening_s_noun_followed_by_a_clock_time_says_it_happened_then(gazetteer):
    text = ("Judul\nWarga Agam mengungsi ke balai desa pada Minggu (3/12/2023) malam.\n"
            "Petugas membenarkan Gunung Marapi itu erupsi pada pukul 14.53 WIB.")
    eruption = events(text, gazetteer, date(2023, 12, 4))[-1]
    assert (eruption.value, eruption.date_source, eruption.event_type) == ("2023-12-03", "story", "disaster")


def test_what_happened_at_a_competition_named_with_an_earlier_year_is_of_that_year(gazetteer):
    text = ("Judul\nTimnas U-22 menang 5-2 atas Thailand di final pada Selasa (16/5/2023). "
            "Terakhir Indonesia memenangkan medali emas di SEA Games 1991 Manila.")
    final, gold = events(text, gazetteer, date(2023, 5, 17))
    assert (gold.value, gold.granularity, gold.date_source) == ("1991", "year", "story")
    assert "SEA Games 1991" in gold.date_explanation


def test_what_could_not_be_done_is_told_as_a_fact_of_the_story_s_day(gazetteer):
    text = ("Judul\nKebakaran hebat melanda Lapas Kelas I Tangerang pada Rabu (8/9/2021) dini hari.\n"
            "Dalam peristiwa itu, 41 warga binaan tewas akibat tidak bisa keluar dari dalam kamar selnya.")
    toll = [e for e in events(text, gazetteer, date(2021, 9, 8)) if e.event_type == "casualties"]
    assert [(e.value, e.date_source) for e in toll] == [("2021-09-08", "story")]


@pytest.mark.parametrize("sentence", [
    "Harga beras biasanya naik menjelang Lebaran.",  # what generally happens
    "Apakah gempa susulan akan terjadi?",  # a question
    "\"Kami sangat sedih,\" kata warga.",  # speech that names no happening
    "Kebakaran bisa terjadi kapan saja di gedung tua.",  # what might happen
])
def test_what_happens_in_general_questions_and_speech_take_no_story_date(gazetteer, sentence):
    text = "Judul\nRapat digelar pada Senin (3/3/2025). " + sentence
    assert [e.date_source for e in events(text, gazetteer, date(2025, 3, 4))] == ["stated"]


def test_a_date_in_a_relative_clause_dates_its_noun_and_the_main_clause_takes_the_story_s(gazetteer):
    text = ("Judul\nPresiden Joko Widodo meninjau lokasi gempa di Kabupaten Cianjur pada Selasa (22/11/2022).\n"
            "Presiden menyampaikan belasungkawa atas gempa bumi yang melanda Cianjur pada Senin (21/11/2022).")
    found = {(e.value, e.event_type, e.date_source) for e in events(text, gazetteer, date(2022, 11, 22))
             if e.start > text.index("\n", 6)}
    assert found == {("2022-11-21", "disaster", "stated"), ("2022-11-22", "condolence", "story")}


def test_a_day_approached_is_not_the_day_of_the_happening(gazetteer):
    text = ("Judul\nPresiden meninjau pasar di Jakarta pada Sabtu (16/12/2023).\n"
            "Menjelang libur Natal 2023 dan Tahun Baru 2024, harga beras dilaporkan naik tajam di pasar.")
    values = {e.value for e in events(text, gazetteer, date(2023, 12, 16))}
    assert "2023-12-25" not in values and "2024-01-01" not in values


def test_a_date_set_off_by_a_comma_dates_the_main_clause_not_the_relative_one(gazetteer):
    text = ("Judul\nPemerintah Provinsi Bali menetapkan status tanggap darurat menyusul banjir yang menelan "
            "korban jiwa, Rabu (10/9/2025).")
    decree, = events(text, gazetteer, date(2025, 9, 10))
    assert decree.event_type == "policy"


def test_what_is_said_inside_quotation_marks_takes_no_story_date(gazetteer):
    text = ("Judul\nPresiden Vladimir Putin tiba di Pyongyang pada Rabu (19/6/2024). Pengamat menambahkan, "
            "\u201cKim Jong Un telah melakukan perjalanan ke Rusia untuk dua pertemuan puncak.\u201d")
    assert [e.date_source for e in events(text, gazetteer, date(2024, 6, 19))] == ["stated"]


def test_a_line_ending_in_its_photo_credit_is_a_caption_however_long(gazetteer):
    caption = ("Presiden dan Wakil Presiden saat mengumumkan susunan menteri kabinet di halaman istana negara "
               "yang dihadiri para ketua umum partai politik pendukung, Ahad (20/10/2024) malam di Istana "
               "Negara Jakarta. (Foto: setkab.go.id)")
    text = "Judul\n" + caption + "\nPresiden melantik para menteri pada Senin (21/10/2024) pagi."
    assert [e.value for e in events(text, gazetteer, date(2024, 10, 21))] == ["2024-10-21"]


@pytest.mark.parametrize("credit", ["ANTARA FOTO/Arnas Padda/wpa/foc.", "KOMPAS/TOTOK WIJAYANTO"])
def test_a_line_under_a_photo_credit_is_its_caption(gazetteer, credit):
    text = ("Judul\n" + credit + "\nPetugas berjaga di lokasi dugaan bom bunuh diri di depan Gereja Katedral, "
            "Minggu (28/3/2021).\nLedakan bom terjadi di pintu gerbang Gereja Katedral Makassar, Minggu (28/3) pagi.")
    blast, = events(text, gazetteer, date(2021, 3, 28))
    assert text[blast.start:].startswith("Ledakan bom") and blast.also == ()
    assert blast.event_type == "attack"


def test_a_suicide_bombing_is_an_attack_not_a_killing(gazetteer):
    text = "Judul\nAksi bom bunuh diri terjadi di pintu gerbang Gereja Katedral Makassar, Minggu (28/3/2021) pagi."
    assert [e.event_type for e in events(text, gazetteer, date(2021, 3, 28))] == ["attack"]


def test_the_story_under_its_dateline_leads_over_a_teaser_above_it(gazetteer):
    teaser = "Pada tanggal 3 Februari jumlah penderita demam berdarah bertambah 279 orang."
    text = (f"Judul\n{teaser}\nTRIBUNNEWS.COM, JAKARTA \u2014 Jumlah penderita demam berdarah terus naik.\n"
            f"{teaser}\n")
    case, = [e for e in events(text, gazetteer, date(2019, 2, 6)) if e.value == "2019-02-03"]
    assert case.start == text.rindex(teaser) and case.also == ((6, 6 + len(teaser)),)


@pytest.mark.parametrize("text,values", [
    ("Pengungsi bertahan sejak Kamis (23/1) dan baru pulang pada Ahad (26/1).", ["2025-01-23", "2025-01-26"]),
    ("Ia menjuarai turnamen itu (1959), (1968-1974, 1976) dan terakhir (1991).",
     ["1959", "1968/1974", "1976", "1991"]),
])
def test_every_date_of_a_clause_is_its_own_event(gazetteer, text, values):
    assert [e.value for e in events("Judul\n" + text, gazetteer, date(2025, 2, 1))] == values


def test_a_headline_and_its_lead_are_one_event_citing_both(gazetteer):
    text = ("Gempa Guncang Cianjur Senin (21/11/2022)\n"
            "Gempa magnitudo 5,6 mengguncang Kabupaten Cianjur pada Senin (21/11/2022) siang.")
    quake, = events(text, gazetteer, date(2022, 11, 21))
    assert text[quake.start:quake.end].startswith("Gempa magnitudo")  # the lead leads, not the headline
    assert quake.also == ((0, text.index("\n")),)
    assert quake.place == "Cianjur" and quake.event_type == "disaster"


def test_a_happening_told_again_is_cited_by_the_sentence_that_tells_it_not_by_a_quote(gazetteer):
    text = ("Judul\nRetret kepala daerah digelar di Magelang pekan depan. \"Yang ragu boleh mundur,\" kata "
            "Presiden Prabowo Subianto saat pelantikan kepala daerah di Istana, Kamis (20/2/2025).\n"
            "Hari ini, Presiden Prabowo Subianto melantik 961 kepala daerah yang digelar serentak.")
    swearing_in, = [e for e in events(text, gazetteer, date(2025, 2, 20)) if e.event_type == "inauguration"]
    assert text[swearing_in.start:swearing_in.end].startswith("Hari ini, Presiden Prabowo Subianto melantik")
    assert text[slice(*swearing_in.also[0])].startswith('"Yang ragu boleh mundur,"')


def test_another_match_of_the_same_day_is_not_the_match_told_again(gazetteer):
    text = ("Judul\nTimnas Indonesia menang 3-1 atas Timor Leste dalam lanjutan Piala AFF 2018, Selasa (13/11/2018).\n"
            "Di sisi lain, Filipina sukses menaklukkan Singapura 1-0.")
    matches = [e for e in events(text, gazetteer, date(2018, 11, 13)) if e.event_type == "sports_result"]
    assert len(matches) == 2 and matches[1].summary.startswith("Di sisi lain, Filipina")
    assert {f.value for e in matches for f in e.figures} == {"3-1", "1-0"}
    text = ("Judul\nTimnas Indonesia mengalahkan Timor Leste di Piala AFF 2018, Selasa (13/11/2018).\n"
            "Di sisi lain, Filipina sukses menaklukkan Singapura.")  # no score: the sides tell them apart
    assert len([e for e in events(text, gazetteer, date(2018, 11, 13)) if e.event_type == "sports_result"]) == 2


def test_a_match_told_with_its_stage_and_again_without_is_one_match(gazetteer):
    text = ("Judul\nTimnas Indonesia bermain imbang 0-0 melawan Vietnam di leg pertama semifinal Piala AFF 2022, "
            "Jumat (6/1/2023) sore.\nPada laga itu Indonesia ditahan imbang tanpa gol oleh Vietnam di SUGBK, "
            "Jumat (6/1/2023).")
    match, = [e for e in events(text, gazetteer, date(2023, 1, 7)) if e.event_type == "sports_result"]
    assert match.also
    # qualifying for the semi-final is no semi-final played
    text = "Judul\nTimnas Indonesia lolos ke babak semifinal setelah mengalahkan Korea Selatan, Jumat (26/4/2024)."
    won, = [e for e in events(text, gazetteer, date(2024, 4, 27)) if e.event_type == "sports_result"]
    assert "marker:semifinal" not in won.keys


@pytest.mark.parametrize("later", [
    "Untuk tahap kedua, 363 WNI tiba menggunakan pesawat Garuda Indonesia GA 991.",
    "Pada saat bersamaan, rombongan WNI lain tiba di Bandara Halim Perdanakusuma.",
])
def test_another_of_a_kind_the_same_day_is_not_the_first_told_again(gazetteer, later):
    text = "Judul\nSebanyak 385 WNI dari Sudan tiba di Bandara Soekarno-Hatta pada Minggu (30/4/2023).\n" + later
    arrivals = [e for e in events(text, gazetteer, date(2023, 4, 30)) if e.event_type == "visit"]
    assert len(arrivals) == 2 and arrivals[0].also == ()


def test_an_aftershock_told_after_the_quake_is_not_the_quake_told_again(gazetteer):
    text = ("Judul\nGempa bumi mengguncang Kabupaten Cianjur pada Senin (21/11/2022) siang. "
            "Gempa susulan juga mengguncang Cianjur pada Senin (21/11/2022) sore.")
    quake, aftershock = events(text, gazetteer, date(2022, 11, 22))
    assert quake.also == () and "marker:aftershock" not in quake.keys
    assert "marker:aftershock" in aftershock.keys


def test_a_plan_announced_on_a_day_is_that_day_s_statement_not_its_happening(gazetteer):
    text = ("Judul\nKemarin, tanggal 8 Januari 2024, Koordinator Staf Khusus Presiden Ari Dwipayana menyatakan "
            "Presiden Joko Widodo akan melakukan kunjungan kerja ke Vietnam.")
    said, = events(text, gazetteer, date(2024, 1, 9))
    assert (said.value, said.event_type, said.status) == ("2024-01-08", "statement", "happened")
    # the plan's own date, or a day after publication, dates the visit
    for text in ("Judul\nAri menyatakan Presiden Joko Widodo akan melakukan kunjungan kerja ke Vietnam pada "
                 "Selasa (9/1/2024).",
                 "Judul\nPada 10 Januari 2024, kata Ari, Presiden Joko Widodo akan melakukan kunjungan ke Vietnam."):
        visit, = events(text, gazetteer, date(2024, 1, 8))
        assert (visit.event_type, visit.status) == ("visit", "planned")


def test_a_fire_told_without_its_building_takes_the_bodies_the_lead_names(gazetteer):
    text = ("Judul\nTim Puslabfor membawa abu arang dari kebakaran gedung utama Kejaksaan Agung di Jakarta Selatan.\n"
            "Kebakaran terjadi sekitar pukul 19.10 WIB pada Sabtu, 22 Agustus 2020.\n"
            "Jaksa Agung menggelar rapat evaluasi pada Senin, 24 Agustus 2020.")
    fire, = [e for e in events(text, gazetteer, date(2020, 8, 25)) if e.event_type == "disaster"]
    assert "kejaksaan agung" in fire.topic_names
    # a kind of happening people do keeps to the names: who did it is weighed on its own
    meeting, = [e for e in events(text, gazetteer, date(2020, 8, 25)) if e.event_type == "meeting"]
    assert "kejaksaan agung" not in meeting.topic_names


def test_a_speaker_on_the_burnt_building_is_a_statement_not_the_fire_told_again(gazetteer):
    text = ("Judul\nGedung utama Kejaksaan Agung di Jakarta Selatan terbakar pada Sabtu (22/8/2020) malam.\n"
            "Dia menegaskan, berkas-berkas perkara tidak berada di gedung yang terbakar.")
    fire, said = events(text, gazetteer, date(2020, 8, 23))
    assert (fire.event_type, fire.also) == ("disaster", ())
    assert (said.event_type, said.value, said.date_source) == ("statement", "2020-08-22", "story")
    # a happening's noun heading the clause is the happening told: "gempa bumi yang mengguncang"
    text = ("Judul\nGempa bumi mengguncang Cianjur pada Senin (21/11/2022) siang.\n"
            "Kata BMKG, gempa bumi yang mengguncang wilayah Cianjur itu berkekuatan M5,6.")
    assert [e.event_type for e in events(text, gazetteer, date(2022, 11, 22))] == ["disaster"]


def test_one_person_s_step_of_one_kind_told_twice_on_a_day_is_one_event(gazetteer):
    text = ("Judul\nJAKARTA - Ketua KPK Firli Bahuri akhirnya ditetapkan tersangka oleh Polda Metro Jaya, "
            "Rabu (22/11/2023).\nPenetapan status tersangka terhadap Firli Bahuri itu diumumkan Direktur "
            "Reskrimsus Polda Metro Jaya, Kombes Pol Ade Safri Simanjuntak, Rabu (22/11/2023) malam.\n")
    arrest, = [e for e in events(text, gazetteer, date(2023, 11, 22)) if e.event_type == "arrest"]
    assert arrest.also and arrest.place == "DKI Jakarta"  # "Metro Jaya" is Jakarta's police, not Metro city


def test_a_light_verb_before_a_happening_s_noun_takes_the_story_s_day(gazetteer):
    text = ("Judul\nDPR mengesahkan RKUHP dalam rapat paripurna, Selasa (6/12/2022).\n"
            "Terbaru, elemen masyarakat menggelar demo di depan gedung DPR.\n")
    protest, = [e for e in events(text, gazetteer, date(2022, 12, 6)) if e.event_type == "protest"]
    assert (protest.value, protest.date_source) == ("2022-12-06", "story")
    # a noun of the sentence that no light verb governs takes no date: a viewing of the ruling is no ruling
    text = text.replace("elemen masyarakat menggelar demo di depan gedung DPR", "warga menggelar nonton bareng "
                        "sidang vonis di Bandung")
    assert not [e for e in events(text, gazetteer, date(2022, 12, 6)) if e.event_type == "court_ruling"]


@pytest.mark.parametrize("sentence,kind", [
    ("Majelis hakim Tipikor Jakpus menjatuhi vonis 12 tahun penjara terhadap Juliari.", "court_ruling"),
    # "jika" after a verb of saying is "that", "sejak pagi" the day's morning: neither keeps the story's day away
    ("Basarnas memastikan jika pesawat Lion Air itu jatuh di perairan Karawang.", "accident"),
    ("Sejak pagi, polisi menangkap tiga pria di depan gedung pengadilan.", "arrest"),
    ("Kericuhan memuncak ketika mobil polisi dibalikkan dan dibakar massa.", "unrest"),
])
def test_a_verb_that_says_a_happening_s_noun_took_place_takes_the_story_s_day(gazetteer, sentence, kind):
    text = f"Judul\nWarga berunjuk rasa di depan gedung pengadilan pada Senin (23/8/2021).\n{sentence}\n"
    found = [e for e in events(text, gazetteer, date(2021, 8, 23)) if e.event_type == kind]
    assert [(e.value, e.date_source) for e in found] == [("2021-08-23", "story")]


def test_steps_of_a_ceremony_are_events_and_first_of_all_is_no_long_ago(gazetteer):
    text = ("Judul\nPresiden Prabowo Subianto melantik 961 kepala daerah di Istana Merdeka pada Kamis (20/2/2025).\n"
            "Sebelum dilantik, para kepala daerah terlebih dahulu melakukan kirab dari Monas ke Istana Merdeka.\n"
            "Usai pelantikan, Presiden Prabowo kemudian turun dari panggung dan menyalami seluruh kepala daerah.\n")
    found = events(text, gazetteer, date(2025, 2, 20))
    cited = {(s, e) for m in found for s, e in ((m.start, m.end), *m.also)}
    assert any(text[s:e].startswith("Sebelum dilantik") for s, e in cited)  # "terlebih dahulu": first
    assert any(text[m.start:m.end].startswith("Usai pelantikan") and m.value == "2025-02-20" for m in found)


def test_a_sentence_opening_on_a_part_of_that_day_goes_on_with_the_day_just_told(gazetteer):
    text = ("Judul\nLongsor menimbun 22 warga Desa Cihanjuang, kata Kepala SAR, Minggu (10/1/2021).\n"
            "Longsor terjadi pada Sabtu (9/1/2021) sekitar pukul 15.30 WIB.\n"
            "Malam hari sekitar pukul 22.00, tim SAR gabungan mengevakuasi 11 korban meninggal.\n")
    found = events(text, gazetteer, date(2021, 1, 10))
    night = next(e for e in found if "Malam hari" in text[e.start:e.end]
                 or any("Malam hari" in text[a:b] for a, b in e.also))
    assert night.value == "2021-01-09"


def test_a_caption_with_its_credit_after_a_slash_is_no_event(gazetteer):
    text = ("Gempa Turki, KBRI Ankara: Tiga WNI Terluka\n"
            "Bangunan runtuh akibat gempa yang mengguncang Turki bagian selatan pada Senin, 6 Februari 2023/Net\n"
            "Tidak ada WNI yang menjadi korban jiwa dalam gempa yang mengguncang Turki bagian selatan pada Senin "
            "pagi (6/2) waktu setempat.\n")
    quake, = [e for e in events(text, gazetteer, date(2023, 2, 6)) if e.event_type == "disaster"]
    assert text[quake.start:quake.end].startswith("Tidak ada WNI")


def test_a_lead_under_a_photo_credit_is_no_caption_when_a_dateline_opens_it(gazetteer):
    text = ("Kecelakaan Tol Pejagan-Pemalang\nFoto udara kendaraan melintas di Jalan Tol Pejagan-Pemalang.\n"
            "Foto: ANTARA/Oky Lukmansyah\nREPUBLIKA.CO.ID, JAKARTA -- Tabrakan beruntun terjadi di Tol "
            "Pejagan-Pemalang kilometer 253 pada Ahad (18/9/2022) pukul 13.53 WIB yang melibatkan 13 kendaraan.\n")
    crash, = [e for e in events(text, gazetteer, date(2022, 9, 19)) if e.event_type == "accident"]
    assert crash.value == "2022-09-18"


def test_a_happening_named_by_a_general_noun_is_of_the_kind_told_before(gazetteer):
    text = ("Judul\nGempa bermagnitudo 6,2 mengguncang Majene, Jumat (15/1/2021) dini hari.\n"
            "Warga berhamburan keluar rumah.\nPeristiwa itu terjadi pada Jumat (15/1/2021) pukul 01.28 WIB "
            "ketika wilayah tersebut sedang dilanda hujan.\n")
    quake, = [e for e in events(text, gazetteer, date(2021, 1, 15)) if e.value == "2021-01-15"]
    assert quake.event_type == "disaster" and quake.also  # the quake told again, not a statement ("tersebut")


def test_visits_of_one_day_to_places_apart_are_two_happenings(gazetteer):
    text = ("Judul\nPresiden Joko Widodo melakukan kunjungan kerja ke Kabupaten Garut, Senin (8/1/2024).\n"
            "Kemarin, Presiden Joko Widodo juga melakukan kunjungan kerja ke Kota Serang, Senin (8/1/2024).")
    visits = [e for e in events(text, gazetteer, date(2024, 1, 9)) if e.event_type == "visit"]
    assert [v.place for v in visits] == ["Garut", "Serang"] and visits[0].also == ()
    text = text.replace("Kota Serang", "Kecamatan Tarogong Kidul, Garut")  # within Garut: the visit told again
    visit, = [e for e in events(text, gazetteer, date(2024, 1, 9)) if e.event_type == "visit"]
    assert visit.also


@pytest.mark.parametrize("text", [
    "Gempa M5,6 mengguncang Cianjur pada Senin (21/11/2022), kata Presiden Joko Widodo.",
    "Presiden Joko Widodo mengatakan gempa M5,6 mengguncang Cianjur pada Senin (21/11/2022).",
])
def test_who_only_tells_of_a_happening_is_its_reporter(gazetteer, text):
    quake, = events(text, gazetteer, date(2022, 11, 22))
    assert quake.reporters == ("Joko Widodo",)


@pytest.mark.parametrize("sentence,value", [
    # a count as of now, in an article of the day after: the toll when the article appeared
    ("BPBD DKI Jakarta dalam siaran persnya mencatat 17 orang meninggal dunia dalam peristiwa tersebut.",
     "2023-03-04"),
    ("Hingga saat ini, 33 orang telah berhasil dievakuasi dan 11 orang dinyatakan meninggal dunia.", "2023-03-04"),
    # what the fire caused is told of the fire's day
    ("Kebakaran ini mengakibatkan belasan orang meninggal dunia.", "2023-03-03"),
])
def test_a_toll_counted_as_of_now_takes_the_publication_date(gazetteer, sentence, value):
    text = ("Judul\nKebakaran hebat melanda Depo Pertamina Plumpang, Jakarta Utara, pada Jumat (3/3/2023) malam.\n"
            + sentence + "\n")
    toll = [e for e in events(text, gazetteer, date(2023, 3, 4)) if e.event_type == "casualties"]
    assert [e.value for e in toll] == [value]


def test_when_a_state_began_is_no_day_for_the_paragraph(gazetteer):
    # "hujan deras sejak Selasa (9/9)" says when the rain began; the flood the next sentence tells of
    # is the lead's, Rabu (10/9/2025)
    text = ("Judul\nPemerintah Provinsi Bali menetapkan status tanggap darurat bencana menyusul banjir yang "
            "menelan korban jiwa, Rabu (10/9/2025).\nSelain itu, tercatat 202 kepala keluarga terdampak banjir "
            "yang dipicu hujan deras sejak Selasa (9/9). Banjir ini melanda enam kabupaten/kota di Bali.\n")
    flood = next(e for e in events(text, gazetteer) if text[e.start:e.end].startswith("Banjir ini"))
    assert flood.value == "2025-09-10"


@pytest.mark.parametrize("sentence,marked", [
    ("Pada sesi kualifikasi MotoGP Indonesia, Marquez terjatuh di tikungan pada Sabtu (19/3/2022).", True),
    # the competition's own name is no qualifying session apart from the match
    ("Timnas Indonesia menang 2-0 atas Arab Saudi di Kualifikasi Piala Dunia 2026, Selasa (19/11/2024).", False),
])
def test_a_qualifying_session_is_marked_apart_but_a_qualifier_competition_is_not(gazetteer, sentence, marked):
    (e,) = [e for e in events("Judul\n" + sentence + "\n", gazetteer) if e.timex is not None]
    assert ("marker:qualifier" in e.keys) == marked


def test_a_route_s_ends_are_not_where_the_happening_was(gazetteer):
    text = "Judul\nPesawat Sriwijaya Air rute Jakarta – Pontianak hilang kontak pada Sabtu (9/1/2021)."
    lost, = events(text, gazetteer, date(2021, 1, 9))
    assert lost.place is None and "Pontianak" in lost.places_named
    text = ("Judul\nPesawat Sriwijaya Air rute Jakarta – Pontianak jatuh di perairan Kepulauan Seribu "
            "pada Sabtu (9/1/2021).")
    assert events(text, gazetteer, date(2021, 1, 9))[0].place == "Kepulauan Seribu"
    # "rute Gilimanuk menuju Ketapang", and a port sailed from, are not where the ferry sank
    text = ("Judul\nKapal feri rute Gilimanuk menuju Ketapang itu tenggelam di Selat Bali, Jembrana, pada Selasa "
            "(29/6/2021) malam.")
    assert events(text, gazetteer, date(2021, 6, 30))[0].place == "Jembrana"
    text = ("Judul\nKapal yang berangkat dari Pelabuhan Ketapang itu tenggelam di perairan Jembrana, Selasa "
            "(29/6/2021) malam.")
    assert events(text, gazetteer, date(2021, 6, 30))[0].place == "Jembrana"


@pytest.mark.parametrize("sentence,kind", [
    ("Kapolsek mengatakan, dua orang dari tiga korban sudah ditemukan pukul 22.51 WIB.", "casualties"),
    ("Tercatat sejak pukul 12.00 WIB, Badan Geologi memperbarui status gunung menjadi Level IV.", "policy"),
])
def test_a_story_sentence_that_moves_a_count_or_a_status_takes_the_story_s_day(gazetteer, sentence, kind):
    text = f"Judul\nBanjir bandang melanda Kesamben pada Minggu (30/6/2024) sore.\n{sentence}"
    later = [e for e in events(text, gazetteer, date(2024, 6, 30)) if e.start > text.index(sentence) - 1]
    assert [(e.value, e.event_type) for e in later] == [("2024-06-30", kind)]


def test_a_competition_named_by_the_year_before_is_the_story_s_own(gazetteer):
    # Piala AFF 2020 was played in December 2021: its year dates nothing of that story
    text = ("Judul\nTimnas Indonesia menang 4-1 atas Malaysia pada Minggu (19/12/2021) di Piala AFF 2020.\n"
            "Indonesia unggul produktivitas gol di Piala AFF 2020 atas Vietnam.\n"
            "Vietnam yang pada saat bersamaan menang 4-0 atas Kamboja.")
    assert "2020" not in {e.value for e in events(text, gazetteer, date(2021, 12, 19))}
