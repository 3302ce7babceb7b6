//! One wave's harmonised responses in columnar form, as ingest builds them: respondent-level
//! columns once per respondent (key, weight, design and group codes) and item-level columns
//! respondent-major (value, POMP, agree). From it come the wave's `responses` Parquet file
//! ([`WaveResponses::parquet`]), the wide data the estimators read
//! ([`WaveResponses::wave_data`]) and, for checks, the long frame ([`WaveResponses::frame`]).
//!
//! The file is written column by column as Parquet dictionary pages built from what
//! harmonising already knows (a wave has one survey id, a respondent one key and weight, an
//! item one scale), so no value is hashed again and a respondent's columns cost one dictionary
//! entry rather than one value per item (docs/DECISIONS.md). Readers see the same table as any
//! Parquet writer would give: the types of `responses` in docs/STORE.md.

use super::rows::ResponseRow;
use super::schema::Table;
use super::wide::{ItemData, WaveData, dense_codes};
use crate::config::manifest::GROUP_DIMS;
use anyhow::{Result, anyhow};
use polars::prelude::*;
use polars_arrow::datatypes::{ArrowSchema, Field as ArrowField};
use polars_parquet::parquet::CowBuffer;
use polars_parquet::parquet::FallibleStreamingIterator;
use polars_parquet::parquet::compression::Compression;
use polars_parquet::parquet::page::{CompressedDataPage, CompressedDictPage};
use polars_parquet::write::{
    CompressedPage, CompressionOptions, DynIter, DynStreamingIterator, FileWriter, KeyValue, Page, StatisticsOptions,
    Version, WriteOptions, schema_to_metadata_key, to_parquet_schema,
};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

/// The text codes of one respondent-level column: its distinct values in order of first
/// appearance, and per respondent the index of its value (null = no value).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Codes {
    /// Distinct values.
    pub values: Vec<String>,
    /// One entry per respondent.
    pub codes: Vec<Option<u32>>,
    index: HashMap<String, u32>,
}

impl Codes {
    /// Append one respondent's value.
    pub fn push(&mut self, v: Option<&str>) {
        let code = v.map(|v| {
            // Neighbours often share a code (strata, PSUs come sorted): check the last one first.
            if let Some(&Some(last)) = self.codes.last()
                && self.values[last as usize] == v
            {
                return last;
            }
            match self.index.get(v) {
                Some(&c) => c,
                None => {
                    let c = self.values.len() as u32;
                    self.values.push(v.to_string());
                    self.index.insert(v.to_string(), c);
                    c
                }
            }
        });
        self.codes.push(code);
    }

    /// Respondent `i`'s value.
    pub fn get(&self, i: usize) -> Option<&str> {
        self.codes[i].map(|c| self.values[c as usize].as_str())
    }
}

/// One wave's accepted responses (see the module documentation).
#[derive(Debug, Clone, Default)]
pub struct WaveResponses {
    /// Survey or barometer wave id.
    pub survey_id: String,
    /// Wave label.
    pub wave: String,
    /// Fieldwork midpoint, days since 1970-01-01.
    pub date: i32,
    /// Fieldwork mode, when the manifest gives it.
    pub mode: Option<&'static str>,
    /// Question-bank item ids, in the manifest's order.
    pub items: Vec<String>,
    /// Each item's scale (min, max).
    pub scales: Vec<(f64, f64)>,
    /// The respondents' 16-digit keys, back to back.
    pub keys: String,
    /// One weight per respondent.
    pub weight: Vec<f64>,
    /// Stratum codes.
    pub strata: Codes,
    /// PSU codes.
    pub psu: Codes,
    /// Group codes, one column per entry of `GROUP_DIMS`.
    pub groups: Vec<Codes>,
    /// Harmonised values, respondent-major (`value[r · items + k]`).
    pub value: Vec<Option<f64>>,
    /// POMP scores, as `value`.
    pub pomp: Vec<Option<f64>>,
    /// Agree flags, as `value`.
    pub agree: Vec<Option<bool>>,
}

impl WaveResponses {
    /// Number of respondents.
    pub fn respondents(&self) -> usize {
        self.weight.len()
    }

    /// Number of rows of the long table (respondents × items).
    pub fn height(&self) -> usize {
        self.respondents() * self.items.len()
    }

    /// Respondent `i`'s key.
    pub fn key(&self, i: usize) -> &str {
        &self.keys[i * 16..i * 16 + 16]
    }

