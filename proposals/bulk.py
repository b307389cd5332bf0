"""Multi-row INSERTs and UPDATEs for bulk loads, without Django's per-object compiler work.

``QuerySet.bulk_create`` compiles every value of every object through the SQL compiler and, on
SQLite, sends at most 999 parameters per statement; django-simple-history's
``bulk_create_with_history`` then builds a second model instance per row for its history. For an
archive load that per-object work cost more than parsing the articles did. Here:

- ``insert_objects`` writes new model instances in a few multi-row ``INSERT … RETURNING`` statements
  and sets their primary keys (as ``bulk_create`` does, and on the same engines), then writes their
  "created" history rows with one ``INSERT … SELECT`` per chunk, copying the tracked columns in the
  database instead of in Python;
- ``insert_rows`` writes plain tuples (link tables, search documents), optionally ignoring or
  updating rows that clash on a unique key (many rows go by ``COPY`` on PostgreSQL, those that may
  clash through a temporary table);
- ``update_objects`` updates some fields of saved instances with one ``UPDATE … FROM (VALUES …)``
  per chunk, then writes their "changed" history rows the same way.

Values go through each field's ``get_db_prep_save`` unless they are already what the driver takes
(a ``str`` for a text column, an ``int`` for an integer or key column, a ``bool``, ``None``), so
dates and times are adapted exactly as the ORM adapts them; JSON too, except that non-ASCII
characters are written as they are, not escaped (the same JSON, fewer bytes). No signals are
sent, as with ``bulk_create``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection, models
from django.db.models.base import ModelState
from django.db.models.constants import OnConflict
from django.utils import timezone

# Parameters per statement: PostgreSQL's protocol allows 65,535; SQLite's limit is read from the
# library (32,766 since SQLite 3.32) when Python can, else its old default of 999. Statements are
# also kept to a size the server parses quickly.
_POSTGRES_PARAMS = 65_535
_MAX_PARAMS = 20_000
# Fewer rows than this go in one statement whatever their number (one article's rows, typically).
_FEW_ROWS = 16

_PLAIN: tuple[tuple[type[models.Field], tuple[type, ...]], ...] = (
    (models.BooleanField, (bool,)),
    (models.CharField, (str,)),
    (models.TextField, (str,)),
    (models.IntegerField, (int,)),
    (models.ForeignKey, (int,)),
)


_unescaped_dumps = json.JSONEncoder(ensure_ascii=False).encode


def _unescaped_json() -> Callable[[object], object]:
    """Plain data to what the driver takes for a JSON column, non-ASCII characters unescaped."""
    if connection.vendor == "postgresql":
        from psycopg.types.json import Jsonb

        return lambda value: Jsonb(value, dumps=_unescaped_dumps)
    return _unescaped_dumps


def _max_params() -> int:
    if connection.vendor == "postgresql":
        return min(_POSTGRES_PARAMS, _MAX_PARAMS)
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        getlimit = getattr(connection.connection, "getlimit", None)
        if getlimit is not None:
            return min(getlimit(connection.Database.SQLITE_LIMIT_VARIABLE_NUMBER), _MAX_PARAMS)
    return connection.features.max_query_params or _MAX_PARAMS


def _check_engine() -> None:
    # RETURNING (SQLite 3.35) and UPDATE … FROM (3.33); Django itself accepts SQLite from 3.31.
    if connection.vendor == "sqlite" and connection.Database.sqlite_version_info < (3, 35):
        raise ImproperlyConfigured(
            f"bulk loading needs SQLite 3.35 or newer; this Python has {connection.Database.sqlite_version}"
        )


def _converter(field: models.Field, *, copy: bool = False) -> Callable[[object], object]:
    """A function from a Python value to what the driver takes for this column (in a ``COPY``
    when ``copy``: JSON then goes as its text, which the server parses as it parses an INSERT's,
    without psycopg's per-value wrapper and dumper)."""
    prep = field.get_db_prep_save
    for kind, plain in _PLAIN:
        if isinstance(field, kind):
            accepted = frozenset((*plain, type(None)))
            return lambda value: value if type(value) in accepted else prep(value, connection)
    if isinstance(field, models.JSONField):
        # What ``JSONField.get_db_prep_save`` ends in for plain data, without its checks for
        # expressions on every value.
        adapt, encoder = connection.ops.adapt_json_value, field.encoder
        data = frozenset((list, dict, str, int, float, bool))
        if encoder is None and connection.vendor in ("sqlite", "postgresql"):
            # Chinese text as UTF-8 rather than escaped (backslash-u): the same JSON, a half to a third of
            # the bytes (a proposal's machine values repeat its passage, and its history row
            # copies them). PostgreSQL's jsonb stores the same value either way.
            wrap = _unescaped_dumps if copy else _unescaped_json()
            return lambda value: wrap(value) if type(value) in data else prep(value, connection)
        return lambda value: adapt(value, encoder) if type(value) in data else prep(value, connection)
    if isinstance(field, models.DateField):  # DateTimeField too: a bulk write stamps one time
        last: list = [object(), None]

        def convert(value):
            if value is not last[0]:
                last[:] = [value, prep(value, connection)]
            return last[1]

        return convert
    return lambda value: prep(value, connection)


def _chunks(rows: Sequence, width: int, *, reserved: int = 0) -> Iterable[Sequence]:
    """Rows for one statement at a time: as many as the parameter limit allows, then the rest in
    power-of-two pieces, and the last few rows together. SQLite keeps the last statements prepared
    (128 by default) and a prepared statement is as large as its parameter list, so large
    statements come in few shapes: a handful per table rather than one per batch. ``reserved``:
    parameters each statement takes besides the rows'."""
    size = max(1, (_max_params() - reserved) // max(1, width))
    start = 0
    while len(rows) - start >= size:
        yield rows[start : start + size]
        start += size
    rest = len(rows) - start
    while rest:
        piece = rest if rest < _FEW_ROWS else 1 << (rest.bit_length() - 1)
        yield rows[start : start + piece]
        start += piece
        rest -= piece


def _values_sql(width: int, count: int) -> str:
    row = "(" + ", ".join(["%s"] * width) + ")"
    return ", ".join([row] * count)


def chunked(keys: Sequence, size: int) -> Iterable[Sequence]:
    """``keys`` in slices of at most ``size``: one ``__in`` query per slice keeps each statement
    under the database's parameter limit."""
    return (keys[i : i + size] for i in range(0, len(keys), size))


def insert_rows(model: type[models.Model], columns: Sequence[str], rows: Sequence[Sequence], *,
                ignore_conflicts: bool = False, unique: Sequence[str] = (), update: Sequence[str] = ()) -> None:
    """INSERT tuples of field values (by field name, in ``columns`` order) into ``model``'s table.

    ``ignore_conflicts`` skips rows that clash on any unique constraint; ``unique`` with ``update``
    makes it an upsert (``ON CONFLICT (unique) DO UPDATE SET update = the new values``).
    """
    if not rows:
        return
    meta = model._meta
    fields = [meta.get_field(name) for name in columns]
    converters = [_converter(f) for f in fields]
    quote = connection.ops.quote_name
    # The conflict clauses as ``bulk_create`` writes them, from the backend's own operations.
    on_conflict = OnConflict.IGNORE if ignore_conflicts else OnConflict.UPDATE if update else None
    head = (f"{connection.ops.insert_statement(on_conflict=on_conflict)} {quote(meta.db_table)} "
            f"({', '.join(quote(f.column) for f in fields)}) VALUES ")
    suffix = connection.ops.on_conflict_suffix_sql(
        fields, on_conflict, [meta.get_field(n).column for n in update], [meta.get_field(n).column for n in unique]
    )
    tail = f" {suffix}" if suffix else ""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and len(rows) >= _FEW_ROWS:
            # COPY: rows stream to the server without an INSERT to build, quote and parse (psycopg
            # parses every placeholder of a multi-row statement in Python). Rows that may clash go
            # into a temporary table first, then in order into the table with the conflict clause.
            names = ", ".join(quote(f.column) for f in fields)
            table = quote(meta.db_table)
            converters = [_converter(f, copy=True) for f in fields]
            if on_conflict is None:
                _copy(cursor, f"COPY {table} ({names}) FROM STDIN", converters, rows)
                return
            staging = quote(f"bulk_{meta.db_table}")
            cursor.execute(f"CREATE TEMPORARY TABLE {staging} ON COMMIT DROP AS "
                           f"SELECT {names}, 0 AS bulk_order FROM {table} WITH NO DATA")
            _copy(cursor, f"COPY {staging} ({names}, bulk_order) FROM STDIN", [*converters, int],
                  [(*row, i) for i, row in enumerate(rows)])
            cursor.execute(f"{head.removesuffix(' VALUES ')} SELECT {names} FROM {staging} ORDER BY bulk_order{tail}")
            cursor.execute(f"DROP TABLE {staging}")
            return
        for chunk in _chunks(rows, len(fields)):
            params = [convert(value) for row in chunk for convert, value in zip(converters, row, strict=True)]
            cursor.execute(head + _values_sql(len(fields), len(chunk)) + tail, params)


def _copy(cursor, statement: str, converters: Sequence[Callable], rows: Iterable[Sequence]) -> None:
    # psycopg's own cursor: its errors are turned into Django's here, as Django's cursor does.
    with connection.wrap_database_errors, cursor.cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row([convert(value) for convert, value in zip(converters, row, strict=True)])


def unsaved(model: type[models.Model], /, **values) -> models.Model:
    """``model(**values)`` for a new row, in Django's positional form: every concrete field's value
    in order (``values`` by attribute or field name, a related object by its field's name, else the
    field's default) rather than the keyword form, which tries every field against the keywords
    and cost a bulk load more than writing its rows. Related objects are cached on the instance as
    the keyword form caches them (``insert_objects`` reads the keys of those saved since)."""
    args = []
    related = []
    for field in model._meta.concrete_fields:
        if field.attname in values:
            args.append(values.pop(field.attname))
        elif field.name in values:
            target = values.pop(field.name)
            args.append(None if target is None else target.pk)
            related.append((field, target))
        else:
            args.append(field.get_default())
    if values:
        raise TypeError(f"unsaved: {model.__name__} has no field {', '.join(values)}")
    instance = model(*args)
    for field, target in related:
        field.set_cached_value(instance, target)
    return instance


def loaded(rows, attnames: Sequence[str]) -> Iterable[models.Model]:
    """Model instances from ``rows``, a ``values_list(*attnames)`` queryset (the key among them), as
    ``Model.from_db`` makes them for ``only(*attnames)`` (the other fields deferred), without the
    per-field work of ``Model.__init__``: a batch reads thousands of memberships, and building
    them cost more than reading them. No ``pre_init`` or ``post_init`` signal is sent."""
    model, db = rows.model, rows.db
    new = model.__new__
    for row in rows:
        instance = new(model)
        instance.__dict__.update(zip(attnames, row, strict=True))
        instance._state = state = ModelState()
        state.adding, state.db = False, db
        yield instance


def insert_objects(objects: Sequence[models.Model], *, now=None, history_date=None) -> None:
    """INSERT new instances of one model, set their primary keys, and write their history.

    ``auto_now`` and ``auto_now_add`` fields get ``now`` (one time for the lot, as one bulk write).
    Related objects assigned before they were saved are read for their keys now, as ``bulk_create``
    does. When the model keeps django-simple-history records, each object gets its "created" row,
    dated ``history_date`` (default: ``now``).
    """
    if not objects:
        return
    _check_engine()
    model = type(objects[0])
    meta = model._meta
    pk = meta.pk
    fields = [f for f in meta.concrete_fields if f is not pk]
    now = now or timezone.now()
    stamped = [f for f in fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)]
    relations = [f for f in fields if f.is_relation]
    for obj in objects:
        if obj.pk is not None:
            raise ValueError(f"insert_objects: {model.__name__} {obj.pk} is already saved")
        for f in stamped:
            setattr(obj, f.attname, now)
        for f in relations:
            if getattr(obj, f.attname) is None and f.is_cached(obj):
                related = f.get_cached_value(obj)
                if related is not None:
                    if related.pk is None:
                        raise ValueError(f"insert_objects: {model.__name__}.{f.name} is not saved yet")
                    setattr(obj, f.attname, related.pk)
    db = connection.alias
    if connection.vendor == "postgresql" and len(objects) >= _FEW_ROWS:
        # Keys drawn from the table's sequence, then the rows by COPY: psycopg parses an INSERT's
        # every placeholder in Python, which for a batch's rows cost more than the server's work.
        with connection.cursor() as cursor:
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                           [connection.ops.quote_name(meta.db_table), pk.column, len(objects)])
            ids = [row[0] for row in cursor.fetchall()]
        attnames = [f.attname for f in fields]
        insert_rows(model, [pk.name, *(f.name for f in fields)],
                    [[value, *(getattr(obj, name) for name in attnames)] for obj, value in zip(objects, ids, strict=True)])
        for obj, value in zip(objects, ids, strict=True):
            setattr(obj, pk.attname, value)
            obj._state.adding = False
            obj._state.db = db
        _history_rows(objects, history_date or now, "+")
        return
    converters = [_converter(f) for f in fields]
    attnames = [f.attname for f in fields]
    quote = connection.ops.quote_name
    head = f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) VALUES "
    tail = f" RETURNING {quote(pk.column)}"
    with connection.cursor() as cursor:
        for chunk in _chunks(objects, len(fields)):
            params = [convert(getattr(obj, name)) for obj in chunk for convert, name in zip(converters, attnames, strict=True)]
            cursor.execute(head + _values_sql(len(fields), len(chunk)) + tail, params)
            ids = [row[0] for row in cursor.fetchall()]
            if len(ids) != len(chunk):
                raise RuntimeError(f"insert_objects: {len(chunk)} {model.__name__} rows written, {len(ids)} ids back")
            for obj, value in zip(chunk, ids, strict=True):
                setattr(obj, pk.attname, value)
                obj._state.adding = False
                obj._state.db = db
    _history_rows(objects, history_date or now, "+")


