//! cohesion library root.
