"""Interface labels in Indonesian and English, chosen by the `lang` cookie."""
from __future__ import annotations

LABELS = {
    "title": ("Linimasa", "Linimasa"),
    "tagline": ("Lini masa peristiwa dari berita, dengan sumbernya", "A timeline of events from the news, with sources"),
    "timeline": ("Lini masa", "Timeline"),
    "articles": ("Artikel", "Articles"),
    "search": ("Cari teks", "Search text"),
    "from": ("Dari", "From"),
    "to": ("Sampai", "To"),
    "outlet": ("Media", "Outlet"),
    "status": ("Status", "Status"),
    "any": ("Semua", "Any"),
    "actors": ("Aktor", "Actors"),
    "apply": ("Terapkan", "Apply"),
    "clear": ("Hapus filter", "Clear filters"),
    "events": ("peristiwa", "events"),
    "happened": ("terjadi", "happened"),
    "planned": ("direncanakan", "planned"),
    "reported": ("dilaporkan", "reported"),
    "sources": ("sumber", "sources"),
    "show_sources": ("Lihat sumber", "Show sources"),
    "hide_sources": ("Tutup sumber", "Hide sources"),
    "more_in": ("peristiwa lagi pada", "more events in"),
    "load_more": ("Muat lebih banyak", "Load more"),
    "no_events": ("Tidak ada peristiwa yang cocok dengan filter ini.", "No events match these filters."),
    "disagreement": ("Sumber tidak sepakat", "Sources disagree"),
    "weekday_mismatch": ("Hari tidak cocok dengan tanggal", "Weekday does not match the date"),
    "date_disagreement": ("Sumber menyebut tanggal berbeda", "Sources give different dates"),
    "zoom": ("Skala", "Zoom"),
    "decade": ("dekade", "decade"),
    "year": ("tahun", "year"),
    "month": ("bulan", "month"),
    "day": ("hari", "day"),
    "published": ("Terbit", "Published"),
    "unknown": ("tidak diketahui", "unknown"),
    "read_in_article": ("Baca di artikel", "Read in the article"),
    "permalink": ("Tautan tetap", "Permanent link"),
    "dates_in_article": ("Tanggal dalam artikel", "Dates in this article"),
    "place": ("Tempat", "Place"),
    "language": ("English", "Bahasa Indonesia"),
    "histogram": ("Jumlah peristiwa menurut waktu; klik batang untuk memilih rentang",
                  "Events over time; click a bar to select its range"),
    "error": ("Permintaan tidak dapat diproses", "The request could not be processed"),
    "back_to_timeline": ("Kembali ke lini masa", "Back to the timeline"),
    "unresolved": ("belum dapat ditentukan", "unresolved"),
    "source_inferred": ("disimpulkan dari isi", "inferred from the text"),
    "source_given": ("dari metadata", "from metadata"),
    "source_dateline": ("dari dateline", "from the dateline"),
    "source_footer": ("dari catatan kaki", "from the footer"),
    "event": ("Peristiwa", "Event"),
    "showing": ("Menampilkan", "Showing"),
    "of": ("dari", "of"),
    "figures_disagree": ("Sumber menyebut angka berbeda", "Sources give different figures"),
    "story_date": ("tanggal dari alur berita", "date from the story"),
    "outlets": ("media", "outlets"),
    "key_moments": ("Momen kunci", "Key moments"),
    "export": ("Ekspor tampilan ini", "Export this view"),
    "source_link": ("sumber asli", "original source"),
    "all_events": ("Semua peristiwa", "All events"),
    "why_merged": ("Mengapa satu peristiwa", "Why one happening"),
    "restated": ("diceritakan lagi dalam artikel yang sama", "told again in the same article"),
    "reason_date": ("tanggal", "date"),
    "reason_type": ("jenis", "type"),
    "reason_place": ("tempat", "place"),
    "reason_people": ("tokoh", "people"),
    "reason_actors": ("aktor", "actors"),
    "reason_keys": ("nomor", "identifiers"),
    "reason_names": ("nama yang sama", "names in common"),
    "reason_similarity": ("kemiripan kata", "word similarity"),
    "reason_score": ("skor", "score"),
    "reason_needed": ("ambang", "threshold"),
    "dead": ("meninggal", "dead"),
    "injured": ("luka", "injured"),
    "displaced": ("mengungsi", "displaced"),
    "missing": ("hilang", "missing"),
    "score": ("skor", "score"),
    # adding and deleting articles from the browser (writer.py, login.py, articles.py, jobs.py)
    "add_article": ("Tambah artikel", "Add articles"),
    "writes_off_title": ("Menulis dari peramban belum aktif", "Writing from the browser is off"),
    "writes_off": ("Menambah dan menghapus artikel dari peramban belum aktif. Untuk mengaktifkannya, tetapkan "
                   "variabel lingkungan LINIMASA_ADMIN_TOKEN (token tulis pilihan Anda) lalu jalankan ulang "
                   "server. Membaca tetap terbuka untuk semua.",
                   "Adding and deleting articles from the browser is off. To turn it on, set the environment "
                   "variable LINIMASA_ADMIN_TOKEN (a write token of your choosing) and restart the server. "
                   "Reading stays open to everyone."),
    "sign_in": ("Masuk", "Sign in"),
    "sign_out": ("Keluar", "Sign out"),
    "sign_in_intro": ("Masukkan token tulis (LINIMASA_ADMIN_TOKEN) untuk menambah dan menghapus artikel.",
                      "Type the write token (LINIMASA_ADMIN_TOKEN) to add and delete articles."),
    "write_token": ("Token tulis", "Write token"),
    "signed_in": ("Anda sudah masuk sebagai penulis.", "You are signed in as a writer."),
    "refused_bad_token": ("Token tulis salah.", "That is not the write token."),
    "refused_not_signed_in": ("Masuk dengan token tulis terlebih dahulu (/login).",
                              "Sign in with the write token first (/login)."),
    "refused_csrf": ("Formulir ini tidak membawa token CSRF yang sah: muat ulang halamannya lalu coba lagi.",
                     "This form carries no valid CSRF token: reload the page and try again."),
    "refused_origin": ("Permintaan dari asal lain ({}) ditolak.", "A request from another origin ({}) is refused."),
    "too_large": ("Permintaan ini lebih besar dari batas {} bita (LINIMASA_MAX_REQUEST_BYTES).",
                  "This request is larger than the {}-byte limit (LINIMASA_MAX_REQUEST_BYTES)."),
    "nothing_to_add": ("Tempel teks artikel atau pilih berkas terlebih dahulu.",
                       "Paste an article's text or choose files first."),
    "paste_text": ("Tempel teks artikel", "Paste the article's text"),
    "about_pasted": ("Tentang teks yang ditempel (opsional)", "About the pasted text (optional)"),
    "title_field": ("Judul", "Title"),
    "published_field": ("Tanggal terbit", "Publication date"),
    "published_hint": ("mis. 21/11/2022 atau Senin, 21 Nov 2022 14:00 WIB", "e.g. 21/11/2022 or Senin, 21 Nov 2022 14:00 WIB"),
    "upload_files": ("Atau unggah berkas", "Or upload files"),
    "submit_add": ("Tambahkan", "Add"),
    "job": ("Tugas unggah #{}", "Upload job #{}"),
    "job_queued": ("Menunggu giliran.", "Queued."),
    "job_running": ("Sedang diproses.", "Running."),
    "job_done": ("Selesai.", "Done."),
    "job_failed": ("Gagal", "Failed"),
    "job_refresh": ("Muat ulang untuk melihat kemajuannya", "Reload to see its progress"),
    "file_queued": ("menunggu", "queued"),
    "file_running": ("sedang diproses…", "running…"),
    "pasted_text": ("Teks yang ditempel", "Pasted text"),
    "result_added": ("ditambahkan: {} peristiwa baru, {} digabung ke peristiwa yang sudah ada",
                     "added: {} new events, {} merged into events already stored"),
    "result_replaced": ("menggantikan artikel #{}: {} peristiwa baru, {} digabung ke peristiwa yang sudah ada",
                        "replaced article #{}: {} new events, {} merged into events already stored"),
    "result_unchanged": ("sudah tersimpan, tidak berubah", "already stored, unchanged"),
    "refused": ("ditolak", "refused"),
    "refusal_format": ("format '{}' tidak dikenal; Linimasa membaca .txt, .html, .htm, .md, .json, .jsonl, .csv",
                       "unknown format '{}'; Linimasa reads .txt, .html, .htm, .md, .json, .jsonl, .csv"),
    "refusal_empty": ("berkasnya kosong", "the file is empty"),
    "refusal_binary": ("berkas biner (berisi byte NUL), bukan teks artikel",
                       "a binary file (it contains NUL bytes), not article text"),
    "refusal_too_large": ("lebih besar dari batas satu artikel ({} bita; LINIMASA_MAX_ARTICLE_BYTES)",
                          "larger than the limit for one article ({} bytes; LINIMASA_MAX_ARTICLE_BYTES)"),
    "refusal_date": ("tanggal terbit '{}' tidak dikenali", "the publication date '{}' is not a date"),
    "refusal_utf16": ("diawali tanda UTF-16 tetapi tidak dapat dibaca sebagai UTF-16",
                      "starts as UTF-16 but does not decode as UTF-16"),
    "refusal_undecodable": ("bukan UTF-8 dan bukan pula penyandian lama yang dapat dibaca (byte {}); simpan sebagai "
                            "UTF-8 lalu coba lagi", "neither UTF-8 nor a legacy encoding it can be read in (byte {}); "
                            "save it as UTF-8 and try again"),
    "refusal_no_html_text": ("tidak ada teks artikel di halaman HTML ini", "no article text found in this HTML page"),
    "refusal_front_matter": ("front matter-nya bukan YAML yang sah", "its front matter is not valid YAML"),
    "refusal_not_record": ("{} bukan rekaman dengan kolom text", "{} is not a record with a text field"),
    "refusal_no_text": ("{} tidak berisi teks", "{} has no text"),
    "refusal_json": ("bukan JSON yang sah (baris {})", "not valid JSON (line {})"),
    "refusal_csv_no_text": ("CSV artikel perlu kolom 'text'", "a CSV of articles needs a 'text' column"),
    "refusal_interrupted": ("server berhenti saat tugas ini berjalan; unggah lagi",
                            "the server stopped while this job ran; upload it again"),
    "refusal_ingest": ("tidak dapat dibaca ({})", "could not be read ({})"),
    "view_article": ("lihat artikel", "view the article"),
    "view_timeline": ("Lihat lini masa", "See the timeline"),
    "add_more": ("Tambah artikel lagi", "Add more articles"),
    "delete_article": ("Hapus artikel ini…", "Delete this article…"),
    "delete_confirm": ("Ya, hapus artikel ini beserta setiap kutipan yang hanya didukungnya",
                       "Yes, delete this article and every citation only it supports"),
    "deleted": ("Artikel #{} telah dihapus, beserta setiap kutipan yang hanya didukungnya.",
                "Article #{} is deleted, and every citation only it supported."),
    # a refused filter (QueryError's code): "{0}" is the field's label, then the error's params
    "query_not_a_date": ("'{0}' bukan tanggal yang dikenali Linimasa: '{1}' (coba 2023-09, Juni 2024, 2019 atau "
                         "11/9/2023)", "'{0}' is not a date Linimasa understands: '{1}' (try 2023-09, Juni 2024, "
                         "2019 or 11/9/2023)"),
    "query_from_after_to": ("'{0}' ({1}) jatuh setelah 'Sampai' ({2})", "'{0}' ({1}) is after 'To' ({2})"),
    "query_status": ("'{0}' harus salah satu dari {1}, bukan '{2}'", "'{0}' must be one of {1}, not '{2}'"),
    "query_limit": ("'{0}' harus antara 1 dan {1}", "'{0}' must be between 1 and {1}"),
    "query_offset": ("'{0}' tidak boleh negatif", "'{0}' must not be negative"),
    "query_moments": ("'{0}' harus 1 (momen kunci saja) atau 0, bukan '{1}'",
                      "'{0}' must be 1 (key moments only) or 0, not '{1}'"),
    "query_sort": ("'{0}' harus salah satu dari {1}, bukan '{2}'", "'{0}' must be one of {1}, not '{2}'"),
    # a parameter of the wrong type (FastAPI's validation errors, by pydantic's error type)
    "invalid_int_parsing": ("'{0}' harus bilangan bulat, bukan '{1}'", "'{0}' must be a whole number, not '{1}'"),
    "invalid_missing": ("'{0}' wajib diisi", "'{0}' is required"),
    "invalid_other": ("'{0}' tidak sah: '{1}'", "'{0}' is not valid: '{1}'"),
    "query_too_long": ("'{0}' paling banyak {1} karakter", "'{0}' must be at most {1} characters"),
    "query_all_actors": ("'{0}' harus 1 atau 0, bukan '{1}'", "'{0}' must be 1 or 0, not '{1}'"),
    "facet": ("Cari aktor", "Find an actor"),
    "all_actors": ("semua aktor", "all actors"),
    "facet_search": ("Cari aktor", "Find an actor"),
    "show_all_actors": ("Tampilkan semua aktor", "Show all actors"),
    "no_actors": ("Tidak ada aktor yang cocok.", "No actor matches."),
    "filters": ("Filter", "Filters"),
    "active": ("aktif", "active"),
    "legend": ("Keterangan", "Key"),
    "legend_happened": ("garis tepi penuh", "solid border"),
    "legend_planned": ("garis tepi putus-putus", "dashed border"),
    "legend_reported": ("garis tepi titik-titik", "dotted border"),
    "legend_key_moment": ("momen kunci: diceritakan dua media atau lebih", "key moment: told by two or more outlets"),
    "legend_flag": ("sumber tidak sepakat, lihat sumbernya", "the sources disagree: see them"),
    "skip_to_events": ("Langsung ke daftar peristiwa", "Skip to the events"),
    "skip_to_content": ("Langsung ke isi", "Skip to content"),
    "also_in_articles": ("Juga disebut di {}, di luar kutipan", "Also in {}, outside the citations"),
    "article_count": ("artikel", "articles"),
    "rule": ("aturan", "rule"),
    "sort": ("Urutan", "Sort"),
    "sort_oldest": ("terlama dulu", "oldest first"),
    "sort_newest": ("terbaru dulu", "newest first"),
    "sort_sources": ("sumber terbanyak", "most sources"),
    "limit": ("jumlah per halaman", "per page"),
    "offset": ("lewati", "offset"),
    "moments": ("Momen kunci", "Key moments"),
}

# the singular of a count's noun, where the language has one ("1 source"); Indonesian nouns do not change
SINGULAR = {"sources": ("sumber", "source"), "events": ("peristiwa", "event"), "outlets": ("media", "outlet"),
            "article_count": ("artikel", "article")}


class Labels(dict):
    """The interface's labels in one language; a key without a label (a new flag kind) shows as itself."""

    def __missing__(self, key: str) -> str:
        return key

    def noun(self, n: int, key: str) -> str:
        """The noun `key` in the number `n` takes: "source" for 1, "sources" otherwise."""
        return self[key] if n != 1 or key not in SINGULAR else SINGULAR[key][self.lang == "en"]

    def count(self, n: int, key: str) -> str:
        """"1 source", "2 sources"."""
        return f"{n} {self.noun(n, key)}"


# templates read a label as L['sources']: a lookup, cheaper than a call on every card
_LABELS_BY_LANGUAGE = {lang: Labels({key: pair[i] for key, pair in LABELS.items()})
                       for i, lang in enumerate(("id", "en"))}
for _lang, _labels in _LABELS_BY_LANGUAGE.items():
    _labels.lang = _lang


def labels(lang: str) -> Labels:
    return _LABELS_BY_LANGUAGE["en" if lang == "en" else "id"]