    /// The long `responses` frame of the wave (without the hive keys city and kind), one row
    /// per respondent and item.
    pub fn frame(&self) -> Result<DataFrame> {
        let (n_resp, n_items) = (self.respondents(), self.items.len());
        let n = n_resp * n_items;
        let per_item = |name: &str, col: &Codes| -> Column {
            StringChunked::from_iter_options(
                name.into(),
                (0..n_resp).flat_map(|i| std::iter::repeat_n(col.get(i), n_items)),
            )
            .into_column()
        };
        let date = Series::new("date".into(), vec![self.date; n]).cast(&DataType::Date)?;
        let mut cols: Vec<Column> = vec![
            Column::new("survey_id".into(), vec![self.survey_id.as_str(); n]),
            Column::new("wave".into(), vec![self.wave.as_str(); n]),
            date.into(),
            Column::new("mode".into(), vec![self.mode; n]),
            StringChunked::from_iter_values(
                "respondent_key".into(),
                (0..n_resp).flat_map(|i| std::iter::repeat_n(self.key(i), n_items)),
            )
            .into_column(),
            Column::new(
                "weight".into(),
                self.weight
                    .iter()
                    .flat_map(|w| std::iter::repeat_n(*w, n_items))
                    .collect::<Vec<f64>>(),
            ),
            per_item("strata", &self.strata),
            per_item("psu", &self.psu),
        ];
        for (d, col) in GROUP_DIMS.iter().zip(&self.groups) {
            cols.push(per_item(d, col));
        }
        let cycle = |f: &dyn Fn(&(f64, f64)) -> f64| -> Vec<f64> {
            let one: Vec<f64> = self.scales.iter().map(f).collect();
            (0..n_resp).flat_map(|_| one.iter().copied()).collect()
        };
        cols.extend([
            StringChunked::from_iter_values(
                "item".into(),
                (0..n_resp).flat_map(|_| self.items.iter().map(String::as_str)),
            )
            .into_column(),
            Column::new("value".into(), self.value.clone()),
            Column::new("value_pomp".into(), self.pomp.clone()),
            Column::new("agree".into(), self.agree.clone()),
            Column::new("scale_min".into(), cycle(&|s| s.0)),
            Column::new("scale_max".into(), cycle(&|s| s.1)),
        ]);
        Ok(DataFrame::new(n, cols)?)
    }

    /// The wave's `responses` Parquet file: the rows of [`Self::frame`] in the same order,
    /// with the same column types, zstd-compressed, min/max statistics per column, the Arrow
    /// schema and `meta` in the footer.
    pub fn parquet(&self, meta: &[(String, String)]) -> Result<Vec<u8>> {
        use super::pages::{Keys, Values, boolean_column, dictionary_column};
        let (n_resp, n_items) = (self.respondents(), self.items.len());
        let n = n_resp * n_items;
        let defs = ResponseRow::columns();
        let plain: ArrowSchema = defs
            .iter()
            .map(|d| {
                let name = PlSmallStr::from_str(d.name);
                let ty = d.ty.dtype().to_arrow(CompatLevel::newest());
                (name.clone(), ArrowField::new(name, ty, true))
            })
            .collect();
        let parquet_schema = to_parquet_schema(&plain)?;
        let respondent: Vec<Option<u32>> = (0..n_resp as u32).map(Some).collect();
        let per_resp = |keys| Keys::PerRespondent { keys, items: n_items };
        let per_item = Keys::PerItem {
            items: n_items,
            respondents: n_resp,
        };
        let (value_keys, value_dict) = float_dictionary(&self.value);
        let (pomp_keys, pomp_dict) = float_dictionary(&self.pomp);
        let mut columns = Vec::with_capacity(defs.len());
        for (def, col) in defs.iter().zip(parquet_schema.columns()) {
            let d = &col.descriptor;
            let constant = Keys::Constant { null: false };
            let pages = match def.name {
                "survey_id" => dictionary_column(&Values::Text(vec![&self.survey_id]), &constant, n, d),
                "wave" => dictionary_column(&Values::Text(vec![&self.wave]), &constant, n, d),
                "date" => dictionary_column(&Values::Date(vec![self.date]), &constant, n, d),
                "mode" => match self.mode {
                    Some(m) => dictionary_column(&Values::Text(vec![m]), &constant, n, d),
                    None => dictionary_column(&Values::Text(vec![]), &Keys::Constant { null: true }, n, d),
                },
                "respondent_key" => dictionary_column(
                    &Values::Text((0..n_resp).map(|i| self.key(i)).collect()),
                    &per_resp(&respondent),
                    n,
                    d,
                ),
                "weight" => dictionary_column(&Values::Float(self.weight.clone()), &per_resp(&respondent), n, d),
                "strata" => dictionary_column(&codes_text(&self.strata), &per_resp(&self.strata.codes), n, d),
                "psu" => dictionary_column(&codes_text(&self.psu), &per_resp(&self.psu.codes), n, d),
                "item" => dictionary_column(
                    &Values::Text(self.items.iter().map(String::as_str).collect()),
                    &per_item,
                    n,
                    d,
                ),
                "value" => dictionary_column(&Values::Float(value_dict.clone()), &Keys::PerRow(&value_keys), n, d),
                "value_pomp" => dictionary_column(&Values::Float(pomp_dict.clone()), &Keys::PerRow(&pomp_keys), n, d),
                "agree" => boolean_column(&self.agree, d),
                "scale_min" => dictionary_column(
                    &Values::Float(self.scales.iter().map(|s| s.0).collect()),
                    &per_item,
                    n,
                    d,
                ),
                "scale_max" => dictionary_column(
                    &Values::Float(self.scales.iter().map(|s| s.1).collect()),
                    &per_item,
                    n,
                    d,
                ),
                group => match GROUP_DIMS.iter().position(|g| *g == group) {
                    Some(g) => dictionary_column(&codes_text(&self.groups[g]), &per_resp(&self.groups[g].codes), n, d),
                    None => return Err(anyhow!("bug: responses column `{group}` has no encoder")),
                },
            };
            let pages = pages
                .into_iter()
                .map(compress_page)
                .collect::<PolarsResult<Vec<CompressedPage>>>()?;
            columns.push(Ok(DynStreamingIterator::new(Pages {
                pages: pages.into_iter(),
                current: None,
            })));
        }
        let options = WriteOptions {
            statistics: StatisticsOptions::default(),
            version: Version::V1,
            // Compressed above (`compress_page`), with one zstd context per thread.
            compression: CompressionOptions::Zstd(None),
            data_page_size: None,
        };
        let mut bytes = Vec::with_capacity(n * 4 + 4096);
        let mut writer = FileWriter::new_with_parquet_schema(&mut bytes, plain.clone(), parquet_schema, options);
        writer.write(n as u64, DynIter::new(columns.into_iter()))?;
        // The footer names the plain types (as for a table written from a DataFrame), so
        // readers that honour the Arrow schema see strings, not dictionaries.
        let mut kv = vec![schema_to_metadata_key(&plain)];
        kv.extend(meta.iter().map(|(k, v)| KeyValue {
            key: k.clone(),
            value: Some(v.clone()),
        }));
        writer.end(Some(kv))?;
        Ok(bytes)
    }

