//! The workbench's own pseudo-random numbers: SplitMix64 seeding, xoshiro256** draws,
//! Box–Muller normals. Written out (no `rand` crate) so that composite intervals never move
//! with a dependency upgrade; kept apart from the demo generator's copy so that changing the
//! demo never changes an analysis result.
//!
//! Every Monte Carlo step gets its own stream, `Stream::derive(seed, "composite/<set>/A/17/w")`:
//! the seed of a step is a hash of the global seed and the step's name, so results are the
//! same whatever the number of threads or the order in which steps run.

/// One SplitMix64 step (Steele, Lea & Flood 2014): advances `state`, returns the output.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// 64-bit FNV-1a hash of a step name.
fn fnv1a(label: &str) -> u64 {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for b in label.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    h
}

/// A xoshiro256** stream (Blackman & Vigna 2018).
#[derive(Debug, Clone)]
pub struct Stream {
    s: [u64; 4],
}

impl Stream {
    /// The stream of the step `label` under the global `seed`.
    pub fn derive(seed: u64, label: &str) -> Self {
        let mut st = splitmix64(&mut (seed ^ 0x5745_4E43_4842_4E43)) ^ fnv1a(label);
        let mut s = [0u64; 4];
        for v in &mut s {
            *v = splitmix64(&mut st);
        }
        if s == [0; 4] {
            s[0] = 1;
        }
        Stream { s }
    }

    /// Next raw 64-bit output.
    pub fn next_u64(&mut self) -> u64 {
        let result = self.s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        result
    }

    /// Uniform in [0, 1) with 53 random bits.
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Standard normal by Box–Muller (one value per call).
    pub fn normal(&mut self) -> f64 {
        let u1 = 1.0 - self.uniform(); // (0, 1]
        let u2 = self.uniform();
        (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }
}

#[cfg(test)]
mod tests {
    use super::Stream;

    #[test]
    fn streams_repeat_and_differ_by_name_and_seed() {
        let take = |mut s: Stream| (0..4).map(|_| s.next_u64()).collect::<Vec<_>>();
        assert_eq!(take(Stream::derive(42, "a")), take(Stream::derive(42, "a")));
        assert_ne!(take(Stream::derive(42, "a")), take(Stream::derive(42, "b")));
        assert_ne!(take(Stream::derive(42, "a")), take(Stream::derive(43, "a")));
    }

    #[test]
    fn uniforms_and_normals_have_the_right_moments() {
        let mut s = Stream::derive(1, "moments");
        let n = 20_000;
        let u: Vec<f64> = (0..n).map(|_| s.uniform()).collect();
        let z: Vec<f64> = (0..n).map(|_| s.normal()).collect();
        let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
        assert!((mean(&u) - 0.5).abs() < 0.01);
        assert!(mean(&z).abs() < 0.03);
        let var = z.iter().map(|x| x * x).sum::<f64>() / n as f64;
        assert!((var - 1.0).abs() < 0.05, "var {var}");
    }
}
