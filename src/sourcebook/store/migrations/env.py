"""Alembic environment: Sourcebook runs migrations programmatically (``store.engine`` opens the
connection and passes it in ``config.attributes["connection"]``)."""

from alembic import context

from sourcebook.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
