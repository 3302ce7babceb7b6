//! One Rust type per store table (docs/STORE.md): the row struct *is* the schema.
//!
//! [`store_table!`] declares a row struct and derives its [`Table`] implementation: the table
//! name, the column list (name, type, nullability, doc line — the source of `docs/STORE.md`),
//! the frame writer and the checked reader. [`crate::store::Store::write_rows`] and
//! [`crate::store::Store::read_rows`] are the only ways stages move rows in and out of the
//! store, so a column renamed on the writer fails every reader with an error naming the table
//! and the column (as DataFusion's `MemTable::try_new` refuses a batch whose schema does not
//! match) instead of reading back as nulls.
//!
//! Column values go through [`Cell`]: strings, numbers, booleans, dates ([`Day`]) and closed
//! vocabularies ([`crate::vocab::Vocab`], written as their contract spelling). Optional floats
//! are written as null when not finite, and −0.0 as 0.0, so that the same number always gives
//! the same bytes.

use crate::vocab::Vocab;
use anyhow::{Result, anyhow};
use polars::prelude::*;

/// The storage type of a column.
#[derive(Debug, Clone, Copy)]
pub enum ColType {
    /// UTF-8 string.
    Str,
    /// A word of a closed vocabulary, stored as a string.
    Word(&'static str, fn() -> String),
    /// 64-bit float.
    F64,
    /// Unsigned 32-bit integer.
    U32,
    /// Unsigned 64-bit integer.
    U64,
    /// Signed 32-bit integer.
    I32,
    /// Boolean.
    Bool,
    /// Calendar date (days since 1970-01-01).
    Date,
}

impl ColType {
    /// The polars/Arrow data type on disk.
    pub fn dtype(self) -> DataType {
        match self {
            ColType::Str | ColType::Word(..) => DataType::String,
            ColType::F64 => DataType::Float64,
            ColType::U32 => DataType::UInt32,
            ColType::U64 => DataType::UInt64,
            ColType::I32 => DataType::Int32,
            ColType::Bool => DataType::Boolean,
            ColType::Date => DataType::Date,
        }
    }
    /// How the type reads in `docs/STORE.md`.
    pub fn describe(self) -> String {
        match self {
            ColType::Str => "string".into(),
            ColType::Word(_, spellings) => format!("string: {}", spellings()),
            ColType::F64 => "float64".into(),
            ColType::U32 => "uint32".into(),
            ColType::U64 => "uint64".into(),
            ColType::I32 => "int32".into(),
            ColType::Bool => "bool".into(),
            ColType::Date => "date".into(),
        }
    }
}

/// One column of a table's schema.
#[derive(Debug, Clone)]
pub struct ColumnDef {
    /// Column name.
    pub name: &'static str,
    /// Storage type.
    pub ty: ColType,
    /// May hold nulls.
    pub nullable: bool,
    /// What the column holds (the field's doc comment).
    pub doc: &'static str,
}

/// A calendar date stored as a Parquet date (days since 1970-01-01).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Day(pub i32);

/// A value that can live in a store column.
pub trait Cell: Sized {
    /// Storage type.
    const TY: ColType;
    /// Whether the column may hold nulls.
    const NULLABLE: bool;
    /// Build a column from the values of one field.
    fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Result<Column>
    where
        Self: 'a;
    /// Read a column back; `Err` says what was wrong (the caller adds table and column).
    fn read(col: &Column) -> std::result::Result<Vec<Self>, String>;
}

fn check_dtype(col: &Column, ty: ColType) -> std::result::Result<(), String> {
    let want = ty.dtype();
    if col.dtype() == &want {
        Ok(())
    } else {
        Err(format!("is {} but the schema says {}", col.dtype(), want))
    }
}

fn no_nulls<T>(v: Vec<Option<T>>) -> std::result::Result<Vec<T>, String> {
    let n = v.len();
    let out: Vec<T> = v.into_iter().flatten().collect();
    if out.len() == n {
        Ok(out)
    } else {
        Err(format!(
            "holds {} null(s) but the schema says it never does",
            n - out.len()
        ))
    }
}

/// Null for a non-finite value; −0.0 becomes 0.0 (same bytes for the same number).
pub fn clean(x: Option<f64>) -> Option<f64> {
    x.filter(|v| v.is_finite()).map(|v| v + 0.0)
}

macro_rules! numeric_cell {
    ($t:ty, $ty:expr, $acc:ident) => {
        impl Cell for $t {
            const TY: ColType = $ty;
            const NULLABLE: bool = false;
            fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Result<Column> {
                Ok(Column::new(name.into(), values.copied().collect::<Vec<$t>>()))
            }
            fn read(col: &Column) -> std::result::Result<Vec<Self>, String> {
                check_dtype(col, $ty)?;
                no_nulls(col.$acc().map_err(|e| e.to_string())?.iter().collect())
            }
        }
        impl Cell for Option<$t> {
            const TY: ColType = $ty;
            const NULLABLE: bool = true;
            fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Result<Column> {
                Ok(Column::new(
                    name.into(),
                    values.copied().collect::<Vec<Option<$t>>>(),
                ))
            }
            fn read(col: &Column) -> std::result::Result<Vec<Self>, String> {
                check_dtype(col, $ty)?;
                Ok(col.$acc().map_err(|e| e.to_string())?.iter().collect())
            }
        }
    };
}

numeric_cell!(u32, ColType::U32, u32);
numeric_cell!(u64, ColType::U64, u64);
numeric_cell!(i32, ColType::I32, i32);
numeric_cell!(bool, ColType::Bool, bool);

impl Cell for f64 {
    const TY: ColType = ColType::F64;
    const NULLABLE: bool = false;
    fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Result<Column> {
        Ok(Column::new(name.into(), values.copied().collect::<Vec<f64>>()))
    }
    fn read(col: &Column) -> std::result::Result<Vec<Self>, String> {
        check_dtype(col, ColType::F64)?;
        no_nulls(col.f64().map_err(|e| e.to_string())?.iter().collect())
    }
}

impl Cell for Option<f64> {
    const TY: ColType = ColType::F64;
    const NULLABLE: bool = true;
    fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Result<Column> {
        Ok(Column::new(
            name.into(),
            values.map(|v| clean(*v)).collect::<Vec<Option<f64>>>(),
        ))
    }
    fn read(col: &Column) -> std::result::Result<Vec<Self>, String> {
        check_dtype(col, ColType::F64)?;
        Ok(col.f64().map_err(|e| e.to_string())?.iter().collect())
    }
}

impl Cell for String {
    const TY: ColType = ColType::Str;
    const NULLABLE: bool = false;
    fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Result<Column> {
        Ok(Column::new(
            name.into(),
            values.map(String::as_str).collect::<Vec<&str>>(),
        ))
    }
    fn read(col: &Column) -> std::result::Result<Vec<Self>, String> {
        check_dtype(col, ColType::Str)?;
        no_nulls(
            col.str()
                .map_err(|e| e.to_string())?
                .iter()
                .map(|v| v.map(str::to_string))
                .collect(),
        )
    }
}

impl Cell for Option<String> {
    const TY: ColType = ColType::Str;
    const NULLABLE: bool = true;
    fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Result<Column> {
        Ok(Column::new(
            name.into(),
            values.map(Option::as_deref).collect::<Vec<Option<&str>>>(),
        ))
    }
    fn read(col: &Column) -> std::result::Result<Vec<Self>, String> {
        check_dtype(col, ColType::Str)?;
        Ok(col
            .str()
            .map_err(|e| e.to_string())?
            .iter()
            .map(|v| v.map(str::to_string))
            .collect())
    }
}

fn date_column(name: &str, days: Vec<Option<i32>>) -> Result<Column> {
    Ok(Series::new(name.into(), days).cast(&DataType::Date)?.into())
}

fn read_days(col: &Column) -> std::result::Result<Vec<Option<i32>>, String> {
    check_dtype(col, ColType::Date)?;
    let c = col.cast(&DataType::Int32).map_err(|e| e.to_string())?;
    Ok(c.i32().map_err(|e| e.to_string())?.iter().collect())
}

impl Cell for Day {
    const TY: ColType = ColType::Date;
    const NULLABLE: bool = false;
    fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Result<Column> {
        date_column(name, values.map(|d| Some(d.0)).collect())
    }
    fn read(col: &Column) -> std::result::Result<Vec<Self>, String> {
        Ok(no_nulls(read_days(col)?)?.into_iter().map(Day).collect())
    }
}

impl Cell for Option<Day> {
    const TY: ColType = ColType::Date;
    const NULLABLE: bool = true;
    fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Result<Column> {
        date_column(name, values.map(|d| d.map(|d| d.0)).collect())
    }
    fn read(col: &Column) -> std::result::Result<Vec<Self>, String> {
        Ok(read_days(col)?.into_iter().map(|d| d.map(Day)).collect())
    }
}

fn parse_word<V: Vocab>(s: &str) -> std::result::Result<V, String> {
    V::parse(s).ok_or_else(|| format!("holds `{s}`, which is not a {} ({})", V::NAME, V::spellings()))
}

/// Store a closed vocabulary as its contract spelling (and refuse other words on reading).
macro_rules! word_cell {
    ($($t:ty),* $(,)?) => {$(
        impl Cell for $t {
            const TY: ColType = ColType::Word(<$t as Vocab>::NAME, <$t as Vocab>::spellings);
            const NULLABLE: bool = false;
            fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Result<Column> {
                Ok(Column::new(name.into(), values.map(|v| Vocab::as_str(*v)).collect::<Vec<&str>>()))
            }
            fn read(col: &Column) -> std::result::Result<Vec<Self>, String> {
                <String as Cell>::read(col)?.iter().map(|s| parse_word(s)).collect()
            }
        }
        impl Cell for Option<$t> {
            const TY: ColType = ColType::Word(<$t as Vocab>::NAME, <$t as Vocab>::spellings);
            const NULLABLE: bool = true;
            fn column<'a>(name: &str, values: impl Iterator<Item = &'a Self>) -> Result<Column> {
                Ok(Column::new(
                    name.into(),
                    values.map(|v| v.map(Vocab::as_str)).collect::<Vec<Option<&str>>>(),
                ))
            }
            fn read(col: &Column) -> std::result::Result<Vec<Self>, String> {
                <Option<String> as Cell>::read(col)?
                    .iter()
                    .map(|s| s.as_deref().map(parse_word).transpose())
                    .collect()
            }
        }
    )*};
}

