"""MariaDB as an ELT target (§14): the plan runs inside MariaDB when the source table is in the same database.

:class:`MariaDbEltTarget` is the MariaDB target (leases, RENAME promotion, ON DUPLICATE KEY merge)
with the ELT operations of :class:`~adapters.targets.elt_target.EltSqlTarget`: the work table is
built by ``CREATE TABLE ... AS SELECT`` of the plan compiled for the ``mysql`` dialect
(:mod:`dsl.mysql_sql`, :mod:`core.migration.elt_sql`), each chunk is ``INSERT ... SELECT`` of its
valid rows, quarantine records and checkpoint in one transaction under the chunk's ``GET_LOCK``
lease. A plan with an op, conversion or constraint MariaDB cannot express exactly is ETL, with
the reason recorded by :func:`core.migration.elt.choose_strategy`.
"""

from __future__ import annotations

from sqlglot import exp

from adapters.targets.elt_target import EltSqlTarget, sql_kind
from adapters.targets.mariadb_target import MariaDbTarget
from core.migration.models import Checkpoint, MigrationSpec, QuarantineRecord


class MariaDbEltTarget(MariaDbTarget, EltSqlTarget):
    """A MariaDB/MySQL target that can also run the plan over a source table inside it."""

    def source_kinds(self, table: str) -> dict[str, str]:
        """Logical kind of each column of ``table`` (``db.table`` or ``table`` in the URL's database)."""
        schema, _, name = table.rpartition(".")
        info = exp.Table(this=exp.to_identifier("columns"), db=exp.to_identifier("information_schema"))
        where = exp.and_(
            exp.EQ(this=exp.column("table_name"), expression=exp.Literal.string(name)),
            exp.EQ(this=exp.column("table_schema"),
                   expression=exp.Literal.string(schema) if schema else exp.Anonymous(this="DATABASE")))
        rows = self.query(exp.select("column_name", "data_type").from_(info).where(where).order_by("ordinal_position"))
        return {str(n): sql_kind(str(t)) for n, t in rows.iter_rows()}

    def write_elt_chunk(self, spec: MigrationSpec, chunk_id: int, rows: exp.Select,
                        quarantine: list[QuarantineRecord], checkpoint: Checkpoint) -> bool:
        """The ELT chunk transaction under the chunk's GET_LOCK lease (two workers never write one chunk)."""
        with self._lease(spec.run_id, chunk_id):
            return super().write_elt_chunk(spec, chunk_id, rows, quarantine, checkpoint)
