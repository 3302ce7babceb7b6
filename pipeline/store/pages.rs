//! Parquet pages of one column chunk written from dictionary codes whose repetition pattern is
//! known (a constant, a code per respondent repeated for each item, a code per item repeated for
//! each respondent, a code per row), for [`super::responses`]. The page layout is Parquet's own
//! (format 2.x, data page V1): a PLAIN dictionary page, then one data page with the definition
//! levels and the dictionary indices in the RLE/bit-packed hybrid encoding, min/max and null
//! count statistics in its header. Runs are written as runs and patterns as bit-packed groups,
//! without materialising a key per row; polars' Parquet writer then compresses the pages and
//! writes the footer. Every file is read back by polars' reader in the tests.

use polars_parquet::parquet::CowBuffer;
use polars_parquet::parquet::metadata::Descriptor;
use polars_parquet::parquet::page::{DataPage, DataPageHeader, DataPageHeaderV1, DictPage, FormatEncoding};
use polars_parquet::parquet::schema::types::PrimitiveType;
use polars_parquet::parquet::statistics::{
    BinaryStatistics, BooleanStatistics, ParquetStatistics, PrimitiveStatistics,
};
use polars_parquet::parquet::types::NativeType;
use polars_parquet::write::Page;

/// How a column's dictionary keys repeat over the rows (respondent-major: row = r · items + k).
pub enum Keys<'a> {
    /// Key 0 on every row, or null on every row.
    Constant { null: bool },
    /// One key per respondent (null = no value), repeated for each of `items` rows.
    PerRespondent { keys: &'a [Option<u32>], items: usize },
    /// Key k on item k's row of every respondent.
    PerItem { items: usize, respondents: usize },
    /// One key per row.
    PerRow(&'a [Option<u32>]),
}

impl Keys<'_> {
    fn rows(&self, n: usize) -> usize {
        match self {
            Keys::Constant { .. } => n,
            Keys::PerRespondent { keys, items } => keys.len() * items,
            Keys::PerItem { items, respondents } => items * respondents,
            Keys::PerRow(k) => k.len(),
        }
    }

    fn nulls(&self, n: usize) -> usize {
        match self {
            Keys::Constant { null } => {
                if *null {
                    n
                } else {
                    0
                }
            }
            Keys::PerRespondent { keys, items } => keys.iter().filter(|k| k.is_none()).count() * items,
            Keys::PerItem { .. } => 0,
            Keys::PerRow(k) => k.iter().filter(|k| k.is_none()).count(),
        }
    }

    /// The validity of every row, for definition levels (only called when some row is null).
    fn valid(&self, n: usize) -> Vec<bool> {
        match self {
            Keys::Constant { null } => vec![!null; n],
            Keys::PerRespondent { keys, items } => keys
                .iter()
                .flat_map(|k| std::iter::repeat_n(k.is_some(), *items))
                .collect(),
            Keys::PerItem { .. } => vec![true; n],
            Keys::PerRow(k) => k.iter().map(Option::is_some).collect(),
        }
    }
}

/// A column's distinct values, in key order.
pub enum Values<'a> {
    /// UTF-8 text.
    Text(Vec<&'a str>),
    /// Doubles.
    Float(Vec<f64>),
    /// Days since 1970-01-01 (Parquet DATE).
    Date(Vec<i32>),
}

impl Values<'_> {
    fn len(&self) -> usize {
        match self {
            Values::Text(v) => v.len(),
            Values::Float(v) => v.len(),
            Values::Date(v) => v.len(),
        }
    }
}

