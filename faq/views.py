"""Public FAQ pages, and the editors' preview of an article as patients would see it.

Public pages answer conditional requests (ETag / Last-Modified from the content generation) and
take their data from the cache; see faq/caching.py. Each needs at most three queries.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import condition, require_safe

from faq import pages
from faq.access import faq_editor_required
from faq.caching import cached, public_etag, public_last_modified
from faq.forms import SearchForm
from faq.models import Article

# Browsers may keep a copy but must ask again each time: a changed answer shows at once, and an
# unchanged one costs a 304.
public_page = condition(etag_func=public_etag, last_modified_func=public_last_modified)
revalidate = cache_control(no_cache=True)


@require_safe
@revalidate
@public_page
def index(request: HttpRequest) -> HttpResponse:
    sections = cached(request, "index", pages.index_page) or ()
    return render(request, "faq/index.html", {"sections": sections, "search_form": SearchForm()})


@require_safe
@revalidate
@public_page
def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    page = cached(request, "article", lambda: pages.published_article_page(slug), slug)
    if page is None:
        raise Http404
    return render(
        request,
        "faq/article.html",
        {"page": page, "article": page.article, "preview": False, "search_form": SearchForm()},
    )


@require_safe
@revalidate
@public_page
def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    page = cached(request, "search", lambda: pages.search_page(query), query)
    return render(request, "faq/search.html", {"page": page, "search_form": form})


@require_safe
@never_cache
@faq_editor_required
def preview(request: HttpRequest, pk: int) -> HttpResponse:
    """Any article, draft or published, exactly as its public page would show it."""
    article = get_object_or_404(Article.objects.select_related("topic"), pk=pk)
    return render(
        request,
        "faq/article.html",
        {
            "page": pages.article_page(article),
            "article": article,
            "preview": True,
            "search_form": SearchForm(),
        },
    )
