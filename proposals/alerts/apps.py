"""The alerts app's configuration."""

from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "proposals.alerts"
    label = "alerts"
    verbose_name = "邮件提醒"
    default_auto_field = "django.db.models.BigAutoField"
