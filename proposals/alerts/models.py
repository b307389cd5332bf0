"""Subscriptions to email alerts, and the record of what each one has been sent.

``Delivery`` is what makes sending safe to repeat: a proposal is sent to a subscription at most once
(a unique constraint), and deliveries are written in the same transaction as the send is recorded.
``after_id`` keeps a new subscriber from receiving the archive: only proposals with a larger id than
the newest one at confirmation are candidates. Candidates are then every matching proposal above it
that has no delivery yet, so a proposal whose ingestion committed late (a smaller id than one already
sent) is still sent, never skipped.
"""

from __future__ import annotations

from django.db import models

from proposals.models import Proposal


class Status(models.TextChoices):
    PENDING = "pending", "待确认"
    ACTIVE = "active", "已生效"
    UNSUBSCRIBED = "unsubscribed", "已退订"


class Subscription(models.Model):
    """An email address following one list (its query string) of proposals."""

    email = models.EmailField("邮箱", max_length=254, help_text="接收提醒的邮箱地址（保存为小写）。")
    query = models.CharField(
        "筛选条件", max_length=1000, blank=True,
        help_text="建议列表页的查询字符串，如 key_task=industry&q=商业航天；为空表示全部建议。",
    )
    label = models.CharField("名称", max_length=300, help_text="邮件标题中使用的说明，如 重点工作：产业。")
    status = models.CharField(
        "状态", max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True,
        help_text="待确认：已发送确认邮件；已生效：定期发送提醒；已退订：不再发送。",
    )
    created_at = models.DateTimeField("申请时间", auto_now_add=True)
    confirmed_at = models.DateTimeField("确认时间", null=True, blank=True, help_text="订阅人点击确认链接的时间。")
    unsubscribed_at = models.DateTimeField("退订时间", null=True, blank=True)
    after_id = models.BigIntegerField(
        "起始建议编号", default=0,
        help_text="确认时库中最新建议的编号；只提醒编号更大的建议，新订阅者不会收到旧建议。",
    )
    last_sent_at = models.DateTimeField("上次发送", null=True, blank=True)

    class Meta:
        verbose_name = "邮件订阅"
        verbose_name_plural = "邮件订阅"
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["email", "query"], name="alerts_subscription_unique_email_query"),
        ]

    def __str__(self) -> str:
        return f"{self.email} · {self.label}"


class Digest(models.Model):
    """One alert email sent to a subscription."""

    subscription = models.ForeignKey(
        Subscription, verbose_name="订阅", on_delete=models.CASCADE, related_name="digests",
        help_text="收到这封提醒的订阅。",
    )
    sent_at = models.DateTimeField("发送时间", help_text="邮件交给邮件服务器的时间。")
    proposal_count = models.PositiveIntegerField("建议数", help_text="邮件列出的新建议数。")

    class Meta:
        verbose_name = "已发提醒"
        verbose_name_plural = "已发提醒"
        ordering = ["-sent_at", "-id"]

    def __str__(self) -> str:
        return f"{self.sent_at:%Y-%m-%d %H:%M} · {self.proposal_count} 条"


class Delivery(models.Model):
    """A proposal sent to a subscription (once: unique per subscription)."""

    digest = models.ForeignKey(
        Digest, verbose_name="提醒邮件", on_delete=models.CASCADE, related_name="deliveries",
        help_text="列出这条建议的邮件。",
    )
    subscription = models.ForeignKey(
        Subscription, verbose_name="订阅", on_delete=models.CASCADE, related_name="deliveries",
        help_text="与邮件的订阅相同；在此保存以便唯一约束。",
    )
    # A proposal deleted outright takes its deliveries with it: they only guard against resending it.
    proposal = models.ForeignKey(
        Proposal, verbose_name="建议", on_delete=models.CASCADE, related_name="+",
        help_text="发送过的建议。",
    )

    class Meta:
        verbose_name = "已发建议"
        verbose_name_plural = "已发建议"
        constraints = [
            models.UniqueConstraint(fields=["subscription", "proposal"], name="alerts_delivery_unique_per_subscription"),
        ]

    def __str__(self) -> str:
        return f"{self.subscription_id} → {self.proposal_id}"
