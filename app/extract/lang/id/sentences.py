"""Indonesian abbreviations whose full stop ends no sentence."""
from __future__ import annotations

ABBREVIATIONS = frozenset({
    "dr", "drs", "dra", "ir", "prof", "no", "nomor", "dll", "dsb", "dst", "dkk", "tsb", "a.n", "u.p", "jl",
    "jln", "h", "hj", "st", "tn", "ny", "nn", "sdr", "sdri", "yth", "bpk", "kol", "jend", "brigjen", "mayjen",
    "letjen", "kombes", "kapt", "let", "s.h", "m.si", "m.h", "s.e", "s.t", "s.pd", "ph.d", "m.a", "m.sc",
    "rp", "tgl", "hlm", "vol", "kab", "kec", "kel", "prov", "bbrp", "mr", "mrs", "ms", "vs", "inc", "ltd",
    "co", "corp", "e.g", "i.e", "etc", "approx", "min", "maks", "sept", "okt", "nov", "des", "jan", "feb",
    "agu", "agt", "apr", "jun", "jul", "sen", "sel", "kam", "jum", "sab", "ust", "kh", "pt", "cv", "tbk",
})
LIST_ENDINGS = frozenset({"dll", "dsb", "dst", "dkk", "tsb", "etc"})
