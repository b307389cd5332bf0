"""Fixtures for the alert tests: fresh rate-limit counters, a sign-up helper, links out of emails."""

from __future__ import annotations

import email
import re
import socket
import threading
from email.policy import default as default_policy
from urllib.parse import urlsplit

import pytest
from aiosmtpd.controller import Controller

from tests.conftest import ROOT

NEW_ARTICLE = ROOT / "tests" / "data" / "articles" / "alerts_new_article.md"
LINK = re.compile(r"https?://\S+")


def link_path(body: str, marker: str) -> str:
    """The path of the first link in an email body whose path contains ``marker``."""
    for url in LINK.findall(body):
        parts = urlsplit(url)
        if marker in parts.path:
            return parts.path + (f"?{parts.query}" if parts.query else "")
    raise AssertionError(f"no link containing {marker!r} in:\n{body}")


def sign_up(client, email: str, query: str = "", **extra):
    return client.post("/alerts/subscribe/", {"email": email, "query": query}, **extra)


class Mailbox:
    """What a real SMTP server received: each message parsed, with its envelope recipients."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope) -> str:
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=default_policy)
        message["X-Envelope-To"] = ", ".join(envelope.rcpt_tos)
        with self.lock:
            self.messages.append(message)
        return "250 OK"

    def take(self) -> list[email.message.EmailMessage]:
        """The messages received since the last call."""
        with self.lock:
            taken, self.messages = self.messages, []
        return taken


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    """An SMTP server (aiosmtpd) on a random loopback port, and Django's SMTP backend pointed at it."""
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = controller.hostname, controller.port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 10
    try:
        yield mailbox
    finally:
        controller.stop()


def text_of(message: email.message.EmailMessage) -> str:
    """The plain-text part of a received message."""
    return message.get_body(preferencelist=("plain",)).get_content()
