"""Email alerts: readers follow a list, a search, a delegate, a key task or a sector by email.

A subscription stores the list page's query string. Sign-up is double opt-in (a signed, expiring
confirmation link); ``manage.py send_alerts`` mails each confirmed subscription one digest of the
proposals that are new since its last one; every alert carries a one-click unsubscribe link.
"""
