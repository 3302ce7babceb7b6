"""Run the stage-1 SQL that `cohesion sql` wrote, in DuckDB or in Apache Spark local mode.

usage: python3 tests/sql_engines.py duckdb|spark FILE.sql

The statements are split at a ';' that ends a line (the emitted SQL puts no ';' inside a
statement) and run in order. Spark: one local session with two cores and no UI, as
docs/SCALE.md describes for a cluster; nothing is converted to pandas.
"""
import sys
import time


def statements(text):
    body = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("--"))
    return [s.strip() for s in body.split(";\n") if s.strip()]


def main():
    engine, path = sys.argv[1], sys.argv[2]
    stmts = statements(open(path, encoding="utf-8").read())
    t = time.time()
    if engine == "duckdb":
        import duckdb

        con = duckdb.connect()
        for s in stmts:
            con.execute(s)
        con.close()
    elif engine == "spark":
        from pyspark.sql import SparkSession

        spark = (
            SparkSession.builder.master("local[2]")
            .appName("cohesion-stage1-test")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.driver.memory", "1g")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        try:
            for s in stmts:
                spark.sql(s)
        finally:
            spark.stop()
    else:
        raise SystemExit(f"unknown engine {engine}")
    print(f"{engine}: {len(stmts)} statements in {time.time() - t:.1f} s")


if __name__ == "__main__":
    main()