word_cell!(
    crate::vocab::Source,
    crate::vocab::Statistic,
    crate::vocab::Comparison,
    crate::vocab::Mode,
    crate::vocab::ReplicateKind,
    crate::vocab::GroupDim,
    crate::vocab::Direction,
    crate::vocab::Position,
    crate::vocab::Flag,
    crate::vocab::Test,
    crate::vocab::Word,
    crate::vocab::PeerBasis,
    crate::vocab::NetworkKind,
    crate::vocab::Weighting,
    crate::vocab::EffectTest,
    crate::vocab::DiagKind,
    crate::vocab::DiagMetric,
    crate::vocab::Detectability,
);

/// A store table: one row struct, one schema, one writer, one checked reader.
pub trait Table: Sized {
    /// Folder name under `store/`.
    const NAME: &'static str;
    /// The columns, in order.
    fn columns() -> Vec<ColumnDef>;
    /// The rows as a frame with exactly [`Table::columns`].
    fn to_frame(rows: &[Self]) -> Result<DataFrame>;
    /// Rows from a frame; every schema column must be present with its type (extra columns
    /// are ignored).
    fn from_frame(df: &DataFrame) -> Result<Vec<Self>>;
}

/// Fetch a schema column from a frame, or say which table lacks it.
pub fn column<'a>(df: &'a DataFrame, table: &str, name: &str) -> Result<&'a Column> {
    df.column(name).map_err(|_| {
        let have: Vec<&str> = df.get_column_names().iter().map(|c| c.as_str()).collect();
        anyhow!(
            "table `{table}` has no column `{name}` (its columns: {}); the store was written by another version of cohesion — rerun `cohesion run`",
            have.join(", ")
        )
    })
}

