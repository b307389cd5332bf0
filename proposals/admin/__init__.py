"""The editorial admin: staff correct and tag what ingestion extracted, and no correction is lost.

Every save goes through ``delegates.editorial.staff_edit_note`` (a changed machine-owned field
becomes a staff value) and, for a proposal's proposers, key tasks and sectors, a changed relation is
locked as a whole. Deleting a proposal or a delegate leaves a tombstone the loader respects. Beside
the model pages: bulk actions (review, tag, merge, split, re-tag), a review queue, conflict and
name decisions, and uploading an article with a dry-run preview before anything is written.

Modules: ``pages`` (links and action pages the others share), ``forms``, ``vocabulary`` (key tasks,
sectors), ``proposals`` with ``review`` (the review queue), ``articles`` with ``upload``, ``records``
(name reviews, conflicts, sources, mentions, link tables), ``delegates`` (the delegate and
membership admins, re-registered with proposals' needs) and ``sessions`` (a session's key-task plan
and retagging with it). They may import the models, ``editorial``,
``services``, ``ingest`` (the upload) and ``delegates``; nothing imports the admin. Importing this
package registers every admin.
"""

from . import articles, delegates, proposals, records, sessions, vocabulary

__all__ = ["articles", "delegates", "proposals", "records", "sessions", "vocabulary"]
