"""Articles: the list, the article page with its passages marked (/articles/{id}), /api/articles, and
the writes: the 'Tambah artikel' form (/articles/new) whose POST stores an ingest job for the
worker, and the delete button's POST."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.datastructures import UploadFile as StarletteUploadFile
from sqlmodel import Session

from ..sources import FORMATS
from ..store.ingest import delete_article
from ..store.jobs import JobItem, create_job
from ..store.models import ArticlePublic, TimexPublic
from ..store.queries import get_article, list_articles
from .deps import GazetteerDep, get_session, language, render
from .explain import explain
from .i18n import labels
from .labels import label
from .marking import Span, citation_span, mark_spans, timex_span
from .writer import Refusal, Writer, read_form, require_writer

router = APIRouter()
ACCEPT = ",".join(sorted(FORMATS))  # the file input offers what the input layer reads


def _timex_span(t, lang: str) -> Span:
    value = label(t.value, lang) if t.value else labels(lang)["unresolved"]
    tip = f"{t.value or '?'} · {value} — {explain(t.explanation, lang)} ({labels(lang)['rule']}: {t.rule})"
    if t.weekday_conflict:
        tip += f" ⚠ {explain(t.weekday_conflict, lang)}"
    return timex_span(t.start, t.end, t.value, tip, bool(t.weekday_conflict))


@router.get("/articles", include_in_schema=False)
def articles_page(request: Request, deleted: int | None = None, session: Session = Depends(get_session)):
    return render(request, "articles.html", "_article_list.html",
                  {"articles": list_articles(session, limit=500), "deleted": deleted})


@router.get("/articles/new", include_in_schema=False)
def new_articles_page(request: Request):
    """The 'Tambah artikel' form, or, with no write token set, how to turn writing on."""
    return render(request, "article_new.html", "_article_new.html", {"accept": ACCEPT})


@router.post("/articles", include_in_schema=False)
async def add_articles(request: Request, writer: Writer = Depends(require_writer)):
    """Pasted text and uploaded files stored as a job, answered at once with the job's page; the
    app's worker thread ingests them."""
    items = await job_items(await read_form(request))
    if not items:
        raise Refusal(400, "nothing_to_add")
    job_id = await run_in_threadpool(create_job, request.app.state.engine, items)
    request.app.state.worker.submit(job_id)
    return RedirectResponse(f"/jobs/{job_id}", status_code=303)


async def job_items(form: FormData) -> list[JobItem]:
    """What the form holds: the pasted text with what was said of it, then each file chosen (a
    file's name is kept as a name only; nothing is ever written under it)."""
    def field(name: str) -> str | None:
        value = form.get(name)
        return value.strip() or None if isinstance(value, str) else None

    items = []
    if field("text"):
        items.append(JobItem("pasted.txt", form["text"].encode("utf-8"), pasted=True, title=field("title"),
                             outlet=field("outlet"), url=field("url"), published_text=field("published")))
    for upload in form.getlist("files"):
        if isinstance(upload, StarletteUploadFile) and (upload.filename or upload.size):
            items.append(JobItem(upload.filename or "upload", await upload.read()))
    return items


@router.post("/articles/{article_id}/delete", include_in_schema=False)
def delete_article_page(article_id: int, gazetteer: GazetteerDep, writer: Writer = Depends(require_writer),
                        session: Session = Depends(get_session)):
    """The article and every citation only it supported, as `linimasa delete` removes them."""
    if not delete_article(session, article_id, gazetteer):
        raise HTTPException(404, f"no article {article_id}")
    session.commit()
    return RedirectResponse(f"/articles?deleted={article_id}", status_code=303)


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
