"""Alembic environment: run from code (fiado_app.db.migrate), SQLite batch mode."""

from alembic import context
from sqlalchemy import Connection, create_engine

from fiado_app.db import collection_models  # noqa: F401 - registers the tables
from fiado_app.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        url = config.get_main_option("sqlalchemy.url")
        assert url is not None, "alembic: no connection given and no sqlalchemy.url"
        engine = create_engine(url)
        with engine.connect() as connection:
            _run(connection)
    else:
        _run(connection)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
