# Reference numbers for tests/ingest.rs: tests/fixtures/base, wave alpha-2023.
# R 4.2.2, survey 4.1-1. Run: Rscript tests/reference/base_fixture_reference.R
library(survey)
options(digits = 15)
x <- read.csv("tests/fixtures/base/data/surveys/alpha-2023/responses.csv")
x$Q12[x$Q12 %in% c(-9, 98, 99)] <- NA
x$pomp <- x$Q12 / 10 * 100                      # trust_people on [0, 10] -> POMP
x$belong_agree <- 100 * as.numeric(x$Q3 %in% c(1, 2))   # agree = [1, 2] in local codes
x$belong_agree[is.na(x$Q3)] <- NA
des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~wgt, data = x, nest = TRUE)
m <- svymean(~pomp, des, na.rm = TRUE)
b <- svymean(~belong_agree, des, na.rm = TRUE)
cat(sprintf("survey_trust all %.12f se %.12f\n", coef(m), SE(m)))
cat(sprintf("survey_belonging all %.12f se %.12f\n", coef(b), SE(b)))

# Design df and intervals (docs/METHODS.md): degf() of the design restricted to respondents with a
# value; t interval for the POMP mean; the Korn–Graubard effective size of the share as
# svyciprop(method = "beta") computes it (n* = p(1-p)/SE^2, capped at n by the NCHS rule,
# times (qt(.975, n - 1) / qt(.975, df))^2 with n the respondents with a value).
dp <- degf(subset(des, !is.na(pomp)))
ci <- confint(m, df = dp)
cat(sprintf("survey_trust df %d ci %.12f %.12f\n", dp, ci[1], ci[2]))
db <- degf(subset(des, !is.na(belong_agree)))
nb <- sum(!is.na(x$belong_agree))
p <- coef(b) / 100; se <- SE(b) / 100
nstar <- min(p * (1 - p) / se^2, nb)
nadj <- nstar * (qt(0.975, nb - 1) / qt(0.975, db))^2
cat(sprintf("survey_belonging df %d n %d n_eff_kg %.12f\n", db, nb, nadj))
