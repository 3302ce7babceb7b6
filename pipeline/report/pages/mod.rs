//! One module per page kind: the city report (`city/`: the report itself, its Index, gaps and
//! activity sections, and its data notes), the mayor brief, the network report, one report per
//! national network or cluster, and the indicator-set report. Each builds a [`crate::report::doc::Doc`] from [`crate::report::Ctx`]; rendering and
//! wording live in the modules above.

pub mod brief;
pub mod city;
pub mod explorer;
pub mod network;
pub mod networks;
pub mod sets;
