"""Pages of email alerts: sign up, check your mail, confirm, unsubscribe. Server-rendered, in
Chinese, without JavaScript; state-changing steps are POSTs (mail scanners follow links in emails,
so opening a link only shows a button)."""

from __future__ import annotations

import logging
import smtplib
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from . import ratelimits, services, tokens
from .forms import SubscribeForm
from .labels import query_label
from .matching import normalize_query
from .models import Status

logger = logging.getLogger(__name__)


def _list_url(query: str) -> str:
    return reverse("proposals:proposal_list") + ("?" + query if query else "")


def _subscribe_page(request: HttpRequest, form: SubscribeForm, query: str, *, status: int = 200,
                    error: str = "") -> HttpResponse:
    context = {"form": form, "query": query, "label": query_label(query), "list_url": _list_url(query),
               "error": error, "q": ""}
    return render(request, "alerts/subscribe.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        query = normalize_query(request.GET.get("query", ""))
        return _subscribe_page(request, SubscribeForm(initial={"query": query}), query)
    form = SubscribeForm(request.POST)
    query = normalize_query(request.POST.get("query", ""))
    limited = ratelimits.ip_limited(request)
    if limited:
        return _subscribe_page(request, form, query, status=429, error=limited)
    if not form.is_valid():
        return _subscribe_page(request, form, query, status=400)
    email = services.normalize_email(form.cleaned_data["email"])
    limited = ratelimits.email_limited(request, email)
    if limited:
        return _subscribe_page(request, form, query, status=429, error=limited)
    try:
        services.subscription_request(email=email, query=form.cleaned_data["query"], request=request)
    except (smtplib.SMTPException, OSError) as error:
        logger.error("alerts: the confirmation email to %s could not be sent: %s", email, error)
        return _subscribe_page(request, form, query, status=503, error="确认邮件暂时无法发送，请稍后再试。")
    return HttpResponseRedirect(reverse("alerts:subscribe_sent") + "?" + urlencode({"query": query}))


def subscribe_sent(request: HttpRequest) -> HttpResponse:
    query = normalize_query(request.GET.get("query", ""))
    context = {"label": query_label(query), "list_url": _list_url(query), "q": ""}
    return render(request, "alerts/subscribe_sent.html", context)


def _link_error(request: HttpRequest, error: Exception) -> HttpResponse:
    if isinstance(error, tokens.ExpiredToken):
        message, status = "这个确认链接已过期。请回到网站重新订阅，我们会再发一封确认邮件。", 410
    elif isinstance(error, services.NotFound):
        message, status = "这项订阅已不存在（可能已被删除）。", 404
    else:
        message, status = "链接无效：可能复制不完整，请从邮件中直接打开。", 400
    return render(request, "alerts/link_error.html", {"message": message, "q": ""}, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    try:
        if request.method == "POST":
            subscription = services.subscription_confirm(token=token)
            done = True
        else:
            subscription = services.subscription_for_confirm_page(token=token)
            done = subscription.status == Status.ACTIVE
    except (tokens.BadToken, services.NotFound) as error:
        return _link_error(request, error)
    context = {"subscription": subscription, "done": done, "list_url": _list_url(subscription.query), "q": ""}
    return render(request, "alerts/confirm.html", context)


# Mail programs unsubscribe with a bare POST (RFC 8058 one-click) that carries no CSRF token; the
# signed link is the credential, and unsubscribing is all it can do.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    try:
        if request.method == "POST":
            subscription = services.subscription_unsubscribe(token=token)
            done = True
        else:
            subscription = services.subscription_for_unsubscribe_page(token=token)
            done = subscription.status == Status.UNSUBSCRIBED
    except (tokens.BadToken, services.NotFound) as error:
        return _link_error(request, error)
    context = {"subscription": subscription, "done": done, "list_url": _list_url(subscription.query), "q": ""}
    return render(request, "alerts/unsubscribe.html", context)
