//! A check of an SPSS file's dictionary (the records before the data) before the reader sees
//! it: every length a record declares must fit in the file, since the reader allocates by
//! those lengths and a damaged one made it ask for petabytes and abort (an abort cannot be
//! caught). The walk follows the system-file format (IBM SPSS Statistics, "System File
//! Format"; GNU PSPP documentation, "System File Format") record by record, as the reader does.

use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;

/// The dictionary being walked: the file, where the walk is, the file's length and byte order.
struct Dict {
    f: BufReader<std::fs::File>,
    pos: u64,
    len: u64,
    le: bool,
}

impl Dict {
    fn bytes<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let mut b = [0u8; N];
        self.f
            .read_exact(&mut b)
            .map_err(|_| format!("the dictionary ends early, at byte {}", self.pos))?;
        self.pos += N as u64;
        Ok(b)
    }

    fn word(&self, b: [u8; 4]) -> u32 {
        if self.le {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        }
    }

    fn u32(&mut self) -> Result<u64, String> {
        let b = self.bytes::<4>()?;
        Ok(u64::from(self.word(b)))
    }

    /// Skip `n` bytes of `what`, or say that they do not fit (`None`: an overflowing count).
    fn skip(&mut self, n: Option<u64>, what: &str) -> Result<(), String> {
        let (at, left) = (self.pos, self.len.saturating_sub(self.pos));
        match n {
            Some(n) if n <= left => {
                self.f.seek(SeekFrom::Current(n as i64)).map_err(|e| e.to_string())?;
                self.pos += n;
                Ok(())
            }
            _ => Err(format!(
                "the {what} at byte {at} declares {} bytes but only {left} remain (the header is damaged)",
                n.map_or("too many".to_string(), |n| n.to_string()),
            )),
        }
    }

    /// A variable record (type 2): its label and missing-value list.
    fn variable(&mut self) -> Result<(), String> {
        let b = self.bytes::<28>()?;
        let field = |i: usize| self.word([b[i], b[i + 1], b[i + 2], b[i + 3]]) as i32;
        let (has_label, missing) = (field(4) != 0, u64::from(field(8).unsigned_abs()));
        if has_label {
            let n = self.u32()?;
            self.skip(Some(n.div_ceil(4) * 4), "variable label")?;
        }
        self.skip(missing.checked_mul(8), "missing-value list")
    }

    /// A value-label record (type 3) and the variable list (type 4) that must follow it.
    fn value_labels(&mut self, start: u64) -> Result<(), String> {
        let count = self.u32()?;
        // Each label takes at least 16 bytes: checked before looping over them.
        if count.saturating_mul(16) > self.len.saturating_sub(self.pos) {
            self.skip(count.checked_mul(16), "value-label record")?;
        }
        for _ in 0..count {
            self.skip(Some(8), "value label")?;
            let [l] = self.bytes::<1>()?;
            self.skip(Some((u64::from(l) + 8) / 8 * 8 - 1), "value label")?;
        }
        if self.u32()? != 4 {
            return Err(format!(
                "the value-label record at byte {start} is not followed by its variables"
            ));
        }
        let n = self.u32()?;
        self.skip(n.checked_mul(4), "value-label variable list")
    }

    /// A .zsav file's zlib header and trailer: the trailer's block count (the reader reserves
    /// 24 bytes per block) must fit in the trailer, and the trailer in the file.
    fn zsav_trailer(&mut self) -> Result<(), String> {
        let z = self
            .bytes::<24>()
            .map_err(|_| format!("the zsav header at byte {} is missing", self.pos))?;
        let u64_of = |b: &[u8]| {
            let w: [u8; 8] = b.try_into().unwrap_or([0; 8]);
            if self.le {
                u64::from_le_bytes(w)
            } else {
                u64::from_be_bytes(w)
            }
        };
        let (trailer_ofs, trailer_len) = (u64_of(&z[8..16]), u64_of(&z[16..24]));
        if trailer_ofs.checked_add(trailer_len).is_none_or(|end| end > self.len) || trailer_len < 24 {
            return Err(format!(
                "the zsav trailer at byte {trailer_ofs} ({trailer_len} bytes) does not fit in the file (the header is damaged)"
            ));
        }
        self.f
            .seek(SeekFrom::Start(trailer_ofs + 20))
            .map_err(|e| e.to_string())?;
        self.pos = trailer_ofs + 20;
        let blocks = self.u32()?;
        if 24 + blocks.saturating_mul(24) > trailer_len {
            return Err(format!(
                "the zsav trailer declares {blocks} blocks but holds room for {} (the header is damaged)",
                (trailer_len - 24) / 24
            ));
        }
        Ok(())
    }
}

/// Check the dictionary of the SPSS file at `path`; the error says what is damaged.
pub fn check_spss_dictionary(path: &Path) -> Result<(), String> {
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let len = file.metadata().map_err(|e| e.to_string())?.len();
    let mut d = Dict {
        f: BufReader::new(file),
        pos: 0,
        len,
        le: true,
    };
    let head = d
        .bytes::<176>()
        .map_err(|_| "the file is shorter than an SPSS header".to_string())?;
    let zsav = &head[..4] == b"$FL3";
    if &head[..4] != b"$FL2" && !zsav {
        return Err("it does not start with an SPSS system-file signature".into());
    }
    // Layout code 2 or 3, read in the file's byte order, tells the order.
    d.le = matches!(u32::from_le_bytes([head[64], head[65], head[66], head[67]]), 2 | 3);
    // The nominal case size (8-byte units per case, −1 when unknown) sizes the reader's
    // variable list; each variable takes a 32-byte record at least.
    let case_size = i64::from(d.word([head[68], head[69], head[70], head[71]]) as i32);
    let most = (len.saturating_sub(176) / 32) as i64;
    if case_size > most {
        return Err(format!(
            "the header says each case has {case_size} values, but the file has room for the records of at most {most} (the header is damaged)"
        ));
    }
    loop {
        let start = d.pos;
        match d.u32()? {
            2 => d.variable()?,
            3 => d.value_labels(start)?,
            4 => {
                let n = d.u32()?;
                d.skip(n.checked_mul(4), "value-label variable list")?;
            }
            6 => {
                let n = d.u32()?;
                d.skip(n.checked_mul(80), "document record")?;
            }
            7 => {
                let _subtype = d.u32()?;
                let (size, count) = (d.u32()?, d.u32()?);
                d.skip(size.checked_mul(count), "extension record")?;
            }
            999 => {
                // A filler word, then for a .zsav file the zlib header.
                d.skip(Some(4), "dictionary end")?;
                return if zsav { d.zsav_trailer() } else { Ok(()) };
            }
            other => {
                return Err(format!(
                    "unknown record type {other} at byte {start} (the header is damaged)"
                ));
            }
        }
    }
}
