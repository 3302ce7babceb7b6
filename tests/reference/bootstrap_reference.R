# Reference numbers for pipeline/stats/bootstrap.rs (percentile of bootstrap draws with R's
# default quantile type 7). Produced with R 4.2.2 Patched (2022-11-10 r83330).
# Rerun: Rscript bootstrap_reference.R
f <- function(...) cat(sprintf("%.17g", c(...)), "\n")
x <- c(0.3, -1.2, 2.5, 0.7, 1.1, -0.4, 3.3, 0.0, 1.9, -2.2, 0.8)
cat("# quantile(x, c(0.025, 0.975, 0.5, 0.011, 0.039))\n"); f(quantile(x, c(0.025, 0.975, 0.5, 0.011, 0.039)))
# The enumerated bootstrap distribution the tests compare with is computed in the test itself
# (all 4^4 ordered draws of four activities); the same in R, for the record:
acts <- list(c(1, 2), c(-1, 0, 0), 3, c(0.5, -2))
g <- expand.grid(1:4, 1:4, 1:4, 1:4)
m <- apply(g, 1, function(i) sum(unlist(acts[i])) / length(unlist(acts[i])))
s <- apply(g, 1, function(i) mean(unlist(acts[i]) > 0))
cat("# exact bootstrap: sd of pooled means (divisor 256), inverse-CDF quantiles of means at 0.0075, 0.0425, 0.9575, 0.9925\n")
q1 <- function(v, p) sort(v)[pmax(1, ceiling(p * length(v)))]
f(sqrt(mean((m - mean(m))^2)), q1(m, c(0.0075, 0.0425, 0.9575, 0.9925)))
cat("# same for the shares up\n"); f(q1(s, c(0.0075, 0.0425, 0.9575, 0.9925)))
