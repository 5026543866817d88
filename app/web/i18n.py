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
}


class Labels(dict):
    """The interface's labels in one language; a key without a label (a new flag kind) shows as itself."""

    def __missing__(self, key: str) -> str:
        return key


# templates read a label as L['sources']: a lookup, cheaper than a call on every card
_LABELS_BY_LANGUAGE = {lang: Labels({key: pair[i] for key, pair in LABELS.items()})
                       for i, lang in enumerate(("id", "en"))}


def labels(lang: str) -> Labels:
    return _LABELS_BY_LANGUAGE["en" if lang == "en" else "id"]

