"""Articles: the article page with its passages marked (/articles/{id}) and /api/articles."""
from __future__ import annotations

from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, UploadFile
from sqlmodel import Session

from ..store.ingest import ArticleMeta, IngestOutcome, ingest_bytes
from ..store.models import ArticlePublic, TimexPublic
from ..store.queries import get_article, list_articles
from .deps import GazetteerDep, SettingsDep, get_session, language, render
from .i18n import labels
from .labels import label
from .marking import Span, citation_span, mark_spans, timex_span

router = APIRouter()


def _timex_span(t, lang: str) -> Span:
    value = label(t.value, lang) if t.value else labels(lang)["unresolved"]
    tip = f"{t.value or '?'} · {value} — {t.explanation} (rule: {t.rule})"
    if t.weekday_conflict:
        tip += f" ⚠ {t.weekday_conflict}"
    return timex_span(t.start, t.end, t.value, tip, bool(t.weekday_conflict))


@router.get("/articles", include_in_schema=False)
def articles_page(request: Request, session: Session = Depends(get_session)):
    return render(request, "articles.html", "_article_list.html", {"articles": list_articles(session, limit=500)})


@router.post("/articles", include_in_schema=False)
async def upload_articles(request: Request, settings: SettingsDep, gazetteer: GazetteerDep,
                          files: list[UploadFile] = File(...), session: Session = Depends(get_session)):
    """Articles dropped in through the page: each stored in its own transaction, each reported."""
    outcomes: list[IngestOutcome] = []
    engine = session.get_bind()
    for upload in files:
        name = upload.filename or "upload"
        data = await upload.read(settings.max_article_bytes + 1)
        outcomes.extend(ingest_bytes(engine, data, name, gazetteer, ArticleMeta(source_name=name),
                                     settings.max_article_bytes))
    status = 400 if outcomes and all(o.status == "failed" for o in outcomes) else 200
    return render(request, "articles.html", "_article_list.html",
                  {"articles": list_articles(session, limit=500), "outcomes": outcomes}, status_code=status)


@router.get("/articles/{article_id}", include_in_schema=False)
def article_page(request: Request, article_id: int, session: Session = Depends(get_session)):
    view = get_article(session, article_id)
    if view is None:
        raise HTTPException(404, f"no article {article_id}")
    lang = language(request)
    citations = [citation_span(c.start, c.end, c.id, e.id) for c, e in view.citations]
    body = mark_spans(view.article.text, citations, [_timex_span(t, lang) for t in view.timexes])
    return render(request, "article.html", "_article_body.html", {"view": view, "body": body})


@router.get("/api/articles", response_model=list[ArticlePublic], tags=["articles"])
def api_articles(limit: int = Query(100, ge=1, le=500), offset: int = Query(0, ge=0),
                 session: Session = Depends(get_session)):
    return list_articles(session, limit, offset)


@router.get("/api/articles/{article_id}", tags=["articles"])
def api_article(article_id: int, session: Session = Depends(get_session)):
    """The article, its text, and every date expression found in it."""
    view = get_article(session, article_id)
    if view is None:
        raise HTTPException(404, f"no article {article_id}")
    return {**ArticlePublic.model_validate(view.article, from_attributes=True).model_dump(),
            "text": view.article.text,
            "timexes": [TimexPublic.model_validate(t, from_attributes=True).model_dump() for t in view.timexes]}