    /// The wave in wide form, as [`super::wide::wave_data`] gives it from the long frame.
    pub fn wave_data(&self) -> WaveData {
        let (n_resp, n_items) = (self.respondents(), self.items.len());
        let s_codes: Vec<Option<&str>> = (0..n_resp).map(|i| self.strata.get(i)).collect();
        let p_codes: Vec<Option<&str>> = (0..n_resp).map(|i| self.psu.get(i)).collect();
        let mut items: BTreeMap<String, ItemData> = BTreeMap::new();
        for (k, name) in self.items.iter().enumerate() {
            let at = |r: usize| r * n_items + k;
            items.entry(name.clone()).or_insert_with(|| ItemData {
                value: (0..n_resp).map(|r| self.value[at(r)]).collect(),
                pomp: (0..n_resp).map(|r| self.pomp[at(r)]).collect(),
                agree: (0..n_resp)
                    .map(|r| self.agree[at(r)].map(|a| if a { 100.0 } else { 0.0 }))
                    .collect(),
            });
        }
        let mut weight = self.weight.clone();
        // Scale-invariant estimators; exact power-of-two scaling keeps extreme weights finite.
        crate::stats::survey::rescale_weights(&mut weight);
        WaveData {
            weight,
            strata: dense_codes(&s_codes, None),
            psu: dense_codes(&p_codes, Some(&s_codes)),
            groups: self
                .groups
                .iter()
                .map(|c| {
                    let texts: Vec<std::sync::Arc<str>> = c.values.iter().map(|v| v.as_str().into()).collect();
                    c.codes.iter().map(|k| k.map(|k| texts[k as usize].clone())).collect()
                })
                .collect(),
            items,
            replicates: None,
        }
    }
}

/// The zstd level of the pages (zstd's default).
const ZSTD_LEVEL: i32 = 3;

thread_local! {
    /// One zstd context per thread, reused for every page: polars' page compressor creates
    /// one per page, which cost as much as compressing.
    static ZSTD: RefCell<Option<zstd::bulk::Compressor<'static>>> = const { RefCell::new(None) };
}