def update_objects(objects: Sequence[models.Model], fields: Sequence[str], *, now=None) -> None:
    """UPDATE these fields of saved instances of one model, a statement per chunk, and write their
    "changed" history rows. ``auto_now`` fields are stamped with ``now``, as ``save()`` would."""
    if not objects:
        return
    model = type(objects[0])
    meta = model._meta
    _check_engine()
    now = now or timezone.now()
    stamped = [f for f in meta.concrete_fields if getattr(f, "auto_now", False)]
    for obj in objects:
        for f in stamped:
            setattr(obj, f.attname, now)
    chosen = [meta.get_field(name) for name in fields]
    chosen += [f for f in stamped if f not in chosen]
    converters = [_converter(meta.pk), *(_converter(f) for f in chosen)]
    attnames = [meta.pk.attname, *(f.attname for f in chosen)]
    quote = connection.ops.quote_name
    table = quote(meta.db_table)

    def value(i: int, field: models.Field) -> str:
        # VALUES columns are column1, column2, … on both engines. PostgreSQL types them from the
        # parameters; a column of NULLs would come out as text, hence the casts (text needs none).
        column = f"v.column{i}"
        if connection.vendor == "postgresql" and not isinstance(field, (models.CharField, models.TextField)):
            return f"CAST({column} AS {field.db_type(connection)})"
        return column

    assignments = ", ".join(f"{quote(f.column)} = {value(i, f)}" for i, f in enumerate(chosen, start=2))
    with connection.cursor() as cursor:
        for chunk in _chunks(objects, len(attnames)):
            params = [convert(getattr(obj, name)) for obj in chunk for convert, name in zip(converters, attnames, strict=True)]
            cursor.execute(
                f"UPDATE {table} SET {assignments} FROM (VALUES {_values_sql(len(attnames), len(chunk))}) AS v "
                f"WHERE {table}.{quote(meta.pk.column)} = {value(1, meta.pk)}",
                params,
            )
    _history_rows(sorted(objects, key=lambda obj: obj.pk), now, "~")