/// The dictionary page and data page of a dictionary-encoded column of `n` rows.
pub fn dictionary_column(values: &Values, keys: &Keys, n: usize, descriptor: &Descriptor) -> Vec<Page> {
    debug_assert_eq!(keys.rows(n), n);
    let ty = &descriptor.primitive_type;
    let nulls = keys.nulls(n);
    // Dictionary page: PLAIN values; statistics from them (every value is referenced by some
    // row, except the placeholder of an all-null column, which gets none).
    let mut dict = Vec::new();
    let stats = match values {
        Values::Text(v) => {
            for s in v {
                dict.extend_from_slice(&(s.len() as u32).to_le_bytes());
                dict.extend_from_slice(s.as_bytes());
            }
            let (min, max) = match nulls < n {
                true => (v.iter().min().copied(), v.iter().max().copied()),
                false => (None, None),
            };
            BinaryStatistics {
                primitive_type: ty.clone(),
                null_count: Some(nulls as i64),
                distinct_count: None,
                max_value: max.and_then(truncated_max).map(String::into_bytes),
                min_value: min.map(|s| truncated_min(s).as_bytes().to_vec()),
            }
            .serialize()
        }
        Values::Float(v) => {
            for x in v {
                dict.extend_from_slice(&x.to_le_bytes());
            }
            float_stats(ty, nulls < n, nulls, v)
        }
        Values::Date(v) => {
            for x in v {
                dict.extend_from_slice(&x.to_le_bytes());
            }
            primitive_stats(ty, nulls < n, nulls, v)
        }
    };
    let mut data = Vec::new();
    def_levels(&mut data, keys, n, nulls);
    let bits = bit_width(values.len().saturating_sub(1) as u32);
    data.push(bits as u8);
    match keys {
        Keys::Constant { null: true } => {}
        Keys::Constant { null: false } => rle_run(&mut data, n, 0, bits),
        Keys::PerRespondent { keys, items } => {
            for k in keys.iter().flatten() {
                rle_run(&mut data, *items, *k, bits);
            }
        }
        Keys::PerItem { items, respondents } => {
            bit_packed(&mut data, (0..*respondents).flat_map(|_| 0..*items as u32), n, bits)
        }
        Keys::PerRow(k) => bit_packed(&mut data, k.iter().flatten().copied(), n - nulls, bits),
    }
    vec![
        Page::Dict(DictPage::new(CowBuffer::Owned(dict), values.len(), false)),
        data_page(data, FormatEncoding::RLE_DICTIONARY, stats, n, descriptor),
    ]
}

/// The data page of a PLAIN boolean column (null = missing).
pub fn boolean_column(v: &[Option<bool>], descriptor: &Descriptor) -> Vec<Page> {
    let n = v.len();
    let nulls = v.iter().filter(|x| x.is_none()).count();
    let mut data = Vec::new();
    match nulls {
        0 => def_levels(&mut data, &Keys::Constant { null: false }, n, 0),
        _ => levels(&mut data, &v.iter().map(Option::is_some).collect::<Vec<_>>()),
    }
    // PLAIN booleans: bit-packed, least significant bit first, no header.
    let present: Vec<bool> = v.iter().flatten().copied().collect();
    data.extend(pack_bits(&present));
    let stats = BooleanStatistics {
        null_count: Some(nulls as i64),
        distinct_count: None,
        max_value: present.iter().copied().reduce(|a, b| a | b),
        min_value: present.iter().copied().reduce(|a, b| a & b),
    }
    .serialize();
    vec![data_page(data, FormatEncoding::PLAIN, stats, n, descriptor)]
}

/// Longest string statistic written; longer ones are truncated as the Parquet format
/// recommends (a 9 MB group value in every page header made files unreadable to pyarrow).
pub const MAX_STAT_BYTES: usize = 64;