fn zstd(data: &[u8]) -> PolarsResult<Vec<u8>> {
    ZSTD.with(|c| {
        let mut c = c.borrow_mut();
        let c = match &mut *c {
            Some(c) => c,
            None => c.insert(zstd::bulk::Compressor::new(ZSTD_LEVEL)?),
        };
        Ok(c.compress(data)?)
    })
}

/// A page compressed with zstd, as polars' writer would compress it.
fn compress_page(page: Page) -> PolarsResult<CompressedPage> {
    Ok(match page {
        Page::Data(p) => CompressedPage::Data(CompressedDataPage::new(
            p.header().clone(),
            CowBuffer::Owned(zstd(p.buffer())?),
            Compression::Zstd,
            p.buffer().len(),
            p.descriptor.clone(),
            p.num_rows.unwrap_or(0),
        )),
        Page::Dict(p) => CompressedPage::Dict(CompressedDictPage::new(
            CowBuffer::Owned(zstd(&p.buffer)?),
            Compression::Zstd,
            p.buffer.len(),
            p.num_values,
            p.is_sorted,
        )),
    })
}

/// A column's compressed pages, handed to the file writer one by one.
struct Pages {
    pages: std::vec::IntoIter<CompressedPage>,
    current: Option<CompressedPage>,
}

impl FallibleStreamingIterator for Pages {
    type Item = CompressedPage;
    type Error = PolarsError;

    fn advance(&mut self) -> PolarsResult<()> {
        self.current = self.pages.next();
        Ok(())
    }

    fn get(&self) -> Option<&CompressedPage> {
        self.current.as_ref()
    }
}

/// The dictionary of a text column.
fn codes_text(c: &Codes) -> super::pages::Values<'_> {
    super::pages::Values::Text(c.values.iter().map(String::as_str).collect())
}