def _history_rows(objects: Sequence[models.Model], when, kind: str) -> None:
    """simple-history's rows of this kind ("+" created, "~" changed) for these saved objects, copied
    from the table by the database. The user is simple-history's for the current request (the
    staff member uploading an article in the admin), as its own bulk helpers record it."""
    model = type(objects[0])
    history = getattr(model._meta, "simple_history_manager_attribute", None)
    if history is None or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    historical = getattr(model, history).model
    if hasattr(historical, "history_relation"):
        raise NotImplementedError("insert_objects: history_relation is not supported")
    user = historical.get_default_history_user(objects[0])
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in historical.tracked_fields)
    source, pk = quote(model._meta.db_table), quote(model._meta.pk.column)
    own = ", ".join(quote(historical._meta.get_field(name).column)
                    for name in ("history_date", "history_change_reason", "history_type", "history_user"))
    stamp = historical._meta.get_field("history_date").get_db_prep_save(when, connection)
    fixed = [stamp, kind, getattr(user, "pk", user)]
    with connection.cursor() as cursor:
        for chunk in _chunks([obj.pk for obj in objects], 1, reserved=len(fixed)):
            cursor.execute(
                f"INSERT INTO {quote(historical._meta.db_table)} ({columns}, {own}) "
                f"SELECT {columns}, %s, NULL, %s, %s FROM {source} "
                f"WHERE {pk} IN ({', '.join(['%s'] * len(chunk))}) ORDER BY {pk}",
                [*fixed, *chunk],
            )