/// The longest prefix of `s` of at most [`MAX_STAT_BYTES`] bytes on a character boundary:
/// still a lower bound of every value.
fn truncated_min(s: &str) -> &str {
    let mut end = s.len().min(MAX_STAT_BYTES);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// `s`, or when longer than [`MAX_STAT_BYTES`] an upper bound of it that is no longer: its
/// truncated prefix with the last character incremented (valid UTF-8). `None` when no such
/// bound exists (every character is U+10FFFF): the statistic is left out.
fn truncated_max(s: &str) -> Option<String> {
    if s.len() <= MAX_STAT_BYTES {
        return Some(s.to_string());
    }
    let mut p: Vec<char> = truncated_min(s).chars().collect();
    while let Some(c) = p.pop() {
        let next = (c as u32 + 1..=0x10FFFF).find_map(char::from_u32);
        if let Some(n) = next {
            p.push(n);
            return Some(p.into_iter().collect());
        }
    }
    None
}

/// [`primitive_stats`] of a float column with the Parquet format's rules for floating-point
/// statistics: NaN never a bound, a zero minimum written as −0.0 and a zero maximum as +0.0
/// (so a reader comparing with either zero is never misled).
fn float_stats(ty: &PrimitiveType, some: bool, nulls: usize, v: &[f64]) -> ParquetStatistics {
    let finite: Vec<f64> = v.iter().copied().filter(|x| !x.is_nan()).collect();
    let min = finite.iter().copied().reduce(f64::min).filter(|_| some);
    let max = finite.iter().copied().reduce(f64::max).filter(|_| some);
    PrimitiveStatistics::<f64> {
        primitive_type: ty.clone(),
        null_count: Some(nulls as i64),
        distinct_count: None,
        min_value: min.map(|x| if x == 0.0 { -0.0 } else { x }),
        max_value: max.map(|x| if x == 0.0 { 0.0 } else { x }),
    }
    .serialize()
}

/// Min/max (over the dictionary, when some row has a value) and null count of a numeric
/// column.
fn primitive_stats<T: NativeType + PartialOrd>(
    ty: &PrimitiveType,
    some: bool,
    nulls: usize,
    v: &[T],
) -> ParquetStatistics {
    let pick = |first: fn(&T, &T) -> bool| {
        v.iter()
            .copied()
            .reduce(|a, b| if first(&b, &a) { b } else { a })
            .filter(|_| some)
    };
    PrimitiveStatistics::<T> {
        primitive_type: ty.clone(),
        null_count: Some(nulls as i64),
        distinct_count: None,
        min_value: pick(|b, a| b < a),
        max_value: pick(|b, a| b > a),
    }
    .serialize()
}

fn data_page(
    buffer: Vec<u8>,
    encoding: FormatEncoding,
    statistics: ParquetStatistics,
    n: usize,
    descriptor: &Descriptor,
) -> Page {
    let header = DataPageHeaderV1 {
        num_values: n as i32,
        encoding,
        definition_level_encoding: FormatEncoding::RLE,
        repetition_level_encoding: FormatEncoding::RLE,
        statistics: Some(statistics),
    };
    Page::Data(DataPage::new(
        DataPageHeader::V1(header),
        CowBuffer::Owned(buffer),
        descriptor.clone(),
        n,
    ))
}

/// Definition levels of an optional column (1 = value, 0 = null), prefixed by their length
/// as data page V1 wants: one RLE run when nothing is null, bit-packed otherwise.
fn def_levels(buf: &mut Vec<u8>, keys: &Keys, n: usize, nulls: usize) {
    if nulls == 0 {
        let start = buf.len();
        buf.extend_from_slice(&[0; 4]);
        rle_run(buf, n, 1, 1);
        let len = (buf.len() - start - 4) as u32;
        buf[start..start + 4].copy_from_slice(&len.to_le_bytes());
    } else {
        levels(buf, &keys.valid(n));
    }
}

/// Bit-packed definition levels with their length prefix.
fn levels(buf: &mut Vec<u8>, valid: &[bool]) {
    let start = buf.len();
    buf.extend_from_slice(&[0; 4]);
    let mut packed = Vec::new();
    bit_packed(&mut packed, valid.iter().map(|v| *v as u32), valid.len(), 1);
    buf.extend_from_slice(&packed);
    let len = (buf.len() - start - 4) as u32;
    buf[start..start + 4].copy_from_slice(&len.to_le_bytes());
}

/// Bits needed for values up to `max`.
fn bit_width(max: u32) -> u32 {
    32 - max.leading_zeros()
}

fn varint(buf: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        buf.push((v as u8) | 0x80);
        v >>= 7;
    }
    buf.push(v as u8);
}

/// An RLE run of `count` copies of `value` (hybrid encoding).
fn rle_run(buf: &mut Vec<u8>, count: usize, value: u32, bits: u32) {
    if count == 0 {
        return;
    }
    varint(buf, (count as u64) << 1);
    let bytes = bits.div_ceil(8) as usize;
    buf.extend_from_slice(&value.to_le_bytes()[..bytes]);
}

