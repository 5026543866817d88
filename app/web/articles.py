"""Articles: the article page with its passages marked (/articles/{id}) and /api/articles."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from markupsafe import escape
from sqlmodel import Session

from ..extract.dates import label
from ..store.models import ArticlePublic, TimexPublic
from ..store.queries import get_article, list_articles
from .deps import get_session, language, render
from .marking import Span, mark_spans

router = APIRouter()


def _timex_span(t, lang: str) -> Span:
    value = label(t.value, lang) if t.value else ("unresolved" if lang == "en" else "belum dapat ditentukan")
    tip = f"{t.value or '?'} · {value} — {t.explanation}"
    if t.weekday_conflict:
        tip += f" ⚠ {t.weekday_conflict}"
    css = "timex conflict" if t.weekday_conflict else "timex"
    return Span(t.start, t.end,
                f'<span class="{css}" tabindex="0" data-value="{escape(t.value or "")}" '
                f'aria-label="{escape(tip)}"><span class="tip" role="tooltip">{escape(tip)}</span>',
                "</span>")


@router.get("/articles", include_in_schema=False)
def articles_page(request: Request, session: Session = Depends(get_session)):
    return render(request, "articles.html", "_article_list.html", {"articles": list_articles(session, limit=500)})


@router.get("/articles/{article_id}", include_in_schema=False)
def article_page(request: Request, article_id: int, session: Session = Depends(get_session)):
    view = get_article(session, article_id)
    if view is None:
        raise HTTPException(404, f"no article {article_id}")
    lang = language(request)
    citations = [Span(c.start, c.end, f'<mark class="cite" id="c{c.id}" data-event="{e.id}">', "</mark>")
                 for c, e in view.citations]
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
