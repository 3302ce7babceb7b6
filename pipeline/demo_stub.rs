//! Temporary stand-in for the demo generator.
/// Demo seed.
pub const DEMO_SEED: u64 = 20261122;
/// Write the demo project.
pub fn write_demo_project(_dir: &std::path::Path, _seed: u64) -> std::io::Result<()> {
    Err(std::io::Error::other("demo generator not built yet"))
}