/// `count` values bit-packed in runs of at most 512 values (groups of 8, the last padded with
/// zeros; hybrid encoding). A width of 0 is one RLE run of zeros.
fn bit_packed(buf: &mut Vec<u8>, values: impl Iterator<Item = u32>, count: usize, bits: u32) {
    if bits == 0 {
        rle_run(buf, count, 0, 0);
        return;
    }
    const RUN: usize = 512;
    let mut values = values.peekable();
    let mut left = count;
    while left > 0 {
        let take = left.min(RUN);
        let groups = take.div_ceil(8);
        varint(buf, ((groups as u64) << 1) | 1);
        let (mut acc, mut filled) = (0u64, 0u32);
        for _ in 0..groups * 8 {
            let v = values.next().unwrap_or(0) as u64;
            acc |= v << filled;
            filled += bits;
            while filled >= 8 {
                buf.push(acc as u8);
                acc >>= 8;
                filled -= 8;
            }
        }
        left -= take;
    }
}

/// Booleans packed 8 to a byte, least significant bit first.
fn pack_bits(v: &[bool]) -> Vec<u8> {
    v.chunks(8)
        .map(|c| c.iter().enumerate().fold(0u8, |b, (i, x)| b | ((*x as u8) << i)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hybrid encoding examples worked by hand from the Parquet format's Encodings.md: an RLE
    /// run of 10 copies of 3 at width 2 is header 10 << 1 = 20 then one value byte; eight
    /// values 0..7 at width 3 are header (1 << 1) | 1 = 3 then 0b10001000, 0b11000110,
    /// 0b11111010 (the format's own example).
    #[test]
    fn hybrid_runs_match_the_format_examples() {
        let mut b = Vec::new();
        rle_run(&mut b, 10, 3, 2);
        assert_eq!(b, vec![20, 3]);
        let mut b = Vec::new();
        bit_packed(&mut b, 0..8u32, 8, 3);
        assert_eq!(b, vec![3, 0b1000_1000, 0b1100_0110, 0b1111_1010]);
        let mut b = Vec::new();
        varint(&mut b, 300);
        assert_eq!(b, vec![0b1010_1100, 0b0000_0010]);
        assert_eq!(bit_width(0), 0);
        assert_eq!(bit_width(1), 1);
        assert_eq!(bit_width(9), 4);
        assert_eq!(pack_bits(&[true, false, true]), vec![0b101]);
    }

    /// The Parquet format's statistics rules (parquet-format `parquet.thrift`, ColumnOrder
    /// notes): a long string bound is truncated, the maximum rounded up so it still bounds;
    /// a zero float minimum is −0.0 and a zero maximum +0.0; NaN is never a bound.
    #[test]
    fn statistics_follow_the_parquet_rules() {
        let long = "é".repeat(40); // 80 bytes
        assert_eq!(truncated_min(&long), "é".repeat(32));
        let max = truncated_max(&long).expect("bound");
        assert!(max.len() <= MAX_STAT_BYTES && max.as_str() > long.as_str(), "{max}");
        assert_eq!(max, format!("{}ê", "é".repeat(31)));
        assert_eq!(truncated_max("short").as_deref(), Some("short"));
        assert_eq!(truncated_max(&"\u{10FFFF}".repeat(20)), None);
        let ty = PrimitiveType::from_physical("x".into(), polars_parquet::parquet::schema::types::PhysicalType::Double);
        let st = float_stats(&ty, true, 0, &[0.0, 3.5, f64::NAN]);
        let st = PrimitiveStatistics::<f64>::deserialize(&st, ty.clone()).expect("stats");
        assert!(st.min_value.expect("min").is_sign_negative() && st.min_value == Some(0.0));
        assert_eq!(st.max_value, Some(3.5));
        let st = float_stats(&ty, true, 0, &[-2.0, -0.0]);
        let st = PrimitiveStatistics::<f64>::deserialize(&st, ty).expect("stats");
        assert!(st.max_value.expect("max").is_sign_positive() && st.max_value == Some(0.0));
    }
}
