# Reference numbers for pipeline/stats/{mod,intervals,multtest,reliability}.rs.
# Produced with R 4.2.2 Patched (2022-11-10 r83330) (base `stats`), psych 2.2.9
# (Debian r-cran-psych 2.2.9-1). Rerun: Rscript stats_reference.R
f <- function(...) cat(sprintf("%.15g", c(...)), "\n")
cat("# mod.rs: qnorm(0.975); 2*pnorm(-qnorm(0.975)); 2*pnorm(-3)\n")
f(qnorm(0.975), 2 * pnorm(-qnorm(0.975)), 2 * pnorm(-3))
f(pnorm(c(-0.3, 0.5, -1.7, 2.5, -7, 12, -40))); f(pnorm(c(2.5, 7, 12), lower.tail = FALSE))
cat("# intervals.rs: prop.test(x, n, correct=FALSE)$conf.int for 42/100, 0/50, 50/50\n")
f(prop.test(42, 100, correct = FALSE)$conf.int)
f(prop.test(0, 50, correct = FALSE)$conf.int)
f(prop.test(50, 50, correct = FALSE)$conf.int)
cat("# Wilson closed form, p=0.3, n=37.4 (fractional Kish n), z=qnorm(0.975)\n")
p <- 0.3; n <- 37.4; z <- qnorm(0.975)
f((p + z^2/(2*n) + c(-1, 1) * z * sqrt(p*(1-p)/n + z^2/(4*n^2))) / (1 + z^2/n))
cat("# MDC: (qnorm(0.975)+qnorm(0.8))*sqrt(1.5^2+2^2); same with se 0.1, 0.1\n")
f((qnorm(0.975) + qnorm(0.8)) * sqrt(1.5^2 + 2^2), (qnorm(0.975) + qnorm(0.8)) * sqrt(0.02))
cat("# multtest.rs: p.adjust BH / holm\n")
p1 <- c(0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205)
p2 <- c(0.04, 0.01, 0.04, 0.3, 0.01, 0.02, 0.9, 0.04)
f(p.adjust(p1, "BH")); f(p.adjust(p2, "BH")); f(p.adjust(p1, "holm")); f(p.adjust(p2, "holm"))
f(p.adjust(c(0.5, 0.6), "holm"))
cat("# reliability.rs: psych::alpha(attitude) raw_alpha, then item-rest r.drop\n")
if (requireNamespace("psych", quietly = TRUE)) {
  a <- psych::alpha(datasets::attitude)
  f(a$total$raw_alpha); f(a$item.stats$r.drop)
}
cat("# nonparam.rs: Cohen's d_z of d = c(1, 2, 3, 6): mean(d)/sd(d)\n")
d <- c(1, 2, 3, 6); cat(sprintf("%.17g", mean(d) / sd(d)), "\n")