/// Dictionary keys (null = missing) and distinct values (in order of first appearance) of a
/// float column with few distinct values (codes on a scale).
fn float_dictionary(v: &[Option<f64>]) -> (Vec<Option<u32>>, Vec<f64>) {
    let mut values: Vec<f64> = Vec::new();
    let mut index: HashMap<u64, u32> = HashMap::new();
    let keys = v
        .iter()
        .map(|x| {
            x.map(|x| {
                let bits = x.to_bits();
                // Few distinct codes: a short scan beats hashing.
                if let Some(k) = values.iter().take(16).position(|y| y.to_bits() == bits) {
                    return k as u32;
                }
                *index.entry(bits).or_insert_with(|| {
                    values.push(x);
                    values.len() as u32 - 1
                })
            })
        })
        .collect();
    (keys, values)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Three respondents, two items: nulls in values, groups and design codes, a code shared by
    /// two respondents, a weight repeated, a mode or none.
    fn wave(mode: Option<&'static str>) -> WaveResponses {
        let codes = |v: &[Option<&str>]| {
            let mut c = Codes::default();
            for x in v {
                c.push(*x);
            }
            c
        };
        WaveResponses {
            survey_id: "oslo-2024".into(),
            wave: "2024".into(),
            date: 19_900,
            mode,
            items: vec!["trust".into(), "belong".into()],
            scales: vec![(1.0, 5.0), (0.0, 10.0)],
            keys: "aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbcccccccccccccccc".into(),
            weight: vec![1.5, 0.75, 1.5],
            strata: codes(&[Some("1"), Some("2"), Some("1")]),
            psu: codes(&[Some("10"), Some("20"), Some("11")]),
            groups: vec![
                codes(&[Some("migrant"), None, Some("native")]),
                codes(&[Some("18-29"), Some("30-49"), Some("18-29")]),
                codes(&[None, None, None]),
                codes(&[Some("Centre"), Some("Centre"), Some("North")]),
            ],
            value: vec![Some(4.0), Some(7.0), None, Some(0.0), Some(2.0), None],
            pomp: vec![Some(75.0), Some(70.0), None, Some(0.0), Some(25.0), None],
            agree: vec![Some(true), Some(true), None, Some(false), Some(false), None],
        }
    }

    fn read(bytes: Vec<u8>) -> DataFrame {
        ParquetReader::new(std::io::Cursor::new(bytes)).finish().unwrap()
    }

    /// Read back by polars' own Parquet reader, the file holds exactly the long frame, and
    /// the same as polars' writer gives for that frame (types, nulls, order, Arrow schema).
    #[test]
    fn the_dictionary_encoded_file_reads_back_as_the_long_frame() {
        for mode in [Some("online"), None] {
            let w = wave(mode);
            let frame = w.frame().unwrap();
            crate::store::check_frame::<ResponseRow>(&frame).unwrap();
            assert_eq!(frame.height(), 6);
            let meta = vec![("cohesion.run_id".to_string(), "x".to_string())];
            let ours = w.parquet(&meta).unwrap();
            let mut polars_bytes = Vec::new();
            ParquetWriter::new(&mut polars_bytes)
                .with_key_value_metadata(Some(KeyValueMetadata::from_static(meta.clone())))
                .finish(&mut frame.clone())
                .unwrap();
            let (a, b) = (read(ours.clone()), read(polars_bytes.clone()));
            assert_eq!(a.schema(), frame.schema());
            assert!(a.equals_missing(&frame), "{a}\n{frame}");
            assert!(b.equals_missing(&a));
            // Spot values written by hand: the second respondent's neighbourhood and second item.
            assert_eq!(a.column("neighbourhood").unwrap().str().unwrap().get(2), Some("Centre"));
            assert_eq!(a.column("value").unwrap().f64().unwrap().get(3), Some(0.0));
            assert_eq!(a.column("gender").unwrap().null_count(), 6);
            // The footers carry the same Arrow schema and our metadata.
            let footer = |bytes: &[u8]| {
                let dir = tempdir();
                let p = dir.join("f.parquet");
                std::fs::write(&p, bytes).unwrap();
                let kv = crate::store::footer_metadata(&p).unwrap();
                std::fs::remove_dir_all(&dir).unwrap();
                kv
            };
            assert_eq!(footer(&ours), footer(&polars_bytes));
        }
    }

    /// A wave large enough for long runs, several bit-packed runs (more than 512 values) and
    /// 11-bit keys: 1,300 respondents × 7 items, values and nulls from a fixed sequence.
    #[test]
    fn a_large_wave_reads_back_as_the_long_frame() {
        let mut w = wave(Some("phone"));
        let n_resp: usize = 1300;
        w.items = (0..7).map(|k| format!("item{k}")).collect();
        w.scales = (0..7).map(|k| (0.0, k as f64 + 1.0)).collect();
        w.keys = (0..n_resp).map(|i| format!("{i:016x}")).collect();
        w.weight = (0..n_resp).map(|i| 0.5 + (i % 17) as f64 / 8.0).collect();
        let mut strata = Codes::default();
        let mut psu = Codes::default();
        let mut groups = vec![Codes::default(); GROUP_DIMS.len()];
        for i in 0..n_resp {
            strata.push(Some(&(i / 400).to_string()));
            psu.push(Some(&(i / 13).to_string()));
            for (d, g) in groups.iter_mut().enumerate() {
                g.push(
                    (!i.is_multiple_of(d + 3))
                        .then(|| format!("g{}", i % (d + 5)))
                        .as_deref(),
                );
            }
        }
        (w.strata, w.psu, w.groups) = (strata, psu, groups);
        let cell =
            |r: usize, k: usize| (!(r * 31 + k * 7).is_multiple_of(11)).then_some(((r * 13 + k) % (k + 2)) as f64);
        w.value = (0..n_resp).flat_map(|r| (0..7).map(move |k| cell(r, k))).collect();
        w.pomp = w.value.iter().map(|v| v.map(|v| v * 12.5)).collect();
        w.agree = w.value.iter().map(|v| v.map(|v| v > 1.0)).collect();
        let frame = w.frame().unwrap();
        let back = read(w.parquet(&[]).unwrap());
        assert_eq!(back.height(), 9100);
        assert!(back.equals_missing(&frame));
        assert_eq!(
            back.column("respondent_key").unwrap().str().unwrap().get(9099),
            Some("0000000000000513")
        );
    }

    fn tempdir() -> std::path::PathBuf {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let d = std::env::temp_dir().join(format!(
            "cohesion-responses-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    /// The wide data built from the columns equals the pivot of the long frame.
    #[test]
    fn wide_data_from_the_columns_equals_the_pivot_of_the_long_frame() {
        let w = wave(None);
        let a = w.wave_data();
        let b = super::super::wide::wave_data(&w.frame().unwrap()).unwrap();
        assert_eq!(a.weight, b.weight);
        assert_eq!(a.strata, b.strata);
        assert_eq!(a.psu, b.psu);
        assert_eq!(a.psu, Some(vec![0, 1, 2]));
        assert_eq!(a.groups, b.groups);
        assert_eq!(a.items.keys().collect::<Vec<_>>(), b.items.keys().collect::<Vec<_>>());
        for (k, x) in &a.items {
            let y = &b.items[k];
            assert_eq!((&x.value, &x.pomp, &x.agree), (&y.value, &y.pomp, &y.agree));
        }
        assert_eq!(a.items["belong"].agree, vec![Some(100.0), Some(0.0), None]);
    }
}
