"""The workspace file: schema, migrations, queries, backups (sqlite-utils, no Qt)."""

import sys

# sqlite-utils imports numpy, when it is installed, only to store numpy values, which we
# never do; numpy is there for matplotlib and costs a third of a second at start-up.
# Hide it while sqlite-utils loads; charts import the real numpy later.
if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]