/// Read one schema column, naming table and column on a type mismatch.
pub fn read_column<T: Cell>(df: &DataFrame, table: &str, name: &str) -> Result<Vec<T>> {
    T::read(column(df, table, name)?).map_err(|why| anyhow!("table `{table}`, column `{name}` {why}"))
}

/// Declare a store table: a row struct whose fields are the columns, in order.
///
/// ```ignore
/// store_table! {
///     /// One row of `changes`.
///     pub struct ChangeRow in "changes" {
///         /// Indicator set.
///         pub set_id: String,
///     }
/// }
/// ```
#[macro_export]
macro_rules! store_table {
    (
        $(#[$meta:meta])*
        pub struct $name:ident in $table:literal {
            $( $(#[doc = $doc:literal])* pub $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name {
            $( $(#[doc = $doc])* pub $field: $ty, )*
        }

        impl $crate::store::schema::Table for $name {
            const NAME: &'static str = $table;
            fn columns() -> Vec<$crate::store::schema::ColumnDef> {
                vec![$(
                    $crate::store::schema::ColumnDef {
                        name: stringify!($field),
                        ty: <$ty as $crate::store::schema::Cell>::TY,
                        nullable: <$ty as $crate::store::schema::Cell>::NULLABLE,
                        doc: concat!($($doc, "\n"),*),
                    }
                ),*]
            }
            fn to_frame(rows: &[Self]) -> anyhow::Result<polars::prelude::DataFrame> {
                let columns = vec![$(
                    <$ty as $crate::store::schema::Cell>::column(
                        stringify!($field),
                        rows.iter().map(|r| &r.$field),
                    )?
                ),*];
                Ok(polars::prelude::DataFrame::new(rows.len(), columns)?)
            }
            fn from_frame(df: &polars::prelude::DataFrame) -> anyhow::Result<Vec<Self>> {
                $(
                    let $field: Vec<$ty> = $crate::store::schema::read_column(df, $table, stringify!($field))?;
                    let mut $field = $field.into_iter();
                )*
                let mut out = Vec::with_capacity(df.height());
                for _ in 0..df.height() {
                    out.push($name { $( $field: $field.next().expect("column length = frame height"), )* });
                }
                Ok(out)
            }
        }
    };
}

/// The store reference (`docs/STORE.md`), generated from the row types.
pub fn reference_markdown(tables: &[(&'static str, &'static str, Vec<ColumnDef>, &'static [&'static str])]) -> String {
    let mut s = String::new();
    s.push_str("# The store\n\n");
    s.push_str(
        "<!-- Generated from the row types in pipeline/ by `cargo test` (store_reference_is_current); \
         do not edit by hand: change the doc comments of the row structs and run \
         `COHESION_BLESS=1 cargo test store_reference`. -->\n\n",
    );
    s.push_str(
        "`cohesion run` writes every table as plain Parquet under `OUT/store/<table>/` \
         (hive-partitioned where noted), readable as it is by polars, DuckDB, pandas/pyarrow, \
         R arrow or Spark. Every file carries its provenance in the Parquet footer \
         (`cohesion.run_id`, `cohesion.version`, `cohesion.inputs_sha256`). A table is written \
         to `<table>.tmp/` and moved into place only when complete.\n\n\
         `group_dim = \"all\"` and `group_value = \"all\"` mark whole-population rows. Shares and \
         POMP scores are in percent (0–100); means of raw items are on the item's scale. \
         \"null\" means the column may be empty.\n\n",
    );
    for (name, about, cols, partitions) in tables {
        s.push_str(&format!("## `{name}`\n\n{about}\n\n"));
        if !partitions.is_empty() {
            s.push_str(&format!(
                "Hive-partitioned by {} (`{}/*.parquet`); the partition keys come back as columns when the folder is scanned with hive partitioning.\n\n",
                partitions.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", "),
                partitions.iter().map(|p| format!("{p}=…")).collect::<Vec<_>>().join("/"),
            ));
        }
        s.push_str("| column | type | null | meaning |\n|---|---|---|---|\n");
        for c in cols {
            let doc = c
                .doc
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            s.push_str(&format!(
                "| `{}` | {} | {} | {} |\n",
                c.name,
                c.ty.describe().replace('|', "\\|"),
                if c.nullable { "null" } else { "" },
                doc.replace('|', "\\|")
            ));
        }
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Direction;

    crate::store_table! {
        /// A test table.
        pub struct TestRow in "test_rows" {
            /// A name.
            pub name: String,
            /// A number.
            pub x: Option<f64>,
            /// A count.
            pub n: u32,
            /// A word.
            pub direction: Direction,
            /// A day.
            pub date: Option<Day>,
        }
    }

    fn rows() -> Vec<TestRow> {
        vec![
            TestRow {
                name: "a".into(),
                x: Some(1.5),
                n: 3,
                direction: Direction::Rising,
                date: Some(Day(19000)),
            },
            TestRow {
                name: "b".into(),
                x: Some(f64::NAN),
                n: 0,
                direction: Direction::NoClearTrend,
                date: None,
            },
        ]
    }

    #[test]
    fn rows_round_trip_through_a_frame() {
        let df = TestRow::to_frame(&rows()).unwrap();
        assert_eq!(df.get_column_names(), ["name", "x", "n", "direction", "date"]);
        assert_eq!(df.column("date").unwrap().dtype(), &DataType::Date);
        let back = TestRow::from_frame(&df).unwrap();
        // NaN is written as null.
        let mut want = rows();
        want[1].x = None;
        assert_eq!(back, want);
    }

    #[test]
    fn a_missing_or_mistyped_column_names_table_and_column() {
        let mut df = TestRow::to_frame(&rows()).unwrap();
        df.rename("x", "x_renamed".into()).unwrap();
        let e = TestRow::from_frame(&df).unwrap_err().to_string();
        assert!(e.contains("table `test_rows` has no column `x`"), "{e}");

        let mut df = TestRow::to_frame(&rows()).unwrap();
        df.replace("n", Column::new("n".into(), ["3", "0"])).unwrap();
        let e = TestRow::from_frame(&df).unwrap_err().to_string();
        assert_eq!(e, "table `test_rows`, column `n` is str but the schema says u32");

        let mut df = TestRow::to_frame(&rows()).unwrap();
        df.replace("direction", Column::new("direction".into(), ["upward", "rising"]))
            .unwrap();
        let e = TestRow::from_frame(&df).unwrap_err().to_string();
        assert!(
            e.contains("column `direction` holds `upward`, which is not a direction"),
            "{e}"
        );
    }

    #[test]
    fn nulls_in_a_required_column_are_refused() {
        let mut df = TestRow::to_frame(&rows()).unwrap();
        df.replace("name", Column::new("name".into(), [Some("a"), None]))
            .unwrap();
        let e = TestRow::from_frame(&df).unwrap_err().to_string();
        assert!(e.contains("column `name` holds 1 null(s)"), "{e}");
    }
}
